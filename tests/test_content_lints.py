"""The wording and sourcing lints of peerkit validate: no unconditional confidentiality, no blog as a crisis source.

Confidentiality has limits in every agency (records, team care, supervision,
safety, the law), so learner text may not promise that "it stays between us".
It may name the limits, quote the mistake, or show it as a reply marked breaks
or partial. Crisis lines are sourced from the service's or a regulator's page.
"""

from __future__ import annotations

import json

import pytest

from peerkit.content import validate
from peerkit.content._lints import unconditional_promise, weak_source
from tests.conftest import DATA

PROMISES = [
    "Don't worry, it stays between us.",
    "I won't tell anyone.",
    "Your secret is safe with me.",
    "Keep what you hear to yourself.",
    "What is said here stays here.",
    "Whatever you tell me is completely confidential.",
    "It won't leave this room.",
    "Nobody else will ever know.",
    "Between you and me, you can tell me anything.",
    "I promise not to tell your mum.",
    "We'll keep it between ourselves.",
    "Make it safe: what they say stays between you.",
]

HONEST = [
    "What you tell me stays with me and my supervisor, unless someone's safety is at risk.",
    "Most of what you say stays between us, but I write short notes your team can read.",
    "I can't keep this between us.",
    "This is too important to keep to myself.",
    "Be open about what stays private and what does not.",
    "Never promise that it stays between you.",
    'Saying "it stays between us" makes a promise you may not be able to keep.',
    "She asks you to keep it secret.",
    '"Promise me you won\'t tell anyone," Tanya says.',
    "You leave the room to fetch a colleague.",
    "Some parts of your own story can stay private.",
    "Samaritans is a free, confidential helpline.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_the_lint_catches_promises_of_secrecy(text):
    """Does each unconditional promise of confidentiality get caught?"""
    assert unconditional_promise(text)


@pytest.mark.parametrize("text", HONEST)
def test_the_lint_passes_honest_limits_requests_and_quoted_mistakes(text):
    """Do honest limits, refusals, requests and quoted mistakes pass?"""
    assert unconditional_promise(text) is None


CASE = """\
schema_version: 1
type: case
id: first-meeting-promise
title: A first meeting
setting: Someone arrives for a first meeting.
nodes:
  - id: start
    text: '"Can I tell you something? Promise you won''t tell anyone," Dee says.'
    choices:
      - id: promise
        text: Of course. It stays between us.
        verdict: {verdict}
        feedback: >-
          Saying "it stays between us" is kind, but it promises something you may not be
          able to keep.
        sources: [S003-30]
        next: end
      - id: limits
        text: >-
          You can. What you tell me stays with me and my supervisor, unless someone's
          safety is at risk. What would you like to tell me?
        verdict: follows
        feedback: You are honest about the limits before she decides what to say.
        sources: [S003-30]
        next: end
endings:
  - id: end
    title: The meeting goes on
    outcome: helpful
    text: They keep talking.
"""


def test_a_promise_in_a_reply_the_course_endorses_is_a_problem(write_yaml):
    """Is a promise of secrecy in a reply marked follows reported, with the file, the line and a fix?"""
    path = write_yaml(CASE.format(verdict="follows"))
    problems = validate(path)
    assert [(p.line, p.problem) for p in problems] == [
        (11, "learner text promises unconditional confidentiality (“stays between us”)")
    ]
    assert "name its limits (supervision, records, safety, the law)" in problems[0].fix


@pytest.mark.parametrize("verdict", ["breaks", "partial"])
def test_a_promise_shown_as_the_mistake_is_allowed(write_yaml, verdict):
    """Is the same reply allowed when it is marked breaks or partial, with feedback quoting it?"""
    assert validate(write_yaml(CASE.format(verdict=verdict))) == []


def _course(tmp_path, markdown: str):
    """A course folder (data/ plus one lesson notebook) to validate as a whole."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    cells = [{"cell_type": "markdown", "id": "c0", "metadata": {}, "source": "# A lesson"}]
    cells.append({"cell_type": "markdown", "id": "c1", "metadata": {}, "source": markdown})
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    target = notebooks / "01-building-trust.ipynb"
    target.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return data, target


def _notebook_problems(problems, target):
    """The confidentiality problems in the notebook (the stand-in notebook breaks the course's
    other notebook rules, which tests/test_curriculum_quality.py covers)."""
    return [
        p
        for p in problems
        if p.file.endswith(target.name) and p.problem.startswith("learner text promises")
    ]


def test_notebook_markdown_is_learner_text_too(tmp_path):
    """Is a promise in a lesson notebook's markdown reported at the cell's line in the .ipynb file?"""
    data, target = _course(tmp_path, "## What builds trust\n\n- Keep what you hear to yourself.")
    found = _notebook_problems(validate(data), target)
    line = (
        target.read_text(encoding="utf-8")
        .splitlines()
        .index('   "source": "## What builds trust\\n\\n- Keep what you hear to yourself."')
    )
    assert [(p.line, p.problem) for p in found] == [
        (
            line + 1,
            "learner text promises unconditional confidentiality (“Keep what you hear to yourself”)",
        )
    ]


def test_notebook_markdown_that_names_the_limits_passes(tmp_path):
    """Does markdown that names the limits of confidentiality pass?"""
    data, target = _course(
        tmp_path,
        "## Confidentiality\n\nWhat people tell you stays with you and your supervisor, unless"
        " someone's safety is at risk; your agency's records rules apply too.",
    )
    assert _notebook_problems(validate(data), target) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.thepushupchallenge.com.au/blog/what-happens-when-you-call-lifeline-",
        "https://lifeline-international.com/blog/from-idea-to-impact",
        "https://fundraise.lifelineqld.org.au/blog/mob-to-mob-yarn",
        "https://www.gofundme.com/f/crisis-line",
        "https://example.org/donate/helpline",
        "https://someone.wordpress.com/crisis-lines",
    ],
)
def test_blogs_and_fundraising_pages_are_weak_sources(url):
    """Is each blog or fundraising page recognised as a weak source?"""
    assert weak_source(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://988lifeline.org/get-help/what-to-expect",
        "https://crtc.gc.ca/eng/phone/911/can.htm",
        "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        "https://giveusashout.org/about-us/faq",
        "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        "https://www.lifeline.org.au/",
    ],
)
def test_services_and_regulators_pages_are_good_sources(url):
    """Are the services' and regulators' own pages accepted?"""
    assert not weak_source(url)


@pytest.mark.parametrize(
    "text",
    [
        "Keep what people tell you private from everyone outside the work. From the first"
        " meeting, be open that you write notes and talk with your supervisor.",
        "He gave a small nod and sat across the room: he is keeping it quiet.",
        "You said the nights are hard. That stayed with me.",
        "Outside your meetings, what you know about him stays private, even among friends.",
    ],
)
def test_honest_or_descriptive_sentences_are_not_promises(text):
    """Is a limit in the next sentence, a description of someone else, or 'stayed with me' left alone?"""
    assert unconditional_promise(text) is None


def test_a_promise_whose_limit_is_in_another_paragraph_is_still_found():
    """Does a limit two paragraphs away fail to excuse the promise?"""
    assert unconditional_promise("It stays between us.\n\nMy supervisor is lovely.") is not None
