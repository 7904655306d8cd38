"""Objects of a speech verb that report no words (round 9, qh9).

- a topic only: the head noun of the object or of the `о` phrase names what the talk was
  about, not what was said (рассказала о причинах своего решения, описал условия работы,
  подчеркнул позицию страны: quote_topic_nouns); the words, if any, follow elsewhere (a
  colon and a quotation). Not after a verb of naming, whose instrumental may be such a noun
  (назвал причиной аварии ошибку пилота).
- a status defended: a verb of confirming with a noun of a status held or won
  (подтвердили свои титулы, подтвердил звание чемпиона: quote_status_nouns).
- a child named: a verb of naming with a child's noun and a name (назвали дочь Алисой,
  назвали сына Матвей: quote_child_nouns) gives a name, not words.
"""

from __future__ import annotations

from .lexicons import CHILD_NOUNS, NAMING, STATUS_NOUNS, TOPIC_NOUNS
from .records import Context, Tok

CONFIRMING = frozenset({"подтвердить", "подтверждать"})
HEAD_WORDS = 4  # words read from the start of the phrase to its head noun
MODIFIERS = frozenset({"ADJ", "DET", "NUM", "ADV"})  # words before the head: своих, всех, этих


def _head(ctx: Context, b: Tok) -> Tok | None:
    """The first noun of the phrase at ``b`` (after `о/об` and its modifiers), or None."""
    for t in ctx.toks[b.i : b.i + HEAD_WORDS]:
        if t.low in ("о", "об", "обо") and t.i == b.i:
            continue
        if t.pos in ("NOUN", "PROPN"):
            return t
        if t.pos not in MODIFIERS:
            return None
    return None


def topic_only(ctx: Context, a: Tok, b: Tok) -> bool:
    """The object or `о` phrase at ``b`` of the speech verb ``a`` names a topic only."""
    if a.lemma in NAMING or a.lemma in ctx.lex.predicative_cues:
        return False
    head = _head(ctx, b)
    if head is not None and a.lemma in CONFIRMING and head.lemma in STATUS_NOUNS:
        return True  # подтвердили свои титулы: a status defended
    return head is not None and head.lemma in TOPIC_NOUNS and head.feats.get("Case") != "Ins"


def child_named(ctx: Context, a: Tok, b: Tok) -> bool:
    """назвали дочь Алисой: the verb of naming ``a`` gives the child at ``b`` a name."""
    if a.lemma not in NAMING and a.lemma not in ctx.lex.predicative_cues:
        return False
    head = _head(ctx, b)
    if head is None or head.lemma not in CHILD_NOUNS:
        return False
    nxt = ctx.next_tok(head.i)
    return nxt is not None and nxt.text[:1].isupper() and nxt.pos in ("PROPN", "NOUN")


VOTING = frozenset({"поддержать", "поддерживать", "одобрить", "одобрять"})


def counted_vote(ctx: Context, a: Tok) -> bool:
    """Законопроект поддержали 120 депутатов из 150 / поддержало 52 % избирателей: a verb of
    support whose subject is a count of people is the result of a vote, not words."""
    if a.lemma not in VOTING:
        return False
    nxt = ctx.next_tok(a.i)
    if nxt is not None and _number(nxt):
        return True
    before = ctx.toks[max(0, a.i - 2) : a.i]  # 120 депутатов поддержали
    return len(before) == 2 and _number(before[0]) and before[1].pos == "NOUN"


def _number(t: Tok) -> bool:
    return t.pos == "NUM" or t.text[:1].isdigit()
