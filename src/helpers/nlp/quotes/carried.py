"""Direct-quote frames for a quoted sentence whose speaker was named a sentence or two
earlier: the author's remark between the attribution and the quote (X сказал, что ... .
Этот корабль может быть использован. «Мы не видим здесь проблем».), or a colon after a
clause with no speech verb (X утверждает, что ... . Турция делает всё, чтобы ...: «Q»).

Each frame takes the context and the ``direct.Marked`` span being attributed.
"""

from __future__ import annotations

from .cues import clause_cue_before, source_phrase
from .lexicons import FIRST_PERSON
from .marks import quoted_spans
from .records import Context, Quote, Speaker, Tok, negated
from .subjects import speaker_of


def first_person(ctx: Context, start: int, stop: int) -> bool:
    """The span speaks in its own voice: a first-person pronoun or verb (я, мы, наш, знаю)."""
    return any(
        t.low in FIRST_PERSON or (t.pos in ("VERB", "AUX") and t.feats.get("Person") == "1")
        for t in ctx.tokens_in(start, stop)
    )


def unnarrated(ctx: Context, begin: int, stop: int) -> bool:
    """A paragraph that goes on with a statement, not the author's narration: its finite
    verbs are all in the present or future (Вход будет бесплатным; narration tells what
    happened: Фестиваль открылся вчера), with no person named in it."""
    toks = ctx.tokens_in(begin, stop)
    finite = [t for t in toks if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"]
    if not finite or any(t.feats.get("Tense") == "Past" for t in finite):
        return False
    return not any(m.type == "PER" and begin <= m.start < stop for m in ctx.mentions)


CARRIED_SENTENCES = 2  # sentences at most back to the attribution
CARRIED_WORDS = 6  # a carried quote is a statement of this many words at least, no name
NAME_WORDS = 10  # a verbless capitalised quote longer than this is a statement, not a name
PARAGRAPH_BREAKS = 2  # at most one paragraph (a blank line) between the cue and the quote


def earlier_speaker(
    ctx: Context, start: int, sentences: int = CARRIED_SENTENCES
) -> tuple[Speaker, Tok] | None:
    """The speaker of the latest speech verb (outside quotes, not negated) in the sentences
    before the one at ``start``, at most ``CARRIED_SENTENCES`` back and one paragraph away;
    none when a sentence in between names a person of its own."""
    before = [(a, b) for a, b in ctx.sents if b <= start]
    for a, b in reversed(before[-sentences:]):
        if ctx.text.count("\n", b, start) > PARAGRAPH_BREAKS:
            return None
        cues = [
            t
            for t in ctx.tokens_in(a, b)
            if ctx.is_finite_cue(t) and not ctx.in_quote(t.start) and not negated(ctx, t)
        ]
        if cues:
            speaker = speaker_of(ctx, cues[-1].i)
            return (speaker, cues[-1]) if speaker.name else None
        if _names_person(ctx, a, b) or any(ctx.in_quote(p) for p in range(a, b)):
            return None
    return None


def _names_person(ctx: Context, a: int, b: int) -> bool:
    return any(m.type == "PER" and a <= m.start < b for m in ctx.mentions)


def _statement(ctx: Context, m) -> bool:
    """The quote reads as a statement of the speaker's own: capitalised, long enough to be
    no name, ending its sentence or paragraph."""
    q, after = m.q, m.after  # ''«Q»''.: wiki italics closed with the marks
    tail = ctx.text[q.stop - 1] + ctx.text[after : after + 1]
    ends = any(ch in ".!?…" for ch in tail) or ctx.text[after : after + 1] in ("", "\n")
    return ctx.text[q.start : q.start + 1].isupper() and m.n_words >= CARRIED_WORDS and ends


def colon_carried(ctx: Context, m) -> Quote | None:
    """`X утверждает, что ... . Турция делает всё, чтобы ...: «Q»`: a quoted statement after
    a colon whose clause has no speech verb and names no person; the speaker of the speech
    verb a sentence or two before speaks."""
    lead = m.before.rstrip(ctx.lex.dashes + " \u00a0'")
    if not lead.endswith(":") or not _statement(ctx, m) or (m.title and m.n_words <= NAME_WORDS):
        return None
    if clause_cue_before(ctx, len(lead)) is not None:
        return None
    start, _ = ctx.sentence_of(len(lead) - 1)
    if _names_person(ctx, start, len(lead)):
        return None
    found = earlier_speaker(ctx, start)
    return m.quote(found[0], found[1].text) if found else None


def carried(ctx: Context, m) -> Quote | None:
    """`X сказал, что ... . Этот корабль может быть использован. «Q»`: a quoted statement
    opening its sentence, after a sentence of the author's with no speech verb and no
    person named; the speaker of the speech verb one sentence further back speaks."""
    q = m.q
    lead = m.before.rstrip(ctx.lex.dashes + " \u00a0'")
    if lead and lead[-1] not in ".!?…" or not _statement(ctx, m):
        return None
    found = earlier_speaker(ctx, q.start - 1)
    return m.quote(found[0], found[1].text) if found else None


def speaks_as_i(ctx: Context, begin: int, stop: int) -> bool:
    """A paragraph in the singular first person (мне, я никогда не забуду, мои врачи),
    outside quotation marks: news is not written so, it goes on with the words of a block
    quote's speaker even after a blank line."""
    found = [t for t in ctx.tokens_in(begin, stop) if _first_singular(t)]
    if not found:  # most paragraphs: no quotation marks to look for
        return False
    spans = quoted_spans(ctx.text[begin:stop], ctx.lex)
    marks = [(begin + q.start, begin + q.stop) for q in spans]
    return any(not any(a <= t.start < b for a, b in marks) for t in found)  # «Меня зовут Анна»


def _first_singular(t: Tok) -> bool:
    if t.pos == "DET":
        return t.lemma == "мой"  # мои врачи: a possessive has no person in its features
    feats = t.feats
    return (
        t.pos in ("PRON", "VERB", "AUX")
        and feats.get("Person") == "1"
        and (feats.get("Number") == "Sing")
    )


def in_relative_clause(ctx: Context, source: int, k: int) -> bool:
    """The speech verb at ``k`` stands in a relative clause after the source at token
    ``source`` (по словам X, которого цитирует «Интерфакс»): it tells how X is relayed."""
    return any(t.lemma == "который" for t in ctx.toks[source:k])


def relative_cues_only(ctx: Context, start: int, stop: int, cues: list[Tok]) -> bool:
    """The sentence [start, stop) opens with a source phrase and its speech verbs all stand
    in relative clauses after it (По его словам, решение приняли те, кто считает ...:): the
    source speaks, the verbs tell of others (round 10)."""
    found = source_phrase(ctx, start, stop)
    return found is not None and all(in_relative_clause(ctx, found[2], t.i) for t in cues)


def block_carried(ctx: Context, start: int, stop: int, begin: int, end: int) -> Tok | None:
    """`X отметил, что ... . Её причина — в несоответствии:` ending a line with no speech
    verb and no person named, the next paragraph (``begin``-``end``) a statement of 6+
    words in the present or the first person: the speech verb one or two sentences before
    the line, whose speaker goes on."""
    if _names_person(ctx, start, stop) or ctx.text.count("\n", stop, begin) > 1:
        return None
    if source_phrase(ctx, start, stop) is not None:
        return None  # По её словам: a source of its own
    if len(ctx.text[begin:end].split()) < CARRIED_WORDS:
        return None
    if not (first_person(ctx, begin, end) or unnarrated(ctx, begin, end)):
        return None
    found = earlier_speaker(ctx, start)
    return found[1] if found else None


SOLE_WORDS = 6  # a quoted paragraph of this many words at least


def sole_speaker(ctx: Context, m) -> Quote | None:
    """A paragraph that is all one quotation in the first person (`«Мы рассмотрим все
    возможности ...»` on a line of its own), with no attribution, in an article where one
    person only has been quoted directly before it: that person's words."""
    q = m.q
    line = ctx.text.rfind("\n", 0, q.start) + 1
    end = ctx.text.find("\n", q.stop)
    end = len(ctx.text) if end == -1 else end
    if ctx.text[line : q.start - 1].strip(" '") or ctx.text[q.stop + 1 : end].strip(" .\u00a0'"):
        return None
    if not ctx.text[q.start : q.start + 1].isupper() or m.n_words < SOLE_WORDS:
        return None
    if not first_person(ctx, q.start, q.stop):
        return None
    earlier = [speaker for pos, speaker in ctx.spoken if pos < q.start]
    names = {speaker.name for speaker in earlier}
    if len(names) != 1 or None in names:
        return None
    return m.quote(earlier[-1], "")
