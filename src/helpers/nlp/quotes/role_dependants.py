"""Words that go on a role phrase (round 8) besides plain genitives: a genitive
participle or numeral before its noun (дети убитой журналистки, лидеры двух стран), the
field of a person noun after `по` (специалисты по ядерной безопасности), a list of
genitives with commas (представители США, Канады и Великобритании) and the number of a
part of a document (статья 49 кодекса).
"""

from __future__ import annotations

from .lexicons import TIME_NOUNS
from .records import Context, Tok

FIELD_WORDS = 4  # words at most in the `по` phrase naming a person's field


def dependant_words(ctx: Context, out: list[Tok], t: Tok) -> list[Tok]:
    """The words at ``t`` that go on the role phrase ``out`` (its head first), or none."""
    nxt = ctx.next_tok(t.i)
    if nxt is None:
        return []
    last = out[-1]
    oblique_noun = nxt.pos == "NOUN" and nxt.feats.get("Case") == "Gen"
    if t.feats.get("Case") == "Gen" and oblique_noun:
        participle = t.pos == "VERB" and t.feats.get("VerbForm") == "Part"
        if participle or t.pos == "NUM":  # убитой журналистки, двух стран
            return [t]
    if _participle(t) and nxt.pos == "ADP":
        inner = participle_pp(ctx, t, nxt)
        if inner:  # родственников расстрелянных под Катынью военнопленных
            return [t, *inner]
    if t.text.isdigit() and last is out[0] and last.lemma in ctx.lex.documents and oblique_noun:
        return [t]  # статья 49 кодекса: the part's number, then the document
    if t.text == "," and len(out) > 1 and _listed(ctx, last, nxt):
        return [t]  # представители США, Канады и Великобритании
    listed = any(u.text == "," for u in out)
    if t.low == "и" and listed and _listed(ctx, last, nxt, closing=True):
        return [t]
    if t.low == "по" and last is out[0] and _person(ctx, last):
        return _field(ctx, t)
    return []


PP_WORDS = 4  # words at most in a prepositional phrase inside a participle before its noun


def _participle(t: Tok) -> bool:
    return t.feats.get("Case") == "Gen" and t.pos == "VERB" and t.feats.get("VerbForm") == "Part"


def participle_pp(ctx: Context, part: Tok, prep: Tok) -> list[Tok]:
    """A genitive participle, a prepositional phrase it governs and then the genitive noun it
    agrees with (расстрелянных под Катынью военнопленных): the phrase up to that noun (the
    noun itself goes on as any genitive); none when no agreeing noun closes it."""
    words = [prep]
    for u in ctx.toks[prep.i + 1 : prep.i + 2 + PP_WORDS]:
        agrees = u.feats.get("Number") == part.feats.get("Number")
        if u.pos == "NOUN" and u.feats.get("Case") == "Gen" and agrees and len(words) > 1:
            return words
        if u.pos not in ("NOUN", "PROPN", "ADJ", "DET", "X") or ctx.in_quote(u.start):
            return []
        words.append(u)
    return []


def _person(ctx: Context, tok: Tok) -> bool:
    return tok.pos == "NOUN" and (tok.feats.get("Animacy") == "Anim" or tok.lemma in ctx.lex.roles)


def _listed(ctx: Context, last: Tok, nxt: Tok, closing: bool = False) -> bool:
    """A comma between two genitive names or nouns of one list (США, Канады и ...): the
    list goes on to an `и` before the next word that ends it (``closing``: that `и`)."""
    if last.feats.get("Case") != "Gen" or nxt.feats.get("Case") != "Gen":
        return False
    if last.pos not in ("PROPN", "NOUN") or nxt.pos not in ("PROPN", "NOUN"):
        return False
    if closing:
        return True
    for u in ctx.toks[nxt.i + 1 : nxt.i + 8]:
        if u.low == "и":
            return True
        if u.text != "," and (u.pos not in ("PROPN", "NOUN") or u.feats.get("Case") != "Gen"):
            return False
    return False


def _field(ctx: Context, by: Tok) -> list[Tok]:
    """`по` + a dative noun phrase after a person noun (специалисты по ядерной безопасности,
    комиссар по правам человека): the field; not a source phrase (по данным, по словам) or a
    time (по субботам)."""
    words = []
    for u in ctx.toks[by.i + 1 : by.i + 1 + FIELD_WORDS]:
        if u.feats.get("Case") != "Dat" or u.pos not in ("ADJ", "NOUN"):
            break
        words.append(u)
        if u.pos == "NOUN":  # по правам человека: its genitive goes on as in any phrase
            return [] if u.low in ctx.lex.sources or u.lemma in TIME_NOUNS else [by, *words]
    return []
