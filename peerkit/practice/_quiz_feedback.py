"""What a learner is told after checking a quiz answer, and when the right answer is shown.

A quiz is practice, not a test of memory: the first wrong answer earns an explanation of
*that* answer and an invitation to think again, not the right answer. Only after
:data:`REVEAL_AFTER` wrong tries does the feedback show the answer the lesson gives, with
its explanation. Every line says plainly whose choice it is about ("Your answer", "A
right answer you did not choose"), so no line reads as if the learner were right when
they were not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._quiz import QuestionResult

REVEAL_AFTER = 2
"""Wrong tries at a question before its right answer is shown."""


@dataclass(frozen=True)
class FeedbackLine:
    """One option the feedback talks about: whose it is, what it says, and why."""

    label: str
    text: str
    verdict: str
    explanation: str


@dataclass(frozen=True)
class QuizFeedback:
    summary: str
    lines: tuple[FeedbackLine, ...]
    revealed: bool
    """True when the feedback shows a right answer the learner did not choose."""


def quiz_feedback(
    result: QuestionResult, wrong_tries: int, shown: Sequence[str] = ()
) -> QuizFeedback:
    """Feedback on a checked question. ``wrong_tries`` counts this check if it was wrong;
    ``shown`` is the order the learner sees the options in (lines follow it)."""
    if not result.answered:
        return QuizFeedback(result.summary, (), False)
    order = list(shown) or [r.option.id for r in result.options]
    options = sorted(result.options, key=lambda r: order.index(r.option.id))
    multiple = result.question.multiple
    reveal = not result.correct and wrong_tries >= REVEAL_AFTER
    lines = []
    for option_result in options:
        option = option_result.option
        if option_result.selected:
            label = "You chose" if multiple else "Your answer"
            verdict = "Correct" if option.correct else "Not correct"
        elif option.correct and reveal:
            label = (
                "A right answer you did not choose" if multiple else "The answer the lesson gives"
            )
            verdict = ""
        else:
            continue
        lines.append(FeedbackLine(label, option.text, verdict, option.explanation))
    summary = result.summary
    if not result.correct:
        summary += (
            " Here is the answer the lesson gives."
            if reveal
            else " Read why, then try another answer."
        )
    return QuizFeedback(summary, tuple(lines), reveal)
