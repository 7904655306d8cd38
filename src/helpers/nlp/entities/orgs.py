"""Organisations of one article that natasha misses or cuts short, and names that are none.

* an ORG right before a place in the genitive takes it (``Минобороны`` + ``России``);
* a descriptor noun before a place, an organisation or (``пресс-служба``) a person is an
  ORG (``правительства США`` -> ``правительство США``), also after a place adjective
  (``японского МИДа`` -> ``японский МИД``);
* craft in quotes (``корабля «Союз»``) and abbreviations the article defines for common
  words (``приборно-агрегатного отсека (ПАО)``) are not entities.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...io.text import fold_text
from .lexicon import marked_values, ordered, words
from .mentions import Mention, Part
from .names import is_caps, span_name

# common nouns that with a place in the genitive name an organisation ("правительство
# США", "мэрия Москвы", "сборная России"); natasha tags only the place
ORG_DESCRIPTORS = words("entity_org_descriptors.txt")
# descriptors whose tagger lemma is not their name ("сборная" is an adjective's lemma)
DESCRIPTOR_NAMES = marked_values("entity_org_descriptors.txt", "lemma")
# descriptors that also name an organisation with a person ("пресс-служба Кадырова")
PERSON_DESCRIPTORS = words("entity_org_descriptors.txt", mark="person")
NOT_AFTER_ADJECTIVES = words("entity_org_descriptors.txt", mark="noadj")
# descriptors used in the plural, lemma -> the plural name ("власть" -> "власти")
PLURAL_DESCRIPTORS = {
    lemma: plural for plural, lemma in marked_values("entity_org_descriptors.txt", "plural").items()
}
# endings of adjectives made from place names ("японское правительство", "российский МИД")
PLACE_ADJECTIVE_ENDINGS = ordered("entity_place_adjective_suffixes.txt", mark="lemma")
# craft named in quotes after these nouns are things, not organisations ("корабля «Союз»")
CRAFT_WORDS = words("entity_craft_words.txt")
# quote marks that may open a craft name ("корабля «Союз»")
QUOTE_MARKS = "«\"„“'"


def is_genitive(text: str, vocab) -> bool:
    """Whether the first word can be a genitive (``России``, ``РФ``, ``США``)."""
    words = text.split()
    return bool(words) and any(
        parse.tag.case in ("gent", "gen2") for parse in vocab.parse(words[0].lower())
    )


def attach_places(mentions: list[Mention], text: str, vocab) -> None:
    """An ORG right before a place in the genitive names the place too (in place).

    natasha tags "Минобороны России" as ORG "Минобороны" + LOC "России"; the ORG becomes
    "Минобороны России" (text and offsets widened) and the place stays a mention of its own.
    """
    for org, place in zip(mentions, mentions[1:], strict=False):
        if (
            org.type == "ORG"
            and place.type == "LOC"
            and text[org.stop : place.start] == " "
            and is_genitive(place.text, vocab)
        ):
            org.name = f"{org.name} {place.text}"
            org.stop = place.stop
            org.text = text[org.start : org.stop]


def attributive(before, token) -> bool:
    """An adjective agreeing with the descriptor ("новое правительство"), not a short
    predicative one ("способен парламент Крыма")."""
    feats = before.feats or {}
    return (
        before.pos == "ADJ"
        and feats.get("Variant") != "Short"
        and feats.get("Case") == (token.feats or {}).get("Case")
    )


def descriptor_orgs(mentions: list[Mention], doc, text: str, models) -> list[Mention]:
    """ORG mentions for a descriptor noun right before a place or organisation in the
    genitive ("правительства США" -> ORG "правительство США", "пресс-служба Федерации
    бобслея России"; "пресс-служба" also before a person: "пресс-служба Кадырова"); the
    place stays a mention of its own. Plural descriptors ("министерств РФ и Казахстана")
    and ones after an agreeing adjective are left alone, but nouns used in the plural are
    taken only so ("властям Таиланда" -> "власти Таиланда"); a capital is allowed only at
    the start of a sentence."""
    tokens = list(doc.tokens)
    by_stop = {token.stop: index for index, token in enumerate(tokens)}
    sentence_starts = {sent.tokens[0].start for sent in doc.sents if sent.tokens}
    found = []
    for place in mentions:
        index = by_stop.get(place.start - 1)
        token = tokens[index] if index is not None else None
        before = tokens[index - 1] if index else None
        if token is None:
            continue
        lemma = fold_text(token.lemma or "")
        descriptor = DESCRIPTOR_NAMES.get(lemma, lemma)
        if (
            (place.type in ("LOC", "ORG") or (place.type == "PER" and lemma in PERSON_DESCRIPTORS))
            and ((token.feats or {}).get("Number") != "Plur") != (descriptor in PLURAL_DESCRIPTORS)
            and (before is None or not attributive(before, token))
            and text[token.stop : place.start] == " "
            and (token.text[:1].islower() or token.start in sentence_starts)
            and descriptor in ORG_DESCRIPTORS
            and is_genitive(place.text, models.morph_vocab)
        ):
            descriptor = PLURAL_DESCRIPTORS.get(descriptor, descriptor)
            if token.text[:1].isupper():
                descriptor = descriptor.capitalize()
            found.append(
                Mention(
                    start=token.start,
                    stop=place.stop,
                    type="ORG",
                    text=text[token.start : place.stop],
                    name=f"{descriptor} {place.text}",
                    in_dateline=place.in_dateline,
                )
            )
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))


def is_place_adjective(token, sentence_start: bool = False) -> bool:
    """``японского``, ``Лондонская`` at the start of a sentence: an adjective of a place."""
    return (
        token.pos == "ADJ"
        and (token.text.islower() or (sentence_start and token.text[1:].islower()))
        and fold_text(token.lemma or "").endswith(PLACE_ADJECTIVE_ENDINGS)
    )


def complement_length(tokens, index: int) -> int:
    """Lowercase genitive words after a ministry (``министерства иностранных дел``)."""
    if fold_text(tokens[index].lemma or "") != "министерство":
        return 0
    length = 0
    for token in tokens[index + 1 :]:
        feats = token.feats or {}
        if token.pos not in ("ADJ", "NOUN") or feats.get("Case") != "Gen":
            break
        if not token.text.islower():
            break
        length += 1
    return length if length and tokens[index + length].pos == "NOUN" else 0


def adjective_orgs(mentions: list[Mention], doc, text: str, models) -> list[Mention]:
    """ORG mentions for a descriptor noun after an adjective made from a place name
    (``японского правительства`` -> ORG ``японское правительство``, ``российского
    министерства финансов`` -> ``российское министерство финансов``); a descriptor natasha
    tagged already is widened to the adjective (``японском МИДе`` -> ``японский МИД``).
    Plural descriptors ("российские министерства") and nouns used in the plural
    ("крымская власть") are left alone; a capital is allowed at the start of a sentence
    (``Лондонская полиция``)."""
    tokens = list(doc.tokens)
    sentence_starts = {sent.tokens[0].start for sent in doc.sents if sent.tokens}
    starts = {m.start: m for m in mentions if m.type == "ORG"}
    covered = [(m.start, m.stop) for m in mentions]
    found = []
    for index in range(1, len(tokens)):
        adjective, noun = tokens[index - 1], tokens[index]
        if (
            not is_place_adjective(adjective, adjective.start in sentence_starts)
            or text[adjective.stop : noun.start] != " "
            or (noun.feats or {}).get("Number") == "Plur"
            or fold_text(noun.lemma or "") not in ORG_DESCRIPTORS
            or fold_text(noun.lemma or "") in PLURAL_DESCRIPTORS
            or fold_text(noun.lemma or "") in NOT_AFTER_ADJECTIVES
        ):
            continue
        words = tokens[index - 1 : index + 1 + complement_length(tokens, index)]
        name = span_name(Part(words, "ORG", False), models.morph_vocab)
        tagged = starts.get(noun.start)
        if tagged is not None and tagged.stop == noun.stop:
            tagged.name = f"{name.split()[0]} {tagged.name}"
            tagged.start = adjective.start
            tagged.text = text[tagged.start : tagged.stop]
        elif not any(start <= noun.start < stop for start, stop in covered):
            stop = words[-1].stop
            found.append(
                Mention(adjective.start, stop, "ORG", text[adjective.start : stop], name, False)
            )
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))


def initials(name: str) -> str:
    """Capital letters an abbreviation takes from a name: the first letter of each word but
    short lowercase function words (``Организация по безопасности и сотрудничеству в
    Европе`` -> ОБСЕ, ``Запорожский автомобилестроительный завод`` -> ЗАЗ)."""
    words = [w for w in name.split() if not (w.islower() and len(w) <= 2)]
    return "".join(word[0] for word in words).upper()


def defines_common_phrase(abbreviation: str, text: str) -> bool:
    """Whether the text defines the abbreviation for lowercase words in parentheses after
    them ("приборно-агрегатного отсека (ПАО)")."""
    for match in re.finditer(rf"\(\s*{re.escape(abbreviation)}\s*\)", text):
        words = text[: match.start()].replace("-", " ").split()[-len(abbreviation) :]
        if all(word.islower() for word in words) and initials(" ".join(words)) == abbreviation:
            return True
    return False


def common_abbreviations(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions without abbreviations the article defines for a common noun phrase."""
    common = {m.text for m in mentions if is_caps(m.text) and defines_common_phrase(m.text, text)}
    return [m for m in mentions if m.text not in common]


def craft_names(mentions: list[Mention], doc, text: str) -> list[Mention]:
    """Mentions without names of craft: a name in quotes after a craft noun (``корабля
    «Союз»``, ``станции «Мир»``) is a thing; its other mentions in the article go too."""
    tokens = [t for t in doc.tokens if t.text not in QUOTE_MARKS]
    stops = [token.stop for token in tokens]
    craft = set()
    for mention in mentions:
        opening = text[: mention.start].rstrip()
        if mention.type == "PER" or not opening.endswith(tuple(QUOTE_MARKS)):
            continue
        index = bisect_right(stops, len(opening) - 1) - 1
        if index >= 0 and fold_text(tokens[index].lemma or "") in CRAFT_WORDS:
            craft.add(mention.name)
    return [m for m in mentions if m.name not in craft]
