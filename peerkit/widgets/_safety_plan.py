"""The live view of a safety-plan practice: stock widgets over a :class:`SafetyPlanPlay`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import SafetyPlan
from ..practice import FILE_ORDER, JournalPlay, Order, PlanFeedback, SafetyPlanPlay
from ..static import feedback_html
from ._common import button, status, title_html
from ._practice import PRACTICE_CSS, prose_html, save_to_journal, stacked_box
from ._written import PRIVACY_NOTE


class SafetyPlanView:
    """The person's story, one box per section of the plan, and feedback beside a model plan.

    Keyboard: Tab goes from box to box, then to the buttons (Enter or Space presses them).
    The feedback is written out in a role="status" region. Nothing is scored; feedback can
    be asked for with any section empty.
    """

    def __init__(
        self,
        plan: SafetyPlan,
        play: SafetyPlanPlay | None = None,
        on_change: Callable[[SafetyPlanPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.plan = plan
        self.play = play or SafetyPlanPlay(plan)
        self.on_change = on_change
        self.journal = journal or JournalPlay(plan)
        self.title = title_html(kind, plan.title)
        self.story = W.HTML(
            PRACTICE_CSS
            + prose_html(plan.story)
            + f"<p><strong>{escape(plan.instructions)}</strong></p>"
        )
        self.boxes: dict[str, W.Textarea] = {}
        parts: list[W.Widget] = []
        for section in plan.sections:
            # The label names the part and asks its question, above the box.
            box = stacked_box(f"{section.label}: {section.ask}", section.placeholder or "", rows=2)
            self.boxes[section.id] = box
            parts.append(box)
        self.privacy = W.HTML(f"<p><small>{escape(PRIVACY_NOTE)}</small></p>")
        self.feedback_button = button(
            "Show me the feedback", "Compare your plan with the model plan, part by part"
        )
        self.save_button = button(
            "Save to my journal",
            "Keep your practice plan in your private journal (never in the notebook)",
        )
        self.restart_button = button("Start again", "Clear every part and the feedback")
        self.feedback = W.HTML(status())
        self.saved = W.HTML(status())
        self.feedback_button.on_click(lambda _: self._on_feedback())
        self.save_button.on_click(lambda _: self._on_save())
        self.restart_button.on_click(lambda _: self._on_restart())
        self.widget = W.VBox(
            [
                self.title,
                self.story,
                *parts,
                self.privacy,
                W.HBox([self.feedback_button, self.save_button, self.restart_button]),
                self.feedback,
                self.saved,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-safety-plan")

    # Programmatic triggers, as ipywidgets' Button.click(): tests and checks use them.
    def write(self, section_id: str, text: str) -> None:
        self.boxes[section_id].value = text

    def get_feedback(self) -> PlanFeedback:
        self.feedback_button.click()
        assert self._last is not None
        return self._last

    def save(self) -> None:
        self.save_button.click()

    def restart(self) -> None:
        self.restart_button.click()

    _last: PlanFeedback | None = None

    # Event handlers
    def _read_boxes(self) -> None:
        for section_id, box in self.boxes.items():
            self.play.write(section_id, box.value)

    def _on_feedback(self) -> None:
        self._read_boxes()
        self._last = self.play.feedback()
        self.feedback.value = status(self._feedback_html(self._last))
        self.saved.value = status()
        if self.on_change is not None:
            self.on_change(self.play)

    def _on_save(self) -> None:
        self._read_boxes()
        if not any(box.value.strip() for box in self.boxes.values()):
            self.saved.value = save_to_journal(self.journal, "")
            return
        self.saved.value = save_to_journal(self.journal, self.play.journal_text())

    def _on_restart(self) -> None:
        for box in self.boxes.values():
            box.value = ""
        self.play.clear()
        self._last = None
        self.feedback.value = status(
            feedback_html(
                "message",
                "Every part and the feedback are cleared. Start again whenever you like.",
                para=True,
            )
        )
        self.saved.value = status()

    # Rendering
    def _feedback_html(self, result: PlanFeedback) -> str:
        return feedback_html("safety_plan_feedback", result, self.plan)
