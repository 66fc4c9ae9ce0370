"""One row per content type: everything peerkit knows about a type, in one place.

A content type (what a file says in ``type:``) is wired by five things: its model
(:mod:`peerkit.content`), its play (the pure state of doing it, :mod:`peerkit.practice`),
its view (stock widgets over the play, :mod:`peerkit.widgets`), its template (one file
of Jinja macros in ``peerkit/static/templates``) and its row here. Everything else
is derived from the rows: which types are exercises and which only show themselves,
what counts as progress, the names in titles and answer keys, the static view, the
stand-in before a lesson runs and the answer keys. ``tests/test_registry.py`` checks
that every row is complete.

A type's template is a set of macros: ``view(item, edition, kind)`` lays out the whole
item (handouts, saved notebooks, print); ``summary(item, kind, start)`` is its title and
instructions, which stand in for it until a lesson runs; ``key(item)`` is its short
answer (exercises only); ``answer(item, kind)`` is its entry in a full answer key (by
default its facilitator view).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..content import (
    AgreementBuilder,
    Case,
    Disclosure,
    Figure,
    Item,
    Journal,
    Note,
    Quiz,
    Rewrite,
    SafetyPlan,
    SayAloud,
    Sort,
)
from ..practice import (
    FILE_ORDER,
    AgreementPlay,
    CasePlay,
    DisclosurePlay,
    JournalPlay,
    Order,
    QuizPlay,
    RewritePlay,
    SafetyPlanPlay,
    SayAloudPlay,
    SortPlay,
)
from ..static import Edition, macro, render_macro
from ..widgets import (
    AgreementView,
    CaseView,
    DisclosureView,
    JournalView,
    QuizView,
    RewriteView,
    SafetyPlanView,
    SayAloudView,
    SortView,
    StaticView,
)
from . import _view_checks


@dataclass(frozen=True)
class ContentType:
    """Everything about one content type."""

    type: str
    """The ``type:`` a content file gives."""
    model: type[Item]
    """The pydantic model of its files."""
    kind_name: str
    """What the course calls it, in titles and answer keys ("Case study")."""
    template: str
    """Its file of macros in peerkit/static/templates (see the module's docstring)."""
    play: type | None = None
    """The pure state of doing it; None for content that only shows itself (a note)."""
    view: type | None = None
    """Its live view (stock widgets over the play); None: the live view is its static HTML."""
    progress: bool = False
    """Its play's state is saved, reopens where the learner left it and counts as progress:
    the play then says when a saved state is finished (``is_finished``) and what to say
    on reopening (``resume_line``)."""
    check: Callable[[Item, Callable[..., Any]], int] | None = None
    """Walks a fresh view of an item through its play as a learner would, and raises when it
    does not behave as the content says (the tests run it on every item)."""

    @property
    def exercise(self) -> bool:
        """Something a learner does (and an answer key covers), not only reads."""
        return self.play is not None

    # -- static HTML ----------------------------------------------------------------
    def render(self, item: Item, edition: Edition = "learner") -> str:
        """The static view of ``item`` in ``edition``."""
        return render_macro(self.template, "view", item, edition, self.kind_name)

    def summary(self, item: Item, start: str = "") -> str:
        """What stands in for ``item`` until the lesson runs (``start`` says how to start it)."""
        return render_macro(self.template, "summary", item, self.kind_name, start)

    def key(self, item: Item) -> str:
        """The short answer to ``item`` (for a printed answer key)."""
        return render_macro(self.template, "key", item)

    def answer(self, item: Item) -> str:
        """``item``'s entry in a facilitator's full answer key."""
        if macro(self.template, "answer") is None:
            return self.render(item, "facilitator")
        return render_macro(self.template, "answer", item, self.kind_name)

    # -- the live view ----------------------------------------------------------------
    def new_view(
        self,
        item: Item,
        *,
        play: Any = None,
        on_change: Callable[[Any], None] | None = None,
        order: Order = FILE_ORDER,
        journal: JournalPlay | None = None,
    ) -> Any:
        """A fresh live view of ``item`` (optionally over saved state, in a learner's order,
        saving to the journal through ``journal``)."""
        if self.view is None:
            return StaticView(self.render(item))
        return self.view(
            item, play=play, on_change=on_change, order=order, kind=self.kind_name, journal=journal
        )


ROWS: tuple[ContentType, ...] = (
    ContentType(
        "case",
        Case,
        "Case study",
        "case.html.j2",
        play=CasePlay,
        view=CaseView,
        progress=True,
        check=_view_checks.check_case,
    ),
    ContentType(
        "sort",
        Sort,
        "Sorting exercise",
        "sort.html.j2",
        play=SortPlay,
        view=SortView,
        progress=True,
        check=_view_checks.check_sort,
    ),
    ContentType(
        "quiz",
        Quiz,
        "Quiz",
        "quiz.html.j2",
        play=QuizPlay,
        view=QuizView,
        progress=True,
        check=_view_checks.check_quiz,
    ),
    ContentType(
        "rewrite",
        Rewrite,
        "Rewrite the response",
        "rewrite.html.j2",
        play=RewritePlay,
        view=RewriteView,
        check=_view_checks.check_rewrite,
    ),
    ContentType(
        "disclosure",
        Disclosure,
        "Self-disclosure check",
        "disclosure.html.j2",
        play=DisclosurePlay,
        view=DisclosureView,
        check=_view_checks.check_disclosure,
    ),
    ContentType(
        "journal",
        Journal,
        "Journal",
        "journal.html.j2",
        play=JournalPlay,
        view=JournalView,
        check=_view_checks.check_journal,
    ),
    ContentType(
        "safety-plan",
        SafetyPlan,
        "Safety plan practice",
        "safety-plan.html.j2",
        play=SafetyPlanPlay,
        view=SafetyPlanView,
        check=_view_checks.check_safety_plan,
    ),
    ContentType(
        "say-aloud",
        SayAloud,
        "Say it out loud",
        "say-aloud.html.j2",
        play=SayAloudPlay,
        view=SayAloudView,
        check=_view_checks.check_say_aloud,
    ),
    ContentType(
        "agreement-builder",
        AgreementBuilder,
        "Build your words",
        "agreement-builder.html.j2",
        play=AgreementPlay,
        view=AgreementView,
        check=_view_checks.check_agreement,
    ),
    ContentType("note", Note, "Note", "note.html.j2"),
    ContentType("figure", Figure, "Figure", "figure.html.j2", check=_view_checks.check_figure),
)

REGISTRY: dict[str, ContentType] = {row.type: row for row in ROWS}
"""Every content type, by the ``type`` written in its files."""


def row_for(item: Item) -> ContentType:
    """The row of ``item``'s type."""
    return REGISTRY[item.type]


def render_item(item: Item, edition: Edition = "learner") -> str:
    """The static HTML of one content item."""
    return row_for(item).render(item, edition)


def new_view(item: Item, **options: Any) -> Any:
    """A fresh live view of ``item`` (see :meth:`ContentType.new_view` for the options)."""
    return row_for(item).new_view(item, **options)


def exercises(items: list[Item]) -> list[Item]:
    """The items a learner does (not only reads), in the same order."""
    return [item for item in items if row_for(item).exercise]


__all__ = [
    "REGISTRY",
    "ROWS",
    "ContentType",
    "exercises",
    "new_view",
    "render_item",
    "row_for",
]
