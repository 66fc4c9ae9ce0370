"""Phrases for replies that can hurt: minimizing, comparing and judging.

* Minimizing shrinks the person's experience ("It's not that bad", "At least...").
* Comparing turns the talk to the supporter's own, bigger struggle ("I had it worse").
* Judging blames or labels the person ("That was stupid", "If you really wanted to...").

The ``_skip`` rules match friendly phrases that contain a harmful-looking part (such as
"at least one person you trust"); a longer match always wins over a shorter one inside
it, so these switch the harmful reading off.
"""

from __future__ import annotations

from ._matcher import Rule

MINIMIZE = Rule("minimizing", 3.0, "")
COMPARE = Rule("comparing", 3.0, "")
JUDGE = Rule("judging", 3.0, "")
SKIP = Rule("_skip", 0.0, "")

HARMFUL_RULES: list[tuple[Rule, list[str]]] = [
    (
        MINIMIZE,
        [
            "^ at least [you|your|it|he|she|they|that|this|there|now|nobody|the|we]",
            ", at least [you|your|it|he|she|they|that|this|there|nobody|we]",
            "but at least [you|your|it|he|she|they|that|this|there|nobody|we]",
            "[it|that|this|things|yours] [is|are|was] not [that|so|really|even|too] @small_word",
            "[it|that|this|things] [is|are] not the end of the world",
            "not the end of the world",
            "not (even) [such|that] [a|of a] big deal",
            "not even a big deal",
            "no big deal",
            "[it|that|this|things] could [be|have been] (@intens|a lot|much|way|far) worse",
            "could always be worse",
            "could be [a lot|much|way|far] worse",
            "worse things [happen|could happen|have happened|happen to people]",
            "[it is|that is|it was] [just|only] [a|an|one] (@intens|little|small|minor|stupid) *",
            "[is|are|was] [just|only] [a|an] [little|small|minor|tiny]",
            "[look|looking] [on|at] the bright side",
            "on the bright side",
            "[a|the] silver lining",
            "[other|some|many|lots of] people [have|had|are|got] [it|going through|dealing with]"
            " (@intens|a lot|much|way|far) [worse|harder]",
            "others [have|had] it (@intens|a lot|much|way|far) [worse|harder]",
            "people are [going through|dealing with|facing] (@intens|a lot|much|way|far) worse",
            "[some|other|many] people do not even have",
            "[it is|that is|it was] [just|only] [money|stuff|things|a thing|words]",
            "[people|others|some] [have|with|face|facing] [real|bigger|worse|actual|serious]"
            " problems",
            "think [of|about] (all) (the) [people|those|others|kids|children] who",
            "(just) [stay|be|think|keep|staying|being] positive",
            "positive vibes only",
            "just [stay|be] [happy|cheerful|grateful|thankful|optimistic]",
            "you should be (@intens) [grateful|thankful|glad|happy] [that|for|you|it]",
            "[be|feel] [grateful|thankful] [for|that] [what|you|it]",
            "count your blessings",
            "[you will|you are going to|you will soon] get over [it|him|her|this|them|that]",
            "get over it",
            "[just|you need to|you have to|try to] [move on|let it go|forget about it|forget it"
            "|shake it off|snap out of it|cheer up|toughen up|man up|suck it up|chin up"
            "|lighten up|get over it]",
            "^ [move on|let it go|forget about it|shake it off|snap out of it|cheer up|toughen up"
            "|man up|suck it up|chin up|lighten up|smile]",
            "[you will|you are going to] [forget|laugh] about [it|this|him|her|that]",
            "[everyone|everybody] [goes|has gone|went|feels|gets|has] [through|like|that|this]",
            "[happens|happened] to [everyone|everybody|all of us]",
            "everyone has [problems|bad days|stuff|issues]",
            "[it|that|this] is not [a|even a] [real|big] [problem|issue]",
            "[it|that|this] is (all) in your head",
            "you are (just) [overthinking|making too much|making a big deal|making a mountain]",
            "[do not|no need to] [be sad|cry|get upset|make a fuss|take it so|be so upset"
            "|be upset|let it get to you|dwell on it]",
            "plenty [more|of other] fish",
            "everything happens for a reason",
            "first world problem",
            "[it|that|this] [will|is going to] blow over",
            "it is not like [you|it|he|she|they|anyone|someone|it was] *",
            "^ [you are|it is|you will be] fine $",
            "[you are|it is] [totally|perfectly|completely] fine",
            "[stop|quit] [worrying|stressing|overthinking|crying|dwelling|being sad|being upset"
            "|thinking about it|making a fuss|feeling bad]",
            "not worth [crying|worrying|getting upset|being upset|stressing|the tears|the stress]",
            "no [point|use|reason] (in) [crying|worrying|being upset|getting upset|dwelling"
            "|stressing|feeling bad]",
            "[you will|you are going to] (be) [fine|ok] [in no time|soon|tomorrow|by next week]",
            "[you will|you are going to|you can] find someone [else|better|new]",
            "you are still young",
            "time heals (all) (wounds)",
            "it could be [so much|a lot] worse",
            "[it|things] [is|are] not as bad as",
            "worse off than you",
            "it is [only|just] temporary",
            "just [ignore|forget] [it|them|him|her|that]",
            "do not [think|dwell] about it",
            "[you have|you are] [so much|a lot] to be [grateful|thankful] for",
            "smile more",
            "cheer up",
            "that is life",
            "it is what it is",
            "you will be over it",
            "[just|simply] [relax|calm down|chill]",
            "^ [relax|calm down|chill]",
        ],
    ),
    (
        COMPARE,
        [
            "i [had|have had|got] it (@intens|a lot|much|way|far|even|so much) [worse|harder"
            "|tougher|rougher]",
            "you think [that|this|yours|your|that one] [is|was|one is] [bad|hard|rough|tough]",
            "you think you [have|had|got] it [bad|hard|rough|tough]",
            "you think (your|his|her|their) * [is|was] [bad|hard|rough|tough]",
            "^ try [dealing|living|being|having|going through|working|raising|doing|losing]",
            "happened to me [it|and it|,] [was|is] (@intens|a lot|much|way|far|even) [worse"
            "|harder]",
            "[it|mine|my situation|my case|my experience|my breakup|my divorce|my job|my boss"
            "|my family|my ex|my story|my loss|my childhood|my pain] [was|is|has been]"
            " (@intens|a lot|much|way|far|even|so much) [worse|harder|tougher]",
            "i know exactly [how|what] [you|it|that]",
            "i know exactly",
            "exactly how you [feel|are feeling]",
            "exactly what you are [going through|feeling]",
            "i know how you feel",
            "i [went|have been|have gone|was] through (@intens|a lot|much|way|far|even) worse",
            "i [went|have been|have gone] through the same (thing) and",
            "worse than [yours|what you|you did|you had]",
            "[harder|tougher|worse|more] than [yours|you did|you are|you have]",
            "at least you [did not|do not|never|have not|are not|were not] [have|had|lose|lost"
            "|get|go|need|had to|have to|got]",
            "you are (@intens) lucky",
            "you [have|had] it (@intens) [easy|good]",
            "you have no idea",
            "wait [until|till] you",
            "imagine how i",
            "nothing compared to",
            "[compared|next] to [me|mine|what i|my|what happened to me]",
            "^ [that|this] is nothing",
            "i would [kill|love|give anything] [for|to have] your [problems|life|situation]",
            "[i|we] [had|have had|have] [it|to deal with|to go through|to face] [much|way|a lot"
            "|far|even] [worse|more]",
            "welcome to my [life|world]",
            "join the club",
            "if you think [that|this|yours|your] [is|was]",
            "what i went through [was|is]",
            "you do not know [what|how] (@intens) [hard|bad|real]",
            "when i was your age",
            "back in my day",
            "[same|that same] thing happened to me [and|but] i",
            "i [dealt|coped] with [it|that|worse|much worse|the same] [and|without|just fine]",
            "i [got|dealt|coped] [over|with] it [just fine|fine|quickly]",
            "(just) got on with it",
            "i never [complained|cried|made a fuss|needed|whined|gave up|let it get]",
            "i did not [complain|cry|need|make a fuss|whine|give up|let it get]",
            "that is [exactly] [like|the same as] [what happened to me|my|when i]",
            "[trust me|believe me] (,) i know",
            "same [thing] happened to me",
            "you [got|have] off [easy|lightly]",
            "mine was worse",
            "be glad it is not",
        ],
    ),
    (
        JUDGE,
        [
            "you [are|were] being (@intens) [@bad_trait|too sensitive|a baby|unreasonable"
            "|irrational|paranoid|difficult|overdramatic]",
            "[that|this|it] [was|is|sounds|seems] (@intens) [@bad_act]",
            "[that|this|it] was [a|an] (@intens) [@bad_act|bad|terrible|poor] [move|thing|idea"
            "|decision|choice|mistake]",
            "if you really wanted (to)",
            "if you [really|truly|actually] [cared|wanted|tried|meant|loved]",
            "if you had [just|only] [listened|tried|thought]",
            "you should have [known|listened|thought|seen|realized|realised|been|done|tried"
            "|stopped|left|asked|told|gone|stayed|said|checked|expected|worked|studied|saved"
            "|gotten|got]",
            "you should not have [done|said|gone|trusted|let|been|believed|started|taken|used"
            "|drunk|spent|quit|left]",
            "known better",
            "you knew better",
            "why [would|did|do|are|were] you (even|ever) [do|go|let|choose|put|stay"
            "|keep|bother|drink|use|act|trust|date|believe|spend|quit|leave|make|take|tell]",
            "why [would|did] you [even|ever] say",
            "why on earth",
            "why the hell",
            "what were you thinking",
            "what did you expect",
            "what do you expect",
            "[you|you have|you can] only (have) (blame) yourself (to blame)",
            "(all|entirely|completely|totally|partly) your (own) fault",
            "you brought [this|it|that] on yourself",
            "you asked for it",
            "you are (@intens) [@bad_trait|hopeless|useless|a mess|a failure|a junkie|an addict"
            "|an alcoholic|a drunk|a loser|a baby|weak]",
            "[you need|you have|you ought|try] to [grow up|get a grip|stop whining"
            "|stop complaining|toughen up|stop feeling sorry|pull yourself together|try harder"
            "|man up|take responsibility|get your act together]",
            "[stop|quit] [whining|complaining|moaning|feeling sorry for yourself|making excuses"
            "|playing the victim|being so|being such|being dramatic|being lazy|being selfish"
            "|being childish|being negative|being sensitive|acting like]",
            "feeling sorry for yourself",
            "how could you",
            "you [always|never] [do|mess|screw|make|ruin|complain|give|say|think|find|blame"
            "|quit|listen|learn|try|do anything]",
            "you made [a|your|some|such a] [bad|poor|terrible|stupid|dumb] [choice|choices"
            "|decision|decisions]",
            "[that is|it is|those are] no excuse",
            "[no|stop making|just|those are|that is] excuses",
            "you are (@intens) (too) [sensitive|emotional|needy]",
            "you are being (@intens) (too) [sensitive|emotional|needy]",
            "you do not (@intens) want to [get better|change|recover|stop|quit|help yourself]",
            "shame on you",
            "[i can not|i do not] believe you [did|would|said|let]",
            "you are overreacting",
            "^ [overreacting|over reacting]",
            "[you are|you are just] [making|blowing] [a|this|it] [big deal|out of proportion|up]",
            "[you|you just] [need|have] to want it",
            "(you are|that is) (just) [making|an] excuse",
            "[what is|what was|what is] wrong with you",
            "what is your problem",
            "[you|that] [are|is] (@intens) [disappointing|embarrassing|a disappointment]",
            "you let (your) (whole) [everyone|us|them|yourself|family|kids|children|team] down",
            "you only care about yourself",
            "you did [it|this|that] to yourself",
            "you are (just) [looking for|seeking|doing it for] attention",
            "attention seeking",
            "anyone (else) [could|would] (have) [handle|handled|cope|coped|do|done|manage|managed]",
            "^ grow up",
            "man up",
            "get [a grip|over yourself]",
            "you [are|were] (@intens) [stupid|dumb|naive|foolish|wrong] to",
            "[that|it] is on you",
            "(that is) [not|no] way to (live|behave|act)",
            "you clearly [do not|did not] [care|try|want|think]",
            "you [just|simply] [did not|do not] [try|care|want] (@intens) (hard|enough)",
            "[lazy|selfish|irresponsible|ridiculous|pathetic|stupid] [of you|thing to do]",
            "[real|grown] [adults|people|men] (do not|don't)",
        ],
    ),
    (
        SKIP,
        [
            "[hard|difficult|tough|not easy] to [be|stay|keep|think|remain] (@intens) positive",
            "how could you [respond|handle|approach|deal|cope|manage|try|make|find|change|go about"
            "|use|help|work|plan|get|ask|start|look|think about|say it|tell|respond]",
            "[do not|not|never] think you are (@intens) *",
            "[it|this|that] is (@intens) [a|such a|such] crazy [time|year|world|situation|times]",
            "[can|could|would|will] you [talk|tell|say|share|explain|describe|walk] (me|us)"
            " (a little|a bit) [more|about|what|how|why|through|me]",
            "at least [one|two|a|an|some|for|once|twice|part|partly|a few|a little|try"
            "|consider|for now|until|in|on|with|tonight|today|three|reach|talk|ask|let|call"
            "|tell|think|take|get|write|see]",
            "at least you are [talking|reaching|here|asking|safe|not alone]",
            "how do you know",
            "[do you|you] compare",
            "compare yourself",
            "comparing yourself",
            "[do|did] you think [that|this|it] [is|was]",
            "what do you think",
            "you [are|were] not overreacting",
            "not overreacting",
            "not your fault",
            "not [a sign of weakness|weak|lazy|selfish|dramatic|stupid|crazy|ridiculous"
            "|a failure|being dramatic|being lazy|being selfish|being ridiculous]",
            "never [stupid|dumb|silly]",
            "no such thing as a [stupid|dumb|silly]",
            "nothing [to be|to feel] [ashamed|embarrassed]",
            "does not [mean|make] you",
            "you should not have to",
            "should not have [had|to]",
            "you did not deserve",
            "why would you [want|like|choose|prefer]",
            "it is not [the|your] [end|fault]",
            "[others|other people] [have|might|may|feel|felt|often]",
            "[i do not|i can not|i will not] [know|pretend|claim] (to know) exactly",
            "not exactly",
            "you are not alone",
            "i do not know exactly",
            "anything that [is|was] [bad|hard]",
        ],
    ),
]
