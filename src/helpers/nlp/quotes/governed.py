"""A speech verb in the infinitive with its `что` clause, governed by a finite verb (round
6): `Министр поспешил заявить, что C` (the governing verb's subject speaks), `Рост позволил
аналитикам заявлять о том, что C` (a dative before the infinitive speaks). Not a refusal or a
request (отказался комментировать, попросил сообщить: quote_refusals.txt), not a negated
verb, not a modal that names no one (можно сказать, что)."""

from __future__ import annotations

from .cues import that_after
from .lexicons import MODALS, REFUSALS
from .records import Context, Quote, Speaker, Tok, negated, skip_space
from .roles import nominative, role_phrase
from .spans import content_end
from .subjects import speaker_of

RULE = "indirect:governed_cue"


def governed_quote(ctx: Context, a: Tok, stop: int) -> Quote | None:
    """The report of the infinitive speech verb ``a`` governed by the finite verb before it."""
    if a.feats.get("VerbForm") != "Inf" or not ctx.is_cue(a) or a.i < 2 or negated(ctx, a):
        return None
    that = that_after(ctx, a.i)
    if that is None:
        return None
    k = a.i - 1
    dative = None
    if ctx.toks[k].pos in ("NOUN", "PROPN") and ctx.toks[k].feats.get("Case") == "Dat":
        dative, k = k, k - 1  # позволил аналитикам заявлять
    governor = ctx.toks[k]
    if governor.pos != "VERB" or governor.feats.get("VerbForm") != "Fin":
        return None
    if governor.lemma in REFUSALS or governor.low in MODALS or negated(ctx, governor):
        return None
    if dative is not None:
        phrase = role_phrase(ctx, dative)
        speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    else:
        speaker = speaker_of(ctx, governor.i)
    if speaker.name is None:
        return None
    begin = skip_space(ctx.text, ctx.toks[that].stop)
    end = content_end(ctx, begin, stop)
    if end <= begin:
        return None
    return Quote(begin, end, "indirect", speaker, ctx.text[governor.start : a.stop], RULE)
