"""A line that opens with a quote, then a colon and a person's name (`«Россия готова к
диалогу»: Путин о переговорах с Западом`, a headline's form): the person named right after
the colon speaks. The quote must state something (a predicate inside: not `«Игра
престолов»: вышел новый сезон`, a title)."""

from __future__ import annotations

from .cues import is_predicate
from .records import Context, Quote, Speaker


def quote_then_name(ctx: Context, m) -> Quote | None:
    line = ctx.text.rfind("\n", 0, m.q.start) + 1
    if ctx.text[line : m.q.start - 1].strip() or ctx.text[m.after : m.after + 1] != ":":
        return None  # the quote opens its line and a colon follows it
    k = ctx.first_token_after(m.after + 1)
    mention = ctx.mention_at(ctx.toks[k]) if k is not None else None
    if mention is None or mention.type != "PER" or mention.start != ctx.toks[k].start:
        return None
    if "\n" in ctx.text[m.after : mention.start] or m.n_words < 2:
        return None
    if not any(is_predicate(t) for t in ctx.tokens_in(m.q.start, m.q.stop)):
        return None
    return m.quote(Speaker(mention.name, mention.start, mention.stop), ":")
