"""Direct quotes whose quotation marks were lost: a sentence in the singular first person
(Мне помогли выбраться из корабля люди) right after a sentence where a named speaker
reports (X говорит, что ...): the speaker's own words, not the author's.
"""

from __future__ import annotations

from .carried import earlier_speaker, speaks_as_i
from .records import Context, Quote
from .spans import content_end

OWN_SENTENCE_WORDS = 4  # a first-person sentence this long at least


def first_person_after(ctx: Context) -> list[Quote]:
    """Sentences outside quotation marks with no attribution of their own, in the singular
    first person, whose previous sentence (same paragraph) has a speech verb with a named
    speaker: a direct quote of the sentence."""
    out = []
    for start, stop in ctx.sents:
        begin = start
        while begin < stop and (ctx.text[begin].isspace() or ctx.text[begin] in ctx.lex.dashes):
            begin += 1  # — сказал X. — Я не мог ...: the dash of a broken quote is left out
        if ctx.in_quote(begin) or any(ch in ctx.text[start:stop] for ch in '«»"„“”:'):
            continue  # inside marks: the second part of a split quote is taken already
        toks = ctx.tokens_in(start, stop)
        if len([t for t in toks if t.pos != "PUNCT"]) < OWN_SENTENCE_WORDS:
            continue
        if not speaks_as_i(ctx, start, stop) or _own_attribution(ctx, toks):
            continue
        prev = [(a, b) for a, b in ctx.sents if b <= start]
        if not prev or "\n" in ctx.text[prev[-1][1] : start]:
            continue  # the report and the words stand in one paragraph
        if speaks_as_i(ctx, *prev[-1]):
            continue  # Мои врачи предположили, что ...: the "I" speaks already, not the verb's
        found = earlier_speaker(ctx, start, sentences=1)
        if found is None:
            continue
        speaker, cue = found
        end = content_end(ctx, begin, stop)
        out.append(Quote(begin, end, "direct", speaker, cue.text, "direct:first_person_after"))
        ctx.quoted.append((start, stop))
        ctx.spoken.append((start, speaker))
    return out


def _own_attribution(ctx: Context, toks) -> bool:
    return any(ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal for t in toks)
