"""People of one article: a surname, a first name or an initial form (``Шойгу``, ``С.
Шойгу``) takes the full name mentioned in the article (``Сергей Шойгу``); patronymics are
dropped; two people with one surname are told apart by the gender the mention takes in
context (``Обама выступил`` -> Барак Обама).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ...io.text import fold_text
from .mentions import Mention
from .names import feminine_instrumental, is_initial, without_patronymic


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """A name word compared across forms: folded, final vowel/й dropped (Захарова ~ Захаров),
    and the adjective endings -ая, -ой of a surname (Яровая ~ Ярова ~ Яровой)."""
    word = fold_text(word).strip(".")
    if len(word) > 5 and word.endswith(("ая", "ой")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word[-1] in "аяуюеыиой" else word


@dataclass
class _Person:
    first: str
    last: str
    forms: Counter
    genders: set = field(default_factory=set)
    as_written: bool = False


def mention_genders(mentions: list[Mention], doc) -> dict[int, str]:
    """Grammatical gender of each person mention (by start) as the morph tagger read it in
    context ("Обама выступил" -> Masc, "Бут заявила" -> Fem); absent when unknown."""
    genders: dict[int, str] = {}
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    for mention in mentions:
        if mention.type != "PER":
            continue
        # the tokens starting inside the mention (tokens are in text order)
        first, last = bisect_left(starts, mention.start), bisect_left(starts, mention.stop)
        found = {(t.feats or {}).get("Gender") for t in tokens[first:last]}
        if "Fem" in found or any(feminine_instrumental(t) for t in tokens[first:last]):
            genders[mention.start] = "Fem"
        elif "Masc" in found:
            genders[mention.start] = "Masc"
    return genders


def first_name_variants(people: dict[tuple[str, str], _Person]) -> dict:
    """Keys of one person whose first name was guessed two ways from oblique forms
    (``Раймонда Паулса`` -> Раймонд, ``Раймон Паулс``): the first names differ by one
    or two final letters. The form seen as written (nominative) wins."""
    renamed = {}
    keys = sorted(people, key=lambda k: (not people[k].as_written, len(k[0])))
    for key in keys:
        for other in keys:
            if other == key or other in renamed or key in renamed or other[1] != key[1]:
                continue
            short, long = sorted((key[0], other[0]), key=len)
            if long.startswith(short) and 0 < len(long) - len(short) <= 2 and len(short) >= 3:
                renamed[other] = key
    return renamed


def canonical_form(person: _Person) -> str:
    """The full name used most often (the shorter on a tie)."""
    return min(person.forms.items(), key=lambda item: (-item[1], len(item[0])))[0]


def merge_people(mentions: list[Mention], genders: dict[int, str] | None = None) -> None:
    """Within one article, give short forms of a person the full name (in place).

    ``Шойгу``, ``С. Шойгу`` -> ``Сергей Шойгу`` when exactly one full name in the article
    has that surname (or first name, for a lone first name: ``Руслан``). When two people
    share it (Барак and Мишель Обама), the gender the mention takes in context decides
    (``Обама выступил`` -> Барак Обама).
    """
    genders = genders or {}
    people: dict[tuple[str, str], _Person] = {}
    for mention in mentions:
        if mention.type != "PER":
            continue
        words = without_patronymic(mention.name).split()
        if len(words) >= 2 and not any(is_initial(word) for word in words):
            key = (name_key(words[0]), name_key(words[-1]))
            person = people.setdefault(key, _Person(words[0], words[-1], Counter()))
            person.forms[" ".join(words)] += 1
            person.as_written |= mention.text == mention.name
            if mention.start in genders:
                person.genders.add(genders[mention.start])
    if not people:
        return
    renamed = first_name_variants(people)
    for old, new in renamed.items():
        merged = people.pop(old)
        people[new].genders |= merged.genders
        # its mentions count for the form seen as written
        people[new].forms[canonical_form(people[new])] += sum(merged.forms.values())
    canonical = {key: canonical_form(person) for key, person in people.items()}
    canonical |= {old: canonical[new] for old, new in renamed.items()}
    for mention in mentions:
        if mention.type != "PER":
            continue
        words = without_patronymic(mention.name).split()
        initials = [word for word in words if is_initial(word)]
        if len(words) >= 2 and not initials:
            mention.name = canonical[name_key(words[0]), name_key(words[-1])]
            continue
        if is_initial(words[-1]):  # "Кигель В.": surname first
            continue
        last = name_key(words[-1])
        if initials:
            letter = fold_text(initials[0])[0]
            keys = [k for k in people if k[1] == last and k[0].startswith(letter)]
        else:
            keys = [k for k in people if k[1] == last] or [k for k in people if k[0] == last]
        if len(keys) > 1 and mention.start in genders:
            same = [k for k in keys if people[k].genders == {genders[mention.start]}]
            keys = same if len(same) == 1 else keys
        if len(keys) > 1:  # two people share the name: the one named in full most often
            sizes = sorted((sum(people[k].forms.values()), k) for k in keys)
            keys = [sizes[-1][1]] if sizes[-1][0] > sizes[-2][0] else []
        if len(keys) == 1:
            mention.name = canonical[keys[0]]
