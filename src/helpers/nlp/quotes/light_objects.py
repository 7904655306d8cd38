"""Content of a light verb's speech noun beyond its object (round 7): an instrumental noun
phrase after a noun of feeling (`выразил обеспокоенность ущемлением прав`, lemmas in
quote_feeling_nouns.txt), `в X` after a noun of belief (`высказал сомнения в правильности
решения`, quote_belief_nouns.txt) and `по поводу X` / `в связи с X` after any of them (`выразил
сожаление по поводу решения суда`). Hook of ``nouns.light_verb_quote``."""

from __future__ import annotations

from .lexicons import BELIEF_NOUNS, FEELING_NOUNS
from .records import Context, Tok

ABOUT = (("по", "поводу"), ("в", "связи", "с"))  # what a feeling or opinion is about


def feeling_content(ctx: Context, noun: Tok, nxt: Tok | None) -> int | None:
    """Where the content after ``noun`` begins (``nxt`` its next word), or None."""
    if nxt is None:
        return None
    for words_ in ABOUT:
        toks = ctx.toks[nxt.i : nxt.i + len(words_)]
        if tuple(t.low for t in toks) == words_ and nxt.i + len(words_) < len(ctx.toks):
            return ctx.toks[nxt.i + len(words_)].start
    if noun.lemma in BELIEF_NOUNS and nxt.low in ("в", "во") and nxt.i + 1 < len(ctx.toks):
        return ctx.toks[nxt.i + 1].start  # высказал сомнения в правильности решения
    if noun.lemma not in FEELING_NOUNS or nxt.pos not in ("NOUN", "ADJ", "DET"):
        return None
    if nxt.feats.get("Case") != "Ins" or ctx.mention_at(nxt) is not None:
        return None
    return nxt.start
