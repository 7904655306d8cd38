"""Where noun-phrase content ends before a clause of its own (round 7): `X пожаловался на
боли в спине, и прибывший врач настоял на C` (and + a new subject + its verb), `X заявил о
своей невиновности в понедельник во время слушаний` (the day of the speech act). Hooks of
``spans.phrase_end``."""

from __future__ import annotations

from .lexicons import DAYS
from .records import Tok

JOINING = ("и", "а", "но")  # a conjunction before a new subject
SUBJECT_POS = frozenset(("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM", "VERB"))  # VERB: participles


def before_new_subject(toks: list[Tok], n: int, end: int) -> int:
    """``end`` (the start of the finite verb ``toks[n]``), or the start of `и` + a subject in
    the nominative that agrees with the verb in number: `на боли и прибывшая скорая
    настояла` ends before `и`."""
    verb = toks[n]
    k = n - 1
    subject: list[Tok] = []
    while k > 0 and toks[k].pos in SUBJECT_POS and toks[k].low not in JOINING:
        subject.append(toks[k])
        k -= 1
    if k <= 0 or toks[k].low not in JOINING or not subject or len(subject) > 4:
        return end
    if not all(t.feats.get("Case") == "Nom" for t in subject if t.pos != "VERB"):
        return end
    if any(t.pos == "VERB" and t.feats.get("VerbForm") != "Part" for t in subject):
        return end
    heads = [t for t in subject if t.pos in ("NOUN", "PROPN", "PRON", "ADJ")]
    number = verb.feats.get("Number")
    if not heads or (number and heads[0].feats.get("Number") not in (None, number)):
        return end
    return toks[k].start


def day_after(prev: Tok, t: Tok, nxt: Tok | None) -> bool:
    """`в понедельник`, `во вторник`: the day of the speech act after its content (not the
    day of a participle's event: `против состоявшегося в пятницу визита`)."""
    if prev.feats.get("VerbForm") == "Part":
        return False
    return t.low in ("в", "во") and nxt is not None and nxt.low in DAYS
