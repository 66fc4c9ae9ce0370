"""The harmful habits read from a sentence's shape (peerkit/coach/_shapes.py), through feedback().

The wordings here were written for these tests, not taken from the labelled reply sets:
each names a kind of reply the shape readers exist for (LABELLING.md's decision rules),
next to kind replies that share its words and must stay clean.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerkit.coach import HARMFUL, feedback
from peerkit.coach._shapes import clear_advice, names_a_limit, promises_secrecy
from peerkit.coach._tokens import sentences

ROOT = Path(__file__).resolve().parent.parent

MARCUS = "rewrite-stay-positive"
ROSA = "rewrite-happened-to-me"
NADIA = "disclosure-back-to-work"
KWAME = "rewrite-praise-to-affirmation"
THEO = "rewrite-stop-thinking-that-way"
DANA = "rewrite-you-should"


def labels(text: str, exercise: str) -> set[str]:
    return {n.label for n in feedback(text, exercise) if not n.check}


HARM = [
    # minimizing: predictions, orders not to feel, universal comfort, shrinking, arguing away
    ("minimizing", MARCUS, "It won't always be like this, I promise."),
    ("minimizing", MARCUS, "This too shall pass."),
    ("minimizing", MARCUS, "You're not depressed, you're just tired."),
    ("minimizing", MARCUS, "Things are never as bad as they seem."),
    ("minimizing", ROSA, "Honestly you don't need friends like that."),
    ("minimizing", ROSA, "Well, it's a small price to pay for your sobriety."),
    ("minimizing", NADIA, "They'll be too busy with their own lives to care."),
    ("minimizing", NADIA, "No one's going to say anything, trust me."),
    ("minimizing", NADIA, "It's really not a big deal, loads of people take time off."),
    ("minimizing", THEO, "There's no such thing as failure, only learning."),
    ("minimizing", THEO, "Give it another month and you'll have a job."),
    ("minimizing", THEO, "Failure is a bit strong, isn't it? You're just between jobs."),
    # comparing: ranking, sameness, someone's path as the measure, arguing with their comparison
    ("comparing", MARCUS, "I felt way worse than that when my dad died."),
    ("comparing", ROSA, "At least you've still got your family, I had nobody."),
    ("comparing", NADIA, "My first day back was ten times worse, believe me."),
    ("comparing", KWAME, "You're doing better than my other clients."),
    ("comparing", KWAME, "Most people can't even manage once a week."),
    ("comparing", THEO, "Your mates aren't any happier than you, believe me."),
    ("comparing", THEO, "Loads of people would kill for your qualifications."),
    ("comparing", DANA, "The rest of my group always let me know."),
    # judging: why about a failing, loaded questions, modal blame, verdicts, motive-pinning
    ("judging", MARCUS, "Why are you shutting everyone out?"),
    ("judging", ROSA, "Maybe you pushed them away?"),
    ("judging", THEO, "With that attitude no wonder you can't get a job."),
    ("judging", THEO, "Maybe you're not trying hard enough."),
    ("judging", DANA, "You really let me down, Dana."),
    ("judging", DANA, "I expect better from you."),
    ("judging", DANA, "I felt like you didn't think I was worth a text."),
    ("judging", DANA, "How hard is it to send a text?"),
    ("judging", DANA, "This is the second time, it can't keep happening."),
    # promising secrecy, in wordings no phrase list had
    ("promising_secrecy", MARCUS, "Your privacy is guaranteed with me."),
    ("promising_secrecy", MARCUS, "I won't be telling anyone about this chat."),
    ("promising_secrecy", ROSA, "Whatever you say stays in this room."),
    ("promising_secrecy", NADIA, "I'd never tell your boss anything you tell me."),
    ("promising_secrecy", THEO, "None of this goes in any file, it's just you and me."),
    ("promising_secrecy", DANA, "I won't report the missed sessions to anyone."),
]


@pytest.mark.parametrize(("label", "exercise", "text"), HARM)
def test_is_each_habit_found_in_a_new_wording(label, exercise, text):
    """Is the habit named, whichever way a trainee puts it?"""
    assert label in labels(text, exercise)


CLEAN = [
    (
        MARCUS,
        "It sounds like everyone around you is carrying on while you're stuck. What's that like?",
    ),
    (MARCUS, "I won't tell you what to do, I just want to hear how it's been."),
    (MARCUS, "It's going to take time, and I'm here while it does."),
    (MARCUS, "Why do you think the phone feels so hard to answer at the moment?"),
    (MARCUS, "That sounds like a lot more than just a bad week."),
    (ROSA, "Losing friends can feel worse than people expect. How are you coping?"),
    (ROSA, "I won't pretend I know what it's like for you. What's been hardest?"),
    (ROSA, "I went through something a bit similar. What's helped you so far?"),
    (NADIA, "How do you think you'll feel walking in on Monday?"),
    (NADIA, "What do you think your colleagues will say?"),
    (NADIA, "I went back too. The first week was hard, and it got easier sooner than I expected."),
    (NADIA, "I'd keep quiet about my own stuff and just ask her what she's most worried about."),
    (KWAME, "I'm so proud of how far you've come, Kwame."),
    (KWAME, "How do you feel now, compared to a month ago?"),
    (THEO, "It sounds like you feel further behind than everyone you went to school with."),
    (THEO, "Five months of rejections would wear anyone down. How are you holding up?"),
    (DANA, "I was worried you weren't ok. I'd like to agree a way of cancelling."),
    (DANA, "I was disappointed. Is it going to happen again?"),
    (MARCUS, "No wonder you feel exhausted, that's a lot to carry."),
    (MARCUS, "What's the hardest part of the week ahead of you?"),
    (MARCUS, "You'll find there's a group here on Tuesdays if you ever want it."),
    (MARCUS, "It sounds like it's all a bit much at the moment."),
    (MARCUS, "Maybe you could stop by on Thursday for a chat?"),
    (MARCUS, "I feel like you've been carrying this on your own for a while."),
    (MARCUS, "Of course you can take your time."),
    (MARCUS, "It's just a thought, but would talking to your GP help?"),
    (MARCUS, "Everyone needs someone to talk to sometimes, and I'm glad you came to me."),
    (ROSA, "Why did you decide to stop drinking in the end?"),
    (ROSA, "Lots of people like you find the Saturday group helpful, if you ever want to try it."),
    (ROSA, "You could join the club at the library if you fancied it."),
    (ROSA, "Everyone is different, so what would suit you?"),
    (NADIA, "What do you think is the problem for you about Monday?"),
    (KWAME, "You're doing better than you were last month, and you did that."),
    (KWAME, "You never stop trying, even on the hard days. What keeps you going?"),
    (DANA, "Could we find a more reliable way to let each other know?"),
    (DANA, "Could we make it a habit to text each other the day before?"),
]


@pytest.mark.parametrize(("exercise", "text"), CLEAN)
def test_do_kind_replies_that_share_the_words_stay_clean(exercise, text):
    """Does a reply that only shares a habit's words get no harmful note?"""
    assert not labels(text, exercise) & HARMFUL


@pytest.mark.parametrize(
    ("text", "limited"),
    [
        ("What you say stays with me and my supervisor, unless someone's safety is at risk.", True),
        (
            "If you told me you were in danger I'd need to get you help, but otherwise it's between us.",
            True,
        ),
        ("I write short notes after we meet, and my team can read them.", True),
        ("I can't promise to keep everything to myself.", True),
        ("Don't worry, I won't mention it to my supervisor.", False),
        ("It stays between us, I promise.", False),
    ],
)
def test_is_a_named_limit_told_from_a_promise_kept_from_the_supervisor(text, limited):
    """Does a limit count only when it is named, not when the supervisor is kept out?"""
    words = sentences(text)[0].words
    assert names_a_limit(words) is limited
    if limited:
        assert "promising_secrecy" not in labels(text, MARCUS)
    else:
        assert promises_secrecy(words) or "promising_secrecy" in labels(text, MARCUS)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("You should get out more.", True),
        ("Have you thought about a phased return?", True),
        ("Try going to bed a bit earlier.", True),
        ("Don't overdo it.", True),
        ("You should have called.", False),
        ("You should be proud of that.", False),
        ("What have you thought about doing?", False),
        ("Have you thought about ending your life?", False),
        ("I knew you could do it.", False),
        ("Tell me more about that.", False),
    ],
)
def test_is_clear_advice_only_advice_in_so_many_words(text, advice):
    """Is advice read at full confidence only in forms nobody reads otherwise?"""
    sentence = sentences(text)[0]
    assert clear_advice(sentence.words, sentence.question) is advice


@pytest.mark.slow  # starts other Pythons
def test_are_the_notes_the_same_in_every_process():
    """Do two Python processes with different hash seeds give the same notes in the same order?"""
    texts = [
        ("Stop being so dramatic, it's only a job.", THEO),
        ("Honestly mine was way harder. At least yours only know you were away.", NADIA),
        ("Don't worry, it stays between us. You'll be fine, you always are.", MARCUS),
    ]
    script = (
        "import json, sys; from peerkit.coach import feedback; "
        "print(json.dumps([[(n.label, n.tone, n.kind) for n in feedback(t, e)]"
        " for t, e in json.loads(sys.argv[1])]))"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps(texts)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])[0]
