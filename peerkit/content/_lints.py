"""Rules about wording and sourcing that ``peerkit validate`` applies on top of the schema.

These lints report problems like any other content rule (``file:line: problem -
fix``, exit 1), but they run only in ``peerkit validate``, not when a lesson
loads: a wording or sourcing problem is for the author to fix, and must never
take a lesson, or its crisis panel, away from a learner.

1. **No unconditional promise of confidentiality** in learner-facing text: item
   text, lesson titles and aims, and the markdown of every lesson notebook.
   Confidentiality has limits in every agency (records, team care, supervision,
   safety, the law), so "it stays between us" teaches a promise a peer supporter
   may not be able to keep. Allowed: a sentence that names a limit ("stays with
   me and my supervisor unless someone's safety is at risk"); a reply marked
   ``breaks`` or ``partial`` (the mistake being taught); and words in quotation
   marks (a person's own request, or feedback quoting the mistake).
2. **Crisis lines come from the service's own page or a regulator's**, never from
   a blog or a fundraising page: every ``source_url``, ``emergency_source_url``
   and the directory's source in ``crisis_resources.yaml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ._cells import source_lines
from ._models import Case, CrisisResources, Curriculum, Item
from ._practice_models import AgreementBuilder
from ._problems import Problem, display_path
from ._yaml import YamlDocument

# --- 1. unconditional promises of confidentiality ---------------------------------------

_WHO = r"(?:us|you\s+and\s+me|me\s+and\s+you|the\s+two\s+of\s+us|you|ourselves)"
_PROMISE = re.compile(
    rf"""
      \b(?:won'?t|will\s+not|never|not\s+going\s+to)\s+(?:ever\s+)?
        (?:tell|say\s+anything\s+to|repeat\s+(?:it|this|that|anything)\s+to|breathe\s+a\s+word\s+to)
        \s+(?:anyone|anybody|a\s+soul|another\s+soul|them|your|my|the)\b
    | \b(?:keep|keeping|keeps)\s+(?:it|this|that|everything|anything|what\s+(?:you|they|people|we|I)\s+\w+(?:\s+\w+)?)
        \s+(?:a\s+)?(?:secret|quiet|private|confidential|to\s+(?:yourself|myself|ourselves|themselves)
                       |between\s+{_WHO})\b
    | \b(?:stays?|remains?|staying)\s+(?:here|in\s+(?:this|the)\s+room|with\s+me|with\s+us
        |between\s+{_WHO}|our\s+secret|confidential|secret)\b
    | \b(?:won'?t|will\s+not|never|doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:ever\s+)?
        (?:leave|leaves|go|goes|get|gets)\s+(?:out\s+of\s+)?(?:this\s+room|the\s+room|beyond\s+(?:me|us|this\s+room))\b
    | \bbetween\s+you\s+and\s+me\b
    | \bour\s+(?:little\s+)?secret\b
    | \bsecrets?\s+(?:is|are)\s+safe\b
    | \b(?:no\s*one|nobody)\s+(?:else\s+)?(?:will|would|is\s+going\s+to)\s+(?:ever\s+)?(?:know|find\s+out|hear)\b
    | \b(?:everything|anything|whatever|all)\s+(?:you\s+\w+(?:\s+me)?\s+)?(?:is|are|stays?)\s+
        (?:completely\s+|totally\s+|strictly\s+|100%\s+|always\s+)?(?:confidential|private|secret)\b
    | \b(?:completely|totally|strictly|100%|absolutely)\s+confidential\b
    | \bpromise\s+(?:not\s+to\s+(?:tell|share|say)|to\s+keep\s+(?:it|this|that|your|a)|I\s+won'?t\s+tell)
    """,
    re.I | re.X,
)
"""Wordings that promise secrecy ("it stays between us", "keep what you hear to yourself")."""

_LIMIT = re.compile(
    r"""\b(?:unless|except|apart\s+from|other\s+than|but\s+if|but\s+not|limits?|supervisor|supervision
    |team|records?|notes|safety|outside\s+(?:the|this|your|our)\s+(?:work|meetings?|agency|team|service)|unsafe|not\s+safe|(?:keep|keeps|keeping)\s+\w+\s+safe|at\s+risk|danger|harm|the\s+law|legal|required|must\s+(?:tell|share|report)
    |have\s+to\s+(?:tell|share|involve|report)|can'?t|cannot|can\s+not|won'?t\s+be\s+able|not\s+able
    |never\s+promise|don'?t\s+promise|do\s+not\s+promise|not\s+promise|no\s+promise
    |too\s+(?:much|important|serious|big|worrying)\s+to|and\s+what\s+(?:does|doesn'?t|do|don'?t|can'?t|cannot))\b""",
    re.I | re.X,
)
"""Words showing a sentence names a limit, or refuses the promise ("I can't keep this between us")."""

_QUOTED = re.compile(
    r"“[^”]*”|\"(?:[^\"\n]|\n(?!\s*\n))*\"|‘[^’\n]{3,}’|(?<![\w'])'(?:[^'\n]|'\w){3,}'(?!\w)"
)
"""Quoted words: a person's own request, or feedback quoting the mistake (may span lines)."""
_REQUEST = re.compile(
    r"""\b(?:asks?|asked|asking|wants?|wanted|begs?|begged|requests?|requested|request|urges?|urged
    |pleads?|pleaded|(?:can|could|will|would)\s+you|promise\s+me|make\s+(?:you|me)|made\s+(?:you|me)
    |you\s+(?:have|had)\s+to|you\s+must)\b""",
    re.I | re.X,
)
"""Words before a promise that make it someone's request, not the supporter's promise."""
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|who)(?:\s+(?:is|are|was|were|has\s+been|had\s+been)|'s|'re)?\s+$", re.I
)
"""A subject just before the words that makes them a description ("he is keeping it quiet")."""
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s+")

PROMISE_PROBLEM = "learner text promises unconditional confidentiality (“{words}”)"
PROMISE_FIX = (
    "say what stays private and name its limits (supervision, records, safety, the law), e.g."
    " “I keep notes and talk with my supervisor; if someone might be seriously hurt, I'd have to"
    " bring others in, and I'd tell you first if I safely could”"
)


def _sentences(text: str) -> Iterator[str]:
    for part in _SENTENCE.split(text):
        if part.strip():
            yield part


def unconditional_promise(text: str) -> str | None:
    """The words of ``text`` that promise secrecy with no limit, or None.

    A promise counts only outside quotation marks, and only when neither its
    sentence nor the next one in the same paragraph names a limit or refuses the
    promise ("Keep it private outside the work. I do write notes..." is honest).
    """
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), text).replace("\u2019", "'")
    for paragraph in _PARAGRAPH.split(plain):
        sentences = list(_sentences(paragraph))
        for i, sentence in enumerate(sentences):
            promises = list(_PROMISE.finditer(sentence))  # most sentences have none: look first
            # A limit may come in the next sentence: "Keep it private. I do write notes..."
            if not promises or _LIMIT.search(" ".join(sentences[i : i + 2])):
                continue
            for match in promises:
                before = sentence[: match.start()]
                if not _REQUEST.search(before) and not _THIRD_PERSON.search(before):
                    return " ".join(match.group(0).split())
    return None


_ALLOWED_VERDICTS = ("breaks", "partial")


def _is_taught_mistake(item: Item, path: tuple[Any, ...]) -> bool:
    """A reply or sentence marked breaks or partial, or the unhelpful reply a rewrite starts from."""
    if path and path[-1] == "unhelpful":
        return True
    if isinstance(item, Case) and len(path) >= 5 and path[0] == "nodes" and path[2] == "choices":
        choice = item.nodes[path[1]].choices[path[3]]
        return path[-1] == "text" and choice.verdict in _ALLOWED_VERDICTS
    if isinstance(item, AgreementBuilder) and path[-1] == "text" and "options" in path:
        option = item.parts[path[1]].options[path[3]]
        return option.verdict in _ALLOWED_VERDICTS
    return False


def item_promises(doc: YamlDocument, item: Item) -> list[Problem]:
    """Unconditional promises of confidentiality in one item's learner-facing text."""
    from ._prose import learner_strings

    problems = []
    for path, text in learner_strings(item):
        if _is_taught_mistake(item, path):
            continue
        words = unconditional_promise(text)
        if words:
            problems.append(
                Problem(
                    doc.file,
                    doc.line_of(path),
                    PROMISE_PROBLEM.format(words=words),
                    PROMISE_FIX,
                )
            )
    return problems


def curriculum_promises(doc: YamlDocument, curriculum: Curriculum) -> list[Problem]:
    """Unconditional promises in the lesson titles, summaries and aims learners read."""
    problems = []
    for i, entry in enumerate(curriculum.lessons):
        fields = [("title", entry.title), ("summary", entry.summary)]
        fields += [(("objectives", j), text) for j, text in enumerate(entry.objectives)]
        for key, text in fields:
            words = unconditional_promise(text or "")
            if words:
                path = ("lessons", i, *(key if isinstance(key, tuple) else (key,)))
                problems.append(
                    Problem(
                        doc.file,
                        doc.line_of(path),
                        PROMISE_PROBLEM.format(words=words),
                        PROMISE_FIX,
                    )
                )
    return problems


def notebook_promises(path: Path) -> list[Problem]:
    """Unconditional promises in a lesson notebook's markdown cells."""
    from ._prose import markdown_words

    try:
        raw = path.read_text(encoding="utf-8")
        cells = json.loads(raw).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return []  # the notebook tests and clean-notebooks report unreadable notebooks
    where = source_lines(raw)
    problems = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        words = unconditional_promise(markdown_words(text))
        if words:
            problems.append(
                Problem(
                    display_path(path),
                    where.get(index, 1),
                    PROMISE_PROBLEM.format(words=words),
                    PROMISE_FIX,
                )
            )
    return problems


# --- 2. crisis sources are the service's or a regulator's own page -----------------------

_WEAK_HOSTS = re.compile(
    r"(?:^|\.)(?:blogspot\.com|wordpress\.com|medium\.com|substack\.com|tumblr\.com|wixsite\.com"
    r"|gofundme\.com|justgiving\.com|givealittle\.co\.nz|givengain\.com|everydayhero\.com"
    r"|classy\.org|donorbox\.org|givebutter\.com|canadahelps\.org|thepushupchallenge\.com\.au)$",
    re.I,
)
_WEAK_WORDS = re.compile(
    r"blog|fundrais|donat(?:e|ion)|sponsor|challenge|raffle|lottery|giveeasy",
    re.I,
)

SOURCE_PROBLEM = "the source of {what} is a blog or fundraising page ({where})"
SOURCE_FIX = (
    "use the service's own page about it, or a regulator's or health service's page about it"
)


def weak_source(url: str) -> bool:
    """Whether ``url`` is a blog or a fundraising page (by its host or its path)."""
    parsed = urlparse(url)
    host = parsed.netloc.lower().split(":")[0]
    if _WEAK_HOSTS.search(host):
        return True
    parts = [p for p in host.split(".")[:-1] if p not in ("www", "www2")]
    parts += [p for p in parsed.path.split("/") if p]
    return any(_WEAK_WORDS.search(part) for part in parts)


def _where(url: str) -> str:
    parsed = urlparse(url)
    return (parsed.netloc + parsed.path).rstrip("/").removeprefix("www.")


def crisis_source_problems(doc: YamlDocument, crisis: CrisisResources) -> list[Problem]:
    """Every crisis entry whose source is a blog or a fundraising page."""
    found: list[tuple[str, tuple[Any, ...], str]] = [
        (
            f"the directory '{crisis.directory.name}'",
            ("directory", "source_url"),
            crisis.directory.source_url,
        )
    ]
    for i, region in enumerate(crisis.regions):
        found.append(
            (
                f"the emergency number of region '{region.id}'",
                ("regions", i, "emergency_source_url"),
                region.emergency_source_url,
            )
        )
        for j, service in enumerate(region.services):
            found.append(
                (
                    f"'{service.name}' in region '{region.id}'",
                    ("regions", i, "services", j, "source_url"),
                    service.source_url,
                )
            )
    return [
        Problem(
            doc.file,
            doc.line_of(path),
            SOURCE_PROBLEM.format(what=what, where=_where(url)),
            SOURCE_FIX,
        )
        for what, path, url in found
        if weak_source(url)
    ]


# --- running them ---------------------------------------------------------------------


def lint_problems(loaded: Iterable[Any], root: Path | None = None) -> list[Problem]:
    """Every lint problem in the files that loaded, plus the lesson notebooks of a course.

    ``loaded`` holds :class:`LoadedFile` objects. Notebooks are read when ``root`` is
    a course's data folder: each lesson's notebook named in its curriculum.
    """
    problems: list[Problem] = []
    curriculum: Curriculum | None = None
    for entry in loaded:
        model, doc = entry.model, entry.doc
        if isinstance(model, Item):
            problems += item_promises(doc, model)
        elif isinstance(model, CrisisResources):
            problems += crisis_source_problems(doc, model)
        elif isinstance(model, Curriculum):
            problems += curriculum_promises(doc, model)
            curriculum = model
    if root is not None and curriculum is not None and root.is_dir():
        project = root.resolve().parent
        for lesson in curriculum.lessons:
            if lesson.kind != "lesson":
                continue
            path = project / lesson.notebook
            if path.is_file():
                problems += notebook_promises(path)
    return problems
