"""Quotes: who said what, direct and indirect, with the speaker resolved.

Rules over natasha's tokens and morphology, in small named units; the words they
use (speech verbs, role words, title nouns, quotation marks, dashes) are data in
``helpers/data/quote_*``. Direct quotes come from quotation-mark pairs with an
attribution (``«Q», — сказал X``, ``X сказал: «Q»``, ``По словам X, «Q»``, a 3+ word
fragment in a sentence with a speech verb); indirect ones from speech verbs and
source phrases (``X заявил, что ...``, ``По словам X, ...``, ``Q, заявил X.``,
``Об этом сообщил X.``, ``сообщается, что`` with no speaker). Every row names the
``rule`` that found it (docs/quotes.md, "Rules").
"""

from __future__ import annotations

import re

from ... import tables
from ...io.text import fold_text
from .carried import first_person
from .colon_blocks import colon_blocks, colon_inline
from .colon_lines import colon_lines
from .colon_sources import colon_sources
from .dash_speech import dash_speech
from .direct import DIRECT_FRAMES, direct_quotes
from .indirect import INDIRECT_RULES, indirect_quotes
from .layouts import dash_interview, interview_answers
from .letters import signed_letter
from .lexicons import Lexicon, lexicon
from .marks import quoted_spans
from .named_bodies import named_bodies
from .nouns import NOUN_RULES
from .org_names import full_body_names, organisation_names, quoted_names
from .quoted_words import quoted_words, whole_clauses
from .ranker import rerank
from .records import Context, Quote
from .twins import restated_twins, unnamed_twins
from .unmarked import first_person_after
from .uttered import uttered
from .verbs import VERB_FRAMES

COLUMNS = tuple(tables.without_article(tables.QUOTES))  # start, stop, ... cue, rule


def _producing(frames) -> list[str]:
    """Names of frames that can produce a quote (``stop:`` frames only end the search)."""
    return [f.name for f in frames if not f.name.startswith("stop:")]


# every value of the ``rule`` column, in the order the extractor tries them (docs/quotes.md)
RULES = (
    *_producing(DIRECT_FRAMES),
    "direct:uttered",
    "direct:colon_block",
    "direct:colon_block_carried",
    "direct:colon_inline",
    "direct:colon_source",
    "direct:name_line",
    "direct:statement_line",
    "direct:colon_noun_block",
    "direct:interview",
    "direct:interview_dash",
    "direct:dash_speech",
    "direct:first_person_after",
    "direct:signed_letter",
    "direct:quoted_words",
    "direct:unmarked_postposed",
    "indirect:headline",
    *(name for name in _producing(INDIRECT_RULES) if name != "indirect:verb"),
    "indirect:anaphoric_cue",  # named inside indirect:ob_etom
    "indirect:anaphoric_object",
    "indirect:so_said",  # Так считают X (pointing.py, inside indirect:ob_etom)
    "indirect:nested",  # a report inside content relayed by another rule (nested.py)
    "indirect:governed_cue",  # поспешил заявить, что C (governed.py, inside indirect:verb)
    "indirect:reason",  # объяснил решение болезнью (reasons.py, inside indirect:verb)
    "indirect:regarded_as",  # расценил решение как ошибку (reasons.py, inside indirect:verb)
    "indirect:accused_by",  # X, обвиняемый властями в C (passive_agents.py, indirect:passive_agent)
    "indirect:document_source",  # Согласно опубликованному отчёту, C (inside indirect:po_slovam)
    "indirect:paired_source",  # На взгляд X, C (inside indirect:po_slovam)
    "indirect:cited_words",  # привели слова X о том, что C (cited_words.py, inside indirect:verb)
    *_producing(VERB_FRAMES),  # named inside indirect:verb
    *NOUN_RULES,
)


def find_quotes(
    text: str, doc, entities: dict[str, list], morph, lex: Lexicon | None = None, syntax=None
) -> list[Quote]:
    """All quotes of one text, in text order (``morph``: the models' pymorphy3 analyser;
    ``syntax``: natasha's syntax parser, asked only about sentences whose speaker the rules
    could not find)."""
    if not text.strip():
        return []
    ctx = Context(text, doc, entities, lex or lexicon(), morph, syntax)
    organisation_names(ctx)  # heads' genders, stationed bodies (посольство РФ в Сирии)
    spans = quoted_spans(text, ctx.lex)
    quotes = direct_quotes(ctx, spans)
    quotes += uttered(ctx, spans)
    quotes += colon_blocks(ctx)
    quotes += colon_inline(ctx)
    quotes += colon_sources(ctx)
    quotes += colon_lines(ctx)
    quotes += interview_answers(ctx)
    quotes += dash_interview(ctx)
    quotes += dash_speech(ctx)
    quotes += first_person_after(ctx)
    quotes += signed_letter(ctx)
    quotes += [unmarked_postposed(ctx, q) for q in indirect_quotes(ctx)]
    fragments = quoted_words(ctx, spans, quotes)
    quotes = whole_clauses(ctx, quotes, fragments) + fragments
    quotes = restated_twins(ctx, quotes)
    named_bodies(ctx, quotes)
    full_body_names(ctx, quotes)  # управление -> управление торгового представителя США
    quoted_names(ctx, quotes)  # компания «Мегафон» -> Мегафон
    quotes = unnamed_twins([part for q in quotes for part in paragraphs_of(text, q)])
    found = sorted((q for q in quotes if q.stop > q.start), key=lambda q: (q.start, q.stop))
    rerank(ctx, found)
    return found


def unmarked_postposed(ctx: Context, q: Quote) -> Quote:
    """`Мы довольны итогами, сказал X.`: a post-posed report in the first person (я, мы,
    наш, a verb of the first person) is the speaker's own words whose marks were lost, as
    reported speech turns the first person into the third: a direct quote."""
    if q.rule != "indirect:postposed" or not first_person(ctx, q.start, q.stop):
        return q
    if any(ch in ctx.text[q.start : q.stop] for ch in '«»„“”"'):
        return q
    toks = ctx.tokens_in(q.start, q.stop)
    if len(toks) > 1 and toks[0].feats.get("Person") == "1" and toks[1].text == ",":
        return q  # Напомним, ...: the author's own aside, not the speaker's first person
    return Quote(q.start, q.stop, "direct", q.speaker, q.cue, "direct:unmarked_postposed")


PARAGRAPH_EDGE = " \u00a0\t\n" + "«„“\"'"  # left out at a paragraph's start
PARAGRAPH_END = " \u00a0\t\n.!?…»“”\"'"  # left out at a paragraph's end


def paragraphs_of(text: str, q: Quote) -> list[Quote]:
    """A direct quote over several paragraphs (a block quote whose paragraphs reopen with «,
    or one opened once and closed once) as one record per paragraph, as the guideline asks;
    the marks that reopen a paragraph and its final punctuation are left out."""
    if q.kind != "direct" or "\n" not in text[q.start : q.stop]:
        return [q]
    out = []
    for found in re.finditer(r"[^\n]+", text[q.start : q.stop]):
        a, b = q.start + found.start(), q.start + found.end()
        while a < b and text[a] in PARAGRAPH_EDGE:
            a += 1
        while b > a and text[b - 1] in PARAGRAPH_END:
            b -= 1
        if b > a:
            out.append(Quote(a, b, q.kind, q.speaker, q.cue, q.rule))
    return out or [q]


def lf_view(text: str) -> str:
    """The text with CRLF/CR line breaks read as LF, same length so offsets hold: the rules
    look for ``\n`` (``сказал:\r\n«Q»`` -> ``сказал: \n«Q»``)."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


ENCLOSING = (("''", "''"), ("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


def bare_name(name: str | None) -> str | None:
    """A speaker name without the marks that enclose all of it (''Wall Street Journal'',
    «Арсенал» -> Арсенал); marks inside a phrase stay (источник «Интерфакса»)."""
    if not name:
        return name
    for left, right in ENCLOSING:
        inner = name[len(left) : -len(right)]
        if len(name) > len(left) + len(right) and name.startswith(left) and name.endswith(right):
            if left not in inner and right not in inner:
                return inner.strip()
    return name


class LazyParser:
    """``models.syntax``, loaded on the first sentence it is asked about (most articles
    need none, so a worker that never asks never loads the parser)."""

    def __init__(self, models):
        self.models = models

    def __call__(self, words: list[str]):
        return self.models.syntax(words)


REPEAT_SHARE = 0.5  # of a headline quote's words found again in a body quote of its speaker


def _stems(text: str) -> set[str]:
    """Folded word stems of 3+ letters (Россия, России -> росси): enough to see a restatement."""
    return {fold_text(w)[:5] for w in re.findall(r"\w{3,}", text)}


def headline_repeats(text: str, quotes: list[Quote]) -> set[int]:
    """Ids of quotes in the first line (the headline) that restate a quote of the same
    speaker in the body: at least ``REPEAT_SHARE`` of their word stems come again there.

    ``Лавров: переговоры зашли в тупик`` over ``Лавров заявил, что переговоры зашли в тупик``."""
    first = text.find("\n")
    if first == -1:
        return set()
    out = set()
    for q in quotes:
        if q.start >= first or not q.speaker.name:
            continue
        stems = _stems(text[q.start : q.stop])
        for body in quotes:
            if body.start <= first or body.speaker.name != q.speaker.name or not stems:
                continue
            if len(stems & _stems(text[body.start : body.stop])) >= REPEAT_SHARE * len(stems):
                out.add(id(q))
                break
    return out


def quote_records(text: str, doc, entities: dict[str, list], models) -> dict[str, list]:
    """Columns ``start, stop, kind, text, speaker, speaker_start, speaker_stop, cue, rule,
    in_headline_repeat`` (``rule``: the frame that found the quote, see docs/quotes.md
    "Rules"; ``in_headline_repeat``: a headline quote that restates a body quote of the same
    speaker, counted once by ``quote_counts``).

    ``"Так", - сказал Шойгу.`` -> one direct quote "Так" by the article's Сергей Шойгу.
    """
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    syntax = LazyParser(models) if hasattr(type(models), "syntax") else None
    quotes = find_quotes(lf_view(text), doc, entities, models.morph_vocab, syntax=syntax)
    repeats = headline_repeats(text, quotes)
    for q in quotes:
        for name, value in (
            ("start", q.start),
            ("stop", q.stop),
            ("kind", q.kind),
            ("text", text[q.start : q.stop]),
            ("speaker", bare_name(q.speaker.name)),
            ("speaker_start", q.speaker.start),
            ("speaker_stop", q.speaker.stop),
            ("cue", q.cue),
            ("rule", q.rule),
            ("in_headline_repeat", id(q) in repeats),
        ):
            columns[name].append(value)
    return columns
