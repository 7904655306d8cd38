"""A role with a country's adjective before it (французский президент, турецкий министр)
names the person the article introduced with that country (президент Франции X, турецкий
министр X); among several people named, none of them so introduced, the phrase stays
(speakers.py), not the last person named (Путин ... с Макроном. Французский президент); with
one person named, that person unless the article introduced them with another country. The
home country's adjective (российский) is unmarked in Russian news, which names its own
officials without their country, so it is no key (round 12); it only rules out a person the
article introduced with another country (``role_country``, round 13: российский президент
is not президент Турции X).

The adjective is a country's by morphology: its stem, with the suffix cut (франц|узский,
тур|ецкий, американ|ский), spells a word pymorphy3 knows as a place (Geox: Франция, Турция,
Америка); олимпийский or парламентский spell none and leave the role as it was. Adjectives
whose stem spells no country (немецкий: Германия) are listed in quote_country_adjectives.txt.
"""

from __future__ import annotations

from .lexicons import COUNTRY_ACRONYMS, COUNTRY_ADJECTIVES
from .records import Context, Tok
from .roles import role_phrase

HOME = frozenset({"российский"})  # the home country: its officials go unintroduced
SUFFIXES = ("ецкий", "цкий", "узский", "ский")  # турецкий, немецкий; французский; российский
PLACE_FORMS = ("", "ия", "ция", "а")  # stem + ending: китай, франция, турция, украина
# `лидер` with a country's adjective is its head of state or government (турецкий лидер:
# президент Турции X; британский лидер: премьер-министр Великобритании X; китайский лидер:
# председатель КНР X)
LEADERS = frozenset(
    {
        "президент",
        "премьер",
        "премьер-министр",
        "канцлер",
        "король",
        "королева",
        "лидер",
        "председатель",
    }
)

# a word of no one post: итальянский политик is премьер-министр Италии X
GENERIC = frozenset({"политик", "деятель", "чиновник", "дипломат"})


def country_stem(ctx: Context, tok: Tok) -> str | None:
    """The stem of a country adjective right before the role ``tok`` (французский -> франц),
    or None."""
    if tok.i and ctx.toks[tok.i - 1].lemma in HOME:
        return None
    return role_country(ctx, tok)


def role_country(ctx: Context, tok: Tok) -> str | None:
    """The stem of the country adjective right before the role ``tok``, the home country's
    too (российский лидер -> росси): a person introduced with another country is not meant
    (capitalised only as a sentence's first word: Французский президент)."""
    prev = ctx.toks[tok.i - 1] if tok.i else None
    if prev is None or prev.pos != "ADJ" or not prev.text[1:].islower():
        return None
    if prev.text[0].isupper() and prev.start != ctx.sentence_of(prev.start)[0]:
        return None  # Французский институт ...: a name
    return adjective_country(ctx, prev)


def phrase_country(ctx: Context, tok: Tok, home: bool) -> str | None:
    """The stem of a country adjective inside the role phrase after ``tok`` (глава турецкого
    МИД -> тур), the home country's only when ``home`` (глава российского МИД)."""
    for t in role_phrase(ctx, tok.i)[1:]:
        if t.pos == "ADJ" and t.text.islower() and (home or t.lemma not in HOME):
            stem = adjective_country(ctx, t)
            if stem is not None:
                return stem
    return None


def adjective_country(ctx: Context, adj: Tok) -> str | None:
    """The stem of a country adjective (французский -> франц, российский -> росси: the home
    country too), or None when the stem spells no place."""
    return lemma_country(ctx, adj.lemma)


def lemma_country(ctx: Context, lemma: str) -> str | None:
    """``adjective_country`` for an adjective's lemma."""
    if lemma in COUNTRY_ADJECTIVES:
        return COUNTRY_ADJECTIVES[lemma]  # немецкий -> германи (Германия)
    suffix = next((s for s in SUFFIXES if lemma.endswith(s)), None)
    stem = lemma[: -len(suffix)] if suffix else ""
    if len(stem) < 3:
        return None
    # американ -> америка, россий -> россия
    places = [stem + ending for ending in PLACE_FORMS] + [stem[:-1] + "а", stem[:-1] + "я"]
    for place in places:
        if any("Geox" in p.tag for p in ctx.morph.parse(place)[:2]):
            return stem[:-1] if stem.endswith("й") else stem  # россий -> росси (Россия)
    return None


def national_post(ctx: Context, tok: Tok):
    """Which role words of an introduction fit ``tok`` after a country's adjective: for
    `лидер` a head of state or government (LEADERS), for a word of no one post (политик,
    дипломат: GENERIC) any role word, else ``tok``'s own role (None)."""
    if tok.lemma == "лидер":
        return LEADERS.__contains__
    return ctx.lex.roles.__contains__ if tok.lemma in GENERIC else None


def names_country(lemmas, stem: str) -> bool:
    """Some of ``lemmas`` is a word of the country of ``stem`` (Франции, французский;
    Великобритании for британ; США for америк)."""
    return any(stem in COUNTRY_ACRONYMS.get(lemma, lemma) for lemma in lemmas)


def several_people(ctx: Context, tok: Tok) -> bool:
    """The article names more than one person before ``tok``."""
    return len({m.name for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start}) > 1
