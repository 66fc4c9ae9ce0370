"""The learner edition on paper: a worksheet, with every answer collected in an appendix.

On screen, each answer of a learner handout is folded away in a ``<details>`` right
under its question, to be opened once the reader has decided. On paper a folded answer
cannot be unfolded, and printing it open turns the handout into an answer sheet. So the
learner edition also carries an "Answers" appendix, built here from those same
``<details>``: printing hides the folded answers under the questions and prints the
appendix at the end instead (``handout.css``). The appendix is not shown on screen.

Each answer is labelled by where it belongs, as the worksheet numbers it: the exercise's
title, then "Step 2, reply B" (a case), "Question 1, option c" (a quiz), "Card 4" (a
sort), or the fold's own name ("Model answers"). The facilitator edition keeps its
answers open in place and has no appendix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

LISTS = {
    "pk-questions": ("Question", "number"),
    "pk-options": ("option", "lower"),
    "pk-choices": ("reply", "upper"),
    "pk-cards": ("Card", "number"),
}
"""The numbered lists of the static views: how their items are named, and how they are numbered."""

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_ID_ATTRIBUTE = re.compile(r'\s+id="[^"]*"')


@dataclass
class Answer:
    label: str
    html: str


@dataclass
class Exercise:
    title: str
    anchor: str
    answers: list[Answer] = field(default_factory=list)


def _marker(number: int, style: str) -> str:
    if style == "number":
        return str(number)
    letters = "abcdefghijklmnopqrstuvwxyz"
    letter = letters[(number - 1) % 26]
    return letter.upper() if style == "upper" else letter


@dataclass
class _Open:
    tag: str
    classes: tuple[str, ...]
    counter: int = 0
    label: str = ""


class _Collector(HTMLParser):
    """Finds every ``<details>`` in a handout body, with where it sits and what it holds."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html = html
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
        self.stack: list[_Open] = []
        self.exercises: list[Exercise] = []
        self._text_target: str | None = None  # "title", "step" or "summary" while reading one
        self._text = ""
        self._details_start: int | None = None
        self._summary = ""
        self._step = ""

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _classes(self, attrs: list[tuple[str, str | None]]) -> tuple[str, ...]:
        return tuple((dict(attrs).get("class") or "").split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = self._classes(attrs)
        if tag == "li" and self.stack and self.stack[-1].tag == "ol":
            self.stack[-1].counter += 1
        if tag == "section" and "pk-item" in classes:
            self.exercises.append(Exercise("", dict(attrs).get("id") or ""))
        if tag == "section" and "pk-step" in classes:
            self._step = ""
        if tag == "h3" and self.exercises and not self.exercises[-1].title:
            self._start_text("title")
        elif tag == "h4" and any("pk-step" in o.classes for o in self.stack):
            self._start_text("step")
        elif tag == "summary" and self._details_start is not None:
            self._start_text("summary")
        if tag == "details":
            self._details_start = self._offset() + len(self.get_starttag_text() or "")
            self._summary = ""
        if tag not in _VOID:
            self.stack.append(_Open(tag, classes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        return  # self-closing tags change nothing here

    def _start_text(self, target: str) -> None:
        self._text_target, self._text = target, ""

    def handle_data(self, data: str) -> None:
        if self._text_target:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        text = " ".join(self._text.split())
        if tag == "h3" and self._text_target == "title":
            self.exercises[-1].title = text
            self._text_target = None
        elif tag == "h4" and self._text_target == "step":
            self._step = re.sub(r"\s*\(start\)$", "", text)
            self._text_target = None
        elif tag == "summary" and self._text_target == "summary":
            self._summary = text
            self._text_target = None
            self._details_start = self._offset() + len("</summary>")
        elif tag == "details" and self._details_start is not None:
            inner = self.html[self._details_start : self._offset()].strip()
            if self.exercises:
                self.exercises[-1].answers.append(Answer(self._label(), inner))
            self._details_start = None
        while self.stack:  # close up to the matching tag (tolerates unclosed <p> and <li>)
            if self.stack.pop().tag == tag:
                break

    def _label(self) -> str:
        parts = []
        if self._step and any("pk-step" in o.classes for o in self.stack):
            parts.append(self._step)
        for opened in self.stack:
            for css_class, (name, style) in LISTS.items():
                if opened.tag == "ol" and css_class in opened.classes and opened.counter:
                    parts.append(f"{name} {_marker(opened.counter, style)}")
        if not parts:
            return self._summary or "Answer"
        label = ", ".join(parts)
        return label[0].upper() + label[1:]


def collect_answers(body: str) -> list[Exercise]:
    """Every exercise in a handout body that has folded answers, with those answers, in order."""
    collector = _Collector(body)
    collector.feed(body)
    collector.close()
    return [exercise for exercise in collector.exercises if exercise.answers]


def answers_appendix(body: str) -> str:
    """The "Answers" appendix of a learner handout ('' when the page has no folded answers)."""
    exercises = collect_answers(body)
    if not exercises:
        return ""
    parts = [
        '<section class="pk-answers" aria-labelledby="pk-answers-title">',
        '<h2 id="pk-answers-title">Answers</h2>',
        "<p>The feedback for every exercise in this lesson, in the order of the exercises. Decide"
        " on your own answer first, then look it up here.</p>",
    ]
    for exercise in exercises:
        target = (
            f' <a href="#{escape(exercise.anchor)}">(back to it)</a>' if exercise.anchor else ""
        )
        parts.append('<section class="pk-answers-item">')
        parts.append(f"<h3>{escape(exercise.title or 'Exercise')}{target}</h3>")
        parts.append("<dl>")
        for answer in exercise.answers:
            parts.append(f"<dt>{escape(answer.label)}</dt>")
            parts.append(f"<dd>{_ID_ATTRIBUTE.sub('', answer.html)}</dd>")
        parts.append("</dl>\n</section>")
    parts.append("</section>")
    return "\n".join(parts)


def css_string(text: str) -> str:
    """``text`` as a CSS string in double quotes, safe inside a ``<style>`` element."""
    safe = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + safe.replace("<", "\\3C ").replace(">", "\\3E ") + '"'
