"""Nominative names of entity mentions, from natasha tokens and pymorphy3 parses.

natasha's ``span.normalize`` inflects every token of a span on its own, which breaks
agreement ("Центрально-Азиатском регион"), misreads unknown surnames as adjectives and
folds ё to е. Here a span is normalised as a phrase:

* PER: each name part to the nominative in the person's gender (``Марией Захаровой`` ->
  ``Мария Захарова``; unknown surnames by their endings: ``Жаксылыковым`` -> ``Жаксылыков``);
* LOC/ORG: the head noun to the nominative in its own number (``Нидерландах`` ->
  ``Нидерланды``), adjectives before it agreeing with it, words after it (genitive
  complements: ``Министерства обороны России``) left as they are;
* indeclinables (``Fixd``, abbreviations, words already in the nominative) kept;
* ALL-CAPS words title-cased unless they are abbreviations (``МОСКВА`` -> ``Москва``,
  ``ТАСС`` kept);
* ё kept where the text has it.

>>> span_name(span, vocab)  # doctest: +SKIP
'Центрально-Азиатский регион'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from natasha.shape import recover_shape
from pymorphy3.analyzer import Parse

# natasha (Universal Dependencies) case -> pymorphy3 (OpenCorpora) case
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}

# unknown Russian-style surnames: (oblique ending, nominative ending), tried longest first
SURNAME_ENDINGS = {
    "masc": [
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("ову", "ов"),
        ("еву", "ев"),
        ("ёву", "ёв"),
        ("ину", "ин"),
        ("ыну", "ын"),
        ("ове", "ов"),
        ("еве", "ев"),
        ("ёве", "ёв"),
        ("ине", "ин"),
        ("ыне", "ын"),
        ("ским", "ский"),
        ("ского", "ский"),
        ("скому", "ский"),
        ("ском", "ский"),
    ],
    "femn": [
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ыной", "ына"),
        ("ову", "ова"),
        ("еву", "ева"),
        ("ёву", "ёва"),
        ("ину", "ина"),
        ("ыну", "ына"),
        ("ской", "ская"),
        ("скую", "ская"),
    ],
}
# an unknown foreign man's surname in the genitive or instrumental: soft stems (Скрипаля,
# Скрипалем -> Скрипаль), hushing stems (Ассанжа, Ассанжем -> Ассанж), hard stems
# (Табмена, Армстронгом); not -у or -е, which end many names as they are (Маседу, Моне)
FOREIGN_MASCULINE_ENDINGS = [
    (re.compile(r"([лнр])(?:я|ем|ём)$"), r"\1ь"),
    (re.compile(r"([жшчщц])(?:а|ем)$"), r"\1"),
    (re.compile(r"([бвгдзкмпстфх])(?:а|ом)$"), r"\1"),
    (re.compile(r"([аеоуя])ем$"), r"\1й"),  # Милеем -> Милей, Фарадеем -> Фарадей
]
PERSON_TAGS = ("Name", "Surn", "Patr")
INDECLINABLE_SURNAME = re.compile(r"^[а-яё-]{2,}[ыи]х$")  # Черных, Седых, Долгих
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
PATRONYMIC = re.compile(r"(ович|евич|ьич|овна|евна|ична|инична)$", re.I)
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]")
REGNAL = re.compile(r"^[IVXL]+$")  # Филипп VI, Бенедикт XVI: a Roman numeral stays as written
# an abbreviation with a case ending: "МИДа", "ВУЗе" (the capitals are the name)
INFLECTED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)$")


def is_initial(text: str) -> bool:
    """ "С." or "С" (one capital letter, maybe with a dot)."""
    return bool(INITIAL.match(text))


@lru_cache(maxsize=100_000)
def is_caps(text: str) -> bool:
    """More than one letter, all capitals (``ТАСС``, ``МОСКВА``); memoised per word."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def keep_yo(word: str, original: str) -> str:
    """ё only where the text had it (pymorphy's dictionary adds ё the text may lack)."""
    return word if "ё" in original.lower() else word.replace("ё", "е").replace("Ё", "Е")


def shaped(word: str, original: str) -> str:
    """``word`` with the letter case of ``original`` (title-cased when that is ALL CAPS)."""
    word = keep_yo(word, original)
    if is_caps(original):
        return "-".join(part.capitalize() for part in word.split("-"))
    return recover_shape(word, original)


def is_abbreviation(word: str, vocab, org: bool = False) -> bool:
    """ALL-CAPS words that stay caps: abbreviations, unknown words and short non-places.

    ``ТАСС``, ``ОДКБ``, ``США`` stay; ``МОСКВА``, ``КИЕВ``, ``РИМ`` become title case. A
    short word of an organisation's name (``org``) is an abbreviation even where it spells a
    place (``ВАДА``, not the genitive of Вад).
    """
    parses = vocab.parse(word.lower())
    if not parses or not parses[0].is_known:
        return True
    if any("Abbr" in parse.tag for parse in parses[:3]):
        return True
    return len(word) <= 4 and (org or "Geox" not in parses[0].tag)


def case_of(token) -> str | None:
    return CASES.get((token.feats or {}).get("Case"))


# pymorphy's second genitive/locative/accusative ("в Крыму": loc2) answer to the plain case
CASE_VARIANTS = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}


def same_case(parse, case: str | None) -> bool:
    return case is None or CASE_VARIANTS.get(parse.tag.case, parse.tag.case) == case


def parses_in_case(word: str, case: str | None, vocab, pos: Sequence[str] = ("NOUN",)):
    """Parses of ``word`` with that part of speech and case; for a word the dictionary does
    not know, masculine guesses first (Тусоне -> Тусон, not Тусоня)."""
    parses = vocab.parse(word.lower())
    parses = [p for p in parses if p.tag.POS in pos and same_case(p, case)]
    if parses and not parses[0].is_known:
        parses.sort(key=lambda p: p.tag.gender != "masc")
    return parses


def inflect_parse(parse, grammemes: set[str]):
    """pymorphy3's own ``inflect`` with OpenCorpora grammemes (natasha's wrapper takes UD).

    Memoised: pymorphy builds the whole lexeme (and natasha converts every form's tag)
    for each call, and news names the same entities again and again.
    """
    return _inflected(parse, frozenset(grammemes))


@lru_cache(maxsize=50_000, typed=True)
def _inflected(parse, grammemes: frozenset[str]):
    # the parses come from the vocabulary's own (cached) parse: equal parses, same lexeme
    try:
        return Parse.inflect(parse, set(grammemes))
    except (ValueError, KeyError):
        return None


def inflect(parse, grammemes: set[str]) -> str | None:
    form = inflect_parse(parse, grammemes)
    return form.word if form else None


def person_gender(tokens) -> str:
    """femn when the morph tagger says a name part is feminine, or one is a feminine
    instrumental (``feminine_instrumental``)."""
    for token in tokens:
        if (token.feats or {}).get("Gender") == "Fem" or feminine_instrumental(token):
            return "femn"
    return "masc"


FEMININE_INSTRUMENTAL = ("ой", "ей", "ою", "ею")  # Анной, Джорджей; a man's ends -ом, -ем


def feminine_instrumental(token) -> bool:
    """A name part the tagger reads as instrumental with a feminine ending (с Джорджей
    Мелони, tagged masculine): only a woman's name ends so in that case (Сергеем, Джорджем)."""
    return (token.feats or {}).get("Case") == "Ins" and token.text.lower().endswith(
        FEMININE_INSTRUMENTAL
    )


def is_feminine_nominative(word: str, vocab) -> bool:
    """Whether the dictionary reads the word as a woman's name part in the nominative."""
    return any(
        p.tag.case == "nomn" and p.tag.gender == "femn" and any(t in p.tag for t in PERSON_TAGS)
        for p in vocab.parse(word)
    )


def is_adjectival_surname(parse) -> bool:
    """A dictionary surname of the adjective declension (Яровой/Яровая, Толстой/Толстая)."""
    return "Surn" in parse.tag and parse.normal_form.endswith(("ой", "ий", "ый"))


def person_word(token, gender: str, vocab, hers: bool = False, case: str | None = None) -> str:
    """One name part of a person in the nominative (``Жаксылыковым`` -> ``Жаксылыков``);
    ``hers``: no other part of the name ends as a man's genitive (-а, -я) would; ``case``:
    the case the name is in, where the tagger's reading of this part is not trusted."""
    word = _person_word(token, gender, vocab, hers, case)
    if gender == "masc" and foreign_i(token.text, word, vocab):
        return shaped(token.text.lower(), token.text)
    return word


def foreign_i(text: str, word: str, vocab) -> bool:
    """A foreign man's name in -и the dictionary does not know keeps it: it does not decline
    (Дескальси, not Дескальсь as ``word`` read it); one in -а/-я does (Арайи -> Арайя)."""
    lower = text.lower()
    if not lower.endswith("и") or word.lower().endswith(("а", "я", "и")):
        return False
    return not vocab.parse(lower)[0].is_known


def _person_word(token, gender: str, vocab, hers: bool = False, case: str | None = None) -> str:
    text = token.text
    if is_initial(text) or not WORD.search(text) or REGNAL.match(text):
        return text
    case = case or case_of(token)
    if case in (None, "nomn") and not is_caps(text):
        return text
    lower = text.lower()
    parses = vocab.parse(lower)
    known = bool(parses) and parses[0].is_known
    # a person is one: plural readings ("Табмен" as a genitive plural) are not names
    candidates = [
        p
        for p in parses
        if same_case(p, case)
        and p.tag.number != "plur"
        and any(tag in p.tag for tag in PERSON_TAGS)
    ]
    matching = [p for p in candidates if p.tag.gender in (gender, None) or "ms-f" in p.tag]
    # "Яровой" is both Ярова (from Яров) and Яровая in the genitive: a surname the dictionary
    # declines as an adjective (Яровой, Толстой) is read as that one; "Анне" is both the
    # indeclinable Анне and Анна in the dative: the declinable reading first
    matching.sort(key=lambda p: (not is_adjectival_surname(p), "Fixd" in p.tag))
    if not matching and gender == "femn" and is_feminine_nominative(lower, vocab):
        # the tagger read "Панфилова" in "Александра Панфилова рассказала" as a masculine
        # genitive: a woman's name keeps its feminine nominative form
        return shaped(lower, text)
    if not matching and gender == "femn" and lower[-1] in "ая" and case in ("gent", "accs"):
        if hers and candidates and all(p.tag.gender == "masc" for p in candidates):
            # "Джорджа" in "Премьер Джорджа Мелони выступила": only a man's genitive
            # (Джордж) reads so, and a woman's name in the nominative ends so
            return shaped(lower, text)
    if INDECLINABLE_SURNAME.search(lower) and not matching:
        # Черных, Седых, Долгих: a surname in -ых/-их (an old genitive plural) does not
        # decline; no singular form of a name ends so, whatever the case of the sentence
        return shaped(lower, text)
    if gender == "femn" and not known and lower[-1] in "иоэ":
        # foreign women's names do not decline (Уитни, Кэти), but those in -ия do (Гарсии);
        # -у, -ю, -е are case endings of Russian ones (Савичеву)
        return shaped(lower[:-1] + "я" if lower.endswith("ии") else lower, text)
    # guesses for an unknown word in the other gender ("Скрипаля" as a woman's name) are
    # not trusted
    for parse in matching or (candidates if known else []):
        if "Fixd" in parse.tag:
            return shaped(lower, text)
        word = inflect(parse, {"nomn", "sing"})
        if word:
            return shaped(word, text)
    for ending, nominative in SURNAME_ENDINGS[gender]:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return shaped(lower[: -len(ending)] + nominative, text)
    if gender == "femn" and not candidates and feminine_instrumental(token) and len(lower) > 4:
        # an unknown woman's name in the instrumental: -ой from -а, -ей from -я, or from -а
        # after ж ш ч щ ц (Джорджей -> Джорджа, Наташей -> Наташа, Марией -> Мария)
        stem = lower[:-2]
        return shaped(stem + ("а" if lower.endswith("ой") or stem[-1] in "жшчщц" else "я"), text)
    if gender == "masc" and not known_as_noun(parses) and len(lower) > 4:
        for pattern, nominative in FOREIGN_MASCULINE_ENDINGS:
            if pattern.search(lower):
                return shaped(pattern.sub(nominative, lower), text)
    # adjectival surnames (Долгорукому -> Долгорукий, Толстой), then any noun reading
    for parse in parses_in_case(lower, case, vocab, pos=("ADJF",)):
        if parse.is_known and parse.tag.gender in (gender, None):
            word = inflect(parse, {"nomn", "sing", gender})
            if word:
                return shaped(word, text)
    nouns = [p for p in parses_in_case(lower, case, vocab) if p.tag.number != "plur"]
    nouns.sort(key=lambda p: ("anim" not in p.tag, p.tag.gender not in (gender, None)))
    for parse in nouns:
        word = inflect(parse, {"nomn", "sing"})
        if word:
            return shaped(word, text)
    return shaped(lower, text)


def known_as_noun(parses) -> bool:
    """The dictionary knows the word as a noun (not only as another part of speech: Милеем
    is read as a form of милеть)."""
    return any(p.is_known and p.tag.POS == "NOUN" for p in parses)


def person_name(tokens, vocab) -> str:
    """``Марией Захаровой`` -> ``Мария Захарова``; patronymics kept (dropped later, in merges)."""
    gender = person_gender(tokens)
    ends = [t.text.lower().endswith(("а", "я")) for t in tokens]  # Райана Куглера: his genitive
    words = [
        person_word(
            t,
            gender,
            vocab,
            hers=not any(e for j, e in enumerate(ends) if j != n),
            case=agreeing_case(t, tokens, vocab),
        )
        for n, t in enumerate(tokens)
    ]
    return join_words(words, tokens)


def agreeing_case(token, tokens, vocab) -> str | None:
    """The parts of a name agree in case: a part the tagger read as a nominative
    (``Фиданом`` in ``с Хаканом Фиданом.``) is in the oblique case another part is tagged
    with, when the dictionary reads it as a name in that case and never as a nominative
    name, and reads the other part in no nominative at all. None: the token's own reading
    stands."""
    if case_of(token) not in (None, "nomn"):
        return None
    others = [t for t in tokens if t is not token and case_of(t) not in (None, "nomn")]
    if len({case_of(t) for t in others}) != 1:
        return None
    if any(same_case(p, "nomn") for t in others for p in vocab.parse(t.text.lower())):
        return None  # Голда Меир with Меир read as a genitive: that part may be a nominative
    case = case_of(others[0])
    person = [p for p in vocab.parse(token.text.lower()) if any(t in p.tag for t in PERSON_TAGS)]
    if any(same_case(p, "nomn") for p in person) or not any(same_case(p, case) for p in person):
        return None
    return case


def head_index(tokens) -> int:
    """The first noun of a LOC/ORG span (its grammatical head in Russian names)."""
    for index, token in enumerate(tokens):
        if token.pos in ("NOUN", "PROPN") and WORD.search(token.text):
            return index
    return len(tokens) - 1


def head_word(token, vocab, org: bool = False) -> tuple[str, object | None]:
    """The head noun in the nominative of its own number, and the parse used (for agreement)."""
    text = token.text
    lower = text.lower()
    case = case_of(token)
    if is_caps(text) and is_abbreviation(text, vocab, org):
        return text, None
    inflected = INFLECTED_ABBREVIATION.match(text)
    if inflected:  # "МИДа", "МИДе" -> "МИД" (its dictionary reading, for agreement)
        parses = parses_in_case(inflected.group(1).lower(), "nomn", vocab)
        return inflected.group(1), parses[0] if parses else None
    parses = parses_in_case(lower, case, vocab)
    if not parses:
        return shaped(lower, text), None
    parse = parses[0]
    if case == "nomn" or "Fixd" in parse.tag:
        return shaped(lower, text), parse
    word = inflect(parse, {"nomn"})
    if not word:
        return shaped(lower, text), parse
    return shaped(word, text), inflect_parse(parse, {"nomn"})


def adjective_word(
    token, head_parse, vocab, head_case: str | None = None, gender: str | None = None
) -> str:
    """An adjective before the head, agreeing with the head in the nominative.

    The tagger sometimes gives an adjective no case (``Центрально-Азиатском``): it agrees
    with its head, so the head's case is used.
    """
    text = token.text
    case = case_of(token) or head_case
    if case in (None, "nomn") or not WORD.search(text):
        return shaped(text.lower(), text) if is_caps(text) else text
    lower = text.lower()
    grammemes = {"nomn", "sing", gender} if gender else {"nomn"}
    if head_parse is not None:
        number = head_parse.tag.number or "sing"
        grammemes.add(number)
        if number == "sing" and head_parse.tag.gender in ("masc", "femn", "neut"):
            grammemes.add(head_parse.tag.gender)
    # a hyphenated adjective agrees in its last part (pymorphy drops the hyphen otherwise)
    candidates = (lower.rsplit("-", 1)[-1], lower) if "-" in lower else (lower,)
    lemma = (token.lemma or "").lower()
    for candidate in candidates:
        parses = parses_in_case(candidate, case, vocab, pos=("ADJF", "PRTF"))
        # equally likely readings (больший / большой): the tagger's lemma first
        parses.sort(key=lambda parse: parse.normal_form != lemma)
        for parse in parses:
            word = inflect(parse, grammemes)
            if word:
                if candidate != lower:
                    word = lower[: len(lower) - len(candidate)] + word
                return shaped(word, text)
    return text


def thing_name(tokens, vocab, org: bool = False) -> str:
    """LOC/ORG: ``Центрально-Азиатском регионе`` -> ``Центрально-Азиатский регион``."""
    if len(tokens) == 1 and tokens[0].pos == "ADJ":  # "Большого" (театра): masculine
        return adjective_word(tokens[0], None, vocab, gender="masc")
    head = head_index(tokens)
    head_text, head_parse = head_word(tokens[head], vocab, org)
    words = []
    for index, token in enumerate(tokens):
        if index < head and token.pos in ("ADJ", "DET", "NUM", "VERB"):
            words.append(adjective_word(token, head_parse, vocab, case_of(tokens[head])))
        elif index == head:
            words.append(head_text)
        elif is_caps(token.text) and not is_abbreviation(token.text, vocab, org):
            words.append(shaped(token.text.lower(), token.text))
        else:
            words.append(token.text)
    return join_words(words, tokens)


def join_words(words: Sequence[str], tokens) -> str:
    """Words joined with the spacing the tokens had (no space before "-" or after "«")."""
    parts = []
    for index, (word, token) in enumerate(zip(words, tokens, strict=False)):
        if index and token.start > tokens[index - 1].stop:
            parts.append(" ")
        parts.append(word)
    return "".join(parts).strip('«»"„“” ')


def span_name(span, vocab) -> str:
    """The nominative, display-ready name of a natasha span (PER, LOC or ORG).

    Memoised on what the name is made of (the tokens' words, tags, lemmas and spacing):
    news names the same entities in the same forms again and again.
    """
    tokens = list(span.tokens)
    if not tokens:
        return getattr(span, "text", "")
    key = (vocab, span.type, _span_shape(tokens))
    name = _SPAN_NAMES.get(key)
    if name is None:
        if len(_SPAN_NAMES) >= SPAN_NAMES_MAX:
            _SPAN_NAMES.clear()
        if span.type == "PER":
            name = person_name(tokens, vocab)
        else:
            name = thing_name(tokens, vocab, org=span.type == "ORG")
        _SPAN_NAMES[key] = name
    return name


SPAN_NAMES_MAX = 100_000
_SPAN_NAMES: dict[tuple, str] = {}


def _span_shape(tokens) -> tuple:
    first = tokens[0].start
    return tuple(
        (t.text, t.pos, t.lemma, tuple(sorted((t.feats or {}).items())), t.start - first)
        for t in tokens
    )


def clear_span_names() -> None:
    """Forget the memoised span names (benchmarks that measure a cold start)."""
    _SPAN_NAMES.clear()


def without_patronymic(name: str) -> str:
    """``Владимир Владимирович Путин`` -> ``Владимир Путин`` (how readers count people)."""
    words = name.split()
    if len(words) == 3 and PATRONYMIC.search(words[1]):
        return f"{words[0]} {words[2]}"
    return name
