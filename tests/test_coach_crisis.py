"""Behaviour of peerkit.coach.crisis_signs: the learner's own words, not practice replies."""

from __future__ import annotations

import pytest

from peerkit.coach import crisis_signs


@pytest.mark.parametrize(
    "text",
    [
        "I want to die.",
        "honestly i just wanna die",
        "I can't go on like this anymore.",
        "Sometimes I think I should kill myself.",
        "There's no reason to live.",
        "Everyone would be better off without me.",
        "I keep wanting to hurt myself.",
        "I'm suicidal and I don't know what to do.",
        "I don't want to be alive anymore.",
        "I have nothing to live for.",
        "I feel like I want to end my life.",
    ],
)
def test_does_a_first_person_crisis_statement_raise_the_flag(text: str) -> None:
    """Does a learner's own first-person crisis statement count as a crisis sign?"""
    assert crisis_signs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you thinking about suicide?",
        "Have you had thoughts of killing yourself?",
        "Are you having thoughts of ending your life?",
        "It sounds like you feel you can't go on. What's keeping you going today?",
        "If a peer says 'I want to die', stay with them and connect them to support.",
        "When someone tells you they want to hurt themselves, ask directly and listen.",
        "Years ago I wanted to end my life; what helped me was a peer who listened.",
        "I would never hurt myself, but some days are hard.",
        "I'm dying to hear how the interview went!",
        "That joke made me laugh so hard I nearly died.",
        "What would you say to someone who feels like a burden?",
        "",
    ],
)
def test_does_a_supportive_practice_reply_stay_quiet(text: str) -> None:
    """Does a practice reply that only mentions the topic stay free of a crisis flag?"""
    assert not crisis_signs(text)
