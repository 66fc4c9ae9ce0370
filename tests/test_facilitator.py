"""Facilitator material: session plans, answer keys and dated facts, kept out of learner notebooks."""

from __future__ import annotations

import datetime as dt
import json
import re

from markupsafe import escape

import peerkit
from peerkit.api import render_item, row_for
from peerkit.content import Case, Quiz, Sort
from peerkit.content._course import plan_problems, plans, shown_ids
from peerkit.practice import VERDICT_LABELS, list_paths
from peerkit.static._render import case_paths
from tests.conftest import NOTEBOOKS

GUIDE = NOTEBOOKS / "facilitator" / "facilitator-guide.ipynb"
FACILITATOR_CALL = re.compile(r"peerkit\.(session_plan|answer_key|agenda|time_sensitive_facts)\(")


def _lessons(library):
    return [entry for entry in library.curriculum.lessons if entry.kind == "lesson"]


def _learner_notebooks(library):
    return [NOTEBOOKS / f"{entry.id}.ipynb" for entry in _lessons(library)]


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_session_plans_agree_with_the_course(library):
    """Does every session plan name a lesson, add up to its minutes and name only existing exercises?"""
    assert [str(p) for p in plan_problems(library)] == []


def test_every_lesson_has_a_session_plan(library):
    """Has every lesson in curriculum.yaml a session plan in data/facilitator/?"""
    missing = [e.id for e in _lessons(library) if e.id not in plans(library)]
    assert missing == [], (
        f"no session plan for {missing}: write data/facilitator/<lesson>.yaml (copy 01-building-trust.yaml)"
        " and add the lesson's session_plan and answer_key cells to the facilitator guide"
    )


def test_every_exercise_a_lesson_shows_has_a_place_in_its_plan(library):
    """Is every exercise a lesson's notebook shows run in some part of that lesson's session plan?"""
    by_lesson = plans(library)
    for entry in _lessons(library):
        if entry.id not in by_lesson:
            continue
        planned = {item for part in by_lesson[entry.id].model.parts for item in part.items}
        exercises = {i for i in shown_ids(library, entry.id) if row_for(library.items[i]).exercise}
        assert exercises <= planned, (
            f"{entry.id}: not in any part of the plan: {sorted(exercises - planned)}"
        )


PLAN = """\
schema_version: 2
type: session-plan
lesson: {lesson}
minutes: {minutes}
weight: medium
warm_up: {{minutes: 5, how: Hello.}}
parts:
  - id: all
    title: Everything
    minutes: 30
    budget:
      - {{activity: sort, item: {item}, mode: pairs, minutes: 30}}
    how: Run it.
    items: [{item}]
misconceptions:
  - belief: A.
    response: B.
debrief: [Why not]
check_out: {{minutes: 5, how: Bye.}}
"""


def test_plan_problems_name_the_file_the_line_and_the_fix(library, write_yaml):
    """Are a wrong total, an unknown lesson and an unknown exercise each reported at their line?"""
    wrong_total = write_yaml(
        PLAN.format(lesson="01-building-trust", minutes=45, item="trust-sort"), "wrong-total.yaml"
    )
    unknown_lesson = write_yaml(
        PLAN.format(lesson="01-bilding-trust", minutes=40, item="trust-sort"), "unknown-lesson.yaml"
    )
    unknown_item = write_yaml(
        PLAN.format(lesson="00-welcome", minutes=40, item="trust-srot"),
        "unknown-item.yaml",
    )
    found = [
        f"{p.file.rsplit('/', 1)[-1]}:{p.line}: {p.problem} - {p.fix}"
        for p in plan_problems(library, [wrong_total, unknown_lesson, unknown_item])
    ]
    assert sorted(found) == [
        "unknown-item.yaml:14: part 'all' names 'trust-srot', which is not a content item"
        " - did you mean 'trust-sort'?",
        "unknown-lesson.yaml:3: '01-bilding-trust' is not a lesson in curriculum.yaml"
        " - did you mean '01-building-trust'?",
        "wrong-total.yaml:4: the session has 45 minutes but the warm-up, parts and check-out add up"
        " to 40 - make them agree: change 'minutes:' at the top, or the parts' minutes",
    ]


def test_session_plan_shows_clock_times_misconceptions_and_debrief(library):
    """Does the session plan give each part's start time and minutes, the misconceptions and the debrief questions?"""
    plan = plans(library)["01-building-trust"].model
    html = peerkit.session_plan("01-building-trust")._repr_mimebundle_()["text/html"]
    assert f"<td>0:00</td>\n<td>Warm-up</td>\n<td>{plan.warm_up.minutes}</td>" in html
    start = plan.warm_up.minutes
    for part in plan.parts:
        if part.optional:
            assert str(escape(part.if_skipped)) in html
        for line in part.budget:
            assert f"<li>{line.minutes} min: " in html
        assert f"<td>{start // 60}:{start % 60:02d}</td>\n<td>{escape(part.title)}" in html
        assert f"</td>\n<td>{part.minutes}</td>" in html
        start += part.minutes
    assert f"<td>{start // 60}:{start % 60:02d}</td>\n<td>Check-out</td>" in html
    assert start + plan.check_out.minutes == plan.minutes
    for m in plan.misconceptions:
        assert str(escape(m.belief)) in html and str(escape(m.response)) in html
    for question in plan.debrief:
        assert str(escape(question)) in html
    assert "Content notes to give" in html


def test_answer_key_lays_out_every_answer_of_every_exercise(library):
    """Does the answer key hold every case reply with its feedback, every sort answer and every quiz explanation?"""
    for entry in _lessons(library):
        text = _text(peerkit.answer_key(entry.id)._repr_mimebundle_()["text/html"])
        for item_id in shown_ids(library, entry.id):
            item = library.items[item_id]
            wanted: list[str] = []
            if isinstance(item, Case):
                wanted += [c.feedback for n in item.nodes for c in n.choices] + [
                    e.text for e in item.endings
                ]
            elif isinstance(item, Sort):
                wanted += [card.explanation for card in item.cards]
            elif isinstance(item, Quiz):
                wanted += [o.explanation for q in item.questions for o in q.options]
            for answer in getattr(item, "model_answers", []):
                wanted.append(answer.text)
            if item.facilitator:
                wanted += item.facilitator.debrief + (
                    [item.facilitator.notes] if item.facilitator.notes else []
                )
            for piece in wanted:
                assert _text(str(escape(piece))) in text, (
                    f"{entry.id}: {item_id}: missing {piece[:60]!r}"
                )


def test_answer_key_lists_every_path_through_each_case(library):
    """Does the answer key list every loop-free path through each case, with the verdict of each reply and the ending?"""
    case = library.item("cs02-drank-again")
    paths = case_paths(case).rows
    assert len(paths) == len(list_paths(case).paths) > 1
    html = peerkit.answer_key("01-building-trust")._repr_mimebundle_()["text/html"]
    assert f"Every path through {escape('“' + case.title + '”')}: {len(paths)} in all" in html
    for path, (steps, _) in zip(paths, list_paths(case).paths, strict=True):
        assert [r["verdict"] for r in path["replies"]] == [
            VERDICT_LABELS[next(c for c in case.node(s.node).choices if c.id == s.choice).verdict]
            for s in steps
        ]
        assert str(escape(path["ending"])) in html


def test_time_sensitive_facts_were_checked_within_twelve_months(library):
    """Is every time-sensitive fact dated within the last twelve months and not in the future?"""
    from peerkit.content._course import facts

    found = facts(library)
    assert found is not None and {
        "us-988-options",
        "canada-988",
        "part-2-amendments",
        "naps-status",
        "mi-edition",
    } <= {f.id for f in found.facts}
    today = dt.date.today()
    stale = [
        f.id for f in found.facts if not today - dt.timedelta(days=365) <= f.last_checked <= today
    ]
    assert stale == [], f"re-check these facts and update last_checked: {stale}"
    html = peerkit.time_sensitive_facts()._repr_mimebundle_()["text/html"]
    for fact in found.facts:
        assert fact.last_checked.isoformat() in html


# --- facilitator-only content never reaches learners --------------------------------


def test_learner_notebooks_never_call_facilitator_functions(library):
    """Do lesson notebooks stay free of session plans, answer keys, agendas and facilitator editions?"""
    for path in _learner_notebooks(library):
        if not path.is_file():
            continue
        source = "\n".join(
            "".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
        )
        assert not FACILITATOR_CALL.search(source), path.name
        assert '"facilitator"' not in source and "'facilitator'" not in source, path.name


def test_learner_views_leave_out_facilitator_notes_and_debrief_questions(library):
    """Does the learner view of every item contain none of its facilitator notes or debrief questions?"""
    checked = 0
    for item in library.items.values():
        if not item.facilitator:
            continue
        learner = _text(render_item(item, "learner"))
        secret = list(item.facilitator.debrief) + (
            [item.facilitator.notes] if item.facilitator.notes else []
        )
        for text in secret:
            assert _text(str(escape(text))) not in learner, f"{item.id}: {text[:50]!r}"
        assert "For the facilitator" not in learner
        checked += 1
    assert checked >= 4


def test_the_separation_check_would_catch_a_leak(library):
    """Would the check above fail if a learner view did show the debrief (so it can fail)?"""
    item = library.item("cs02-drank-again")
    leaked = _text(render_item(item, "facilitator"))
    assert _text(str(escape(item.facilitator.debrief[0]))) in leaked


def test_guide_is_listed_last_as_a_guide(library):
    """Is the facilitator guide in curriculum.yaml, as kind 'guide', after every lesson?"""
    last = library.curriculum.lessons[-1]
    assert (last.id, last.kind) == ("facilitator-guide", "guide")
    assert GUIDE.is_file()


def test_guide_has_a_plan_and_an_answer_key_for_every_lesson(library):
    """Does the facilitator guide show the session plan and answer key of every lesson, in course order?"""
    source = "\n".join(
        "".join(c["source"]) for c in json.loads(GUIDE.read_text(encoding="utf-8"))["cells"]
    )
    for call in ("session_plan", "answer_key"):
        listed = re.findall(rf'peerkit\.{call}\("([^"]+)"\)', source)
        assert listed == [e.id for e in _lessons(library)], call
