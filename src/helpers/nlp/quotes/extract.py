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

from ... import tables
from .direct import DIRECT_FRAMES, colon_blocks, colon_inline, direct_quotes
from .indirect import INDIRECT_RULES, indirect_quotes
from .lexicons import Lexicon, lexicon
from .marks import quoted_spans
from .nouns import NOUN_RULES
from .records import Context, Quote
from .verbs import VERB_FRAMES

COLUMNS = tuple(tables.without_article(tables.QUOTES))  # start, stop, ... cue, rule


def _producing(frames) -> list[str]:
    """Names of frames that can produce a quote (``stop:`` frames only end the search)."""
    return [f.name for f in frames if not f.name.startswith("stop:")]


# every value of the ``rule`` column, in the order the extractor tries them (docs/quotes.md)
RULES = (
    *_producing(DIRECT_FRAMES),
    "direct:colon_block",
    "direct:colon_inline",
    "indirect:headline",
    *(name for name in _producing(INDIRECT_RULES) if name != "indirect:verb"),
    "indirect:anaphoric_cue",  # named inside indirect:ob_etom
    "indirect:anaphoric_object",
    *_producing(VERB_FRAMES),  # named inside indirect:verb
    *NOUN_RULES,
)


def find_quotes(
    text: str, doc, entities: dict[str, list], morph, lex: Lexicon | None = None
) -> list[Quote]:
    """All quotes of one text, in text order (``morph``: the models' pymorphy2 analyser)."""
    if not text.strip():
        return []
    ctx = Context(text, doc, entities, lex or lexicon(), morph)
    quotes = direct_quotes(ctx, quoted_spans(text, ctx.lex))
    quotes += colon_blocks(ctx)
    quotes += colon_inline(ctx)
    quotes += indirect_quotes(ctx)
    return sorted((q for q in quotes if q.stop > q.start), key=lambda q: (q.start, q.stop))


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


def quote_records(text: str, doc, entities: dict[str, list], models) -> dict[str, list]:
    """Columns ``start, stop, kind, text, speaker, speaker_start, speaker_stop, cue, rule``
    (``rule``: the frame that found the quote, see docs/quotes.md "Rules").

    ``"Так", - сказал Шойгу.`` -> one direct quote "Так" by the article's Сергей Шойгу.
    """
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for q in find_quotes(lf_view(text), doc, entities, models.morph_vocab):
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
        ):
            columns[name].append(value)
    return columns
