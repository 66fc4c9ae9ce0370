"""Phrases for small talk: greetings, thanks, goodbyes, good wishes and "mm-hmm".

These are part of any conversation and need no feedback, so they carry the internal
label ``_other``. A sentence counts as small talk when small-talk phrases (with a few
joining words such as "and", "too" or "dear") cover every word of it: "You're welcome,
have a good night!" is small talk, "Thanks, that sounds really hard" is not.

Tags say what kind of small talk a phrase is:

* ``closing``: thanks, "you're welcome", goodbyes and good wishes. Replies that
  contain one are usually the end of a conversation, whatever else they say, so a
  closing phrase also counts a little for the whole reply (see ``_analyze``).
* ``greet``: hello, "nice to meet you".
* ``ack``: "okay", "mm-hmm", "I see": a listener showing they are there.
* ``hope``: "I hope it works out". Alone, a wish is small talk; beside a skill it
  does not hide it.
"""

from __future__ import annotations

from ._matcher import Rule

CLOSING = Rule("_other", 3.0, "closing")
GREET = Rule("_other", 3.0, "greet")
ACK = Rule("_other", 3.0, "ack")
HOPE = Rule("_other", 2.0, "hope")

OTHER_RULES: list[tuple[Rule, list[str]]] = [
    (
        GREET,
        [
            "[hi|hello|hey|hiya|howdy|greetings|helo|hii|heya] (there|again|friend|everyone"
            "|all|dear)",
            "good [morning|afternoon|evening|day] (to you)",
            "nice|good|lovely|great|pleased to [meet|see] you",
            "nice|good|great to [talk to|chat with|hear from|be talking with] you",
            "^ [are you|is anyone] [there|still there] $",
            "^ [can|could] you hear me $",
            "welcome (back)",
        ],
    ),
    (
        CLOSING,
        [
            "[thank you|thanks|thankyou] (so|very) (much|a lot|a ton|again|too|as well)",
            "[thank you|thanks] for [sharing|talking|chatting|reaching out|your time|listening"
            "|asking|that|this|the chat|the conversation|letting me know|telling me|coming in"
            "|meeting with me|being here|having me|your patience|your help|everything"
            "|understanding|the kind words|saying that|the update]",
            # "You're welcome" ends a sentence or a clause; "You're welcome to join" invites.
            "[you are|your|ur] (@intens|most|more than|always|quite|very) welcome $",
            "[you are|your|ur] (@intens|most|more than|always|quite|very) welcome [,|and"
            "|anytime|any time|again|dear|friend|i|it|glad]",
            "^ welcome $",
            "^ no problem|worries (at all)",
            "no problem|worries (at all) $",
            "not a problem",
            "my pleasure",
            "[it was|it has been|it is|has been|was] (@intens) [a|my] pleasure (talking|chatting"
            "|to talk|to chat|speaking) (to|with) (you)",
            "the pleasure is (all) mine",
            "any time|anytime $",
            "^ [you|to you|and to you|same to you] (too|to|as well|also) $",
            "^ and you [too|to|as well|also] $",
            "you too $",
            "(and) (the) same to you",
            "to you [too|as well|also]",
            "likewise",
            "[bye|goodbye|bye bye|byebye] (now|then|for now)",
            "good bye",
            "take care (now|then|of yourself)",
            "[see|talk to|speak to|catch] you [soon|later|then|next time|around|again"
            "|tomorrow|next week]",
            "talk soon|later",
            "good night|goodnight",
            "have a [good|great|nice|lovely|wonderful|blessed|fantastic|beautiful|happy|safe"
            "|pleasant|awesome|good rest of your|great rest of your|nice rest of your]"
            " [day|night|evening|weekend|week|one|rest of your day|time|holiday|holidays"
            "|christmas|new year|thanksgiving|life|afternoon|morning]",
            "enjoy [the|your] (rest of) (the|your) [day|evening|night|weekend|holiday|holidays"
            "|afternoon|week]",
            "merry christmas|xmas",
            "happy [holidays|new year|thanksgiving|easter|christmas|hanukkah|birthday]",
            "season's greetings",
            "[best|warm|good] wishes",
            "best of wishes|luck",
            "(i wish you) all the best",
            "good luck",
            "wish you (all) the best",
            "god bless (you)",
            "stay safe|well",
            "be well",
            "[it was|it has been|it is|this was|this has been|was|has been] (@intens) [nice"
            "|good|great|lovely|a pleasure|wonderful|fun] [talking|chatting|to talk|to chat"
            "|speaking|meeting] (to|with) (you)",
            "[nice|good|great|lovely] [talking|chatting|chat|to chat|to talk|speaking]"
            " (to|with) (you)",
            "i enjoyed [talking|chatting|our chat|our talk|our conversation] (to|with) (you)",
            "[glad|happy] (that) [i|to] [could|can|was able to|did] (be of) (some) help"
            " (you) (out)",
            "[glad|happy] [to|i could] (be of) help",
            "[glad|happy|pleased] i could be (of) (some) (help|assistance)",
            "i hope [this|that|it|my|i] [helps|helped|was helpful|was of some help|has helped"
            "|was able to help|could help]",
            "hope [this|that|it] [helps|helped]",
            "hope i [have|was|could|can|did|helped|made|am] (been) (able to) (be) (of) (some|any"
            "|a little|a bit) (help|helpful|helped|useful|use)",
            "hope [my|our|this|talking|the] (words|advice|suggestions|chat|conversation|talk)"
            " [helps|helped|help|was|were|has|have|will|made|can]",
            "wish you [luck|well|success|the best|all|happiness|much|good|every|a good|a great"
            "|a happy|a merry|a speedy|a quick]",
            "[glad|happy|nice|good|great|lovely|a pleasure] to [meet|speak|talk|chat] (to|with)"
            " you",
            "glad i [had|got] the [chance|opportunity] to [chat|talk|speak]",
            "you can [end|finish|quit|close] (the|this|our) [chat|conversation|session] (now)",
            "feel free to [reach out|come back|contact me|chat|message|talk] (again|anytime"
            "|any time)",
            "keep in touch",
            "if you (ever) [need|want] [anything|to talk|someone to talk to|me|more help] (else)"
            " (later|again|in the future)",
        ],
    ),
    (
        ACK,
        [
            "^ [ok|yes|yeah|yep|yup|sure|right|mm|hmm|mhm|uh huh|uh|um|all right|i see|got it"
            "|cool|wow|oh|ah|great|exactly|true|indeed|absolutely|of course|definitely|totally"
            "|agreed|i agree|fair enough|sounds good|haha|lol|okey|oh no|oh dear|gotcha"
            "|certainly|perfect|awesome|nice|good|ahh|aww|hm|mmm|mm hmm|mm mm|ooh|no|nope"
            "|alright|so|and|but|well|hmmm|really|sure thing|i know|i understand|me too"
            "|same|ok then|i got you|i hear you|understood|that is right|that is true"
            "|you are right|yes please|please do|sounds great|that is fine|that is ok"
            "|it is ok|that is all right|it is fine|i think so|i guess so|maybe|interesting"
            "|excellent|pardon|sorry|what|that is interesting|how interesting|good to know"
            "|that is fair|fair point] $",
            "^ [i see|i got it|ok|oh ok|all right|yeah|yes|mm hmm|uh huh|right] [ok|yeah|yes"
            "|right|mm hmm|uh huh|all right|i see|got it|so] $",
        ],
    ),
    (
        HOPE,
        [
            "^ i [hope|wish|pray] (that) [you|it|things|everything|he|she|they|your|this|we"
            "|the|all]",
            "^ [hopefully|fingers crossed]",
            "^ [hope|wishing] [you|it|things|everything|your|that]",
            "^ i am (@intens) [glad|happy|pleased]",
        ],
    ),
]

# Words that may join small-talk phrases without making the sentence more than small
# talk: "Thanks again, and take care, dear!"
SMALL_TALK_GLUE: frozenset[str] = frozenset(
    {
        "and",
        "to",
        "you",
        "too",
        "also",
        "as",
        "well",
        "again",
        "so",
        "very",
        "much",
        "really",
        "dear",
        "friend",
        "my",
        "buddy",
        "mate",
        "all",
        "the",
        "a",
        "now",
        "then",
        "for",
        "today",
        "tonight",
        "this",
        "evening",
        "morning",
        "sure",
        "oh",
        "ok",
        "yes",
        "yeah",
    }
)
