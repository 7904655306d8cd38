"""Entity mentions with canonical names (one row per mention), counts and co-occurrence.

Per article (``entity_records``, cached with the analysis):

* natasha's NER spans, named by ``names.span_name`` (nominative, agreement repaired,
  ALL-CAPS title-cased, ё kept);
* mentions inside the dateline (``МОСКВА, 23 июня. /ТАСС/.``) flagged ``in_dateline``;
* role phrases natasha tags as ORG (``Министр обороны РФ``) lose the role words; what is
  left (``РФ``) stays a mention, an empty rest is dropped;
* people: a surname, a first name or an initial form (``Шойгу``, ``С. Шойгу``) takes the
  full name mentioned in the same article (``Сергей Шойгу``); patronymics dropped; two
  people with one surname told apart by the gender the mention takes in context;
* descriptors (``правительства США``, ``японского МИДа``, ``пресс-служба Кадырова``) are
  organisations; craft in quotes (``корабля «Союз»``) and abbreviations of common phrases
  (``приборно-агрегатного отсека (ПАО)``) are not;
* variant names of one organisation or place in an article share a name (``ОБСЕ`` and its
  full name, ``ЗАЗ`` and its initials, ``Конгресс`` and ``Конгресс США``, ``Турецкая
  республика`` and ``Турция``);
* second pass: further occurrences of names recognised in the article (``Обама`` at the
  start of a sentence, ``Интерпола``, ``Большом театре``) are mentions too.

Per corpus (``resolve_corpus``, applied after the cache so alias edits need no re-analysis):

* the alias table (shipped ``data/aliases.csv`` plus a user CSV ``alias,name,type``);
* one display spelling per name (case and ё variants unified);
* a surname-only person takes the full name used elsewhere in the corpus when exactly
  one full name has that surname (two Обамы stay apart).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from ... import tables
from ...io.text import Dateline, fold_text
from .corpus_names import merge_full_names, rename
from .names import WORD, is_caps, is_initial, span_name, without_patronymic
from .nested import attach_orgs, distinct, nested_flags, nested_places
from .orgs_defined import defined_abbreviations, introduced_orgs

COLUMNS = ("start", "stop", "type", "text", "name", "in_dateline", "nested")
ALIAS_COLUMNS = {"alias": tables.STRING, "name": tables.STRING, "type": tables.STRING}

# words that name a post, not an organisation: natasha often tags "Министр обороны" as ORG
ROLE_WORDS = frozenset(
    """
    министр замминистра вице-министр премьер премьер-министр вице-премьер президент
    вице-президент глава председатель зампред зампредседателя заместитель директор
    гендиректор губернатор вице-губернатор мэр вице-мэр посол представитель спикер
    пресс-секретарь секретарь генсек советник помощник руководитель начальник командующий
    главнокомандующий канцлер король королева принц принцесса император патриарх лидер
    депутат сенатор прокурор генпрокурор судья омбудсмен уполномоченный атташе консул
    генконсул руководство
    """.split()
)
# adjectives that may stand before a role word ("Генеральный секретарь", "первый заместитель")
ROLE_MODIFIERS = frozenset("генеральный первый главный верховный государственный".split())
# legal forms before a company name (ОАО «Газпром» is counted as Газпром)
LEGAL_FORMS = frozenset("оао ооо зао пао ао одо гуп фгуп муп нко ано фгбу гбу ип".split())
# common nouns that with a place in the genitive name an organisation ("правительство
# США", "мэрия Москвы", "сборная России"); natasha tags only the place
ORG_DESCRIPTORS = frozenset(
    """
    правительство парламент мэрия администрация посольство консульство министерство
    прокуратура полиция сборная делегация представительство генпрокуратура минздрав
    мид федерация пресс-служба
    """.split()
)
# descriptors whose tagger lemma is not their name ("сборная" is an adjective's lemma)
DESCRIPTOR_NAMES = {"сборный": "сборная"}
# descriptors that also name an organisation with a person ("пресс-служба Кадырова")
PERSON_DESCRIPTORS = frozenset({"пресс-служба"})
# endings of adjectives made from place names ("японское правительство", "российский МИД")
PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий")
# craft named in quotes after these nouns are things, not organisations ("корабля «Союз»")
CRAFT_WORDS = frozenset(
    """
    корабль звездолет шаттл челнок ракета спутник станция модуль судно теплоход ледокол
    крейсер подлодка лодка самолет вертолет лайнер танкер аппарат зонд телескоп
    """.split()
)
# common nouns natasha tags as entities that readers do not count as one ("СМИ": the media)
NOT_ENTITIES = frozenset({"сми"})
# tokens a mention never spans: natasha sometimes joins list items or a name and its
# parenthesised original ("Барри Лоуенкрон (Barry Lowenkron)", "Бахрейн • Барбадос")
SPLIT_TOKENS = frozenset("( ) [ ] , ; • · | / — – -".split())


@dataclass
class Mention:
    start: int
    stop: int
    type: str
    text: str
    name: str
    in_dateline: bool


# --- per article -------------------------------------------------------------------------


def role_length(tokens) -> int:
    """How many leading tokens of an ORG span are a role (``Министр обороны`` in ``Министр
    обороны РФ``): role word, its modifiers and the lowercase words after it."""
    index = 0
    while index < len(tokens) and fold_text(tokens[index].lemma or "") in ROLE_MODIFIERS:
        index += 1
    if index >= len(tokens) or fold_text(tokens[index].lemma or tokens[index].text) not in (
        ROLE_WORDS
    ):
        return 0
    index += 1
    while index < len(tokens) and tokens[index].text[:1].islower():
        index += 1
    return index


def legal_form_length(tokens) -> int:
    """Leading legal-form tokens of a company name (``ОАО``, ``ООО``) and quotes after them."""
    index = 0
    while index < len(tokens) and fold_text(tokens[index].text) in LEGAL_FORMS:
        index += 1
    if index == 0:
        return 0
    while index < len(tokens) and not WORD.search(tokens[index].text):
        index += 1
    return index if index < len(tokens) else 0


@dataclass
class _Part:
    """A piece of a natasha span: its tokens and whether it stood in parentheses."""

    tokens: list
    type: str
    in_parens: bool

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def stop(self) -> int:
        return self.tokens[-1].stop


def span_parts(span, text: str = "") -> list[_Part]:
    """A span cut at list separators, parentheses and line breaks (a name never runs
    from a heading into the paragraph: "Землю\\n\\nВсе"), role words and legal forms
    removed."""
    parts, current, in_parens, broken = [], [], False, False
    for token in [*span.tokens, None]:
        if current and token is not None and "\n" in text[current[-1].stop : token.start]:
            if any(WORD.search(t.text) for t in current):
                parts.append(_Part(current, span.type, in_parens))
            current = []
            broken = True
        if token is None or token.text in SPLIT_TOKENS:
            # one word after a line break starts the next paragraph, it names nothing
            if any(WORD.search(t.text) for t in current) and not (broken and len(current) == 1):
                parts.append(_Part(current, span.type, in_parens))
            broken = False
            current = []
            if token is not None:
                in_parens = token.text == "(" or (in_parens and token.text != ")")
            continue
        current.append(token)
    for part in parts:
        if part.type == "ORG":
            part.tokens = part.tokens[role_length(part.tokens) :]
            part.tokens = part.tokens[legal_form_length(part.tokens) :]
    return [part for part in parts if any(WORD.search(t.text) for t in part.tokens)]


def is_latin(text: str) -> bool:
    """Only Latin letters (with diacritics: "Jürgen Klinsmann")."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("LATIN") for char in letters)


def retype(part: _Part, vocab) -> str:
    """PER tags on place names the dictionary knows only as places (Эфиопия) become LOC."""
    if part.type != "PER":
        return part.type
    for token in part.tokens:
        parses = vocab.parse(token.text.lower())
        if not parses or not all("Geox" in p.tag for p in parses if p.is_known):
            return part.type
        if not parses[0].is_known:
            return part.type
    return "LOC"


def doc_mentions(text: str, doc, dateline: Dateline | None, models) -> list[Mention]:
    """Mentions of one natasha Doc with their own (not yet merged) names.

    A person's name in Latin letters in parentheses right after the Russian one
    ("Барри Лоуенкрон (Barry Lowenkron)") is a mention of the same person.
    """
    mentions: list[Mention] = []
    body_start = dateline.stop if dateline else 0
    for span in doc.spans:
        previous = None
        for part in span_parts(span, text):
            name = span_name(part, models.morph_vocab)
            surface = text[part.start : part.stop]
            if (
                previous is not None
                and part.in_parens
                and part.type == "PER"
                and is_latin(surface)
                and not is_latin(previous.text)
            ):
                name = previous.name
            if not name.strip() or fold_text(name) in NOT_ENTITIES:
                continue
            previous = Mention(
                start=part.start,
                stop=part.stop,
                type=retype(part, models.morph_vocab),
                text=surface,
                name=name,
                in_dateline=part.start < body_start,
            )
            mentions.append(previous)
    return mentions


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
    and ones after an agreeing adjective are left alone; a capital is allowed only at the
    start of a sentence."""
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
            and (token.feats or {}).get("Number") != "Plur"
            and (before is None or not attributive(before, token))
            and text[token.stop : place.start] == " "
            and (token.text[:1].islower() or token.start in sentence_starts)
            and descriptor in ORG_DESCRIPTORS
            and is_genitive(place.text, models.morph_vocab)
        ):
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


def is_place_adjective(token) -> bool:
    return (
        token.pos == "ADJ"
        and token.text.islower()
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
    Plural descriptors ("российские министерства") are left alone."""
    tokens = list(doc.tokens)
    starts = {m.start: m for m in mentions if m.type == "ORG"}
    covered = [(m.start, m.stop) for m in mentions]
    found = []
    for index in range(1, len(tokens)):
        adjective, noun = tokens[index - 1], tokens[index]
        if (
            not is_place_adjective(adjective)
            or text[adjective.stop : noun.start] != " "
            or (noun.feats or {}).get("Number") == "Plur"
            or fold_text(noun.lemma or "") not in ORG_DESCRIPTORS
        ):
            continue
        words = tokens[index - 1 : index + 1 + complement_length(tokens, index)]
        name = span_name(_Part(words, "ORG", False), models.morph_vocab)
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


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """A name word compared across forms: folded, final vowel/й dropped (Захарова ~ Захаров)."""
    word = fold_text(word).strip(".")
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
        if "Fem" in found:
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


def name_words(name: str) -> list[str]:
    return [name_key(word) for word in name.replace("-", " ").split()]


def initials(name: str) -> str:
    """Capital letters an abbreviation takes from a name: the first letter of each word but
    short lowercase function words (``Организация по безопасности и сотрудничеству в
    Европе`` -> ОБСЕ, ``Запорожский автомобилестроительный завод`` -> ЗАЗ)."""
    words = [w for w in name.split() if not (w.islower() and len(w) <= 2)]
    return "".join(word[0] for word in words).upper()


# "Турецкая республика" ~ Турция, "Курильские острова" ~ Курилы; not "область" or "край"
# (Краснодарский край is not Краснодар)
PLACE_KINDS = frozenset("республика автономия королевство острова".split())
ADJECTIVE_SUFFIXES = ("ецкая", "ецкий", "цкая", "цкий", "ская", "ский", "ские", "цкие")
PLACE_ENDINGS = ("ия", "ья", "ы", "и", "я", "а", "ь", "е")


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
      ФИФА``);
    * an abbreviation and a name whose initials it is (``ЗАЗ`` and ``Запорожский
      автомобилестроительный завод``);
    * a short name and the one longer name of the article it begins (``Sun`` and ``Sun
      Microsystems``, ``Конгресс`` and ``Конгресс США``).
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
        longer = [
            long
            for long in names
            if len(name_words(long)) > len(words) and name_words(long)[: len(words)] == words
        ]
        if len(longer) == 1:
            links.append((short, longer[0]))
    return links


def variant_name(group: list[str], counts: Counter) -> str:
    """The name of a group of variants: the one mentioned most often (the longer on a tie),
    never a truncation of another one (``Конгресс`` beside ``Конгресс США``)."""
    words = {name: name_words(name) for name in group}
    whole = [
        name
        for name in group
        if not any(
            len(words[other]) > len(words[name]) and words[other][: len(words[name])] == words[name]
            for other in group
        )
    ]
    return max(whole or group, key=lambda name: (counts[name], len(name)))


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
    best = {key: variant_name(group, counts) for key, group in groups.items()}
    types = {m.name: m.type for m in mentions if m.type != "PER"}
    for mention in mentions:
        if mention.type != "PER":
            mention.name = best[root(mention.name)]
            mention.type = types[mention.name]


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


def same_shape(word: str, source: str) -> bool:
    """Letter case as the recognised mention had it (Интерпол ~ Интерпола, ФИДЕ ~ ФИДЕ)."""
    if is_caps(source):
        return is_caps(word)
    return word[:1].isupper() and source[:1].isupper() and not is_caps(word)


def _shape(word: str) -> tuple[bool, bool]:
    """(ALL CAPS, capitalised): what ``same_shape`` compares."""
    return is_caps(word), word[:1].isupper()


def _same_shape(word: tuple[bool, bool], source: tuple[bool, bool]) -> bool:
    """``same_shape`` on ``_shape`` pairs."""
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


def source_matches(source: _Source, tokens, index: int, vocab) -> bool:
    """Whether the tokens from ``index`` on spell the source's name in some case form."""
    words = tokens[index : index + len(source.texts)]
    if len(words) < len(source.texts) or not same_shape(words[0].text, source.texts[0]):
        return False
    return all(word_keys(word, vocab) & keys for word, keys in zip(words, source.keys, strict=True))


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
    Кадыров``).
    """
    tokens = list(doc.tokens)
    vocab = models.morph_vocab
    sources = repeat_sources(mentions, tokens, vocab)
    if not sources:
        return mentions
    sources.sort(key=lambda source: -len(source.texts))
    body_start = dateline.stop if dateline else 0
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

    def matches(source: _Source, index: int) -> bool:  # ``source_matches``, first word known
        if index + len(source.texts) > len(tokens):
            return False
        return all(
            keys_at(index + offset) & source.keys[offset] for offset in range(1, len(source.texts))
        )

    def loose_name(index: int) -> bool:
        return 0 <= index < len(tokens) and name_word[index] and not inside[index]

    found = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.start < body_start or not name_word[index] or inside[index]:
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
            or any(inside[index : index + size])
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


QUOTE_MARKS = "«\"„“'"


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


def entity_records(text: str, doc, dateline: Dateline | None, models) -> dict[str, list]:
    """Columns ``start, stop, type, text, name, in_dateline`` of one article's mentions.

    ``doc`` is a natasha Doc with morphology, lemmas and NER spans. In "МОСКВА, 23 июня.
    /ТАСС/. ... глава Минобороны России Сергей Шойгу ... - сказал Шойгу." the names are
    Москва (in_dateline), ТАСС (in_dateline), Минобороны России, Сергей Шойгу, Сергей Шойгу.
    """
    mentions = common_abbreviations(doc_mentions(text, doc, dateline, models), text)
    mentions = introduced_orgs(mentions, doc, text, models.morph_vocab, Mention)
    attach_places(mentions, text, models.morph_vocab)
    attach_orgs(mentions, text, models.morph_vocab)
    mentions = descriptor_orgs(mentions, doc, text, models)
    mentions = adjective_orgs(mentions, doc, text, models)
    mentions = defined_abbreviations(mentions, doc, text, models.morph_vocab, Mention)
    merge_people(mentions, mention_genders(mentions, doc))
    rename_by_aliases(mentions, shipped_lookup())
    merge_variants(mentions, text)
    mentions = repeat_mentions(mentions, doc, text, dateline, models)
    mentions = craft_names(mentions, doc, text)
    mentions = distinct(nested_places(mentions, doc, text, models.morph_vocab))
    columns = {column: [getattr(m, column) for m in mentions] for column in COLUMNS[:-1]}
    return {**columns, "nested": nested_flags(mentions)}


def rename_by_aliases(mentions: list[Mention], lookup: dict[str, tuple[str, str]]) -> None:
    """Apply an alias lookup (folded alias -> (name, type)) to mentions, in place."""
    for mention in mentions:
        hit = lookup.get(fold_text(mention.name)) or lookup.get(
            fold_text(mention.text).strip('«»"„“” ')
        )
        if hit:
            mention.name = hit[0]
            mention.type = hit[1] or mention.type


# --- aliases -----------------------------------------------------------------------------


def shipped_aliases_path() -> Path:
    return Path(str(resources.files("helpers") / "data" / "aliases.csv"))


def read_alias_csv(source) -> pd.DataFrame:
    """An alias CSV (``alias,name,type``; lines starting with # are comments)."""
    text = Path(source).read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    return check_aliases(pd.DataFrame(rows), source)


def check_aliases(frame: pd.DataFrame, source="aliases") -> pd.DataFrame:
    missing = [column for column in ("alias", "name") if column not in frame.columns]
    if missing:
        raise ValueError(
            f"{source}: an alias table needs the columns alias,name[,type]; lacks {missing}"
        )
    frame = frame.copy()
    if "type" not in frame.columns:
        frame["type"] = ""
    frame = frame[list(ALIAS_COLUMNS)].fillna("").astype(str)
    frame = frame.apply(lambda column: column.str.strip())
    frame = frame[(frame["alias"] != "") & (frame["name"] != "")]
    return tables.conform(frame, ALIAS_COLUMNS)


def load_aliases(
    path: str | Path | pd.DataFrame | None = None, shipped: bool = True
) -> pd.DataFrame:
    """The alias table in use: columns ``alias, name, type``.

    The shipped table (``РФ`` -> ``Россия``, ``Минобороны России`` -> ``Министерство
    обороны России`` ...) followed by the user's (a CSV path or a DataFrame); user rows win.
    """
    parts = [shipped_aliases()] if shipped else []
    if isinstance(path, pd.DataFrame):
        parts.append(check_aliases(path))
    elif path is not None:
        if not Path(path).exists():
            raise FileNotFoundError(f"alias file {path} not found; give a CSV with alias,name,type")
        parts.append(read_alias_csv(path))
    if not parts:
        return tables.make_frame(None, ALIAS_COLUMNS)
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.drop_duplicates(subset="alias", keep="last", ignore_index=True)
    return tables.conform(frame, ALIAS_COLUMNS)


@lru_cache(maxsize=1)
def shipped_aliases() -> pd.DataFrame:
    """The shipped alias table, read once (``load_aliases`` copies it before any change)."""
    return read_alias_csv(shipped_aliases_path())


@lru_cache(maxsize=1)
def shipped_lookup() -> dict[str, tuple[str, str]]:
    """The shipped alias table as a lookup (applied per article too, so that
    ``extract_entities`` names РФ as Россия; bump PIPELINE_VERSION when editing it)."""
    return alias_lookup(load_aliases())


def alias_lookup(aliases: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return {
        fold_text(alias): (name, type_)
        for alias, name, type_ in zip(
            aliases["alias"], aliases["name"], aliases["type"], strict=False
        )
    }


# --- per corpus --------------------------------------------------------------------------


def apply_aliases(frame: pd.DataFrame, aliases: pd.DataFrame) -> pd.DataFrame:
    """Rename mentions whose name (or text) is an alias; a non-empty alias type is set too."""
    lookup = alias_lookup(aliases)
    fold = lru_cache(maxsize=None)(fold_text)  # names and texts repeat across the corpus
    names, types = [], []
    columns = (frame["name"].tolist(), frame["text"].tolist(), frame["type"].tolist())
    for name, text, type_ in zip(*columns, strict=False):
        hit = lookup.get(fold(name)) or lookup.get(fold(text).strip('«»"„“” '))
        names.append(hit[0] if hit else name)
        types.append(hit[1] if hit and hit[1] else type_)
    return frame.assign(name=names, type=types)


def display_spellings(frame: pd.DataFrame) -> pd.DataFrame:
    """One spelling per (type, folded name): the most frequent, preferring ё and mixed case."""
    fold = lru_cache(maxsize=None)(fold_text)
    names = frame["name"].tolist()
    keys = [(type_, fold(name)) for type_, name in zip(frame["type"].tolist(), names, strict=False)]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for key, name in zip(keys, names, strict=False):
        votes[key][name] += 1
    best = {
        key: max(
            counter.items(), key=lambda item: (item[1], "ё" in item[0], not item[0].islower())
        )[0]
        for key, counter in votes.items()
    }
    return frame.assign(name=[best[key] for key in keys])


def merge_surnames(frame: pd.DataFrame) -> pd.DataFrame:
    """A surname-only person gets the corpus's one full name with that surname (if only one)."""
    people = frame["type"] == "PER"
    full: dict[str, set[str]] = defaultdict(set)
    for name in frame.loc[people, "name"].unique():
        words = name.split()
        if len(words) >= 2 and not any(is_initial(word) for word in words):
            full[name_key(words[-1])].add(name)
    names = []
    for name, type_ in zip(frame["name"].tolist(), frame["type"].tolist(), strict=False):
        words = name.split()
        candidates = full.get(name_key(words[-1])) if type_ == "PER" and len(words) == 1 else None
        names.append(next(iter(candidates)) if candidates and len(candidates) == 1 else name)
    return frame.assign(name=names)


def resolve_corpus(entities_df: pd.DataFrame, aliases=None) -> pd.DataFrame:
    """Corpus-level canonical names: alias table, spellings, people across articles.

    Takes and returns the ``entities`` table (``article_id, start, stop, type, text, name,
    in_dateline``). ``aliases``: a CSV path or DataFrame ``alias,name,type`` added to the
    shipped table. Example: mentions "РФ", "России", "Российской Федерации" all become
    ``Россия`` (LOC); "Шойгу" alone in one article becomes ``Сергей Шойгу`` if that is the
    only full name with this surname in the corpus.
    """
    frame = tables.conform(entities_df, tables.ENTITIES)
    if frame.empty:
        return frame
    user = None if aliases is None else load_aliases(aliases, shipped=False)
    frame = frame.astype({"name": object, "type": object})
    frame, by_user = rename(frame, user, shipped_aliases())
    chosen = frame.loc[by_user, ["name", "type"]]
    frame = display_spellings(frame)
    frame = merge_full_names(frame, by_user)
    frame = merge_surnames(frame)
    frame.loc[by_user, ["name", "type"]] = chosen  # the user's aliases have the last word
    return tables.conform(frame, tables.ENTITIES)


def mention_names(entities_df: pd.DataFrame) -> Iterable[tuple[str, str]]:
    """(type, name) of content mentions (dateline mentions left out)."""
    content = entities_df[~entities_df["in_dateline"]]
    return zip(content["type"], content["name"], strict=False)


# --- counts and co-occurrence ------------------------------------------------------------

COUNT_COLUMNS = {
    "type": tables.STRING,
    "name": tables.STRING,
    "mentions": "int64",
    "articles": "int64",
}
PAIR_COLUMNS = {
    "name_a": tables.STRING,
    "type_a": tables.STRING,
    "name_b": tables.STRING,
    "type_b": tables.STRING,
    "count": "int64",
    "score": "float64",
}
LEVELS = ("sentence", "article")


def content_mentions(corpus, nested: bool = False) -> pd.DataFrame:
    """The corpus's mentions without the dateline ones (МОСКВА, ТАСС) and, unless
    ``nested``, without places and organisations inside a longer organisation name
    (``России`` in ``Минобороны России``)."""
    entities = corpus.entities
    keep = ~entities["in_dateline"].astype(bool)
    if not nested and "nested" in entities.columns:
        keep &= ~entities["nested"].astype(bool)
    return entities[keep]


def by_columns(by) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def entity_counts(corpus, by: str | list[str] | None = None, nested: bool = False) -> pd.DataFrame:
    """One row per entity: ``[by...,] type, name, mentions, articles``, most mentioned first.

    Dateline mentions are not counted. ``by`` names article columns ("date", "source") for
    breakdowns. ``nested``: whether a place or organisation inside a longer organisation
    name counts (``России`` in ``Минобороны России``, ``Турции`` in ``МИД Турции``); by
    default it does not, so Россия counts the times Russia itself is named. On the seed:
    ``Сергей Шойгу`` (PER) 7 mentions in 1 article, no ``Москва`` or ``ТАСС`` from the
    dateline.
    """
    keys = by_columns(by)
    missing = [key for key in keys if key not in corpus.articles.columns]
    if missing:
        raise ValueError(
            f"by={by!r}: the articles have no column {missing}; "
            f"choose from {list(corpus.articles.columns)}"
        )
    spec = {**{key: corpus.articles[key].dtype for key in keys}, **COUNT_COLUMNS}
    mentions = content_mentions(corpus, nested)
    if mentions.empty:
        return tables.make_frame(None, spec)
    if keys:
        mentions = mentions.merge(
            corpus.articles[["article_id", *keys]].astype({"article_id": tables.STRING}),
            on="article_id",
            how="left",
        )
    grouped = mentions.groupby([*keys, "type", "name"], dropna=False, observed=True)
    counts = grouped.agg(
        mentions=("article_id", "size"), articles=("article_id", "nunique")
    ).reset_index()
    counts = counts.sort_values(
        ["mentions", "articles", "name"], ascending=[False, False, True], kind="stable"
    )
    return tables.conform(counts, spec)


def mention_units(corpus, level: str, nested: bool = False) -> pd.DataFrame:
    """Content mentions with a ``unit`` column: their sentence or article."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    mentions = content_mentions(corpus, nested)[["article_id", "start", "type", "name"]]
    if level == "article" or mentions.empty:
        return mentions.assign(unit=mentions["article_id"].astype(str))
    parts = []
    sentences = corpus.sentences
    for article_id, group in mentions.groupby("article_id", observed=True):
        sents = sentences[sentences["article_id"] == article_id].sort_values("start")
        index = sents["start"].searchsorted(group["start"], side="right") - 1
        sent_ids = sents["sent_id"].to_numpy()[index.clip(0)] if len(sents) else [0] * len(group)
        parts.append(group.assign(unit=[f"{article_id}/{s}" for s in sent_ids]))
    return pd.concat(parts, ignore_index=True)


def cooccurrence(
    corpus, level: str = "sentence", min_count: int = 1, nested: bool = False
) -> pd.DataFrame:
    """Entity pairs named in the same sentence (or article): ``name_a, type_a, name_b,
    type_b, count, score``, most frequent first.

    ``count``: units (sentences or articles) naming both; ``score``: the Dice coefficient
    2·count / (units naming a + units naming b), from 0 (never together) to 1 (always
    together), which unlike PMI does not favour entities seen once. Dateline mentions are
    left out, and so are mentions nested in an organisation's name unless ``nested``
    (``Минобороны России`` does not pair with ``Россия``). On the seed, at article level:
    Сергей Шойгу – Казахстан, count 1, score 1.0.
    """
    units = mention_units(corpus, level, nested)
    if units.empty:
        return tables.make_frame(None, PAIR_COLUMNS)
    entities_in = (
        units.drop_duplicates(["unit", "type", "name"])
        .groupby("unit")[["type", "name"]]
        .apply(
            lambda group: sorted(
                zip(group["type"], group["name"], strict=False), key=lambda e: (e[1], e[0])
            )
        )
    )
    singles: Counter = Counter()
    pairs: Counter = Counter()
    for members in entities_in:
        singles.update(members)
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pairs[first, second] += 1
    rows = [
        (a[1], a[0], b[1], b[0], count, 2 * count / (singles[a] + singles[b]))
        for (a, b), count in pairs.items()
        if count >= min_count
    ]
    frame = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    frame = frame.sort_values(
        ["count", "score", "name_a", "name_b"], ascending=[False, False, True, True], kind="stable"
    )
    return tables.conform(frame, PAIR_COLUMNS)


# --- highlighting ------------------------------------------------------------------------

MARK_COLORS = {"PER": "#ffd8a8", "ORG": "#a5d8ff", "LOC": "#b2f2bb"}


def highlight_entities(text: str, entities: pd.DataFrame) -> str:
    """HTML of ``text`` (escaped) with each mention in ``<mark>`` titled by type and name.

    Nested mentions (``России`` inside ``Минобороны России``) are left to the outer one;
    dateline mentions get a dashed border.
    """
    from html import escape

    parts, cursor = [], 0
    for row in entities.sort_values(["start", "stop"], ascending=[True, False]).itertuples():
        if row.start < cursor:
            continue
        color = MARK_COLORS.get(row.type, "#eeeeee")
        border = "border:1px dashed #888;" if row.in_dateline else ""
        title = escape(f"{row.type}: {row.name}", quote=True)
        parts.append(escape(text[cursor : row.start]))
        parts.append(
            f'<mark style="background:{color};{border}" title="{title}">'
            f"{escape(text[row.start : row.stop])}</mark>"
        )
        cursor = row.stop
    parts.append(escape(text[cursor:]))
    return "<div style='white-space:pre-wrap'>" + "".join(parts) + "</div>"
