"""A noun of what was said right before a colon that ends a line (round 10): `X закончил
интервью неожиданным заявлением:`, `В ответ на реплику X:`, `X посвятил событию комментарий:`
over a paragraph without quotation marks (lost in the page). The line has no speech verb,
but its last noun names a statement (quote_colon_nouns.txt), so the paragraph is its words:
the subject of the line's finite verb speaks, or, in a line with no verb, the noun's owner
in the genitive (реплику Дементьева)."""

from __future__ import annotations

from .lexicons import COLON_NOUNS
from .records import Context, Speaker, Tok, is_reported_form, negated
from .source_speakers import source_speaker
from .subjects import speaker_of

RULE = "direct:colon_noun_block"
NOUN_REACH = (
    6  # the noun is among the line's last words: it and its modifiers (длительностью 5 минут)
)


def colon_noun(ctx: Context, start: int, stop: int) -> tuple[Tok, Speaker] | None:
    """The statement noun closing the sentence [start, stop) before its colon, and who
    speaks through it; None when there is no such noun or no speaker."""
    toks = [t for t in ctx.tokens_in(start, stop) if t.pos != "PUNCT"]
    tail = toks[-NOUN_REACH:]
    noun = next((t for t in reversed(tail) if t.pos == "NOUN" and t.lemma in COLON_NOUNS), None)
    if noun is None or _denied(ctx, noun):
        return None
    if any(t.pos in ("VERB", "AUX") for t in toks if t.start > noun.start):
        return None  # заявление, которое прозвучало так:: a clause of its own follows
    verbs = [
        t
        for t in toks
        if t.start < noun.start
        and t.pos in ("VERB", "AUX")
        and t.feats.get("VerbForm") == "Fin"
        and is_reported_form(t)
    ]
    if verbs:
        if any(t.lemma == "который" for t in toks if t.start < verbs[0].start):
            return None  # a verb of a relative clause: whose words they are is not said
        if negated(ctx, verbs[0]):
            return None
        speaker = speaker_of(ctx, verbs[0].i)
        return (noun, speaker) if _named(ctx, speaker, start, stop) else None
    owner = ctx.next_tok(noun.i)
    if owner is None or owner.feats.get("Case") != "Gen" or owner.pos not in ("NOUN", "PROPN"):
        return None
    speaker = source_speaker(ctx, owner.i)
    return (noun, speaker) if speaker.name else None


def _named(ctx: Context, speaker: Speaker, start: int, stop: int) -> bool:
    """The speaker is a name or found earlier, not a description standing in the line with
    no name in it (знаменитая гостья закончила речь словами:): whom it means is not said."""
    if speaker.name is None:
        return False
    if speaker.start is None or speaker.stop is None or not start <= speaker.start < stop:
        return True
    return any(m.start < speaker.stop and speaker.start < m.stop for m in ctx.mentions)


DENIALS = ("не", "ни", "без", "никакой")  # не дав никакого комментария:, без комментариев:


def _denied(ctx: Context, noun: Tok) -> bool:
    """The statement is said not to have been made: a negation among the words right before
    the noun (не дав комментария, без единого слова)."""
    return any(
        t.low in DENIALS or t.lemma in DENIALS for t in ctx.toks[max(0, noun.i - 3) : noun.i]
    )
