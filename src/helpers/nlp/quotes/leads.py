"""Words before a sentence-opening source phrase (round 7): a connective (При этом,
Однако, Кроме того) stays out of the content; other words belong to the reported clause
(Всего, по данным X, задержаны 30 человек; В настоящий момент по данным X известно о ...;
Их первой жертвой, по словам X, становится реформа)."""

from __future__ import annotations

from .lexicons import CONNECTIVES
from .records import Tok


def clause_lead(before: list[Tok]) -> bool:
    """``before`` (the tokens before `по словам`) is part of the clause the phrase reports:
    no connective, no verb, no `что`/`как` of a clause of its own, no dash, colon or list
    mark (2060 год — согласно расчётам X, C: a label)."""
    if any(t.pos in ("PUNCT", "SYM") and t.text != "," for t in before):
        return False
    lead = [t for t in before if t.pos != "PUNCT"]
    if not lead or lead[0].low in CONNECTIVES:
        return False
    if " ".join(t.low for t in lead) in CONNECTIVES:
        return False
    return not any(
        t.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or t.low in ("как", "что") for t in lead
    )
