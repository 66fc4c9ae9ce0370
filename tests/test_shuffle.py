"""Each learner sees replies, options and cards in an order of their own, and keeps it.

The order logic (peerkit.practice._order) is tested on its own; then through the
notebook calls with a learner store in a temporary PEERKIT_HOME: a "restart" is a
fresh keeper (and, once, a separate Python process), a second learner is a second
home. Handouts and the facilitator's answer key keep the file's order.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from markupsafe import escape as jinja_escape  # how the feedback macros escape

import peerkit
from peerkit.api import new_view, render_item, reset_live_context
from peerkit.content import Case, Quiz, Sort
from peerkit.journal import (
    HOME_ENV,
    SALT_KEY,
    Keeper,
    Store,
    fallback_salt,
    learner_salt,
    new_salt,
    saved_salt,
    with_salt,
)
from peerkit.journal import _keeper as keeper_module
from peerkit.practice import FILE_ORDER, Order

pytestmark = pytest.mark.usefixtures("home")  # tests/conftest.py: a fresh store and keeper

ROOT = Path(__file__).resolve().parent.parent
LESSON = "01-building-trust"
CASE, QUIZ, SORT = "cs01-sent-not-chosen", "opening-questions-quiz", "trust-sort"


def restart() -> None:
    """What a kernel restart does: pending saves finish, a new keeper, nothing shown."""
    assert keeper_module._DEFAULT.flush()
    keeper_module._DEFAULT = Keeper()
    reset_live_context()


def shown_order(item_id: str) -> dict[str, list[str]]:
    """What the learner sees: the ids of each list of the item, in the order on the screen."""
    peerkit.lesson(LESSON)
    view = peerkit.show(item_id).view
    return order_of(view)


def order_of(view) -> dict[str, list[str]]:
    if hasattr(view, "replies"):  # a case: the replies of every step, as this learner sees them
        case = view.play.case
        return {n.id: [c.id for c in view.order.choices(case, n)] for n in case.nodes} | {
            "on screen": [value for _, value in view.replies.options]
        }
    if hasattr(view, "questions"):
        return {qid: [o.id for o in q.shown] for qid, q in view.questions.items()}
    return {"cards": [c.id for c in view.cards]}


def saved(lesson: str = LESSON) -> dict[str, dict]:
    assert keeper_module._DEFAULT.flush()
    return {r.item_id: r.state for r in Store.open().progress(lesson)}


# --- the order logic, with no kernel and no store ------------------------------------


def test_is_no_salt_the_file_order(library) -> None:
    """Without a salt, are replies, options and cards in the order of the file?"""
    case, quiz, sort = library.item(CASE), library.item(QUIZ), library.item(SORT)
    assert FILE_ORDER.choices(case, case.nodes[0]) == tuple(case.nodes[0].choices)
    assert FILE_ORDER.options(quiz, quiz.questions[0]) == tuple(quiz.questions[0].options)
    assert FILE_ORDER.cards(sort) == tuple(sort.cards)
    assert FILE_ORDER.salt is None


def test_is_a_shuffle_the_same_entries_in_a_fixed_order(library) -> None:
    """Does a salt give a reordering of the same entries, the same every time it is asked?"""
    sort = library.item(SORT)
    first = Order("0123456789abcdef").cards(sort)
    assert sorted(c.id for c in first) == sorted(c.id for c in sort.cards)
    assert Order("0123456789abcdef").cards(sort) == first
    assert first != tuple(sort.cards)  # 12 cards: a shuffle that keeps them all is 1 in 479 million


def test_do_two_salts_order_the_course_differently(library) -> None:
    """Over every step of every case, do two learners' salts give different orders?"""
    one, two = Order(new_salt()), Order(new_salt())
    steps = [(c, n) for c in library.items.values() if isinstance(c, Case) for n in c.nodes]
    differ = sum(one.choices(c, n) != two.choices(c, n) for c, n in steps)
    assert differ > len(steps) // 2


def test_does_an_added_reply_leave_the_others_in_their_order() -> None:
    """If an author adds an entry, do the entries already there keep their order?"""
    order = Order("00000000000000aa")
    before = order.arrange("case/x/start", ["a", "b", "c"], id_of=str)
    after = order.arrange("case/x/start", ["a", "b", "c", "d"], id_of=str)
    assert [x for x in after if x != "d"] == list(before)


def test_does_the_right_reply_land_in_every_position_about_equally(library) -> None:
    """Over many learners, is a step's right reply in each position about equally often?"""
    case = library.item(CASE)
    node = case.nodes[0]
    right = next(c.id for c in node.choices if c.verdict == "follows")
    learners = 4000
    places = Counter(
        [c.id for c in Order(f"{i:016x}").choices(case, node)].index(right) for i in range(learners)
    )
    fair = learners / len(node.choices)
    assert set(places) == set(range(len(node.choices)))
    assert all(0.85 * fair < count < 1.15 * fair for count in places.values()), places


def test_is_the_salt_read_back_from_saved_states() -> None:
    """Is a learner's salt the one their saved states carry (most often; ties to the smaller)?"""
    a, b = "a" * 16, "b" * 16
    assert saved_salt({"path": [], SALT_KEY: a}) == a
    assert saved_salt({SALT_KEY: "not hex!"}) is None and saved_salt(None) is None
    assert learner_salt([{SALT_KEY: b}, {SALT_KEY: a}, {SALT_KEY: b}, {"path": []}]) == b
    assert learner_salt([{SALT_KEY: b}, {SALT_KEY: a}]) == a
    assert learner_salt([{"placements": {}}, "junk"]) is None
    state = {"path": []}
    assert with_salt(state, a) == {"path": [], SALT_KEY: a} and state == {"path": []}


def test_is_the_fallback_salt_stable_and_different_per_learner() -> None:
    """Is the salt made from harmless facts the same each time, and another for other facts?"""
    assert fallback_salt("ana", "/home/ana/x.db") == fallback_salt("ana", "/home/ana/x.db")
    assert fallback_salt("ana", "/home/ana/x.db") != fallback_salt("ben", "/home/ben/x.db")
    assert saved_salt({SALT_KEY: fallback_salt("ana")}) is not None


# --- in the notebook: stable, resumable, per learner --------------------------------


def test_does_a_rerun_show_the_same_order_and_leave_no_file(home: Path) -> None:
    """Shown twice in one kernel, before any answer, is the order the same, with no store made?"""
    assert shown_order(QUIZ) == shown_order(QUIZ)
    assert shown_order(CASE) == shown_order(CASE)
    assert not home.exists()


def test_do_the_widgets_show_the_learners_shuffle(library) -> None:
    """Are the case, quiz and sort shown in the keeper's order, not simply the file's?"""
    salt = keeper_module._DEFAULT.learner_salt()
    order = Order(salt)
    case, quiz, sort = library.item(CASE), library.item(QUIZ), library.item(SORT)
    shown = shown_order(CASE)
    assert shown["on screen"] == [c.id for c in order.choices(case, case.nodes[0])]
    assert shown_order(QUIZ) == {
        q.id: [o.id for o in order.options(quiz, q)] for q in quiz.questions
    }
    assert shown_order(SORT) == {"cards": [c.id for c in order.cards(sort)]}
    assert shown_order(SORT) != {"cards": [c.id for c in sort.cards]}


def test_does_the_order_survive_a_restart_once_the_learner_has_answered(library) -> None:
    """After one answer and a kernel restart, is every exercise of the course in the same order?"""
    before = {item: shown_order(item) for item in (CASE, QUIZ, SORT)}
    sort = library.item(SORT)
    view = peerkit.show(SORT).view
    view.place(sort.cards[0].id, sort.bins[0].id)
    view.check()  # a sort saves when it is checked
    assert SALT_KEY in saved()[SORT]
    restart()
    after = {item: shown_order(item) for item in (CASE, QUIZ, SORT)}
    assert after == before  # the quiz and case were never answered: they use the learner's salt


def test_does_a_resumed_case_show_the_same_replies_in_the_same_order(library) -> None:
    """Resuming mid-case, are the replies where they were, and the path named as seen?"""
    case = library.item(CASE)
    view = peerkit.show(CASE).view
    first = view.order.choices(case, case.nodes[0])
    view.choose(first[1].id)  # the second reply on the learner's screen
    waiting = [value for _, value in view.replies.options]
    assert "decision 1: reply B" in view.path_summary.value
    restart()
    again = peerkit.show(CASE).view
    assert [value for _, value in again.replies.options] == waiting
    assert "decision 1: reply B" in again.path_summary.value
    assert saved()[CASE][SALT_KEY] == keeper_module._DEFAULT.learner_salt()


@pytest.mark.slow  # starts a second Python
def test_is_the_order_the_same_in_a_second_python_process(library, home: Path) -> None:
    """Does a separate Python process (a real kernel restart) show the learner the same order?"""
    script = (
        "import json, peerkit\n"
        "from peerkit.journal import keeper\n"
        f"peerkit.lesson({LESSON!r})\n"
        f"view = peerkit.show({SORT!r}).view\n"
        "if view.play.placements == {}:\n"
        "    view.place(view.cards[0].id, view.play.sort.bins[0].id)\n"
        "    view.check()\n"
        "keeper().flush()\n"
        "print(json.dumps([c.id for c in view.cards]))\n"
    )
    env = {**os.environ, HOME_ENV: str(home)}

    def run() -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    first, second = run(), run()
    assert first == second
    assert first != [c.id for c in library.item(SORT).cards]


def test_do_two_learners_see_different_orders(library, tmp_path: Path, monkeypatch) -> None:
    """Do two learners (two stores), each after one answer, see the course in different orders?"""
    orders = []
    for learner in ("first", "second"):
        monkeypatch.setenv(HOME_ENV, str(tmp_path / learner))
        restart()
        question = library.item(QUIZ).questions[0]
        peerkit.show(QUIZ).view.answer(question.id, question.options[0].id)
        restart()
        orders.append({item: shown_order(item) for item in (CASE, QUIZ, SORT)})
    assert orders[0] != orders[1]
    assert orders[0][SORT] != orders[1][SORT]


def test_does_an_unusable_store_still_give_a_stable_shuffle(
    library, tmp_path: Path, monkeypatch
) -> None:
    """With the store refused (inside a git repository), is the order shuffled and the same after a restart?"""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    monkeypatch.setenv(HOME_ENV, str(repo / "private"))
    restart()
    first = shown_order(SORT)
    restart()
    assert shown_order(SORT) == first
    assert first != {"cards": [c.id for c in library.item(SORT).cards]}
    assert not (repo / "private").exists()


def test_does_an_unreadable_home_fall_back_instead_of_failing(monkeypatch) -> None:
    """If even looking for the store fails (no permission), is there still a stable salt?"""

    def refuse(self, *, create=True):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Keeper, "store", refuse)
    salt = Keeper().learner_salt()
    assert salt == Keeper().learner_salt()
    assert saved_salt({SALT_KEY: salt}) == salt


# --- the facilitator's order is the file's ----------------------------------------------


@pytest.mark.parametrize("edition", ["learner", "facilitator"])
def test_do_handouts_keep_the_file_order(library, edition: str) -> None:
    """Do both handout editions print replies, options and cards in the order of the file?"""
    for item in library.items.values():
        if isinstance(item, Case):
            lists = [[c.text for c in n.choices] for n in item.nodes]
        elif isinstance(item, Quiz):
            lists = [[o.text for o in q.options] for q in item.questions]
        elif isinstance(item, Sort):
            lists = [[c.text for c in item.cards]]
        else:
            continue
        html = render_item(item, edition).replace("&#39;", "'").replace("&#34;", '"')
        html = html.replace("&amp;", "&").replace("&quot;", '"')
        for texts in lists:
            places = [html.find(" ".join(t.split())) for t in texts]
            assert -1 not in places and places == sorted(places), item.id


def test_do_view_checks_and_plain_views_keep_the_file_order(library) -> None:
    """Does a view built without a learner (the view checks, tools) use the file order?"""
    sort = library.item(SORT)
    assert [c.id for c in new_view(sort).cards] == [c.id for c in sort.cards]


def test_is_sort_feedback_numbered_as_the_cards_are_shown(library) -> None:
    """After checking, is 'Card 1.' in the feedback the card shown first, with its explanation?"""
    sort = library.item(SORT)
    view = new_view(sort, order=Order("0123456789abcdef"))
    assert view.cards != tuple(sort.cards)
    for card in sort.cards:
        view.place(card.id, card.bins[0])
    view.check()
    items = re.findall(r"<li><strong>Card (\d+)\.</strong>(.*?)</li>", view.feedback.value)
    assert [int(n) for n, _ in items] == list(range(1, len(sort.cards) + 1))
    for (_, text), card in zip(items, view.cards, strict=True):
        assert jinja_escape(card.explanation) in text


def test_does_quiz_feedback_follow_the_shown_order(library) -> None:
    """In a quiz's feedback, are the chosen and the right option listed as the learner saw them?"""
    quiz = library.item(QUIZ)
    question = next(q for q in quiz.questions if not q.multiple)
    for salt in (f"{i:016x}" for i in range(20)):
        view = new_view(quiz, order=Order(salt))
        shown = [o.id for o in view.questions[question.id].shown]
        wrongs = [o for o in question.options if not o.correct]
        right = next(o for o in question.options if o.correct)
        view.answer(question.id, wrongs[1].id)  # the right answer shows after a second wrong try
        wrong = wrongs[0]
        view.answer(question.id, wrong.id)
        html = view.questions[question.id].feedback.value
        first, second = sorted((wrong, right), key=lambda o: shown.index(o.id))
        assert html.index(jinja_escape(first.text)) < html.index(jinja_escape(second.text))
