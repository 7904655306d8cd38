"""Second pass over one article: further occurrences of the names it recognised
(``Обама`` at the start of a sentence, ``Интерпола``, ``Большом театре``) are mentions too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ...io.text import Dateline, fold_text
from .mentions import Mention
from .names import WORD, is_caps, is_initial


def word_keys(token, vocab) -> frozenset[str]:
    """Forms a name word is known by: its folded text, its lemma and the dictionary's
    normal forms of its noun readings (``Обамы`` -> обамы, обама)."""
    return _word_keys(token.text, token.lemma or token.text, vocab)


@lru_cache(maxsize=100_000)
def _word_keys(text: str, lemma: str, vocab) -> frozenset[str]:
    keys = {fold_text(text), fold_text(lemma)}
    for parse in vocab.parse(text.lower()):
        if parse.tag.POS == "NOUN":
            keys.add(fold_text(parse.normal_form))
    return frozenset(keys)


def _shape(word: str) -> tuple[bool, bool]:
    """(ALL CAPS, capitalised): what ``_same_shape`` compares."""
    return is_caps(word), word[:1].isupper()


def _same_shape(word: tuple[bool, bool], source: tuple[bool, bool]) -> bool:
    """Letter case as the recognised mention had it (Интерпол ~ Интерпола, ФИДЕ ~ ФИДЕ), on
    ``_shape`` pairs of the word and the name's first word."""
    if source[0]:
        return word[0]
    return word[1] and source[1] and not word[0]


@dataclass
class _Source:
    """A name recognised in the article: its words, their forms and the entity."""

    texts: tuple[str, ...]
    keys: tuple[frozenset[str], ...]
    type: str
    name: str


def repeat_sources(mentions: list[Mention], tokens, vocab) -> list[_Source]:
    """Names of organisations and places and people's surnames of an article, each with
    its entity. A name shared by two different entities of the article names neither."""
    sources: dict[tuple[str, ...], _Source] = {}
    ambiguous: set[tuple[str, ...]] = set()
    starts = [token.start for token in tokens]
    stops = [token.stop for token in tokens]
    for mention in mentions:
        if mention.in_dateline:
            continue
        # the tokens within the mention: a run of the tokens (they are in text order)
        words = tokens[bisect_left(starts, mention.start) : bisect_right(stops, mention.stop)]
        if not words or not WORD.search(words[-1].text):
            continue
        if mention.type == "PER" and len(words) > 1:
            if is_initial(words[-1].text):
                continue
            words = words[-1:]
        if not words[0].text[:1].isupper() or sum(len(t.text) for t in words) < 3:
            continue
        key = tuple(fold_text(t.text) for t in words)
        source = _Source(
            tuple(t.text for t in words),
            tuple(word_keys(t, vocab) for t in words),
            mention.type,
            mention.name,
        )
        known = sources.get(key)
        if known is not None and (known.type, known.name) != (source.type, source.name):
            if known.type == "PER" and source.type == "PER" and len(mention.name.split()) == 1:
                continue  # a lone surname names the full-named person already listed
            ambiguous.add(key)
        sources.setdefault(key, source)
    return [source for key, source in sources.items() if key not in ambiguous]


def is_name_word(token) -> bool:
    return token.text[:1].isupper() and bool(WORD.search(token.text))


def repeat_mentions(
    mentions: list[Mention], doc, text: str, dateline: Dateline | None, models
) -> list[Mention]:
    """Further occurrences of names already recognised in the article.

    natasha finds ``Барак Обама`` but misses ``Обама`` at the start of a sentence,
    ``Интерпола`` or ``Большом театре`` in one sentence of three: words outside the
    mentions and the dateline that spell (in any case form, with the same capitalisation)
    a name of an organisation or place or a person's surname of the same article become
    mentions of that entity. Words next to another capitalised word outside the mentions
    are left alone (part of some other name: ``Ахмат-Хаджи Кадыров`` beside ``Рамзан
    Кадыров``). An organisation's name may hold a place the NER tagged (``Голос
    Америки``: Америки stays a mention of its own, nested).
    """
    tokens = list(doc.tokens)
    vocab = models.morph_vocab
    sources = repeat_sources(mentions, tokens, vocab)
    if not sources:
        return mentions
    sources.sort(key=lambda source: -len(source.texts))
    sentence_starts = {sent.tokens[0].start for sent in doc.sents if sent.tokens}
    # which characters the mentions cover: a token is inside one when its start is covered
    covered = bytearray(len(text) + 1)
    for mention in mentions:
        covered[mention.start : mention.stop] = b"\1" * len(range(mention.start, mention.stop))
    inside = [bool(covered[token.start]) for token in tokens]
    name_word = [is_name_word(token) for token in tokens]
    # the sources whose first word a word form may spell, in the order of ``sources``
    by_key: dict[str, list[int]] = defaultdict(list)
    for position, source in enumerate(sources):
        for key in source.keys[0]:
            by_key[key].append(position)
    shapes = [_shape(source.texts[0]) for source in sources]
    keys: dict[int, frozenset[str]] = {}

    def keys_at(index: int) -> frozenset[str]:
        found = keys.get(index)
        if found is None:
            found = keys[index] = word_keys(tokens[index], vocab)
        return found

    def matches(source: _Source, index: int) -> bool:
        """Whether the tokens from ``index`` spell the name in some case form (the first
        word is known to)."""
        if index + len(source.texts) > len(tokens):
            return False
        return all(
            keys_at(index + offset) & source.keys[offset] for offset in range(1, len(source.texts))
        )

    def free_span(source: _Source, index: int, size: int) -> bool:
        """No word of the repeat is inside a mention, but for an organisation's name
        after its first word: a place inside it (``Голос Америки``) is nested there."""
        if not any(inside[index : index + size]):
            return True
        if source.type != "ORG" or size < 2 or inside[index]:
            return False
        start, stop = tokens[index].start, tokens[index + size - 1].stop
        return all(
            start <= m.start and m.stop <= stop
            for m in mentions
            if m.start < stop and start < m.stop
        )

    def loose_name(index: int) -> bool:
        return 0 <= index < len(tokens) and name_word[index] and not inside[index]

    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            (dateline is not None and dateline.covers(token.start))
            or not name_word[index]
            or inside[index]
        ):
            index += 1
            continue
        shape = _shape(token.text)
        candidates = sorted(
            {position for key in keys_at(index) for position in by_key.get(key, ())}
        )
        hits = [
            sources[position]
            for position in candidates
            if _same_shape(shape, shapes[position]) and matches(sources[position], index)
        ]
        hits = [s for s in hits if len(s.texts) == len(hits[0].texts)] if hits else []
        size = len(hits[0].texts) if hits else 1
        if (
            len({(s.type, s.name) for s in hits}) != 1
            or not free_span(hits[0], index, size)
            or (loose_name(index - 1) and tokens[index - 1].start not in sentence_starts)
            or loose_name(index + size)
        ):
            index += 1
            continue
        stop = tokens[index + size - 1].stop
        found.append(
            Mention(token.start, stop, hits[0].type, text[token.start : stop], hits[0].name, False)
        )
        index += size
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))
