"""One name for an organisation or place written in Latin and in Cyrillic letters in the
same article (``Facebook`` and ``Фэйсбук``, ``Volkswagen`` and ``Фольксваген``).

Names are compared by their consonant skeleton: both spellings mapped to rough Latin
sounds, vowels and ``h`` dropped, doubled letters collapsed (``Facebook`` -> ``fsbk``,
``Фэйсбук`` -> ``fsbk``). Within one article a Latin and a Cyrillic name with the same
skeleton (three consonants at least) take one name: the one mentioned more often, the
Latin one on a tie. A Latin name natasha missed (``Volkswagen`` where ``Фольксваген`` was
found) becomes a mention too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from .orgs_defined import is_latin_word, latin_name

LATIN_SOUNDS = [
    ("sch", "sh"),
    ("ch", "ch"),
    ("sh", "sh"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("qu", "kv"),
    ("x", "ks"),
    ("w", "f"),
    ("v", "f"),
    ("j", "dj"),
    ("q", "k"),
]
CYRILLIC_SOUNDS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "f",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sh",
            "",
            "y",
            "",
            "e",
            "u",
            "a",
        ],
        strict=True,
    )
)
# the shortest skeleton compared (shorter ones match by chance)
MIN_SKELETON = 3


@lru_cache(maxsize=50_000)
def skeleton(name: str) -> str:
    """Consonants of a name as rough Latin sounds (``Volkswagen`` -> ``flksfgn``)."""
    word = name.lower()
    if is_latin_word(name):
        word = re.sub(r"c(?=[eiy])", "s", word)
        for spelling, sound in LATIN_SOUNDS:
            word = word.replace(spelling, sound)
        word = word.replace("c", "k")
    else:
        word = "".join(CYRILLIC_SOUNDS.get(char, char) for char in word)
    consonants = re.sub(r"[^a-z]|[aeiouyh]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants)


def merge_transliterations(mentions: list) -> None:
    """Give a Latin and a Cyrillic spelling of one name in an article one name (in place)."""
    names = Counter(m.name for m in mentions if m.type != "PER" and not m.in_dateline)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        key = skeleton(name)
        if len(key) >= MIN_SKELETON:
            groups[key].append(name)
    best = {}
    for group in groups.values():
        if len({is_latin_word(name) for name in group}) < 2:
            continue
        winner = max(group, key=lambda name: (names[name], is_latin_word(name)))
        best.update({name: winner for name in group})
    for mention in mentions:
        if mention.type != "PER" and mention.name in best:
            mention.name = best[mention.name]


def latin_repeats(mentions: list, doc, text: str, make) -> list:
    """Mentions with the Latin-letter names outside any mention whose skeleton is that of
    an organisation or place of the article (``Volkswagen`` beside ``Фольксваген``)."""
    things = {}
    for mention in mentions:
        key = skeleton(mention.name)
        if mention.type != "PER" and not mention.in_dateline and len(key) >= MIN_SKELETON:
            things.setdefault(key, mention)
    if not things:
        return mentions
    covered = [(m.start, m.stop) for m in mentions]
    found = []
    for token in doc.tokens:
        if not (token.text[:1].isupper() and is_latin_word(token.text)):
            continue
        if any(start <= token.start < stop for start, stop in covered):
            continue
        stop = latin_name(text, token.start)
        source = things.get(skeleton(text[token.start : stop]))
        if source is not None:
            found.append(
                make(
                    token.start,
                    stop,
                    source.type,
                    text[token.start : stop],
                    text[token.start : stop],
                    False,
                )
            )
            covered.append((token.start, stop))
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))
