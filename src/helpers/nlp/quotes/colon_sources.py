"""A source phrase ending a line with a colon (round 7): `По его словам:` or `По данным
полиции:` over a paragraph without quotation marks (lost in the page): the paragraph is the
source's words, like a block after `X заявил:` (``direct.colon_blocks``). A sentence with no speech
verb of its own: the source phrase alone, or (round 8) a longer clause around it (`По её словам,
решение далось нелегко:`) over a paragraph in the first person."""

from __future__ import annotations

from .carried import first_person, relative_cues_only
from .colon_blocks import block_paragraphs
from .cues import source_phrase
from .marks import paragraph_end, words
from .records import OPENING, Context, Quote, skip_space
from .source_speakers import source_speaker

RULE = "direct:colon_source"
LINE_WORDS = 6  # words of the line at most: the phrase and its source


def cues_in(ctx: Context, toks: list) -> list:
    """The finite speech verbs among ``toks``."""
    return [t for t in toks if ctx.is_finite_cue(t)]


def colon_sources(ctx: Context) -> list[Quote]:
    out = []
    for start, stop in ctx.sents:
        line = ctx.text[start:stop].rstrip()
        if not line.endswith(":") or ctx.in_quote(start):
            continue
        found = source_phrase(ctx, start, stop)
        toks = ctx.tokens_in(start, stop)
        if found is None or not relative_cues_only(ctx, start, stop, cues_in(ctx, toks)):
            continue  # a speech verb of its own; one in a relative clause (которые считают) tells of others
        speaker = source_speaker(ctx, found[2])
        begin = skip_space(ctx.text, stop)
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        if speaker.name is None or begin >= end or ctx.text[begin] in OPENING:
            continue
        if not 1 <= ctx.text.count("\n", stop, begin) <= 2 or len(words(ctx.text[begin:end])) < 3:
            continue  # the next paragraph, right after the phrase
        if ctx.in_quote(begin):
            continue
        if len(words(line)) > LINE_WORDS and not first_person(ctx, begin, end):
            continue  # a longer line with a clause of its own: its words go on in the first person
        cue = ctx.text[ctx.toks[found[0]].start : ctx.toks[found[1]].stop]
        for a, b in [(begin, end), *block_paragraphs(ctx, end)]:
            out.append(Quote(a, paragraph_end(ctx.text, a, b), "direct", speaker, cue, RULE))
            ctx.quoted.append((a, b))
            ctx.spoken.append((a, speaker))
    return out
