"""The grammar of a subject phrase (round 8): a role's dependants up to the name in
apposition (a list of genitives, a title before the name), and names that are no subject
because they end a prepositional phrase or name the common noun before them.
"""

from __future__ import annotations

from .records import OPENING, Context, Tok

APPOSED_WORDS = 14  # words at most between a role noun and the name in apposition to it


def listed_dependant(ctx: Context, comma: Tok) -> bool:
    """A comma inside a list of dependants of a role (комитета по вопросам семьи, женщин и
    детей): the words on both sides are nouns in the same oblique case."""
    if comma.i < 1 or comma.i + 1 >= len(ctx.toks):
        return False
    before, after = ctx.toks[comma.i - 1], ctx.toks[comma.i + 1]
    case = before.feats.get("Case")
    return (
        before.pos == "NOUN"
        and after.pos in ("NOUN", "ADJ")
        and case not in (None, "Nom")
        and after.feats.get("Case") == case
        and ctx.mention_at(after) is None
    )


def titled_name(ctx: Context, t: Tok, cases: tuple) -> bool:
    """A person noun right before a person's name in the same case (доктор Фредерик Мис,
    генерал Иван Петров): a title of that name inside a longer apposition."""
    if t.pos != "NOUN" or t.feats.get("Animacy") != "Anim" or t.feats.get("Case") not in cases:
        return False
    nxt = ctx.next_tok(t.i)
    m = ctx.mention_at(nxt) if nxt is not None else None
    return m is not None and m.type == "PER" and m.start == nxt.start


PP_CHAIN = 6  # words at most between a preposition and a name at the end of its phrase


def inside_pp(ctx: Context, p: int) -> bool:
    """The name opening at token ``p``, not in the nominative, ends a prepositional phrase
    (на страницах американского издания The New York Times): oblique words lead back to a
    preposition, so it is no subject."""
    if ctx.toks[p].feats.get("Case") == "Nom" or ctx.mention_at(ctx.toks[p]) is None:
        return False
    for t in reversed(ctx.toks[max(p - PP_CHAIN, 0) : p]):
        if t.pos == "ADP":
            return True
        if t.text in OPENING:
            continue
        if t.pos not in ("NOUN", "ADJ", "DET", "NUM") or t.feats.get("Case") in (None, "Nom"):
            return False
    return False


def named_noun(ctx: Context, j: int) -> bool:
    """A capitalised word the entity pass did not take, right after a common inanimate noun
    in an oblique case (бюро города Вустера, жители села Ивановка): the noun's own name."""
    t = ctx.toks[j]
    if t.pos != "PROPN" or ctx.mention_at(t) is not None or j < 1:
        return False
    prev = ctx.toks[j - 1]
    return (
        prev.pos == "NOUN"
        and prev.text.islower()
        and prev.feats.get("Animacy") == "Inan"
        and prev.feats.get("Case") not in (None, "Nom")
    )
