"""Phrases that open a question, and whether they make it open or closed.

Open questions ("What...", "How...", "Tell me about...") invite the person to answer in
their own words; closed questions ("Do you...", "Is it...") invite a yes, a no or a
single fact. Every phrase here is anchored (``^``) to the start of a sentence.

Tags: ``open`` / ``closed`` say which kind; ``bare`` means the phrase marks a
question even without a question mark ("Tell me more about that.").
"""

from __future__ import annotations

from ._matcher import Rule

OPEN = Rule("open_question", 2.0, "open")
OPEN_BARE = Rule("open_question", 2.5, "bare")
CLOSED = Rule("closed_question", 2.0, "closed")
CLOSED_STRONG = Rule("closed_question", 3.0, "closed")
CLOSED_BARE = Rule("closed_question", 2.0, "bare")

QUESTION_RULES: list[tuple[Rule, list[str]]] = [
    (OPEN, [
        "^ what|whats|how|why|where|who|whom|whose|which",
        "^ so|then what|how|why",
        "^ in what way|ways",
        "^ any thoughts|ideas|questions|concerns",
        "^ anything else",
        "^ if so what|how",
        "^ where do|does|would|will|can|could|might",
        "^ when",
    ]),
    (OPEN_BARE, [
        "^ what|whats|how|why|where|when|who|which @aux",
        "^ what|how about you|your",
        "^ what else",
        "^ what|how kind|sort|happened|made|makes|brought|brings|led|helps|helped",
        "^ why do|did|would|are|is|not",
        "^ tell me [a|more|about|what|how|why|little|bit]",
        "^ please tell|describe|share|explain",
        "^ describe|explain (to) [me|what|how|a]",
        "^ walk|talk me through|about",
        "^ help me understand",
        "^ say more",
        "^ i wonder|wondering|curious",
        "^ i am wondering|curious",
        "^ i would like|love to hear|know|understand",
        "^ i would be interested|curious",
        "^ can|could|would|will you tell|describe|explain|share|say|talk|walk|think|help",
        "^ can|could|would|will you give me [an|a|some] example|examples|idea|sense",
        "^ do you want|wanna to talk|tell|share|say",
        "^ do you mind telling|sharing|explaining|if",
        "^ would you like|care to talk|tell|share|say",
        "^ would you mind",
    ]),
    (CLOSED, [
        "^ do|does|did|is|are|was|were|am|can|could|would|will|have|has|had|should|shall"
        "|may|might|must",
        "^ not|neither",
        "^ any|anyone|anybody|anything|anywhere",
        "^ is|are there",
        "^ you are|were|have|had|do|did|will|would|can|could|mean|think|feel|said|want",
        "^ it|that|this is|was|has|does|will|would",
        "right $",
        "correct $",
        "yes|yeah or no $",
        "is that right|correct|true|so",
        "am i right|correct|understanding",
        "is not it $",
        "do not you $",
        "ok $",
        "^ or",
    ]),
    (CLOSED_STRONG, [
        "^ how old",
        "^ what time|age|year|day|month|number|percentage|percent|grade|date|color|colour",
        "^ what is|was the longest|name|date|number",
        "on a scale",
        "^ where do|did|are|is you live|from|work",
        "^ which one|ones|of",
    ]),
    (CLOSED_BARE, [
        "^ do|did|does|have|has|are|is|were|was|can|could|would|will you|they|it|he|she"
        " * *",
        "^ is|are|was|were there|that|this|it * *",
        "^ have|has you|he|she|they|it * *",
    ]),
]
