"""Features of a sentence that the course's feedback reads, beyond the ten research labels.

Every rule here has a label starting with "~": it marks a *feature* of the sentence
(words about suicide, a first-person feeling, a request, supporter-centred sharing),
scores nothing and hides nothing, so :func:`peerkit.coach.analyze` gives the same
labels with or without these rules. :func:`peerkit.coach.feedback` reads them to judge
a reply the way the lessons teach:

* ``~suicide``: words about suicide or self-harm. A question that uses them asks
  directly, as lesson 05 teaches; it is never something to reconsider.
* ``~minimizing``, ``~judging``, ``~comparing``: habits the lessons name that research
  labels file elsewhere. Lesson 01 calls "You'll be fine" minimising; the research data
  the coach is checked against calls it reassurance. Feedback follows the lessons.
* ``~feeling``: a short statement of how things are for the person ("That's rubbish",
  "that must sting"): a reflection of feeling.
* ``~centred``: sharing that puts the supporter at the centre ("here's what worked for
  me", "let me tell you the whole story"); tag ``detail`` marks distressing detail.
* ``~assuming``: saying the supporter's way will suit them ("what worked for me will
  work for you").
* ``~feel_i`` and ``~need_i``: the supporter's own feeling or need, now ("I was worried
  when you didn't come", "I'd like us to agree..."): an "I" statement, not a story
  from their past. ``~past`` marks words that do place it in the supporter's own life
  ("when I was using", "years ago", "myself").
* ``~permission``: asking before sharing ("Would it help to hear how it went for me?").
* ``~praise``: a verdict from above ("I'm really impressed", "so proud").
* ``~medication``: tablets, medication, meds.
* ``~hope`` and ``~no_share``: words of change getting easier, and saying you would not
  share (both read by the self-disclosure checklist).

All are plain English phrases written for the course; none comes from evaluation data.
"""

from __future__ import annotations

from ._checklist import DETAIL_PHRASES, DETAIL_WORDS
from ._matcher import Rule

COURSE_RULES: list[tuple[Rule, list[str]]] = [
    (
        Rule("~suicide", 0.0),
        [
            "suicide",
            "suicidal",
            "[kill|killing|hurt|hurting|harm|harming|cut|cutting|injure|injuring] [yourself"
            "|themselves|himself|herself]",
            "self [harm|harming|injury]",
            "self - [harm|harming|injury]",
            "selfharm",
            "[end|ending|take|taking] [your|their|his|her] (own) life",
            "[ending|end] it (all)",
            "[want|wanting|wanted] to die",
            "better off [dead|without you|not here]",
            "[not|no longer] [want|wanting] to [be here|live|be alive|wake up|go on]",
            "thoughts of [dying|death|not being here|not wanting to be here|ending]",
            "no reason to live",
            "so much to live for",
            # The euphemism a judging question uses: "not doing anything stupid, are you?"
            "[doing|do|try|trying] [anything|something] [stupid|silly|daft|drastic]",
        ],
    ),
    (
        Rule("~minimizing", 0.0),
        [
            # Reassurance that hurries past the feeling (lessons 01 and 05).
            "[it|this|that|these things|the feeling|it all|this feeling|things|feelings like"
            " this] [will|is going to|should|always|usually|will soon|will eventually|should soon]"
            " [pass|lift|blow over]",
            "[it|this|that|these things|feelings like this] [passes|always passes|always pass]",
            "these things always do",
            "it always does",
            "[you will|you are going to|you will soon] (be) (@intens|absolutely|totally|completely"
            "|totally) [fine|ok|all right|alright|grand]",
            "you will [manage|get there|bounce back|find something|find work|find a job|make new"
            " friends|feel better|get through this|get through it|be back on your feet|sort it"
            " out|be over it|forget about it]",
            "[we will|we are going to] get you [feeling better|sorted|back]",
            "in no time",
            "[something|the right thing|the right job|yours|your turn|your time] will come"
            " (along|soon)",
            "(you are|it is|things are) [not|never] as bad as",
            "[do not|no need to|try not to|never] [worry|stress|fret|panic] (about it|about that"
            "|about them|about what|so much|too much)",
            "^ [do not|no need to] [worry|stress] $",
            "[nobody|no one|noone] will (even) [notice|remember|care|mind|bat an eyelid|look twice]",
            "[everyone|everybody|we all|all of us|people] [gets|get|feels|feel|has|have|goes|go"
            "|went] [low|down|sad|quiet|blue|a bit low|a bit down|a bit sad|a bit quiet|like that"
            "|like this|that way|this way|bad days|low patches|low days|down days|rough patches"
            "|through it|through this|through that|through the same|through something like this]",
            "[happens|happened] to [everyone|everybody|all of us|the best of us]",
            "it happens to everyone",
            "[everyone|everybody] (is|moves|goes|has) (at|on) [their|your] own [path|pace|way|time"
            "|journey|timeline]",
            "everyone is in the same boat",
            "just part of [early recovery|recovery|life|growing up|the process]",
            "you are (@intens|a lot|much|so much) stronger than [this|that]",
            "you have (got) [so much|a lot|everything] to live for",
            "you have (got) your whole life ahead",
            "you are (only|still) [young|27|twenty seven]",
            "[it is|it has] only been",
            "[it is|it was|that is] only [a|five|one|a few|two|three|four|six]",
            "only [a library|a job|a week|a few weeks|five months|a month]",
            "[you are|you are just|it is just] (just) in between",
            "you are not a failure",
            "[do not|stop] [talk|talking] about yourself like that",
            "[do not|try not to|never] [let|letting] it [get to you|drag you|get you]",
            "do not be (so|too) [hard|harsh] on yourself",
            "[look|looking] on the bright side",
            "of course they will not",
            "it is not like it is",
            "[one of the most|the most] positive",
            "you are overthinking",
            "[move|moving] on to the next",
            "something will come along",
            "just [the weather|nerves|your nerves|your anxiety|a phase|a bad patch|a bad week|a rough"
            " patch|the winter blues|the time of year|unlucky|bad luck|a blip|a wobble]",
            "[loads of|lots of|plenty of|many|so many|a lot of|most] people (here) [have been|go"
            "|went|have gone|are going|are|have] through (the same|it|this|that)",
            "(a) sign (that) you have outgrown",
            "[blessing in disguise|for the best|better off without them|better off without him"
            "|better off without her]",
            "you are (@intens) lucky",
            "same will happen to you",
            "i know you will (too)",
            "so will you",
            "you will too $",
            "[that is|it is] (@intens) normal $",
            "downhill from there",
            "the [worst|hardest] [bit|part] is [over|done|behind you]",
            "[hardest|worst] [bit|part] is done",
            "not a failure",
            "not what a failure does",
            "i would not [say|call it|call you] (a) failure",
            "[not|are not|is not] as [happy|perfect|great|good|together|successful] as [they|it|he"
            "|she] [look|looks|seem|seems|make out]",
            "stop thinking [like that|that way|about it|so much]",
            "you are doing (just) fine",
            "[they|people|colleagues|your colleagues|everyone|most people] [probably|will"
            " probably|are probably|will have|will soon|will just] [do not|will not|are not|just"
            "|forget|have forgotten|moved on|move on|not even|will not even|do not even|will not"
            " care|do not care|will not notice]",
            "[nobody|no one|noone|none of them] [cares|will care|is even|will even|is going to"
            " care|really cares|notices|will notice|will remember|will be looking|is looking|will"
            " be bothered|will think twice]",
            "[not|never|no need to|do not|try not to] [worry|stress|fret|panic|get worked up|let it"
            " bother you|take it personally|think about it|dwell on it]",
            "nothing to [worry|be worried|be scared|be nervous|be afraid|stress|panic] (about|of)",
            "worrying [about nothing|over nothing|too much|for nothing]",
            "[it is|it has] [only|just] been",
            "[only|just] [a|one] [phase|blip|bad day|bad week|bad patch|rough patch|wobble|dip"
            "|hiccup|setback]",
            "[it is|that is|things are|this is] not [that|so|too] [bad|big|serious|terrible|awful"
            "|long|much|hard]",
            "[it is|that is|things are|this is] not [the end|forever|a big deal|as bad]",
            "[not|never] the end of the world",
            "[could|can] (always|still|definitely) be worse",
            "every cloud",
            "happens for a reason",
            "[plenty more|their loss|who needs them|good riddance|you do not need them|you are"
            " better off]",
            "[that is|it is|that is just] life",
            "[part and parcel|comes with the territory|that is how it goes]",
            "[we|everyone|everybody] [all|has|have] [struggle|struggles|have|has|get|gets|go|goes]"
            " (through) (it|this|that|times|days|moments|like that)",
            "of course [you are not|you will|they will|they do not|they are not|nobody|no one]",
            "you are too [young|smart|clever|talented|strong|good|capable]",
            "you are so young",
            "you have [so much|plenty|loads|a lot|everything] [going for you|to offer|to be"
            " grateful for|ahead of you]",
            "[look at|focus on|think about|think of] [the positives|the good|what you have got|what"
            " you do have|the bright side|how far|how lucky]",
            "[count your blessings|be grateful|be thankful|stay positive|think positive|positive"
            " thinking|good vibes]",
            "[all in your head|reading too much into|making it worse than]",
            "not as bad as (it|you|they|that) [seems|looks|think|feels|sounds]",
            "[in a week|in a month|in a year|by next week|this time next year|in no time|before you"
            " know it] [nobody|no one|you will|it will|they will|everyone will]",
            "before you know it",
            "[just|simply] [get on with it|get it over with|push through|power through|rip the"
            " plaster|get through it|forget about it|ignore them|ignore it]",
            "what doesn't kill you",
            "[could|might] be [a good thing|a blessing|for the best|an opportunity]",
            "that is all it is",
            "[find out|finding out|shows you|learn] who your [real|true] friends are",
            "[were not|are not|was not|not] [real|true|proper|good] friends (anyway)",
            "says more about [them|him|her]",
            "[their|his|her] loss",
            "at least [yours|your|they|it|that|you]",
            "[do not|never] let [it|this|that|a few|one|them] [undo|ruin|spoil|get|drag|stop]",
            "undo all (that|your|the)",
            "[longer|worse|harder|tougher|worse off] than you",
            "(way|much|far|a lot) easier going",
            "[after|through|with] (far|much|way|a lot) worse",
            "most people your age",
            "[think|imagine] (about) how (much) [worse|bad|hard] it would be",
            "[easier|quicker|better|less scary|less bad] than you [think|expect|fear|imagine]",
            "(i am sure|i bet|i reckon) [yours|it|things|you] will be (@intens|way|much|a lot) [easier"
            "|better|fine|ok|different]",
            "i do not think it will be like that (for you)",
            "people (will|soon|quickly) forget",
            "forget quicker",
            "[hold|keep|lift] your head up",
            "(you should be) proud (,) not [embarrassed|ashamed]",
            "it is not (about) you",
            "[loads of|lots of|plenty of|many|so many|most] people are [struggling|in the same"
            "|unemployed|out of work|looking]",
            "too hard on yourself",
            "stop comparing yourself",
            "not a fair comparison",
            "do you really think you are",
            "something will turn up",
            "[do not|never] say that",
            "[not|definitely not|far from] the only one",
            "[months|weeks|years|year|month|week] is nothing",
            "nobody is a failure",
            "we are all (just) doing our best",
            "[you have|you have got|you got] this $",
            "keep your head up",
            "[it gets|it will get|things get] [better|easier]",
            "[ten times|twice as|far] [harder|worse] than you",
        ],
    ),
    (
        # Saying the person's reaction is out of proportion both shrinks the feeling and
        # passes a verdict on it (LABELLING.md, hard case 6): minimizing and judging.
        Rule("~proportion", 0.0),
        [
            "[overreaction|over reaction|overreacting|over reacting]",
            "overthinking",
            "over the top",
            "[a bit|a little|kind of|sort of|rather] [harsh|dramatic|melodramatic|extreme|over the"
            " top]",
            "[you are|you are just|you] [making|make] a (big) [deal|fuss|drama] (of|out of|about)",
            "being (so|a bit|a little) dramatic",
            "just being (a bit|a little) lazy",
            "you are (being) (way|so|far|much|a bit|really) too hard on yourself",
        ],
    ),
    (
        Rule("~judging", 0.0),
        [
            "i feel like you [always|never|do not|just|are|were|only]",
            "[it|that] makes me feel like you",
            "[just|only] your anxiety",
            "are you sure [that is|it is] not",
            "[is not|was not] [it|that] [a bit|a little|kind of|rather] [soon|early|harsh|unfair"
            "|much|quick]",
            "not fair on me",
            "stop being so [negative|hard|down|dramatic]",
            "[you do not|you did not] [care|respect]",
            "expect the same (from you)",
            "[messed|mucked|jerked|pushed|strung] around",
            "do not do [it|that|this] again",
            "for once",
            "[is it|is that|was it|was that] (really) fair [to|on]",
            "[do you think|you think] it is fair",
            "you [should have|should not have|could have just|could have at least|could at least"
            "|really should have|should really have|should at least have]",
            "[could not you|could you not] (just|at least|have)",
            "[that is|it is|that was|it was|you are|you were|you are being|being] (a bit|a little"
            "|quite|really|so|pretty|very|rather|just|kind of) [rude|selfish|lazy|unfair|irresponsible"
            "|disrespectful|inconsiderate|unreliable|childish|negative|pathetic|careless|thoughtless"
            "|immature|ungrateful|dramatic|silly|stupid|daft|ridiculous|bad manners|out of order"
            "|not acceptable|unacceptable|not good enough|a cop out|an excuse"
            "|excuses|a waste]",
            "[out of order|unacceptable|not acceptable|not good enough|common courtesy|the least you"
            " could do|the least you can do]",
            "[is it|was it|how] [really|that] (that) hard to",
            "how hard is it",
            "surely you [could|can|should|knew|know|must]",
            "you [let|have let] [me|us|yourself|everyone|them] down",
            "disappointed in you",
            "[respect|value|waste|wasted|wasting] my time",
            "[self pity|feeling sorry for yourself|wallowing|moping|woe is me]",
            "[pull|sort|get] yourself together",
            "give yourself a kick",
            "[do you really think|are you really|is it really|was it really|isn't that|is not that"
            "|is not it|are you sure that is not|are you sure it is not|are you sure you are not]"
            " [a bit|just|really|fair|true|the case|right|an excuse|your fault]",
            "^ [really|seriously] $",
            "[no|any] excuse",
            "i [felt|feel|was] (@intens) [disrespected|taken for granted|messed around|let down by"
            " you|ignored by you]",
            "i feel (like) you are not",
            "you [did not|could not] (even) bother",
            "you never [let|tell|call|text|turn|show|bother|think]",
            "you owe me",
            "about time",
            "[do not|stop] being [silly|daft|stupid|ridiculous|dramatic]",
            "do not be [silly|daft|stupid|ridiculous|dramatic]",
            "maybe if you [had|would|did not|were|tried]",
            "if you had (just|only) [stuck|tried|listened|stayed|kept|gone|done|called]",
            "[did not|did] you (not) think about how",
            "[it is|that is] a (real) shame you",
            "it is not that hard",
        ],
    ),
    (
        Rule("~comparing", 0.0),
        [
            "exactly where you are",
            "[the|this] exact same (thing|situation)",
            "[this|that] exact situation",
            "[it was|that was] the same for me",
            "same will happen to you",
            "[most|some|lots of|loads of|other|many] (of the) (other) [people|folks|clients|peers"
            "|others] [i work with|i support|here|at the drop in|at the jobs club|i know] [could"
            " not|can not|would not|never|have it|had it]",
            "[most|some|lots of|loads of|many] people (would) [could not|would have|have it|never]",
            "[one of the most|the most] [positive|resilient|determined|capable|together|cheerful]",
            "exactly the same",
            "than yours (sounds|is|was|seems)",
            "more than i (ever) [managed|did|could|do]",
            "[most|many|lots of] people [would|could] not",
            "[longer|worse|harder] than you",
            "better than i (ever) did",
            "my [other clients|other peers] [took|always|had|was|did|went|got]",
            "my other [clients|peers|people]",
            "[i|we|my family|my mum|my dad|my brother|my sister|my friend|my mate] [had|have had"
            "|went through|dealt with|coped with|managed|survived|got through|had to deal with] (it"
            "|that|this|much|way|far|even|a lot) [worse|harder|tougher|longer|more|rougher]",
            "worse off than (you|yours)",
            "[worse|harder|tougher|longer|rougher|lonelier|scarier] than [you|yours|what you|mine"
            "|me|i|anything]",
            "at least you [did not|do not|have not|are not|were not|never|did not have to]",
            "you [have|had|got] it (@intens) [easy|good|lucky|lightly|off lightly|easier]",
            "you got off (lightly|easy)",
            "you think [that is|this is|yours is|you have|it is] (@intens) [bad|hard|tough|rough]",
            "^ try [being|having|losing|living with]",
            "wait [until|till] you",
            "when i was your age",
            "[i know|i knew] exactly",
            "exactly [how|what|like] you",
            "exactly like [me|mine|my|when i|i did]",
            "[exactly|just] like [my|mine|me|when i]",
            "[same|exact same] [situation|story|as me|as mine|here|happened]",
            "exact same thing",
            "[better|worse|stronger|further|more] than most",
            "unlike [most|other|some|a lot of] [people|folks|others]",
            "[most|lots of|loads of|many|plenty of] [people|folks] [would|could] [not|never]"
            " (have)",
            "[nothing|not much|small] compared to",
            "(way|much|a lot|far) [easier|better|harder|worse] than mine",
            "[than my|than i did|than we did]",
            "[better|worse] than average",
            "[most|many] people give up",
            "not a fair comparison",
            "[not|are not|is not] as [happy|perfect|great|good|together|successful] as [they|it|he"
            "|she] [look|looks|seem|seems|make out]",
            "not many people (could|would|can)",
            "[everyone|everybody] else [on my list|in the group|i work with|i see]",
            "put (some of) [the others|others|them|everyone] to shame",
            "most people your age",
        ],
    ),
    (
        # "More than just a bad week" takes a feeling seriously: no minimising there.
        Rule("~not_minimizing", 0.0),
        [
            "more than just",
            "not going to tell you",
            "not going to say",
            # "It's just a thought, but...": the speaker softens their own words.
            "[just|only] [a|an] [thought|suggestion|idea|question|guess]",
        ],
    ),
    (
        # Sympathy and presence name nothing of the person's experience (LABELLING.md,
        # hard case 11): "I'm sorry you're feeling like this", "I hear you".
        Rule("~sympathy", 0.0),
        [
            "^ (i am|i feel) (@intens|so|really) sorry",
            "^ sorry",
            "^ i hear you $",
            "^ i hear you * $",
            "^ i (totally|really|completely) [get|understand] [it|that|you] $",
            "^ i get it",
            "^ you know",
        ],
    ),
    (
        # The frames of a reflection: a guess said back ("It sounds like...", "So you...").
        Rule("~reflect_frame", 0.0),
        [
            "[sounds|sound|sounded|seems|seemed] like",
            "it [sounds|seems]",
            "^ so [it sounds|you|for you|what i am hearing]",
            "i get the sense",
            "i am guessing",
            "i imagine",
            "what i am hearing",
            "you must [feel|be|have been|have felt]",
            "it must [feel|be]",
        ],
    ),
    (
        # Words that say what the person may do, not what they feel: information.
        Rule("~not_reflection", 0.0),
        ["you do not have to", "you can decide", "you are allowed to", "it is up to you"],
    ),
    (
        # Offering options as a question: "What about pottery or a gym class?"
        Rule("~options", 0.0),
        [
            "^ [what|how] about (a|an|some|the|trying|going|joining|getting|doing|taking|looking"
            "|asking|calling|texting|writing|starting|finding|volunteering)",
        ],
    ),
    (
        # "You'll get there, you always do" reassures; it blames nobody.
        Rule("~not_judging", 0.0),
        [
            "you always [do|have|will|manage|get there|pull through] $",
            # "It sounds like it's all a bit much at the moment": how it is for them.
            "all a bit much",
            "a bit much [at the moment|right now|lately|for you|to cope with|to deal with]",
        ],
    ),
    (
        # "I won't pretend I know exactly how it is for you" refuses to compare.
        Rule("~not_comparing", 0.0),
        [
            "pretend (that) i know exactly",
            "[do not|can not|could not|never] know exactly",
            # "You could join the club at the library": a real club, not "join the club".
            "join the club [at|in|on|for|that|which|there|here]",
        ],
    ),
    (
        Rule("~feeling", 0.0),
        [
            "[that is|that sounds|it sounds|sounds|that must be|it must be|that seems|that"
            " feels|must feel] (@intens|like) [rubbish|grim|a lot|tiring|empty|dark|bleak|crap"
            "|miserable|gutting|awful|horrible|lonely|isolating|heavy|exhausting|exhausted|hard"
            "|tough|rough|painful|draining|much|a heavy|a long|such a|really hard|so hard"
            "|frightening|scary|hurtful|frustrating|disheartening|demoralising|demoralizing"
            "|discouraging|upsetting]",
            "that must (@intens) [sting|hurt|ache]",
            "[would|could] knock anyone",
            "is a long time",
            "is a really heavy",
            "a really heavy place",
            "[it is|that is|it must be] really hard to",
            "it is (@intens) hard [when|to see|watching|seeing]",
            "[is|are|sounds|must be|can be|can get|must feel|feels|feel] (@intens|so|really|pretty)"
            " [@hard_word|no good|scary|dark|grim|rubbish|bleak|empty|lonely|quiet|long]",
            "makes sense [to|that|you|why]",
            "must feel like",
            "[it is|that is] (@intens|completely|totally) [ok|normal|understandable|natural] to"
            " [feel|be|dread|worry|want]",
            "you [sound|seem|look] (@intens|pretty|a bit) [burnt out|worn out|fed up|done in"
            "|exhausted|tired|down|low|flat|lost|stuck|anxious|worried|scared|nervous|lonely"
            "|hurt|angry|frustrated|really down|really low|really anxious]",
            "^ you said (that) you",
            "[eating away at|taking it out of|weighing on|getting to|wearing down|dragging] you",
            "i know that feeling",
            # What life is like for them now, said back: "Everything feels like an effort
            # right now, and you've pulled away from people."
            "[it|everything|life|things|each day|every day|the days|weekends|the weekends|getting"
            " up|work|home|the search|the job hunt|looking] [feels|feel|is feeling|has felt|have"
            " felt|seems|has been|have been|has become|is] (like) (such|a|an|so) [effort|struggle"
            "|battle|chore|slog|grind|uphill|too much|a lot|endless|pointless]",
            "you have [pulled away|stopped|withdrawn|shut yourself|cut yourself|been avoiding|been"
            " keeping to yourself|gone quiet|been carrying|been struggling|been feeling|been on your"
            " own|been left|lost touch|felt|not been answering|stopped answering]",
            "you are [carrying|holding|juggling|dealing with|facing|up against|running on|bracing"
            "|dreading|missing|grieving]",
        ],
    ),
    (
        # An affirmation names what the person did ("You kept going...") and what it
        # took ("...even on the hard days", "That took real determination").
        Rule("~affirm", 0.0, "did"),
        [
            "you [got|went|kept|made|stuck|stayed|pushed|managed|did|set|chose|showed|came|turned"
            "|found|carried|held|pulled|dragged|took|met|walked|reached|asked|told|noticed|started"
            "|tried|worked|decided|picked|looked]",
            "you have [got|kept|stuck|stayed|shown|managed|done|set|chosen|made|come|found|met"
            "|pushed|carried|held|reached|asked|told|noticed|started|tried|worked|decided|been going"
            "|been getting|been turning|been looking|been applying|been trying|been consistent"
            "|been really|really been|kept going|been at this|been at it|taken]",
            "you are [still going|still here|still trying|still looking|still standing|five months"
            " in]",
            "you [still|even|actually] [came|went|got|turned|showed|made|kept|tried|did]",
            "you did not [give up|let|stop|quit]",
            "you [really|clearly] [wanted|care|cared|want]",
        ],
    ),
    (
        Rule("~affirm", 0.0, "effort"),
        [
            "even [on|when|with|though|the|after|if|so]",
            "every (single) [week|day|time|morning]",
            "anyway",
            "[kept|keep|keeping] [at it|going|it up|your|trying|applying|looking]",
            "[stuck|stick|sticking] [with|to|at] [it|this|that|your]",
            "[hard|hardest|tough|toughest|worst|bad] [days|mornings|weeks|times|moments]",
            "still going",
            "for a (whole|full) [month|year|week]",
            "(all) by yourself",
            "nobody made you",
            "[consistent|determined|persistent|committed|brave|courageous]",
        ],
    ),
    (
        # What the effort shows, said on its own: "That took real determination."
        Rule("~affirm", 0.0, "credit"),
        [
            "[that|it|this] [took|takes] [real|a lot|a lot of|so much|guts|courage|strength"
            "|determination|persistence|some]",
            "says (a lot|so much|something) about",
            "shows how much",
            "counts for something",
            "[that is|it is|that was] (real|true) [determination|persistence|commitment|courage"
            "|strength|dedication|grit]",
            "[that is|it is] not nothing",
            "your (own) achievement",
            "[you|you are] [looking after|taking care of] yourself",
            "that is you [looking after|taking care of]",
            "stands out (to me)",
            "[shows|showed|took|takes] (real|such|great|a lot of|so much|serious) [commitment"
            "|determination|persistence|courage|strength|grit|dedication|resilience|guts]",
            "that matters",
            "you [really|clearly] [wanted|want] this",
            "you are (clearly) someone who",
        ],
    ),
    (
        Rule("~centred", 0.0),
        [
            "here is what [worked|helped|i did|you need|you should|to do]",
            "what [worked|helped] (for) me [was|is]",
            "what i did was",
            "[that is|it is|which is|this is] what i did",
            "best thing i (ever) did",
            "let me tell you",
            "you need to know what",
            "do what i did",
            "do the same",
            "i would say [give|try|do|go]",
            "worked for me (,) (so) [you|it will|it would]",
            "same will happen to you",
            "trust me",
        ],
    ),
    (
        Rule("~centred", 0.0, "detail"),
        ["[" + "|".join(sorted(DETAIL_WORDS)) + "]", *DETAIL_PHRASES, "a & e", "detox"],
    ),
    (
        Rule("~assuming", 0.0),
        [
            "what worked for me will work for you",
            "will work for you (too)",
            "it will work for you",
            "worked for me so it",
            "you should do what i did",
            "do what i did",
            "here is what i did",
            "here is what you need to do",
            "exact same thing",
            "exactly the same",
            "the same thing happened",
            "same thing happened to me",
            "i know exactly how you feel",
            "i know how you feel",
            "i know what you are going through",
            "just like me",
            "the same as me",
            "same as i did",
            "you will be fine like me",
            "same will happen to you",
            "you should do the same",
            "here is what [worked|helped] (for me)",
        ],
    ),
    (
        Rule("~feel_i", 0.0),
        [
            "^ i [was|am|felt|feel|have been|got|get|did feel|do feel] (@intens|a bit|a little"
            "|kind of|sort of|pretty|quite|honestly) [@feeling_word|let down|stood up|messed around"
            "|annoyed|frustrated|worried|disappointed|hurt|concerned|stupid|silly|anxious|on edge"
            "|left hanging|uneasy|cross|fed up|upset|ignored|forgotten|like i]",
            "i [felt|feel] (@intens|a bit|a little|kind of|sort of|pretty|quite) [@feeling_word|let"
            " down|stood up|messed around|annoyed|frustrated|worried|disappointed|hurt|concerned"
            "|stupid|silly|on edge|left hanging|cross|fed up|ignored|forgotten]",
            "i [was|am|felt|feel|got] (@intens|a bit|a little) [worried|concerned|annoyed|frustrated"
            "|let down|disappointed|hurt|upset|cross] [when|that|because|about|and|but|,|waiting"
            "|both]",
            "[it|that] [made|makes|left|leaves] me (feel|feeling)",
            "i find it [hard|difficult|tough|frustrating|annoying|worrying|upsetting] when",
            "i missed you",
            "i waited",
            "i was sat there",
            "i did not [hear|know] (from you|what|whether|if)",
            "i was not sure what had happened",
            "i [am|was] (@intens) [glad|pleased|happy] (that) (to see) you",
            "(it is|it was) (@intens) [good|nice|great|lovely] to see you",
        ],
    ),
    (
        Rule("~need_i", 0.0),
        [
            "i would (@intens) like [us|you|a|to know|to hear|to understand|a text|a message|a call"
            "|a heads up]",
            "i would (@intens) [appreciate|prefer|love]",
            "i [need|want] [you to|a|us to|to know|to hear]",
            "i [need|want] a [text|message|call|heads up]",
            "[can|could|shall] we [agree|find|work out|sort out|figure out|talk about|make a plan"
            "|come up with|set up]",
            "let us [agree|find|work out|sort|figure|make|both]",
            "[from now on|going forward|in future|in the future|next time]",
            "[let me know|give me a heads up|drop me a text|drop me a line|send me a text|text me"
            "|ring me|call me|message me]",
            "we [both|each] [send|text|let]",
            "(a) way to let each other know",
            "[could|can|would] you [do the same|let me know|text me|drop me|give me|send me|message"
            " me|ring me|call me|tell me if|try to let]",
        ],
    ),
    (
        Rule("~past", 0.0),
        [
            "when i was [using|drinking|in|younger|out|first|at|going]",
            "[years|months|weeks|year|month] ago",
            "[myself|once|too|as well|also|before] $",
            "[too|as well|also] [,|and|but|so]",
            "myself",
            "i have been [there|through|sober|clean|in recovery]",
            "i [went|got|was] [back|sober|clean|through|out of work|unemployed|in treatment|in"
            " rehab|in recovery]",
            "in my (own) [recovery|experience|life|first year|early recovery|past]",
            "[after|in|during] [treatment|rehab|recovery|detox]",
            "[sober|clean|unemployed|out of work|using|drinking]",
            "i used to",
            "i [had|have had] [a|my|the|some|similar|that]",
            "i [quit|lost|left|missed|gave up|found|stopped|started]",
        ],
    ),
    (
        Rule("~permission", 0.0),
        [
            "[can|could|may|might] i [share|tell you|say|mention|offer|add]",
            "would it [help|be helpful|be useful|be ok|be okay|be all right] [if i|to hear|to know"
            "|for me to]",
            "[would|do] you [like|want|want me|like me] to [hear|know|share|tell]",
            "(do|would) you [mind|want] (if) (i) [hearing|me sharing|me telling|if i]",
            "do you mind if i",
            "would you mind if i",
            "[if you want|if you would like|if you like|if it helps|if it would help|only if"
            " that would be useful|if that would be useful|if that would help] (,) i [could|can"
            "|would|will] [tell|share|say]",
            "i could tell you [a bit|a little|how|about|what]",
            "would you want to hear",
            "interested in hearing",
            "would it help (to|if we) [talk|look|go through|think|hear|sit|work out|talk through"
            "|look at|look up]",
            "[would|do] you [like|want] to [talk|look|go through|think]",
        ],
    ),
    (
        Rule("~praise", 0.0),
        [
            "i am (@intens) [impressed|proud]",
            "[so|really|very] proud",
            "proud of you",
            "good on you",
            "nice one",
            "you did it",
            "you did (@intens) [well|great|brilliantly|amazing|amazingly|good]",
            "[good|great|nice|awesome|excellent|brilliant] [job|work|effort|one|stuff|going]",
            "well done",
            "way to go",
            "you are an inspiration",
            "[that is|it is|what] (a|an) (@intens) [massive|huge|great|brilliant|fantastic|amazing"
            "|awesome|excellent|incredible] [achievement|news|effort|result]",
            "^ [fantastic|brilliant|amazing|awesome|excellent|great|wonderful|wow|nice|superb"
            "|incredible|impressive] $",
            "^ [fantastic|brilliant|amazing|awesome|excellent|great|wonderful|superb|incredible]"
            " [,|!]",
            "news",
            "^ [that is|it is] (@intens) [brilliant|fantastic|amazing|great|good|wonderful|awesome"
            "|excellent|huge|massive] $",
            "you must be (@intens) [pleased|proud|happy|chuffed]",
            "keep it up",
        ],
    ),
    (
        # Commands to feel or think differently: advice as well as minimising (LABELLING.md,
        # hard case 6), though the minimising phrase hides the advice from analyze().
        Rule("~command", 0.0),
        [
            "^ [cheer up|chin up|keep your chin up|think positive|stay positive|smile|lighten up"
            "|look on the bright side|snap out of it|toughen up|get over it|move on]",
            "[cheer up|chin up] $",
            "^ [do not|try not to|never] [be so hard|be too hard|let it get to you|let it drag you"
            "|worry about|dwell|beat yourself up]",
            "^ stop [thinking|talking|worrying|dwelling]",
            "^ focus on",
            "i would say (just) [give|try|get|go|do|just|tell|stick|keep]",
            "give [it|that|them] a [go|try|shot]",
            "rip the plaster",
            "^ just say",
            "it might be easier (to|if)",
        ],
    ),
    (
        # Words that look like advice but are not: a guess at a feeling ("you must be so
        # pleased"), blame for the past ("you should have"), a request about the meetings.
        Rule("~not_advice", 0.0),
        [
            "you must [be|have been|feel|have felt]",
            "should have",
            "have you thought about [why|what|how|whether|when|where|who]",
            "you can (always|also) [call|text|ring|phone|message|drop in|get|book|ask for|contact]",
            "i would [keep it|hold back|ask her|ask him|want to hear|wait|not share|say something"
            " like|also tell her|also tell him|tell her|tell him]",
            "[should really have|should at least have|should have]",
            "look at me now",
            # Asking what they have done is a question, not a solution (LABELLING.md).
            "have you [talked|spoken|told|been able to talk|been able to tell|been able to speak]"
            " (to|with) [anyone|anybody|any of them|them|someone|somebody|people|your friends"
            "|your family|anyone else]",
            # Stock cheers are encouragement, not advice about their life.
            "^ [do not give up|keep at it|keep going|keep it up|hang in there|let us see if]",
            "i would ask (her|him|them) (first)",
            "need to know what",
            "you can (always) [tell me|talk to me|be honest|come to me|ring me|call me|text me]",
            "do not do [it|that|this] again",
        ],
    ),
    (
        # Information: what exists or is true, that the person may not know (services,
        # groups, crisis lines, how things work), not what they should do about it.
        Rule("~info", 0.0),
        [
            "there [is|are] (a|an|some|loads of|lots of|plenty of|a few|a|also|free) (*) (*)"
            " [group|groups|line|lines|helpline|helplines|service|services|club|clubs|meeting"
            "|meetings|course|courses|app|apps|walk in|drop in|website|websites|programme"
            "|programmes|program|programs|team|charity|charities|places|number|scheme"
            "|schemes|laws|law|session|sessions|class|classes|worker|workers|counsellor"
            "|counselor|advisor|adviser|on there|online]",
            "[some|many|most|lots of|a lot of] [employers|workplaces|companies|organisations"
            "|organizations|services|programmes|programs|gps|doctors|jobs|unions|councils]"
            " [offer|do|have|let|allow|give|run|will|can|provide]",
            "you can [call|text|ring|phone|message|chat|drop in|walk in|self refer|refer yourself"
            "|get|book|ask for|apply|go along]",
            "[988|111|116 123|samaritans|crisis line|helpline|hotline|text line|occupational health"
            "|phased return|citizens advice|job centre|jobcentre|walk - in|peer group"
            "|support group|meetup]",
            "[any hour|24 hours|24 7|day or night|round the clock|no appointment|weekday"
            " mornings|on saturdays|on sundays|saturday mornings|on wednesdays|free of charge"
            "|for free]",
            "the [programme|program|service|team|agency|jobs club|group|line] [usually"
            "|will|can|closes|writes|offers|runs|meets|is open|is free]",
            "[law|laws|legal rights|your rights|rights] (that) [protect|say|mean|cover]",
            "i [keep|write|make] (short|brief) notes",
            "[apps|websites|sites|groups|places] like",
            "[it is|that is|is] [called|known as]",
            "[is|are] open (every|on|from|until|till|at|most|all)",
            "[until|till] [one|two|three|four|five|six|seven|eight|nine|ten|noon|late|midnight]",
            # "meets on Saturdays", "every Monday"; not "how she feels about Monday"
            "on [weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays]",
            "every [weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday]",
            "[runs|run|does|do|has|have|offers|offer|keeps|keep|lists|list|holds|hold] [free|sober"
            "|weekend|saturday|sunday|evening|weekly|a list|sessions|nights|groups|activities]",
            "did you know",
            "[are|is] known to",
            "i am required to",
            "[i|we] [have to|must|need to] [tell|let|inform|report to] my [supervisor|manager|team]",
            "[send|give|email|text] you [the|a] [link|number|leaflet|list|details|address]",
            "[the|a|their] [link|website|leaflet|phone number|office number]",
            "i am (usually|always) here [on|every|most]",
            "[some|a lot of|many|lots of] people use",
            "[pass|passes|will pass] [messages|the message|it] on",
        ],
    ),
    (
        # A verdict that frames the effort as its object (LABELLING.md, hard case 4): "It's
        # brilliant you've kept it up", "Well done for going", "I'm proud of you for...".
        Rule("~praise", 0.0, "frame"),
        [
            "^ [that is|it is] (@intens) [brilliant|fantastic|amazing|great|good|wonderful|awesome"
            "|excellent|impressive|lovely] (that) you",
            "^ [that is|it is] (@intens) [brilliant|fantastic|amazing|great|good|wonderful|awesome"
            "|excellent|impressive|lovely] that",
            # "You've done so well" is a verdict on them, not a named effort (hard case 4).
            "you have done (@intens) [well|great|brilliantly|amazing|amazingly|good|fantastically]",
            "you are doing (@intens) [well|great|brilliantly|amazing|amazingly|fantastic]",
            "[well done|good job|great job|nice job|good on you|proud of you|great work] [for|on"
            "|with|sticking|taking|keeping|going|getting]",
        ],
    ),
    (
        Rule("~medication", 0.0),
        ["tablets", "medication", "medications", "meds", "pills", "prescription", "medicine"],
    ),
    (
        Rule("~hope", 0.0),
        [
            "[got|gets|get|getting|it got|it gets] (a lot|a bit|much|so much) [easier|better"
            "|lighter|more manageable]",
            "[got|get|came|come|made it|make it] through",
            "turned [it|things] around",
            "found my way",
            "found a way",
            "it does get",
            "not forever",
            "bit by bit",
            "step by step",
            "[i know|it is|it was|that] [possible|doable]",
            "there is hope",
            "[eased|eases|easing|improved|improving|recovered|healed|healing|brighter]",
        ],
    ),
    (
        Rule("~no_share", 0.0),
        [
            "i [would not|will not|would|am not going to|do not think i would|would not want to]"
            " (not) [share|say|tell her|tell him|bring up] (anything|my own|much|it|that) (yet"
            "|right now|now|at this point|here)",
            "i (think i) would hold back",
            "i am not sure sharing",
            "[not|no] sharing (my own|anything)",
            "[people|clients|folks|everyone|others] i [work with|support|know|see]",
            "i am required to",
            "i [have to|must|need to] [tell|let|inform] my [supervisor|manager|team]",
        ],
    ),
]
