"""Find many short word phrases in a sentence at once, with a word trie.

Phrases are written in a tiny pattern language (no regular expressions, so nothing can
backtrack):

* words separated by spaces: ``you should``
* alternatives with ``|``: ``feel|feeling|felt``
* a group of alternatives that may hold several words: ``[it is|that is]``
* an optional group in round brackets: ``have you (ever) tried``, ``(a lot|much) worse``
* ``*`` for any one word, ``@name`` for a named word set (see ``_lexicon``)
* ``^`` first: the phrase must start the sentence (after fillers such as "um", "okay")
* ``$`` last: the phrase must end the sentence

Each phrase is expanded into the trie when the rules are compiled (branches that would be
the same are shared); matching then costs one dictionary lookup per word plus a short walk
wherever a phrase could begin, so the time grows linearly with the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

_END = "\x00end"
_EOS = "\x00eos"
_ANY = "\x00any"

Node = dict


class Rule(NamedTuple):
    """What a phrase means: a label, how strongly it suggests it, and an optional tag."""

    label: str
    weight: float
    tag: str = ""
    pattern: str = ""


class Match(NamedTuple):
    """A phrase found in a sentence, as word indices ``[first, stop)``."""

    rule: Rule
    first: int
    stop: int


def _split(pattern: str) -> list[str]:
    """Split a pattern into parts, keeping bracketed groups (which may hold spaces) whole."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in pattern:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == " " and depth == 0:
            if current:
                parts.append(current)
            current = ""
        else:
            current += char
    if depth != 0:
        raise ValueError(f"unbalanced brackets in pattern {pattern!r}")
    if current:
        parts.append(current)
    return parts


def _alternative(words: str, sets: Mapping[str, frozenset[str]]) -> list[tuple[str, ...]]:
    """One alternative of a slot: a word, ``*``, ``@set`` or (in a group) several words."""
    out: list[tuple[str, ...]] = [()]
    for word in words.split():
        if word == "*":
            options: Sequence[str] = (_ANY,)
        elif word.startswith("@"):
            options = sorted(sets[word[1:]])
        else:
            options = (word,)
        out = [(*prefix, option) for prefix in out for option in options]
    return out


def _slots(pattern: str, sets: Mapping[str, frozenset[str]]) -> tuple[bool, list, bool]:
    """Parse a pattern into (anchored, slots, at_end); each slot is (sequences, optional)."""
    parts = _split(pattern)
    anchored = bool(parts) and parts[0] == "^"
    if anchored:
        parts = parts[1:]
    at_end = bool(parts) and parts[-1] == "$"
    if at_end:
        parts = parts[:-1]
    slots: list[tuple[list[tuple[str, ...]], bool]] = []
    for part in parts:
        optional = part.startswith("(") and part.endswith(")")
        grouped = optional or (part.startswith("[") and part.endswith("]"))
        body = part[1:-1] if grouped else part
        sequences: list[tuple[str, ...]] = []
        for alt in body.split("|"):
            sequences.extend(_alternative(alt, sets))
        slots.append((sequences, optional))
    return anchored, slots, at_end


def _insert(
    node: Node, slots: list, i: int, rule: Rule, at_end: bool, fresh: dict | None, shared: set[int]
) -> None:
    """Add the phrase made of ``slots[i:]`` below ``node``, which no other path reaches.

    With ``fresh`` (a dict for this one phrase), what the phrase adds where it leaves the
    existing trie is built once and shared: below a new node, the rest of the slots always
    gives the same subtree, whichever word led there ("@feeling about it" puts one "about it"
    after every feeling word). A shared node is never written in place: a later phrase that
    passes through one writes into a copy, and the copy's children count as shared in turn.
    ``shared`` holds the ids of the nodes that more than one path may reach. With ``fresh``
    None, every path gets nodes of its own (a plain trie).
    """
    if i == len(slots):
        key = _EOS if at_end else _END
        node[key] = (*node.get(key, ()), rule)
        return
    sequences, optional = slots[i]
    if optional:
        _insert(node, slots, i + 1, rule, at_end, fresh, shared)
    for sequence in sequences:
        child = node
        for k, word in enumerate(sequence):
            nxt = child.get(word)
            if nxt is None:
                if fresh is not None:
                    rest = _rest(slots, i + 1, rule, at_end, fresh, shared)
                    child[word] = _chain(sequence[k + 1 :], rest)
                    break
                nxt = child[word] = {}
            elif id(nxt) in shared:
                nxt = child[word] = dict(nxt)
                shared.update(id(value) for value in nxt.values() if isinstance(value, dict))
            child = nxt
        else:
            _insert(child, slots, i + 1, rule, at_end, fresh, shared)


def _rest(slots: list, i: int, rule: Rule, at_end: bool, fresh: dict, shared: set[int]) -> Node:
    """The subtree ``slots[i:]`` makes below a new node: built once per phrase, then shared."""
    subtree = fresh.get(i)
    if subtree is None:
        subtree = fresh[i] = {}
        _insert(subtree, slots, i, rule, at_end, fresh, shared)
        shared.add(id(subtree))
    return subtree


def _chain(words: Sequence[str], tail: Node) -> Node:
    """New nodes for ``words``, one below the other, ending in ``tail``."""
    for word in reversed(words):
        tail = {word: tail}
    return tail


def _shared(node: Node, seen: dict[tuple, Node], done: dict[int, Node]) -> Node:
    """``node`` with every subtree equal to one already seen replaced by that one.

    Word sets make many identical branches; sharing them turns the trie into a graph with
    far fewer nodes. Matching only reads the nodes, so sharing changes no result. ``done``
    maps each node already visited (by id) to what replaced it, so a node that several paths
    reach is visited once.
    """
    if id(node) in done:
        return done[id(node)]
    signature = []
    for key, value in node.items():
        if isinstance(value, dict):
            value = node[key] = _shared(value, seen, done)  # same keys: safe while iterating
            signature.append((key, id(value)))
        else:
            value = node[key] = tuple(value)
            signature.append((key, value))
    done[id(node)] = seen.setdefault(tuple(signature), node)
    return done[id(node)]


class PhraseSet:
    """A compiled collection of phrases, each tied to a :class:`Rule`.

    Add every pattern, then call :meth:`compact` once; a compacted set takes no more.
    """

    def __init__(
        self, sets: Mapping[str, frozenset[str]] | None = None, *, share: bool = True
    ) -> None:
        self._sets = sets or {}
        self._free: Node = {}
        self._anchored: Node = {}
        self._compact = False
        self._share = share
        self._shared: set[int] = set()

    def compact(self) -> PhraseSet:
        """Share identical branches, so the compiled rules hold far fewer objects.

        The coach's rules as a plain trie (``share=False``) have about 360,000 nodes, and
        a few thousand once compacted. That matters beyond memory: Python's garbage
        collector visits every container object now and then, in the learner's whole
        kernel, not only here. Sharing while adding (the default) gives the very same graph
        sooner: the first call in bench/coach_speed.py, which compiles the coach's rules,
        took 0.21-0.24 s that way against 0.82-1.04 s for a plain trie compacted afterwards.
        """
        seen: dict[tuple, Node] = {}
        done: dict[int, Node] = {}
        self._free = _shared(self._free, seen, done)
        self._anchored = _shared(self._anchored, seen, done)
        self._compact = True
        self._shared = set()
        return self

    def node_count(self) -> int:
        """How many distinct trie nodes the set holds (shared ones count once)."""
        seen: set[int] = set()
        stack = [self._free, self._anchored]
        while stack:
            node = stack.pop()
            if id(node) not in seen:
                seen.add(id(node))
                stack.extend(value for value in node.values() if isinstance(value, dict))
        return len(seen)

    def add(self, rule: Rule, patterns: Iterable[str]) -> None:
        """Add each pattern in ``patterns`` as a way of expressing ``rule``."""
        if self._compact:
            raise ValueError("this PhraseSet is compacted and takes no more patterns")
        for pattern in patterns:
            anchored, slots, at_end = _slots(pattern, self._sets)
            if not slots:
                raise ValueError(f"empty pattern for {rule}")
            root = self._anchored if anchored else self._free
            fresh: dict | None = {} if self._share else None
            _insert(root, slots, 0, rule._replace(pattern=pattern), at_end, fresh, self._shared)

    def find(self, words: Sequence[str], starts: Iterable[int] = (0,)) -> list[Match]:
        """Every phrase occurrence in ``words``; anchored phrases may begin only at ``starts``."""
        out: list[Match] = []
        n = len(words)
        end = n
        while end > 0 and not words[end - 1][0].isalnum():
            end -= 1
        for start in starts:
            if start < n:
                _walk(self._anchored, words, start, start, end, out)
        get = self._free.get
        for i in range(n):
            child = get(words[i])
            if child is None:
                continue
            if len(child) == 1 and _END in child:
                # A one-word phrase and nothing longer: no need to walk on.
                for rule in child[_END]:
                    out.append(Match(rule, i, i + 1))
            else:
                _walk(child, words, i, i + 1, end, out)
        return out


def _walk(node: Node, words: Sequence[str], first: int, j: int, end: int, out: list[Match]) -> None:
    """Collect every phrase that starts at word ``first``, from ``node`` at word ``j``.

    Follows one path through the trie at a time and only stacks a branch where both the
    next word and a ``*`` continue (the ``*`` branch is explored first).
    """
    n = len(words)
    stack: list[tuple[Node, int]] = []
    while True:
        rules = node.get(_END)
        if rules:
            for rule in rules:
                out.append(Match(rule, first, j))
        if j >= end:
            rules = node.get(_EOS)
            if rules:
                for rule in rules:
                    out.append(Match(rule, first, j))
        nxt = None
        if j < n:
            nxt = node.get(words[j])
            wild = node.get(_ANY)
            if wild is not None:
                if nxt is not None:
                    stack.append((nxt, j + 1))
                nxt = wild
        if nxt is not None:
            node = nxt
            j += 1
        elif stack:
            node, j = stack.pop()
        else:
            return
