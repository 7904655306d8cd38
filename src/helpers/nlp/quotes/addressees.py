"""Where a report goes, not what it says: the addressee of ``сообщить о C`` after or before
its topic phrase (``сообщил о нём властям``, ``О пропаже в полицию утром сообщили X``) ends
that phrase: a report to an authority names the authority beside its content, as
``рассказал о C журналистам`` names the listeners.

An addressee is an institution that receives reports (``quote_org_roles``: полиция,
прокуратура, власти ...) in the dative (властям) or after `в` in the accusative (в полицию,
в прокуратуру); a time adverb of the act (утром, накануне) ends the phrase too.
"""

from __future__ import annotations

from .lexicons import TIME_ADVERBS
from .records import Context

TO = ("в", "во")
LOOKAHEAD = 3  # words after `в` up to the institution noun (в районную полицию)


def ends_topic(ctx: Context, j: int) -> bool:
    """Token ``j`` opens an addressee or the time of the speech act after a topic phrase."""
    t = ctx.toks[j]
    if t.low in TIME_ADVERBS:
        return True
    if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Dat":
        if j and ctx.toks[j - 1].pos == "ADP":
            return False  # требования к банкам: the preposition's object, no addressee
        return t.lemma in ctx.lex.org_roles  # властям, прокуратуре
    if t.low not in TO:
        return False
    for u in ctx.toks[j + 1 : j + 1 + LOOKAHEAD]:
        if u.pos in ("NOUN", "PROPN"):
            return u.feats.get("Case") == "Acc" and u.lemma in ctx.lex.org_roles
    return False
