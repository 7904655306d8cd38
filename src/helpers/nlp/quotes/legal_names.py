"""Quoted names of laws: ``подпишет «закон Димы Яковлева»`` is a name (the guideline: titles
in quotation marks are not quotes), though it opens in lowercase and follows a verb: the
fragment opens with a singular noun of a law (закон, законопроект) and has no predicate of
its own (``«законы России обязательны для всех»`` is a statement). A bracketed reference to
an article after a quoted phrase (``«в особо крупном размере» (ч. 4 ст. 159)``) does not make
it a name: the gold keeps such phrases as direct.
"""

from __future__ import annotations

from .records import Context

LAW_WORDS = frozenset({"закон", "законопроект"})


def legal_name(ctx: Context, start: int, stop: int) -> bool:
    """The quoted ``text[start:stop]`` names a law."""
    inner = ctx.tokens_in(start, stop)
    if len(inner) < 2 or inner[0].lemma not in LAW_WORDS:
        return False
    if inner[0].feats.get("Number") != "Sing":
        return False
    return not any(
        (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin")
        or t.feats.get("Variant") == "Short"
        for t in inner
    )
