"""Phrases for replies that can hurt: minimizing, comparing, judging and promising secrecy.

* Minimizing shrinks the person's experience ("It's not that bad", "At least...").
* Comparing turns the talk to the supporter's own, bigger struggle ("I had it worse").
* Judging blames or labels the person ("That was stupid", "If you really wanted to..."),
  also when it is put as a question ("That's a bit of an overreaction, isn't it?").
* Promising secrecy offers confidentiality without limits ("It stays between us", "I
  won't tell anyone", "Your secret's safe with me"). No supporter can keep that promise
  when someone's safety is at risk, so the lessons teach never to make it. A sentence
  that names a limit ("...stays with me and my supervisor, unless someone's safety is at
  risk") or refuses the promise ("I can't promise to keep this to myself") makes none:
  see ``LIMITS`` below, which ``_analyze`` applies to the whole sentence.

The ``_skip`` rules match friendly phrases that contain a harmful-looking part (such as
"at least one person you trust"); a longer match always wins over a shorter one inside
it, so these switch the harmful reading off.
"""

from __future__ import annotations

from ._matcher import Rule

MINIMIZE = Rule("minimizing", 3.0, "")
COMPARE = Rule("comparing", 3.0, "")
JUDGE = Rule("judging", 3.0, "")
SECRECY = Rule("promising_secrecy", 3.0, "")
SKIP = Rule("_skip", 0.0, "")
# A named limit to confidentiality, or a refusal to promise it. It is a feature of the
# sentence (its label starts with "~"), not a behaviour: it hides nothing and scores
# nothing, and a promise of secrecy in the same sentence does not count.
LIMIT = Rule("~limit", 0.0, "")

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
            # Reassurance in other words: a prediction that it will all come right, or
            # that the person will soon stop feeling it (LABELLING.md hard case 6).
            "[you will|you are going to|you will soon] [perk up|bounce back|be right as rain"
            "|snap out of it|be back to normal|be back to your old self|be yourself again"
            "|get used to it|forget all about it|be grand|be sorted]",
            "used to it by now",
            "[it|things|everything|it all|things will all] [will|are going to|is going to]"
            " (all) [fall into place|sort itself out|sort themselves out|work itself out|work"
            " themselves out|come good|come right|turn out fine|turn out ok]",
            "[fall|falls] into place",
            "you [have|have got|got] it (@intens) [easy|good|lucky]",
            "[bigger|worse|more] (thing|deal|problem|issue) than it [is|was|really is]",
            "you should not be [feeling|upset|sad|down|low|worried|stressed|thinking] (like)"
            " (this|that)",
            "you will be [fine|ok|okay|alright|grand] too",
            "(you should|you need to|just|try to) stop [thinking|worrying] about [them|him|her|it"
            "|that|this|the past]",
            "[they are|he is|she is|they were|he was|she was] not worth [it|your|the]",
            "[weeks|months|days|week|month|a year|years] [is|are] nothing",
            "[is|was|will be] a walk in the park",
            "[nobody|no one] (even|will even|would even|will|would|really) [noticed|notice|cared"
            "|care|remembers|remember|remembered]",
            "[the same|same] will happen [for|to] you",
            "count yourself lucky",
            "plenty of people would [love|give anything|kill]",
            "do not read (too much) into it",
            "^ could [be|have been] worse",
            "[worrying|stressing|panicking|fussing|upset] (yourself) [about|over] nothing",
            "[months|weeks] [is not|are not|was not] (that|very|so|really) [long|much|a long time]",
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
            # Ranking the supporter below the person, or someone else's path as theirs.
            "i could never [do that|do what you|have done|manage that|manage what you|do it]",
            "putting [the rest of us|us all|everyone|me|us] to shame",
            "my [cousin|friend|mate|sister|brother|mum|mom|dad|son|daughter|partner|wife"
            "|husband|neighbour|neighbor|colleague|uncle|aunt] [went|has been|was|had] through"
            " [the same|exactly the same|exactly this|exactly that|the exact same]",
            "you will be [fine|ok|okay|alright|grand] too",
            "[some|other|most|lots of|loads of|plenty of|many] people [look|wait|search|struggle"
            "|try|go|have been looking|have been waiting|spend] for [years|ages|longer]",
            "exactly what happened to me",
            "exactly the same [happened|thing happened] to me",
            "[the same|same] will happen [for|to] you",
            "count yourself lucky",
            "plenty of people would [love|give anything|kill]",
            "would kill for [the|your|what you]",
            "[nobody|no one] else i [work with|see|support|meet|know|have]",
            "[loads of|lots of|plenty of|many|most|some] people would [love|give anything|kill|be"
            " glad|be grateful]",
            "put [me|us|the rest of us|everyone] to shame",
            "[some|other|many] people [lose|have lost|lost|do not have|have nothing|are on|sleep]",
            "people who [have been|were|are] [looking|waiting|searching|trying|unemployed|out of"
            " work] for [years|ages|longer]",
            "probably [hate|hated|do not like|are not happy in|are miserable in|are stuck in]"
            " [their|the|it]",
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
            # Judging put as a question or a mild-sounding verdict.
            "(a bit of|a little|kind of|sort of|rather|quite) [an|a total|a massive|a huge]"
            " [overreaction|over reaction]",
            "[an|the] [overreaction|over reaction]",
            "[is not|was not|is] [that|this|it] (a bit|a little|kind of|sort of|rather|quite|just"
            "|really|very|so|too) [@bad_trait|over the top|harsh|rude|unfair|extreme|soon|early"
            "|selfish|disrespectful]",
            "[a bit|a little|kind of|sort of|rather] [over the top|harsh|rude|unfair|dramatic"
            "|selfish|disrespectful|much|extreme] (of you|to)",
            "you are being [a bit|a little|kind of|sort of|rather] [@bad_trait|much|harsh|over the"
            " top|sensitive|negative]",
            "what did you [think|expect] would happen",
            "^ why [did not|could not|would not|have not|were not|are not|had not] you",
            "^ why [did|have|could|would|were|are] you not",
            "why did you [nearly|almost|not]",
            "you are (just) being (a bit|a little|kind of|sort of|rather) [@bad_trait|lazy|rude"
            "|selfish|negative]",
            "why [did not|could not|would not|have not|do not] you (just|even|at least) [call|text"
            "|tell|let|say|ring|phone|message|come|turn|show|answer|reply|ask|think|bother]",
            "why [did|could|would|have] you not (just|even) [call|text|tell|let|say|ring|phone"
            "|message|come|turn|show|answer|reply|ask|think|bother]",
            "[doing|do] [anything|something] [stupid|silly|daft]",
            "if you [cared|really cared|valued|respected]",
            "you [always|never] do this",
            "[it is|that is] (just) [bad|basic|common] manners",
            "just manners",
            "you can not just [not|keep|expect|walk|leave|disappear|vanish|ignore|turn up|show up"
            "|skip|miss|drop]",
            # Blame and verdicts in other words (LABELLING.md hard cases 7 and 16).
            "you [know|knew] better",
            "what was so [important|urgent|pressing] (that)",
            "[taking|take|took|taken] [me|us|them|people|this|it] for granted",
            "[that is|it is|that was] the worst thing you [can|could] do",
            "you are letting [it|this|things|that|yourself]",
            "did you really [think|expect|believe]",
            "surely you [are|were|would|will|have|realise|realize|see|understand]",
            "are you sure you are not [making|blowing|exaggerating|overreacting|being|just]",
            "how come you [never|did not|have not|do not|always|keep|could not|would not|are not"
            "|can not]",
            "too much to ask",
            "can not happen [again|a third time|another time|any more]",
            "[wasted|wasting] [an|a|half an|two|three|so much|a lot of|the whole] [hour|hours"
            "|morning|afternoon|day|time|evening]",
            "you are being (a bit|a little|too|so|really|quite) [hard|harsh|tough] on [them|people"
            "|the|others|him|her|everyone|your]",
            "you could (easily) do more than that",
            "you [picked|chose|went for|hung around with|hung out with] the wrong",
            "you are making [it|things|this|life] [harder|worse|more difficult] for yourself",
            "that is what happens when",
            "if you would [stayed|stuck|tried|listened|kept|gone|done|called|been|had|asked"
            "|bothered|planned]",
            "[in|into] this mess",
            "[messed|mucked|pushed|jerked|strung] [me|us] [around|about|along]",
            "if [this|it|that|these meetings|our meetings|the meetings|recovery|getting better]"
            " [mattered|meant anything|meant something] to you",
            "you need to be [stricter|more strict|tougher|harder|more disciplined] (with yourself)",
            "[worrying|stressing|panicking|fussing|upset] (yourself) [about|over] nothing",
            "do not do [that|this|it] to me",
            "[bigger|worse|more] (thing|deal|problem|issue) than it [is|was|really is]",
            "you should not be [feeling|upset|sad|down|low|worried|stressed|thinking] (like)"
            " (this|that)",
        ],
    ),
    (
        SECRECY,
        [
            # "It stays between us", "what you tell me stays with me", "whatever you say
            # stays here": the subject's last word is enough to tell it from "he stays with
            # me at weekends".
            "[it|this|that|everything|anything|me|say|said|says|secret|secrets|here|stuff|words]"
            " [stays|remains|is staying|is kept|goes no further|does not leave|will not leave"
            "|will stay|will remain|will always stay|will go no further|will be kept|is going to"
            " stay] [with me|here|in here|in this room|private|secret|confidential|between us"
            "|between you and me|between me and you|between the two of us]",
            "[stays|stay|remains|remain|staying|kept|keep it|keep this|keep that] (just|only"
            "|strictly|right) between [us|you and me|me and you|the two of us]",
            "[just|only|strictly|totally|completely|all] between [us|you and me|me and you|the two"
            " of us] $",
            "[keep|keeping|kept] [it|this|that|everything|anything|what you told me|what you tell"
            " me|your secret|your secrets] [between us|between you and me|between me and you"
            "|between the two of us|to myself|secret|a secret|quiet|private|confidential]",
            "i [will|can|promise to|am going to|would|will always|promise i will|swear i will]"
            " keep [a secret|secrets|your secret|your secrets]",
            "i [will not|would not|will never|would never|am not going to|promise not to|promise"
            " i will not|promise i would not|swear i will not|do not|never] (ever) [tell|say"
            " anything to|say a word to|breathe a word to|repeat it to|repeat this to|repeat that"
            " to|repeat it|repeat this|repeat that|mention it to|mention this to|mention that to"
            "|mention anything to|share it with|share this with|share that with|share anything"
            " with|pass it on|pass this on|pass that on|put it|put this|put that|put anything"
            "|write it|write this|write anything|write that|report it|report this|report that]"
            " [anyone|anybody|a soul|a single soul|a word|no one|nobody|your|the|my|them|in|on"
            "|into|about|down|to]",
            "i [will not|would not|will never|would never|am not going to|promise not to|do not]"
            " (ever) tell [anyone|anybody|a soul|a single soul|no one|nobody]",
            "[your|the|this|that] [secret|secrets] [is|are] safe (with me)",
            "[your|the|this|that] [secret|secrets] safe (with me)",
            "[it is|this is|that is|they are|everything is|anything is] safe with me",
            "[nobody|no one|noone|nobody else|no one else] [will|needs to|has to|is going to|is"
            " ever going to|will ever|would|would ever] [know|find out|hear about it|hear about"
            " this|hear it|hear]",
            "[nothing|none of it|none of this|nothing you say|nothing you tell me] [will|is going"
            " to|would] (ever) [leave|go beyond|get out of|go past|go further than] [this room"
            "|here|me|us]",
            "what is said [here|in here|in this room] stays [here|in here|in this room]",
            "[is|are|will be|stays|remains|will stay|will remain|is kept|will be kept|is all|are all]"
            " (@intens|completely|totally|strictly|entirely|fully|100 percent|always|all) confidential",
            "[completely|totally|strictly|entirely|fully|100 percent] confidential",
            "our (little) secret",
            "[this|that|it|everything|all this|all of this|what you say|what you tell me] [is|is all"
            "|will be|is just|is only|stays|will stay] (just|only|all|strictly) between [us|you and"
            " me|me and you|the two of us|us two|ourselves]",
            "between us two",
            "off the record",
            "you have my word",
            "i give you my word",
            "will [hear|know|find out] [anything|a thing|a word|nothing] from me",
            "(never|not|will not|would not|would never) repeat [anything|any of this|any of it|a"
            " word|what you]",
            "my lips are sealed",
            "take [it|this|that|your secret] to my grave",
            "i promise i will not [tell|say|mention|repeat|share|breathe|put|write]",
            "you can trust me [not to tell|to keep|with your secret|with this|with that]",
            "[your|the] [story|secret|news|business|stuff] is safe with me",
            "[your|the] [story|secret|news|business|stuff] safe with me",
            "stays right here",
            "[will not|does not|never] leave this [table|room|desk|office|building|place]",
            "mum is the word",
            "mum the word",
            "i am a vault",
            "forgotten the minute",
            "nobody hears it from me",
            "nothing leaves this room",
            "[will|would] [go|get] to [anyone|nobody|no one] else",
            "will not go to anyone",
            "will go no further",
            "[my lips are sealed|lips are sealed|cross my heart|under wraps|on the quiet|in the"
            " vault|lock and key|to the grave|take it to my grave]",
            "[never leaves|does not leave|will not leave|will never leave|will not go|will not go"
            " any|goes no|will go no] [this room|here|me|any further|further]",
            "[no one|nobody|noone|nobody else|no one else] [at|in|from] (the|your|my) * [will"
            "|needs to|has to|is going to|would|is ever going to] [know|hear|find out|see]",
            "[no one|nobody|noone] [else] [needs to|has to|will|is going to|would] [know|hear|find"
            " out]",
            "i [will not|would not|will never|would never|am not going to|promise not to|do not]"
            " (ever) [let anyone know|let on|say a word|breathe a word|tell a soul|tell anybody|tell"
            " anyone|mention it|mention this|mention that|mention anything|share it|share this"
            "|share that|record it|record this|record that|note it|note this|note that|write it"
            " down|write this down|put it in|put this in|put that in|pass it on|pass that on|pass"
            " this on|report it|report this|report that|report you]",
            "[totally|completely|strictly|entirely|fully|100 percent|all] [private|confidential"
            "|secret|between us]",
            "[it is|this is|that is|everything is|anything is|what you say is|what you tell me is]"
            " (@intens|completely|totally|strictly|all|just) [private|confidential|secret] $",
            "[just|only] [us|you and me|the two of us] $",
            "[keep|keeping|kept] [it|this|that|everything|things|your secret|your secrets|what you"
            " said|what you told me] [to myself|quiet|secret|private|confidential|under wraps|off"
            " the record|between us|between you and me|hush hush]",
            "[take|taking|takes|go|goes|going|went] to my grave",
            "to the grave with me",
            "hush hush",
            "[hear|hears|know|knows|find out] [a word|a thing|anything|nothing] [of|about] [this"
            "|it|that] from me",
            "[will|would] (ever|never) find out from me",
        ],
    ),
    (
        LIMIT,
        [
            "[me|i] and my [supervisor|team|manager|colleagues|coordinator]",
            "my [supervisor|team|manager|coordinator] and [me|i]",
            "with my [supervisor|team|manager|coordinator]",
            "my [supervisor|team|manager|coordinator] [can|may|might|will|would|does|sees|see"
            "|reads|read|knows|know]",
            "[can not|can not really|will not be able to|would not|never|am not able to|am not"
            " allowed to|could not|not able to|do not] [promise|guarantee|keep everything|keep it"
            " all|keep secrets|keep a secret]",
            "[can not|could not|will not be able to|am not able to] keep [this|that|it] [to myself"
            "|between us|secret|a secret|private]",
            "no promises",
            "[i|we] [have to|need to|would have to|would need to|might have to|might need to|may"
            " have to|may need to|must|will have to|will need to] [tell|share|involve|report"
            "|pass|let|get|call|bring|speak|talk]",
            "[limits|limit|exceptions|exception] to",
            "[some|a few|certain] [limits|exceptions]",
            "within [limits|the limits|reason]",
            "with (some|a few|certain) [limits|exceptions]",
            "[it|this|that|what you tell me|what you say] [goes|will go|has to go|might go|may go"
            "|would go] [in|into] [my|the|your] [notes|records|record|file]",
        ],
    ),
    # A condition counts as a limit when the same sentence names what it is about:
    # "unless I'm worried about your safety" does, "unless you want me to" does not.
    (
        Rule("~limit", 0.0, "if"),
        ["unless", "except", "apart from", "other than", "but if", "only if", "only when"],
    ),
    (
        Rule("~limit", 0.0, "risk"),
        [
            "safety",
            "[at|of] risk",
            "in danger",
            "[harm|hurt|hurting|harming] [yourself|themselves|someone|anyone|others|you]",
            "[the|a] law",
            "legally",
        ],
    ),
    (
        SKIP,
        [
            "[hard|difficult|tough|not easy] to [be|stay|keep|think|remain] (@intens) positive",
            "how could you [respond|handle|approach|deal|cope|manage|try|make|find|change|go about"
            "|use|help|work|plan|get|ask|start|look|think about|say it|tell|respond]",
            "[do not|not|never] think you are (@intens) *",
            "[think|believe|feel like|say|call yourself] (that) you are (@intens) (a|an) [failure"
            "|loser|mess|disappointment|useless|hopeless|weak|@bad_trait]",
            "not going to tell you to (just) [cheer up|stay positive|calm down|move on|look on the"
            " bright side|stop|snap out of it|get over it|be positive|think positive]",
            "[will not|do not|can not|would not|am not going to] pretend (that) i know exactly",
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
