"""A relative `что` (round 10): after a speech verb whose complement is already there, `, что`
followed by a verb of meaning or consequence with no subject of its own stands for the clause
before (`объявил о переименовании страны, что означает ...`, `заявили о выходе из коалиции,
что, как предполагается, позволит ...`): a comment on the fact, no reported content."""

from __future__ import annotations

from .lexicons import CONSEQUENCE_VERBS
from .records import Context, Tok

WINDOW = 6  # words after `что` where its verb stands (на языке свати означает)


def relative_that(ctx: Context, cue: Tok, that: int) -> bool:
    """Whether `что` at token ``that`` (after ``cue``) is a relative pronoun, the subject of a
    verb of ``CONSEQUENCE_VERBS``: the verb has an object or topic before the comma (not
    only `о том`), and no nominative stands between `что` and that verb."""
    toks = ctx.toks
    if toks[that].low != "что" or that < 1 or toks[that - 1].text != ",":
        return False
    regarding = that > 1 and toks[that - 2].low in ("том", "то")
    if regarding and that + 1 < len(toks) and toks[that + 1].lemma == "касаться":
        return True  # говорит о том, что касается X: `что касается` names a topic
    between = toks[cue.i + 1 : that - 1]
    if not any(t.pos in ("NOUN", "PROPN") for t in between):
        return False  # заявил, что ...; сообщил о том, что ...: a `что` clause
    j = that + 1
    if j < len(toks) and toks[j].text == ",":  # что, как предполагается, позволит
        close = next(
            (k for k in range(j + 1, min(j + WINDOW, len(toks))) if toks[k].text == ","), None
        )
        if close is None:
            return False
        j = close + 1
    for t in toks[j : j + WINDOW]:
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return t.lemma in CONSEQUENCE_VERBS and _third_singular(t)
        after_noun = toks[t.i - 1].pos in ("NOUN", "PROPN", "ADP")  # на языке свати
        if t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON") and not after_noun:
            return False  # что это означает: `это` is the subject, `что` a conjunction
        if t.text in (".", ";", ":", "!", "?"):
            return False
    return False


def _third_singular(t: Tok) -> bool:
    """A finite verb of the third person singular, or a neuter past (что стало)."""
    if t.feats.get("Number") != "Sing":
        return False
    return t.feats.get("Person") == "3" or t.feats.get("Gender") == "Neut"
