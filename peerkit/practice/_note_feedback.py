"""Feedback on a note for the record: a rewrite with ``writing: note``.

A note is written about a person, for the record, not said to them, so the response
coach's reading of speech (questions, reflections, sharing your own story) does not
apply: it would call "I told him about the travel fund" self-disclosure. This module
keeps the coach's harmful habits (:func:`peerkit.coach.feedback` with the exercise's
rubric: judging, minimizing, a promise of secrecy) and reads the note behaviours the
exercise declares under ``coach:`` by the simple, explainable rules below. Only
behaviours the exercise declares are reported, tied to its rubric points.

* asked for (``does``): ``quotes-person`` (the person's words in quotation marks, after
  "said" or a colon), ``names-strength`` (something the person did or chose),
  ``says-next-step`` (what happens next, and when), ``says-when-where`` (when and where
  you met, or for how long);
* avoided (``avoids``): ``clinical-label`` (diagnoses and clinical terms), ``judging``
  (verdicts on the person: non-compliant, in denial, claims...), ``guessing-inner-state``
  (clearly, obviously, what they "really" think) and ``surveillance`` (will monitor);
* ``length`` (``coach: length: {words: N}``): a note longer than N words is asked,
  gently, whether it could be shorter.

The heading and words of each note, and the principle they are tied to, are teaching text:
``record_notes:`` in ``data/coach/feedback-notes.yaml``. Nothing here keeps the learner's
text; views escape it before showing a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..coach import Note, Principle, feedback
from ..coach._notes import PRINCIPLES
from ..content import Rewrite
from ..content._teaching import TeachingTable
from ..content._teaching_models import RECORD_PRINCIPLE, FeedbackNotes, RecordNote


def _records() -> Principle:
    """What every note on a note for the record is tied to (``data/coach/feedback-notes.yaml``)."""
    return PRINCIPLES[RECORD_PRINCIPLE]


_WORDS: TeachingTable[str, RecordNote] = TeachingTable(
    FeedbackNotes, lambda model: {n.behaviour: n for n in model.record_notes}
)


@dataclass(frozen=True)
class NoteRule:
    """One behaviour of a note, how it is found, and the words of its note."""

    behaviour: str
    tone: str
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    """A sentence that also matches this is not counted (e.g. "will monitor" is no next step)."""

    @property
    def heading(self) -> str:
        """The note's heading, from ``record_notes:`` in ``data/coach/feedback-notes.yaml``."""
        return _WORDS[self.behaviour].heading

    @property
    def message(self) -> str:
        """What the note says, from the same entry."""
        return _WORDS[self.behaviour].message


_SURVEILLANCE = re.compile(
    r"\b(?:will|to|we'll|i'll)? ?monitor\w*|\bkeep(?:ing)? an eye on\b|\bwatch(?:ing)? for\b"
    r"|\bkeep(?:ing)? watch\b|\bunder observation\b",
    re.I,
)

RULES: tuple[NoteRule, ...] = (
    NoteRule(
        "quotes-person",
        "strength",
        re.compile(
            r"(?:\b(?:said|says|told me|asked|put it)\b[^\"“]{0,12}|:\s*)[\"“][^\"”]{3,}[\"”]", re.I
        ),
    ),
    NoteRule(
        "names-strength",
        "strength",
        re.compile(
            r"\b(?:has |have |had )?(?:applied|went|finished|chose|completed|attended|arranged|found"
            r"|started|called|booked|organized|organised|signed up|got|kept|took part|decided|asked"
            r" about|asked for|is working on|has been working|plans to|wants to)\b"
            r"|\b\w+ (?:job )?applications?\b",
            re.I,
        ),
        unless=re.compile(r"\bclaims?\b|\brefused\b|\bagain\b", re.I),
    ),
    NoteRule(
        "says-next-step",
        "strength",
        re.compile(r"\bnext\b|\bagreed to\b|\bwill\b|\bgoing to\b|\bplans? to\b|\bwe'll\b", re.I),
        unless=_SURVEILLANCE,
    ),
    NoteRule(
        "says-when-where",
        "strength",
        re.compile(
            r"\b\d+\s*(?:min|mins|minutes|hours?|hrs?)\b|\bhalf an hour\b|\ban hour\b"
            r"|\b(?:met|meeting|saw|visit\w*)\b[^.]*\b(?:at|in)\b"
            r"|\b(?:library|caf[eé]|center|centre|office|clinic|park|diner|drop-in|hospital"
            r"|shelter|coffee shop|phone call|video call)\b",
            re.I,
        ),
    ),
    NoteRule(
        "clinical-label",
        "reconsider",
        re.compile(
            r"\b(?:manic|psychotic|paranoid|bipolar|borderline|schizo\w*|personality disorder"
            r"|poor insight|lacks? insight|presented as|presents as|decompensat\w*|relapse risk"
            r"|delusional|histrionic|narcissistic|antisocial|sociopath\w*|non-?adherent)\b",
            re.I,
        ),
    ),
    NoteRule(
        "judging",
        "reconsider",
        re.compile(
            r"\b(?:non-?compliant|unmotivated|manipulative|drug-seeking|attention-seeking|in denial"
            r"|resistant|refused|refuses|claims?|claimed|lazy|addicts?|alcoholics?|junkies?"
            r"|uncooperative|difficult client|frequent flyer|(?:is|was|stayed|staying|got|not)"
            r" (?:clean|dirty)|(?:clean|dirty) (?:test|screen|urine|sample))\b",
            re.I,
        ),
    ),
    NoteRule(
        "guessing-inner-state",
        "reconsider",
        re.compile(
            r"\b(?:clearly|obviously|seemed to be lying|appears? to be|wants? attention"
            r"|really (?:thinks?|wants?|means?)|pretend\w*|secretly|deep down)\b",
            re.I,
        ),
    ),
    NoteRule(
        "surveillance",
        "reconsider",
        _SURVEILLANCE,
    ),
)
"""Every note behaviour, by the order its notes are shown in."""

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def _mask(match: re.Match[str]) -> str:
    """A quotation as letters, except a sentence's end inside it (``"...today."``)."""
    quote = match.group(0)
    end = quote[-2] if len(quote) > 2 and quote[-2] in ".!?" else "q"
    return "q" * (len(quote) - 2) + end + quote[-1]


def _sentences(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The sentences of ``text`` with their offsets; a quotation is never split."""
    masked = re.sub(r"[\"“][^\"”]*[\"”]", _mask, text)
    found = []
    for match in _SENTENCE.finditer(masked):
        piece = match.group(0)
        if piece.strip():
            start = match.start() + len(piece) - len(piece.lstrip())
            end = start + len(piece.strip())
            found.append((text[start:end], (start, end)))
    return found


def _quotes_inside(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\"“][^\"”]*[\"”]", text)]


def _found(rule: NoteRule, text: str) -> list[tuple[str, tuple[int, int]]]:
    """The sentences of ``text`` where ``rule`` finds its behaviour.

    Words inside quotation marks are the person's own: an avoided habit there is theirs
    ("I'm such an addict"), so only the note's own words count for what it avoids.
    """
    quoted = _quotes_inside(text)
    hits = []
    for sentence, span in _sentences(text):
        if rule.unless is not None and rule.unless.search(sentence):
            continue
        matches = list(rule.pattern.finditer(sentence))
        if rule.tone == "reconsider":
            matches = [
                m for m in matches if not any(a <= span[0] + m.start() < b for a, b in quoted)
            ]
        if matches:
            hits.append((sentence, span))
    return hits


def note_notes(text: str, rewrite: Rewrite) -> tuple[Note, ...]:
    """The notes a note rewrite shows about ``text``, strengths first."""
    does = {entry.behaviour: entry.point or "" for entry in rewrite.coach.does}
    avoids = {entry.behaviour: entry.point or "" for entry in rewrite.coach.avoids}
    questions = {point.id: point.question for point in rewrite.rubric}
    notes: list[Note] = []
    for rule in RULES:
        declared = does if rule.tone == "strength" else avoids
        if rule.behaviour not in declared:
            continue
        hits = _found(rule, text)
        if not hits:
            continue
        point = declared[rule.behaviour]
        notes.append(
            Note(
                label=rule.behaviour,
                tone=rule.tone,  # type: ignore[arg-type]
                message=rule.message
                + (
                    " This is what the exercise asks for."
                    if rule.tone == "strength"
                    else " The exercise asks you to leave this out."
                ),
                heading=rule.heading,
                kind="note",
                quotes=tuple(s for s, _ in hits),
                spans=tuple(sp for _, sp in hits),
                principle=_records(),
                point=point,
                point_question=questions.get(point, ""),
            )
        )
    found = {n.label for n in notes}
    for note in feedback(text, rewrite):
        # The coach's harmful habits apply to a note as much as to a reply; its reading of
        # speech does not. A judging note the note rules already gave is not repeated.
        if note.harmful and not (note.label == "judging" and "judging" in found):
            notes.append(note)
    limit = rewrite.coach.length
    words = len(text.split())
    if limit is not None and words > limit.words:
        notes.append(
            Note(
                label="length",
                tone="note",
                message=f"Your note runs to {words} words. Notes are brief: could this be shorter?",
                heading="A long note",
                kind="note",
                principle=_records(),
            )
        )
    order = {"strength": 0, "reconsider": 1, "note": 2}
    notes.sort(key=lambda n: order[n.tone])
    return tuple(notes)


__all__ = ["RULES", "NoteRule", "note_notes"]
