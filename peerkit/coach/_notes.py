"""What a written exercise shows about a reply: :class:`Note`, and the words of each note.

A note names one thing a reply does (a reflection, advice nobody asked for, a promise
of secrecy), in a tone: ``strength`` ("What your reply does well"), ``reconsider``
("What to reconsider") or ``note`` ("Also noticed"). Each is tied to the principle the
lessons teach, with the source items and references it comes from. Notes hold the
learner's own sentences only as long as the caller does: views must escape them and
nothing may store them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._model import HARMFUL, SKILLS

Tone = Literal["strength", "reconsider", "note"]

TONE_HEADINGS: dict[str, str] = {
    "strength": "What your reply does well",
    "reconsider": "What to reconsider",
    "note": "Also noticed",
}

BEHAVIOUR_LABELS: tuple[str, ...] = ("praise", "i_statement", "request", "medication")
"""Note labels for behaviours the ten research labels have no name for: praise (a
verdict, not an affirmation), an "I" statement and a request about how you work
together (neither is self-disclosure or advice), and a remark about someone's
medication. They are shown only where an exercise's rubric asks about them."""


@dataclass(frozen=True)
class Principle:
    """What the lessons teach about a behaviour, and where that comes from."""

    name: str
    text: str
    sources: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """One thing a written exercise shows about the learner's reply.

    ``label`` is a coach label (:data:`peerkit.coach.LABELS`), a behaviour from
    :data:`BEHAVIOUR_LABELS`, or, for the self-disclosure check, the name of the
    checklist point (then ``check`` is set and ``status`` says how it reads).
    ``quotes`` are the learner's sentences the note is about and ``spans`` their
    character offsets. ``confidence`` (0-1) is the strength of the evidence; skill
    notes are only shown above a threshold (see :mod:`peerkit.coach._thresholds`).
    ``point`` and ``point_question`` name the exercise's own rubric or checklist point
    that the note answers, when there is one.
    """

    label: str
    tone: Tone
    message: str
    heading: str = ""
    kind: str = ""
    quotes: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    suggestion: str = ""
    principle: Principle | None = None
    confidence: float = 1.0
    point: str = ""
    point_question: str = ""
    check: str = ""
    status: str = ""

    @property
    def skill(self) -> bool:
        """True for notes about a helping skill (the notes that need confidence to show)."""
        return self.label in SKILLS

    @property
    def harmful(self) -> bool:
        """True for minimizing, comparing, judging and promising secrecy."""
        return self.label in HARMFUL


@dataclass(frozen=True)
class Words:
    """How a kind of note is written: heading, message, suggestion and principle."""

    heading: str
    message: str
    suggestion: str
    principle: Principle


_LISTEN = Principle(
    "Listening so the person feels heard",
    "Saying back what you heard shows you are paying attention, and lets them correct you.",
    ("S003-15", "S003-17"),
    ("SRC-07",),
)
_OPEN = Principle(
    "Open questions",
    "An open question lets the person lead and tell it their own way.",
    ("S003-30", "S000-30"),
    ("SRC-07",),
)
_NO_ADVICE = Principle(
    "No unasked-for advice",
    "Telling people what to do takes the decision away from them, and can break trust.",
    ("S003-23", "S004-20"),
    ("SRC-09",),
)
_SHARE = Principle(
    "Share with purpose",
    "Your own story helps when it is brief, for their benefit, and hands the focus back.",
    ("S003-33", "S004-28", "S004-29"),
    ("SRC-32",),
)
_ASK_DIRECTLY = Principle(
    "Ask directly about suicide",
    "Asking plainly, with the word, does not put the idea in someone's head; it can"
    " bring relief and opens the way to help.",
    ("S000-12",),
    ("SRC-14", "SRC-15"),
)

# (label, kind) -> how the note is written. Kind "" is the fallback for a label.
WORDS: dict[tuple[str, str], Words] = {
    ("reflection", ""): Words(
        "A reflection",
        "You said back what you heard. This shows you are listening, and lets the person"
        " put you right if your guess is off.",
        'Keep it short, and say it as a statement rather than a question: "Sounds like you'
        ' feel stuck."',
        _LISTEN,
    ),
    ("reflection", "before"): Words(
        "Hearing them before you ask",
        "You said back what you heard before asking anything, so the person knows you"
        " have taken it in before the conversation moves on.",
        "Then leave room for their answer: a reflection often invites more on its own.",
        _LISTEN,
    ),
    ("affirmation", "affirm"): Words(
        "An affirmation",
        "You named a specific strength or effort of theirs. Affirmations like this help"
        " the person see what they are already doing well.",
        'Keep it about them and specific, usually starting with "You": "You kept'
        ' going, even on the hard days."',
        Principle(
            "Affirming strengths",
            "Naming a real strength or effort helps the person see what they already do well.",
            ("S003-17", "S001-32"),
            ("SRC-10",),
        ),
    ),
    ("open_question", "open"): Words(
        "An open question",
        "You asked an open question. It invites the person to tell it in their own words.",
        "Leave room for the answer, and listen before you ask the next one.",
        _OPEN,
    ),
    ("open_question", "last"): Words(
        "Handing the conversation back",
        "Your reply ends with an open question about them, so the conversation comes back"
        " to them and their own ideas.",
        "Then listen: their answer is the part that matters most.",
        _OPEN,
    ),
    ("open_question", "why"): Words(
        "A 'why' question",
        "You asked a 'why' question. It is open, but 'why' can sound like you want the"
        " person to justify themselves.",
        'Try "what" or "how" instead: "What made that feel like the right choice at the time?"',
        Principle(
            "Ask 'what' or 'how' rather than 'why'",
            "'Why' can sound like a demand for an excuse, so people defend instead of explore.",
            ("S003-34",),
        ),
    ),
    ("closed_question", "closed"): Words(
        "A closed question",
        "You asked a question that can be answered with yes, no or a short fact. That is"
        " useful for checking something, but it keeps the story small.",
        'If you want to hear more, open it up: "What has that been like for you?"',
        Principle(
            "Open questions",
            "A closed question gets a short answer; an open one leaves room for their story."
            " Closed questions still have their place: checking a guess, and asking"
            " directly about suicide.",
            ("S003-30", "S001-23"),
            ("SRC-07",),
        ),
    ),
    ("closed_question", "permission"): Words(
        "Asking first",
        "You asked before sharing or offering anything, so the person can say no. That"
        " keeps the choice with them.",
        "If they say yes, keep it brief, then hand the focus back with a question about them.",
        Principle(
            "Ask, Share, Ask",
            "Asking before you offer anything keeps the choice with the person.",
            ("S002-50", "S003-23"),
            ("SRC-32", "SRC-09"),
        ),
    ),
    ("closed_question", "suicide"): Words(
        "Asking directly about suicide",
        "You asked about suicide directly, in plain words. That is what lesson 05 teaches:"
        " asking does not put the idea in someone's head, and it lets them tell you.",
        "Whatever the answer, stay with them, listen, and help them connect with support.",
        _ASK_DIRECTLY,
    ),
    ("open_question", "suicide"): Words(
        "Asking directly about suicide",
        "You asked about suicide directly, in plain words. That is what lesson 05 teaches:"
        " asking does not put the idea in someone's head, and it lets them tell you.",
        "Whatever the answer, stay with them, listen, and help them connect with support.",
        _ASK_DIRECTLY,
    ),
    ("advice", "directive"): Words(
        "Telling them what to do",
        "You told the person what to do. Directive advice can take the choice away from"
        " them, even when you mean well.",
        'Ask what they have thought of first, or ask permission: "Would some ideas help,'
        ' or would you rather talk it through?"',
        _NO_ADVICE,
    ),
    ("advice", "suggestion"): Words(
        "An idea offered without asking",
        "You offered an idea of your own before finding out what they want. People usually"
        " find their own best answers, and an unasked-for idea can feel like pressure.",
        'Ask what they have already thought of: "What has helped, even a little?"',
        _NO_ADVICE,
    ),
    ("self_disclosure", ""): Words(
        "Sharing your own experience",
        "You shared something from your own life. Brief, purposeful sharing can build"
        " trust and show that things can change.",
        "Keep it to a sentence or two, check it is for their benefit, and hand the focus"
        ' back: "What has it been like for you?"',
        _SHARE,
    ),
    ("self_disclosure", "centred"): Words(
        "Sharing that turns the talk to you",
        "This puts your own story at the center: what worked for you, the whole story, or"
        " vivid detail. The person may feel they should follow your route, or look after"
        " your feelings.",
        "If sharing would help, ask first, keep it to a sentence, leave out the detail,"
        " and hand the focus back to them.",
        Principle(
            "Share with purpose",
            "Share briefly and for the person, never to offload or to set your way as"
            " theirs; graphic detail can stir up their own memories.",
            ("S004-28", "S004-32", "S004-34"),
            ("SRC-05", "SRC-32"),
        ),
    ),
    ("self_disclosure", "long"): Words(
        "A long share",
        "Your own story runs longer than this exercise asks for. The longer it is, the more"
        " the conversation turns towards you.",
        "Keep the one sentence that matters to them, then hand the focus back.",
        _SHARE,
    ),
    ("information", ""): Words(
        "Information",
        "You shared information. Facts and resources can help, when the person wants them.",
        'Check first ("Would some information about that be useful?"), then ask what they'
        " make of it.",
        Principle(
            "Information with permission",
            "Facts and resources help most when the person wants them: check first.",
            ("S001-30", "S002-50"),
            ("SRC-09",),
        ),
    ),
    ("minimizing", ""): Words(
        "Minimizing",
        "This may make the person's experience sound smaller than it feels to them, or"
        " hurry past it, even if you mean to cheer them up.",
        'Acknowledge how it feels before anything else: "That sounds really hard."',
        Principle(
            "Don't minimize",
            "Making a feeling sound smaller leaves the person feeling unheard, and they may"
            " stop sharing.",
            ("S003-24", "S003-27"),
        ),
    ),
    ("comparing", ""): Words(
        "Comparing",
        "This compares their struggle with someone else's (maybe your own). It can move"
        " the focus away from them or make their pain seem less.",
        'Keep the focus on their experience: "What has this been like for you?"',
        Principle(
            "Don't compare struggles",
            "Comparing moves the focus away from the person and can make their pain seem less.",
            ("S004-33",),
        ),
    ),
    ("judging", ""): Words(
        "Judging",
        "This may sound like blame or a verdict to the person, even put as a question."
        " People open up when they feel accepted, not judged.",
        'Stay curious instead: "What was going on for you when that happened?"',
        Principle(
            "No judgment",
            "People open up when they feel accepted as they are, without criticism.",
            ("S003-14", "S003-20"),
        ),
    ),
    ("judging", "suicide"): Words(
        "A question that signals the answer you want",
        "Asking about suicide is right, and this question does ask. But its wording passes"
        " a verdict, which tells the person which answer you hope for.",
        'Ask plainly, with the word, and without judgment: "Are you thinking about suicide?"',
        _ASK_DIRECTLY,
    ),
    ("promising_secrecy", ""): Words(
        "Promising secrecy",
        "You promised to keep what they say secret. It is kindly meant, but no supporter"
        " can keep that promise if someone's safety is at risk, and breaking it later"
        " hurts trust.",
        'Be honest about the limits instead: "What you tell me stays with me and my'
        " supervisor, unless I'm worried about your safety.\"",
        Principle(
            "Honest limits to confidentiality",
            "Confidentiality has limits in every agency: say what they are, and never"
            " promise a secret you may not be able to keep.",
            ("S000-23", "S003-18"),
        ),
    ),
    ("praise", ""): Words(
        "Praise",
        "This sounds like praise: a verdict from you about how they did. Praise puts you"
        " in the judge's seat; an affirmation names their own strength or effort instead.",
        'Start with "You" and name what they did: "You went every week, even on the hard days."',
        Principle(
            "Affirmation rather than praise",
            "Praise puts you in the judge's seat; an affirmation names their own strength.",
            ("S001-33",),
            ("SRC-10",),
        ),
    ),
    ("i_statement", ""): Words(
        'An "I" statement',
        'You said how it was for you, starting from "I", without putting them on trial.',
        "Keep the feeling yours, say what you would like from now on, and ask about them.",
        Principle(
            'Use "I" statements',
            '"I feel..." or "I\'d like..." says what you need without accusing; "You'
            ' should..." puts the person on trial.',
            ("S000-29",),
            ("SRC-12",),
        ),
    ),
    ("request", ""): Words(
        "Saying what you need",
        "You said clearly what you would like from now on, without blame.",
        "Then ask what would work for them, so the plan is one you make together.",
        Principle(
            "Say what you need",
            "A clear, specific request, without blame, gives the other person something"
            " they can agree to.",
            ("S000-29", "S000-36"),
            ("SRC-12",),
        ),
    ),
    ("medication", ""): Words(
        "Their medication",
        "This is about the person's medication. Whether and how someone takes it is"
        " between them and their prescriber, and it may not be the goal they chose.",
        "Leave the medication to them, and affirm the goal they set themselves.",
        Principle(
            "Their goals, not someone else's agenda",
            "Affirm the goals the person chose; medication is between them and their prescriber.",
            ("S001-33",),
        ),
    ),
}


def words_for(label: str, kind: str = "") -> Words:
    """How a note of this label and kind is written (falling back to the label's own)."""
    found = WORDS.get((label, kind)) or WORDS.get((label, ""))
    if found is None:
        found = next(words for (name, _), words in WORDS.items() if name == label)
    return found


DEFAULT_TONES: dict[tuple[str, str], Tone] = {
    ("reflection", ""): "strength",
    ("reflection", "before"): "strength",
    ("affirmation", "affirm"): "strength",
    ("open_question", "open"): "strength",
    ("open_question", "last"): "strength",
    ("open_question", "why"): "note",
    ("open_question", "suicide"): "strength",
    ("closed_question", "closed"): "note",
    ("closed_question", "permission"): "strength",
    ("closed_question", "suicide"): "strength",
    ("advice", "directive"): "reconsider",
    ("advice", "suggestion"): "reconsider",
    ("self_disclosure", ""): "note",
    ("self_disclosure", "centred"): "reconsider",
    ("self_disclosure", "long"): "reconsider",
    ("information", ""): "note",
    ("praise", ""): "note",
    ("i_statement", ""): "note",
    ("request", ""): "note",
    ("medication", ""): "note",
}
"""The tone of each kind of note when no exercise says otherwise. Harmful notes are
always "reconsider"; a direct question about suicide is always a strength."""
