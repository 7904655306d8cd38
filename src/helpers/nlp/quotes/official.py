"""Official reports with no source named (round 8): `По официальной версии, C`, `По
официальным данным, C`: an official statement was made and its source is not given, so the
speaker is null, as for `Сообщается, что C`. `По предварительным данным` stays no quote (a
first estimate, not a statement; the guideline), and `По официальным данным МВД, C` is the
source phrase's (МВД speaks)."""

from __future__ import annotations

from .lexicons import CONNECTIVES
from .records import Context, Quote, Speaker, Tok, skip_space
from .spans import content_end

OFFICIAL = "официальный"
LEAD_WORDS = 3  # words of a connective before the phrase (Однако, При этом)


def rule_official(ctx: Context, toks: list[Tok], start: int, stop: int, prev) -> list | None:
    for n, t in enumerate(toks[: LEAD_WORDS + 1]):
        if t.low != "по" or n + 3 >= len(toks):
            continue
        adjective, noun, comma = toks[n + 1], toks[n + 2], toks[n + 3]
        if adjective.lemma != OFFICIAL or noun.low not in ctx.lex.sources or comma.text != ",":
            return None
        lead = " ".join(u.low for u in toks[:n] if u.pos != "PUNCT")
        if lead and lead not in CONNECTIVES:
            return None  # Ему, по официальным данным, 40 лет: inside a clause, left alone
        begin = skip_space(ctx.text, comma.stop)
        end = content_end(ctx, begin, stop)
        cue = f"{t.text} {adjective.text} {noun.text}"
        return [Quote(begin, end, "indirect", Speaker(None), cue, "indirect:official")]
    return None
