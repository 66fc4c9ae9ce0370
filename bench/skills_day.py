"""Print the skills day's figures: triads, observer sheets, behaviors, rubric items, the evaluation.

    .venv/bin/python bench/skills_day.py

One line per triad (lesson, minutes as a session plan counts them, crisis or not, the
behaviors on its observer sheet, the skills it is a place to score), then the totals,
the skills check (items, anchors in each edition) and the evaluation (questions by
kind). With the bench extra installed it adds the Flesch-Kincaid grade of what each
file gives a reader (``bench/readability.py``'s own ``grade``), against the course's
target of grade 9. Figures only; nothing is checked here (``peerkit validate`` checks).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerkit.content import load_file  # noqa: E402
from peerkit.content._skills_checks import text_fields  # noqa: E402
from peerkit.content._skills_models import DayEvaluation, SkillsRubric, Triad  # noqa: E402

DATA = ROOT / "data"


def _load(path: Path):
    loaded, problems = load_file(path)
    if loaded is None:
        sys.exit("\n".join(str(p) for p in problems) + "\npeerkit validate lists what to fix.")
    return loaded


def _grader():
    try:
        from bench.readability import grade
    except SystemExit:  # the bench extra is not installed: figures without grades
        return None
    return grade


def _prose(doc) -> str:
    pieces = [text.strip() for _, text in text_fields(doc.data)]
    return "\n".join(p if p[-1:] in ".!?:" else p + "." for p in pieces if p)


def main() -> int:
    grade = _grader()
    triads = [_load(p) for p in sorted((DATA / "triads").glob("*.yaml"))]
    print(f"{'triad':34} {'lesson':>6} {'min':>4} {'crisis':>6} {'behaviors':>9}  skills")
    behaviors = 0
    for loaded in triads:
        triad = loaded.model
        assert isinstance(triad, Triad)
        count = len(triad.observer_sheet.behaviors)
        behaviors += count
        print(
            f"{triad.id:34} {triad.lesson[:2]:>6} {triad.minutes:4d} {'yes' if triad.crisis else '':>6}"
            f" {count:9d}  {', '.join(triad.practices)}"
        )
    crisis = sum(1 for t in triads if t.model.crisis)
    lessons = sorted({t.model.lesson for t in triads})
    print(
        f"{len(triads)} triads ({crisis} crisis) in {len(lessons)} lessons,"
        f" {len(triads)} observer sheets, {behaviors} behaviors,"
        f" {3 * len(triads)} role cards, {sum(t.model.minutes for t in triads)} minutes in all"
    )
    rubric = _load(DATA / "facilitator" / "skills-check.yaml")
    model = rubric.model
    assert isinstance(model, SkillsRubric)
    anchors = sum(len(i.anchors) for i in model.items)
    own = sum(len(i.self_) for i in model.items)
    print(
        f"skills check: {len(model.items)} rubric items, {len(model.levels)} levels,"
        f" {anchors} facilitator anchors, {own} self-assessment anchors,"
        f" {len(model.self_assessment.prompts)} prompts"
    )
    evaluation = _load(DATA / "facilitator" / "evaluation.yaml")
    form = evaluation.model
    assert isinstance(form, DayEvaluation)
    kinds = Counter(q.kind for q in form.questions)
    print(
        f"evaluation: {len(form.questions)} questions"
        f" ({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))})"
    )
    printables = _load(DATA / "facilitator" / "printables.yaml")
    print(f"printables: {len(printables.model.items)}")
    if grade is not None:
        print("Flesch-Kincaid grade of what each file gives a reader (target: 9 or lower)")
        files = [*triads, rubric, evaluation, printables]
        files.append(_load(DATA / "facilitator" / "real-play-rules.yaml"))
        for loaded in files:
            score, words, _ = grade(_prose(loaded.doc))
            print(f"  {Path(loaded.doc.file).name:38} {score:5.1f} {words:6d} words")
        together = "\n".join(_prose(f.doc) for f in files)
        print(f"  {'all of them':38} {grade(together)[0]:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
