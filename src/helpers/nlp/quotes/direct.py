"""Direct quotes: quotation-mark pairs with an attribution, tried as named frames.

Each frame of ``DIRECT_FRAMES`` looks at one quoted span and gives a quote, stops the
search, or lets the next frame try; the frame's name is the quote's ``rule``. Also
``colon_blocks``: `X заявил:` ending a line, the statement in the next paragraph.
"""

from __future__ import annotations

import re

from .cues import clause_cue_before, cue_after, dash_after, is_quoting, source_cue, source_phrase
from .documents import document_author
from .marks import Quoted, words
from .records import OPENING, Context, Quote, Speaker, Tok, ends_clause, negated, skip_space
from .spans import content_end
from .speakers import cue_speaker, quoted_source, source_speaker

TITLE_WORDS = 5  # a name or title in quotes has at most this many words


def after_title_noun(ctx: Context, q: Quoted) -> bool:
    """The quoted words follow a title noun (газета «Известия», фильм «Ночь в музее»)."""
    k = ctx.token_at(q.start - 1)
    return k is not None and k > 0 and ctx.toks[k - 1].lemma in ctx.lex.titles


def is_title(ctx: Context, q: Quoted) -> bool:
    """A name in quotes: after a title noun (газета «Известия»), or a capitalised phrase
    without a finite verb or final punctuation (фильм «Ночное происшествие»)."""
    if after_title_noun(ctx, q):
        return True
    inner = ctx.tokens_in(q.start, q.stop)
    has_verb = any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in inner)
    ends = ctx.text[q.stop - 1 : q.stop] in ".!?…"
    return ctx.text[q.start : q.start + 1].isupper() and not has_verb and not ends


def direct_quotes(ctx: Context, spans: list[Quoted]) -> list[Quote]:
    """Quotation-mark pairs with an attribution, outermost first; inner pairs are skipped."""
    out: list[Quote] = []
    taken: list[Quoted] = []
    for q in spans:
        if any(p.start <= q.start and q.stop <= p.stop for p in taken):
            continue
        quote = attributed(ctx, q)
        if quote:
            taken.append(q)
            parts = split_quote(ctx, quote)
            out.extend(parts)
            # the attribution inside a split quote (— напомнил Медведев. —) stays visible
            ctx.quoted.extend((p.start - 1, p.stop + 1) for p in parts)
            ctx.spoken.append((q.start, quote.speaker))
    return out


def has_attribution(ctx: Context, start: int, stop: int) -> bool:
    """A speech verb, an impersonal cue or a `по словам` phrase of its own in [start, stop)."""
    toks = ctx.tokens_in(start, stop)
    return (
        any(ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal for t in toks)
        or source_phrase(ctx, start, stop) is not None
    )


LOST_BLOCK_BREAKS = 2  # more line breaks than this after `X сказал:` mean the block was lost


def colon_blocks(ctx: Context) -> list[Quote]:
    """`X заявил:` ending a line, the statement in the next paragraph without quotation
    marks (lost in the page): a direct quote of that whole paragraph."""
    out = []
    for start, stop in ctx.sents:
        if not ctx.text[start:stop].rstrip().endswith(":") or ctx.in_quote(start):
            continue
        cues = [
            t
            for t in ctx.tokens_in(start, stop)
            if (ctx.is_finite_cue(t) or (ctx.is_cue(t) and t.feats.get("VerbForm") == "Conv"))
            and not negated(ctx, t)  # не назвали, заявив только: the gerund speaks
        ]
        cues = cues or [t for t in ctx.tokens_in(start, stop) if t.low in ctx.lex.impersonal]
        text_of = document_text(ctx, start, stop) if not cues else None
        cues = cues or ([text_of] if text_of is not None else [])
        if not cues:
            continue
        begin = skip_space(ctx.text, stop)
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        if begin >= end or ctx.text[begin] in OPENING or len(words(ctx.text[begin:end])) < 3:
            continue
        if ctx.text.count("\n", stop, begin) > LOST_BLOCK_BREAKS and cues[-1].low not in (
            ctx.lex.impersonal
        ):
            continue  # two blank lines after a person's cue: the embed was lost from the page
        if ctx.text[begin:end].rstrip().endswith(":") and has_attribution(ctx, begin, end):
            continue  # the next line introduces the block itself (В заявлении говорится:)
        if ctx.text.count("\n", stop, begin) > 1 and has_attribution(ctx, begin, end):
            continue  # after a blank line, a paragraph with its own source
        speaker = cue_speaker(ctx, cues[-1].i) if text_of is None else text_owner(ctx, text_of)
        cue = cues[-1].text if text_of is None else ":"
        out.append(Quote(begin, content_end(ctx, begin, end), "direct", speaker, cue))
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
    return out


def document_text(ctx: Context, start: int, stop: int) -> Tok | None:
    """A line that announces a document's own words (Полный текст документа:, Текст
    обращения:): the document noun, which speaks for the block after the colon."""
    toks = [t for t in ctx.tokens_in(start, stop) if t.pos != "PUNCT"]
    for a, b in zip(toks, toks[1:], strict=False):
        if a.lemma == "текст" and b.lemma in ctx.lex.documents and b.feats.get("Case") == "Gen":
            return b
    return None


def text_owner(ctx: Context, doc: Tok) -> Speaker:
    """The document at ``doc`` as a speaker: its author when named, else the document."""
    end = doc.i + 1
    while end < len(ctx.toks) and end < doc.i + 6 and not ends_clause(ctx.toks[end], ctx.lex):
        end += 1
    return document_author(ctx, doc.i, end)


def attributed(ctx: Context, q: Quoted) -> Quote | None:
    n_words = len(words(ctx.text[q.start : q.stop]))
    if n_words == 0:
        return None
    # «Q», — сказал X.
    after = dash_after(ctx, q.stop + 1)
    if after is not None:
        k = cue_after(ctx, after)
        if k is not None and is_quoting(ctx, ctx.toks[k]):
            speaker = quoted_source(ctx, k) or cue_speaker(ctx, k)  # — цитирует ТАСС министра X
            return Quote(q.start, q.stop, "direct", speaker, ctx.toks[k].text)
        if k is not None:
            return Quote(q.start, q.stop, "direct", cue_speaker(ctx, k), ctx.toks[k].text)
    # «Q1, — сказал X. — Q2»: the attribution inside the marks
    inner = split_quote(ctx, Quote(q.start, q.stop, "direct", Speaker(None), ""))
    if len(inner) > 1:
        return Quote(q.start, q.stop, "direct", inner[0].speaker, inner[0].cue)
    before = ctx.text[: q.start - 1].rstrip(" \u00a0")
    title = is_title(ctx, q)
    # X сказал: «Q» (a long verbless statement after a colon is no title: «Количество ...: 0»)
    if before.endswith(":") and (
        not title or (n_words > TITLE_WORDS and not after_title_noun(ctx, q))
    ):
        k = clause_cue_before(ctx, len(before))
        if k is not None:
            return Quote(q.start, q.stop, "direct", cue_speaker(ctx, k), ctx.toks[k].text)
        return None
    if n_words < 3 or title:
        return None
    # По словам X, «Q» / a 3+ word fragment in a sentence with a speech verb
    start, stop = ctx.sentence_of(q.start)
    line = ctx.text.rfind("\n", 0, q.start) + 1
    found = source_phrase(ctx, max(start, line), q.start)
    k = clause_cue_before(ctx, q.start)
    if found and k is not None and k > found[1] and not ctx.text[q.start].isupper():
        found = None  # По данным следствия, X ..., сообщив, что «Q»: the nearer verb speaks
    if found:
        a, noun, k = found
        return Quote(q.start, q.stop, "direct", source_speaker(ctx, k), source_cue(ctx, a, noun))
    if k is not None and not ctx.text[q.start].isupper():
        speaker = cue_speaker(ctx, k)
        if speaker.name is not None or ctx.toks[k].low in ctx.lex.impersonal:
            return Quote(q.start, q.stop, "direct", speaker, ctx.toks[k].text)
    return continued(ctx, q)


CONTINUED_GAP = 12  # words of attribution at most between a quote and the one it continues


def continued(ctx: Context, q: Quoted) -> Quote | None:
    """A quoted sentence of its own with no cue (`«Q1», — сказал X. «Q2».`, a next paragraph
    `«Q2»`) continues the speaker of the direct quote just before it."""
    line = ctx.text.rfind("\n", 0, q.start) + 1
    lead = ctx.text[line : q.start - 1].rstrip(" \u00a0" + ctx.lex.dashes)
    if lead and lead[-1] not in '.!?…»"“':
        return None  # inside a sentence of the author's
    if not ctx.text[q.start : q.start + 1].isupper():
        return None
    tail = ctx.text[q.stop - 1 : q.stop + 2]
    if not any(ch in ".!?…" for ch in tail):
        return None  # a name or title in quotes, not a sentence
    earlier = [(pos, speaker) for pos, speaker in ctx.spoken if pos < q.start]
    if earlier and _only_attribution_between(ctx, earlier[-1][0], q.start):
        speaker = earlier[-1][1]
        return Quote(q.start, q.stop, "direct", speaker, "") if speaker.name else None
    return introduced(ctx, q)


def introduced(ctx: Context, q: Quoted) -> Quote | None:
    """A quoted sentence right after a sentence with a speech verb and its subject
    (`Песков прокомментировал решение суда. «Q».`): that subject speaks."""
    p = q.start - 2
    while p > 0 and (ctx.text[p].isspace() or ctx.text[p] in ctx.lex.dashes):
        p -= 1
    if p <= 0 or ctx.in_quote(p) or ctx.text.count("\n", p, q.start) > 2:
        return None
    start, _ = ctx.sentence_of(p)
    cues = [
        t for t in ctx.tokens_in(start, p + 1) if ctx.is_finite_cue(t) and not ctx.in_quote(t.start)
    ]
    if not cues:
        return None
    speaker = cue_speaker(ctx, cues[-1].i)
    return Quote(q.start, q.stop, "direct", speaker, cues[-1].text) if speaker.name else None


def _only_attribution_between(ctx: Context, pos: int, start: int) -> bool:
    """Between the earlier quote and this one: its attribution and at most one paragraph."""
    end = next((b for a, b in ctx.quoted if a <= pos < b), pos)
    gap = ctx.text[end:start]
    return gap.count("\n") <= 2 and len(words(gap)) <= CONTINUED_GAP


# a dash of attribution is never glued to a word before it (рабоче-крестьянский is a word)
SPLIT = r"([,.!?…]?)\s*(?<!\w)[{d}]\s*(?P<attr>[^{d}\n]{{3,120}}?)[.,:]\s*(?<!\w)[{d}]\s*"


def split_quote(ctx: Context, quote: Quote) -> list[Quote]:
    """«Q1, — сказал X. — Q2»: two quotes, one speaker."""
    body = ctx.text[quote.start : quote.stop]
    pattern = re.compile(SPLIT.format(d=re.escape(ctx.lex.dashes)))
    for match in pattern.finditer(body):
        attr_start = quote.start + match.start("attr")
        k = cue_after(ctx, attr_start, window=3)
        if k is None:
            continue
        speaker = cue_speaker(ctx, k)
        if speaker.name is None:
            speaker = quote.speaker
        first = Quote(quote.start, quote.start + match.start(), "direct", speaker, ctx.toks[k].text)
        second = Quote(quote.start + match.end(), quote.stop, "direct", speaker, ctx.toks[k].text)
        return [first, *split_quote(ctx, second)]
    return [quote]
