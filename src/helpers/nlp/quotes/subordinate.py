"""Reported content inside a subordinate clause that opens its sentence (round 7):
`Поскольку X заявил, что C, Y обратился в суд`, `Если X подтвердит, что C, Y ...`: the
content ends before the main clause: the comma before the predicate that the speech verb's
clause depends on (``advcl`` in the parser's tree, or a second root there), asked only about such sentences, when
the content holds a comma. The main clause is then read for reports of its own (Y
обращается в суд с просьбой C)."""

from __future__ import annotations

from .lexicons import SUBORDINATORS
from .records import Context, Quote
from .spans import trim_end
from .verbs import rule_that

OPENING_WORDS = 4  # words of the longest subordinator (несмотря на то что)


def main_clauses(ctx: Context, quotes: list[Quote], stop: int) -> list[Quote]:
    """``quotes`` of a sentence ending at ``stop``, each ending before a main clause that
    follows its subordinate clause, and the reports the speech verbs of that clause make."""
    out = []
    for q in quotes:
        end = main_clause_end(ctx, q)
        out.append(q)
        if end < q.stop:
            rest = [t for t in ctx.tokens_in(end, stop) if not ctx.in_quote(t.start)]
            q.stop = end
            out += [r for r in rule_that(ctx, rest, end, stop, None) or [] if r.rule]
    return sorted(out, key=lambda q: q.start)


def main_clause_end(ctx: Context, q: Quote) -> int:
    """The end of ``q`` before the main clause of its sentence, or ``q.stop``."""
    start, _ = ctx.sentence_of(q.start)
    if q.rule != "indirect:chto_clause" or "," not in ctx.text[q.start : q.stop]:
        return q.stop
    if not _opens_subordinate(ctx, start, q.start):
        return q.stop
    cue = next(
        (t for t in reversed(ctx.tokens_in(start, q.start)) if t.text == q.cue.split()[-1]), None
    )
    if cue is None:
        return q.stop
    heads = ctx.heads(cue.i)
    main, rel = heads.get(cue.i, (None, ""))
    if main is None:  # the parser made the verb a root: another root in the content is main
        inside = [j for j, (h, _) in heads.items() if h is None and j != cue.i]
        main = inside[0] if len(inside) == 1 else None
    elif rel != "advcl":
        main = None  # the verb's clause depends on a predicate in the content: the main one
    if main is None or not q.start < ctx.toks[main].start < q.stop:
        return q.stop
    comma = ctx.text.rfind(",", q.start, ctx.toks[main].start)
    return trim_end(ctx, q.start, comma) if comma > q.start else q.stop


def _opens_subordinate(ctx: Context, start: int, end: int) -> bool:
    """The sentence at ``start`` opens with a subordinating conjunction before ``end``."""
    toks = ctx.tokens_in(start, end)[: OPENING_WORDS + 1]
    for n in range(1, len(toks) + 1):
        if " ".join(t.low for t in toks[:n]).replace(" ,", ",") in SUBORDINATORS:
            return True
    return False
