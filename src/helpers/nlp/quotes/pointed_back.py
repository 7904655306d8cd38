"""A quoted sentence whose attribution is the next sentence, pointing back to it (round 9):
`«Q». Так прокомментировал приговор адвокат X.`, `«Q». Такими словами X открыл заседание.`,
`«Q». Об этом заявил X.`, `«Q». Это подтвердил X.`: the speech verb's subject speaks
(``direct:pointed_back``). The pointing forms are those ``pointing.py`` reads for indirect
content (the sentence before), and `так` / `такими (этими) словами` before a speech verb."""

from __future__ import annotations

from .pointing import anaphoric_cue, anaphoric_object_cue
from .records import Context, Quote, Tok, is_reported_form, negated
from .report_bounds import finite_verb
from .subjects import speaker_of

MANNER_WORDS = ("такими", "этими")  # Такими словами X ...
MANNER_REACH = 4  # words after the pointing word in which the speech verb stands
SUBJECT_REACH = 8  # after `Так`, the subject may come first (Так глава МИД России X сказал)


def pointed_back(ctx: Context, m) -> Quote | None:
    """A capitalised quoted sentence of 3+ words that is its whole sentence, then, in the
    same paragraph, a sentence that opens by pointing back to it with a speech verb."""
    q = m.q
    if not ctx.text[q.start : q.start + 1].isupper() or m.n_words < 3 or m.title:
        return None
    tail = ctx.text[q.stop - 1] + ctx.text[m.after : m.after + 1]
    if not any(ch in ".!?…" for ch in tail):
        return None  # the quote does not end its sentence
    if not m.opens_sentence:
        return None
    k = ctx.first_token_after(m.after)
    if k is None or "\n" in ctx.text[m.after : ctx.toks[k].start]:
        return None
    if ctx.toks[k].pos == "PUNCT":  # the final stop after the mark: «Q».
        k = ctx.first_token_after(ctx.toks[k].stop)
        if k is None or "\n" in ctx.text[m.after : ctx.toks[k].start]:
            return None
    start, stop = ctx.sentence_of(ctx.toks[k].start)
    toks = ctx.tokens_in(max(start, ctx.toks[k].start), stop)
    cue = _manner_cue(ctx, toks) or anaphoric_cue(ctx, toks) or anaphoric_object_cue(ctx, toks)
    if cue is None or negated(ctx, cue) or ctx.in_quote(cue.start):
        return None
    speaker = speaker_of(ctx, cue.i)
    return m.quote(speaker, cue.text) if speaker.name else None


def _manner_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """`Так прокомментировал X`, `Об этом заявил X`: the speech verb after them;
    `Такими словами X открыл заседание`: any finite verb (the words are how X acted)."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    if len(words_) > 1 and words_[0].low == "так" and toks[1].text != ",":  # Так, ...: e.g.
        # Так министр Иван Петров прокомментировал: the first finite verb, if a speech verb
        verb = next((t for t in words_[1:SUBJECT_REACH] if finite_verb(t)), None)
        return verb if verb is not None and ctx.is_finite_cue(verb) else None
    if len(words_) > 2 and words_[0].low in ("о", "об") and words_[1].low == "этом":
        return next((t for t in words_[2 : 2 + MANNER_REACH] if ctx.is_finite_cue(t)), None)
    if len(words_) > 2 and words_[0].low in MANNER_WORDS and words_[1].lemma == "слово":
        rest = words_[2 : 2 + MANNER_REACH]
        return next((t for t in rest if t.pos == "VERB" and is_reported_form(t)), None)
    return None
