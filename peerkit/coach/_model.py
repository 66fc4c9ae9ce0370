"""The result types the coach returns: a :class:`Finding` per behaviour, and an :class:`Analysis`.

Both are frozen dataclasses holding plain text, so a view can render them however it
likes (and must escape the text when it renders HTML).
"""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS: tuple[str, ...] = (
    "open_question",
    "closed_question",
    "reflection",
    "affirmation",
    "self_disclosure",
    "advice",
    "information",
    "minimizing",
    "comparing",
    "judging",
    "promising_secrecy",
)
"""Every label the coach can give, in the order feedback is usually shown."""

HARMFUL: frozenset[str] = frozenset({"minimizing", "comparing", "judging", "promising_secrecy"})
"""Labels for replies that can hurt the person, whatever else they do well.

``promising_secrecy`` is a promise of unconditional confidentiality ("it stays between
us"): a promise no supporter can keep when someone's safety is at risk."""

SKILLS: tuple[str, ...] = tuple(label for label in LABELS if label not in HARMFUL)
"""The helping skills (questions, reflection, affirmation, self-disclosure, advice,
information): the labels whose notes are shown only when the coach is sure."""


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed in a reply.

    ``span`` is a ``(start, end)`` pair of character offsets into the text that was
    analysed, so ``text[start:end]`` is the sentence the finding is about. ``kind``
    refines the label: for advice it is ``directive``, ``suggestion`` or
    ``permission``; for questions ``open`` or ``closed``; for affirmations ``affirm``,
    ``reassure`` or ``praise``; otherwise empty.
    """

    label: str
    span: tuple[int, int]
    message: str
    suggestion: str
    kind: str = ""
    confidence: float = 1.0
    """How sure the coach is, from 0 to 1: the strength of the sentence's evidence for
    the label (a score of 4 or more counts as 1). It orders findings; it is not a
    probability. :func:`peerkit.coach.feedback` shows a skill only above a threshold
    chosen on the project's own labelled replies."""

    @property
    def harmful(self) -> bool:
        """True for minimizing, comparing, judging and promising secrecy."""
        return self.label in HARMFUL


@dataclass(frozen=True)
class Analysis:
    """What the coach found in one reply.

    ``labels`` is every label found anywhere in the reply; ``primary`` is the single
    label that best describes the reply as a whole (``None`` when nothing stood out,
    as in "Hello!" or "Thanks").
    """

    text: str
    findings: tuple[Finding, ...] = ()
    primary: str | None = None
    labels: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not self.labels and self.findings:
            object.__setattr__(self, "labels", frozenset(f.label for f in self.findings))

    @property
    def harmful(self) -> bool:
        """True when any part of the reply minimizes, compares, judges or promises secrecy."""
        return bool(self.labels & HARMFUL)
