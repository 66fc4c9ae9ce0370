"""The live view of a journal prompt: a text box, Save, and the journal tools."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as W

from ..content import Journal
from ..content._teaching import teaching_text
from ..content._teaching_models import JournalTexts
from ..journal import JournalDesk, Message
from ..practice import FILE_ORDER, JournalPlay, Order
from ._common import button, paragraphs, status, title_html
from ._journal_tools import JournalToolsView, lesson_titles, say


class JournalView:
    """A reflection prompt: a text box, Save, and the journal tools.

    Saving puts the entry in the learner's private journal and empties the box;
    the confirmation never repeats what they wrote. Triggers: ``write``, ``save``.
    """

    def __init__(
        self,
        item: Journal,
        play: JournalPlay | None = None,
        on_change: Callable[[JournalPlay], None] | None = None,
        order: Order = FILE_ORDER,
        *,
        kind: str,
        journal: JournalPlay | None = None,
    ) -> None:
        self.play = play or journal or JournalPlay(item)
        self.on_change = on_change
        self.title = title_html(kind, item.title)
        body = f"<p><strong>{escape(item.prompt)}</strong></p>"
        if item.guidance:
            body += paragraphs(item.guidance)
        body += f"<p><em>{escape(teaching_text(JournalTexts).journal_reminder)}</em></p>"
        self.prompt = W.HTML(body)
        self.text = W.Textarea(
            value="",
            placeholder="Write here. Only you can read what you save.",
            description="Your entry:",
            style={"description_width": "initial"},
            layout=W.Layout(width="100%", height="9rem"),
        )
        self.save_button = button(
            "Save to my journal", "Save what you wrote to your private journal and empty the box"
        )
        self.save_button.on_click(lambda _: self._on_save())
        self.feedback = W.HTML(status())
        self.tools = JournalToolsView(JournalDesk(self.play.keeper, titles=lesson_titles))
        self.widget = W.VBox(
            [
                self.title,
                self.prompt,
                self.text,
                W.HBox([self.save_button]),
                self.feedback,
                self.tools.widget,
            ]
        )
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-journal")
        self.last: Message | None = None

    def write(self, text: str) -> None:
        self.text.value = text

    def save(self) -> Message | None:
        self.save_button.click()
        return self.last

    def _on_save(self) -> None:
        message = self.play.save(self.text.value)
        if message.ok:
            self.text.value = ""
        self.last = message
        self.feedback.value = say(message)
        if self.on_change is not None:
            self.on_change(self.play)
