"""Phrases that open a question, and whether they make it open or closed.

Open questions ("What...", "How...", "Tell me about...") invite the person to answer in
their own words; closed questions ("Do you...", "Is it...") invite a yes, a no or a
single fact. Almost every phrase here is anchored (``^``) to the start of a sentence.

Tags: ``open`` / ``closed`` say which kind; ``bare`` means the phrase marks a
question even without a question mark ("Tell me more about that."); ``anywhere``
phrases do so wherever they stand ("..., so I'm wondering if you could say more.").
"""

from __future__ import annotations

from ._matcher import Rule

OPEN = Rule("open_question", 2.0, "open")
OPEN_BARE = Rule("open_question", 2.5, "bare")
# A request for the person's story, even in the middle of a sentence.
OPEN_ANYWHERE = Rule("open_question", 2.5, "anywhere")
CLOSED = Rule("closed_question", 2.0, "closed")
CLOSED_STRONG = Rule("closed_question", 3.0, "closed")
CLOSED_BARE = Rule("closed_question", 2.0, "bare")

QUESTION_RULES: list[tuple[Rule, list[str]]] = [
    (
        OPEN,
        [
            "^ what|whats|how|why|where|who|whom|whose|which",
            "^ so|then what|how|why",
            "^ in what way|ways",
            "^ anything else",
            "^ where do|does|would|will|can|could|might",
            "^ when @aux",
        ],
    ),
    (
        OPEN_BARE,
        [
            "^ what|whats|how|why|where|when|who|which @aux",
            "^ what|how about you|your",
            "^ how [confident|important|ready|likely|interested|motivated|willing|sure|much|many"
            "|often|long|far|well|bad|hard] [are|is|was|were|would|do|did|will|have|has|does]",
            "^ what else",
            "^ what|how kind|sort|happened|made|makes|brought|brings|led|helps|helped",
            "^ why do|did|would|are|is|not",
            "^ tell me",
            "^ talk to me [about|more|a little]",
            "^ remind me (again) [what|how|why|about]",
            "^ [if|maybe] you [can|could|would] (just) [tell|describe|share|say|talk|walk|explain]",
            "^ wondering [what|how|if|whether|about]",
            "^ i was wondering",
            "^ if so what|how",
            "^ any (other|more|specific|further) thoughts|ideas|questions|concerns|feelings",
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
            "^ can|could|would|will you give (me|us) [an|a|some] example|examples|idea|sense",
            "^ do you want|wanna to talk|tell|share|say",
            "^ do you mind telling|sharing|explaining|if",
            "^ would you like|care to talk|tell|share|say",
            "^ would you mind",
        ],
    ),
    (
        OPEN_ANYWHERE,
        [
            "i am|was wondering [if|whether] you [can|could|would|might]",
            "if you [can|could] (just) tell me",
            "i would like|love to hear [about|more|what|how|your]",
        ],
    ),
    (
        CLOSED,
        [
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
        ],
    ),
    (
        CLOSED_STRONG,
        [
            "^ how old",
            "^ (about|roughly) how many|long",
            "^ what time|age|year|day|month|number|percentage|percent|grade|date|color|colour",
            "^ what is|was the longest|name|date|number",
            "on a scale",
            "^ where do|did|are|is you live|from|work",
            "^ which one|ones|of",
        ],
    ),
    (
        CLOSED_BARE,
        [
            "^ do|did|does|have|has|are|is|were|was|can|could|would|will you|they|it|he|she * *",
            "^ is|are|was|were there|that|this|it * *",
            "^ have|has you|he|she|they|it * *",
        ],
    ),
]
