"""Reports inside relayed content (round 6): a sentence that an outlet or a source phrase
relays may hold a report of its own. `X заявил, что C, сообщает Y`, `Японская полиция, по
данным газеты, отметила, что C`, `Как пишет Y, X утверждает, что C`: Y relays the whole
clause, X said C; both records are kept (the guideline annotates nested speech). Round 10: a
`что` clause too (`X заявил, что Y рассказал, что C`), when the inner report's subject is
written inside that clause (not the outer speaker or an antecedent found outside it)."""

from __future__ import annotations

from .marks import words
from .records import WORDS_AT, Context, Quote
from .verbs import rule_that

# frames of a speech verb whose content a nested report keeps (X сообщил о C, X призвал C)
INNER = frozenset(
    {
        "indirect:chto_clause",
        "indirect:o_topic",
        "indirect:infinitive",
        "indirect:prep_object",  # признался в C (round 9)
        "indirect:object",  # подтвердил факт C (round 9)
        "indirect:light_verb",  # выразил надежду на C (round 25)
        "indirect:predicative",  # назвал решение ошибкой (round 25)
    }
)

# sentence rules whose content is a whole clause relayed by a source named outside it
RELAYING = frozenset(
    {
        "indirect:po_slovam",
        "indirect:paired_source",
        "indirect:kak_soobshil",
        "indirect:known_to",
        "indirect:inserted_cue",
        "indirect:parenthetical",
        "indirect:postposed",
    }
)

# rules whose content is a clause reported by its own speaker (X заявил, что Y рассказал,
# что C, round 10): a report inside it counts when its own subject names another source
OWN_CLAUSE = frozenset({"indirect:chto_clause"})


def inner_reports(ctx: Context, found: list[Quote]) -> list[Quote]:
    """`что` reports of a speech verb inside the relayed content of ``found``, named
    ``indirect:nested``; none that repeat the relayed record."""
    out: list[Quote] = []
    for q in found:
        if q.rule not in RELAYING and q.rule not in OWN_CLAUSE:
            continue
        toks = [t for t in ctx.tokens_in(q.start, q.stop) if not ctx.in_quote(t.start)]
        for inner in rule_that(ctx, toks, q.start, q.stop, None) or []:
            if inner.rule not in INNER or inner.start <= q.start:
                continue
            if inner.speaker is None or inner.speaker.name is None or _quoted(ctx, inner):
                continue
            if q.rule in OWN_CLAUSE and not _named_inside(inner, q):
                continue  # X сказал, что ..., после того как (X) призвал C: no second source
            inner.rule = "indirect:nested"
            out.append(inner)
    return out


def _named_inside(inner: Quote, outer: Quote) -> bool:
    """The inner report's speaker is written inside the outer content, before the inner
    content (сын рассказал ему, что C), not found outside it (a pronoun's antecedent, the
    outer speaker by falling back)."""
    at = inner.speaker.start
    return at is not None and outer.start <= at < inner.start


def _quoted(ctx: Context, q: Quote) -> bool:
    """Content mostly in quotation marks (сообщив, что «Q1», и что он «Q2»): the direct
    records hold it."""
    total = len(words(ctx.text[q.start : q.stop]))
    outside = [
        w for w in WORDS_AT.finditer(ctx.text, q.start, q.stop) if not ctx.in_quote(w.start())
    ]
    return 2 * len(outside) < total
