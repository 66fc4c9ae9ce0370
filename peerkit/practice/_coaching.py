"""Turn the response coach's findings into feedback a learner can use.

The coach (:mod:`peerkit.coach`) names what a reply does. Here each finding is
sorted into "does well", "to reconsider" or "also noticed", and tied to the
principle the lessons teach, with the source items it comes from. Written
exercises (rewrite, self-disclosure check) share this. Nothing here keeps or
writes the learner's text: results hold it only as long as the caller does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from ..coach import Analysis, Finding

Tone = Literal["strength", "reconsider", "note"]

TONE_HEADINGS: dict[Tone, str] = {
    "strength": "What your reply does well",
    "reconsider": "What to reconsider",
    "note": "Also noticed",
}


@dataclass(frozen=True)
class Principle:
    """What the lessons teach about a behaviour, and where that comes from."""

    name: str
    text: str
    sources: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


# (label, kind) -> (tone, principle). Kind "" is the fallback for the label.
_TABLE: dict[tuple[str, str], tuple[Tone, Principle]] = {
    ("reflection", ""): (
        "strength",
        Principle(
            "Listening so the person feels heard",
            "Saying back what you heard shows you are paying attention, and lets them correct you.",
            ("S003-15", "S003-17"),
            ("SRC-07",),
        ),
    ),
    ("open_question", ""): (
        "strength",
        Principle(
            "Open questions",
            "An open question lets the person lead and tell it their own way.",
            ("S003-30", "S000-30"),
            ("SRC-07",),
        ),
    ),
    ("open_question", "why"): (
        "reconsider",
        Principle(
            "Ask 'what' or 'how' rather than 'why'",
            "'Why' can sound like a demand for an excuse, so people defend instead of explore.",
            ("S003-34",),
        ),
    ),
    ("closed_question", ""): (
        "reconsider",
        Principle(
            "Open questions",
            "A closed question gets a short answer; an open one leaves room for their story.",
            ("S003-30", "S001-23"),
            ("SRC-07",),
        ),
    ),
    ("affirmation", "affirm"): (
        "strength",
        Principle(
            "Affirming strengths",
            "Naming a real strength or effort helps the person see what they already do well.",
            ("S003-17",),
            ("SRC-10",),
        ),
    ),
    ("affirmation", "reassure"): (
        "strength",
        Principle(
            "Validate first",
            "Warmth and acknowledgement come before anything else you might say.",
            ("S000-28", "S003-17"),
        ),
    ),
    ("affirmation", "praise"): (
        "reconsider",
        Principle(
            "Affirmation rather than praise",
            "Praise puts you in the judge's seat; an affirmation names their own strength.",
            ("S001-33",),
            ("SRC-10",),
        ),
    ),
    ("advice", "permission"): (
        "strength",
        Principle(
            "Asking permission",
            "Asking before you offer anything keeps the choice with the person.",
            ("S002-50", "S003-23"),
            ("SRC-09",),
        ),
    ),
    ("advice", "directive"): (
        "reconsider",
        Principle(
            "No unasked-for advice",
            "Telling people what to do takes the decision away from them, and can break trust.",
            ("S003-23", "S004-20"),
        ),
    ),
    ("advice", ""): (
        "reconsider",
        Principle(
            "No unasked-for advice",
            "Ask what they have thought of, or ask whether they want ideas, before offering one.",
            ("S003-23", "S002-50"),
            ("SRC-09",),
        ),
    ),
    ("minimizing", ""): (
        "reconsider",
        Principle(
            "Don't minimise",
            "Making a feeling sound smaller leaves the person feeling unheard, and they may stop sharing.",
            ("S003-24", "S003-27"),
        ),
    ),
    ("comparing", ""): (
        "reconsider",
        Principle(
            "Don't compare struggles",
            "Comparing moves the focus away from the person and can make their pain seem less.",
            ("S004-33",),
        ),
    ),
    ("judging", ""): (
        "reconsider",
        Principle(
            "No judgment",
            "People open up when they feel accepted as they are, without criticism.",
            ("S003-14", "S003-20"),
        ),
    ),
    ("self_disclosure", ""): (
        "note",
        Principle(
            "Share with purpose",
            "Your own story helps when it is brief, for their benefit, and hands the focus back.",
            ("S003-33", "S004-28", "S004-29"),
        ),
    ),
    ("information", ""): (
        "note",
        Principle(
            "Information with permission",
            "Facts and resources help most when the person wants them: check first.",
            ("S001-30", "S002-50"),
            ("SRC-09",),
        ),
    ),
}

HEADINGS: dict[tuple[str, str], str] = {
    ("reflection", ""): "A reflection",
    ("open_question", ""): "An open question",
    ("open_question", "why"): "A 'why' question",
    ("closed_question", ""): "A closed question",
    ("affirmation", "affirm"): "An affirmation",
    ("affirmation", "reassure"): "Warmth and reassurance",
    ("affirmation", "praise"): "Praise",
    ("advice", "permission"): "Asking permission",
    ("advice", "directive"): "Telling them what to do",
    ("advice", "suggestion"): "An idea offered without asking",
    ("minimizing", ""): "Minimising",
    ("comparing", ""): "Comparing",
    ("judging", ""): "Judging",
    ("self_disclosure", ""): "Sharing your own experience",
    ("information", ""): "Information",
}


def principle_for(label: str, kind: str = "") -> tuple[Tone, Principle]:
    """The tone and principle of a coach label and kind (falling back to the label)."""
    return _TABLE.get((label, kind)) or _TABLE[(label, "")]


def heading_for(label: str, kind: str = "") -> str:
    return HEADINGS.get((label, kind)) or HEADINGS[(label, "")]


@dataclass(frozen=True)
class FeedbackItem:
    """One thing the coach noticed, sorted and tied to a principle.

    ``quotes`` are the learner's own sentences the item is about (one item per
    behaviour, however many sentences show it): views must escape them, and
    nothing may store them.
    """

    tone: Tone
    label: str
    kind: str
    heading: str
    quotes: tuple[str, ...]
    message: str
    suggestion: str
    principle: Principle


def _permission_spans(findings: Iterable[Finding]) -> set[tuple[int, int]]:
    return {f.span for f in findings if f.label == "advice" and f.kind == "permission"}


def coach_items(analysis: Analysis) -> tuple[FeedbackItem, ...]:
    """Every finding of ``analysis`` as a feedback item, strengths first.

    A closed question is only something to reconsider when the reply has no open
    question (one open question makes the reply open) and when it is not the
    learner asking permission ("Would it help if I ...?"). A sentence that
    minimises, compares or judges earns no praise for anything else it does:
    "You just need to stay positive" is not warmth.
    """
    findings = analysis.findings
    has_open = any(f.label == "open_question" for f in findings)
    asking = _permission_spans(findings)
    hurtful = {f.span for f in findings if f.harmful}
    items: dict[tuple[str, str], FeedbackItem] = {}
    for finding in findings:
        if finding.label == "closed_question" and (has_open or finding.span in asking):
            continue
        tone, principle = principle_for(finding.label, finding.kind)
        if tone == "strength" and finding.span in hurtful:
            continue
        start, end = finding.span
        quote = " ".join(analysis.text[start:end].split())
        key = (finding.label, finding.kind)
        if key in items:
            if quote not in items[key].quotes:
                items[key] = replace(items[key], quotes=(*items[key].quotes, quote))
            continue
        items[key] = FeedbackItem(
            tone=tone,
            label=finding.label,
            kind=finding.kind,
            heading=heading_for(finding.label, finding.kind),
            quotes=(quote,),
            message=finding.message,
            suggestion=finding.suggestion,
            principle=principle,
        )
    order = {"strength": 0, "reconsider": 1, "note": 2}
    return tuple(sorted(items.values(), key=lambda item: order[item.tone]))
