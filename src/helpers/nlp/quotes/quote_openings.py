"""The opening quotation mark of a quote that an attribution follows (`«Q», — заявил он`):
a pronoun there looks for its person before the quote, not inside the speaker's own words."""

from __future__ import annotations

import re

from .records import Context

ATTRIBUTION_AFTER = re.compile(r"([»”\"])\s*[,.!?…]*\s*[—–-]\s*(?:\w+\s+){0,3}$")
PAIRS = {"»": "«", "”": "“„", '"': '"'}


def quote_opening(ctx: Context, pos: int) -> int:
    """The opening mark of the quote that the attribution at ``pos`` follows (`«Q», —
    заявил он`: a closing mark, a dash and up to three words before ``pos``), in the same
    paragraph; else ``pos``."""
    line = ctx.text.rfind("\n", 0, pos) + 1
    match = ATTRIBUTION_AFTER.search(ctx.text, max(line, pos - 60), pos)
    if match is None:
        return pos
    close = match.start(1)
    mark = ctx.text[close]
    if mark == '"':
        opening = ctx.text.rfind('"', line, close)
        return opening if opening >= 0 else pos
    depth = 0
    for i in range(close - 1, line - 1, -1):
        ch = ctx.text[i]
        if ch == mark:
            depth += 1
        elif ch in PAIRS[mark]:
            if depth == 0:
                return i
            depth -= 1
    return pos
