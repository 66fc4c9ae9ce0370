"""The live view of the learner's self-assessment: the skills check in their own words.

One group of radio buttons per skill, under its name and what it is (as a quiz question's
options sit under the question): its four levels, in the learner's words, and "Not this
time". Then a text box per prompt, and "Save to my journal". Nothing is kept unless the learner
presses it; then one entry goes to their private journal through the one write path
(:class:`peerkit.practice.JournalPlay`), and every choice and box is emptied, so nothing
stays on the page. Triggers: ``rate``, ``write``, ``save``.
"""

from __future__ import annotations

from html import escape
from types import SimpleNamespace

import ipywidgets as W

from ..content._skills_models import SkillsRubric
from ..journal import Keeper, Message
from ..practice import JournalPlay
from ..practice._self_check import ENTRY_ID, SelfCheckPlay
from ._common import button, status, title_html
from ._journal_tools import say

NOT_THIS_TIME = "Not this time"


class SelfCheckView:
    """Radio buttons for each skill, the prompts, and "Save to my journal"."""

    def __init__(
        self, rubric: SkillsRubric, *, lesson_id: str | None = None, keeper_: Keeper | None = None
    ) -> None:
        self.play = SelfCheckPlay(rubric)
        self.journal = JournalPlay(
            SimpleNamespace(id=ENTRY_ID), lesson_id, keeper_, prompt=self.play.entry_title
        )
        self.title = title_html("Skills check", "my self-assessment")
        intro = W.HTML(f"<p>{escape(rubric.learner_intro)}</p>")
        self.levels: dict[str, W.RadioButtons] = {}
        rows: list[W.Widget] = []
        for item in rubric.items:
            options = [(f"{n} {rubric.label(n)}: {item.self_[n]}", n) for n in (1, 2, 3, 4)]
            options.append((NOT_THIS_TIME, 0))
            radios = W.RadioButtons(options=options, index=None, layout=W.Layout(width="100%"))
            radios.observe(lambda change, i=item.id: self._on_rate(i, change["new"]), "value")
            self.levels[item.id] = radios
            what = f"<p><strong>{escape(item.skill)}.</strong> {escape(item.what_it_is)}</p>"
            rows += [W.HTML(what), radios]
        self.answers: list[W.Textarea] = []
        for index, prompt in enumerate(rubric.self_assessment.prompts):
            box = W.Textarea(
                value="",
                description=prompt,
                placeholder="Only you can read what you save.",
                style={"description_width": "initial"},
                layout=W.Layout(width="100%", height="4rem"),
            )
            box.observe(lambda change, i=index: self.play.answer(i, change["new"]), "value")
            self.answers.append(box)
        self.save_button = button(
            "Save to my journal",
            "Save your ratings and notes to your private journal, and empty the form",
        )
        self.save_button.on_click(lambda _: self._on_save())
        self.feedback = W.HTML(status())
        note = W.HTML(f"<p><em>{escape(rubric.self_assessment.journal)}</em></p>")
        self.widget = W.VBox(
            [
                self.title,
                intro,
                *rows,
                *self.answers,
                note,
                W.HBox([self.save_button]),
                self.feedback,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-self-check")
        self.last: Message | None = None

    # -- triggers (what a learner does) --------------------------------------------------
    def rate(self, item_id: str, level: int | None) -> None:
        """Choose a level (1-4) for a skill, or None for "Not this time"."""
        self.levels[item_id].value = 0 if level is None else level

    def write(self, index: int, text: str) -> None:
        self.answers[index].value = text

    def save(self) -> Message | None:
        self.save_button.click()
        return self.last

    # -- events ------------------------------------------------------------------------
    def _on_rate(self, item_id: str, value: int | None) -> None:
        self.play.rate(item_id, value or None)

    def _on_save(self) -> None:
        if self.play.is_empty:
            message = Message(
                "There is nothing to save yet: choose a level for a skill, or write under a prompt.",
                ok=False,
            )
        else:
            message = self.journal.save(self.play.entry_text())
        if message.ok:
            for radios in self.levels.values():
                radios.value = None
            for box in self.answers:
                box.value = ""
            self.play.clear()
        self.last = message
        self.feedback.value = say(message)
