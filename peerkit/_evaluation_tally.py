"""Summing up the day's evaluation forms: the tally sheet's arithmetic, as plain Python.

A facilitator types the ticked boxes of each form into a spreadsheet, one row per form and
one column per question (the column names are the question ids of
``data/facilitator/evaluation.yaml``; ``peerkit evaluation --blank`` writes the empty
sheet), saves it as CSV, and ``peerkit evaluation FILE.csv`` prints the summary the
form's ``tally`` describes.

What is typed is only which box was ticked: the written answers stay on paper, to be
sorted into piles by hand (the form's tally steps say why). Nothing here keeps or sends
anything; the summary is printed, never saved.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from .content._skills_models import DayEvaluation, EvaluationQuestion

UNCLEAR = "unclear"
"""What a row holds when a line had two boxes ticked, or none."""
SMALL_GROUP = 10
"""Below this many forms, numbers shared beyond the facilitators become words."""
PART_SEPARATOR = ";"
"""Between the parts ticked in one cell of a ``tick-up-to`` column."""


class TallyError(ValueError):
    """The typed answers cannot be summed up; the message says what to change."""


@dataclass
class QuestionTally:
    """The counts for one question with boxes."""

    question: EvaluationQuestion
    options: list[str]
    counts: Counter = field(default_factory=Counter)
    unclear: int = 0
    over_limit: int = 0
    """``tick-up-to``: forms that ticked more boxes than the question allows (still counted)."""


@dataclass
class Tally:
    """Every form's boxes, added up."""

    evaluation: DayEvaluation
    forms: int
    blank: int
    questions: list[QuestionTally]

    def top_parts(self, question_id: str, how_many: int = 3) -> list[tuple[str, int]]:
        """The parts ticked most often, most first (ties in the order they were first typed)."""
        tally = next(t for t in self.questions if t.question.id == question_id)
        return tally.counts.most_common(how_many)


def blank_sheet(evaluation: DayEvaluation) -> str:
    """The header row of the spreadsheet: one column per question with boxes."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        ["form", *(q.id for q in evaluation.questions if q.kind != "open")]
    )
    return out.getvalue()


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _scale_answer(value: str, options: list[str]) -> str | None:
    """The option a cell names (its words, any case, or its number from 1); None if unclear."""
    value = value.strip()
    if not value or _key(value) in (UNCLEAR, "?"):
        return None
    if value.isdigit() and 1 <= int(value) <= len(options):
        return options[int(value) - 1]
    by_key = {_key(option): option for option in options}
    return by_key.get(_key(value))


def tally(evaluation: DayEvaluation, sheet: str) -> Tally:
    """Add up the forms typed in ``sheet`` (CSV text with a header row of question ids).

    Raises :class:`TallyError` for a sheet that cannot be read as the form's answers: an
    unknown column, a missing one, or a cell that names no option of its scale (two ticks
    or none are typed as "unclear", or left empty).
    """
    rows = list(csv.reader(io.StringIO(sheet.lstrip("\ufeff"))))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise TallyError(
            "the sheet is empty: its first row names the questions (peerkit evaluation --blank)"
        )
    header = [cell.strip() for cell in rows[0]]
    boxed = [q for q in evaluation.questions if q.kind != "open"]
    known = {q.id for q in boxed}
    written = {q.id for q in evaluation.questions if q.kind == "open"}
    for name in header:
        if name in written:
            raise TallyError(
                f"column '{name}' is a written answer: leave written answers on paper and sort them by hand"
            )
        if name and name != "form" and name not in known:
            raise TallyError(
                f"column '{name}' is not a question of the form (its questions: {', '.join(sorted(known))})"
            )
    missing = [q.id for q in boxed if q.id not in header]
    if missing:
        raise TallyError(
            f"the sheet has no column for {', '.join(missing)}: start from peerkit evaluation --blank"
        )
    tallies = []
    for question in boxed:
        scale = evaluation.scale(question.scale)
        options = list(scale.options) if scale is not None else []
        tallies.append(QuestionTally(question, options))
    forms = blank = 0
    for number, row in enumerate(rows[1:], start=2):
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        if not any(cells.get(q.id) for q in boxed):
            blank += 1  # a blank form is left out (the tally's first step)
            continue
        forms += 1
        for counted in tallies:
            value = cells.get(counted.question.id, "")
            if counted.question.kind == "scale":
                answer = _scale_answer(value, counted.options)
                if answer is None and value and _key(value) not in (UNCLEAR, "?"):
                    raise TallyError(
                        f"row {number}, column '{counted.question.id}': '{value}' is not one of"
                        f" {', '.join(counted.options)} (type the box's words or its number,"
                        f" or '{UNCLEAR}' for two ticks or none)"
                    )
                if answer is None:
                    counted.unclear += 1
                else:
                    counted.counts[answer] += 1
            else:
                parts = [p.strip() for p in value.split(PART_SEPARATOR) if p.strip()]
                seen: dict[str, str] = {}
                for part in parts:
                    seen.setdefault(_key(part), part)
                for part in seen.values():
                    label = next((o for o in counted.counts if _key(o) == _key(part)), part)
                    counted.counts[label] += 1
                if counted.question.limit and len(seen) > counted.question.limit:
                    counted.over_limit += 1
    if forms == 0:
        raise TallyError("no form has a ticked box yet: type one row per form under the header")
    return Tally(evaluation, forms, blank, tallies)


def in_words(count: int, total: int) -> str:
    """A count as words that point to nobody ("most people"), for groups under ten."""
    if count == 0:
        return "nobody"
    if count == total:
        return "everyone"
    share = count / total
    if share >= 0.6:
        return "most people"
    if share >= 0.4:
        return "about half"
    return "a few people"


def summary(result: Tally, *, course: str = "", date: str = "") -> str:
    """The summary the form's ``summary_template`` asks for, as plain text lines: the
    date, the course and the number of forms, then a line per question with boxes."""
    evaluation = result.evaluation
    n = result.forms
    small = n < SMALL_GROUP
    about = ", ".join(part for part in (date.strip(), course.strip()) if part)
    lines = [
        f'Summary of "{evaluation.title}": {n} form{"s" if n != 1 else ""}'
        + (f" ({about})" if about else "")
    ]
    if result.blank:
        lines.append(f"({result.blank} blank form{'s' if result.blank != 1 else ''} left out.)")
    if small:
        lines.append(
            f"Fewer than {SMALL_GROUP} forms: keep these numbers among the facilitators. To share"
            " them more widely, use the words in brackets, since a count of one or two can point"
            " to a person."
        )
    lines.append("")
    for counted in result.questions:
        question = counted.question
        scale = evaluation.scale(question.scale)
        if question.kind == "scale" and scale is not None and scale.positive:
            yes = sum(counted.counts[o] for o in scale.positive)
            said = " or ".join(o.lower() for o in scale.positive)
            words = f" [{in_words(yes, n)}]" if small else ""
            lines.append(f"{question.text} {yes} of {n} said {said}{words}.")
        elif question.kind == "scale":
            spread = ", ".join(
                f"{option} {counted.counts[option]}"
                + (f" [{in_words(counted.counts[option], n)}]" if small else "")
                for option in counted.options
            )
            lines.append(f"{question.text} {spread}.")
        else:
            top = result.top_parts(question.id)
            if top:
                listed = "; ".join(
                    f"{part} ({count}" + (f", {in_words(count, n)}" if small else "") + ")"
                    for part, count in top
                )
                lines.append(f"Most useful parts: {listed}.")
            else:
                lines.append("Most useful parts: no part was ticked.")
            if counted.over_limit:
                lines.append(
                    f"({counted.over_limit} form{'s' if counted.over_limit != 1 else ''} ticked more"
                    f" than {question.limit}; every tick is counted.)"
                )
        if counted.unclear:
            lines.append(
                f"  (unclear on {counted.unclear} form{'s' if counted.unclear != 1 else ''})"
            )
    lines += [
        "",
        "Written answers: sort them into piles by hand, name each pile, count the forms in it,"
        " and add the three biggest piles with a short quote each. Then write one change you will"
        " make.",
    ]
    return "\n".join(lines)
