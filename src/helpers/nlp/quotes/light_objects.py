"""Content of a light verb's speech noun beyond its object (round 7): an instrumental noun
phrase after a noun of feeling (`выразил обеспокоенность ущемлением прав`, lemmas in
quote_feeling_nouns.txt), `в X` after a noun of belief (`высказал сомнения в правильности
решения`, quote_belief_nouns.txt) and `по поводу X` / `в связи с X` after any of them (`выразил
сожаление по поводу решения суда`). Hook of ``nouns.light_verb_quote``."""

from __future__ import annotations

from .lexicons import BELIEF_NOUNS, FEELING_NOUNS
from .records import OPENING, Context, Tok

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
    if noun.lemma == "надежда" and nxt.low == "на" and nxt.i + 1 < len(ctx.toks):
        return nxt.start  # выразил надежду на скорое восстановление: what is hoped for
    if noun.lemma not in FEELING_NOUNS or nxt.pos not in ("NOUN", "ADJ", "DET"):
        return None
    if nxt.feats.get("Case") != "Ins" or ctx.mention_at(nxt) is not None:
        return None
    return nxt.start


INNER_OBJECT_WORDS = 8  # words of an object written between the light verb and its noun
OBJECT_POS = ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "ADP")


def object_before_noun(ctx: Context, noun: Tok, j: int) -> tuple[Tok, Tok] | None:
    """`X подверг Y (резкой) критике`: the object written between the light verb and its
    noun in the dative (``ctx.toks[j]``: the last word before the noun's adjectives). ``(verb,
    first word of the object)``: an accusative noun phrase (its genitive dependents, `и`,
    quotation marks) with nothing else in it; None otherwise."""
    # критике: the tagger may read the dative as a locative, which needs a preposition
    if noun.feats.get("Case") not in ("Dat", "Loc") or j < 1 or ctx.toks[j].pos in ("ADP", "CCONJ"):
        return None
    for k in range(j, max(0, j - INNER_OBJECT_WORDS), -1):
        t = ctx.toks[k]
        if t.text in OPENING or t.text in "»”":
            continue
        if t.pos == "NOUN" and t.feats.get("Case") in ("Dat", "Loc"):
            if ctx.toks[k - 1].pos != "ADP":
                return None  # подвергла продукцию проверке и критике: a second noun of the verb
        if t.pos not in OBJECT_POS:
            verb, first = t, ctx.toks[k + 1]
            if (verb.lemma, noun.lemma) not in ctx.lex.light_cues or k == j:
                return None
            if first.text in OPENING and k + 2 <= j:
                first = ctx.toks[k + 2]
            # the tagger reads an inanimate accusative as Nom too (подверг закон критике)
            if first.feats.get("Case") not in ("Acc", "Nom") or first.pos in ("ADP", "CCONJ"):
                return None
            return verb, first
    return None
