"""The author of a document that speaks through a relative clause: X опубликовал статью, в
которой говорится, что ... The document noun is the direct object of a verb of making a text
public (quote_publishing_verbs.txt); the verb's subject, named or dropped, wrote it (speakers.py
keeps it when a person: an organisation's справка speaks as the document)."""

from __future__ import annotations

from .lexicons import PUBLISHING
from .records import Context, Tok

REACH = 6  # words between the verb and its document noun (на своём личном сайте)


def publishing_verb(ctx: Context, k: int) -> int | None:
    """The verb whose object is the document named right before `в котором` and the
    impersonal verb at ``k`` (разместил на сайте текст, в котором говорилось): its index."""
    j = k - 1
    while j > 0 and ctx.toks[j].pos in ("ADV", "PART"):
        j -= 1  # в котором также говорилось
    if j < 2 or not ctx.toks[j].low.startswith("котор") or ctx.toks[j - 1].low not in ("в", "во"):
        return None
    d = j - 2 if ctx.toks[j - 2].text != "," else j - 3
    doc = _document_at(ctx, d)
    if doc is None:
        return None
    d = doc.i
    if doc.feats.get("Case") not in ("Acc", None):
        return None
    start, _ = ctx.sentence_of(doc.start)
    for t in reversed(ctx.toks[max(0, d - REACH) : d]):
        if t.start < start or t.text in (",", ";", ":", "—", "(", ")"):
            return None
        if t.pos == "VERB":
            form = t.feats.get("VerbForm")
            if t.lemma in PUBLISHING and form in ("Fin", "Conv"):
                return t.i
            return None
    return None


DEPENDANT_WORDS = 3  # words after the document noun before `, в котором` (сообщение для печати)


def _document_at(ctx: Context, d: int) -> Tok | None:
    """The document noun at token ``d``, or the one a short prepositional phrase ending at
    ``d`` depends on (распространил сообщение для печати, в котором говорится); not one with a
    genitive owner, its author (доклад экспертов банка, в котором)."""
    for j in range(d, max(d - DEPENDANT_WORDS - 1, -1), -1):
        t = ctx.toks[j]
        if t.pos == "NOUN" and t.lemma in ctx.lex.documents:
            return t if j == d or ctx.toks[j + 1].pos == "ADP" else None
        if t.pos not in ("NOUN", "PROPN", "ADJ", "ADP"):
            return None
    return None
