"""Colon blocks: `X заявил:` ending a line with the statement in the next paragraph(s),
and `X сказал: C` inside one sentence without quotation marks (split from direct.py, round 9).
"""

from __future__ import annotations

import re

from .attributions import (
    speaks_about,
)
from .carried import (
    block_carried,
    first_person,
    relative_cues_only,
    speaks_as_i,
    unnarrated,
)
from .cues import (
    clause_cue_before,
    is_predicate,
    source_phrase,
)
from .documents import document_author
from .lexicons import FIRST_PERSON, NAMING, SALUTATIONS
from .marks import italic_opening, paragraph_end, words
from .person_subjects import relative_clause_head
from .records import (
    OPENING,
    Context,
    Quote,
    Speaker,
    Tok,
    ends_clause,
    is_reported_form,
    negated,
    skip_space,
)
from .spans import content_end
from .speakers import cue_speaker
from .subjects import speaker_of


def has_attribution(ctx: Context, start: int, stop: int) -> bool:
    """A speech verb, an impersonal cue or a `по словам` phrase of its own in [start, stop)
    (a cue in the first person is the block's own voice, round 14)."""
    toks = ctx.tokens_in(start, stop)
    return (
        any(
            (ctx.is_finite_cue(t) and not _own_voice(ctx, t)) or t.low in ctx.lex.impersonal
            for t in toks
        )
        or source_phrase(ctx, start, stop) is not None
    )


def _own_voice(ctx: Context, t: Tok) -> bool:
    """A cue after `я` / `мы` (я уверен, мы считаем): the block's speaker talking, not a
    source of its own (a verb in the first person is no finite cue already: считаю)."""
    prev = ctx.toks[t.i - 1] if t.i else None
    return prev is not None and prev.low in ("я", "мы")


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
        if cues and relative_cues_only(ctx, start, stop, cues):
            continue  # По его словам, ..., которые считают:: the source's block (colon_sources)
        cues = cues or [t for t in ctx.tokens_in(start, stop) if t.low in ctx.lex.impersonal]
        text_of = document_text(ctx, start, stop) if not cues else None
        cues = cues or ([text_of] if text_of is not None else [])
        begin = skip_space(ctx.text, stop)
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        begin = italic_opening(ctx.text, begin, end)  # сообщил:\n''Q'': italics for the marks
        if _name_line(ctx, begin, end):  # говорится:\nИ. Ф. Петров\nQ: the line is a caption
            begin = skip_space(ctx.text, end)
            end = ctx.text.find("\n", begin)
            end = len(ctx.text) if end == -1 else end
        cues = cues or _opening_words(ctx, start, stop)  # роман начинается так:\n Q
        if not cues:  # X пригласил её в компанию:\n Я звонил ...: a paragraph in its own voice
            cues = own_voice_cue(ctx, start, stop, begin, end)
        rule = "direct:colon_block"
        if not cues and (carried_cue := block_carried(ctx, start, stop, begin, end)):
            cues, rule = [carried_cue], "direct:colon_block_carried"  # X отметил, что ... .
        if not cues:
            continue
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
        head = (
            relative_clause_head(ctx, start, _gerund_head(ctx, start, cues[-1]))
            if text_of is None
            else None
        )
        speaker = _closed_title(ctx, speaker_of(ctx, head.i) if head else text_owner(ctx, text_of))
        cue = cues[-1].text if text_of is None else ":"
        end_ = paragraph_end(ctx.text, begin, end)
        out.append(Quote(begin, end_, "direct", speaker, cue, rule))
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
        for a, b in block_paragraphs(ctx, end):  # one record per paragraph (the guideline)
            out.append(Quote(a, paragraph_end(ctx.text, a, b), "direct", speaker, cue, rule))
            ctx.quoted.append((a, b))
    return out


def _closed_title(ctx: Context, speaker: Speaker) -> Speaker:
    """A speaker phrase cut inside a quoted title (роман «Гордость): up to the closing mark
    on the same line (роман «Гордость и предубеждение»)."""
    name, stop = speaker.name, speaker.stop
    if not name or stop is None or name.count("«") <= name.count("»"):
        return speaker
    close = ctx.text.find("»", stop)
    if close == -1 or "\n" in ctx.text[stop:close] or close - stop > TITLE_REACH:
        return speaker
    return Speaker(name + ctx.text[stop : close + 1], speaker.start, close + 1)


TITLE_REACH = 60  # characters at most from a cut speaker phrase to its title's closing mark
TEXT_EDGES = frozenset(("начинаться", "заканчиваться", "оканчиваться", "звучать"))


def _opening_words(ctx: Context, start: int, stop: int) -> list[Tok]:
    """`X начинается так:`, `X звучит так:` ending the line: the words of the text X (a
    novel, a letter, an oath) follow; the verb's subject, the text, speaks."""
    toks = ctx.tokens_in(start, stop)
    if len(toks) < 4 or toks[-1].text != ":" or toks[-2].low != "так":
        return []
    verb = toks[-3]
    fin = verb.pos == "VERB" and verb.feats.get("VerbForm") == "Fin"
    return [verb] if fin and verb.lemma in TEXT_EDGES and not negated(ctx, verb) else []


def _name_line(ctx: Context, begin: int, end: int) -> bool:
    """The line ``begin:end`` holds a person's name and nothing else (И. Ф. Петров, a caption
    or signature heading a document): no statement, the block starts on the next line."""
    toks = [t for t in ctx.tokens_in(begin, end) if t.text != "."]
    if not toks or len(toks) > 4 or end >= len(ctx.text):
        return False
    return all(
        t.pos == "PROPN" or (t.text[:1].isupper() and len(t.text) == 1) for t in toks
    ) and any(m.type == "PER" and begin <= m.start < end for m in ctx.mentions)


def _gerund_head(ctx: Context, start: int, cue: Tok) -> Tok:
    """The verb whose subject speaks for ``cue``: a gerund (X выразил надежду, что Y ...,
    добавив:) shares the subject of the sentence's first finite verb, not of a clause between."""
    if cue.feats.get("VerbForm") != "Conv":
        return cue
    finite = [
        t
        for t in ctx.tokens_in(start, cue.start)
        if t.pos in ("VERB", "AUX")
        and t.feats.get("VerbForm") == "Fin"
        and t.feats.get("Person") != "1"  # Отметим, что ...: the author's aside
    ]
    return finite[0] if finite else cue


def colon_inline(ctx: Context) -> list[Quote]:
    """`Врач сказал: операция прошла успешно.`: a speech verb right before a colon inside a
    sentence, the statement after it to the sentence end without quotation marks."""
    out = []
    for start, stop in ctx.sents:
        colon = ctx.text.find(": ", start, stop)
        if colon < 1 or ctx.in_quote(colon) or ctx.in_quote(start) or ctx.text[colon - 1] in " :":
            continue  # a spaced or doubled colon (Политика :: РИА Новости) is no attribution
        begin = skip_space(ctx.text, colon + 1)
        end = content_end(ctx, begin, stop)
        body = ctx.text[begin:end]
        if (
            not body
            or body[0] in OPENING
            or len(words(body)) < 3
            or any(ch in body for ch in OPENING)
        ):
            continue
        k = clause_cue_before(ctx, colon)
        if k is None or not speech_right_before(ctx, k, colon) or negated(ctx, ctx.toks[k]):
            continue
        if not any(is_predicate(t) for t in ctx.tokens_in(begin, end)):
            continue  # отвечали: командир X, бортинженер Y и Z: a list of names, no statement
        speaker = speaker_of(ctx, k)
        if speaker.name is None:
            continue
        out.append(Quote(begin, end, "direct", speaker, ctx.toks[k].text, "direct:colon_inline"))
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
    return out


def others_words(ctx: Context, begin: int, stop: int) -> bool:
    """The paragraph reports someone else: an attribution not of the speaker's own (я уверен,
    мы считаем are the speaker's words)."""
    toks = ctx.tokens_in(begin, stop)
    for n, t in enumerate(toks):
        if ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal:
            if not any(p.low in FIRST_PERSON for p in toks[max(0, n - 2) : n]):
                return True
    return source_phrase(ctx, begin, stop) is not None


def own_voice_cue(ctx: Context, start: int, stop: int, begin: int, end: int) -> list[Tok]:
    """A line ending with a colon and no speech verb (X пригласил её в свою компанию:) before
    a paragraph in the first person, or a line whose verb names a topic (X отозвался о смерти
    Y:): the line's first finite verb, whose subject speaks; after a blank line, only before
    a salutation (X обратился к жителям:\n\nДорогие земляки! ..., round 14)."""
    if ctx.text.count("\n", stop, begin) > 1 and not _salutation(ctx, begin):
        return []  # after a blank line only an address (Дорогие земляки!) goes on the line
    if not (first_person(ctx, begin, end) or speaks_about(ctx, start, stop)):
        return []
    verbs = [
        t
        for t in ctx.tokens_in(start, stop)
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" and is_reported_form(t)
    ]
    for verb in verbs:  # Лечение длилось месяц, рядом был муж X:: the first verb with a speaker
        if any(t.lemma == "который" for t in ctx.tokens_in(start, verb.start)):
            break  # not a verb of a relative clause (которая стала ...)
        if cue_speaker(ctx, verb.i, zero=False).name is not None:
            return [verb]
    return []


def _salutation(ctx: Context, begin: int) -> bool:
    """The paragraph at ``begin`` opens with a salutation (Дорогие земляки!, Уважаемые
    коллеги,): someone addressed, a speech follows."""
    k = ctx.first_token_after(begin)
    if k is None or k + 1 >= len(ctx.toks) or ctx.toks[k].lemma not in SALUTATIONS:
        return False
    return ctx.toks[k + 1].pos in ("NOUN", "PROPN")


ITEM = re.compile(r"\d{1,2}[.)][ \u00a0]+(?=\w)")  # 1. Q, 2) Q: a numbered item of a list


def block_paragraphs(ctx: Context, end: int) -> list[tuple[int, int]]:
    """The paragraphs that go on with a block quote after its first one (ending at ``end``):
    each right after the last (no blank line), in the first person, with no quotation mark
    opening it, no attribution of its own and not announcing a block of its own."""
    out: list[tuple[int, int]] = []
    items = ctx.text[:end].rstrip().endswith(":")  # постановляю:\n\n1. Q1\n\n2. Q2
    while end < len(ctx.text) and (breaks := ctx.text.count("\n", end, skip_space(ctx.text, end))):
        begin = skip_space(ctx.text, end)
        stop = ctx.text.find("\n", begin)
        stop = len(ctx.text) if stop == -1 else stop
        item = ITEM.match(ctx.text, begin, stop) if items and breaks <= 2 else None
        if item is not None and len(words(ctx.text[item.end() : stop])) >= 3:
            out.append((item.end(), stop))  # a numbered item of a list the block announced
            end = stop
            continue
        items = False
        if breaks > 2 or (breaks == 2 and not speaks_as_i(ctx, begin, stop)):
            break  # after a blank line only a paragraph in the singular first person goes on
        line = ctx.text[begin:stop].rstrip()
        if (
            not line
            or line[0] in OPENING
            or line.endswith(":")
            or not (first_person(ctx, begin, stop) or unnarrated(ctx, begin, stop))
            or others_words(ctx, begin, stop)
        ):
            break
        out.append((begin, stop))
        end = stop
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


def speech_right_before(ctx: Context, k: int, colon: int) -> bool:
    """The speech verb at ``k`` stands right before the colon (сказал: «Ни за что»), with at
    most its subject and an addressee between: what follows is what was said, not a name."""
    tok = ctx.toks[k]
    between = [t for t in ctx.tokens_in(tok.stop, colon) if t.pos != "PUNCT"]
    return ctx.is_finite_cue(tok) and tok.lemma not in NAMING and len(between) <= 4
