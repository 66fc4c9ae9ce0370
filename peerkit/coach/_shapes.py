"""What a sentence does, read from its shape rather than from a list of phrases.

Trainees minimise, compare, judge and promise secrecy in endless wordings, so a list
of phrases copied from practice replies finds the ones it has seen and misses the
next. The readers here look at how a sentence is built instead: who it is about, its
tense, whether it predicts, commands, ranks, demands a reason or names a limit. Each
follows a decision rule of ``bench/data/LABELLING.md``:

* **secrecy** (hard case 5): the supporter promises not to pass on what the person
  says ("I won't be telling anyone", "I'd never pass it on", "none of this goes in any
  file", "whatever's said here stays at this table"). :func:`names_a_limit` marks a
  sentence that names a limit: a condition about safety or the law, the supervisor or
  team, notes and records, a duty to pass something on, or a refusal to promise.
* **minimizing** (hard cases 6 and 12): a confident prediction that things will turn out
  well ("you'll be fine", "the staff will probably be really supportive"); telling the
  person not to feel or think what they do ("don't beat yourself up", also advice:
  ``command``); saying everyone feels it ("it's all part of the process"); making it
  smaller ("it's only been five months", "look on the positive side"); arguing their
  own words away ("you're not a failure", "nobody will even notice"); and calling the
  reaction out of proportion (``proportion``: minimizing and judging).
* **comparing** (hard cases 8, 12 and 13): ranking the person against the supporter or
  other people, claiming the same situation, setting someone's path as the measure, or
  arguing with the person's own comparison ("they're not as happy as they look").
* **judging** (hard cases 7 and 16): a *why* that demands a justification, a loaded
  question, blame in a modal ("you should have", "you can't just"), a verdict ("that's
  not on"), a feeling word that pins a motive ("I felt disrespected"), or scolding.
* **clear advice** (`advice`, hard cases 1 and 9): telling or suggesting what to do in a
  form nobody reads otherwise ("You should...", "Have you tried...?", "Try...").

Every reader makes a few passes over the sentence's words with set lookups, so reading
stays linear in the length of the reply. The results are features that
:func:`peerkit.coach.feedback` reads; :func:`peerkit.coach.analyze` (the research labels)
does not use them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

Words = tuple[str, ...]


class Text(tuple):
    """A sentence's words, with each word's positions, so a reader looks only where it can match.

    Every reader first checks that its trigger words occur at all (``vocab``) and then
    visits only their positions (``pos``): most sentences are rejected with a few set
    lookups, which keeps reading a long reply linear and fast.
    """

    vocab: frozenset[str]
    pos: dict[str, list[int]]
    found: dict[str, list[tuple[Words, int]]] | None

    def __new__(cls, words: Iterable[str]) -> Text:
        self = super().__new__(cls, words)
        pos: dict[str, list[int]] = {}
        for i, w in enumerate(self):
            found = pos.get(w)
            if found is None:
                pos[w] = [i]
            else:
                found.append(i)
        self.pos = pos
        self.vocab = frozenset(pos)
        self.found = None
        return self

    def hits(self, table: str) -> list[tuple[Words, int]]:
        """Where the phrases of one table (see :data:`_TABLES`) occur, found in one pass.

        The first call looks up every table's phrases at once, only at the positions of
        words the sentence holds; later calls read the result.
        """
        if self.found is None:
            self.found = _scan(self)
        return self.found.get(table, [])


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _at(text: Words, i: int, seq: Words) -> bool:
    return text[i : i + len(seq)] == seq


def _starts(text: Words, seq: Words) -> list[int]:
    """Every index where ``seq`` occurs in ``text``."""
    if isinstance(text, Text):
        return [i for i in text.pos.get(seq[0], ()) if _at(text, i, seq)]
    first = seq[0]
    return [i for i, w in enumerate(text) if w == first and _at(text, i, seq)]


def _where(text: Text, words: frozenset[str]) -> list[int]:
    """The positions of any of ``words`` in ``text``, in order."""
    found = text.vocab & words
    if not found:
        return []
    if len(found) == 1:
        return text.pos[next(iter(found))]
    return sorted(i for w in found for i in text.pos[w])


def _has(text: Words, *seqs: Words) -> bool:
    return any(_starts(text, seq) for seq in seqs)


def _window(text: Words, i: int, before: int = 0, after: int = 0) -> frozenset[str]:
    return frozenset(text[max(0, i - before) : i + after + 1])


def prepare(words: Iterable[str]) -> Text:
    """The sentence's words without quotation marks and word-joining hyphens.

    "no-one" reads as "no one" and "self-pitying" as "self pitying"; commas and other
    pauses stay (``","``), because some shapes end at a pause.
    """
    if _DROPPED.isdisjoint(words):
        return Text(words)
    return Text(w for w in words if w not in _DROPPED)


_DROPPED = frozenset({"-", '"', "“", "”", "‘", "’", "'"})
_NEG = frozenset({"not", "never"})
_PAUSE = frozenset({",", ";", ":", "—", "–", "…", "(", ")"})

# --- secrecy ----------------------------------------------------------------------------

# Words that may sit between "I" and the negation or the verb: "I promise I will not ever
# be telling", "I am not going to go telling".
_NEG_GLUE = _set(
    "will would am do did can could shall promise promised swear i going to ever even be go "
    "really honestly absolutely definitely certainly just so much as dream of"
)
_TELL = _set("tell telling told")
_SAY = _set("say saying breathe breathing whisper")
_SHARE = _set("share sharing")
_PASS_ON = _set(
    "repeat repeating mention mentioning pass passing report reporting gossip gossiping spread "
    "spreading blab grass record recording"
)
_WRITE = _set("note noting write writing put putting")
# Someone the person's words could reach.
_THIRD = _set(
    "anyone anybody nobody one soul people others everyone everybody manager boss colleagues "
    "colleague workmates coworkers staff family friends mates group team parents mum mom dad "
    "partner husband wife doctor gp police employer work library sponsor counsellor counselor "
    "worker them services"
)
_CONTENT = _set("it this that anything everything any what whatever nothing")
_ABOUT_ME = frozenset({("about", "me"), ("about", "my"), ("about", "myself"), ("my", "own")})


def _after_negated_i(text: Words, i: int) -> int:
    """If "I" at ``i`` is followed by a negation within a few glue words, the index after."""
    j = i + 1
    negated = False
    while j < len(text) and j <= i + 8:
        if text[j] in _NEG:
            negated = True
        elif text[j] not in _NEG_GLUE:
            break
        j += 1
    return j if negated else -1


def _promises_not_to_pass_on(text: Text) -> bool:
    """ "I won't tell anyone", "I'd never pass it on", "I'm not going to report this"."""
    if "i" not in text.vocab or not text.vocab & _NEG:
        return False
    for i in _starts(text, ("i",)):
        j = _after_negated_i(text, i)
        if j < 0 or j >= len(text):
            continue
        verb, rest = text[j], text[j + 1 : j + 8]
        if rest[:1] == ("you",) or set(pairwise(rest)) & _ABOUT_ME:
            continue  # "I won't tell you what to do", "I wouldn't tell her about me"
        third = any(x in _THIRD for x in rest[:5])
        if verb in _TELL and third and rest[1:2] != ("to",) and "what" not in rest[:2]:
            return True
        if verb in _SAY and (
            rest[:2] in (("a", "word"), ("anything", "to"), ("anything", "about"), ("a", "thing"))
            or ("to" in rest[:3] and third)
        ):
            return True
        if verb in _SHARE and "with" in rest[:4] and any(x in _THIRD for x in rest[:6]):
            return True
        if (
            verb in _PASS_ON
            and rest
            and (rest[0] in _CONTENT or rest[0] in _THIRD or rest[0] in ("on", "your") or third)
        ):
            return True  # "I won't report the missed sessions to anyone"
        if (
            verb in _WRITE
            and rest[:1]
            and (rest[0] in _CONTENT or {"record", "file", "notes", "records"} & set(rest[:6]))
            and {"down", "in", "on", "into"} & set(rest[1:6])
        ):
            return True  # "I won't put it in your notes", "...the missed sessions on your record"
        if verb == "let" and (
            rest[:1] == ("on",) or (rest[:1] and rest[0] in _THIRD and "know" in rest[1:3])
        ):
            return True
    return False


_SUBJECT_CONTENT = _set("what anything everything whatever all this it that stuff none nothing")
_SAYING = _set("say says said tell told share shared talk talked tells")
_KEPT = (
    ("for", "me"),
    ("for", "my", "ears"),
    ("with", "me"),
    ("between", "us"),
    ("between", "you", "and", "me"),
    ("between", "me", "and", "you"),
    ("between", "the", "two", "of", "us"),
    ("in", "this", "room"),
    ("in", "the", "room"),
    ("safe", "with", "me"),
    ("off", "the", "record"),
)
_KEPT_BY = _set("is stays stay remains kept just only strictly safe staying are will")
_ROOMS = _set("room table office building desk walls here place four")
_KEPT_TRIGGERS = _set(
    "nothing none nobody no me us stays stay remains remain staying leave leaves record"
)
_GO = _set("go goes going gets get leave leaves leaving")
_RECORDS = _set("file files notes record records further anywhere beyond")


_KEPT_SCAN = _set(
    "nothing none nobody no leave leaves stays stay remains remain staying go get gets goes"
) | {k[0] for k in _KEPT}


def _kept_with_me(text: Text) -> bool:
    """What the person says "is just for me", "doesn't leave the room", "stays at this table"."""
    if not text.vocab & _KEPT_TRIGGERS:
        return False
    words = text.vocab
    about_words = bool(words & _SUBJECT_CONTENT) and (
        bool(words & _SAYING) or text[:1] in (("this",), ("it",), ("that",))
    )
    for i in _where(text, _KEPT_SCAN):
        w = text[i]
        if w in ("nothing", "none"):
            # "none of this goes in any file", "nothing you say leaves this room"
            after = text[i + 1 : i + 9]
            if any(x in _GO for x in after) and (
                _RECORDS & set(after) or any(x in _ROOMS for x in after[1:])
            ):
                return True
        if (
            (w in ("nobody", "no") and _at(text, i, ("no", "one", "else")))
            or _at(text, i, ("nobody", "else"))
        ) and (about_words or {"know", "hear"} & set(text[i + 2 : i + 6])):
            return True
        if not about_words:
            continue
        if any(_at(text, i, kept) for kept in _KEPT) and _KEPT_BY & _window(text, i, before=3):
            return True  # "stays with me", "is just for me", "is between us"
        if (
            w in ("leave", "leaves")
            and i
            and text[i - 1] in _NEG
            and any(x in _ROOMS for x in text[i + 1 : i + 4])
        ):
            return True
        if w in ("go", "get", "gets", "goes") and _NEG & set(text[max(0, i - 3) : i]):
            after = text[i + 1 : i + 5]
            if after[:1] in (("past",), ("beyond",), ("further",), ("anywhere",), ("out",)) or (
                after[:2] == ("back", "to") and after[2:3] and after[2] in _THIRD
            ):
                return True  # "whatever you say won't go past me", "won't get back to anyone"
        if w in ("stays", "stay", "remains", "remain", "staying"):
            after = text[i + 1 : i + 5]
            if after[:1] == ("here",) or (
                after[:1] in (("at",), ("in",)) and any(x in _ROOMS for x in after[1:4])
            ):
                return True  # "whatever's said at this table stays at this table"
    return False


_KEEPING = _set("keep keeping")
_KEEP_AWAY = (
    ("to", "myself"),
    ("off", "the", "record"),
    ("between", "us"),
    ("between", "you", "and", "me"),
    ("under", "wraps"),
    ("quiet",),
    ("secret",),
    ("private",),
    ("confidential",),
)


def _keeps_it(text: Text) -> bool:
    """ "I'll keep the medication side off the record", "I'll keep all that to myself"."""
    for i in _where(text, _KEEPING):
        if (
            text[i] in ("keep", "keeping")
            and "i" in text[max(0, i - 3) : i]
            and not _NEG & set(text[max(0, i - 3) : i])
            and not _has(Text(text[i + 1 : i + 6]), ("about", "my"), ("about", "me"), ("my", "own"))
        ) and any(
            _at(text, j, away) for j in range(i + 1, min(i + 7, len(text))) for away in _KEEP_AWAY
        ):
            return True
    return False


def promises_secrecy(words: Sequence[str]) -> bool:
    """A promise to keep what the person says from anyone else, in any wording."""
    text = prepare(words)
    return _promises_not_to_pass_on(text) or _kept_with_me(text) or _keeps_it(text)


_RISK = _set(
    "safe safety unsafe risk danger dangerous harm harming hurt hurting kill killing suicide "
    "suicidal die dying life law legally legal court abuse abused crime emergency"
)
_CONDITION = _set("if unless except apart other when only")
_ROLE = _set("supervisor team manager coordinator colleagues colleague lead service organisation")
_INCLUDE_ROLE = _set("can may might will would sees see reads read knows know checks")
_MUST_SHARE = _set("tell share involve report pass let get call speak talk bring act")


_LIMIT_SCAN = _ROLE | _set("notes records have need needs got promise guarantee")


def names_a_limit(words: Sequence[str]) -> bool:
    """Whether a sentence names a limit to confidentiality (LABELLING.md, hard case 5).

    A condition about safety or the law ("unless someone's safety is at risk", "if you
    told me you were in danger"), the supervisor or team the words also reach ("with me
    and my supervisor", "my team can see my notes"), notes the supporter keeps ("I write
    short notes"), a duty to pass something on ("I'd have to tell someone"), or a refusal
    to promise ("I can't promise"). Keeping something *from* the supervisor ("I won't
    mention it to my supervisor") names no limit.
    """
    text = words if isinstance(words, Text) else prepare(words)
    w = text.vocab
    if w & _CONDITION and w & _RISK:
        return True
    for i in _where(text, _LIMIT_SCAN):
        x = text[i]
        if x in _ROLE and i and text[i - 1] in ("my", "the", "our"):
            before, after = text[max(0, i - 4) : i - 1], text[i + 1 : i + 3]
            included = "and" in before or before[-1:] == ("with",)
            included = included or bool(after and after[0] in _INCLUDE_ROLE)
            kept_from = _NEG & set(text[max(0, i - 7) : i]) and not w & {
                "except",
                "apart",
                "unless",
            }
            if included and not kept_from:
                return True
        if x in ("notes", "records") and "i" in text[max(0, i - 5) : i] and not w & _NEG:
            return True
        if (
            (
                x in ("have", "need", "needs", "got")
                and text[i + 1 : i + 2] == ("to",)
                and i + 2 < len(text)
            )
            and text[i + 2] in _MUST_SHARE
            and "i" in text[max(0, i - 3) : i]
        ):
            return True
        if x in ("promise", "guarantee") and i and text[i - 1] in _NEG:
            return True
    return False


# --- minimizing --------------------------------------------------------------------------

# Who a prediction is about: the person, their situation, or the people they fear.
_PREDICTED = _set(
    "you she he things it everything this that they people nobody everyone everybody "
    "colleagues workmates coworkers staff team boss manager friends family life work monday "
    "weekends yours tomorrow one day someone somebody"
)
_FUTURE = _set("will shall going gonna always usually")
_PREDICTION_TRIGGERS = _FUTURE | {"so", "does"}
_GOOD = _set(
    "fine ok alright better easier great good through past over forget forgotten normal "
    "manage cope settle settled sort sorted bounce land laugh pass lift improve improves "
    "brighter happier stronger grand smash nail ace love enjoy welcome welcoming understand "
    "understanding glad pleased happy relieved used adjust adjusted forgive supportive kind "
    "nice lovely friendly fly ease easy snap"
)
# Verbs that promise a good outcome only with their particle or object: "things will look
# up", "it'll turn out fine", "you'll find something", not "they will look at you".
_GOOD_WITH = {
    "look": ("up",),
    "pick": ("up",),
    "turn": ("out", "around", "round", "up"),
    "come": ("good", "round", "around", "right", "along", "through", "back"),
    "find": ("something", "someone", "work", "a", "new", "your", "friends", "people"),
    "all": ("right",),
    "be": ("all",),
}
_HEDGES = _set("hope hoping wish might may could if whether maybe perhaps what how when")
_SUBJECT_SKIP = _set("probably definitely surely soon all are is really honestly just")


def _reassuring_prediction(text: Text, question: bool) -> bool:
    """ "You'll be fine", "things always look brighter", "the staff will be supportive"."""
    if question or not text.vocab & _PREDICTION_TRIGGERS:
        return False
    if _has(
        text,
        ("so", "will", "you"),
        ("it", "does", "get", "easier"),
        ("it", "does", "get", "better"),
    ):
        return True
    for i in _where(text, _FUTURE):
        w = text[i]
        if w not in _FUTURE or (w == "going" and text[i + 1 : i + 2] != ("to",)):
            continue
        k = i - 1
        while k >= 0 and text[k] in _SUBJECT_SKIP:
            k -= 1
        subject = text[k] if k >= 0 else ""
        if subject not in _PREDICTED:
            continue
        if w in ("always", "usually") and subject not in ("things", "it", "everything"):
            continue  # only "things always look brighter", "it usually passes"
        if _HEDGES & set(text[max(0, k - 4) : k]):
            continue  # "I hope things get better", "what will they think"
        after = text[i + 1 : i + 8]
        if subject == "you" and (
            after[:1] in (("too",), ("also",)) or after[:2] in (("be", "too"), ("as", "well"))
        ):
            return True  # "you will be too": theirs will go the same way
        if subject in ("they", "people", "everyone", "she", "he") and after[:1] in (
            ("too",),
            ("as",),
        ):
            return True  # "just act normal and they will too"
        if (
            subject in ("it", "this", "things", "that")
            and after[:1] == ("not",)
            and ({"always", "last", "forever"} & set(after[1:6]))
        ):
            return True  # "it won't always be like this", "it won't last"
        if subject == "it" and _has(after, ("happen", "for", "you")):
            return True
        if after[:1] == ("not",):
            if {"last", "matter", "notice", "care", "remember", "mind", "look", "bother"} & set(
                after[1:4]
            ):
                return True  # "it won't last", "they won't even notice"
            continue
        good = any(x in _GOOD for x in after[:6]) or any(
            x in _GOOD_WITH and after[k + 1 : k + 2] and after[k + 1] in _GOOD_WITH[x]
            for k, x in enumerate(after[:5])
        )
        if after[:1] == ("find",) and after[1:3] in (
            ("there", "is"),
            ("there", "are"),
            ("it", "is"),
        ):
            good = False  # "you'll find there's a group here": information
        if good:
            if subject in ("it", "that", "this") and {"hard", "tough", "scary", "difficult"} & set(
                after[:4]
            ):
                continue  # "it will be hard" is honest
            if after[:1] in (("take",), ("takes",)) or ("take", "time") in pairwise(after):
                continue  # "it'll take time"
            return True
    return False


# Stock orders to feel better (LABELLING.md, hard case 6), wherever they stand.
_STOCK_CHEERS = (
    ("cheer", "up"),
    ("chin", "up"),
    ("head", "up"),
    ("snap", "out", "of", "it"),
    ("pull", "yourself", "together"),
    ("toughen", "up"),
    ("man", "up"),
    ("shake", "it", "off"),
    ("get", "over", "it"),
    ("lighten", "up"),
    ("look", "on", "the", "bright"),
    ("look", "on", "the", "positive"),
    ("stay", "positive"),
    ("think", "positive"),
    ("be", "positive"),
    ("count", "your", "blessings"),
    ("out", "of", "your", "own", "head"),
    ("out", "of", "your", "head"),
    ("kinder", "to", "yourself"),
    ("gentler", "on", "yourself"),
    ("easier", "on", "yourself"),
    ("push", "through", "it"),
    ("out", "of", "that", "mindset"),
    ("change", "your", "mindset"),
    ("get", "out", "of", "your", "head"),
)
_NEG_IMPERATIVE = _set("do try no stop quit never")
_COMPARE = _set("compare comparing")
_NOT_FEEL_TRIGGERS = (
    _NEG_IMPERATIVE | {"not", "compare", "comparing", "keep"} | {c[0] for c in _STOCK_CHEERS}
)
_WORRY = _set("worry worrying stress stressing panic panicking fret fretting")
_DWELL = _set(
    "dwell dwelling overthink overthinking mope moping sulk sulking cry crying wallow wallowing "
    "brood brooding"
)
_SPOIL = _set("get drag bother stop ruin undo spoil define bring hold keep put")


def _tells_not_to_feel(text: Text) -> bool:
    """ "Don't beat yourself up", "try not to dwell on it", "no need to panic", "chin up"."""
    if not text.vocab & _NOT_FEEL_TRIGGERS:
        return False
    for i in text.pos.get("not", ()):
        if (
            text[i + 1 : i + 2] == ("to",)
            and text[i + 2 : i + 3]
            and text[i + 2] in _WORRY | _DWELL
        ):
            return True  # "I'd tell her not to worry", reported
    for i in _where(text, _COMPARE):
        if {"not", "never", "no", "stop", "point"} & _window(text, i, before=4, after=6):
            return True  # "you can't compare", "comparing yourself is never a good idea"
    for i in text.pos.get("keep", ()):
        if _at(text, i - 2, ("can", "not")) and text[i + 1 : i + 2] in (
            ("talking",),
            ("saying",),
            ("thinking",),
        ):
            return True  # "You can't keep talking about yourself like that"
    for _, i in text.hits("cheer"):
        before = set(text[max(0, i - 6) : i])
        if not _NEG & before and not {"will", "going", "gonna"} & before:
            return True  # "Come on, chin up"; not "I won't tell you to cheer up", nor a
            # prediction ("you'll snap out of it"), which is read as one

    for i in _where(text, _NEG_IMPERATIVE):
        w = text[i]
        start = -1
        if _at(text, i, ("do", "not")):
            start = i + 2
        elif _at(text, i, ("try", "not", "to")) or _at(text, i, ("no", "need", "to")):
            start = i + 3
        elif w in ("stop", "quit", "never") and (
            i == 0 or text[i - 1] in _PAUSE | {"just", "so", "and", "please"}
        ):
            start = i + 1
        if start < 0 or start >= len(text):
            continue
        if i and text[i - 1] in ("i", "we", "they", "it", "that", "he", "she", "people", "you"):
            continue  # "I don't think...", "you don't need to" are other shapes
        verb, after = text[start], text[start + 1 : start + 5]
        if verb not in _WORRY and verb not in ("be", "being") and _WORRY & set(after[:3]):
            return True  # "Don't go in worrying"
        if (
            verb in ("be", "being")
            and after[:1] in (("so",), ("too",))
            and after[1:2]
            and after[1] in _BAD_TRAITS
        ):
            continue  # "Stop being so dramatic" judges (read there); it orders no feeling
        if verb in _WORRY:
            if after[:1] == ("i",) or after[:2] == (",", "i"):
                continue  # "Don't worry, I won't tell anyone": a promise, read as secrecy
            return True
        if verb in _DWELL:
            return True
        if verb in (
            "beat",
            "beating",
            "put",
            "putting",
            "compare",
            "comparing",
            "blame",
            "blaming",
        ) and ("yourself" in after[:2]):
            return True
        if (
            verb in ("be", "being")
            and after
            and (
                (
                    after[0] in ("so", "too")
                    and after[1:2] not in (("silly",), ("daft",), ("stupid",), ("ridiculous",))
                )
                or after[0] in ("sad", "upset", "negative", "down")
            )
        ):
            return True
        if verb in ("let", "letting"):
            rest = text[start + 1 : start + 8]
            for k, x in enumerate(rest):
                if x in _SPOIL and ("you" in rest[k + 1 : k + 3] or x in ("ruin", "undo", "spoil")):
                    return True
        if verb in ("take", "taking") and after[:2] in (
            ("it", "personally"),
            ("it", "to"),
            ("it", "so"),
        ):
            return True
        if verb in ("talk", "talking", "say", "saying", "think", "thinking") and (
            "yourself" in after[:3] or after[:1] in (("that",), ("like",)) or "way" in after[:3]
        ):
            return True
        if (
            verb in ("feel", "feeling")
            and after[:1]
            and after[0]
            in (
                "bad",
                "guilty",
                "ashamed",
                "embarrassed",
                "sorry",
                "down",
                "low",
                "sad",
                "like",
                "so",
            )
        ):
            return True
        if verb in ("care", "caring", "listen", "mind") and {
            "what",
            "them",
            "they",
            "people",
        } & set(after[:2]):
            return True
    return False


_EVERYONE = _set("everyone everybody")
_MANY_PEOPLE = (
    ("we", "all"),
    ("all", "of", "us"),
    ("lots", "of", "people"),
    ("loads", "of", "people"),
    ("so", "many", "people"),
    ("plenty", "of", "people"),
    ("a", "lot", "of", "people"),
    ("most", "people"),
    ("many", "people"),
)
_UNIVERSAL = _set(
    "gets get feels feel has have had struggles struggle loses lose lost is are does do deals "
    "deal hits hit"
)
_SAME_FEELING: tuple[Words, ...] = (
    ("feel", "the", "same"),
    ("felt", "the", "same"),
    ("feel", "like", "this"),
    ("feel", "like", "that"),
    ("going", "through", "the", "same"),
    ("been", "through", "the", "same"),
    ("in", "the", "same", "boat"),
)
_ONE_OF_A_KIND = _set("different unique welcome friendly kind nice here invited free lovely")
_REPORTING = _set("say says said tell told describe find report")


_UNIVERSAL_TRIGGERS = _EVERYONE | _set("normal part happens happened not never")


_LOW_STATES = _set(
    "miserable low down sad nervous anxious lonely stressed tired skint struggling fed gloomy "
    "flat scared worried"
)
_STATE_VERBS = _set("is are gets get feels feel was were")


def _everyone_feels_it(text: Text) -> bool:
    """ "Everyone loses friends in recovery", "we all have off weeks", "it's all part of it"."""
    informs = "there" in text.vocab and _has(text, ("there", "is"), ("there", "are"))
    starts = [(1, i) for i in _where(text, _EVERYONE)]
    starts += [(len(group), i) for group, i in text.hits("many")]
    for size, i in starts:
        if _has(Text(text[i + size : i + size + 8]), *_SAME_FEELING):
            return True  # "there are loads of people here who feel the same"
        if informs:
            continue
        after = text[i + size : i + size + 8]
        if after[:2] == ("i", "know"):
            after = after[2:]  # "everyone I know is in the same boat"
        if after[:2] == ("your", "age") or (
            after[:1] in (("in",), ("at",)) and after[1:2] not in (("the",), ("a",))
        ):
            after = after[2:]  # "people your age are struggling", "everyone in recovery has to"
        elif after[:1] in (("in",), ("at",)):
            after = after[3:]
        if after[:1] and after[0] in ("else", "who", "i", "you", "there", "would"):
            continue  # "everyone else has moved on" reflects; "anyone would" validates
        verb = [x for x in after[:3] if x not in ("often", "usually", "really", "also", "actually")]
        if verb and verb[0] in _REPORTING:
            continue  # "lots of people in early recovery say..." is information
        if verb and verb[0] in ("go", "goes", "went"):
            if "through" in after[1:4]:
                return True
            continue
        if verb[:1] in (["is"], ["are"]) and set(verb[1:3]) & _ONE_OF_A_KIND:
            continue  # "everyone is different", "everyone here is friendly"
        if verb and (verb[0] in _UNIVERSAL or "through" in verb[:2]):
            return True
        if verb and (
            verb[0] in _LOW_STATES
            or (verb[0] in _STATE_VERBS and verb[1:2] and verb[1] in _LOW_STATES)
        ):
            return True  # "everybody's miserable in January", "everyone gets nervous"
    for i in _where(text, _UNIVERSAL_TRIGGERS):
        w = text[i]
        if (
            w in _EVERYONE
            and i
            and text[i - 1] == "for"
            and (
                {"hard", "tough", "difficult", "rough", "grim", "brutal", "same"}
                & set(text[max(0, i - 5) : i])
            )
        ):
            return True  # "the job market's tough for everyone"
        if (
            (
                w == "normal"
                and i
                and text[i - 1]
                in (
                    "so",
                    "totally",
                    "completely",
                    "perfectly",
                    "very",
                    "pretty",
                    "quite",
                    "is",
                    "really",
                )
            )
            and "a" not in text[max(0, i - 3) : i]
            and "day" not in text[i + 1 : i + 3]
        ):
            return True  # "that's so normal" (not "a normal day")
        if (
            (
                w == "part"
                and text[i + 1 : i + 2] == ("of",)
                and text[i - 1 : i] in (("all",), ("just",), ("is",))
            )
            and text[i + 2 : i + 3]
            and text[i + 2]
            in (
                "the",
                "life",
                "recovery",
                "it",
                "growing",
                "being",
            )
        ):
            return True  # "it's all part of the process"
        if (
            w in ("happens", "happened")
            and text[i + 1 : i + 2] == ("to",)
            and text[i + 2 : i + 3]
            in (
                ("everyone",),
                ("everybody",),
                ("all",),
                ("the",),
            )
        ):
            return True
        if w in _NEG and (
            _at(text, i + 1, ("the", "only", "one")) or _at(text, i + 1, ("just", "you"))
        ):
            return True  # "you're not the only one", "it's not just you"
    return False


_SHRINK_AFTER = _set(
    "a an one been five four three two six few couple nerves anxiety the your part temporary "
    "27 young in because stuff words money tired stressed unlucky bad between"
)
_DETERMINERS = _set("a an one the your")
_SMALL_THINGS = _set(
    "phase blip wobble dip bad rough few couple week weeks month months job library setback "
    "hiccup day stage patch number winter weather time dark january mind head imagination "
    "nerves anxiety little small minor"
)
_BENIGN = _set(
    "tired stressed nerves nervous anxiety anxious unlucky weather winter hormones phase blip "
    "wobble dip slump bored adjusting overthinking overtired rusty seasonal"
)
_BRIGHT = _set("bright positive plus good silver sunny")


_SMALL_TRIGGERS = _set(
    "only just merely probably maybe perhaps side lining upside at worse long much big bad serious "
    "nothing as more better easier kinder"
)


def _makes_it_small(text: Text) -> bool:
    """ "It's only been five months", "it's probably seasonal", "look on the positive side"."""
    n = len(text)
    for i in _where(text, _SMALL_TRIGGERS):
        w = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        prev = text[i - 1] if i else ""
        if w in ("just", "only") and prev in ("might", "may", "could") and nxt == "be":
            i, nxt, prev = (
                i + 1,
                text[i + 2] if i + 2 < n else "",
                "be",
            )  # "it might just be a blip"
        shrinks = (
            w in ("only", "just", "merely")
            and prev
            in ("is", "was", "has", "are", "probably", "maybe", "been", "be", "might", "may")
            and (nxt in _SHRINK_AFTER or nxt in _BENIGN or nxt.isdigit())
        )
        if shrinks and nxt in _DETERMINERS:
            # "it's just a phase", "only the weather"; not "it's just a thought, but..."
            shrinks = text[i + 2 : i + 3] != () and (
                text[i + 2] in _SMALL_THINGS or text[i + 2] in _BENIGN or text[i + 2].isdigit()
            )
        figure = nxt == "a" and text[i + 2 : i + 3] in (("lot",), ("bit",))
        reflects = nxt == "been" and text[i + 2 : i + 3] in (
            ("so",),
            ("really",),
            ("a",),
            ("such",),
        )
        if shrinks and not figure and not reflects:
            return True  # "it's only been five months", not "it's just been so hard"
        if (
            w in ("probably", "maybe", "perhaps")
            and (
                nxt in _BENIGN
                or (
                    nxt == "just"
                    and i + 2 < n
                    and (
                        text[i + 2] in _BENIGN
                        or text[i + 2] in ("the", "a", "your", "in", "being", "because")
                    )
                )
            )
            and not {"i", "say", "ask", "tell"} & set(text[max(0, i - 3) : i])
        ):
            return True  # "it's probably seasonal", "maybe you're just tired"
        if w in ("side", "lining", "upside") and prev in _BRIGHT | {"the"}:
            return True
        if (
            w == "at"
            and nxt == "least"
            and i + 2 < n
            and text[i + 2]
            in (
                "you",
                "your",
                "yours",
                "it",
                "they",
                "that",
                "this",
                "there",
                "he",
                "she",
                "we",
                "now",
                "nobody",
                "the",
            )
        ) and not (
            text[i + 2 : i + 4] in (("you", "are"), ("you", "have"))
            and text[i + 4 : i + 5]
            in (
                ("talking",),
                ("asking",),
                ("here",),
                ("safe",),
                ("reaching",),
                ("telling",),
            )
        ):
            return True
        if (
            w == "worse"
            and "could" in text[max(0, i - 5) : i]
            and not {"i", "feel", "felt", "make"} & set(text[max(0, i - 5) : i])
        ):
            return True  # "things could be so much worse"
        if (
            w in ("long", "much", "big", "bad", "serious")
            and prev in ("that", "so", "too")
            and {"not", "nothing"} & set(text[max(0, i - 4) : i - 1])
        ) and "i" not in text[max(0, i - 4) : i]:
            return True  # "five months isn't that long", "it can't be that bad"
        if w == "nothing" and prev == "is" and text[i - 2 : i - 1] != ("there",):
            return True  # "five months is nothing"
        if (
            w == "as"
            and prev == "not"
            and text[i + 2 : i + 3] == ("as",)
            and text[i + 3 : i + 5]
            in (
                ("it", "seems"),
                ("it", "looks"),
                ("you", "think"),
                ("it", "feels"),
                ("you", "fear"),
                ("it", "sounds"),
            )
        ):
            return True  # "it's not as scary as it seems"
        if w in ("more", "better", "easier", "kinder") and text[i + 1 : i + 4] in (
            ("than", "you", "think"),
            ("than", "you", "realise"),
            ("than", "you", "realize"),
            ("than", "you", "know"),
            ("than", "you", "expect"),
        ):
            return True  # "they miss you more than you think"
    return False


# The person's own words about themselves, argued away.
_SELF_WORDS = _set(
    "failure loser useless worthless nowhere hopeless mess pathetic stupid burden weak joke "
    "disappointment nothing"
)
_FEARED = _set(
    "say comment mention react treat ask "
    "notice look looking stare staring care judge remember mind think bother talk gossip batted bat"
)
_NOBODY_AUX = _set("will would is was even really actually cares notices thinks is going ever")


_AWAY_TRIGGERS = _set(
    "not nobody noone no course true worth than missing regret loss are people they colleagues "
    "everyone everybody staff"
)


_GOOD_FEELINGS = _set("proud happy grateful glad pleased excited hopeful positive thankful")
_HARD_FEELINGS = _set(
    "lonely sad low down ashamed embarrassed scared worried nervous anxious upset guilty "
    "miserable afraid frightened depressed"
)


def _as_you_fear(text: Text) -> bool:
    """ "People won't be as interested as you think": the fear called bigger than the truth."""
    for i in text.pos.get("as", ()):
        if (
            text[i + 2 : i + 4] == ("as", "you")
            and text[i + 4 : i + 5]
            and text[i + 4] in _EXPECTED
        ):
            return True
    # "My first week was hell, way worse than yours will be": their path foretold as easier
    return any(
        _at(text, i + 1, ("yours", "will")) or _at(text, i + 1, ("yours", "is", "going"))
        for i in text.pos.get("than", ())
    )


def _feel_this_instead(text: Text) -> bool:
    """ "You should be proud, not lonely": the feeling they have swapped for one they should."""
    for i in _where(text, _GOOD_FEELINGS):
        rest = [w for w in text[i + 1 : i + 5] if w != ","]
        if rest[:1] == ["not"] and rest[1:3] and _HARD_FEELINGS & set(rest[1:3]):
            return True
    return False


def _argues_it_away(text: Text) -> bool:
    """ "You're not a failure", "of course not", "nobody will even notice", "are you sure?"."""
    for i in _where(text, _AWAY_TRIGGERS):
        w = text[i]
        if (
            (
                w == "not"
                and i > 1
                and text[i - 1] in ("are", "is", "were")
                and text[i - 2] in ("you", "nobody", "one")
            )
            and _SELF_WORDS & set(text[i + 1 : i + 5])
            and "if" not in text[max(0, i - 4) : i]
        ):
            return True
        if w in ("nobody", "noone") or _at(text, i, ("no", "one")):
            after = text[i + 2 : i + 8] if w == "no" else text[i + 1 : i + 7]
            if after[:1] and after[0] in _NOBODY_AUX and _FEARED & set(after):
                return True
            if after[:2] == ("is", "a") and _SELF_WORDS & set(after[:4]):
                return True  # "nobody is a failure"
        if (
            w == "course"
            and i
            and text[i - 1] == "of"
            and {"not", "will"} & set(text[i + 1 : i + 4])
        ) and not {"upset", "sad", "hurt", "angry", "scared", "nervous", "worried"} & set(
            text[i + 1 : i + 5]
        ):
            return True  # "of course they won't judge you", not "of course you're upset"
        if w == "true" and i > 1 and text[i - 1] == "not" and text[i - 2] in ("is", "that"):
            return True
        if (
            w == "worth"
            and text[max(0, i - 2) : i] == ("you", "are")
            and {"more", "better", "much"} & set(text[i + 1 : i + 4])
        ):
            return True  # "you're worth so much more"
        if (
            w == "than"
            and text[i + 1 : i + 2] in (("this",), ("that",))
            and ({"stronger", "tougher", "better", "bigger"} & set(text[max(0, i - 3) : i]))
            and "you" in text[max(0, i - 5) : i]
        ):
            return True  # "you're tougher than this"
        if w in ("missing", "regret") and {"they", "their", "them"} & set(text[max(0, i - 5) : i]):
            return True  # "they're the ones missing out"
        if w == "loss" and text[i - 1 : i] == ("their",):
            return True
        if _at(text, i, ("are", "you", "sure")) and (
            text[i + 3 : i + 4] in ((), ("about",), ("of",), (",",))
        ):
            return True  # "Everyone will be looking at you? Are you sure about that?"
    return False


_PROPORTION = _set(
    "overthinking overthink overreacting overreaction overreact catastrophising catastrophizing paranoid melodramatic"
)
_REFLECT_FRAME = _set("sound sounds seem seems must")


_PROPORTION_TRIGGERS = _set("harsh hard tough deal fuss drama mountain head much talking")


def _out_of_proportion(text: Text) -> bool:
    """ "You're overthinking it", "a bit dramatic", "isn't that a bit harsh on yourself?"."""
    words = text.vocab
    asks = _has(text, ("do", "not", "you", "think"), ("do", "you", "not", "think"))
    if words & _PROPORTION and (asks or not _NEG & set(text[:3])):
        return True  # "you're overthinking it", "don't you think that's a bit paranoid?"
    if text[:2] == ("do", "not") and text[2:3] and text[2] in _PROPORTION:
        return True  # "Don't overthink it": the reaction is called out of proportion
    if "dramatic" in words and words & {"bit", "little", "being", "so", "too", "very"}:
        return True
    for i in _where(text, _PROPORTION_TRIGGERS):
        x = text[i]
        if (
            x in ("harsh", "hard", "tough")
            and text[i + 1 : i + 3] == ("on", "yourself")
            and (
                text[i - 1 : i] in (("bit",), ("too",), ("little",), ("so",))
                and not words & _REFLECT_FRAME
            )
            and not _has(text, ("do", "not", "be"), ("stop", "being"), ("quit", "being"))
        ):
            # not "you sound like you've been really hard on yourself", nor the command
            # "don't be so hard on yourself" (minimizing and advice: ``command``)
            return True
        if (
            x in ("deal", "fuss", "drama", "mountain")
            and {"making", "make"} & set(text[max(0, i - 4) : i])
            and "you" in text[max(0, i - 6) : i]
            and "not" not in text[max(0, i - 6) : i]
        ):
            return True
        if (
            x == "head"
            and text[max(0, i - 2) : i] == ("in", "your")
            and text[i - 3 : i - 2] in (("is",), ("all",), ("just",), ("only",))
        ):
            return True
        if (
            x == "much"
            and text[i - 2 : i] in (("a", "bit"), ("a", "little"))
            and "too" not in text[i - 3 : i]
            and {"being", "you"} & set(text[max(0, i - 5) : i])
            and not words & _REFLECT_FRAME
        ):
            return True  # "you're being a bit much", not "it's all a bit much at the moment"
        if x == "talking" and "anxiety" in text[max(0, i - 2) : i]:
            return True
    return False


# --- comparing --------------------------------------------------------------------------

_COMPARATIVE = _set(
    "worse harder tougher lonelier longer scarier easier better rougher luckier quicker faster "
    "sadder bigger less more lower deeper darker older younger further greater smaller higher "
    "weaker poorer richer slower stronger happier"
)
_MEASURE = _set("you yours mine me i most others average anyone many yourself some")


_EXPECTED = _set(
    "think thought expect expected fear feared imagine imagined realise realize know knew hoped"
)


_RANK_TRIGGERS = _set(
    "than mine yours times compared one lucky easy lightly easier fortnight week weeks days month "
    "least"
)


def _ranks(text: Text) -> bool:
    """ "Ten times lonelier than yours", "better at it than most of the people I see"."""
    for i in _where(text, _RANK_TRIGGERS):
        w = text[i]
        if w == "than" and any(
            x in _COMPARATIVE or (len(x) > 4 and x.endswith("ier")) for x in text[max(0, i - 8) : i]
        ):
            after = text[i + 1 : i + 8]
            if text[i - 1] == "further" and {"go", "goes", "any"} & set(text[max(0, i - 4) : i]):
                continue  # "it won't go any further than me" promises; it ranks nobody
            if after[:1] in (("you",), ("i",), ("we",)) and after[1:2] and after[1] in _EXPECTED:
                continue  # "easier than you think" (minimizing, read elsewhere), "than I expected"
            if after[:2] in (("you", "were"), ("you", "did"), ("you", "used"), ("you", "have")) or (
                after[:1] in (("before",), ("last",), ("ever",), ("then",), ("earlier",))
            ):
                continue  # "better than you were last month" measures them against themselves
            if (
                after[:1] in (("i",), ("me",), ("you",))
                and text[i - 1] in ("more", "less")
                and not {"manage", "managed", "did", "do", "can", "could", "had"} & set(after[:3])
            ):
                continue  # "more than you can say" is a figure of speech
            if (
                (after[:1] and after[0] in _MEASURE)
                or ("i", "did") in pairwise(after)
                or "mine" in after
            ):
                return True
            if after[:1] in (("that",), ("this",)) and "i" in text[:i] and "you" not in text[:i]:
                return True  # "I've been out of work for longer than that"
        if w == "least" and text[i - 1 : i] == ("at",) and "you" in text[i + 1 : i + 3]:
            rest = Text(text[i + 3 :])
            if _has(rest, ("i", "had"), ("i", "did", "not"), ("i", "never"), ("i", "was")):
                return True  # "at least you've still got your family, I had nobody"
        if w in ("mine", "yours") and {"worse", "harder", "easier", "tougher", "lonelier"} & set(
            text[i + 1 : i + 5]
        ):
            return True
        if w == "times" and text[i + 1 : i + 2] and text[i + 1] in _COMPARATIVE:
            return True
        own_past = {"ago", "before", "last", "then", "earlier", "start", "when", "used"}
        if (
            w == "compared"
            and text[i + 1 : i + 2] in (("to",), ("with",))
            and not own_past & set(text[i + 2 : i + 6])
        ):
            return True  # not "How do you feel now, compared to a month ago?"
        if _at(text, i, ("one", "of", "the")) and "you" in text[max(0, i - 4) : i]:
            rest = set(text[i + 3 : i + 10])
            if rest & {"know", "met", "seen", "support", "see"} and rest & {"i", "have"}:
                return True  # "you're one of the hardest working people I know"
        if (
            w == "lucky"
            and "you" in text[max(0, i - 4) : i]
            and not {"if", "feel", "felt"} & set(text[max(0, i - 4) : i])
        ):
            return True
        if w in ("easy", "lightly", "easier") and text[max(0, i - 3) : i] in (
            ("you", "have", "it"),
            ("you", "had", "it"),
            ("you", "got", "it"),
            ("you", "got", "off"),
        ):
            return True
        if (
            (
                w in ("fortnight", "week", "weeks", "days", "month")
                and "i" in text[:i]
                and (
                    text[max(0, i - 3) : i - 1] in (("within", "a"), ("in", "a"))
                    or text[i - 2 : i - 1] in (("within",), ("in",))
                )
            )
            and {"was", "got", "felt", "had", "settled"} & set(text[:i])
            and {
                "normal",
                "fine",
                "ok",
                "back",
                "used",
                "settled",
            }
            & set(text[:i])
        ):
            return True  # "I was back to normal within a fortnight": my pace as the measure
    return False


_OTHERS = _set("people folks others peers clients lads guys")
_RANKED_AT = _set("most many few lots loads lot plenty half majority not some")
_ACHIEVE = _set(
    "manage managed manages cope coped stick stuck make made get got keep kept handle handled go went"
)


def _others_as_measure(text: Text) -> bool:
    """Other people as the measure of the person (LABELLING.md, hard case 12).

    "Most people couldn't manage that", "my other clients always text", "everyone else
    manages to let me know", "some people have it far worse", "most people would be proud
    to have kept going like you have". A universal statement offered as comfort ("most
    people don't have it figured out until their thirties") ranks nobody: minimizing.
    """
    for i in _where(text, _OTHERS | {"else"}):
        w = text[i]
        if w == "else" and i and text[i - 1] in _EVERYONE:
            if {"manages", "manage", "always", "can", "texts", "lets", "does"} & set(
                text[i + 1 : i + 4]
            ):
                return True
            continue
        if w not in _OTHERS:
            continue
        before, after = text[max(0, i - 4) : i], text[i + 1 : i + 10]
        standard = {"always", "never", "manage", "manages", "let", "text", "have", "had", "do"}
        if "other" in before and {"my", "the"} & set(before) and standard & set(after[:4]):
            return True  # "my other clients always let me know"
        if before[-1:] == ("other",) and {"always", "never", "manage", "manages"} & set(after[:6]):
            return True  # "other people I work with always text me"
        if not _RANKED_AT & set(before) or after[:1] == ("who",):
            continue
        if {"even"} & set(after[:4]) and _NEG & set(after[:4]) and _ACHIEVE & set(after[:6]):
            return True  # "most people can't even manage once a week"
        if "longer" in after[:8] and "been" in after[:4] and "than" not in after[:8]:
            return True  # "lots of people have been looking for longer"
        content = [x for x in after if x[0].isalnum()]
        if (
            content[:2]
            in (
                ["do", "not"],
                ["can", "not"],
                ["could", "not"],
                ["would", "not"],
                ["did", "not"],
            )
            and (len(content) <= 3 or (content[2:3] == ["have"] and len(content) <= 4))
            and "you" in text[:i]
        ):
            return True  # "at least you noticed it, lots of people don't"
        verbs = set(after[:7]) - {"do", "did", "does"} if after[1:2] == ("not",) else set(after[:7])
        if (
            _NEG & set(after[:5])
            and _ACHIEVE & verbs
            and {"that", "this", "it", "half", "what", "as", "yours", "back"} & set(after[2:9])
        ):
            return True
        if ("would", "have") in pairwise(after) and {
            "stopped",
            "quit",
            "given",
            "packed",
            "thrown",
            "walked",
        } & set(after):
            return True  # "most people would have stopped looking by now"
        if {"worse", "harder", "tougher"} & set(after[:8]) and (
            {"it", "after", "through", "face", "facing"} & set(after[:6])
        ):
            return True  # "some people have it far worse", "go back after far worse"
        if {"would", "could"} & set(after[:3]) and (
            _has(
                Text(text[i + 1 : i + 16]),
                ("like", "you", "have"),
                ("as", "you", "have"),
                ("like", "you", "did"),
            )
        ):
            return True  # "most people would be proud to have kept going like you have"
    return False


_RELATIVES = _set(
    "cousin friend brother sister mate mum mom dad uncle aunt neighbour neighbor son daughter "
    "nephew niece colleague partner husband wife"
)
_SPEED = _set("day days week weeks fortnight month months")
_I_DID = _set("was did got managed made survived coped went am")
_TURNED_OUT = _set("fine ok alright through better sorted")


_PATH_TRIGGERS = _set("trust believe")


def _path_as_measure(text: Text, before: Words = ()) -> bool:
    """Someone's own path set as the measure of the person's (LABELLING.md, hard case 8).

    "I was fine, so you will be too", "I had depression for years and I'm fine now, you
    will be too", "trust me, I've done it", "my cousin got a job that way in two weeks".
    Hope from the supporter's own story without the inference ("it got easier for me")
    is not this, and "I know you will too" alone is minimizing, read elsewhere.
    """
    words = text.vocab
    for i in _where(text, _PATH_TRIGGERS):
        x = text[i]
        if x in ("trust", "believe") and text[i + 1 : i + 2] == ("me",):
            rest = set(text[i + 2 : i + 9])
            if "i" in rest and rest & {"done", "did", "been", "went", "had"}:
                return True
    if _has(text, ("if", "i", "can"), ("if", "i", "could")) and words & {"you", "anyone"}:
        return True
    joined = (*before, *text) if text[:1] == ("so",) else text
    for i in _where(text, _WHERE_YOU_ARE):
        # "Loads of people here have been where you are and they're doing great now"
        if _at(text, i, ("where", "you", "are")) or _at(text, i, ("through", "it")):
            rest = set(text[i + 3 : i + 12])
            if rest & {"now", "fine", "great", "ok", "well"} and rest & {
                "they",
                "and",
                "doing",
                "are",
            }:
                return True
    if "you" in words and "i" in joined:
        # "I was fine, so you will be too"; "...nobody said a thing. So you'll be fine too."
        for i in _starts(joined, ("i",)):
            rest = joined[i + 1 : i + 13]
            if _I_DID & set(rest[:3]) and _TURNED_OUT & set(rest):
                later = joined[i + 3 :]
                if any(later[k - 1 : k] == ("so",) for k, x in enumerate(later) if x == "you"):
                    return True
    return False


_WHERE_YOU_ARE = _set("where through")


def _relative_as_measure(text: Text) -> bool:
    """Someone the supporter knows set as the measure: "my cousin got a job that way in two
    weeks", "my brother went through exactly this and he's fine now" (hard case 8)."""
    for i in text.pos.get("my", ()):
        if not (text[i + 1 : i + 2] and text[i + 1] in _RELATIVES):
            continue
        rest = text[i + 2 : i + 16]
        quick = any(
            y in ("in", "within") and _SPEED & set(rest[j + 1 : j + 5])
            for j, y in enumerate(rest[:-1])
        )
        if quick and {"got", "found", "was", "did", "managed", "went", "back", "fine"} & set(rest):
            return True
        if {"fine", "ok", "great", "happy", "sorted"} & set(rest) and "now" in rest:
            return True
    return False


_FIRST = _set("i me my mine we myself")
# (the words, whether the supporter must be the subject nearby)
_SAME: tuple[tuple[Words, bool], ...] = (
    (("same", "boat"), True),
    (("same", "thing", "happened"), False),
    (("same", "happened", "to", "me"), False),
    (("same", "thing", "with", "me"), False),
    (("exact", "same"), True),
    (("exactly", "the", "same"), True),
    (("very", "same"), True),
    (("same", "situation"), True),
    (("same", "as", "me"), False),
    (("same", "as", "mine"), False),
    (("same", "story"), True),
    (("same", "here"), False),
    (("was", "the", "same", "for", "me"), False),
    (("is", "the", "same", "for", "me"), False),
    (("same", "with", "me"), False),
    (("exactly", "what", "you"), True),
    (("exactly", "how", "you"), True),
    (("exactly", "how", "it"), True),
    (("exactly", "how", "that"), True),
    (("exactly", "what", "it"), True),
    (("exactly", "what", "that"), True),
    (("exactly", "like", "me"), False),
    (("exactly", "like", "you"), True),
    (("exactly", "like", "that"), True),
    (("exactly", "like", "this"), True),
    (("exactly", "where", "you"), True),
    (("your", "exact"), True),
    (("exact", "position"), True),
    (("exact", "situation"), True),
    (("exactly", "this"), True),
    (("exactly", "that"), True),
    (("know", "how", "you", "feel"), True),
    (("know", "what", "you", "are", "going"), True),
    (("know", "what", "you", "are", "feeling"), True),
    (("know", "exactly"), True),
    (("understand", "exactly"), True),
)


_SAME_BY_FIRST: dict[str, list[tuple[Words, bool]]] = {}
for _group, _first_person in _SAME:
    _SAME_BY_FIRST.setdefault(_group[0], []).append((_group, _first_person))
_SAME_FIRST = frozenset(_SAME_BY_FIRST)


def _claims_sameness(text: Text) -> bool:
    """ "I was in the same boat", "same thing happened to me", "I was in your exact position".

    The supporter's situation declared the same as the person's (LABELLING.md, hard case
    8). A shared feeling ("I felt the same way for a while", "I was dreading it, just like
    you") is self-disclosure only, and "everyone I know is in the same boat" is a
    universal statement (minimizing, read elsewhere).
    """
    if not {"same", "exactly", "exact", "know"} & text.vocab:
        return False
    for i in _where(text, _SAME_FIRST):
        for group, first_person in _SAME_BY_FIRST[text[i]]:
            if not _at(text, i, group):
                continue
            before = text[max(0, i - 6) : i]
            if {"not", "never", "pretend", "no", "if", "whether", "do"} & set(before[-4:]) or (
                {"everyone", "everybody", "all", "people"} & set(before)
            ):
                continue  # "I won't pretend I know exactly", "could you do the same"
            if first_person and not _FIRST & set(text[max(0, i - 7) : i]):
                continue
            if (
                group[0] == "exactly"
                and group[1] in ("this", "that")
                and not ({"went", "through", "had", "felt", "been"} & set(text[max(0, i - 6) : i]))
            ):
                continue
            return True
    return False


_THEM = _set("they them those half most loads lots many some people mates friends schoolmates")
_HIDDEN = _set(
    "struggling lost debt miserable unhappy faking pretending broke skint lonely stuck worse "
    "drowning scraping help parents money connections lucky luck handed problems issues worries "
    "troubles"
)
_LOOKS = _set("look looks seem seems make makes appear appears")
_GUESS = _set("probably bet reckon likely might may")


def _argues_with_their_comparison(text: Text) -> bool:
    """ "Half of them are probably in debt", "nobody is as happy as they make out" (hard case 13).

    The person compares themselves with others; guessing that the others are secretly
    worse off, or were helped, argues with the comparison: comparing and minimizing.
    """
    words = text.vocab
    if _has(text, ("fair", "race"), ("fair", "comparison")):
        return True
    for i in text.pos.get("as", ()):
        x = text[i]
        if (
            x == "as"
            and i + 2 < len(text)
            and text[i + 2] == "as"
            and _LOOKS & set(text[i + 3 : i + 7])
        ) and {"they", "it", "he", "she", "people"} & set(text[i + 3 : i + 5]):
            return True  # "as happy as they make out", "as perfect as it looks"
    if not words & _THEM:
        return False
    for i in _where(text, _GUESS):
        # "your school friends probably had help", "half of them might be in debt": the
        # people they compare themselves with, guessed to be worse off or helped.
        if _THEM & set(text[max(0, i - 8) : i]) and (
            _HIDDEN & set(text[i + 1 : i + 9]) or _at(text, i + 1, ("just", "as"))
        ):
            return True
    return False


# --- judging ------------------------------------------------------------------------------

_NEUTRAL_WHY = _set("think feel reckon suppose imagine believe say guess")
_LOADED_WHY = _set("not never keep keeps always even bother let just really still constantly only")
_WHY_AUX = _set("are do did have would could were is can had does")


def _why_demands(text: Text) -> bool:
    """ "Why are you so worried?", "why haven't you been answering?", "why do you keep missing?"."""
    for i in _starts(text, ("why",)):
        rest = text[i + 1 : i + 9]
        if rest[:3] in (
            ("does", "it", "matter"),
            ("would", "it", "matter"),
            ("does", "that", "matter"),
        ):
            return True  # "Why does it matter so much what they think?"
        if not rest or rest[0] not in _WHY_AUX or "you" not in rest[:3]:
            continue  # "why not...?" suggests; "why did they stop asking?" is about them
        if rest[:3] == ("do", "not", "you"):
            continue  # "Why don't you invite them?" is advice as a question
        after_you = rest[rest.index("you") + 1 :]
        if after_you[:1] and after_you[0] in _NEUTRAL_WHY:
            continue  # "why do you think that is?" asks for their view
        so_adjective = after_you[:1] in (("so",), ("such",)) and rest[:1] in (("are",), ("were",))
        stops = bool({"stop", "stopped"} & set(after_you[:4]))
        if stops and {"drinking", "using", "smoking", "gambling"} & set(after_you[:4]):
            continue  # "Why did you stop drinking?" asks about a choice, not a failing
        if set(rest) & _LOADED_WHY or _FAILING & set(after_you[:3]) or so_adjective:
            return True
        if _has(text, ("in", "the", "first", "place")):
            return True  # "Why did you hang around with them in the first place?"
    return False


# What a person can be blamed for doing: "Why are you shutting everyone out?", "Maybe you
# pushed them away?" (a *why* about a failing, LABELLING.md hard case 7).
_FAILING = _set(
    "stop stopped quit ignore ignoring ignored disappear disappeared miss missing missed skip "
    "skipping skipped shut shutting hide hiding isolate isolating avoid avoiding avoided cancel "
    "cancelling cancelled push pushing pushed drive drove driven drop dropped ditch ditched "
    "neglect neglected waste wasting wasted refuse refusing refused"
)


def _blames_them(text: Text, question: bool) -> bool:
    """ "Maybe you pushed them away?": a guess that the trouble is the person's own doing."""
    for i in _where(text, _MAYBE):
        rest = text[i + 1 : i + 5]
        if (
            rest[:1] == ("you",)
            and rest[1:2] not in (("could",), ("should",), ("can",), ("might",), ("would",))
            and _FAILING & set(rest[1:4])
            and (question or "it" in rest)
        ):  # not "Maybe you could stop by on Thursday?"
            return True
    return False


_MAYBE = _set("maybe perhaps")


_LOADED = _set("actually even properly seriously")
_EFFORT = _set(
    "try tried trying apply applied applying send sent look looked looking bother bothered want wanted need needed"
)


_LOADED_SCAN = _set("actually even properly seriously really hard")
_EVEN_SMALL = _set("a slightly just one if though when so for small slightly tiny")


def _loaded_question(text: Text, question: bool) -> bool:
    """ "Have you actually been applying?", "was it really that hard?", "how many have you really sent?"."""
    if not question:
        return False
    for i in _where(text, _LOADED_SCAN):
        w = text[i]
        if w in _LOADED and "you" in text[max(0, i - 3) : i + 3]:
            if w == "even" and text[i + 1 : i + 2] and text[i + 1] in _EVEN_SMALL:
                continue  # "What has helped you before, even a little bit?" asks gently
            return True
        if w == "really":
            before, after = text[max(0, i - 3) : i], text[i + 1 : i + 4]
            if after[:1] == ("that",) and {"is", "was"} & set(before):
                return True  # "was it really that hard"
            if "you" in before and after[:1] and after[0] in _EFFORT:
                return True
        if (
            w == "hard"
            and i
            and text[i - 1] == "how"
            and text[i + 1 : i + 3] in (("is", "it"), ("can", "it"), ("was", "it"))
        ):
            return True
    return False


_BAD_TRAITS = _set(
    "rude lazy selfish inconsiderate unreliable disrespectful ungrateful childish irresponsible "
    "thoughtless careless pathetic ridiculous immature flaky entitled unfair unacceptable "
    "disappointing embarrassing unprofessional insensitive disorganised disorganized sloppy weak "
    "negative dramatic silly daft stupid dumb naive pitying picky fussy choosy centred centered"
)
_SOFT_TRAITS = _set("weak negative dramatic silly daft stupid dumb naive unfair")
_VERDICT_SUBJECT = _set("you that it this which")
_COPULA = _set("are were is was being been seems seemed sounds sounded looks feels")
_SOFTEN = _set("a bit little pretty really so quite very rather just kind of sort bloody too self")


_VERDICT_SCAN = _BAD_TRAITS | _set("wrong fair on order excuse excuses ok okay acceptable problem")


def _verdict(text: Text) -> bool:
    """ "That's pretty inconsiderate", "you've been really negative", "that's not on"."""
    n = len(text)
    for i in _where(text, _VERDICT_SCAN):
        w = text[i]
        if (
            w == "wrong"
            and "you" in text[max(0, i - 6) : i]
            and (
                {"doing", "applying", "going", "looking", "handling", "approaching"}
                & set(text[max(0, i - 5) : i])
            )
        ):
            return True  # "maybe you're applying for the wrong jobs"
        if w in _BAD_TRAITS:
            j = i - 1
            while j >= 0 and text[j] in _SOFTEN:
                j -= 1
            if (
                j >= 2
                and text[j] == "been"
                and text[j - 1] in ("have", "has")
                and text[j - 2] in _VERDICT_SUBJECT
            ):
                return True  # "you've been really negative lately"
            if j >= 2 and text[j] == "being" and text[j - 2] == "you":
                return True  # "maybe you're being too picky"
            if j >= 1 and text[j] in _COPULA and text[j - 1] in _VERDICT_SUBJECT | {"being"}:
                if _NEG & set(text[max(0, j - 2) : i]):
                    continue  # "you are not lazy"
                if text[j - 1] == "it" and w in _SOFT_TRAITS:
                    continue  # "it's unfair" names a hard situation
                return True
            if text[i + 1 : i + 3] == ("of", "you") and w != "weak":
                return True
        if w == "fair" and i and text[i - 1] in ("not", "hardly"):
            after = text[i + 1 : i + 4]
            if after[:1] in (("on",), ("to",)) and (
                after[1:2]
                and after[1]
                in (
                    "me",
                    "us",
                    "them",
                    "the",
                    "people",
                    "everyone",
                    "others",
                    "your",
                    "just",
                    "leave",
                    "keep",
                    "expect",
                )
            ):
                return True  # "not fair on me", "not fair to just leave me hanging"
        if (
            w == "on"
            and i == n - 1
            and text[i - 3 : i] in (("that", "is", "not"), ("it", "is", "not"))
        ):
            return True  # "That's not on."
        if (
            w in ("ok", "okay", "acceptable")
            and i == n - 1
            and "not" in text[max(0, i - 3) : i]
            and {"it", "that", "this"} & set(text[max(0, i - 5) : i])
            and "you" not in text[max(0, i - 5) : i]
        ):
            return True  # "That's twice now, it's really not ok." (not "you weren't ok")
        if w == "order" and text[max(0, i - 2) : i] == ("out", "of"):
            return True
        if w == "problem" and (
            (text[i - 2 : i] == ("is", "the") and "your" in text[max(0, i - 5) : i - 2])
            or text[i - 3 : i] == ("you", "are", "the")
        ):
            return True  # "maybe your CV is the problem"; not "what do you think is the problem?"
        if w == "order" and text[max(0, i - 2) : i] == ("out", "of"):
            return True
        if (
            w in ("excuse", "excuses")
            and {"no", "just", "an", "making", "those"} & set(text[max(0, i - 2) : i])
            and "not" not in text[max(0, i - 3) : i]
        ):
            return True
    return False


# What a feeling pins on the other person: "I feel like you don't care", "...never listen".
_MOTIVE = _set("not never always care respect value bother bothered")
_BLAMING_FEELINGS = _set(
    "disrespected ignored used unimportant undervalued unvalued unappreciated blanked dismissed "
    "disregarded mugged fobbed stood messed mucked strung"
)
_PARTICLE = {
    "stood": "up",
    "messed": "around",
    "mucked": "about",
    "strung": "along",
    "fobbed": "off",
}
_FEELING_GLUE = _set(
    "a bit little pretty really so quite very rather just kind of sort and frustrated worried annoyed hurt"
)


_BLAMING_SCAN = _set(
    "felt feel feeling was am got seemed seems looked looks feels bothered care value respect"
)


def _blaming_feeling(text: Text) -> bool:
    """ "I felt ignored", "it seemed like you couldn't be bothered", "I feel like you don't care"."""
    for i in _where(text, _BLAMING_SCAN):
        w = text[i]
        if w in ("felt", "feel", "feeling", "was", "am", "got") and i and text[i - 1] == "i":
            after = text[i + 1 : i + 6]
            j = 0
            while j < len(after) and (after[j] in _FEELING_GLUE or after[j] == ","):
                j += 1
            if j < len(after) and after[j] in _BLAMING_FEELINGS:
                particle = _PARTICLE.get(after[j])
                if (
                    particle
                    and after[j + 1 : j + 2] != (particle,)
                    and not (after[j] == "messed" and after[j + 1 : j + 2] == ("about",))
                ):
                    continue
                if not (w in ("was", "am", "got") and after[j] == "used"):
                    return True
            if w in ("felt", "feel") and (
                (after[:2] == ("like", "you") and _MOTIVE & set(text[i + 3 : i + 9]))
                or after[:3] in (("like", "i", "do"), ("like", "i", "did"), ("like", "my", "time"))
            ):
                return True  # "I feel like you don't respect my time", not "...like you've been carrying this"
            if ("taken", "for") in pairwise(after) or (
                "taken",
                "advantage",
            ) in pairwise(after):
                return True
        if (
            w in ("seemed", "seems", "looked", "looks", "felt", "feels")
            and text[i + 1 : i + 3]
            == (
                "like",
                "you",
            )
            and {"not", "never", "just", "could", "did", "do", "bothered", "care"}
            & set(text[i + 3 : i + 8])
        ):
            return True
        if (
            w == "bothered"
            and i
            and text[i - 1] == "be"
            and "not" in text[max(0, i - 4) : i]
            and "you" in text[max(0, i - 5) : i]
        ):
            return True
        if w in ("care", "value", "respect") and text[max(0, i - 3) : i] in (
            ("you", "do", "not"),
            ("you", "did", "not"),
        ):
            return True
    return False


_SCOLD: tuple[Words, ...] = (
    ("not", "cut", "it"),
    ("if", "you", "do", "not", "want", "to", "come"),
    ("if", "you", "do", "not", "want", "to", "be"),
    ("if", "you", "do", "not", "want", "to", "bother"),
    ("if", "you", "do", "not", "want", "to", "do"),
    ("if", "you", "can", "not", "be", "bothered"),
    ("feeling", "sorry", "for", "yourself"),
    ("sitting", "around"),
    ("lying", "around"),
    ("taken", "you", "this", "long"),
    ("took", "you", "long", "enough"),
    ("the", "least", "you"),
    ("you", "owe", "me"),
    ("your", "own", "fault"),
    ("grow", "up"),
    ("get", "a", "grip"),
    ("sort", "yourself", "out"),
    ("expect", "the", "same"),
    ("let", "it", "happen", "again"),
    ("let", "this", "happen", "again"),
    ("let", "that", "happen", "again"),
    ("do", "it", "again"),
    ("do", "that", "again"),
    ("gave", "up", "my", "time"),
    ("my", "time", "for", "you"),
    ("wasting", "my", "time"),
    ("waste", "of", "my", "time"),
    ("start", "taking", "these"),
    ("start", "taking", "this"),
    ("start", "taking", "it"),
    ("take", "this", "seriously"),
    ("take", "these", "meetings", "seriously"),
)
_BLAME_MODALS: tuple[Words, ...] = (
    ("you", "should", "have"),
    ("you", "should", "not", "have"),
    ("you", "could", "have", "just"),
    ("you", "could", "have", "at"),
    ("you", "could", "at", "least"),
    ("you", "ought", "to", "have"),
    ("you", "can", "not", "just"),
    ("you", "can", "not", "keep"),
    ("you", "can", "not", "expect"),
    ("you", "can", "not", "go"),
    ("you", "can", "not", "ignore"),
    ("you", "need", "to", "take"),
    ("you", "need", "to", "start"),
    ("you", "need", "to", "realise"),
    ("you", "need", "to", "realize"),
    ("you", "need", "to", "understand"),
    ("you", "have", "to", "take"),
    ("if", "you", "had", "just"),
    ("if", "you", "had", "only"),
    ("if", "you", "had", "not"),
    ("if", "you", "would", "have"),
    ("if", "you", "would", "just"),
    ("if", "you", "really", "wanted"),
    ("if", "you", "really", "cared"),
    ("if", "you", "actually", "wanted"),
    ("if", "you", "actually", "cared"),
    ("if", "you", "had", "stuck"),
    ("maybe", "if", "you"),
    ("will", "not", "get", "you"),
    ("is", "not", "going", "to", "get", "you"),
    ("you", "keep", "letting"),
    ("you", "are", "always"),
    ("you", "always"),
    ("you", "never"),
)
# What "you always..." or "you never..." blames someone for (LABELLING.md, hard case 16).
_HABITS = _set(
    "forget forgets miss cancel cancels leave let say make makes blame complain moan ignore "
    "mess disappear turn late text call tell listen learn bother answer reply show think "
    "expect assume give"
)
_ADVERBS = _set("really honestly just seriously actually")


def _blames(text: Text) -> bool:
    """Blame in a modal ("you should have", "you can't just"), scolding, or a rebuke."""
    if text.vocab & _ADVERBS and _blames(Text(w for w in text if w not in _ADVERBS)):
        return True  # "You really need to start taking these meetings seriously"
    if text.hits("scold"):
        return True
    for group, i in text.hits("blame"):
        if group in (("you", "always"), ("you", "never"), ("you", "are", "always")):
            after = text[i + len(group) : i + len(group) + 3]
            blamed = after[:1] and (
                after[0] in _HABITS
                or (after[0] == "do" and after[1:2] in (("this",), ("that",), ("it",)))
            )
            if not blamed:
                continue  # "you never stop trying", "you always come across as strong"
        if group == ("you", "should", "have") and text[i + 3 : i + 5] in (
            ("been", "there"),
            ("been", "proud"),
        ):
            continue
        return True
    return False


def _challenges(text: Text, question: bool) -> bool:
    """ "Are you sure about that?": the person's own account is put in doubt."""
    return question and any(
        text[i + 3 : i + 4] in ((), ("about",), ("of",))
        for i in _starts(text, ("are", "you", "sure"))
    )


def _not_hard(text: Text) -> bool:
    """ "Just text me, it's not hard": the effort asked for is called small."""
    for i in text.pos.get("hard", ()):
        w = text[i]
        if (
            w == "hard"
            and i > 1
            and text[i - 1] in ("not", "that")
            and "not" in text[max(0, i - 3) : i]
        ):
            end = text[i + 1 : i + 2]
            if not end or end[0] in (",", "!", "really", "is"):
                return True
    return False


def _incredulous(text: Text, question: bool) -> bool:
    """An echo that sets up a challenge: "Stuff came up twice?", "For two weeks?", "Seriously?"."""
    if not question:
        return False
    content = [w for w in text if w[0].isalnum()]
    if not content or len(content) > 5:
        return False
    if content[0] in ("seriously", "really") and len(content) <= 4:
        return True
    if content[:3] == ["stuff", "came", "up"] or content[:2] == ["something", "came"]:
        return True
    return (
        content[0] == "for"
        and len(content) <= 4
        and any(w in _SPEED or w in ("ages", "long") for w in content)
    )


# --- clear advice ------------------------------------------------------------------------

_MODAL_ADVICE: tuple[Words, ...] = (
    ("you", "should"),
    ("you", "must"),
    ("you", "ought", "to"),
    ("you", "need", "to"),
    ("you", "have", "to"),
    ("you", "have", "got", "to"),
    ("you", "had", "better"),
    ("you", "would", "better"),
    ("you", "better"),
)
_NOT_AFTER_MODAL = _set("have be feel know not")
_ACTIONS = _set(
    "try go get join call ring phone ask find look write make start take put spend sign apply "
    "focus reach speak talk see visit volunteer use give keep set plan consider avoid drop cut "
    "eat sleep exercise walk rest breathe relax ignore move switch change update send tell "
    "contact book check stick remind treat limit reconnect invite arrange organise organize "
    "search research read listen practise practice journal meditate"
)
_NOT_IMPERATIVE: tuple[Words, ...] = (
    ("tell", "me"),
    ("talk", "to", "me"),
    ("take", "your", "time"),
    ("take", "care"),
    ("take", "it", "easy"),
    ("keep", "going"),
    ("keep", "it", "up"),
    ("keep", "at", "it"),
    ("keep", "up"),
    ("go", "on"),
    ("see", "you"),
    ("look", "after", "yourself"),
    ("ask", "me"),
    ("call", "me"),
    ("ring", "me"),
    ("text", "me"),
    ("send", "me"),
    ("give", "me"),
    ("check", "in"),
)
_DONT_ACTIONS = _set("overdo push rush skip isolate drink forget quit drop spend take go stop")
_IMPERATIVE_LEAD = _set(
    "just maybe perhaps so honestly seriously please definitely also then and but well ok okay oh um yeah right"
)
_SUGGESTION_FRAMES: tuple[Words, ...] = (
    ("have", "you", "tried"),
    ("have", "you", "ever", "tried"),
    ("have", "you", "thought", "about"),
    ("have", "you", "thought", "of"),
    ("have", "you", "considered"),
    ("have", "you", "looked", "into"),
    ("have", "you", "looked", "at"),
    ("have", "you", "asked"),
    ("did", "you", "try"),
    ("why", "do", "not", "you"),
    ("why", "not"),
    ("how", "about"),
    ("what", "about"),
    ("you", "could", "try"),
    ("you", "could", "always"),
    ("you", "could", "ask"),
    ("you", "might", "want", "to"),
    ("you", "may", "want", "to"),
    ("you", "might", "like", "to"),
    ("maybe", "you", "could"),
    ("maybe", "you", "should"),
    ("maybe", "try"),
    ("perhaps", "you", "could"),
    ("perhaps", "you", "should"),
    ("perhaps", "try"),
    ("if", "i", "were", "you"),
    ("if", "i", "was", "you"),
    ("if", "it", "was", "me"),
    ("if", "it", "were", "me"),
    ("my", "advice"),
    ("i", "would", "suggest"),
    ("i", "would", "recommend"),
    ("i", "would", "advise"),
    ("i", "suggest"),
    ("i", "recommend"),
    ("i", "think", "you", "should"),
    ("i", "think", "you", "need", "to"),
    ("it", "might", "help", "to"),
    ("it", "may", "help", "to"),
    ("it", "could", "help", "to"),
    ("it", "would", "help", "to"),
    ("it", "might", "help", "if", "you"),
    ("it", "might", "be", "worth"),
    ("it", "might", "be", "a", "good", "idea"),
    ("it", "is", "worth", "trying"),
    ("worth", "a", "try"),
    ("worth", "a", "go"),
    ("give", "it", "a", "go"),
    ("give", "it", "a", "try"),
    ("the", "best", "thing", "to", "do"),
    ("what", "you", "need", "to", "do"),
    ("here", "is", "what", "you"),
)
_BELIEF = _set("know knew think believe sure bet hope hoped said")
_ABOUT_THEIR_VIEW = _set("why what how whether when who ending suicide killing hurting harming")


def clear_advice(words: Sequence[str], question: bool) -> bool:
    """A sentence that tells or suggests what to do in a form nobody would read otherwise.

    "You should get out more", "Try going to bed earlier", "Don't overdo it", "Have you
    thought about a phased return?", "Why don't you invite them round?", "If I were you
    I'd...". Not: "You should have called" (blame), "you should be proud" (praise), "you
    don't have to tell anyone" (a permission), "I knew you could do it" (belief), "What
    have you thought about doing?" (their ideas), "Tell me more".
    """
    text = words if isinstance(words, Text) else prepare(words)
    n = len(text)
    if _has(text, ("not", "going", "to", "tell", "you")):
        return False  # "I'm not going to tell you what to do"
    for frame, i in text.hits("frame"):
        before = text[max(0, i - 3) : i]
        if (
            _BELIEF & set(before)
            or "not" in before
            or before[-1:] in (("what",), ("how",), ("who",))
        ):
            continue
        after = text[i + len(frame) : i + len(frame) + 3]
        if (
            frame[:3] in (("have", "you", "thought"), ("have", "you", "considered"))
            and after[:1]
            and (after[0] in _ABOUT_THEIR_VIEW)
        ):
            continue  # a question about their view, or asking directly about suicide
        if frame[:3] in (("have", "you", "thought"), ("have", "you", "considered")) and (
            after[:1] in (("that",), ("it",), ("this",)) and len(after) == 1
        ):
            continue  # "Have you thought about that?" carries no idea of the supporter's
        if frame in (("how", "about"), ("what", "about")) and (
            not question
            or after[:1]
            in (("you",), ("yourself",), ("it",), ("that",), ("this",), ("the",), ("your",))
        ):
            continue  # "How about you?", "what about it worries you"
        return True
    for modal, i in text.hits("modal"):
        before = text[max(0, i - 3) : i]
        if before[-1:] in (
            ("if",),
            ("what",),
            ("how",),
            ("think",),
            ("feel",),
            ("like",),
            ("not",),
        ):
            continue  # "if you need to", "how you should", "feel like you have to"
        after = [
            w
            for w in text[i + len(modal) : i + len(modal) + 3]
            if w not in ("really", "just", "definitely", "probably", "also")
        ]
        if (
            not after
            or after[0] in _NOT_AFTER_MODAL
            or after[:2] in (["do", "not"], ["say", "not"])
        ):
            continue  # "you should have", "you should be proud", "you need to know"
        return True
    i = 0
    while i < n and (text[i] in _IMPERATIVE_LEAD or not text[i][0].isalnum()):
        i += 1
    if i < n and not question:
        if _at(text, i, ("do", "not")) or text[i] == "never":
            k = i + 2 if text[i] == "do" else i + 1
            return (
                k < n and text[k] in _DONT_ACTIONS and text[k + 1 : k + 2] != ("up",)
            )  # "don't overdo it"
        if text[i] in _ACTIONS:
            if any(_at(text, i, skip) for skip in _NOT_IMPERATIVE):
                return False
            if text[i] in ("see", "look", "listen") and text[i + 1 : i + 2] == (",",):
                return False  # "See, you're fine now": a discourse marker, not an order
            if text[i] == "stop" and text[i + 1 : i + 2] in (
                ("being",),
                ("feeling",),
                ("thinking",),
                ("worrying",),
            ):
                return False  # a command to feel, read as minimizing
            nxt = text[i + 1 : i + 2]
            return not (
                nxt and nxt[0] in ("you", "i", "we", "they", "he", "she", "it", "is", "are", "was")
            )
    return False


# --- idioms ------------------------------------------------------------------------------
# Set phrases of everyday English that do one of these things whatever surrounds them.
# They are stock sayings (LABELLING.md lists several), not wordings copied from replies.

_IDIOMS: dict[str, tuple[Words, ...]] = {
    "minimizing": (
        ("this", "too", "shall", "pass"),
        ("happy", "thoughts"),
        ("walk", "in", "the", "park"),
        ("piece", "of", "cake"),
        ("small", "price", "to", "pay"),
        ("no", "such", "thing", "as", "failure"),
        ("no", "such", "thing", "as", "a", "failure"),
        ("give", "it", "time"),
        ("give", "it", "a", "few"),
        ("give", "it", "another"),
        ("look", "how", "far"),
        ("think", "how", "far"),
        ("better", "off", "without"),
        ("better", "to", "be", "alone"),
        ("need", "friends", "like", "that"),
        ("need", "people", "like", "that"),
        ("not", "a", "big", "deal"),
        ("not", "such", "a", "big", "deal"),
        ("no", "big", "deal"),
        ("too", "busy", "to", "care"),
        ("too", "busy", "to", "notice"),
        ("too", "busy", "with", "their"),
        ("short", "memories"),
        ("life", "ahead", "of", "you"),
        ("whole", "life", "ahead"),
        ("years", "ahead", "of", "you"),
        ("got", "plenty", "of", "time"),
        ("have", "plenty", "of", "time"),
        ("got", "loads", "of", "time"),
        ("have", "loads", "of", "time"),
        ("got", "lots", "of", "time"),
        ("have", "lots", "of", "time"),
        ("time", "is", "on", "your", "side"),
        ("land", "on", "your", "feet"),
        ("silver", "lining"),
        ("every", "cloud"),
        ("could", "be", "worse"),
        ("worse", "things", "happen"),
        ("it", "is", "what", "it", "is"),
        ("that", "is", "life"),
        ("overrated",),
        ("good", "things", "in", "your", "life"),
        ("think", "about", "the", "good"),
        ("focus", "on", "the", "good"),
        ("focus", "on", "the", "positive"),
        ("focus", "on", "the", "positives"),
        ("all", "work", "out"),
        ("work", "out", "in", "the", "end"),
        ("work", "itself", "out"),
        ("sort", "itself", "out"),
        ("their", "problem"),
        ("waste", "your", "time", "on"),
        ("too", "short", "to"),
        ("the", "good", "thing", "is"),
        ("the", "good", "news", "is"),
        ("need", "you", "to", "be", "strong"),
        ("not", "need", "those"),
        ("not", "need", "them"),
        ("not", "need", "people"),
    ),
    "comparing": (
        ("would", "kill", "for", "your"),
        ("would", "give", "anything", "for", "your"),
        ("would", "love", "to", "have", "your"),
        ("the", "rest", "of", "my", "clients"),
        ("the", "rest", "of", "my", "group"),
        ("the", "rest", "of", "my", "people"),
        ("you", "think", "that", "is", "bad"),
        ("welcome", "to", "my", "world"),
    ),
    "judging": (
        ("with", "that", "attitude"),
        ("no", "wonder", "you", "can", "not"),
        ("no", "wonder", "you", "are", "not"),
        ("no", "wonder", "nobody"),
        ("expect", "better"),
        ("expected", "better"),
        ("expect", "more", "from", "you"),
        ("not", "make", "a", "habit", "of"),
        ("keep", "happening"),
        ("keeps", "happening"),
        ("not", "trying", "hard", "enough"),
        ("not", "trying", "enough"),
        ("not", "doing", "enough"),
        ("let", "me", "down"),
        ("let", "us", "down"),
        ("let", "everyone", "down"),
        ("be", "more", "reliable"),
        ("be", "more", "responsible"),
        ("be", "more", "considerate"),
        ("be", "more", "organised"),
        ("be", "more", "organized"),
        ("be", "more", "committed"),
        ("pull", "your", "socks", "up"),
        ("pull", "your", "finger", "out"),
        ("your", "own", "doing"),
        ("do", "not", "appreciate"),
        ("the", "decency"),
        ("every", "single", "time"),
        ("you", "do", "this", "every"),
        ("the", "same", "from", "you"),
        ("wasted", "my"),
        ("wasted", "two", "of", "my"),
        ("wasting", "my"),
        ("a", "regular", "thing"),
        ("not", "much", "to", "ask"),
        ("not", "a", "lot", "to", "ask"),
        ("not", "too", "much", "to", "ask"),
        ("that", "to", "me", "again"),
        ("this", "to", "me", "again"),
        ("not", "make", "it", "a", "habit"),
        ("not", "make", "a", "habit"),
        ("more", "of", "an", "effort"),
        ("make", "more", "effort"),
        ("you", "need", "to", "try", "harder"),
    ),
    "secrecy": (
        ("privacy", "is", "guaranteed"),
        ("confidentiality", "is", "guaranteed"),
        ("privacy", "is", "safe"),
        ("completely", "confidential"),
        ("totally", "confidential"),
        ("strictly", "confidential"),
    ),
}


def _idioms(text: Text) -> set[str]:
    """The labels whose stock phrases the sentence uses, unless a negation disowns them.

    "I won't pretend it's a walk in the park" and "I'm not going to say it's no big deal"
    use the phrase to refuse it; blame stays blame ("don't let me down again").
    """
    found: set[str] = set()
    text.hits("")  # scan once, then read only the tables that matched
    tables = text.found or {}
    for table in _IDIOM_TABLES & tables.keys():
        label = table[len("idiom:") :]
        for _, i in tables[table]:
            before = set(text[max(0, i - 6) : i])
            refused = "pretend" in before or (_NEG & before and {"say", "tell"} & before)
            if label == "judging" or not refused:
                found.add(label)
                break
    return found


# --- one pass for every phrase table --------------------------------------------------------

_TABLES: dict[str, tuple[Words, ...]] = {
    "cheer": _STOCK_CHEERS,
    "scold": _SCOLD,
    "blame": _BLAME_MODALS,
    "frame": _SUGGESTION_FRAMES,
    "modal": _MODAL_ADVICE,
    "many": _MANY_PEOPLE,
    **{"idiom:" + label: phrases for label, phrases in _IDIOMS.items()},
}
_IDIOM_TABLES = frozenset(name for name in _TABLES if name.startswith("idiom:"))
_ALL: dict[str, dict[str, list[tuple[str, Words]]]] = {}
for _name, _groups in _TABLES.items():
    for _group in _groups:
        _second = _group[1] if len(_group) > 1 else ""
        _ALL.setdefault(_group[0], {}).setdefault(_second, []).append((_name, _group))


def _scan(text: Text) -> dict[str, list[tuple[Words, int]]]:
    """Every phrase of every table in the sentence, by table (see :meth:`Text.hits`)."""
    out: dict[str, list[tuple[Words, int]]] = {}
    n = len(text)
    for first in text.vocab & _ALL.keys():
        by_second = _ALL[first]
        for i in text.pos[first]:
            for name, group in by_second.get(text[i + 1] if i + 1 < n else "", ()):
                if _at(text, i, group):
                    out.setdefault(name, []).append((group, i))
            for name, group in by_second.get("", ()):
                out.setdefault(name, []).append((group, i))
    return out


# --- all together --------------------------------------------------------------------------


def read(words: Sequence[str], question: bool, before: Sequence[str] = ()) -> frozenset[str]:
    """The harmful shapes in one sentence, as feature names ``shape_<label>``.

    ``shape_command`` marks a command to feel differently (minimizing and advice),
    ``shape_proportion`` a reaction called out of proportion (minimizing and judging),
    ``shape_limit`` a named limit to confidentiality, ``shape_advice`` advice in a clear
    form (:func:`clear_advice`), ``shape_secrecy`` a promise of
    secrecy (whether or not a limit cancels it). ``before`` is the sentence before, for an
    inference that starts a new one ("So you'll be fine too").
    """
    text = prepare(words)
    out: set[str] = set()
    if _promises_not_to_pass_on(text) or _kept_with_me(text) or _keeps_it(text):
        out.add("shape_secrecy")
    if names_a_limit(text):
        out.add("shape_limit")
    if clear_advice(text, question):
        out.add("shape_advice")
    if _tells_not_to_feel(text) and not (
        "shape_secrecy" in out
        and _has(text, ("do", "not", "worry"))
        and not _has(text, ("do", "not", "worry", "about"))
    ):
        # not "I won't pass it on, don't worry": a promise of secrecy only (hard case 6)
        out.update(("shape_command", "shape_minimizing"))
    if (
        _reassuring_prediction(text, question)
        or _everyone_feels_it(text)
        or _makes_it_small(text)
        or _argues_it_away(text)
        or _feel_this_instead(text)
        or _as_you_fear(text)
    ):
        out.add("shape_minimizing")
    if _out_of_proportion(text):
        out.add("shape_proportion")
    if _ranks(text) or _claims_sameness(text) or _relative_as_measure(text):
        out.add("shape_comparing")
    if _others_as_measure(text):
        out.add("shape_comparing")  # "my other clients always let me know": comparing only
    earlier = prepare(before) if text[:1] == ("so",) else ()
    if _argues_with_their_comparison(text) or _path_as_measure(text, earlier):
        out.update(("shape_comparing", "shape_minimizing"))
    for label in _idioms(text):
        out.add(f"shape_{label}")
    if (
        _why_demands(text)
        or _loaded_question(text, question)
        or _verdict(text)
        or _blaming_feeling(text)
        or _blames(text)
        or _incredulous(text, question)
        or _not_hard(text)
        or _challenges(text, question)
        or _blames_them(text, question)
    ):
        out.add("shape_judging")
    return frozenset(out)
