"""The live view of an agreement builder: stock widgets over an :class:`AgreementPlay`."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import AgreementBuilder, ContentError, load_library
from ..practice import FILE_ORDER, AgreementPlay, JournalPlay, Order, PartResult, Script
from ..static import feedback_html
from ._common import button, status, title_html
from ._practice import PRACTICE_CSS, prose_html, save_to_journal, stacked_box
from ._written import PRIVACY_NOTE, crisis_html

NOT_LOCALISED = "Not yet localised: ask your facilitator."


def agency_wording() -> str | None:
    """The agency's own confidentiality wording, when a facilitator has filled it in."""
    try:
        rules = load_library().jurisdiction
    except (ContentError, OSError):
        return None
    return rules.confidentiality_agreement if rules is not None else None


class AgreementView:
    """Each part of the words about privacy: pick a sentence or write your own; then the script.

    Keyboard: Tab reaches each part's choices (arrow keys pick one) and its box, then the
    buttons. A pick shows its feedback at once in the part's role="status" region; own words
    are read when the box is left or the words are put together.
    """

    def __init__(
        self,
        item: AgreementBuilder,
        play: AgreementPlay | None = None,
        on_change: Callable[[AgreementPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ):
        self.item = item
        self.play = play or AgreementPlay(item)
        self.on_change = on_change
        self.journal = journal or JournalPlay(item)
        self.title = title_html(kind, item.title)
        self.intro = W.HTML(PRACTICE_CSS + prose_html(item.instructions))
        self.choices: dict[str, W.RadioButtons] = {}
        self.boxes: dict[str, W.Textarea] = {}
        self.part_feedback: dict[str, W.HTML] = {}
        parts: list[W.Widget] = []
        for part in item.parts:
            arranged = order.arrange(f"agreement/{item.id}/{part.id}", part.options)
            options = [(o.text, o.id) for o in arranged]
            radio = W.RadioButtons(
                options=options,
                value=None,
                description="",
                layout=W.Layout(width="100%"),
            )
            box = stacked_box(part.own_words_prompt, rows=2)
            feedback = W.HTML(status())
            radio.observe(lambda change, p=part.id: self._on_pick(p, change), names="value")
            box.observe(lambda change, p=part.id: self._on_own(p, change), names="value")
            self.choices[part.id], self.boxes[part.id] = radio, box
            self.part_feedback[part.id] = feedback
            heading = W.HTML(
                f"<h4>{escape(part.heading)}</h4><p><strong>{escape(part.question)}</strong></p>"
            )
            parts.append(W.VBox([heading, radio, box, feedback]))
        self.privacy = W.HTML(f"<p><small>{escape(PRIVACY_NOTE)}</small></p>")
        self.build_button = button("Put my words together", "See your words as one script")
        self.save_button = button(
            "Save to my journal", "Keep your words in your private journal (never in the notebook)"
        )
        self.restart_button = button("Start again", "Clear every part and the script")
        self.feedback = W.HTML(status())
        self.answers = W.HTML()
        self.saved = W.HTML(status())
        self.build_button.on_click(lambda _: self._on_build())
        self.save_button.on_click(lambda _: self._on_save())
        self.restart_button.on_click(lambda _: self._on_restart())
        self.widget = W.VBox(
            [
                self.title,
                self.intro,
                *parts,
                self.privacy,
                W.HBox([self.build_button, self.save_button, self.restart_button]),
                self.feedback,
                self.answers,
                self.saved,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-agreement")

    # Programmatic triggers, as ipywidgets' Button.click(): tests and checks use them.
    def pick(self, part_id: str, option_id: str) -> PartResult:
        self.choices[part_id].value = option_id
        return self.play.result(part_id)

    def write(self, part_id: str, text: str) -> PartResult:
        self.boxes[part_id].value = text
        return self.play.result(part_id)

    def build(self) -> Script:
        self.build_button.click()
        return self._script

    def save(self) -> None:
        self.save_button.click()

    def restart(self) -> None:
        self.restart_button.click()

    _script: Script

    # Event handlers
    def _on_pick(self, part_id: str, change) -> None:
        if change["new"] is None:
            return
        self.boxes[part_id].value = ""
        self._show_part(self.play.pick(part_id, change["new"]))

    def _on_own(self, part_id: str, change) -> None:
        text = change["new"]
        result = self.play.write(part_id, text)
        if text.strip():
            self.choices[part_id].value = None
        self._show_part(result)

    def _on_build(self) -> None:
        for part_id, box in self.boxes.items():
            if box.value.strip():
                self._show_part(self.play.write(part_id, box.value))
        self._script = self.play.build()
        crisis = [p for p in self._script.parts if p.crisis]
        if crisis:
            self.feedback.value = status(crisis_html(_CRISIS))
            self.answers.value = ""
        else:
            self.feedback.value = status(self._script_html(self._script))
            self.answers.value = self._answers_html()
        if self.on_change is not None:
            self.on_change(self.play)

    def _on_save(self) -> None:
        for part_id, box in self.boxes.items():
            if box.value.strip():
                self.play.write(part_id, box.value)
        text = self.play.build().text
        self.saved.value = save_to_journal(self.journal, self.play.journal_text() if text else "")

    def _on_restart(self) -> None:
        for part_id in self.choices:
            self.choices[part_id].value = None
            self.boxes[part_id].value = ""
            self.part_feedback[part_id].value = status()
        self.play.clear()
        self.feedback.value = status(
            feedback_html(
                "message", "Every part is cleared. Start again whenever you like.", para=True
            )
        )
        self.answers.value = ""
        self.saved.value = status()

    # Rendering
    def _show_part(self, result: PartResult) -> None:
        widget = self.part_feedback[result.part.id]
        if result.option is None and result.crisis:  # never depends on a template
            widget.value = status(crisis_html(_CRISIS))
        else:
            widget.value = status(feedback_html("agreement_part", result))

    def _script_html(self, script: Script) -> str:
        return feedback_html("agreement_script", script, self.item)

    def _answers_html(self) -> str:
        return feedback_html("agreement_answers", self.item, agency_wording(), NOT_LOCALISED)


_CRISIS = (
    "Before anything else: what you wrote sounds as if you may be going through something very"
    " hard yourself right now."
)
