"""Reasons and judgements given in words (round 7): `X объяснил своё решение болезнью`,
`X мотивировал отказ нехваткой средств` (quote_reason_cues.txt: the instrumental phrase after
the object is the stated reason), `X расценил решение как ошибку` (quote_regard_cues.txt: the
object and what it is judged to be). The verb's subject speaks. Hook at the end of
``verbs.rule_that``'s chain: tried when no frame of the verb found content."""

from __future__ import annotations

from .lexicons import REASON_CUES, REGARD_CUES
from .records import Context, Quote, Tok, negated
from .spans import content_end, phrase_end
from .subjects import speaker_of

OBJECT_WORDS = 4  # words of the object phrase at most (своё неожиданное решение)


def reason_quote(ctx: Context, a: Tok, stop: int) -> Quote | None:
    if a.lemma not in REASON_CUES and a.lemma not in REGARD_CUES:
        return None
    if a.feats.get("VerbForm") not in ("Fin", "Conv") or negated(ctx, a):
        return None
    obj = _object_after(ctx, a) or (_object_before(ctx, a) if a.lemma in REASON_CUES else [])
    if not obj:
        return None
    after = ctx.next_tok(obj[-1].i if obj[-1].i > a.i else a.i)
    for _ in range(OBJECT_WORDS):  # объяснил рост цен санкциями: over the object's genitive
        if after is None or after.feats.get("Case") != "Gen" or after.pos == "ADP":
            break
        after = ctx.next_tok(after.i)
    if after is None:
        return None
    if a.lemma in REGARD_CUES:
        if after.low != "как":
            return None
        begin, rule = obj[0].start, "indirect:regarded_as"
    else:
        if after.feats.get("Case") != "Ins" or after.pos not in ("NOUN", "ADJ", "DET"):
            return None
        if ctx.mention_at(after) is not None or after.low == "тем":
            return None  # тем, что C: the chto frame's
        begin, rule = after.start, "indirect:reason"
    end = phrase_end(ctx, begin, content_end(ctx, begin, stop))
    speaker = speaker_of(ctx, a.i)
    if end <= begin or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, a.text, rule)


def _object_after(ctx: Context, a: Tok) -> list[Tok]:
    """The accusative object phrase right after the verb, up to its head noun (also `это`:
    объяснив это заботой о C)."""
    out: list[Tok] = []
    for t in ctx.toks[a.i + 1 : a.i + 1 + OBJECT_WORDS]:
        if t.pos in ("DET", "ADJ") and t.feats.get("Case") == "Acc":
            out.append(t)
            continue
        pointing = not out and t.low == "это" and a.lemma in REASON_CUES
        if t.pos == "NOUN" and t.feats.get("Case") == "Acc" or pointing:
            return [*out, t]
        return []
    return []


def _object_before(ctx: Context, a: Tok) -> list[Tok]:
    """An accusative object fronted before the verb in its clause, the subject between them
    (Своё решение он объяснил болезнью; Свою просьбу она мотивировала C): its head noun."""
    for t in reversed(ctx.toks[max(0, a.i - OBJECT_WORDS - 2) : a.i]):
        if t.pos == "PUNCT":
            return []
        if t.pos == "NOUN" and t.feats.get("Case") == "Acc":
            return [t]
    return []
