"""Variant names of one organisation or place in an article share a name: ``ОБСЕ`` and its
full name, ``ЗАЗ`` and its initials, ``Конгресс`` and ``Конгресс США``, ``Турецкая
республика`` and ``Турция``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ...io.text import fold_text
from .aliases import known_owner
from .lexicon import ordered, words
from .mentions import Mention
from .names import is_caps
from .orgs import initials
from .people import name_key

# "Турецкая республика" ~ Турция, "Курильские острова" ~ Курилы
PLACE_KINDS = words("entity_place_kinds.txt")
ADJECTIVE_SUFFIXES = ordered("entity_place_adjective_suffixes.txt")


PLACE_ENDINGS = ordered("entity_place_endings.txt")


def name_words(name: str) -> list[str]:
    return [name_key(word) for word in name.replace("-", " ").split()]


def adjective_of(name: str, place: str) -> bool:
    """Whether ``name`` is an adjective of ``place`` + a kind of place (``Турецкая
    республика`` of ``Турция``): one stem begins the other."""
    words = fold_text(name).split()
    if len(words) != 2 or words[1] not in PLACE_KINDS:
        return False
    adjective = next((words[0][: -len(s)] for s in ADJECTIVE_SUFFIXES if words[0].endswith(s)), "")
    place = fold_text(place)
    stem = next((place[: -len(e)] for e in PLACE_ENDINGS if place.endswith(e)), place)
    if len(adjective) < 3 or len(stem) < 3:
        return False
    return place.startswith(adjective) or adjective.startswith(stem)


def variant_links(mentions: list[Mention], text: str) -> list[tuple[str, str]]:
    """Pairs of names of one article that name the same organisation or place.

    * a name and the abbreviation right after it, in parentheses or not (``Организация по
      безопасности и сотрудничеству в Европе (ОБСЕ)``, ``Международная федерация футбола
      ФИФА``), but not a known body's abbreviation without them (``known_owner``);
    * an abbreviation and a name whose initials it is (``ЗАЗ`` and ``Запорожский
      автомобилестроительный завод``);
    * a short name and the one longer name of the article it begins (``Sun`` and ``Sun
      Microsystems``, ``Конгресс`` and ``Конгресс США``);
    * one-word names whose words differ only in their endings (``Тоттенхэма``, a misread
      ``в Тоттенхэме``, and ``Тоттенхэм``).
    """
    things = [m for m in mentions if m.type != "PER" and not m.in_dateline]
    names = {m.name for m in things}
    links = []
    for first, second in zip(things, things[1:], strict=False):
        gap = text[first.stop : second.start].strip()
        if (
            second.start >= first.stop
            and gap in ("", "(")
            and is_caps(second.name)
            and len(first.name.split()) > 1
            and " " not in second.name
            and (gap == "(" or not known_owner(first.name, second.name))
        ):
            links.append((first.name, second.name))
    places = [name for name in names if len(name.split()) == 1 and not is_caps(name)]
    for name in names:
        links += [(name, place) for place in places if adjective_of(name, place)]
    for short in names:
        if is_caps(short) and " " not in short and len(short) > 1:
            links += [
                (short, long)
                for long in names
                if len(long.replace("-", " ").split()) > 1
                and short in (initials(long), initials(long.replace("-", " ")))
            ]
        words = name_words(short)
        # the same words in another case form: a name misread once (Тоттенхэма ~ Тоттенхэм)
        links += [
            (short, other)
            for other in names
            if other != short and name_words(other) == words and " " not in short
        ]
        longer = [
            long
            for long in names
            if len(name_words(long)) > len(words) and name_words(long)[: len(words)] == words
        ]
        if len(longer) == 1:
            links.append((short, longer[0]))
    return links


# case endings of a masculine name a misread oblique form keeps (Ливана, Тоттенхэме read
# as names); not -ы, -и, which end plural names (Курилы beside Курил)
OBLIQUE_ENDINGS = ("а", "у", "е", "ом", "ем")


def is_oblique_of(name: str, other: str) -> bool:
    """``Ливана`` of ``Ливан``: the other name plus a case ending."""
    return name.startswith(other) and name[len(other) :] in OBLIQUE_ENDINGS


def variant_name(group: list[str], counts: Counter, written: frozenset = frozenset()) -> str:
    """The name of a group of variants: not a misread case form of another one (``Ливана``
    beside ``Ливан``), then the one mentioned most often (on a tie, the one of more words,
    then one seen as written in ``written``, then the longer), never a truncation of
    another one (``Конгресс`` beside ``Конгресс США``)."""
    words = {name: name_words(name) for name in group}
    whole = [
        name
        for name in group
        if not any(
            len(words[other]) > len(words[name]) and words[other][: len(words[name])] == words[name]
            for other in group
        )
    ]
    oblique = {name for name in group if any(is_oblique_of(name, other) for other in group)}
    return max(
        whole or group,
        key=lambda name: (
            name not in oblique,
            counts[name],
            len(words[name]),
            name in written,
            len(name),
        ),
    )


def merge_variants(mentions: list[Mention], text: str) -> None:
    """Give the variant names of one organisation or place in an article one name (in
    place): see ``variant_name``."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.get(name, name) != name:
            name = parent[name]
        return name

    for first, second in variant_links(mentions, text):
        parent[root(first)] = root(second)
    if not parent:
        return
    counts = Counter(m.name for m in mentions if m.type != "PER")
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[root(name)].append(name)
    written = frozenset(m.name for m in mentions if m.type != "PER" and m.text == m.name)
    best = {key: variant_name(group, counts, written) for key, group in groups.items()}
    types = {m.name: m.type for m in mentions if m.type != "PER"}
    for mention in mentions:
        if mention.type != "PER":
            mention.name = best[root(mention.name)]
            mention.type = types[mention.name]


def is_place_word(name: str, vocab) -> bool:
    """Whether the dictionary knows a word of the name as a place (``Бавария``)."""
    return any(
        any(p.is_known and "Geox" in p.tag for p in vocab.parse(word))
        for word in fold_text(name).replace("-", " ").split()
    )


def one_type_per_name(mentions: list[Mention], vocab) -> None:
    """A place or organisation name has one type in an article (in place): the type most of
    its mentions have, the first mention's on a tie (``центра «Кин-Топ»`` read as ORG and
    ``в Кин-Топе`` read as LOC are one entity). A place the dictionary knows keeps both:
    ``клуб «Бавария»`` and ``в Баварии`` are a team and a land."""
    types: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        if mention.type != "PER":
            types[mention.name][mention.type] += 1
    chosen = {
        name: counter.most_common(1)[0][0]
        for name, counter in types.items()
        if len(counter) > 1 and not is_place_word(name, vocab)
    }
    for mention in mentions:
        if mention.name in chosen and mention.type != "PER":
            mention.type = chosen[mention.name]
