"""Phrases for reflections, affirmations and self-disclosure.

* Reflection: a statement that guesses at the person's meaning or feeling
  ("Sounds like...", "So you...", "You feel...").
* Affirmation: noticing a specific strength or effort ("You kept going"), and
  reassurance ("You're not alone"). Praise ("Great job", "I'm proud of you") is tagged
  ``praise`` so the coach can explain the difference.
* Self-disclosure: the supporter telling something from their own life.

Weights: 3 is a clear sign, 2 a good sign, 1 a hint that needs company.
"""

from __future__ import annotations

from ._matcher import Rule

REFLECT_STRONG = Rule("reflection", 3.0, "")
REFLECT = Rule("reflection", 2.0, "")
REFLECT_WEAK = Rule("reflection", 1.0, "")
AFFIRM = Rule("affirmation", 2.5, "affirm")
AFFIRM_WEAK = Rule("affirmation", 1.5, "affirm")
REASSURE = Rule("affirmation", 2.0, "reassure")
EMPATHY = Rule("affirmation", 2.2, "reassure")
# "I'm sorry to hear that" is warm, but it is rarely what a reply is for: it usually
# opens a question or a reflection, so it counts for less than either.
SORRY = Rule("affirmation", 1.5, "reassure")
PRAISE = Rule("affirmation", 2.0, "praise")
DISCLOSE_STRONG = Rule("self_disclosure", 3.0, "")
DISCLOSE = Rule("self_disclosure", 2.0, "")
DISCLOSE_WEAK = Rule("self_disclosure", 1.0, "")

SUPPORT_RULES: list[tuple[Rule, list[str]]] = [
    (
        REFLECT_STRONG,
        [
            "sounds|sound|sounded like",
            "it|that sounds|sounded|seems|seemed as [if|though]",
            "it|that sounds|sounded|seems|seemed that|you",
            "it seems|seemed like",
            "seems to me",
            "^ so you|your",
            "^ so it|that|this is|was|has|sounds|seems|must",
            "^ so for you",
            "^ so what i am hearing|hear",
            "what i am hearing|hear",
            "if i understand|heard (you)",
            "let me see if i",
            "make sure i understand|understood|have|got",
            "you are saying|telling me",
            "you said|mentioned that",
            "what you are saying",
            "^ you @feel",
            "you are @feeling_word",
            "you are (@intens) @feeling_word",
            "you are @feel",
            "you have been @feel",
            "you must @feel|be",
            "you must have @feel|been",
            "you seem|sound (@intens) @feeling_word",
            "you seem|sound like|to",
            "i can|could hear|sense|see|tell [that|how|why|you|what]",
            "i can (@intens|totally|definitely|completely) feel|sense|tell",
            "[is that|is this|am i] (about) [right|correct|accurate|fair]",
            "[did|do] i [get|understand|hear] (that|it|you|this) right|correctly",
            "correct me if",
            "if i am [hearing|understanding|reading] (you|this|that) [right|correctly]",
            "(just) from what [you|i] [said|say|have|wrote|write|told|describe|described|hear"
            "|heard|read|can tell|shared]",
            "^ just from",
            "[is|are|seems|sounds] (@intens) important to you",
            "matters to you",
            "you [are|have been|were] [having|feeling|facing|carrying|juggling]",
            "i hear that|you|how|what",
            "i sense",
            "i get the sense|feeling|impression",
            "i am getting|hearing|sensing",
            "i imagine|guess (that) you",
            "on [one hand|the one hand]",
            "on the other hand",
            "part of you",
            "you are not sure|certain",
            "you do not know [if|whether|what|how]",
            "you are worried|afraid|scared|concerned|unsure|torn",
            "you do not want|like",
            "you really want|need|care",
            "you are looking for|hoping|wanting|thinking|struggling|dealing",
            "you have been|had [a|so|really|such]",
            "you are going|been through",
            "you were hoping|expecting|trying",
            "it|that makes sense [that|you|why]",
            "you find|found it",
            "for you it",
            "you care [a lot|about|deeply]",
            "you are not ready",
            "^ you are|were (@intens) @feeling_word",
        ],
    ),
    (
        REFLECT,
        [
            "you believe|think|feel that",
            "^ so *",
            "you are|were * [and|but] *",
            "^ you have|had *",
            "^ you * (@intens) @feeling_word",
            "must be (@intens) @hard_word",
            "must have been (@intens) @hard_word",
            "it can|could be (@intens) @hard_word",
            "it is|was (@intens) @hard_word [to|for|when]",
            "can be (@intens) @hard_word",
            "i can|could imagine|understand [that|how|why|it|you]",
            "i can only imagine",
            "i understand|understood [that|how|why|what|it|you|your]",
            "you are in [a|an] * [situation|position|place|spot]",
            "such a|an (@intens) @hard_word",
            "a lot on your plate",
            "a lot to deal|handle",
            "you are|were * @feeling_word",
        ],
    ),
    (
        REFLECT_WEAK,
        [
            "you would like|love to",
            "you want|wanted|need|needed to|some|more|a|someone|something",
            "^ you are *",
            "your @family",
            "for you|yourself",
            "you|your",
            "that|it must",
            "^ i understand|see",
            "@feeling_word",
        ],
    ),
    (
        AFFIRM,
        [
            "you are doing [your|the] best|right",
            "you did|do [the|a] right|great|good|fine|wonderful|amazing",
            "you are (@intens) @strength_word",
            "you are [a|an] (@intens) [good|great|wonderful|caring|strong|loving|amazing|brave]",
            "you have [been|shown] (@intens) @strength_word",
            "you have [shown|made|done|taken|come|got] [a|so|such|great|real|good|huge|big|the]",
            "you have come|got so|this far",
            "you have what it takes",
            "that|it took|takes [a lot of|real|so much|great] courage|strength|guts",
            "took|takes courage|strength",
            "your|the courage|strength|effort|determination|commitment|honesty",
            "you care|cared [so|a lot|deeply|about]",
            "shows|showed|says|said [how|that|a lot] [you|about you]",
            "it is clear that you",
            "you clearly",
            "good|great|smart|wise|brave|healthy [thing|step|move|choice|decision|idea|start|sign]",
            "[a|the] [great|good|big|huge|positive|first|important|healthy] step|start|sign",
            "positive step|sign|thing|attitude|mindset|outlook",
            "good|great|healthy way",
            "[it is|that is] (@intens) [great|good|wonderful|amazing|awesome|fantastic|excellent"
            "|admirable|impressive|commendable|brave|smart|wise|positive|healthy] [that|you|of"
            "|to|idea|plan|thing|step|way]",
            "i admire|respect|appreciate",
            "[it is|that is] (@intens) [admirable|commendable|impressive]",
        ],
    ),
    (
        AFFIRM_WEAK,
        [
            "good|great|nice|wonderful|awesome|amazing|fantastic|excellent idea|plan|thinking",
            "[sounds|seems] like [a|an] (@intens) [great|good|wonderful|solid|healthy|reasonable"
            "|positive|excellent|smart|nice] *",
            "that|this sounds (@intens) [great|good|wonderful|amazing|positive|promising|like a]",
            "that|it is (@intens) [great|good|wonderful|awesome|amazing|fantastic|brilliant] $",
        ],
    ),
    (
        PRAISE,
        [
            # A verdict on how they are doing, not a named strength (lesson 03).
            "you are|were doing [a|so|really|such] (@intens) [good|great|well|fantastic|amazing]",
            "you are doing (@intens) well|great|good|fine|amazing|awesome|brilliantly|brilliant",
            "you should be (@intens) proud",
            "be proud of yourself",
            "(@intens) [good|great|nice|awesome|excellent] job|work|going",
            "well done",
            "way to go",
            "good for you",
            "i am (@intens) proud (of you)",
            "proud of you",
            "keep [it|that] up",
            "keep up the [good|great] (work)",
        ],
    ),
    (
        REASSURE,
        [
            "you will (be) [fine|ok|all right|through|able]",
            "you will [get|make it|find|figure|work|pull|come through|get there|get out"
            "|get better|get past]",
            "you are going to be [fine|ok|all right]",
            "[it|things|everything] will [be|get|work|turn|come] [ok|fine|better|all|out|right"
            "|around|together]",
            "it|things|everything is going to [be|get|work] [ok|fine|better|all|out]",
            "it will pass",
            "this|it too shall|will pass",
            "you are not alone",
            "you are never alone",
            "not alone in this",
            "not the only one",
            "[it is|that is] (@intens) [ok|normal|understandable|natural|fine|human|common|valid"
            "|reasonable] [to|that|for|if]",
            "[it is|that is] (@intens) [ok|normal|understandable|natural|valid|completely] $",
            "your feelings are [valid|normal|understandable]",
            "(@intens) understandable",
            "do not worry",
            "no need to [worry|feel|be]",
            "do not be (so) [hard|too hard] on yourself",
            "not your fault",
            "i am (@intens) [sure|confident|certain] (that) you|things|it|they|he|she|everything",
            "i know you can|will",
            "i believe (in) you",
            "i have faith|confidence",
            "you can do [it|this]",
            "you got this",
            "you have got this",
            "hang in there",
            "stay strong",
            "be strong",
            "i am here [for|to|if] (you)",
            "i am (@intens) [glad|happy] (that) you [are|have|were|did|feel|got|found|made|decided"
            "|reached|took|managed|can|could|will|had|kept|tried]",
            "i am (@intens) happy for you",
            "glad to hear",
            "good to hear",
            "great to hear",
            "that is (@intens) good to hear",
            "you deserve",
            "there is (always) hope",
            "it gets better",
            "better days",
            "light at the end",
            "brighter",
            "you are worth",
            "you matter",
            "you have every right",
            "you are allowed to",
            "everyone deserves",
            "it takes time",
            "be kind|gentle|patient with yourself",
            "you are on the right [track|path]",
            "you are headed in the right",
        ],
    ),
    (
        EMPATHY,
        [
            "[it is|that is|it can be|this is] not easy",
            "[we are|we are all|we all|everyone is|everybody is] (in) [this|the same]",
            "we all",
            "it is not your fault",
            "keep your head up",
            "[stay|keep] [positive|hopeful|strong]",
            "there is (still) [hope|a way|light]",
            "[will|can|may] get better",
            "[any|every] [improvement|step|bit]",
            "i know [it is|this is|that is|how] (@intens) [hard|difficult|tough]",
            "(you) (will) be [ok|okay|fine|all right]",
            "i can imagine how",
            "i feel for you",
            "my heart goes out",
            "i know it [is|can be|must be] (@intens) @hard_word",
            "i understand how you feel",
            "i understand $",
            "anyone|anybody|everyone|everybody would [feel|be|have]",
            "[a lot of people|many people|most people|everyone] [feel|are|go|have|struggle]",
            "we all [feel|go|have|struggle|get]",
            "that is (@intens) [great|awesome|wonderful|fantastic|amazing]",
        ],
    ),
    (
        # "That sounds really hard": it names how things are for the person. Research
        # labels often file it with reassurance; the course teaches it as a reflection
        # of feeling, and feedback() shows it as one.
        Rule("affirmation", 2.2, "feeling"),
        [
            "[that is|that sounds|that must be|it must be|sounds|that seems|it sounds] (@intens)"
            " @hard_word"
        ],
    ),
    (
        Rule("affirmation", 3.0, "reassure"),
        [
            "you should not [feel|be|worry|blame|beat|have to|think|let|give up|stress|put"
            "|take it]",
            "[do not|not|never|no need to|try not to|stop] beat|beating yourself (up)",
            "try not to [worry|blame|beat|stress|feel bad|feel guilty|be hard|dwell|be so hard"
            "|be too hard]",
            "you do not have to [feel|be|worry|blame|apologize|apologise|explain|justify]",
        ],
    ),
    (
        Rule("affirmation", 2.2, "reassure"),
        [
            "i know (that) you [can|will|are|have|did|do|would|could|must|care|love|want|tried"
            "|try|mean]",
            "i believe you [can|will|are|have]",
            "[get|make it|pull|come|push] through [this|it|that|these|them]",
            "(@intens) [hard|tough|difficult|rough|challenging] [time|times|situation|thing"
            "|spot|place|road|position|period|year|decision]",
            "[these|difficult|hard|tough|trying|uncertain|challenging|crazy|strange|unprecedented]"
            " times",
        ],
    ),
    (
        Rule("affirmation", 2.5, "affirm"),
        [
            "you are (@intens|clearly|obviously) trying",
            "(@intens) [great|good|wonderful|awesome|amazing|fantastic|brilliant|nice|admirable]"
            " that you",
            "the right [thing|decision|choice|step|steps|direction|track|path|move|way|call]",
            "[doing|did|do|trying|tried|try|done] your [best|very best]",
        ],
    ),
    (
        Rule("affirmation", 1.8, "affirm"),
        [
            "^ [that is|it is|this is|that sounds|this sounds|that was|that would be] (@intens)"
            " (a|an) [good|great|awesome|wonderful|amazing|fantastic|excellent|nice|brilliant"
            "|terrific|encouraging|positive|impressive|lovely|perfect|cool|huge|smart|healthy"
            "|helpful|progress]",
        ],
    ),
    (
        Rule("affirmation", 1.8, "reassure"),
        [
            "surely",
            "i am (@intens) sure",
            "i think you [are|have been|did|will be|have done|have got]",
        ],
    ),
    (
        Rule("affirmation", 1.6, "reassure"),
        [
            "you will",
            "you are going to be",
        ],
    ),
    (
        SORRY,
        [
            "[i am|i feel] (@intens) sorry",
            "i am (@intens) sorry [to hear|that|you|about|for]",
            "i am (@intens) sorry $",
            "sorry to hear",
            "sorry [you|for your|about your]",
        ],
    ),
    (
        DISCLOSE_STRONG,
        [
            "when i was",
            "i have been there",
            "i have been through",
            "i went through",
            "i was in [a|the] [similar|same]",
            "happened to me",
            "i have had [a|the|my|some|similar|experience|to|that]",
            "i had [a|the|my|some|similar|experience|to|that|this]",
            "i used to",
            "me too",
            "same here",
            "same with me",
            "i also [@past_self|have|am|had|feel|struggle|went|know|deal|live|get|lost]",
            "i too [@past_self|have|am|feel|struggle]",
            "i have also|too",
            "in my (own) experience|case|life|situation",
            "my (own) experience",
            "for me [it|personally|,|i|what|the]",
            "what helped|helps|worked|works for me",
            "helped|helps me",
            "i remember [when|being|feeling|how]",
            "i know how [it|that|you] [feel|feels|is]",
            "i know what it is like",
            "i know the feeling",
            "i know exactly",
            "i have experienced",
            "i experienced",
            "i have struggled|dealt|felt|lost|suffered|battled|done|tried|found|gone",
            "i struggled|dealt|suffered|battled|lost|tried|found|started|decided|learned|learnt",
            "i myself",
            "i personally",
            "personally i",
            "my own",
            "i was [also|once|in|going|able|diagnosed|laid|fired|let]",
            "i got [laid|fired|divorced|sober|clean|married|through|help|a|my]",
            "i am [also|currently] [in|going|dealing|looking|working|struggling]",
            "i am in [the same|a similar]",
            "i live|work|grew",
            "i find [it|that|myself|when|doing|going|talking|writing|reading|listening]",
            "i like|love|enjoy to|doing|going|playing|watching|reading|listening|taking",
            "i try|tend to",
            "i like|love|enjoy",
            "i usually",
        ],
    ),
    (
        Rule("self_disclosure", 2.5, ""),
        [
            "i have been in [a|the|similar|same|that|this|your|those|these|such]",
            "when i [was|had|went|lost|got|first|started|feel|felt|am|get|need|needed|have"
            "|used|moved|left|tried|found|broke|quit|stopped|began]",
            "i had to",
            "[years|months|weeks|year|month|week] ago",
        ],
    ),
    (
        DISCLOSE,
        [
            "i @past_self",
            "my @family",
            "i have [a|an|two|three|my|been|kids|children|friends|lots|many|anxiety|depression"
            "|ptsd|adhd|bipolar]",
            "i am [a|an] [mother|father|mom|dad|parent|student|teacher|nurse|veteran|single"
            "|person|survivor|introvert|extrovert]",
            "i know [how|what] [it|that]",
            "i can relate",
            "i relate",
            "similar [situation|experience|thing]",
            "^ i have *",
            "i do [that|this|it] [too|as well|also|myself]",
            "i feel the same",
            "i felt",
            "i am the same",
            "we [had|went|were|did|lost|tried|used|got]",
            "my [life|job|work|mind|health|husband|wife|son|daughter]",
        ],
    ),
    (
        DISCLOSE_WEAK,
        [
            "i|my|me|myself",
        ],
    ),
]
