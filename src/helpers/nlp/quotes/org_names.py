"""Organisations as speakers (round 9): an organisation's gender is its head noun's
(Посольство РФ подтвердило: neuter, not the feminine of РФ; МИД Италии подтвердил:
masculine), so that it agrees with its verb like any subject; a body named by where it is
stationed keeps the place (посольство РФ в Сирии); a name of several words ends a
subject when its first word is nominative (МИД Италии подтвердил). ``organisation_names``
runs once per article after ``Context`` is built."""

from __future__ import annotations

from pymorphy3.analyzer import Parse

from .lexicons import _lines
from .records import Context, Mention, Speaker, Tok
from .roles import nominative

STATIONED = frozenset(_lines("quote_stationed_bodies.txt"))  # посольство, представительство


def organisation_names(ctx: Context) -> None:
    """Split names joined, genders from head nouns, stationed bodies over their place."""
    joined_organisations(ctx)
    organisation_genders(ctx)
    for m in ctx.mentions:
        if m.type == "ORG":
            stationed_place(ctx, m)


def stationed_place(ctx: Context, m: Mention) -> None:
    """`посольство РФ в Сирии`: an organisation headed by a stationed-body noun and followed
    by `в/во` + a place name takes the place into its span and name, as written."""
    toks = ctx.tokens_in(m.start, m.stop)
    if not toks or toks[0].lemma not in STATIONED or toks[-1].i + 2 >= len(ctx.toks):
        return
    prep, first = ctx.toks[toks[-1].i + 1], ctx.toks[toks[-1].i + 2]
    place = ctx.mention_at(first, places=True)
    if prep.low not in ("в", "во") or place is None or place.type != "LOC":
        return
    if place.start != first.start or first.feats.get("Case") not in ("Loc", None):
        return
    if any(other.start < place.stop and other.stop > place.start for other in ctx.mentions):
        return  # the place belongs to another organisation's name
    m.name = m.name + ctx.text[m.stop : place.stop]
    m.stop = place.stop


def ends_name(ctx: Context, j: int) -> bool:
    """Token ``j`` (right before a verb) ends a name in the nominative (or indeclinable), or
    the name of an organisation whose first word is nominative (МИД Италии подтвердил), or
    the place of a stationed body (Посольство РФ в Сирии подтвердило): a subject ends there."""
    t = ctx.toks[j]
    m = ctx.mention_at(t)
    if m is None:
        return False
    if t.feats.get("Case") in ("Nom", None):
        return True
    first = ctx.token_at(m.start) if m.type == "ORG" else None
    return first is not None and first < j and ctx.toks[first].feats.get("Case") in ("Nom", None)


def organisation_genders(ctx: Context) -> None:
    """The gender of each organisation mention is that of its first noun (the head of a
    Russian noun phrase comes before its genitive dependants: посольство РФ, МИД Италии),
    none when the head is neuter or plural, or when the name opens with no noun."""
    for m in ctx.mentions:
        if m.type != "ORG":
            continue
        toks = ctx.tokens_in(m.start, m.stop)
        head = next((t for t in toks if t.pos in ("NOUN", "PROPN")), None)
        if head is None or head.feats.get("Number") == "Plur":
            m.gender = None
        else:
            gender = head.feats.get("Gender")
            m.gender = gender if gender in ("Masc", "Fem") else None


def body_phrase(ctx: Context, h: int, stop: int) -> Speaker | None:
    """`(в) пресс-службе ГУ МВД России по Москве` up to token ``stop``: a collective source
    noun at ``h`` (пресс-служба, ведомство) and the words after it, which must all belong to
    its name (genitive words, names of organisations and places): the whole phrase in the
    nominative. `в пресс-службе в ГУ МВД России`: the second body is put in the genitive."""
    head = ctx.toks[h]
    if head.lemma not in ctx.lex.org_roles or head.pos != "NOUN" or stop <= h:
        return None
    words = [head]
    j = h - 1
    while (
        j >= 0
        and ctx.toks[j].pos == "ADJ"
        and ctx.toks[j].feats.get("Case") == head.feats.get("Case")
    ):
        words.insert(0, ctx.toks[j])  # в информационной службе
        j -= 1
    rest = ctx.toks[h + 1 : stop]
    if rest and rest[0].low in ("в", "во") and len(rest) > 1:
        body = ctx.mention_at(rest[1])
        if body is None or body.type != "ORG" or body.start != rest[1].start:
            return None
        owner = _genitive_name(ctx, ctx.tokens_in(body.start, rest[-1].stop))
        if owner is None or not _all_named(ctx, rest[1:]):
            return None
        return Speaker(f"{nominative(ctx, words)} {owner}", words[0].start, rest[-1].stop)
    if not rest or not _all_named(ctx, rest):
        return None
    phrase = words + rest
    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)


def _all_named(ctx: Context, toks: list[Tok]) -> bool:
    """Every word a genitive dependant or a part of an organisation's or place's name."""
    for t in toks:
        m = ctx.mention_at(t, places=True)
        if m is not None and m.type in ("ORG", "LOC"):
            continue
        if t.pos in ("NOUN", "PROPN", "ADJ") and t.feats.get("Case") == "Gen":
            continue
        return False
    return bool(toks)


def _genitive_name(ctx: Context, toks: list[Tok]) -> str | None:
    """A name written in the locative (в ГУ МВД России, в городском управлении полиции) put
    in the genitive: the words up to its head noun inflected, the rest as written; an
    abbreviation stays as it is."""
    head = next((k for k, t in enumerate(toks) if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    out = []
    for t in toks[: head + 1]:
        if t.text.isupper() or t.feats.get("Case") == "Gen":
            out.append(t.text)
            continue
        parses = [p for p in ctx.morph.parse(t.text) if "loct" in p.tag or "datv" in p.tag]
        form = Parse.inflect(parses[0], {"gent"}) if parses else None
        if form is None:
            return None
        word = form.word
        out.append(word[:1].upper() + word[1:] if t.text[:1].isupper() else word)
    tail = ctx.text[toks[head].stop : toks[-1].stop] if head + 1 < len(toks) else ""
    return " ".join(out) + tail


def body_source(ctx: Context, h: int, verb: int | None = None) -> Speaker | None:
    """The body named by `в` + a collective source noun at token ``h`` (сообщили в
    пресс-службе ГУ МВД России по Москве), its phrase ending at the first word that is no
    part of a name; before a verb at ``verb`` (В пресс-службе ГУ МВД уточнили) the phrase
    must reach it (adverbs between them skipped)."""
    stop = h + 1
    while stop < min(len(ctx.toks), h + 12) and _in_name(ctx, ctx.toks[stop]):
        stop += 1
    if verb is not None:
        j = verb
        while j > stop and ctx.toks[j - 1].pos in ("ADV", "PART"):
            j -= 1  # В пресс-службе ведомства также уточнили
        if j != stop:
            return None
    if stop == h + 1:
        return None  # a bare пресс-служба: the rules before knew it
    return body_phrase(ctx, h, stop)


def fronted_body(ctx: Context, toks: list[Tok], verb: int) -> Speaker | None:
    """`В пресс-службе ГУ МВД России по Москве уточнили`: a sentence that opens with `в` and
    a collective source noun right before its indefinite plural verb at ``verb``."""
    if len(toks) < 3 or toks[0].low not in ("в", "во"):
        return None
    head = next((t for t in toks[1:4] if t.pos == "NOUN"), None)
    if head is None or any(t.pos != "ADJ" for t in toks[1 : head.i - toks[0].i]):
        return None
    return body_source(ctx, head.i, verb)


def _in_name(ctx: Context, t: Tok) -> bool:
    m = ctx.mention_at(t, places=True)
    if t.low in ("в", "во") or (m is not None and m.type in ("ORG", "LOC")):
        return True
    return t.pos in ("NOUN", "PROPN", "ADJ") and t.feats.get("Case") == "Gen"


def oblique_body(t: Tok, ctx: Context) -> bool:
    """A collective source noun in an oblique case (в пресс-службе): a name right after it is
    its genitive dependant, not a subject."""
    return t.lemma in ctx.lex.org_roles and t.feats.get("Case") not in (None, "Nom", "Gen")


def joined_organisations(ctx: Context) -> None:
    """An organisation mention split in two by the entity pass (ГУ | МВД России по Москве)
    whose first part already bears the whole name is one mention over both parts."""
    out: list[Mention] = []
    for m in ctx.mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == m.type == "ORG"
            and ctx.text[prev.stop : m.start] == " "
            and prev.name.endswith(" " + m.name)
        ):
            prev.stop = m.stop
            continue
        out.append(m)
    ctx.mentions = out
