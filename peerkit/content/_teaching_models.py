"""The teaching text of the response coach and the journal, as content files in data/.

What the coach says about a reply, the self-disclosure checklist and the journal's
reminders are teaching text: a facilitator may reword them, and ``peerkit validate``
checks them like any lesson (source items, references, wording). The logic that decides
*when* a note is shown stays in :mod:`peerkit.coach` and :mod:`peerkit.practice`; these
files say only *what* it says. Each kind of file has one model here and one file:

- ``data/coach/reply-messages.yaml`` (``type: coach-messages``): what
  :func:`peerkit.coach.analyze` says about each behaviour it names;
- ``data/coach/feedback-notes.yaml`` (``type: feedback-notes``): the principles the notes
  of a written exercise are tied to, and the words of each note;
- ``data/coach/disclosure-checklist.yaml`` (``type: disclosure-checklist``): the
  self-disclosure checklist of lesson 02;
- ``data/shared/journal-texts.yaml`` (``type: journal-texts``): the journal's reminders.

The tables below name every entry the code can ask for. A file must have each of them,
and nothing else, so a note can never be shown without words (:data:`TEACHING_CHECKS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

from pydantic import ConfigDict, Field

from ._models import DISCLOSURE_CHECKS, Document, Id, Strict, Text, Traceable
from ._practice_models import NOTE_AVOIDS, NOTE_DOES, SAY_ALOUD_RULES
from ._problems import Problem, closest, did_you_mean, shown
from ._yaml import YamlDocument

Key = tuple[str, str]

REPLY_MESSAGE_KEYS: tuple[Key, ...] = (
    ("open_question", ""),
    ("open_question", "why"),
    ("closed_question", ""),
    ("reflection", ""),
    ("affirmation", "affirm"),
    ("affirmation", "reassure"),
    ("affirmation", "feeling"),
    ("affirmation", "praise"),
    ("self_disclosure", ""),
    ("advice", "directive"),
    ("advice", "suggestion"),
    ("advice", "permission"),
    ("information", ""),
    ("minimizing", ""),
    ("comparing", ""),
    ("promising_secrecy", ""),
    ("judging", ""),
)
"""Every (label, kind) :func:`peerkit.coach.analyze` has words for. Kind "" is a label's
words for every kind without its own entry."""

FEEDBACK_NOTE_KEYS: tuple[Key, ...] = (
    ("reflection", ""),
    ("reflection", "before"),
    ("affirmation", "affirm"),
    ("open_question", "open"),
    ("open_question", "last"),
    ("open_question", "why"),
    ("closed_question", "closed"),
    ("closed_question", "permission"),
    ("closed_question", "suicide"),
    ("open_question", "suicide"),
    ("advice", "directive"),
    ("advice", "suggestion"),
    ("self_disclosure", ""),
    ("self_disclosure", "centred"),
    ("self_disclosure", "long"),
    ("information", ""),
    ("minimizing", ""),
    ("comparing", ""),
    ("judging", ""),
    ("judging", "suicide"),
    ("promising_secrecy", ""),
    ("praise", ""),
    ("i_statement", ""),
    ("request", ""),
    ("medication", ""),
)
"""Every (label, kind) of note :func:`peerkit.coach.feedback` can show."""

RECORD_NOTE_BEHAVIOURS: tuple[str, ...] = (*NOTE_DOES, "judging", *NOTE_AVOIDS)
"""The behaviours of a note for the record (a rewrite with ``writing: note``) that have a note."""

RECORD_PRINCIPLE = "notes-a-person-would-be-glad-to-read"
SAY_ALOUD_PRINCIPLE = "ask-directly-then-ask-what-you-need-to-know"
REQUIRED_PRINCIPLES: tuple[str, ...] = (RECORD_PRINCIPLE, SAY_ALOUD_PRINCIPLE)
"""Principles the practice notes are tied to by id (every note for the record, every
say-aloud note)."""

MANUAL_CHECKS: tuple[str, ...] = ("helps-peer", "timing")
"""The checklist points only the learner can judge: they have no ``how``, every other
point does (the coach's rules for them are in :mod:`peerkit.coach._checklist`)."""


_DEFERRED = ConfigDict(extra="forbid", frozen=True, defer_build=True)
"""The models here are built the first time a file is read, not when peerkit is imported:
the coach reads these files only when it first speaks, and ``import peerkit`` stays as fast
as before they existed."""


class ReplyMessage(Strict):
    """What the coach says about one behaviour in a reply, and what to try."""

    model_config = _DEFERRED

    label: str
    kind: str = ""
    message: Text
    suggestion: Text


class ReplyMessages(Document):
    model_config = _DEFERRED
    type: Literal["coach-messages"]
    messages: list[ReplyMessage] = Field(min_length=1)


class Principle(Traceable):
    """What the lessons teach about a behaviour, and where that comes from."""

    model_config = _DEFERRED

    id: Id
    name: Text
    text: Text


class FeedbackNote(Strict):
    """The words of one kind of note on a written reply."""

    model_config = _DEFERRED

    label: str
    kind: str = ""
    heading: Text
    message: Text
    suggestion: Text
    principle: Id


class RecordNote(Strict):
    """The words of one note on a note written for the record."""

    model_config = _DEFERRED

    behaviour: str
    heading: Text
    message: Text


class SayAloudNote(Strict):
    """The heading of a say-aloud rule's note (its message is the step's own)."""

    model_config = _DEFERRED

    rule: str
    heading: Text


class FeedbackNotes(Document):
    model_config = _DEFERRED
    type: Literal["feedback-notes"]
    principles: list[Principle] = Field(min_length=1)
    notes: list[FeedbackNote] = Field(min_length=1)
    record_notes: list[RecordNote] = Field(min_length=1)
    say_aloud_notes: list[SayAloudNote] = Field(min_length=1)


class ChecklistPoint(Traceable):
    """One point of the self-disclosure checklist: the question, and how to meet it."""

    model_config = _DEFERRED

    name: str
    question: Text
    guidance: Text
    """How to meet the point, shown when it is not met or not ticked."""
    affirm: Text
    """Shown when the learner ticks the point in the self-rated mode."""
    how: Text | None = None
    """What the automatic check looks at; none for the points only the learner can judge."""


class DisclosureChecklist(Document):
    model_config = _DEFERRED
    type: Literal["disclosure-checklist"]
    checks: list[ChecklistPoint] = Field(min_length=1)


class JournalTexts(Document):
    model_config = _DEFERRED
    type: Literal["journal-texts"]
    journal_reminder: Text
    """Shown with every journal prompt, live and on paper."""
    journal_on_paper: Text
    """What the static (handout) view of a prompt says about where answers go."""


TEACHING_FILES: dict[type[Document], str] = {
    ReplyMessages: "coach/reply-messages.yaml",
    FeedbackNotes: "coach/feedback-notes.yaml",
    DisclosureChecklist: "coach/disclosure-checklist.yaml",
    JournalTexts: "shared/journal-texts.yaml",
}
"""Where in the data folder each kind of teaching text lives."""


# --- checks of one file -------------------------------------------------------------------


def _name(key: Key) -> str:
    label, kind = key
    return f"'{shown(label)}'" + (f" (kind '{shown(kind)}')" if kind else "")


def _keyed(
    doc: YamlDocument,
    entries: Iterable[tuple[Any, tuple[Any, ...]]],
    known: Iterable[Any],
    *,
    noun: str,
    where: str,
    shown_as: Callable[[Any], str],
    unknown_fix: Callable[[Any], str],
    meant_as: Callable[[Any], Any],
    added_as: Callable[[Any], str],
) -> list[Problem]:
    """Every entry names a known thing once, and every known thing has its entry.

    An entry that misspells a name missing from the file is reported once, as the
    misspelling ("did you mean..."), not a second time as a missing entry."""
    known = tuple(known)
    problems = []
    seen: dict[Any, int] = {}
    misspelt = set()
    for name, path in entries:
        line = doc.line_of(path)
        if name not in known:
            meant = meant_as(name)
            misspelt.add(meant)
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"there is no {noun} {shown_as(name)}",
                    f"did you mean {shown_as(meant)}? If not, delete this entry"
                    if meant is not None
                    else f"{unknown_fix(name)}; or delete this entry",
                )
            )
        elif name in seen:
            problems.append(
                Problem(
                    doc.file,
                    line,
                    f"{noun} {shown_as(name)} has a second entry (the first is on line {seen[name]})",
                    "keep one of them and delete the other",
                )
            )
        else:
            seen[name] = line
    for name in known:
        if name not in seen and name not in misspelt:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of((where,)),
                    f"{noun} {shown_as(name)} has no entry, so it would be shown without words",
                    f"add an entry for it under '{where}:' ({added_as(name)})",
                )
            )
    return problems


def _named(
    doc: YamlDocument, names: list[str], field: str, known: tuple[str, ...], noun: str, where: str
) -> list[Problem]:
    """Entries named by ``field`` (a checklist point, a note behaviour, a say-aloud rule)."""
    return _keyed(
        doc,
        ((name, (where, i, field)) for i, name in enumerate(names)),
        known,
        noun=noun,
        where=where,
        shown_as=lambda name: f"'{shown(name)}'",
        unknown_fix=lambda name: did_you_mean(name, known),
        meant_as=lambda name: closest(name, known),
        added_as=lambda name: f"'- {field}: {name}'",
    )


def _kinds_fix(key: Key, known: tuple[Key, ...]) -> str:
    label = key[0]
    labels = list(dict.fromkeys(k[0] for k in known))
    if label not in labels:
        return did_you_mean(label, labels)
    kinds = [k[1] for k in known if k[0] == label]
    written = ", ".join(f"'{k}'" if k else "none (leave out 'kind')" for k in kinds)
    return f"for '{label}' the kinds are: {written}"


def _meant(key: Key, known: tuple[Key, ...]) -> Key | None:
    """The (label, kind) an unknown one was likely meant to be: a misspelt label or kind."""
    label, kind = key
    labels = list(dict.fromkeys(k[0] for k in known))
    if label not in labels:
        label = closest(label, labels) or ""
        return (label, kind) if (label, kind) in known else None
    meant = closest(kind, [k[1] for k in known if k[0] == label and k[1]])
    return (label, meant) if meant is not None else None


def _pairs(
    doc: YamlDocument, entries: list[Any], known: tuple[Key, ...], where: str
) -> list[Problem]:
    """Entries named by label and kind: each (label, kind) of ``known`` once, no other."""
    return _keyed(
        doc,
        (((e.label, e.kind), (where, i)) for i, e in enumerate(entries)),
        known,
        noun="note",
        where=where,
        shown_as=_name,
        unknown_fix=lambda key: _kinds_fix(key, known),
        meant_as=lambda key: _meant(key, known),
        added_as=lambda key: f"'- label: {key[0]}'" + (f" with 'kind: {key[1]}'" if key[1] else ""),
    )


def check_reply_messages(doc: YamlDocument, model: ReplyMessages) -> list[Problem]:
    return _pairs(doc, model.messages, REPLY_MESSAGE_KEYS, "messages")


def check_feedback_notes(doc: YamlDocument, model: FeedbackNotes) -> list[Problem]:
    problems = _pairs(doc, model.notes, FEEDBACK_NOTE_KEYS, "notes")
    ids = [p.id for p in model.principles]
    seen: set[str] = set()
    for i, principle in enumerate(model.principles):
        if principle.id in seen:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("principles", i, "id")),
                    f"principle '{principle.id}' is written twice",
                    "give each principle its own id",
                )
            )
        seen.add(principle.id)
    for i, note in enumerate(model.notes):
        if note.principle not in seen:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("notes", i, "principle")),
                    f"there is no principle '{note.principle}' under 'principles:'",
                    did_you_mean(note.principle, ids, what="principle"),
                )
            )
    for required in REQUIRED_PRINCIPLES:
        if required not in seen:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("principles",)),
                    f"principle '{required}' is missing (the practice notes are tied to it)",
                    f"add it under 'principles:' with '- id: {required}'",
                )
            )
    problems += _named(
        doc,
        [n.behaviour for n in model.record_notes],
        "behaviour",
        RECORD_NOTE_BEHAVIOURS,
        "note behaviour",
        "record_notes",
    )
    problems += _named(
        doc,
        [n.rule for n in model.say_aloud_notes],
        "rule",
        SAY_ALOUD_RULES,
        "say-aloud rule",
        "say_aloud_notes",
    )
    return problems


def check_disclosure_checklist(doc: YamlDocument, model: DisclosureChecklist) -> list[Problem]:
    problems = _named(
        doc, [c.name for c in model.checks], "name", DISCLOSURE_CHECKS, "checklist point", "checks"
    )
    for i, check in enumerate(model.checks):
        if check.name in MANUAL_CHECKS and check.how is not None:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("checks", i, "how")),
                    f"'{check.name}' is a point only the learner can judge, so nothing checks it"
                    " automatically",
                    "delete its 'how:' line",
                )
            )
        elif check.name in DISCLOSURE_CHECKS and check.name not in MANUAL_CHECKS and not check.how:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(("checks", i, "name")),
                    f"'{check.name}' is checked automatically, but 'how' is missing",
                    "add a 'how:' line saying what the check looks at, as the other points do",
                )
            )
    return problems


TEACHING_CHECKS: dict[type[Document], Callable[[YamlDocument, Any], list[Problem]]] = {
    ReplyMessages: check_reply_messages,
    FeedbackNotes: check_feedback_notes,
    DisclosureChecklist: check_disclosure_checklist,
}
"""Checks of one teaching-text file, by model class (peerkit/content/_load.py runs them)."""


def teaching_strings(model: Document) -> Iterable[tuple[tuple[Any, ...], str]]:
    """(path, text) of every learner-facing string of a teaching-text file."""
    if isinstance(model, ReplyMessages):
        for i, m in enumerate(model.messages):
            yield ("messages", i, "message"), m.message
            yield ("messages", i, "suggestion"), m.suggestion
    elif isinstance(model, FeedbackNotes):
        for i, p in enumerate(model.principles):
            yield ("principles", i, "name"), p.name
            yield ("principles", i, "text"), p.text
        for i, n in enumerate(model.notes):
            for key in ("heading", "message", "suggestion"):
                yield ("notes", i, key), getattr(n, key)
        for i, r in enumerate(model.record_notes):
            yield ("record_notes", i, "heading"), r.heading
            yield ("record_notes", i, "message"), r.message
        for i, s in enumerate(model.say_aloud_notes):
            yield ("say_aloud_notes", i, "heading"), s.heading
    elif isinstance(model, DisclosureChecklist):
        for i, c in enumerate(model.checks):
            for key in ("question", "guidance", "affirm", "how"):
                if getattr(c, key):
                    yield ("checks", i, key), getattr(c, key)
    elif isinstance(model, JournalTexts):
        yield ("journal_reminder",), model.journal_reminder
        yield ("journal_on_paper",), model.journal_on_paper


# --- wording and sourcing (peerkit validate only, like the other lints) --------------------

LEARNER_CODE = re.compile(r"\bS00\d-\d\d\b|\bSRC-\d\d\b")
"""A source-item code or reference key: for facilitators, never in words a learner sees."""


def _cited(model: Document) -> Iterable[tuple[tuple[Any, ...], str, Traceable]]:
    if isinstance(model, FeedbackNotes):
        for i, p in enumerate(model.principles):
            yield ("principles", i, "id"), f"principle '{p.id}'", p
    elif isinstance(model, DisclosureChecklist):
        for i, c in enumerate(model.checks):
            yield ("checks", i, "name"), f"checklist point '{c.name}'", c


def teaching_problems(loaded: Iterable[Any]) -> list[Problem]:
    """The wording and sourcing rules on every teaching-text file that loaded: no codes in
    the text, person-first words, no promise of secrecy in what the coach says, and a
    citation for each principle and checklist point. (Safe messaging and clean text are
    checked line by line in every file of the course, these included.)"""
    from ._lints import PROMISE_FIX, PROMISE_PROBLEM, unconditional_promise
    from ._wording import LABEL_FIX, labels_outside_quotes

    problems = []
    for entry in loaded:
        doc, model = entry.doc, entry.model
        if type(model) not in TEACHING_FILES:
            continue
        for path, text in teaching_strings(model):
            line = doc.line_of(path)
            for code in LEARNER_CODE.findall(text):
                where = "references" if code.startswith("SRC") else "sources"
                problems.append(
                    Problem(
                        doc.file,
                        line,
                        f"'{code}' is a code for facilitators, and learners see this text",
                        f"take it out of the text; cite it under '{where}:' instead",
                    )
                )
            for label in labels_outside_quotes(text):
                problems.append(
                    Problem(doc.file, line, f"'{label}' is not person-first", LABEL_FIX)
                )
            # The journal's words are about the learner's own private writing, not a
            # promise to a person they support ("keep what you write somewhere private").
            words = None if isinstance(model, JournalTexts) else unconditional_promise(text)
            if words:
                problems.append(
                    Problem(doc.file, line, PROMISE_PROBLEM.format(words=words), PROMISE_FIX)
                )
        for path, what, cited in _cited(model):
            if not cited.sources and not cited.references:
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(path),
                        f"{what} cites no source item and no reference",
                        "add the 'sources:' (data/source_items.yaml) or 'references:'"
                        " (data/references.yaml) it is taught from",
                    )
                )
    return problems
