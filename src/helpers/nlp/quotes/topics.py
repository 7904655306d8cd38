"""Where the `о` of reported content stands after a speech verb (round 6), when words come
between them: a time adverbial (сообщил в субботу о C, сообщил вчера о C) or, after a verb
of informing, the addressee (предупредил правительство о C). The frame `indirect:o_topic` (verbs.py) reads the content from there."""

from __future__ import annotations

from .lexicons import INFORMING, TIME_ADVERBS, TIME_NOUNS
from .records import Context, Tok

ADDRESSEE_WORDS = 5  # words of the addressee's phrase: правительство Белоруссии, все партнёры
TOPIC = ("о", "об")


def topic_after(ctx: Context, a: Tok, b: Tok) -> Tok:
    """The `о` of the speech verb ``a`` whose complement starts at ``b``, or ``b`` itself."""
    if b.low in TOPIC:
        return b
    j = None
    nxt = ctx.next_tok(b.i)
    if b.low in ("в", "во") and nxt is not None and nxt.lemma in TIME_NOUNS:
        j = nxt.i + 1  # сообщил в субботу об обнаружении
    elif b.lemma in TIME_ADVERBS:
        j = b.i + 1  # сообщил вчера о
    elif a.lemma in INFORMING and _addressee(b):
        j = _phrase_end(ctx, b.i)  # предупредил правительство Белоруссии о
    if j is None or j >= len(ctx.toks):
        return b
    return ctx.toks[j] if ctx.toks[j].low in TOPIC else b


def _addressee(t: Tok) -> bool:
    """An accusative object; an animate plural reads as genitive (предупредили жителей)."""
    case = t.feats.get("Case")
    return case == "Acc" or (case == "Gen" and t.feats.get("Animacy") == "Anim")


def _phrase_end(ctx: Context, i: int) -> int | None:
    """The token after the addressee's noun phrase that starts at ``i`` (nouns, names,
    adjectives, `и`), or None when it runs into a verb or punctuation first."""
    for j in range(i, min(i + ADDRESSEE_WORDS + 1, len(ctx.toks))):
        t = ctx.toks[j]
        if t.low in TOPIC:
            return j
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "CCONJ", "X"):
            return None
    return None
