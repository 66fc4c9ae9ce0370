"""peerkit's public surface is exactly what __all__ says, and each __all__ is curated.

Every subpackage has an ``__all__``; every name in it resolves and is public (no leading
underscore); every public name a package defines is in it; and each ``__all__`` equals
the list pinned below, so a change to what a package exports is a deliberate one.
"""

import importlib
import types
from pathlib import Path

import pytest

import peerkit


def test_all_lists_exactly_the_public_names():
    """Is every public name in peerkit listed in __all__, and every listed name present?"""
    public = {
        name
        for name, value in vars(peerkit).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert sorted(public | {"__version__"}) == sorted(peerkit.__all__)


SUBPACKAGES = [
    "api",
    "cli",
    "coach",
    "content",
    "handouts",
    "journal",
    "practice",
    "static",
    "widgets",
]


PINNED: dict[str, tuple[str, ...]] = {
    "peerkit": (
        "ContentError",
        "Problem",
        "__version__",
        "adaptations",
        "agenda",
        "answer_key",
        "crisis_checks",
        "crisis_resources",
        "day_evaluation",
        "facilitator_pack",
        "guide_section",
        "journal_tools",
        "lesson",
        "load_library",
        "local_rules",
        "local_rules_example",
        "printables",
        "progress",
        "references",
        "region_picker",
        "self_assessment",
        "session_plan",
        "show",
        "skills_check",
        "time_sensitive_facts",
        "triad",
        "validate",
    ),
    "peerkit.api": (
        "Block",
        "ContentType",
        "FACILITATOR_FUNCTIONS",
        "FUNCTIONS",
        "NotebookFunction",
        "Notice",
        "REGISTRY",
        "ROWS",
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
    ),
    "peerkit.cli": (
        "DEBUG_ENV",
        "build_parser",
        "main",
    ),
    "peerkit.coach": (
        "Analysis",
        "Finding",
        "HARMFUL",
        "LABELS",
        "MEASURED",
        "Measured",
        "Note",
        "Principle",
        "SKILLS",
        "THRESHOLDS",
        "TONE_HEADINGS",
        "analyze",
        "crisis_signs",
        "feedback",
    ),
    "peerkit.content": (
        "AgreementBuilder",
        "Bin",
        "Card",
        "Case",
        "Choice",
        "ContentError",
        "CopyCheck",
        "CrisisResources",
        "Curriculum",
        "DATA_ENV",
        "DOCUMENT_TYPES",
        "Disclosure",
        "Ending",
        "Figure",
        "ITEM_TYPES",
        "Item",
        "Journal",
        "Jurisdiction",
        "LessonEntry",
        "Library",
        "Link",
        "LoadedFile",
        "ModelAnswer",
        "Node",
        "Note",
        "Option",
        "Problem",
        "Question",
        "Quiz",
        "Reference",
        "References",
        "Region",
        "ReportRule",
        "Rewrite",
        "RubricPoint",
        "SCHEMA_VERSION",
        "SafetyPlan",
        "SayAloud",
        "Service",
        "Settings",
        "Sort",
        "SourceItems",
        "check_content",
        "content_files_count",
        "find_data_dir",
        "load_file",
        "load_library",
        "validate",
    ),
    "peerkit.handouts": (
        "BuildResult",
        "EDITIONS",
        "HandoutError",
        "HandoutExporter",
        "build",
        "render_notebook",
        "resolve_region",
    ),
    "peerkit.journal": (
        "Entry",
        "HOME_ENV",
        "Hosting",
        "JournalDesk",
        "Keeper",
        "Message",
        "ProgressRecord",
        "SALT_KEY",
        "SCHEMA_VERSION",
        "Store",
        "StoreProblem",
        "cli_delete",
        "cli_delete_entry",
        "cli_export",
        "cli_list",
        "cli_where",
        "default_export_path",
        "default_path",
        "describe_entry",
        "export_refusal",
        "fallback_salt",
        "hosting",
        "hosting_note",
        "keeper",
        "learner_salt",
        "lesson_name",
        "new_salt",
        "saved_salt",
        "with_salt",
    ),
    "peerkit.practice": (
        "AgreementPlay",
        "CHECKS",
        "CardResult",
        "CasePlay",
        "CheckInfo",
        "CheckResult",
        "DisclosureFeedback",
        "DisclosurePlay",
        "FILE_ORDER",
        "FeedbackItem",
        "JournalPlay",
        "NO_LESSON",
        "OUTCOME_LABELS",
        "OptionResult",
        "Order",
        "Outcome",
        "PartResult",
        "PathList",
        "PlanFeedback",
        "PlayError",
        "Principle",
        "QuestionResult",
        "QuizPlay",
        "Rating",
        "RewriteFeedback",
        "RewritePlay",
        "STATUS_LABELS",
        "SafetyPlanPlay",
        "SayAloudPlay",
        "Script",
        "SectionFeedback",
        "SelfRating",
        "SortPlay",
        "SortResult",
        "Step",
        "StepFeedback",
        "TONE_HEADINGS",
        "VERDICT_LABELS",
        "count_paths",
        "covering_walks",
        "list_paths",
    ),
    "peerkit.static": (
        "FEEDBACK_TEMPLATE",
        "Edition",
        "environment",
        "feedback_html",
        "macro",
        "render_crisis",
        "render_lesson",
        "render_local_rules",
        "render_macro",
        "render_references",
        "stylesheet",
        "with_style",
    ),
    "peerkit.widgets": (
        "AgreementView",
        "CaseView",
        "DisclosureView",
        "JournalPanel",
        "JournalToolsView",
        "JournalView",
        "QuizView",
        "RewriteView",
        "SafetyPlanView",
        "SayAloudView",
        "SortView",
        "StaticView",
    ),
}
"""Each package's __all__, pinned: a change to what a package exports is made here too, on purpose."""


def export_problems(package: types.ModuleType, pinned: tuple[str, ...]) -> list[str]:
    """What is wrong with a package's ``__all__``: missing, a private or unresolved name, a
    name listed twice, or a difference from the pinned list."""
    listed = getattr(package, "__all__", None)
    if listed is None:
        return ["has no __all__"]
    problems = [
        f"exports the private name {n!r}"
        for n in listed
        if n.startswith("_") and not (n.startswith("__") and n.endswith("__"))
    ]
    problems += [f"lists {n!r} twice" for n in sorted(set(listed)) if list(listed).count(n) > 1]
    problems += [f"lists {n!r}, which does not resolve" for n in listed if not hasattr(package, n)]
    problems += [f"exports {n!r}, which is not pinned" for n in sorted(set(listed) - set(pinned))]
    problems += [f"no longer exports the pinned {n!r}" for n in sorted(set(pinned) - set(listed))]
    return problems


def test_every_subpackage_is_checked():
    """Is every subpackage of peerkit (a folder with an __init__.py) in the lists above?"""
    root = Path(peerkit.__file__).parent
    found = sorted(p.parent.name for p in root.glob("*/__init__.py"))
    assert found == SUBPACKAGES
    assert sorted(PINNED) == ["peerkit", *(f"peerkit.{n}" for n in SUBPACKAGES)]


@pytest.mark.parametrize("name", sorted(PINNED))
def test_each_all_is_public_resolves_and_is_the_pinned_list(name):
    """Are the names a package exports public, there, listed once, and the ones pinned here?"""
    assert export_problems(importlib.import_module(name), PINNED[name]) == []


def test_the_export_check_can_fail():
    """Would a missing __all__, a private, unresolved or doubled name, and a change from the
    pinned list each be named?"""
    bare = types.ModuleType("bare")
    assert export_problems(bare, ()) == ["has no __all__"]
    package = types.ModuleType("package")
    package.shown = package._helper = package.new = 1
    package.__all__ = ["shown", "_helper", "gone", "shown", "new"]
    assert export_problems(package, ("shown", "_helper", "gone", "dropped")) == [
        "exports the private name '_helper'",
        "lists 'shown' twice",
        "lists 'gone', which does not resolve",
        "exports 'new', which is not pinned",
        "no longer exports the pinned 'dropped'",
    ]


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_each_subpackage_exports_exactly_its_all(name):
    """Does every subpackage list in __all__ each public name it defines or re-exports from
    peerkit (not helpers it imports from elsewhere), and does every listed name resolve?"""
    package = importlib.import_module(f"peerkit.{name}")
    listed = set(package.__all__)
    for listed_name in listed:
        getattr(package, listed_name)  # a lazily loaded name loads
    public = {
        key
        for key, value in vars(package).items()
        if not key.startswith("_")
        and not isinstance(value, types.ModuleType)
        and str(getattr(value, "__module__", "peerkit")).startswith("peerkit")
    }
    assert sorted(public - listed) == []
