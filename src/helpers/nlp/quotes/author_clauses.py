"""A clause of the author's own after a comma in infinitive content: ``обещает провести
расследование, на месте катастрофы работает комиссия`` (a finite verb and a nominative noun,
no conjunction or relative word first) tells what happens, not what was promised or asked.
"""

from __future__ import annotations

from .records import Context


def described(ctx: Context, after: list) -> bool:
    """The words after a comma in infinitive content (``after``) open a clause of the
    author's own: a finite verb and a nominative noun, no conjunction or relative word first
    (обещает провести расследование, на месте работает комиссия). A relative clause stays
    (призвал отказать ему в убежище, которое он хочет получить: the gold keeps it)."""
    if not after:
        return False
    first = after[0]
    if first.pos in ("SCONJ", "CCONJ", "PRON", "DET", "ADV", "VERB", "AUX"):
        return False
    if first.feats.get("VerbForm") or first.lemma in RELATIVE:
        return False
    clause = []
    for u in after:
        if u.text in (",", ";", "—", "–", "-"):
            break
        clause.append(u)
    finite = [u for u in clause if u.pos in ("VERB", "AUX") and u.feats.get("VerbForm") == "Fin"]
    subject = [u for u in clause if u.pos in ("NOUN", "PROPN") and u.feats.get("Case") == "Nom"]
    return bool(finite) and bool(subject)


RELATIVE = frozenset({"который", "чей", "куда", "где", "откуда", "кто", "что", "когда"})
