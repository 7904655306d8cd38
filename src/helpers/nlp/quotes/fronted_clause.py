"""A fronted `о X` opening a clause after a comma (round 7): `Спикер подал в отставку, об
уходе также заявил вице-спикер X`. The clause is read like a sentence that opens with `о X`
(``indirect.rule_fronted_about``, passed in), tried when no earlier rule found a report.
Round 8: also after a dash (X покидает футбол — о своём решении он сообщил в заявлении)."""

from __future__ import annotations

from .records import Context, Quote, Tok


def after_comma(rule):
    """A sentence rule that tries ``rule`` on the first clause after a comma or a dash that
    opens with `о`/`об` and reports."""

    def rule_after_comma(ctx: Context, toks: list[Tok], start: int, stop: int, prev):
        for n, t in enumerate(toks[:-3]):
            if (t.text == "," or t.text in ctx.lex.dashes) and toks[n + 1].low in ("о", "об"):
                found: list[Quote] | None = rule(ctx, toks[n + 1 :], toks[n + 1].start, stop, prev)
                if found:
                    return found
        return None

    return rule_after_comma
