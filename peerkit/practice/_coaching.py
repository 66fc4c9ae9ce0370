"""What the written exercises show from the response coach: its notes, as they are.

The coach (:func:`peerkit.coach.feedback`) reads a reply against the exercise's rubric
and returns :class:`~peerkit.coach.Note` objects: each names what the reply does, in a
tone ("strength", "reconsider" or "note"), with the principle the lessons teach.
Written exercises (rewrite, self-disclosure check) show those notes and take no other
path to the coach. Nothing here keeps or writes the learner's text.
"""

from __future__ import annotations

from ..coach import TONE_HEADINGS, Note, Principle

FeedbackItem = Note
"""The notes a written exercise shows (the name the views have always used)."""

__all__ = ["TONE_HEADINGS", "FeedbackItem", "Principle"]
