"""Answering quiz questions and getting an explanation for every option."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..content import Option, Question, Quiz
from ._case import PlayError


@dataclass(frozen=True)
class OptionResult:
    option: Option
    selected: bool

    @property
    def right_call(self) -> bool:
        """True when the learner treated this option as the lesson does."""
        return self.selected == self.option.correct


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    options: tuple[OptionResult, ...]

    @property
    def answered(self) -> bool:
        return any(r.selected for r in self.options)

    @property
    def correct(self) -> bool:
        return self.answered and all(r.right_call for r in self.options)

    @property
    def summary(self) -> str:
        if not self.answered:
            return "Choose an answer first."
        if self.correct:
            return "Correct."
        if self.question.multiple:
            missed = sum(1 for r in self.options if r.option.correct and not r.selected)
            wrong = sum(1 for r in self.options if r.selected and not r.option.correct)
            parts = []
            if wrong:
                parts.append(f"{wrong} of your choices {'is' if wrong == 1 else 'are'} not right")
            if missed:
                parts.append(f"{missed} right answer{'s' if missed != 1 else ''} not chosen")
            return "Not quite: " + " and ".join(parts) + "."
        return "Not quite."


class QuizPlay:
    """One learner's answers to the questions of a :class:`Quiz`."""

    def __init__(self, quiz: Quiz):
        self.quiz = quiz
        self._selected: dict[str, frozenset[str]] = {}

    def question(self, question_id: str) -> Question:
        found = next((q for q in self.quiz.questions if q.id == question_id), None)
        if found is None:
            raise PlayError(f"there is no question '{question_id}'")
        return found

    def select(self, question_id: str, option_ids: str | Iterable[str] | None) -> None:
        """Choose one option (single choice) or several (multiple choice); None clears."""
        question = self.question(question_id)
        chosen = (
            frozenset()
            if option_ids is None
            else frozenset([option_ids] if isinstance(option_ids, str) else option_ids)
        )
        known = {o.id for o in question.options}
        unknown = chosen - known
        if unknown:
            raise PlayError(
                f"there is no option '{sorted(unknown)[0]}' in question '{question_id}'"
            )
        if len(chosen) > 1 and not question.multiple:
            raise PlayError(f"question '{question_id}' takes one answer")
        self._selected[question_id] = chosen

    def selected(self, question_id: str) -> frozenset[str]:
        return self._selected.get(question_id, frozenset())

    def check(self, question_id: str) -> QuestionResult:
        question = self.question(question_id)
        chosen = self.selected(question_id)
        return QuestionResult(
            question, tuple(OptionResult(o, o.id in chosen) for o in question.options)
        )

    def check_all(self) -> tuple[QuestionResult, ...]:
        return tuple(self.check(q.id) for q in self.quiz.questions)

    def to_state(self) -> dict[str, Any]:
        results = self.check_all()
        return {
            "selected": {k: sorted(v) for k, v in self._selected.items()},
            "correct": sum(r.correct for r in results),
            "total": len(results),
        }

    @classmethod
    def is_finished(cls, quiz: Quiz, state: Mapping[str, Any]) -> bool:
        """Whether a saved state counts as finished: every question has a checked answer."""
        selected = state.get("selected")
        return isinstance(selected, Mapping) and all(selected.get(q.id) for q in quiz.questions)

    @classmethod
    def resume_line(cls, quiz: Quiz, state: Mapping[str, Any]) -> str | None:
        """What the quiz says when it opens on a saved state; None when there is nothing to say."""
        selected = state.get("selected") or {}
        answered = sum(1 for q in quiz.questions if selected.get(q.id))
        if not answered:
            return None
        total = len(quiz.questions)
        return (
            f"Your answers from last time ({answered} of {total} "
            f"{'question' if total == 1 else 'questions'}) are back, with their feedback."
        )

    @classmethod
    def from_state(cls, quiz: Quiz, state: dict[str, Any]) -> QuizPlay:
        play = cls(quiz)
        for question_id, options in dict(state.get("selected", {})).items():
            try:
                play.select(question_id, options)
            except PlayError:
                continue
        return play
