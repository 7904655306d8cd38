"""Direct speech written with dashes, as Russian punctuation sets a paragraph of speech
(round 13): `— Q, — сказал X.`, `— Q! — воскликнул X.`, `— Q1, — сказал X. — Q2.`,
`— Q1, — сказал X, — Q2.`. The paragraph opens with a dash; the author's words open with a
finite speech verb after `, —` (or `! —`, `? —`, `… —`); the words before them, and those after
the author's sentence and the next dash, are X's: one direct record each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import is_quoting
from .marks import paragraph_end, words
from .records import Context, Quote
from .source_speakers import quoted_source
from .subjects import speaker_of

SPEECH_LINE = r"(?m)^[ \u00a0]*[{d}][ \u00a0]+(?=\S)"  # a paragraph opening with a dash
AUTHOR = r"([,!?…])[ \u00a0]*[{d}][ \u00a0]+"  # `, — ` before the author's words
GOES_ON = r"[.,:][ \u00a0]*[{d}][ \u00a0]+(?=\S)"  # `. — ` after them: the speech goes on
RULE = "direct:dash_speech"


@lru_cache(maxsize=4)
def _patterns(dashes: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """SPEECH_LINE, AUTHOR and GOES_ON for the lexicon's dash characters, compiled once."""
    d = re.escape(dashes)
    return tuple(re.compile(p.format(d=d)) for p in (SPEECH_LINE, AUTHOR, GOES_ON))


def dash_speech(ctx: Context) -> list[Quote]:
    """The direct quotes of every dash paragraph with the author's words inside it."""
    line, author, goes_on = _patterns(ctx.lex.dashes)
    out = []
    for match in line.finditer(ctx.text):
        begin = match.end()
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        if not ctx.in_quote(begin):
            out += _speech(ctx, begin, end, author, goes_on)
    return out


def _speech(
    ctx: Context, begin: int, end: int, author_at: re.Pattern, goes_on: re.Pattern
) -> list[Quote]:
    """`— Q1, — сказал X. — Q2.` in ``text[begin:end]`` (after the opening dash)."""
    author = author_at.search(ctx.text, begin, end)
    if author is None or len(words(ctx.text[begin : author.start()])) < 1:
        return []
    k = ctx.first_token_after(author.end())
    if k is None or ctx.toks[k].start >= end:
        return []
    quoting = is_quoting(ctx, ctx.toks[k])  # - Q, - цитирует Петрова пресс-служба: Петров
    if not (ctx.is_finite_cue(ctx.toks[k]) or quoting) or ctx.toks[k].low in ctx.lex.impersonal:
        return []
    speaker = (quoted_source(ctx, k) if quoting else None) or speaker_of(ctx, k)
    if speaker.name is None:
        return []
    cue = ctx.toks[k].text
    stop = author.start() + (author.group(1) != ",")  # `!`, `?`, `…` belong to the speech
    out = [Quote(begin, stop, "direct", speaker, cue, RULE)]
    more = goes_on.search(ctx.text, ctx.toks[k].stop, end)
    if more is not None and words(ctx.text[more.end() : end]):
        out.append(
            Quote(
                more.end(), paragraph_end(ctx.text, more.end(), end), "direct", speaker, cue, RULE
            )
        )
    for q in out:
        ctx.quoted.append((q.start, q.stop))
        ctx.spoken.append((q.start, speaker))
    return out
