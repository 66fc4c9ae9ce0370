"""The notebook API: what lesson notebooks call, and the registry of content types behind it.

Each function returns a :class:`Block`: an object that shows itself as a live widget in a
running kernel and as static HTML for a render context (an edition and a mode: JupyterLab,
the app or a handout). Handouts and the cells written into notebooks call the same
functions through :func:`render_call`, with a context of their own.
"""

from ._blocks import Block, Notice, StaticBlock
from ._calls import NotebookFunction, call_block
from ._calls import render_call as _render_call
from ._context import RenderContext, current, live_context, reset_live_context, using
from ._crisis_blocks import crisis_checks, crisis_resources, region_picker
from ._guide import agenda, answer_key, session_plan, time_sensitive_facts
from ._items import lesson, local_rules, references, show
from ._journal_panels import journal_tools, progress
from ._registry import REGISTRY, ROWS, ContentType, exercises, new_view, render_item, row_for
from ._skills_day import (
    day_evaluation,
    facilitator_pack,
    printables,
    self_assessment,
    skills_check,
    triad,
)
from ._workshop import adaptations, guide_section, local_rules_example

FUNCTIONS: dict[str, NotebookFunction] = {
    "lesson": NotebookFunction(lesson),
    "show": NotebookFunction(show),
    "crisis_resources": NotebookFunction(crisis_resources),
    "local_rules": NotebookFunction(local_rules),
    "references": NotebookFunction(references),
    "region_picker": NotebookFunction(region_picker),
    "journal_tools": NotebookFunction(journal_tools),
    "progress": NotebookFunction(progress),
    "agenda": NotebookFunction(agenda, facilitator_only=True),
    "session_plan": NotebookFunction(session_plan, facilitator_only=True),
    "answer_key": NotebookFunction(answer_key, facilitator_only=True),
    "time_sensitive_facts": NotebookFunction(time_sensitive_facts, facilitator_only=True),
    "crisis_checks": NotebookFunction(crisis_checks, facilitator_only=True),
    "guide_section": NotebookFunction(guide_section, facilitator_only=True),
    "adaptations": NotebookFunction(adaptations, facilitator_only=True),
    "local_rules_example": NotebookFunction(local_rules_example, facilitator_only=True),
}
"""Every function a notebook may call, by its name after ``peerkit.``."""

FUNCTIONS.update(  # the skills day (issue 18): the learner's self-assessment, the facilitator's sheets
    {
        "self_assessment": NotebookFunction(self_assessment),
        "triad": NotebookFunction(triad, facilitator_only=True),
        "skills_check": NotebookFunction(skills_check, facilitator_only=True),
        "day_evaluation": NotebookFunction(day_evaluation, facilitator_only=True),
        "printables": NotebookFunction(printables, facilitator_only=True),
        "facilitator_pack": NotebookFunction(facilitator_pack, facilitator_only=True),
    }
)

FACILITATOR_FUNCTIONS = frozenset(name for name, f in FUNCTIONS.items() if f.facilitator_only)
"""Functions only the facilitator guide calls; a lesson notebook never does."""


def render_call(ctx: RenderContext, call) -> str:
    """The static HTML of one notebook call in ``ctx`` ('' when it shows nothing there)."""
    return _render_call(ctx, call, FUNCTIONS)


__all__ = [
    "FACILITATOR_FUNCTIONS",
    "FUNCTIONS",
    "REGISTRY",
    "ROWS",
    "Block",
    "ContentType",
    "NotebookFunction",
    "Notice",
    "RenderContext",
    "StaticBlock",
    "adaptations",
    "agenda",
    "answer_key",
    "call_block",
    "crisis_checks",
    "crisis_resources",
    "current",
    "day_evaluation",
    "exercises",
    "facilitator_pack",
    "guide_section",
    "journal_tools",
    "lesson",
    "live_context",
    "local_rules",
    "local_rules_example",
    "new_view",
    "printables",
    "progress",
    "references",
    "region_picker",
    "render_call",
    "render_item",
    "reset_live_context",
    "row_for",
    "self_assessment",
    "session_plan",
    "show",
    "skills_check",
    "time_sensitive_facts",
    "triad",
    "using",
]
