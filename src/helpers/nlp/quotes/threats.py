"""Threats stated (round 25): `Профсоюз пригрозил забастовкой`, `ЕС пригрозил Москве новыми
санкциями`, `угрожают терактами на Западе`. A verb of threatening (quote_threat_verbs.txt) with
what is threatened in the instrumental, after an addressee in the dative: a position the speaker
states, as `пригрозил провести забастовку` (indirect:infinitive) is; not a weapon held
(`угрожал продавцу ножом`, quote_weapons.txt)."""

from __future__ import annotations

from .lexicons import THREAT_VERBS, WEAPONS
from .records import Context, Tok

REACH = 5  # words between the verb and what it threatens (the addressee and its dependants)


def threatened(ctx: Context, verb: Tok, stop: int) -> int | None:
    """The start of the instrumental phrase the verb of threatening at ``verb`` governs
    (its adjectives first: новыми санкциями), before ``stop``; none for a weapon."""
    if verb.lemma not in THREAT_VERBS:
        return None
    begin = None
    for t in ctx.toks[verb.i + 1 : verb.i + 1 + REACH]:
        if t.start >= stop or t.pos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
            return None
        case = t.feats.get("Case")
        if t.pos in ("ADJ", "DET") and case == "Ins":
            begin = t.start if begin is None else begin
            continue
        if t.pos == "NOUN" and case == "Ins":
            return None if t.lemma in WEAPONS else (t.start if begin is None else begin)
        begin = None
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "PRON") or case not in ("Dat", "Gen"):
            return None  # only the addressee (Москве, властям региона) comes between
    return None
