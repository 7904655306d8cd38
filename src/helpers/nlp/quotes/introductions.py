"""How the article introduced a person: the words right before the name (министр
иностранных дел Турции Хакан Фидан), the places among them, and whether a role with a country
or body points to that person or to another one (глава МИД Турции is not глава МИД России
Сергей Лавров; российский министр is the person named just before who is of no other
country)."""

from __future__ import annotations

import re

from .antecedents import sentence_before
from .lexicons import HEADS, ROLE_SYNONYMS
from .nationality import names_country
from .records import Context, Mention, Speaker, Tok
from .roles import role_phrase

ROLE_WINDOW = 8  # words at most between a role word and the name it introduces
QUOTE_MARKS = "«»„“”\"'"


def intro_window(ctx: Context, m: Mention) -> list[Tok]:
    """The words right before a person's name that may introduce it (министр иностранных дел
    Турции Хакан Фидан, представитель правящей партии X), back to punctuation, a
    conjunction, a verb that is no participle or another person."""
    k = ctx.token_at(m.start)
    intro: list[Tok] = []
    # a long role phrase with a quoted name (председатель организации «Надежда» X): wider
    reach = 2 * ROLE_WINDOW if k and ctx.toks[k - 1].text in QUOTE_MARKS else ROLE_WINDOW
    after = m.start
    for t in reversed(ctx.toks[max(0, k - reach) : k] if k is not None else []):
        if t.text in ",.;:!?()" or t.text in ctx.lex.dashes or finite_verb(t):
            break  # нападающий «Реала» и сборной Португалии X: both introduce X
        if "\n" in ctx.text[t.stop : after]:
            break  # the headline's last words above the line that names X
        after = t.start
        other = ctx.mention_at(t)
        if other is not None and other.type == "PER":
            break
        intro.append(t)
    return intro


def apposed_window(ctx: Context, m: Mention) -> list[Tok]:
    """The words of a role set off by commas right after a person's name (Николай Патрушев,
    секретарь Совбеза, провел ...; `ныне` before it): they introduce the name too; nothing
    when the phrase is not closed by a comma or runs into a verb or another person."""
    k = ctx.first_token_after(m.stop)
    if k is None or ctx.toks[k].text != ",":
        return []
    intro: list[Tok] = []
    for t in ctx.toks[k + 1 : k + 2 + ROLE_WINDOW]:
        if t.text == ",":
            return intro
        if t.pos == "PUNCT" or finite_verb(t) or ((o := ctx.mention_at(t)) and o.type == "PER"):
            return []
        intro.append(t)
    return []


def finite_verb(t: Tok) -> bool:
    """A verb that is no participle (правящей партии, a modifier, is one)."""
    return t.pos == "VERB" and t.feats.get("VerbForm") != "Part"


def places_in(ctx: Context, toks: list[Tok]) -> set[str]:
    """Lemmas of the place names among ``toks`` written in full (Турции; not РФ, США: an
    acronym may name the same country as a full name)."""
    return {
        t.lemma
        for t in toks
        if not t.text.isupper() and any(p.start <= t.start < p.stop for p in ctx.places)
    }


def same_role(a: str, b: str) -> bool:
    """The same post: the same word, two heads of a body, or words of one synonym group."""
    return (
        a == b
        or (a in HEADS and b in HEADS)
        or ROLE_SYNONYMS.get(a, -1) == ROLE_SYNONYMS.get(b, -2)
    )


def of_other_country(ctx: Context, found: Speaker, stem: str) -> bool:
    """``found`` was introduced with a place that is not the country of ``stem``."""
    m = next((m for m in ctx.mentions if m.start == found.start and m.type == "PER"), None)
    places = places_in(ctx, intro_window(ctx, m)) if m is not None else set()
    return bool(places) and not names_country(places, stem)


def introduced_elsewhere(ctx: Context, tok: Tok, found: Speaker) -> bool:
    """``found`` was introduced with the same role and another place or organisation (глава
    МИД России Сергей Лавров for глава МИД Турции; глава «Роскосмоса» Юрий Борисов for глава
    компании «Газпром нефть»)."""
    deps = [t for t in role_phrase(ctx, tok.i) if t.i > tok.i]
    m = next((m for m in ctx.mentions if m.start == found.start and m.type == "PER"), None)
    if m is None:
        return False
    intro = intro_window(ctx, m)
    if not any(same_role(t.lemma, tok.lemma) for t in intro):
        return False
    keys, places = places_in(ctx, deps), places_in(ctx, intro)
    if keys and places and not (places & keys):
        return True
    bodies, known = bodies_in(ctx, deps), bodies_in(ctx, intro)  # компании «Газпром нефть»
    return bool(bodies) and bool(known) and not (bodies & known)


def bodies_in(ctx: Context, toks: list[Tok]) -> set[str]:
    """The names of the organisations among ``toks``."""
    return {m.name for t in toks if (m := ctx.mention_at(t)) is not None and m.type == "ORG"}


def near_compatriot(ctx: Context, tok: Tok, gender: str | None, stem: str) -> Speaker | None:
    """The last person named in this or the sentence before ``tok`` not introduced with
    another country (Лавров поблагодарил ... «Q», — сказал российский министр), or None."""
    begin = sentence_before(ctx, tok.start)
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]):
        if m.start < begin:
            return None
        speaker = Speaker(m.name, m.start, m.stop)
        other = (gender and m.gender and m.gender != gender) or of_other_country(ctx, speaker, stem)
        if not other:
            return speaker
    return None


def introduced_with_other_role(ctx: Context, speaker: Speaker, tok: Tok) -> bool:
    """The person ``speaker`` was introduced, at any mention of the name, with a role word
    other than ``tok``'s (председатель совета Игорь Рогов, for a bare президент)."""
    m = next((m for m in ctx.mentions if m.start == speaker.start and m.type == "PER"), None)
    if m is None:
        return False
    same = [n for n in ctx.mentions if n.type == "PER" and n.name == m.name and n.stop <= tok.start]
    intros = [intro_window(ctx, n) for n in same or [m]]
    roles = [t.lemma for intro in intros for t in intro if t.lemma in ctx.lex.roles]
    roles += [t.lemma for intro in intros for t in intro[-1:] if participant(t)]  # Нападавший X
    return bool(roles) and not any(same_role(r, tok.lemma) for r in roles)


def introduced_as_participant(ctx: Context, speaker: Speaker) -> bool:
    """The person ``speaker`` was introduced as a party to the events (``participant``)."""
    named = [n for n in ctx.mentions if n.type == "PER" and n.name == speaker.name]
    return any(participant(intro[-1]) for n in named if (intro := intro_window(ctx, n)))


# a past or passive participle read as a noun (нападавший, подозреваемая, задержанные, убитый);
# not a present active one, which often names a post (заведующий, управляющий, командующий)
PARTICIPLE_NOUN = re.compile(r"(?:вш|ем|им|енн|анн|т)(?:ий|ый|ая|ие|ые)$")


def participant(t: Tok) -> bool:
    """A participle read as a noun opening a name's introduction (Нападавший X, Подозреваемый
    в убийстве X, Задержанный X): X is a party to the events, not the holder of a post that
    a bare role (прокурор, следователь) could name."""
    if t.pos == "VERB":
        past = t.feats.get("Tense") == "Past" or t.feats.get("Voice") == "Pass"
        return t.feats.get("VerbForm") == "Part" and t.feats.get("Case") == "Nom" and past
    return t.pos == "NOUN" and PARTICIPLE_NOUN.search(t.low) is not None


def role_keys(ctx: Context, tok: Tok) -> set[str]:
    """The dependants of a role phrase (глава МИД Турции -> {турция}; представитель генсека
    ООН -> {генсек}; пресс-служба ФСБ -> {фсб}): nouns, acronyms only when nothing else is."""
    deps = [t for t in role_phrase(ctx, tok.i) if t.i > tok.i and t.pos in ("NOUN", "PROPN")]
    words_ = {t.lemma for t in deps if not t.text.isupper()}
    return words_ or {t.lemma for t in deps}
