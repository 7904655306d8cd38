"""Organisations as speakers (round 9): an organisation's gender is its head noun's
(Посольство РФ подтвердило: neuter, not the feminine of РФ; МИД Италии подтвердил:
masculine), so that it agrees with its verb like any subject; a body named by where it is
stationed keeps the place (посольство РФ в Сирии); a name of several words ends a
subject when its first word is nominative (МИД Италии подтвердил). ``organisation_names``
runs once per article after ``Context`` is built."""

from __future__ import annotations

import re

from pymorphy3.analyzer import Parse

from ...io.text import fold_text
from .lexicons import ANAPHORIC_ORGS, ORG_NOUNS, STATIONED
from .owners import last_org_named
from .records import OPENING, Context, Mention, Quote, Speaker, Tok
from .roles import nominative, role_phrase


def organisation_names(ctx: Context) -> None:
    """Split names joined, genders from head nouns, stationed bodies over their place."""
    joined_organisations(ctx)
    organisation_genders(ctx)
    for m in ctx.mentions + ctx.places:
        if m.type in ("ORG", "LOC"):
            own_word_name(ctx, m)
            site_name(ctx, m)
    for m in ctx.mentions:
        if m.type == "ORG":
            stationed_place(ctx, m)
            body_dependants(ctx, m)


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
    return bool(toks) and all(_in_name(ctx, t) for t in toks)


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
        case = {"Loc": ("loct", "datv"), "Nom": ("nomn",)}.get(t.feats.get("Case", ""), ())
        parses = [p for p in ctx.morph.parse(t.text) if any(c in p.tag for c in case)]
        form = Parse.inflect(parses[0], {"gent"}) if parses else None
        if form is None:
            return None
        word = form.word
        out.append(word[:1].upper() + word[1:] if t.pos == "PROPN" else word)
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
    a collective source noun right before its indefinite plural verb at ``verb``; or a
    relative clause `X, в пресс-службе которого сообщили` (the body of X)."""
    if (found := relative_body(ctx, toks, verb)) is not None:
        return found
    if len(toks) < 3 or toks[0].low not in ("в", "во"):
        return None
    head = next((t for t in toks[1:4] if t.pos == "NOUN"), None)
    if head is None or any(t.pos != "ADJ" for t in toks[1 : head.i - toks[0].i]):
        return None
    return body_source(ctx, head.i, verb)


def _in_name(ctx: Context, t: Tok) -> bool:
    if _abbreviation(ctx, t):
        return True  # ГУ МВД России по г. Москве
    if t.low == "по" and (nxt := ctx.next_tok(t.i)) is not None:  # a territorial body's area
        place = next((p for p in ctx.places if p.start <= nxt.start < p.stop), None)
        if _abbreviation(ctx, nxt) or place is not None:
            return True
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


NEAR_AUTHOR = 600  # characters at most between an organisation's last quote and its document


def author_before(ctx: Context, doc: Tok) -> Speaker | None:
    """`ЦТАК сообщило, что ... В сообщении говорится, что ...`: a document with no author
    named speaks for the organisation quoted last before it, nearby; none when the last
    source was a person or no organisation (a note left on a grave speaks for itself)."""
    nxt = ctx.next_tok(doc.i)
    if nxt is not None and nxt.text == ",":
        return None  # X распространил заявление, в котором говорится: X's, found elsewhere
    earlier = [
        (pos, s) for pos, s in ctx.spoken if pos < doc.start and s.name and s.start is not None
    ]
    if not earlier:
        return None
    pos, last = max(earlier, key=lambda e: e[0])
    if doc.start - pos > NEAR_AUTHOR:
        return None
    named = any(m.type == "ORG" and m.start == last.start for m in ctx.mentions)
    head = ctx.token_at(last.start)
    body = head is not None and ctx.toks[head].lemma in ctx.lex.org_roles
    person = any(m.type == "PER" and m.start == last.start for m in ctx.mentions)
    return Speaker(last.name, last.start, last.stop) if (named or body) and not person else None


def degree(t: Tok, nxt: Tok) -> bool:
    """An adverb of degree before an adjective (более поздний, наиболее полный): a part of the
    noun phrase the adjective opens."""
    return (
        t.pos == "ADV" and nxt.pos == "ADJ" and t.low in ("более", "менее", "наиболее", "наименее")
    )


def own_word_name(ctx: Context, m: Mention) -> None:
    """A one-word name the entity pass linked to a shorter name it merely starts with
    (Удмуртавтодоре -> Удмуртия): the word is a name of its own, its lemma capitalised."""
    toks = ctx.tokens_in(m.start, m.stop)
    if len(toks) != 1 or " " in m.name or toks[0].pos not in ("NOUN", "PROPN"):
        return
    lemma, name = toks[0].lemma, fold_text(m.name)
    stem = name[: max(4, len(name) - 2)]
    if len(lemma) > len(name) + 2 and lemma.startswith(stem) and not lemma.startswith(name):
        m.name = lemma[:1].upper() + lemma[1:]


SITE = re.compile(r"^[\w-]+\.(?:ру|ru|com|ua|рф|su|net|org|info|by|kz)$", re.IGNORECASE)


def site_name(ctx: Context, m: Mention) -> None:
    """A site's name (Вести.ру, Lenta.ru) is indeclinable in news Russian (по данным
    Лента.ру): it keeps its written form, not a lemma of its first part (Весть.ру)."""
    written = ctx.text[m.start : m.stop].strip("«»\"'“”„")
    if SITE.match(written):
        m.name = written


def quoted_names(ctx: Context, quotes: list[Quote]) -> None:
    """A speaker phrase of a generic noun and an organisation's name in quotation marks after
    it (`в компании «Россети Московский регион» пообещали`, `российская компания «Мегафон»`)
    is that organisation, by its name: the gold names a body so (the phrase is at most an
    alias there)."""
    for q in quotes:
        s = q.speaker
        if s.name is None or s.start is None or s.stop is None:
            continue
        toks = ctx.tokens_in(s.start, s.stop)
        mark = next((n for n, t in enumerate(toks) if t.text in OPENING), None)
        if not mark or mark + 1 >= len(toks) or toks[mark - 1].lemma not in ORG_NOUNS:
            continue
        if any(t.pos != "ADJ" and t.lemma not in ORG_NOUNS for t in toks[: mark - 1]):
            continue  # пресс-служба компании «X»: a part of the body speaks
        m = ctx.mention_at(toks[mark + 1])
        if m is not None and m.type == "ORG" and m.stop <= s.stop:
            q.speaker = Speaker(m.name, m.start, m.stop)


def full_body_names(ctx: Context, quotes: list[Quote]) -> None:
    """A speaker named by a bare collective noun (управление, комитет, правительство) that
    heads the name of an organisation the article named before (управление торгового
    представителя США ... согласно отчёту управления) is that organisation: its full name,
    the latest one before the quote with that head noun."""
    for q in quotes:
        name = q.speaker.name
        if not name or " " in name or not name.islower() or name not in ctx.lex.org_roles:
            continue
        found = None
        for m in ctx.mentions:
            if m.type == "ORG" and m.stop <= q.start and _headed_by(ctx, m, name):
                found = Speaker(m.name, m.start, m.stop)  # the latest before the quote
        for t in ctx.tokens_in(
            found.stop if found else 0, min(q.start, q.speaker.start or q.start)
        ):
            if t.lemma == name and t.text.islower() and not ctx.in_quote(t.start):
                phrase = role_phrase(ctx, t.i)
                if len(phrase) > 1 and phrase[0] is t and phrase[-1].pos in ("NOUN", "PROPN"):
                    found = Speaker(nominative(ctx, phrase), t.start, phrase[-1].stop)
        if found is None and name in ANAPHORIC_ORGS:
            found = _last_body_quoted(ctx, quotes, q)  # в документе организации поясняется
            at = ctx.token_at(q.speaker.start) if q.speaker.start is not None else None
            if found is None and at is not None:
                found = last_org_named(ctx, ctx.toks[at])  # none quoted: the one body named
        if found is not None:
            q.speaker = found


def _headed_by(ctx: Context, m: Mention, noun: str) -> bool:
    """The name of ``m`` is headed by the collective ``noun``: it opens the name (управление
    торгового представителя США) or follows the adjectives of a proper name (Европейское
    космическое агентство, Федеральная налоговая служба; not бостонская полиция)."""
    if fold_text(m.name).startswith(noun + " "):
        return True
    toks = ctx.tokens_in(m.start, m.stop)
    for n, t in enumerate(toks):
        if t.lemma == noun:
            return n > 0 and toks[0].text[0].isupper() and all(u.pos == "ADJ" for u in toks[:n])
    return False


def _last_body_quoted(ctx: Context, quotes: list[Quote], q: Quote) -> Speaker | None:
    """The speaker of the latest quote before ``q`` when that is an organisation: a name
    the entity pass took as one, or a collective noun with its dependants."""
    earlier = [e for e in quotes if e.start < q.start and e.speaker.name]
    if not earlier:
        return None
    last = max(earlier, key=lambda e: e.start).speaker
    if last.start is None:
        return None
    head = ctx.token_at(last.start)
    named = any(m.type == "ORG" and m.start == last.start for m in ctx.mentions)
    body = head is not None and ctx.toks[head].lemma in ctx.lex.org_roles and " " in last.name
    return last if named or body else None


RELATIVE_GENITIVES = ("которого", "которой", "которых")


def relative_body(ctx: Context, toks: list[Tok], verb: int) -> Speaker | None:
    """`президент России Владимир Путин, в пресс-службе которого сообщили`: the collective
    noun and, in the genitive, the role phrase of the person before the comma (пресс-служба
    президента России), or the organisation's name (пресс-служба компании Apple)."""
    j = verb - 1
    while j >= 0 and ctx.toks[j].pos in ("ADV", "PART"):
        j -= 1
    if j < 3 or ctx.toks[j].low not in RELATIVE_GENITIVES or not toks or toks[0].i > j - 3:
        return None
    head = ctx.toks[j - 1]
    if head.lemma not in ctx.lex.org_roles or head.pos != "NOUN":
        return None
    k = j - 2
    while k > 0 and ctx.toks[k].pos == "ADJ":
        k -= 1
    if ctx.toks[k].low not in ("в", "во") or ctx.toks[k - 1].text != ",":
        return None
    if k < 2:
        return None
    last = ctx.toks[k - 2]
    owner = ctx.mention_at(last)
    if owner is None:  # Губернатор, в пресс-службе которого: the role noun
        noun = last.pos == "NOUN" and (
            last.lemma in ctx.lex.roles or last.lemma in ctx.lex.org_roles
        )
        phrase = [last] if noun else []
    else:
        phrase = ctx.tokens_in(owner.start, owner.stop)
        before = ctx.toks[phrase[0].i - 1] if phrase[0].i > 0 else None
        if owner.type == "PER":
            phrase = _role_before(ctx, phrase[0].i)
        elif before is not None and before.pos == "NOUN" and before.text.islower():
            phrase = [before, *phrase]  # компания Apple
    genitive = _genitive_name(ctx, phrase) if phrase else None
    if genitive is None:
        return None
    body = ctx.toks[k + 1 : j]
    return Speaker(f"{nominative(ctx, body)} {genitive}", body[0].start, body[-1].stop)


def _role_before(ctx: Context, p: int) -> list[Tok]:
    """The role phrase right before a person's name at token ``p`` (президент России
    Владимир Путин -> президент России), its role word first; none without one."""
    k = p - 1
    while k >= 0 and p - k <= 5 and ctx.toks[k].pos in ("NOUN", "PROPN", "ADJ"):
        if ctx.toks[k].lemma in ctx.lex.roles and ctx.toks[k].pos == "NOUN":
            return ctx.toks[k:p]
        k -= 1
    return []


def _abbreviation(ctx: Context, t: Tok) -> bool:
    """A short lowercase abbreviation and its full stop inside a name (по г. Москве, на ул.
    Тверской), a capitalised word after it."""
    if t.text == "." and t.i > 0:
        t = ctx.toks[t.i - 1]
    nxt, after = ctx.next_tok(t.i), ctx.next_tok(t.i + 1)
    short = t.text.isalpha() and t.text.islower() and len(t.text) <= 3
    dotted = nxt is not None and nxt.text == "." and nxt.start == t.stop
    return short and dotted and after is not None and after.text[:1].isupper()


def organisation_start(ctx: Context, j: int) -> int:
    """The first token of the organisation's name token ``j`` is in (ГУ МВД России: ГУ),
    else ``j`` (a person's name keeps its own words)."""
    m = ctx.mention_at(ctx.toks[j])
    if m is None or m.type != "ORG":
        return j
    first = ctx.token_at(m.start)
    return first if first is not None and first <= j else j


def site_noun(ctx: Context, t: Tok) -> bool:
    """A site or page where a text is published (на сайте ЦБ РФ, в котором указано): a title
    noun that is also a setting of speech; its owner speaks through it."""
    return t.lemma in ctx.lex.titles and t.lemma in ctx.lex.settings


def body_dependants(ctx: Context, m: Mention) -> None:
    """An organisation the entity pass named by a collective noun alone (PR-служба,
    пресс-служба) takes the genitive words after it that say whose it is (PR-служба
    конференции), as written."""
    toks = ctx.tokens_in(m.start, m.stop)
    if len(toks) != 1 or toks[0].low.split("-")[-1] not in ctx.lex.org_roles:
        return
    last = toks[0]
    for t in ctx.toks[last.i + 1 : last.i + 4]:
        if t.pos not in ("NOUN", "ADJ") or t.feats.get("Case") != "Gen" or ctx.mention_at(t):
            break
        last = t
    if last.pos == "NOUN" and last is not toks[0]:
        m.name = m.name + ctx.text[m.stop : last.stop]
        m.stop = last.stop
