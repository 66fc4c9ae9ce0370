"""Phrases for small talk: greetings, thanks, goodbyes and "mm-hmm".

These are part of any conversation and need no feedback, so they carry the internal
label ``_other``: a sentence made of small talk is not counted as a skill at all.
"""

from __future__ import annotations

from ._matcher import Rule

SMALL_TALK = Rule("_other", 3.0, "")

OTHER_RULES: list[tuple[Rule, list[str]]] = [
    (SMALL_TALK, [
        "^ [hi|hello|hey|hiya|greetings|howdy] (there|again|friend|,) $",
        "^ good [morning|afternoon|evening|night|day] (to you|there|friend) $",
        "^ how are you (doing|today|feeling today|doing today|this morning|this evening"
        "|tonight|friend) $",
        "^ how [is|are] [it going|your day|things going|you today|you doing today] $",
        "^ what is up $",
        "^ nice to [meet|talk to|chat with|hear from] you $",
        "^ [thank you|thanks] (so much|very much|a lot|for sharing|for talking|for chatting"
        "|for that|for reaching out|for telling me|for letting me know|again|too|as well) $",
        "^ you are (so|very|most) welcome $",
        "^ [no problem|no worries|my pleasure|any time|anytime] $",
        "^ [take care|bye|goodbye|good bye|see you|talk soon|good night|goodnight]"
        " (now|then|of yourself|friend|and good luck|later) $",
        "^ have a [good|great|nice|lovely|wonderful|blessed] [day|night|evening|weekend"
        "|one|rest of your day|time] $",
        "^ [ok|yes|yeah|yep|sure|right|mm|hmm|mhm|uh huh|all right|i see|got it|cool|wow|oh"
        "|ah|great|exactly|true|indeed] $",
        "^ glad i could help $",
        "i hope you [have|had|enjoy|get|feel] (a|an) (@intens) [great|good|nice|wonderful|lovely"
        "|better|day|night|evening|weekend|rest|holiday|holidays|christmas]",
        "i hope [this|that|it|my] [helps|helped|was helpful]",
        "i hope [things|everything|it] [work|works|goes|go|get|gets] (out|well|better)",
        "i wish you (all) the best",
        "[best|good] luck",
        "all the best",
        "happy to hear",
        "glad [i|to] [could|can|was able to] help",
        "[thank you|thanks] for [sharing|talking|chatting|reaching out|your time|listening]",
        "nice [talking|chatting] (to|with) you",
        "^ [are you|is anyone] [there|still there] $",
        "^ [can|could] you hear me $",
        "^ how can i help (you) (today|this afternoon|this evening|this morning|tonight) $",
        "^ what [can|would] [i|you like to] [do for you|talk about|help you with] (today) $",
    ]),
]
