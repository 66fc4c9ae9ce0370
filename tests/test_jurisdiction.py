"""Local rules on reporting and confidentiality: shipped empty, shown as "Not yet localised" until filled in."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import peerkit
from peerkit.content import Jurisdiction, load_library, validate
from peerkit.static import render_local_rules
from tests.conftest import DATA, NOTEBOOKS

NOT_LOCALISED = "Not yet localised: ask your facilitator."

FILLED = """\
schema_version: 1
type: jurisdiction
region_name: Example County
who_must_report: Every member of staff, including peer supporters, under agency policy.
must_report:
  - what: A child who may be being harmed
    to: the county child protection line
    how: Tell the person first, and offer to make the call together.
escalation_chain:
  - Your supervisor
  - The duty manager
confidentiality_agreement: >-
  What you tell me stays with me and my supervisor, unless someone's safety is at
  serious risk <and then I tell you first>.
links:
  - title: The county's reporting guidance
    url: https://www.example.org/reporting
last_reviewed: 2026-01-15
"""


def _data_with(tmp_path, jurisdiction: str | None):
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    if jurisdiction is None:
        (root / "jurisdiction.yaml").unlink()
    else:
        (root / "jurisdiction.yaml").write_text(jurisdiction, encoding="utf-8")
    return root


def test_the_shipped_rules_are_empty(library):
    """Is data/jurisdiction.yaml shipped empty, so no one place's law is presented as everyone's?"""
    rules = library.jurisdiction
    assert isinstance(rules, Jurisdiction)
    assert not rules.localised
    filled = {
        k: v for k, v in rules.model_dump().items() if k not in ("schema_version", "type") and v
    }
    assert filled == {}


def test_empty_rules_say_not_yet_localised():
    """With the shipped file, does local_rules() say "Not yet localised: ask your facilitator." in HTML and plain text?"""
    bundle = peerkit.local_rules()._repr_mimebundle_()
    assert NOT_LOCALISED in bundle["text/plain"]
    assert NOT_LOCALISED in bundle["text/html"]
    assert "data/jurisdiction.yaml" not in bundle["text/html"], "learners see no config paths"
    assert "Who must report" not in bundle["text/html"]
    from peerkit.static import render_local_rules

    assert "data/jurisdiction.yaml" in render_local_rules(None, edition="facilitator")


def test_filled_rules_are_shown(tmp_path, monkeypatch):
    """Once a facilitator fills the file in, are the region, duties, chain, agreement and date shown, escaped?"""
    root = _data_with(tmp_path, FILLED)
    assert validate(root) == []
    monkeypatch.setenv("PEERKIT_DATA", str(root))
    bundle = peerkit.local_rules()._repr_mimebundle_()
    html = bundle["text/html"]
    assert NOT_LOCALISED not in html and NOT_LOCALISED not in bundle["text/plain"]
    assert bundle["text/plain"] == (
        "Local rules on reporting and confidentiality for Example County, last checked 2026-01-15."
    )
    for text in (
        "Example County",
        "Every member of staff, including peer supporters, under agency policy.",
        "A child who may be being harmed: report to the county child protection line.",
        "Tell the person first, and offer to make the call together.",
        "<li>Your supervisor</li><li>The duty manager</li>",
        "&lt;and then I tell you first&gt;",
        'href="https://www.example.org/reporting"',
        "last checked 2026-01-15",
    ):
        assert text in html, text
    assert html.index("Your supervisor") < html.index("The duty manager")


def test_no_rules_file_is_the_same_as_an_empty_one(tmp_path, monkeypatch):
    """If data/jurisdiction.yaml is deleted, does the course still load and say "Not yet localised"?"""
    root = _data_with(tmp_path, None)
    monkeypatch.setenv("PEERKIT_DATA", str(root))
    assert load_library(root).jurisdiction is None
    assert NOT_LOCALISED in peerkit.local_rules()._repr_mimebundle_()["text/plain"]


def test_old_rules_carry_a_warning_to_recheck_them():
    """Are rules last checked over a year ago shown with a warning, and recent ones without it?"""
    rules = Jurisdiction.model_validate(
        {
            "schema_version": 1,
            "type": "jurisdiction",
            "region_name": "Example County",
            "escalation_chain": ["Your supervisor"],
            "last_reviewed": "2025-01-01",
        }
    )
    warning = "last checked more than a year ago"
    assert warning in render_local_rules(rules, today=dt.date(2026, 3, 1))
    assert warning not in render_local_rules(rules, today=dt.date(2025, 6, 1))


def test_filled_rules_need_a_review_date(tmp_path):
    """Is a filled-in file with no last_reviewed date refused, naming the line and the fix?"""
    path = tmp_path / "jurisdiction.yaml"
    path.write_text(
        FILLED.replace("last_reviewed: 2026-01-15\n", "last_reviewed:\n"), encoding="utf-8"
    )
    problems = validate(path)
    assert [(p.line, p.problem) for p in problems] == [
        (18, "these local rules are filled in but have no 'last_reviewed' date")
    ]


def test_a_second_rules_file_is_refused(tmp_path):
    """Would two jurisdiction files in one data folder be reported, instead of one silently winning?"""
    root = _data_with(tmp_path, FILLED)
    (root / "lessons" / "01-building-trust" / "more-rules.yaml").write_text(
        FILLED, encoding="utf-8"
    )
    problems = validate(root)
    assert [p.problem.split(" (")[0] for p in problems] == ["a second 'jurisdiction' file"]


def test_lesson_05_shows_the_local_rules():
    """Does lesson 05 show the local rules panel, in its ethical and legal dilemmas section?"""
    nb = json.loads((NOTEBOOKS / "05-difficult-conversations.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"]]
    at = next(i for i, s in enumerate(sources) if "peerkit.local_rules()" in s)
    heading = next(s for s in reversed(sources[:at]) if s.startswith("## "))
    assert heading.startswith("## 4. Ethical and legal dilemmas")


def test_lesson_07_shows_the_local_rules_where_it_gives_the_law_examples():
    """Does lesson 07 show the local rules panel in its section on the rules where you work?"""
    nb = json.loads(
        (NOTEBOOKS / "07-confidentiality-boundaries-and-records.ipynb").read_text(encoding="utf-8")
    )
    sources = ["".join(c["source"]) for c in nb["cells"]]
    at = next(i for i, s in enumerate(sources) if "peerkit.local_rules()" in s)
    heading = next(s for s in reversed(sources[:at]) if s.startswith("#"))
    assert heading.startswith("### The rules where you work")
    assert "None of them is the rule for everyone." in heading


# --- the worked, fictional example -------------------------------------------------------

EXAMPLE = DATA / "examples" / "jurisdiction-fictional.yaml"


def test_the_fictional_example_is_valid_filled_in_and_marked_as_an_example(library):
    """Is data/examples/jurisdiction-fictional.yaml a complete, dated jurisdiction marked example: true?"""
    example = library.jurisdiction_example
    assert isinstance(example, Jurisdiction) and example.example and example.localised
    assert example.last_reviewed is not None and example.must_report and example.escalation_chain
    assert all(link.url.startswith("https://www.example.org/") for link in example.links)
    assert "fictional" in example.region_name


def test_the_fictional_example_is_never_the_course_s_rules(library):
    """Do lessons still say 'Not yet localised' with the example shipped beside the empty rules file?"""
    assert library.jurisdiction is not None and not library.jurisdiction.example
    assert not library.jurisdiction.localised
    assert NOT_LOCALISED in peerkit.local_rules()._repr_mimebundle_()["text/plain"]


def test_the_example_s_made_up_places_are_the_ones_validate_looks_for():
    """Does the example still name each place the copied-rules check refuses (so the two stay in step)?"""
    from peerkit.content._workshop_checks import EXAMPLE_PLACES

    text = EXAMPLE.read_text(encoding="utf-8")
    for place in EXAMPLE_PLACES:
        assert place in text, place


def test_rules_copied_from_the_example_without_its_flag_are_refused(tmp_path):
    """Is the example, flag removed and saved as data/jurisdiction.yaml, still refused (it names Lowmoor)?"""
    copied = EXAMPLE.read_text(encoding="utf-8").replace("example: true\n", "")
    root = _data_with(tmp_path, copied)
    problems = validate(root)
    assert [(Path(p.file).name, p.problem) for p in problems] == [
        (
            "jurisdiction.yaml",
            "these rules still name Lowmoor, a made-up place of the fictional example",
        )
    ]
