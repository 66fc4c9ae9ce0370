"""Phrases for advice (directive, suggestion, or offered with permission) and information.

* ``directive`` advice tells the person what to do ("You should...", "You need to...").
* ``suggestion`` advice offers an idea without first asking ("Maybe you could...").
* ``permission`` advice asks first ("Would it help to hear what worked for me?").
* Information shares facts, resources or what is common, without telling anyone
  what to do.

Weights: 3 is a clear sign, 2 a good sign, 1 a hint that needs company.
"""

from __future__ import annotations

from ._matcher import Rule

DIRECTIVE_STRONG = Rule("advice", 3.0, "directive")
DIRECTIVE = Rule("advice", 2.2, "directive")
SUGGEST_STRONG = Rule("advice", 3.0, "suggestion")
SUGGEST = Rule("advice", 2.0, "suggestion")
SUGGEST_WEAK = Rule("advice", 1.0, "suggestion")
PERMISSION = Rule("advice", 3.0, "permission")
INFO_STRONG = Rule("information", 3.0, "")
INFO = Rule("information", 2.0, "")
INFO_WEAK = Rule("information", 1.0, "")

GUIDANCE_RULES: list[tuple[Rule, list[str]]] = [
    (
        DIRECTIVE_STRONG,
        [
            "you [should|must|need to] (@intens|definitely|just|probably|also|first) [@advice_verb"
            "|not|never|be]",
            "you [have to|got to|have got to] [@advice_verb|not]",
            "you ought to",
            "you had better",
            "you better",
            "if i [were|was] you",
            "i would tell you to",
            "my advice [is|would|to you]",
            "i (would) advise",
            "you really [should|need]",
            "^ make sure",
            "^ do not [@advice_verb|be|let|forget|give|worry|stress|feel|beat|dwell|blame|hesitate"
            "|rush|push|isolate|overthink|lose|take|allow]",
            "^ [never|always] [@advice_verb|be|forget|let|give]",
            "^ stop [@advice_verb|worrying|thinking|being|feeling|beating|blaming|trying]",
            "^ remember [to|that]",
            "^ just @imperative",
            "^ please @imperative",
        ],
    ),
    (
        DIRECTIVE,
        [
            "you [should|must]",
            "you need to",
            "^ @imperative [@object]",
            "it is (@intens) [important|essential|crucial|vital|necessary|best] [to|that|for you]",
            "the [best|first|most important] thing [to do|you can|is|would be]",
            "the key is",
            "i would (strongly|definitely|really) [recommend|suggest|advise|encourage]",
        ],
    ),
    (
        SUGGEST_STRONG,
        [
            "have you (ever) [tried|considered|thought|looked|talked|spoken|reached|contacted"
            "|asked|checked|joined|explored|visited|researched|gone to|been to|seen a|seen your]",
            "[did|do] you (ever) [try|consider|think about|look into] [@advice_verb|about|getting"
            "|talking|going|joining|seeing|asking|trying|reaching]",
            "[maybe|perhaps] you [could|can|should|might|would|need|want|try|just|ought|have to]",
            "[maybe|perhaps] [try|trying|consider|think|talk|start|look|write|get|find|take|go|ask"
            "|reach|call|see|set|make|join|spend|give]",
            "you [could|can|might] [also|always|maybe|perhaps|even|just|then|still] @advice_verb",
            "you [could|might] @advice_verb",
            "you [might|may] [want|wish|like] to",
            "you [may|could] (also) [consider|want]",
            "i would [@advice_verb|just|definitely|probably|also|first]",
            "i [think|feel|believe] (that) [you|it] [should|need|could|might|may want|would be good"
            "|would be best|would be helpful|would be a good]",
            "my [suggestion|recommendation|advice]",
            "[a|one|another] [suggestion|recommendation|tip|thing you could]",
            "why not",
            "why do not you",
            "how about [you|trying|talking|calling|going|getting|looking|asking|reaching"
            "|writing|making|taking|joining|finding|starting|setting|doing|we|if]",
            "what about [trying|talking|calling|going|getting|looking|asking|reaching|writing"
            "|making|taking|joining|finding|starting|setting|doing]",
            "what if you [@advice_verb|tried|talked|went|asked|called|wrote|made|took]",
            "it [may|might|could|would|will|can] (also) help [you|to|if]",
            "it [may|might|could|would|will|can] (also) be (a) (@intens) [good|helpful|useful"
            "|great|beneficial|worth|wise|nice|smart|idea|better]",
            "[it is|would be|is always] (always) a [good|great] idea",
            "(a) [good|great] idea [to|would be|is to]",
            "it is (always) [good|helpful|useful|worth|wise|best|better] [to|for you]",
            "worth (a) [trying|try|considering|looking|talking|asking|a shot]",
            "[try|trying] [@object|talking|writing|making|reaching|getting|taking|going|doing"
            "|focusing|looking|finding|keeping|setting|using|spending|joining|meditating"
            "|exercising|calling|asking|speaking|journaling|listening|reading|thinking|being"
            "|practicing|practising|not]",
            "consider [@advice_verb|getting|talking|going|asking|reaching|seeing|taking|joining"
            "|trying|speaking|looking|finding|making|writing|@object]",
            "you [could|can] always",
            "would you consider",
            "have you thought [of|about]",
            "is there [anyone|someone|somebody|a friend|any way|anything|a way] (that) you"
            " [could|can|might]",
            "are there [any|some] * [you|that] [could|can|might]",
            "[could|can] you [@advice_verb] [@object]",
            "do you think [it|you|that] [would|could|might|may] [help|be good|be helpful"
            "|be useful|be worth|be a good]",
            "would it [help|be good|be helpful|be useful|be worth] [to|if you|for you]",
        ],
    ),
    (
        Rule("advice", 2.5, "suggestion"),
        [
            "suggest|suggested|suggesting|recommend|recommended|recommending",
            "deep [breath|breaths|breathing]",
            "[go for|take|taking|going for] a [walk|run|drive|bath|break|nap|trip]",
            "take|taking|get|getting your mind off",
            "look|looking into",
            "[a|some] professional",
        ],
    ),
    (
        Rule("advice", 1.8, "suggestion"),
        [
            "you could",
            "[for example|for instance|such as]",
        ],
    ),
    (
        SUGGEST,
        [
            "you can @advice_verb [@object]",
            "you [should|could|can|might] (also) [look|talk|try|call|see|find|join|ask|reach]",
            "it helps [to|if|me]",
            "it helped (me)",
            "helps a lot",
            "[is|are] (@intens) [helpful|good|great|useful|beneficial] [for|to|in|when|with]",
            "^ try",
            "^ [maybe|perhaps]",
            "there are (@quantity) [ways|things|steps|strategies|options] (you)",
            "[one|another|the best] [way|thing|option|idea|strategy|step]",
            "professional help",
            "[see|talk to|speak to|seek|get] [a|some] [professional|therapist|counselor"
            "|counsellor|doctor|specialist|help]",
            "reach out (to)",
            "talk to [someone|somebody|a|your|them|him|her|people]",
            "speak [to|with] [someone|somebody|a|your|them|him|her]",
            "take [some|a|a little|the] [time|break|walk|deep|moment|step|breath]",
            "focus on",
            "make a list",
            "set [a|some] [goal|goals|boundaries|limits|time|reminder]",
            "write [it|them|things|down|a|your]",
            "i think you [could|can|would|will|should|might|need]",
            "you should",
            "you might",
            "maybe",
            "perhaps",
            "have you",
        ],
    ),
    (
        Rule("advice", 1.5, "suggestion"),
        [
            "^ if you [want|are|feel|can|could|have|need|do|think|try|get|find|decide|like|would]",
            "^ [getting|taking|talking|finding|making|writing|going|reaching|joining|keeping"
            "|spending|trying|exercising|meditating|journaling|focusing|setting|seeking|asking"
            "|reading|listening|volunteering|practicing|practising|having|learning|starting]"
            " [a|some|the|your|yourself|out|to|with|in|on|up|time|more|help|into|down|it]",
        ],
    ),
    (
        SUGGEST_WEAK,
        [
            "you [can|could]",
            "it [might|may|could]",
            "i think",
            "better",
            "try",
            "idea",
        ],
    ),
    (
        Rule("advice", 3.5, "suggestion"),
        [
            "i (would) [suggest|recommend|encourage|propose]",
            "i would (strongly|definitely|really) [recommend|suggest|advise|encourage]",
        ],
    ),
    (
        PERMISSION,
        [
            "[would|do] you [like|want] (me) (to) [hear|some|a few|any|my|suggestions|ideas|advice"
            "|tips|options|information|me to share|me to tell|me to suggest|to hear]",
            "[would|do] you [like|want] me to",
            "would you be [open|interested] [to|in] [hearing|some|a|an|my|ideas|suggestions"
            "|trying|exploring|talking]",
            "would it [help|be ok|be all right] [if|to] [i|hear|me]",
            "would it help to hear",
            "is it [ok|all right] (with you) [if|for] [i|me]",
            "^ [can|could|may] i [share|suggest|offer|tell|give|make|mention|add|recommend"
            "|throw|bring]",
            "if it is [ok|all right] (with you) [i|,]",
            "if you are [open|interested] [to|in]",
            "if you [like|want|wish|would like]",
            "if that [helps|appeals|feels right|sounds]",
            "if you feel [up to|ready|comfortable|like it]",
            "do you mind if i",
            "would you mind if i",
            "only if it feels right",
            "it is (@intens|totally|completely|entirely) up to you",
            "it is your [choice|decision|call]",
            "whatever you decide",
            "you know [yourself|your situation|your life] best",
        ],
    ),
    (
        INFO_STRONG,
        [
            "[research|studies|science|evidence] [shows|show|suggests|suggest|says|finds|found"
            "|has shown|have shown|indicates]",
            "according to",
            "[studies|research|scientists]",
            "there are (@quantity) (of) (@descr) @service",
            "there is [a|an] (@descr) @service",
            "[hotline|helpline|crisis line|988|911|samaritans|unemployment|stimulus|cdc"
            "|vaccine|vaccines|insurance|medicaid|medicare]",
            "it is (@intens) [common|normal|typical] [for|to|among|in]",
            "[is|are] (@intens) [common|widespread|typical] [among|in|for|with]",
            "a [common|normal|natural|typical] [reaction|response|thing|part|feeling|experience"
            "|symptom|sign]",
            "[is|are] [a|one] [common|normal|typical] [sign|symptom|part|type|form|cause|effect]",
            "a sign of",
            "is called",
            "[are|is] known [as|to]",
            "can cause",
            "can lead to",
            "is linked to",
            "the [law|rules|policy|guidelines|government|state|company|program|service]",
            "@quantity @people [find|have|feel|experience|struggle|go|are|use|who|do|get]",
            "[many|lots of|a lot of|most|some] people",
            "for [most|many|some] @people",
            "usually [takes|means|helps|is|are|happens|involves]",
            "on average",
            "percent",
            "%",
            "[www|com|org|http|https]",
        ],
    ),
    (
        Rule("information", 2.5, ""),
        [
            "[they|people|experts|doctors|studies|research|scientists|professionals] [say|said"
            "|says|suggest|suggests|recommend|recommends|believe|found]",
            "i [read|heard|have read|have heard|saw|have seen] [that|online|somewhere|an article"
            "|a study|an interesting]",
        ],
    ),
    (
        Rule("information", 2.0, ""),
        [
            "[risk|risks|chance|chances|rate|rates] of",
            "your body",
            "^ as for",
        ],
    ),
    (
        INFO,
        [
            "there [is|are] [a|an|some|many|lots|plenty|several] * [that|which|who|where|for|to"
            "|called|available|online|in]",
            "[is|are] available",
            "you can [find|get|apply|call|text|contact|access|sign|visit|look|download|use]",
            "[typically|generally|usually|often|sometimes|commonly]",
            "in general",
            "it is [normal|common|natural|possible|important|known|true]",
            "[is|are] [a|an] [type|kind|form|way|part|symptom|treatment|form]",
            "[can|may|might|will|often] [cause|help|make|lead|affect|take|trigger|increase"
            "|reduce|improve]",
            "[this|that|it] [is|was] [because|why|how|what]",
            "[this|it] [can|could|may|might] [be|help|happen|take]",
            "[a lot of|lots of|many|most|some] (of) [them|us|companies|places|employers|schools"
            "|jobs|things]",
            "[they|it|he|she] [is|are|was|were|has|have] [a|an|the|not|been|to|going|very]",
            "[people|everyone|everybody|nobody|someone] [who|that|with|in|are|is|can|will]",
            "we [all|are|have]",
        ],
    ),
    (
        INFO_WEAK,
        [
            "[is|are|was|were]",
            "[can|could|will|would|may|might]",
            "[they|them|their|people|it]",
        ],
    ),
]
