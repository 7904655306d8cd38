"""The one person a paragraph names, for a pronoun in it (round 17): `В Твиттере шерифа X
появилась просьба. «Q», — написал он.` The subject chain (anaphora.subject_chain) finds no
subject in the paragraph and would reach over the paragraph break to an earlier one; a
pronoun rarely does that when its own paragraph names one person, in whatever case."""

from __future__ import annotations

from .records import Context, Speaker


def paragraph_person(ctx: Context, begin: int, before: int, gender: str | None) -> Speaker | None:
    """The one person named (in any case) in the pronoun's own paragraph before it, outside
    quotes and of its gender, when the paragraph has no subject for the chain: a pronoun
    rarely reaches over a paragraph that names someone (None with two names or none)."""
    names = {
        m.name: m
        for m in ctx.mentions
        if m.type == "PER"
        and begin <= m.start
        and m.stop <= before
        and not ctx.in_quote(m.start)
        and _outside_marks(ctx.text[begin : m.start])
        and not (gender and m.gender and m.gender != gender)
    }
    if len(names) != 1:
        return None
    m = next(iter(names.values()))
    return Speaker(m.name, m.start, m.stop)


def _outside_marks(before: str) -> bool:
    """Every quotation mark opened in ``before`` is closed (a name after it is the author's,
    not inside the words quoted: ''«Спросите Усаму бин Ладена ...»'', — заявил он)."""
    return before.count("«") == before.count("»") and before.count('"') % 2 == 0
