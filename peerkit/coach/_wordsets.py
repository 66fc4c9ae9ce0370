"""Named sets of ordinary English words that the phrase lists refer to as ``@name``.

These are general-purpose lists (feelings, family words, common verbs), written for
the project; none is taken from any evaluation data.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORD_SETS: dict[str, frozenset[str]] = {
    # Fillers a sentence may open with before its real first word.
    "filler": _words(
        "um uh uhm umm erm er hmm hm mm mhm mmm oh ah ok yeah yes yep yea no nope well and "
        "but also right all now alright wow gosh hey hi hello sure , - ... haha lol basically "
        "honestly actually seriously frankly anyway anyways besides however otherwise plus "
        "firstly secondly first second finally lastly additionally furthermore again still"
    ),
    "feel": _words("feel feels feeling felt"),
    "feeling_word": _words(
        "sad upset angry mad scared afraid frightened worried anxious nervous stressed "
        "overwhelmed lonely alone isolated hurt hurting frustrated confused lost stuck tired "
        "exhausted drained hopeless helpless ashamed guilty embarrassed disappointed unhappy "
        "depressed down low uneasy unsure uncertain torn conflicted trapped betrayed "
        "rejected abandoned unappreciated undervalued unheard misunderstood insecure "
        "discouraged defeated desperate devastated heartbroken grieving jealous resentful "
        "bitter annoyed irritated furious terrified panicked restless numb empty worn "
        "concerned relieved happy excited proud hopeful glad pleased grateful ready "
        "motivated determined ambivalent reluctant hesitant curious bored fed stressful "
        "difficult hard tough painful scary frustrating exhausting overwhelming upsetting "
        "confusing lonely challenging rough heartbreaking devastating draining "
        "disappointing worrying unfair"
    ),
    "hard_word": _words(
        "hard tough difficult frustrating stressful scary painful upsetting overwhelming "
        "exhausting draining rough awful terrible horrible heartbreaking devastating "
        "confusing worrying challenging unfair sad lonely isolating discouraging "
        "disappointing frightening distressing heavy"
    ),
    "intens": _words(
        "really very so quite pretty super extremely incredibly truly such a way too far much"
    ),
    "family": _words(
        "mom mum mother dad father parents parent brother sister sibling siblings son "
        "daughter kids kid children child husband wife partner boyfriend girlfriend fiance "
        "fiancee ex friend friends family grandmother grandfather grandma grandpa aunt uncle "
        "cousin dog cat boss job therapist counselor counsellor doctor sponsor"
    ),
    "past_self": _words(
        "had went was were lost struggled dealt experienced felt faced tried used found "
        "got did made moved started stopped quit left learned learnt realized realised "
        "decided spent took gave joined began became survived suffered battled fought "
        "needed wanted loved hated worked lived grew broke ended divorced relapsed "
        "recovered overcame remember remembered met"
    ),
    "help_verb": _words("help helps helped helpful useful beneficial good great"),
    "advice_verb": _words(
        "try talk talking call calling reach reaching speak speaking ask asking look looking "
        "find finding get getting go going take taking make making write writing join "
        "joining contact contacting consider considering see seeing let "
        "letting keep keeping focus focusing start starting stop stopping give giving set "
        "setting spend spending seek seeking visit visiting do doing put putting use using "
        "practice practicing practise exercise exercising meditate meditating read reading "
        "listen listening plan planning apply applying sign volunteer volunteering "
        "journal journaling move moving leave leaving "
        "work working schedule check checking look lookup "
        "research researching search searching buy change changing limit avoid avoiding "
        "remind reminding treat treating allow allowing be"
    ),
    "imperative": _words(
        "try call talk reach ask look find get go take make write join contact consider "
        "speak tell keep focus start stop give set spend seek visit put use practice "
        "practise exercise meditate read listen plan apply sign volunteer journal move "
        "leave explain check search buy change limit avoid remind treat allow remember "
        "think breathe relax rest sleep eat drink walk reconnect distract hang stay "
        "pray let never always be do press click wait enjoy learn trust believe forgive "
        "share open surround note accept ignore create hold invite"
    ),
    "service": _words(
        "resources services service programs program groups group hotlines hotline "
        "helplines helpline websites website sites apps app organizations organisations "
        "charities charity agencies agency centers centres clinics clinic counselors "
        "counsellors therapists professionals options benefits courses classes meetings "
        "lines line support places jobs opportunities"
    ),
    "quantity": _words("many lots lot plenty several some numerous various few loads tons"),
    "people": _words("people folks individuals others adults parents students women men"),
    "greeting": _words(
        "hi hello hey hiya greetings morning afternoon evening bye goodbye goodnight "
        "thanks thank welcome cheers"
    ),
    "praise_word": _words(
        "great good awesome amazing wonderful fantastic excellent brilliant nice cool "
        "impressive incredible perfect terrific superb fabulous"
    ),
    "strength_word": _words(
        "strong brave courageous resilient capable smart intelligent determined "
        "thoughtful caring kind resourceful hardworking committed honest wise mature "
        "strong-willed persistent talented insightful responsible loving generous "
        "patient dedicated aware"
    ),
    "small_word": _words(
        "bad serious big terrible awful hard much important horrible tragic rough tough "
        "deep complicated scary dramatic major huge severe"
    ),
    "bad_trait": _words(
        "ridiculous dramatic silly stupid childish selfish lazy immature naive foolish "
        "irresponsible pathetic crazy weak dumb idiotic careless reckless hysterical "
        "spoiled ungrateful stubborn clingy needy"
    ),
    "bad_act": _words(
        "stupid dumb foolish irresponsible selfish ridiculous crazy pathetic idiotic "
        "reckless childish immature lazy naive silly careless weak insane"
    ),
    "object": _words(
        "to a an the some your yourself it that this him her them with about out up in on "
        "for into back time more less things what how someone people care one small deep "
        "positive busy calm focused active strong hydrated going at each every something "
        "anything my those these off away down over"
    ),
    "descr": _words(
        "free local online great good helpful different support other national many new "
        "amazing useful"
    ),
    "aux": _words(
        "do does did would could can might will is are was were has have had should shall may am"
    ),
}
