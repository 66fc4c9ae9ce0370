"""The learner's own skills check: the same rubric the facilitator scores, in their words.

:class:`SelfCheckPlay` is the state behind the self-assessment: a level (or none) for
each skill of ``data/facilitator/skills-check.yaml`` and the learner's answers to its
prompts. It keeps nothing anywhere: :meth:`entry_text` is what "Save to my journal"
writes as one entry of the private journal, and only when the learner presses it;
:meth:`clear` empties it again afterwards, so the words do not stay on the page.
"""

from __future__ import annotations

import datetime as dt

from ..content._skills_models import SkillsRubric

ENTRY_ID = "skills-self-check"
"""The journal's prompt id for a self-assessment entry (its kind, in listings and exports)."""


class SelfCheckPlay:
    """A learner's ratings and notes against the skills rubric, until they save or leave."""

    def __init__(self, rubric: SkillsRubric) -> None:
        self.rubric = rubric
        self.levels: dict[str, int | None] = {item.id: None for item in rubric.items}
        self.answers: list[str] = ["" for _ in rubric.self_assessment.prompts]

    @property
    def entry_title(self) -> str:
        """The prompt text the journal lists the entry under."""
        return f"{self.rubric.title}: my self-assessment"

    def rate(self, item_id: str, level: int | None) -> None:
        """Set the level of one skill (1-4), or None for "not this time"."""
        if item_id not in self.levels:
            raise KeyError(item_id)
        if level is not None and level not in (1, 2, 3, 4):
            raise ValueError(f"a level runs from 1 to 4, not {level}")
        self.levels[item_id] = level

    def answer(self, index: int, text: str) -> None:
        """Set the answer to the prompt at ``index``."""
        self.answers[index] = text if isinstance(text, str) else ""

    @property
    def is_empty(self) -> bool:
        """Nothing rated and nothing written: there is nothing to save."""
        return all(v is None for v in self.levels.values()) and not any(
            a.strip() for a in self.answers
        )

    def entry_text(self, today: dt.date | None = None) -> str:
        """The journal entry: the date, each skill's level in the learner's words, the answers."""
        today = today or dt.date.today()
        lines = [f"Self-assessment of {today.day} {today:%B %Y}"]
        for item in self.rubric.items:
            level = self.levels[item.id]
            if level is None:
                lines.append(f"- {item.skill}: not rated this time")
            else:
                lines.append(
                    f"- {item.skill}: {level} of 4, {self.rubric.label(level)}. {item.self_[level]}"
                )
        for prompt, text in zip(self.rubric.self_assessment.prompts, self.answers, strict=True):
            if text.strip():
                lines += ["", prompt, text.strip()]
        return "\n".join(lines)

    def clear(self) -> None:
        """Forget every rating and answer (after a save, or when the learner starts again)."""
        for item_id in self.levels:
            self.levels[item_id] = None
        self.answers = ["" for _ in self.answers]
