"""The author of a document that speaks through a relative clause: X опубликовал статью, в
которой говорится, что ... The document noun is the direct object of a verb of making a text
public (quote_publishing_verbs.txt); the verb's subject, named or dropped, wrote it (speakers.py
keeps it when a person: an organisation's справка speaks as the document)."""

from __future__ import annotations

from .lexicons import PUBLISHING
from .records import Context

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
    doc = ctx.toks[d] if d >= 0 else None
    if doc is None or doc.pos != "NOUN" or doc.lemma not in ctx.lex.documents:
        return None
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
