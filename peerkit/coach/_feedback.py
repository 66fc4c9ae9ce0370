"""The notes a written exercise shows about a reply: :func:`feedback`.

The reply is read once (:mod:`._reading`). Each sentence may give *candidates*: a
skill, a harmful habit, or a behaviour the course teaches (an "I" statement, asking
first, asking directly about suicide). The exercise's rubric then sets each one's tone:

* a harmful habit (minimizing, comparing, judging, promising secrecy) is always
  "reconsider", and no sentence that shows one earns a strength;
* a direct question about suicide or self-harm is always a strength, in any exercise;
* a behaviour the exercise asks for (``coach: does:``) is a strength, never
  "reconsider"; one it avoids (``coach: avoids:``) is "reconsider";
* anything else takes its usual tone (:data:`._notes.DEFAULT_TONES`).

Skill notes (questions, reflection, affirmation, self-disclosure, advice, information)
are shown only when the coach is sure: their confidence must reach the threshold
chosen on the project's own labelled replies (:mod:`._thresholds`), and the learned
check (:mod:`._learned`) must not be confident that the reply does not do that skill.
Below it the exercise says nothing about that skill. Harmful and safety notes keep their
own rules; the learned check may add a habit the rules missed only where its
cross-validated precision allows it, and never on honest limits, a question about
suicide or a behaviour the exercise asks for.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ..content import Disclosure, Rewrite
from ._analyze import SHOWN, SURE, confidence
from ._checklist import CHECKS, ME, RULES, STATUS_TONES, YOU, Found, tokens
from ._distress_signs import crisis_signs
from ._learned import acts, adjust
from ._model import HARMFUL, LABELS, SKILLS
from ._notes import BEHAVIOUR_LABELS, DEFAULT_TONES, Note, Principle, Tone, words_for
from ._phrases import QUESTION_FILLERS
from ._reading import Candidate, Part, Reading
from ._rubric import Rubric, rubric_for
from ._score import QUESTION_LABELS, QUESTION_SCORE, limited
from ._thresholds import THRESHOLDS, in_use

# Evidence score given to a habit or behaviour found by the course's own phrases.
COURSE = 3.0
# The features that mark a habit the lessons name (see _rules_course).
_COURSE_HARM = ("minimizing", "judging", "comparing")
_ORDER = {"strength": 0, "reconsider": 1, "note": 2}
_HARM_ORDER = tuple(label for label in LABELS if label in HARMFUL)
# On the self-disclosure check, the checklist already reads these; no second note.
_CHECKLIST_COVERS = frozenset(
    {("self_disclosure", ""), ("self_disclosure", "centred"), ("closed_question", "permission")}
)


def feedback(text: str, exercise: str | Rewrite | Disclosure | None = None) -> tuple[Note, ...]:
    """The notes a written exercise shows about ``text``, strengths first.

    ``exercise`` is the id of a written exercise in the course (or its loaded item):
    the notes then follow that exercise's rubric. Without it, the course-wide defaults
    apply. Empty text gives no notes, and so does text in which the learner's own words
    show signs of crisis: an exercise shows support instead (see :func:`crisis_signs`).
    For a self-disclosure check, the notes include one per checklist point (``check``
    set). Deterministic and offline; nothing is kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"feedback() needs text (a str), not {type(text).__name__}")
    rubric = rubric_for(exercise)
    if not text.strip() or crisis_signs(text):
        return ()
    reading = Reading.of(text)
    found = adjust(reading, candidates(reading, rubric), rubric)
    notes = _notes(reading, found, rubric)
    if rubric.checks:
        notes = [n for n in notes if (n.label, n.kind) not in _CHECKLIST_COVERS]
        notes += _checklist(reading, found, rubric)
    return tuple(notes)


# --- candidates ---------------------------------------------------------------------------


def candidates(reading: Reading, rubric: Rubric) -> list[Candidate]:
    """Everything in the reply a note could be about, sentence by sentence."""
    parts = reading.parts
    out: list[Candidate] = []
    first_question = next((p.index for p in parts if p.score.question), None)
    content = [p for p in parts if not p.score.small_talk]
    last = content[-1].index if content else -1
    for part in parts:
        _harmful(part, parts, rubric, out)
        _question(part, parts, rubric, last, out)
        _listening(part, rubric, first_question, out)
        _own(part, rubric, out)
    if rubric.sharing is not None and rubric.kind == "rewrite":
        _long_share(reading, rubric, out)
    return out


def _suicide(part: Part, parts: tuple[Part, ...]) -> bool:
    """A question about suicide or self-harm, or a question right after naming it."""
    if not part.score.question:
        return False
    if part.has("suicide"):
        return True
    # "Sometimes people who feel this low think about suicide. Is that on your mind?"
    if part.index == 0:
        return False
    before = parts[part.index - 1]
    return before.has("suicide") and not before.score.question and bool(_POINTING & set(part.words))


_POINTING = frozenset({"that", "this", "it", "those", "them", "thoughts", "thought", "feelings"})


def _harmful(part: Part, parts: tuple[Part, ...], rubric: Rubric, out: list[Candidate]) -> None:
    scores = part.score.scores
    # In label order, not set order, so the notes come in the same order in every process.
    found = {label: scores[label] for label in _HARM_ORDER if scores.get(label, 0.0) >= SHOWN}
    course = _COURSE_HARM
    if rubric.kind and "minimizing" not in rubric.avoids:
        # Minimising shrinks a feeling someone has shared. An exercise whose rubric does
        # not list it has none at stake: in "From 'you should' to 'I'" the supporter's "it
        # happens to everyone" is about the missed meetings, not about Dana's feelings.
        course = tuple(f for f in course if f != "minimizing")
    elif part.has("not_minimizing"):
        course = tuple(f for f in course if f != "minimizing")  # "more than just a bad week"
        if not part.has("shape_minimizing"):
            found.pop("minimizing", None)  # "It's just a thought, but..."
    for feature in course:
        if part.has(feature) or part.has("shape_" + feature):
            found[feature] = max(found.get(feature, 0.0), COURSE)
    if _secret(part):
        found["promising_secrecy"] = max(found.get("promising_secrecy", 0.0), COURSE)
    elif "promising_secrecy" in found and part.has("shape_limit"):
        del found["promising_secrecy"]  # "...I'd only pass it on if you were at risk"
    if part.has("proportion") or part.has("shape_proportion"):
        # "You're overthinking it": out of proportion, so both minimising and judging.
        for label in ("minimizing", "judging"):
            found[label] = max(found.get(label, 0.0), COURSE)
    if part.has("not_judging") and not part.has("shape_judging"):
        found.pop("judging", None)  # "you'll snap out of it, you always do"
    if part.has("not_comparing") and not part.has("shape_comparing"):
        found.pop("comparing", None)  # "I won't pretend I know exactly how it is for you"
    if "promising_secrecy" in found and "minimizing" not in scores:
        # "Don't worry, I won't tell anyone": the comfort is the promise, not minimising.
        found.pop("minimizing", None)
    for label, score in found.items():
        kind = "suicide" if label == "judging" and _suicide(part, parts) else ""
        if label == "minimizing" and "minimizing" not in course:
            kind = "silent"  # not shown, but the sentence still earns no strength
        out.append(Candidate(label, kind, part.index, score, frozenset({_name(label)})))


def _secret(part: Part) -> bool:
    """A promise of secrecy read from the sentence's shape, with no limit named in it."""
    return part.has("shape_secrecy") and not (part.has("shape_limit") or limited(part.features))


def _name(label: str) -> str:
    return label.replace("_", "-")


def _question(
    part: Part, parts: tuple[Part, ...], rubric: Rubric, last: int, out: list[Candidate]
) -> None:
    score = part.score
    label = score.question
    if not label:
        label = _unmarked_question(part, rubric)
        if not label:
            return
        score = score._replace(question=label, scores={**score.scores, label: QUESTION_SCORE})
        part = Part(part.index, score, part.kinds)
    value = score.scores.get(label, 0.0)
    if label == "open_question" and _asks_a_fact(part):
        label = "closed_question"
    elif label == "closed_question" and _asks_leave_to_ask(part):
        label = "open_question"  # "Can I ask, how have you been sleeping?"
    if not _suicide(part, parts) and not _asks(part):
        return
    if _suicide(part, parts):
        out.append(
            Candidate(
                label, "suicide", part.index, value, frozenset({"ask-directly-about-suicide"})
            )
        )
        return
    if label == "closed_question":
        if score.kinds.get("advice") == "permission" or part.has("permission"):
            out.append(
                Candidate(label, "permission", part.index, value, frozenset({"ask-permission"}))
            )
        else:
            out.append(
                Candidate(label, "closed", part.index, value, frozenset({"closed-question"}))
            )
        return
    kind = score.kinds.get(label, "open")
    if kind == "why" and not (
        "open-question" in rubric.does and "why-question" not in rubric.avoids
    ):
        out.append(Candidate(label, "why", part.index, value, frozenset({"why-question"})))
        return
    behaviours = {"open-question"}
    kind = "open"
    words = set(part.words)
    if part.index == last and (words & YOU or not words & ME):
        behaviours.add("focus-back")
        if "focus-back" in rubric.does:
            kind = "last"
    out.append(Candidate(label, kind, part.index, value, frozenset(behaviours)))


_FACT_OPENERS = frozenset({"when", "where", "who", "whom", "which"})
_INDIRECT = frozenset({"wonder", "wondering", "curious"})
_AUX = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "would",
        "will",
        "can",
        "could",
        "should",
        "shall",
        "may",
    ]
)


_ASK_VERBS = frozenset({"ask", "asking", "check"})
_OPEN_WORDS = frozenset({"what", "how", "why"})
_WANT_TO_HEAR = (
    ("i", "want", "to", "know"),
    ("i", "just", "want", "to", "know"),
    ("i", "would", "like", "to", "know"),
    ("i", "would", "like", "to", "hear"),
    ("i", "would", "love", "to", "hear"),
    ("i", "would", "love", "to", "know"),
    ("i", "want", "to", "hear"),
    ("i", "want", "to", "understand"),
    ("i", "would", "like", "to", "understand"),
)


def _unmarked_question(part: Part, rubric: Rubric) -> str:
    """A question asked without a question mark: indirect, or described in a plan.

    "I'd like to hear what the weekends are like" and "I just want to know what's going on
    for you" ask indirectly (LABELLING.md, `open_question`); in the self-disclosure check,
    "then I'd ask her what would help" describes a question the learner would ask (hard
    case 14). The kind follows the words after the frame: *what*, *how* or *why* make it
    open, *if* or *whether* closed.
    """
    words = part.words
    n = len(words)
    vocab = set(words)
    if not vocab & {"know", "hear", "understand", "ask", "asking", "check"}:
        return ""
    for frame in _WANT_TO_HEAR if vocab & {"know", "hear", "understand"} else ():
        size = len(frame)
        for i in range(n - size):
            if tuple(words[i : i + size]) == frame and words[i + size] in _OPEN_WORDS | {"about"}:
                return "open_question"
    if rubric.kind != "disclosure" or ("i", "would") not in pairwise(words):
        return ""
    for i, w in enumerate(words[:-2]):
        if w in _ASK_VERBS:
            rest = words[i + 1 : i + 4]
            who = rest[:1] in (("her",), ("him",), ("them",), ("nadia",))
            nxt = rest[1:2] if who else rest[:1]
            if nxt and nxt[0] in _OPEN_WORDS:
                return "open_question"
            if nxt and nxt[0] in ("if", "whether", "first"):
                return "closed_question"
    return ""


_QUESTION_OPENERS = (
    frozenset(
        {
            "what",
            "how",
            "why",
            "where",
            "when",
            "who",
            "whom",
            "which",
            "whose",
            "any",
            "anything",
            "anyone",
            "tell",
            "talk",
            "describe",
            "say",
            "walk",
            "help",
            "or",
            "and",
        }
    )
    | _AUX
    | {"am", "might", "must", "ok", "okay", "right", "yeah", "yes", "no"}
)


def _asks(part: Part) -> bool:
    """Whether a sentence ending in "?" really asks, rather than suggesting or echoing.

    "Maybe you're just tired?" suggests (or shrinks the feeling) and "Failure?" echoes the
    person's word back to challenge it (LABELLING.md, hard case 2): neither is a question
    the coach should name. Anything that opens like a question, or is long enough to be a
    guess put as one ("You're not answering your phone?"), still counts.
    """
    if not part.score.sentence.question:
        return True
    words = [w for w in part.words if w[0].isalnum() and w not in QUESTION_FILLERS]
    if not words:
        return False
    if words[0] in ("maybe", "perhaps"):
        return False
    if words[0] not in _QUESTION_OPENERS and part.has("shape_judging"):
        return False  # "Stuff came up twice?" challenges; it does not ask
    return len(words) > 2 or words[0] in _QUESTION_OPENERS


_LEAVE_TO_ASK = (
    ("can", "i", "ask"),
    ("could", "i", "ask"),
    ("may", "i", "ask"),
    ("do", "you", "mind", "if", "i", "ask"),
)


def _asks_leave_to_ask(part: Part) -> bool:
    """ "Can I ask, how have you been?": the question asked for leave to ask decides its kind."""
    words = [w for w in part.words if w not in QUESTION_FILLERS]
    for frame in _LEAVE_TO_ASK:
        if tuple(words[: len(frame)]) == frame:
            rest = [w for w in words[len(frame) :] if w not in (",", "you")]
            return bool(rest) and rest[0] in ("how", "what", "why") and rest[1:2] != ["many"]
    return False


def _last_comma(words: tuple[str, ...]) -> int:
    return max((i for i, w in enumerate(words) if w == ","), default=0)


def _asks_a_fact(part: Part) -> bool:
    """An open-looking question that asks for one short fact or a yes or no.

    "When did it start?", "Who do you lean on?", "I'm curious whether there's anyone..."
    (LABELLING.md: a question asking for one short fact is closed).
    """
    words = [w for w in part.words if w[0].isalnum() and w not in QUESTION_FILLERS]
    if words and (words[0] == "which" or words[0] in _AUX or part.has("options")):
        return True  # a pick between options, or a yes/no form ("Do you want to talk?")
    if words[:4] == ["why", "do", "not", "you"] or words[:2] == ["why", "not"]:
        return True  # "Why don't you invite them?" suggests, to be taken or not
    last_clause = part.words[_last_comma(part.words) :]
    if "or" in last_clause and len(last_clause) <= 6:
        return True  # "What works best for you, text or a call?"
    if len(words) > 1 and words[0] in _FACT_OPENERS and words[1] in _AUX:
        # "When did...", "Who do you...", not "When you say X, what...?", and not "Where do
        # you think it comes from?", which asks for their view.
        return words[2:4] not in (
            ["you", "think"],
            ["you", "reckon"],
            ["you", "feel"],
            ["you", "imagine"],
        )
    return any(a in _INDIRECT and b in ("whether", "if") for a, b in pairwise(words))


def _listening(
    part: Part, rubric: Rubric, first_question: int | None, out: list[Candidate]
) -> None:
    """Reflections (including "That sounds really hard"), affirmations and praise."""
    score = part.score
    scores, kinds = score.scores, score.kinds
    reflection = scores.get("reflection", 0.0)
    if kinds.get("affirmation") == "feeling":
        reflection = max(reflection, scores.get("affirmation", 0.0))
    if (part.has("feeling") or part.has("reflect_frame")) and not score.question:
        reflection = max(reflection, 2.5)
    if not part.has("reflect_frame") and (
        _affirmation(part) >= 2.5  # "You kept going even on the hard days" affirms
        or part.has("sympathy")  # "I'm sorry you're feeling like this"
        or part.has("permission")  # "If you want, I could tell you..."
        or part.has("info")  # "There's a walk-in, if you want someone to look at how you feel"
        or part.has("not_reflection")  # "You don't have to tell anyone anything"
        or part.has("praise")  # "So proud!"
        or part.has("shape_advice")  # "Don't tell them anything you don't want to"
        or (rubric.kind == "disclosure" and _about_her(part))  # "it doesn't sound like she's asked"
    ):
        reflection = 0.0
    if reflection >= SHOWN:
        before = first_question is None or part.index < first_question
        behaviours = {"reflection", "reflect-before-asking"} if before else {"reflection"}
        kind = "before" if before and "reflect-before-asking" in rubric.does else ""
        out.append(Candidate("reflection", kind, part.index, reflection, frozenset(behaviours)))
    praise = kinds.get("affirmation") == "praise" or part.has("praise")
    affirm = _affirmation(part)
    if praise:
        out.append(Candidate("praise", "", part.index, COURSE, frozenset({"praise"})))
    if affirm >= SHOWN and not (praise and affirm < COURSE) and "praise:frame" not in part.features:
        out.append(
            Candidate("affirmation", "affirm", part.index, affirm, frozenset({"affirmation"}))
        )
    if part.has("medication"):
        out.append(
            Candidate("medication", "", part.index, COURSE, frozenset({"medication-agenda"}))
        )


_MEETING_WORDS = frozenset(
    {
        "meeting",
        "meetings",
        "session",
        "sessions",
        "text",
        "message",
        "cancel",
        "come",
        "turn",
        "show",
        "know",
        "ring",
        "call",
        "me",
        "appointments",
        "appointment",
        "time",
    }
)


def _about_meeting(part: Part) -> bool:
    """Where the exercise asks for a request, "you need to let me know" is that request about
    how the two of you work together, not advice about the person's life (hard case 16)."""
    return bool(set(part.words) & _MEETING_WORDS) and "you" in part.words


def _names_a_resource(part: Part) -> bool:
    """Whether a sentence that advises also says what exists ("there's a group...", "988")."""
    pairs = set(pairwise(part.words))
    return bool(pairs & {("there", "is"), ("there", "are"), ("called", "the")}) or any(
        w.isdigit() for w in part.words
    )


def _offers_a_fact(part: Part) -> bool:
    """A question that still tells them something: "Did you know the garden runs Saturday sessions?"."""
    pairs = set(pairwise(part.words))
    return bool(
        pairs
        & {
            ("did", "you"),
            ("you", "know"),
            ("there", "is"),
            ("there", "are"),
            ("heard", "of"),
            ("heard", "about"),
        }
    ) and (
        ("you", "know") in pairs
        or ("there", "is") in pairs
        or ("there", "are") in pairs
        or ("heard", "of") in pairs
        or ("heard", "about") in pairs
    )


def _about_her(part: Part) -> bool:
    """In the self-disclosure check, a remark about the person to the reader ("she", not "you")."""
    words = set(part.words)
    return bool(words & {"she", "her", "he", "him"}) and not words & {"you", "your"}


def _affirmation(part: Part) -> float:
    """How clearly a sentence affirms: what the person did, and what it took."""
    score = part.score
    value = (
        score.scores.get("affirmation", 0.0) if score.kinds.get("affirmation") == "affirm" else 0.0
    )
    features = part.features
    did, effort, credit = ("affirm:" + tag in features for tag in ("did", "effort", "credit"))
    if not (did or credit or {"you", "your", "yourself"} & set(part.words)):
        return 0.0  # "That's a big step": the person is not the one affirmed (hard case 4)
    if did and (effort or credit):
        value = max(value, COURSE)
    elif credit and not score.question:
        value = max(value, 2.5)
    elif did and not score.question:
        value = max(value, SHOWN)
    return value


def _own(part: Part, rubric: Rubric, out: list[Candidate]) -> None:
    """The supporter's own voice: "I" statements, requests, their story, advice, information."""
    score = part.score
    scores, kinds = score.scores, score.kinds
    feel, need, past = part.has("feel_i"), part.has("need_i"), part.has("past")
    if feel and not past:
        out.append(Candidate("i_statement", "", part.index, COURSE, frozenset({"i-statement"})))
    if need and not past:
        out.append(Candidate("request", "", part.index, COURSE, frozenset({"say-the-need"})))
    asking_first = score.question == "closed_question" and (
        kinds.get("advice") == "permission" or part.has("permission")
    )
    disclosure = scores.get("self_disclosure", 0.0)
    if (
        disclosure >= SHOWN
        and not ((feel or need) and not past)  # "I was worried when you didn't come"
        and not asking_first  # "Would it help to hear how it went for me?" shares nothing yet
        and not part.has("permission")  # "If you want, I could tell you..." is an offer
        and not part.has("no_share")
    ):
        centred = part.has("centred")
        behaviours = {"supporter-centred-sharing"} if centred else {"self-disclosure"}
        out.append(
            Candidate(
                "self_disclosure",
                "centred" if centred else "",
                part.index,
                disclosure,
                frozenset(behaviours),
            )
        )
    advice, kind = scores.get("advice", 0.0), kinds.get("advice", "")
    if part.has("shape_advice"):
        # "You should get out more", "Have you tried...?": no other reading, so sure.
        advice, kind = SURE, kind if kind in ("directive", "suggestion") else "suggestion"
    if part.has("options"):
        advice, kind = max(advice, COURSE), "suggestion"  # "What about pottery?"
    if (
        (part.has("command") or part.has("shape_command"))
        and not part.has("not_minimizing")
        and (not rubric.kind or "minimizing" in rubric.avoids)
    ):
        # "Cheer up", "Stop thinking like that": telling them how to feel is advice too.
        # Where no feeling is at stake ("From 'you should' to 'I'"), "don't worry about it"
        # is about the missed meetings, and tells nobody what to do.
        advice, kind = max(advice, SURE), "directive"
    if (
        advice >= SHOWN
        and kind in ("directive", "suggestion")
        and not (
            (need and "say-the-need" in rubric.does)  # the request the exercise asks for
            or ("say-the-need" in rubric.does and _about_meeting(part))  # "You need to text me"
            or ("say-the-need" in rubric.does and part.has("shape_judging"))  # "Sort yourself out"
            or part.has("suicide")  # "Have you thought about hurting yourself?" asks, not advises
            or part.has("permission")  # "Would it help to talk it through?" asks first
            or part.has("not_advice")
            or part.has("not_minimizing")  # "I'm not going to tell you to cheer up"
            or "promising_secrecy" in scores  # "Don't worry, I won't tell anyone" promises
            or limited(score.features)  # "...unless I'd need to get help": honest limits
            or _describes_a_plan(part, rubric)  # "I'd just let her talk"
            or (part.has("reflect_frame") and not _tells(part))  # "It sounds like you need..."
        )
    ):
        out.append(Candidate("advice", kind, part.index, advice, frozenset({"unasked-advice"})))
    # The research sense of "information" is wide ("many people feel..."); the course
    # shows it only for facts and resources the person may not have.
    information = min(scores.get("information", 0.0), SHOWN)
    if (score.sentence.question and not _offers_a_fact(part)) or (
        part.has("shape_advice") and not _names_a_resource(part)
    ):
        # "Have you asked the job centre?" gives them nothing yet; "Try a meeting on
        # Saturdays" tells them what to do, and the day is part of the advice.
        information = 0.0
    elif part.has("info") or (limited(score.features) and "promising_secrecy" not in scores):
        # "There's a peer group on Saturdays"; "What you tell me stays with me and my
        # supervisor, unless...": honest limits are information too.
        information = max(information, COURSE)
    if information >= SHOWN and not (_secret(part) or "promising_secrecy" in scores):
        # "I'd never pass it on" promises; it tells them nothing about how things work.
        out.append(
            Candidate("information", "", part.index, information, frozenset({"information"}))
        )


_TELLING = (
    ("you", "should"),
    ("you", "need", "to"),
    ("you", "must"),
    ("you", "have", "to"),
    ("you", "could"),
    ("you", "might", "want"),
    ("her", "to"),
    ("him", "to"),
    ("them", "to"),
    ("maybe", "try"),
    ("try", "to"),
)


def _tells(part: Part) -> bool:
    """Whether the sentence tells the person what to do in so many words."""
    words = part.words
    return any(tuple(words[i : i + len(t)]) == t for t in _TELLING for i in range(len(words)))


def _describes_a_plan(part: Part, rubric: Rubric) -> bool:
    """In the self-disclosure check, "I'd ask her first" describes the learner's plan (hard
    case 14), it does not advise; "I'd tell her she should..." still does."""
    if rubric.kind != "disclosure":
        return False
    words = [w for w in part.words if w[0].isalnum()]
    opening = words[:2] in (["i", "would"], ["i", "will"], ["i", "might"]) or words[:4] == [
        "i",
        "think",
        "i",
        "would",
    ]
    return opening and not _tells(part)


def _long_share(reading: Reading, rubric: Rubric, out: list[Candidate]) -> None:
    """A note when the learner's own story runs past the exercise's limit."""
    limits = rubric.sharing
    assert limits is not None
    sharing = sorted({c.index for c in out if c.label == "self_disclosure"})
    if not sharing:
        return
    spans = {reading.parts[i].span for i in sharing}
    if len(spans) > limits.sentences or reading.word_count(set(sharing)) > limits.words:
        out.append(
            Candidate(
                "self_disclosure",
                "long",
                sharing[0],
                COURSE,
                frozenset({"supporter-centred-sharing"}),
            )
        )


# --- from candidates to notes ---------------------------------------------------------------


def _tone(candidate: Candidate, rubric: Rubric, has_open: bool) -> Tone | None:
    """The tone of a candidate in this exercise, or None when it is not shown here."""
    label, behaviours = candidate.label, candidate.behaviours
    if candidate.kind == "suicide" and label in QUESTION_LABELS:
        return "strength"  # asking directly is right, in every exercise (lesson 05)
    if candidate.kind == "silent":
        return None
    if label in HARMFUL:
        return "reconsider"
    if behaviours & rubric.does.keys():
        return "strength"
    if behaviours & rubric.avoids.keys() and not (label == "closed_question" and has_open):
        # One open question makes the reply open, whatever closed ones sit beside it.
        return "reconsider"
    if label in BEHAVIOUR_LABELS and label != "praise":
        return None  # an "I" statement, a request or medication: only where the rubric asks
    return DEFAULT_TONES.get((label, candidate.kind)) or DEFAULT_TONES[(label, "")]


def sure(candidate: Candidate, thresholds: dict[str, float] = THRESHOLDS) -> bool:
    """Whether a skill is shown: its confidence reaches the threshold for its label.

    Harmful habits, behaviours the label set has no name for, and a direct question
    about suicide keep their own rules and are not held back here. ``thresholds`` are
    the ones in use for the reply (:func:`._thresholds.in_use`).
    """
    if candidate.label not in SKILLS or candidate.kind == "suicide":
        return True
    return confidence(candidate.score) >= thresholds[candidate.label]


def _notes(reading: Reading, found: list[Candidate], rubric: Rubric) -> list[Note]:
    hurtful = {c.index for c in found if c.label in HARMFUL}
    thresholds = in_use(acts(rubric))
    has_open = any(c.label == "open_question" and sure(c, thresholds) for c in found)
    groups: dict[tuple[str, str, Tone], list[Candidate]] = {}
    for candidate in found:
        tone = _tone(candidate, rubric, has_open)
        if tone is None or not sure(candidate, thresholds):
            continue
        if tone == "strength" and candidate.index in hurtful:
            continue  # "You just need to stay positive" is not warmth
        groups.setdefault((candidate.label, candidate.kind, tone), []).append(candidate)
    notes = [_note(reading, group, tone, rubric) for (_, _, tone), group in groups.items()]
    notes.sort(key=lambda n: (_ORDER[n.tone], min(n.spans)))
    return notes


def _note(reading: Reading, group: list[Candidate], tone: Tone, rubric: Rubric) -> Note:
    first = group[0]
    words = words_for(first.label, first.kind)
    behaviours = frozenset().union(*(c.behaviours for c in group))
    message = words.message
    point, question = "", ""
    if tone == "strength" and behaviours & rubric.does.keys():
        point, question = rubric.point_for(behaviours, "does")
        message += " This is what the exercise asks for."
    elif tone == "reconsider" and behaviours & rubric.avoids.keys():
        point, question = rubric.point_for(behaviours, "avoids")
        message += " The exercise asks you to leave this out."
    indexes = sorted({c.index for c in group})
    spans: dict[tuple[int, int], str] = {}  # in order; a run-on's pieces share one span
    for i in indexes:
        span = reading.parts[i].span
        if span not in spans:
            spans[span] = reading.quote(i)
    return Note(
        label=first.label,
        tone=tone,
        message=message,
        heading=words.heading,
        kind=first.kind,
        quotes=tuple(spans.values()),
        spans=tuple(spans),
        suggestion=words.suggestion,
        principle=words.principle,
        confidence=max(confidence(c.score) for c in group),
        point=point,
        point_question=question,
    )


# --- the self-disclosure checklist ------------------------------------------------------------


def _first(
    reading: Reading, found: Iterable[Candidate], label: str, kinds: tuple[str, ...] = ()
) -> str | None:
    for candidate in found:
        if candidate.label == label and (not kinds or candidate.kind in kinds):
            return reading.quote(candidate.index)
    return None


def _checklist(reading: Reading, found: list[Candidate], rubric: Rubric) -> list[Note]:
    parts = reading.parts
    sentences: list[tuple[str, list[str]]] = []
    seen: set[tuple[int, int]] = set()
    for part in parts:
        if part.span not in seen:
            seen.add(part.span)
            quote = reading.quote(part.index)
            sentences.append((quote, tokens(quote)))
    # When the learner shares at all, everything they say apart from their questions is
    # the share: "I went through the same, only worse. You should do what I did." is two
    # sentences of it, although only the first tells of their own life.
    shares = any(c.label == "self_disclosure" for c in found)
    sharing = tuple(
        p.index for p in parts if shares and not p.score.question and not p.score.small_talk
    )
    permission = _first(reading, found, "closed_question", ("permission",))
    if permission is None:
        permission = next((reading.quote(p.index) for p in parts if p.has("permission")), None)
    content = [p for p in parts if not p.score.small_talk]
    last = content[-1] if content else None
    to_them = (
        last is not None
        and bool(last.score.question)
        and (bool(set(last.words) & YOU) or not set(last.words) & ME)
        and not last.has("permission")
        and last.score.kinds.get("advice") != "permission"
    )
    limits = (rubric.sharing.sentences, rubric.sharing.words) if rubric.sharing else None
    state = Found(
        sentences=tuple(sentences),
        sharing=sharing,
        sharing_words=reading.word_count(set(sharing)),
        comparing=_first(reading, found, "comparing"),
        assuming=next((reading.quote(p.index) for p in parts if p.has("assuming")), None),
        telling=_first(reading, found, "advice", ("directive",)),
        permission=permission,
        ends_with_question_to_them=to_them,
        limits=limits,
    )
    notes = []
    for name in rubric.checks:
        info = CHECKS[name]
        result = RULES[name](info, state)
        notes.append(
            Note(
                label=name,
                tone=STATUS_TONES[result.status],  # type: ignore[arg-type]
                message=result.reason,
                heading=info.question,
                quotes=(result.quote,) if result.quote else (),
                principle=Principle(info.question, info.guidance, info.sources, info.references),
                point=name,
                point_question=info.question,
                kind="shares" if shares else "no-share",
                check=name,
                status=result.status,
            )
        )
    return notes
