"""What the coach says about each behaviour: a short message and a suggestion.

Written for peer-support trainees, not programmers: second person, kind, plain words,
each tied to a principle the lessons teach (open questions, reflections, affirmation
rather than praise, brief and peer-focused self-disclosure, advice only with
permission, no minimizing, comparing or judging, and honest limits to confidentiality
instead of a promise of secrecy).
"""

from __future__ import annotations

# (label, kind) -> (message, suggestion). Kind "" is the fallback for a label.
MESSAGES: dict[tuple[str, str], tuple[str, str]] = {
    ("open_question", ""): (
        "You asked an open question. It invites the person to tell their story in their own words.",
        "Leave room for the answer, and listen before you ask the next one.",
    ),
    ("open_question", "why"): (
        "You asked a 'why' question. It is open, but 'why' can sound like you want the "
        "person to justify themselves.",
        "Try 'what' or 'how' instead, for example: \"What made that feel like the right "
        'choice at the time?"',
    ),
    ("closed_question", ""): (
        "You asked a closed question. It invites a yes, a no or a short fact, which is "
        "useful for checking, but keeps the story small.",
        'If you want to hear more, open it up: "What was that like for you?" or "How did that go?"',
    ),
    ("reflection", ""): (
        "You reflected back what you heard. This shows you are listening and lets the "
        "person correct you if your guess is off.",
        'Keep it short, and say it as a statement rather than a question: "Sounds like '
        'you feel stuck."',
    ),
    ("affirmation", "affirm"): (
        "You noticed a strength or an effort. Affirmations like this help the person see "
        "what they are already doing well.",
        'Name the specific thing: "You kept reaching out even when it was hard."',
    ),
    ("affirmation", "reassure"): (
        "You offered reassurance and warmth. It can comfort, as long as it does not "
        "rush past what the person is feeling.",
        'Make sure they feel heard first, then reassure: "It makes sense you feel this '
        "way, and you don't have to face it alone.\"",
    ),
    ("affirmation", "feeling"): (
        "You named how hard this is for them. That shows you have taken in what they feel.",
        'Keep it about them and stay with it a moment: "That sounds really lonely."',
    ),
    ("affirmation", "praise"): (
        "This sounds like praise. Praise puts you in the judge's seat; an affirmation "
        "names the person's own strength or effort instead.",
        "Start with 'you' and be specific: \"You stuck with your plan all week, even on "
        'the hard days."',
    ),
    ("self_disclosure", ""): (
        "You shared something from your own life. Brief, purposeful sharing can build "
        "trust and hope.",
        'Keep it short, check it is for their benefit, and turn the focus back: "That '
        'helped me. What might help you?"',
    ),
    ("advice", "directive"): (
        "You told the person what to do. Directive advice can take the choice away "
        "from them, even when you mean well.",
        'Ask first, and offer it as an option: "Would it help to hear what worked for '
        'me?" or "What have you thought about trying?"',
    ),
    ("advice", "suggestion"): (
        "You offered an idea without asking first. People usually find their own best "
        "answers, and an unasked-for suggestion can feel like pressure.",
        'Ask what they have already thought of, or ask permission: "Would you like some '
        'ideas, or would you rather talk it through?"',
    ),
    ("advice", "permission"): (
        "You asked before offering ideas. That keeps the choice with the person.",
        "If they say yes, share it as one option among others, and ask how it sits with them.",
    ),
    ("information", ""): (
        "You shared information. Facts and resources can help, when the person wants them.",
        'Check first ("Would some information about that be useful?") and then ask '
        "what they make of it.",
    ),
    ("minimizing", ""): (
        "This may make the person's experience sound smaller than it feels to them, "
        "even if you mean to cheer them up.",
        'Acknowledge how it feels before anything else: "That sounds really hard."',
    ),
    ("comparing", ""): (
        "You compared their struggle with someone else's (maybe your own). It can move "
        "the focus away from them or make their pain seem less.",
        'Keep the focus on their experience: "What has this been like for you?"',
    ),
    ("promising_secrecy", ""): (
        "You promised to keep what they say secret. It is kindly meant, but no supporter can "
        "keep that promise if someone's safety is at risk, and breaking it later hurts trust.",
        'Be honest about the limits instead: "What you tell me stays with me and my '
        "supervisor, unless I'm worried about your safety.\"",
    ),
    ("judging", ""): (
        "This may sound like blame or a judgment to the person you support. People "
        "open up when they feel accepted, not judged.",
        'Stay curious instead: "What was going on for you when that happened?"',
    ),
}


def message_for(label: str, kind: str = "") -> tuple[str, str]:
    """The (message, suggestion) pair for a label and kind, falling back to the label."""
    found = MESSAGES.get((label, kind)) or MESSAGES.get((label, ""))
    if found is None:
        found = next(pair for (name, _), pair in MESSAGES.items() if name == label)
    return found
