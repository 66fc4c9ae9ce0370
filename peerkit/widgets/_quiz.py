"""The live view of a quiz: radio buttons or checkboxes, and an explanation for every option."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

import ipywidgets as W

from ..content import Question, Quiz
from ..practice import FILE_ORDER, JournalPlay, Order, QuestionResult, QuizPlay
from ..practice._quiz_feedback import quiz_feedback
from ..static import feedback_html
from ._common import button, status, title_html


class _QuestionView:
    def __init__(
        self,
        number: int,
        question: Question,
        play: QuizPlay,
        on_check: Callable[[], None],
        order: Order = FILE_ORDER,
    ):
        self.question = question
        self.play = play
        self.on_check = on_check
        self.shown = order.options(play.quiz, question)
        """The options in the order this learner sees them."""
        self.prompt = W.HTML(
            f"<p><strong>Question {number}.</strong> {escape(question.prompt)}"
            f" ({'choose all that apply' if question.multiple else 'choose one'})</p>"
        )
        if question.multiple:
            self.boxes = {
                o.id: W.Checkbox(
                    value=False, description=o.text, indent=False, layout=W.Layout(width="100%")
                )
                for o in self.shown
            }
            self.control: W.Widget = W.VBox(list(self.boxes.values()))
        else:
            self.boxes = {}
            self.control = W.RadioButtons(
                options=[(o.text, o.id) for o in self.shown],
                index=None,
                layout=W.Layout(width="100%"),
            )
        self.wrong_tries = 0
        """Wrong answers checked so far; the right answer shows only after a second one."""
        self.check_button = button("Check answer", f"Check your answer to question {number}")
        self.check_button.on_click(lambda _: self._on_check())
        self.feedback = W.HTML(status())
        self.widget = W.VBox([self.prompt, self.control, self.check_button, self.feedback])
        saved = play.selected(question.id)
        if saved:  # reopened on an answer the learner checked: it is back, with its feedback
            self.select(saved)
            self._show(play.check(question.id))

    def select(self, option_ids: Iterable[str]) -> None:
        chosen = set(option_ids)
        if self.question.multiple:
            for option_id, box in self.boxes.items():
                box.value = option_id in chosen
        else:
            assert isinstance(self.control, W.RadioButtons)
            self.control.value = next(iter(chosen)) if chosen else None

    def _selected(self) -> list[str]:
        if self.question.multiple:
            return [option_id for option_id, box in self.boxes.items() if box.value]
        assert isinstance(self.control, W.RadioButtons)
        return [] if self.control.value is None else [self.control.value]

    def _on_check(self) -> None:
        self.play.select(self.question.id, self._selected())
        self._show(self.play.check(self.question.id))
        self.on_check()

    def _show(self, result: QuestionResult) -> None:
        if result.answered and not result.correct:
            self.wrong_tries += 1
        self.feedback.value = status(_explain(result, [o.id for o in self.shown], self.wrong_tries))


def _explain(result: QuestionResult, shown: list[str], wrong_tries: int = 1) -> str:
    """The verdict, then each option the feedback is about, in the order the learner saw them
    (the right answer only after a second wrong try: :mod:`peerkit.practice._quiz_feedback`)."""
    return feedback_html("quiz_result", quiz_feedback(result, wrong_tries, shown))


class QuizView:
    """One block per question, each with its own check button and feedback.

    Questions keep their order; the options of each appear in ``order`` (the
    learner's own shuffle; the file's order by default).
    """

    def __init__(
        self,
        quiz: Quiz,
        play: QuizPlay | None = None,
        on_change: Callable[[QuizPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.play = play or QuizPlay(quiz)
        self.on_change = on_change
        self.title = title_html(kind, quiz.title)
        parts: list[W.Widget] = [self.title]
        if quiz.instructions:
            parts.append(W.HTML(f"<p>{escape(quiz.instructions)}</p>"))
        self.questions = {
            q.id: _QuestionView(n, q, self.play, self._changed, order)
            for n, q in enumerate(quiz.questions, start=1)
        }
        parts += [qv.widget for qv in self.questions.values()]
        self.widget = W.VBox(parts)
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-quiz")

    def answer(self, question_id: str, option_ids: str | Iterable[str]) -> QuestionResult:
        view = self.questions[question_id]
        view.select([option_ids] if isinstance(option_ids, str) else option_ids)
        view.check_button.click()
        return self.play.check(question_id)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.play)
