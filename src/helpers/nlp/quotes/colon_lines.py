"""Lines ending with a colon over a paragraph whose quotation marks were lost (round 8), where
the line has no speech verb of its own (``direct.colon_blocks`` takes those):

- `Хозяин фермы Олег Сомов:` (new line) `Мы потеряли весь урожай.`: a line that is only a
  person's name, with role words before it and no verb, over a paragraph in the first person:
  that person speaks (``direct:name_line``);
- `Министр Олег Рыбин выступил с заявлением, осудив ...:` (new line) `Мы не допустим ...`:
  the line's verb has a noun of a statement (заявление, комментарий, обращение) as its object
  or after `с`, over a paragraph in the speaker's own voice (the first person, or statements in
  the present and future with no person named): the verb's subject speaks
  (``direct:statement_line``);
- `X посвятил событию комментарий:`, `В ответ на реплику X:` (round 10): a noun of what was
  said closing the line, over a statement in any voice (``direct:colon_noun_block``,
  colon_nouns.py).

The speaker comes from the speaker machinery (``subjects.speaker_of``); each following
paragraph that goes on in the same voice is a record of its own (``direct.block_paragraphs``).
"""

from __future__ import annotations

from .attributions import STATEMENT_NOUNS
from .carried import first_person, speaks_as_i, unnarrated
from .colon_blocks import block_paragraphs, has_attribution
from .colon_nouns import RULE as NOUN_RULE
from .colon_nouns import colon_noun
from .cues import is_predicate
from .layouts import person_label
from .marks import paragraph_end, words
from .records import OPENING, Context, Quote, Speaker, Tok, skip_space
from .subjects import speaker_of

NAME_LINE_WORDS = 8  # a label line (role words and a name) has at most this many words


def colon_lines(ctx: Context) -> list[Quote]:
    out = []
    for start, stop in ctx.sents:
        line = ctx.text[start:stop].rstrip()
        if not line.endswith(":") or ctx.in_quote(start):
            continue
        begin = skip_space(ctx.text, stop)
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        if not _block_after(ctx, stop, begin, end):
            if not _block_after(ctx, stop, begin, end, sourced=False):
                continue
            found = _noun_line(ctx, start, stop, begin, end)  # as after a speech verb
        elif ctx.text.count("\n", stop, begin) == 1:
            found = _name_line(ctx, start, stop, begin, end)
            found = found or _statement_line(ctx, start, stop, begin, end)
            found = found or _noun_line(ctx, start, stop, begin, end)
        else:  # after a blank line: a statement in the singular first person only
            i_speak = speaks_as_i(ctx, begin, end)
            found = _statement_line(ctx, start, stop, begin, end) if i_speak else None
        if found is None:
            continue
        speaker, cue, rule = found
        for a, b in [(begin, end), *block_paragraphs(ctx, end)]:
            out.append(Quote(a, paragraph_end(ctx.text, a, b), "direct", speaker, cue, rule))
            ctx.quoted.append((a, b))
            ctx.spoken.append((a, speaker))
    return out


def _block_after(ctx: Context, stop: int, begin: int, end: int, sourced: bool = True) -> bool:
    """The next paragraph, right after the line (or after one blank line), no quotation
    mark opening it, three words or more, not taken, not a source of its own (``sourced``
    false: one that has a speech verb of its own, right after the line, is kept, as after
    `X заявил:` in ``colon_blocks``)."""
    breaks = ctx.text.count("\n", stop, begin)
    if begin >= end or breaks not in ((1, 2) if sourced else (1,)):
        return False
    if ctx.text[begin] in OPENING or ctx.in_quote(begin) or len(words(ctx.text[begin:end])) < 3:
        return False
    if ctx.text[begin:end].rstrip().endswith(":"):
        return False
    return not (sourced and has_attribution(ctx, begin, end))


def _name_line(ctx: Context, start: int, stop: int, begin: int, end: int):
    """`Хозяин фермы Олег Сомов:`: no verb, a person's mention right before the colon, and the
    paragraph after it in the first person."""
    toks = [t for t in ctx.tokens_in(start, stop) if t.pos != "PUNCT"]
    if not toks or len(toks) > NAME_LINE_WORDS or any(t.pos in ("VERB", "AUX") for t in toks):
        return None
    colon = ctx.text.rindex(":", start, stop)
    person = next(
        (
            m
            for m in ctx.mentions
            if m.type == "PER" and start <= m.start and ctx.text[m.stop : colon].strip() == ""
        ),
        None,
    )
    if person is None:
        person = person_label(ctx, start, colon)
    if person is None or person.type != "PER" or not first_person(ctx, begin, end):
        return None
    return Speaker(person.name, person.start, person.stop), ":", "direct:name_line"


def _statement_line(ctx: Context, start: int, stop: int, begin: int, end: int):
    """`X выступил с заявлением:`, `X сделал заявление, осудив ...:`: a finite verb whose object
    (or `с` phrase) is a noun of a statement; the paragraph after it in the speaker's voice."""
    if not (first_person(ctx, begin, end) or unnarrated(ctx, begin, end)):
        return None
    toks = ctx.tokens_in(start, stop)
    noun = next((t for t in toks if _statement_object(ctx, t)), None)
    if noun is None:
        return None
    verb = next(
        (
            t
            for t in reversed(toks[: noun.i - toks[0].i])
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"
        ),
        None,
    )
    if verb is None:
        return None
    speaker = speaker_of(ctx, verb.i)
    if speaker.name is None:
        return None
    return speaker, verb.text, "direct:statement_line"


def _noun_line(ctx: Context, start: int, stop: int, begin: int, end: int):
    """`X посвятил событию комментарий:`, `В ответ на реплику X:`: a noun of what was said
    closing the line (``colon_nouns``), over a statement with a predicate in whatever voice."""
    found = colon_noun(ctx, start, stop)
    if found is None or not any(is_predicate(t) for t in ctx.tokens_in(begin, end)):
        return None  # выступил с заявлением: (new line) X, Y, Z: names, no statement
    noun, speaker = found
    return speaker, noun.text, NOUN_RULE


def _statement_object(ctx: Context, t: Tok) -> bool:
    """A noun of a statement in the accusative (сделал заявление) or after `с` (с обращением)."""
    if t.pos != "NOUN" or t.lemma not in (*STATEMENT_NOUNS, "речь") or t.lemma == "слово":
        return False
    if t.feats.get("Case") == "Acc":
        return True
    prev = ctx.toks[t.i - 1] if t.i else None
    if t.feats.get("Case") == "Ins" and _ends_line(ctx, t):
        return True  # закончил интервью неожиданным заявлением:: the words it ended with
    return t.feats.get("Case") == "Ins" and prev is not None and prev.low in ("с", "со")


def _ends_line(ctx: Context, t: Tok) -> bool:
    """The noun ``t`` stands right before the line's colon."""
    nxt = ctx.toks[t.i + 1] if t.i + 1 < len(ctx.toks) else None
    return nxt is not None and nxt.text == ":"
