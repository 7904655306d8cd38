"""Forms of a source phrase (round 7) that cues.source_phrase reads like `по данным X`:
modifiers before the noun (по последним данным X, согласно неподтверждённым сообщениям X),
the source as a place of publication (по сообщениям в прессе, согласно сообщениям на
сайте X), a hyphenated head (по данным интернет-издания X); round 8: a participial or
relative phrase on the source before the content (Согласно отчёту X, посвящённому ..., C)."""

from __future__ import annotations

import re

from .lexicons import PAIRED_SOURCES, POSSESSIVES
from .records import OPENING, Context, Speaker, Tok

MODIFIERS = 2  # adjectives or participles between the preposition and its noun
# each preposition's nouns: {("на",): {"взгляд"}, ("в", "соответствии", "с"): {"данными", ...}}
PAIRED = {p: frozenset(noun for q, noun in PAIRED_SOURCES if q == p) for p, _ in PAIRED_SOURCES}
PAIRED_FIRST = frozenset(prep[0] for prep in PAIRED)  # на, в


def modified_source(ctx: Context, toks: list[Tok], n: int) -> tuple[int, Tok]:
    """For the preposition ``toks[n]``: ``(m, noun)`` where ``toks[m + 1]`` is the source
    noun after up to two agreeing adjectives or participles, or ``(n, toks[n + 1])``."""
    b = toks[n + 1]
    if b.low in ctx.lex.sources or b.low in POSSESSIVES:
        return n, b
    for j in range(n + 1, min(n + 1 + MODIFIERS, len(toks) - 1)):
        t = toks[j]
        if not _modifier(t):
            break
        noun = toks[j + 1]
        if noun.low in ctx.lex.sources and noun.feats.get("Case") == t.feats.get("Case"):
            return j, noun
    return n, b


def owned_source(ctx: Context, toks: list[Tok]) -> Tok | None:
    """The source noun after up to two adjectives that follow a possessive (по его
    собственным словам, по её личному мнению: ``toks`` start after the possessive)."""
    for t in toks[: MODIFIERS + 1]:
        if t.low in ctx.lex.sources:
            return t
        if not _modifier(t):
            return None
    return None


def paired_source(toks: list[Tok], n: int) -> tuple[int, Tok] | None:
    """A preposition of quote_paired_sources.txt opening at ``toks[n]`` with its own noun
    (на взгляд экспертов, в соответствии с последним прогнозом X, на его взгляд): ``(m,
    word)``, ``word = toks[m + 1]`` the noun, or the possessive before it; None for any other
    noun (на информации, в соответствии с законом)."""
    if toks[n].low not in PAIRED_FIRST:
        return None
    for prep, nouns in PAIRED.items():
        k = n + len(prep)
        if k + 1 >= len(toks) or any(toks[n + i].low != w for i, w in enumerate(prep)):
            continue
        if toks[k].low in POSSESSIVES and toks[k + 1].low in nouns:
            return k - 1, toks[k]  # на его взгляд
        j = k
        while j < min(k + MODIFIERS, len(toks) - 1) and _modifier(toks[j]):
            j += 1
        if toks[j].low in nouns and all(
            t.feats.get("Case") == toks[j].feats.get("Case") for t in toks[k:j]
        ):
            return j - 1, toks[j]
    return None


def _modifier(t: Tok) -> bool:
    """An adjective or a participle written in lower case (not a name's first word)."""
    if not t.text.islower():
        return False
    return t.pos == "ADJ" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Part")


def outlet_noun(ctx: Context, toks: list[Tok]) -> int | None:
    """`согласно` + a noun of a body or outlet in the dative (quote_org_roles.txt, after up to
    two agreeing adjectives) with its name or owner after it (Согласно агентству Reuters,
    Согласно британской газете «Гардиан», Согласно министерству обороны): the noun's index;
    a plural of those or of an unnamed source alone before the comma (Согласно СМИ, C;
    согласно источникам, C). A singular noun alone (согласно компании) or a law or
    document is no source phrase."""
    j = 0
    while j < min(MODIFIERS, len(toks) - 2) and _modifier(toks[j]):
        j += 1
    noun, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or noun.pos != "NOUN" or noun.feats.get("Case") != "Dat":
        return None
    head = hyphen_head(noun)
    plural = noun.feats.get("Number") == "Plur" and head in ctx.lex.anonymous
    if head not in ctx.lex.org_roles and not plural:
        return None
    if any(t.feats.get("Case") != "Dat" for t in toks[:j]):
        return None
    m = ctx.mention_at(nxt)
    named = nxt.text in OPENING or nxt.pos in ("PROPN", "X") or (m is not None and m.type == "ORG")
    owner = nxt.pos == "NOUN" and nxt.feats.get("Case") == "Gen"
    alone = nxt.text == "," and noun.feats.get("Number") == "Plur"
    return noun.i if named or owner or alone else None


def venue_source(ctx: Context, rest: list[Tok]) -> Tok | None:
    """The source after `в`/`на` that follows the noun (``rest``: the words after it):
    по сообщениям в прессе -> прессе, согласно сообщениям на сайте X -> сайте, на «Reddit»."""
    if len(rest) < 2 or rest[0].low not in ("в", "во", "на"):
        return None
    t = rest[1]
    if t.text in OPENING and len(rest) > 2:
        t = rest[2]
    m = ctx.mention_at(t)
    if (m is not None and m.type == "ORG") or t.pos == "X":
        return t
    lemma = hyphen_head(t)
    return t if lemma in ctx.lex.venues or lemma in ctx.lex.titles else None


def hyphen_head(t: Tok) -> str:
    """The lemma of a hyphenated noun's head (интернет-издание -> издание)."""
    return t.lemma.rsplit("-", 1)[-1] if t.pos == "NOUN" else t.lemma


def source_attribute_end(ctx: Context, i: int, stop: int) -> int | None:
    """After the comma that closes a participial or relative phrase on the source, when the
    comma at ``i`` opens one (Согласно отчёту X, посвящённому торговле, C): the content
    starts there."""
    nxt = ctx.next_tok(i)
    if nxt is None or not (
        _oblique_participle(ctx, nxt) or nxt.lemma == "который" or _oblique_adjective(ctx, nxt)
    ):
        return None
    return next((t.stop for t in ctx.tokens_in(nxt.stop, stop) if t.text == ","), None)


def _oblique_adjective(ctx: Context, t: Tok) -> bool:
    """An adjective in the genitive or dative with its own preposition after it, describing
    the source (источника, знакомого с ситуацией; близкого к Кремлю)."""
    after = ctx.next_tok(t.i)
    if t.pos != "ADJ" or after is None or after.pos != "ADP":
        return False
    return any(
        p.tag.POS == "ADJF" and p.tag.case in ("datv", "gent") for p in ctx.morph.parse(t.low)
    )


def _oblique_participle(ctx: Context, t: Tok) -> bool:
    """A full participle in the dative or genitive, as a source phrase's words are (also one
    the tagger reads as an adjective: посвящённому); a nominative one (аккредитованный,
    данное) opens the content's own subject."""
    if t.pos not in ("VERB", "ADJ"):
        return False
    return any(
        p.tag.POS == "PRTF" and p.tag.case in ("datv", "gent") for p in ctx.morph.parse(t.low)
    )


# an outlet cited by its site's address in lower case (baltinfo.ru, newsru.com)
DOMAIN = re.compile(r"[ \u00a0]+([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b")


def domain_after(ctx: Context, cue: Tok) -> Speaker | None:
    """The outlet right after a postposed cue, written as its address (C, сообщает
    baltinfo.ru), which the entity pass does not take for a name."""
    if cue.lemma in ctx.lex.quoting_cues:
        return None  # цитирует infox.ru директора X: the one quoted speaks
    found = DOMAIN.match(ctx.text, cue.stop)
    return Speaker(found.group(1), found.start(1), found.end(1)) if found else None


AGENT_PREPS = ("от", "у")  # полученной от X, имеющейся у X: the giver or the holder
ROLE_WORDS = 8  # words at most between a role and the name in apposition to it
OBLIQUE = ("Dat", "Gen", "Loc")  # the dative of `по`/`согласно`; the tagger reads -ой/-ии so too


def participle_agent(ctx: Context, noun: Tok, toks: list[Tok]) -> Tok | None:
    """The agent of a participial phrase set off after a bare source ``noun`` (По информации,
    сообщённой официальным представителем X, C; по данным, полученным от полиции, C; в
    соответствии с заявлением, сделанным X, C; the comma may be missing):
    ``toks`` start after the comma; the first person, body or role in the instrumental, or
    after `от`/`у`, or the outlet after `в`/`на` (опубликованной в «КП»), before the
    phrase's closing comma. None when no participle in an oblique case opens it (По разным
    оценкам, контролируемая ИГИЛ территория: the content's subject) or no one is named (по
    данным, опубликованным в докладе)."""
    words_ = [t for t in toks if t.pos != "ADV"]
    if not words_ or words_[0].feats.get("VerbForm") != "Part" or not words_[0].text.islower():
        return None
    case, own = words_[0].feats.get("Case"), noun.feats.get("Case")
    if not (case in OBLIQUE and own in OBLIQUE or own == "Ins" and _instrumental(ctx, words_[0])):
        return None  # в соответствии с заявлением, сделанным X: instrumental, agreeing
    for n, t in enumerate(toks[:10]):
        if t.text == "," or t.text in ".!?;:":
            return None
        if t.low in AGENT_PREPS and n + 1 < len(toks):
            after = toks[n + 1]
            return after if after.feats.get("Case") == "Gen" and _agent(ctx, after) else None
        if t.low in ("в", "во", "на") and (outlet := _outlet_in(ctx, toks[n + 1 : n + 3])):
            return outlet  # опубликованной в «КП», в газете «Коммерсант»: where it was published
        if t.feats.get("Case") == "Ins" and t.pos in ("NOUN", "PROPN") and _agent(ctx, t):
            return _named(ctx, toks[n + 1 : n + 1 + ROLE_WORDS]) or t
    return None


def _instrumental(ctx: Context, t: Tok) -> bool:
    """A form that can be instrumental, whatever the tagger chose (сделанным: also a dative
    plural)."""
    return t.feats.get("Case") == "Ins" or any("ablt" in p.tag for p in ctx.morph.parse(t.low))


def _named(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A person named in apposition after a role (представителем совета Иваном Петровым)."""
    for t in toks:
        if t.text == ",":
            return None
        m = ctx.mention_at(t)
        if m is not None and m.type == "PER":
            return t
    return None


def _outlet_in(ctx: Context, toks: list[Tok]) -> Tok | None:
    """An outlet after `в`/`на`: an organisation named (in quotation marks or not) or a
    title noun (газете, издании) with its name after it."""
    words_ = [t for t in toks if t.text not in OPENING]
    if not words_:
        return None
    t = words_[0]
    m = ctx.mention_at(t)
    if m is not None and m.type == "ORG":
        return t
    if t.lemma in ctx.lex.titles and len(toks) > 1 and toks[1].text in OPENING:
        return t
    return None


def _agent(ctx: Context, t: Tok) -> bool:
    """A word that can name who gives information: a mention, an animate noun, a role or
    body word."""
    lex = ctx.lex
    return (
        ctx.mention_at(t) is not None
        or t.feats.get("Animacy") == "Anim"
        or any(hyphen_head(t) in group for group in (lex.roles, lex.org_roles, lex.anonymous))
    )
