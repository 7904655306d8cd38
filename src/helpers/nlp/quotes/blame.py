"""Blame laid on someone (round 10): `X возложил ответственность за C на Y`, `X перекладывает
вину на Y`: a verb of quote_blame_verbs.txt with a blame noun (quote_blame_nouns.txt) as its
object, then `на` + the one blamed, states X's position; the object phrase with `на Y` is the
content, the verb's subject speaks. Not `возложил на Y ответственность за C` (`на` first: mostly
a duty assigned, an act) nor a blame noun with no one named. Tried on a sentence where no other
rule found a report."""

from __future__ import annotations

from .lexicons import BLAME_NOUNS, BLAME_VERBS
from .records import Context, Quote, Tok, is_reported_form, negated
from .spans import content_end, phrase_end, trim_end
from .subjects import speaker_of

OBJECT_WORDS = 3  # words between the verb and the blame noun (прямую, всю)


def rule_blame(ctx, toks, start, stop, prev):
    """X возложил ответственность за C на Y: `ответственность за C на Y`."""
    for t in toks:
        if t.lemma not in BLAME_VERBS or not is_reported_form(t) or negated(ctx, t):
            continue
        if t.pos != "VERB" or ctx.is_future(t):
            continue  # возложит ответственность: nothing stated yet
        noun = _blame_noun(ctx, t)
        if noun is None:
            continue
        found = _quote(ctx, t, noun, stop)
        if found is not None:
            return [found]
    return None


def _blame_noun(ctx: Context, verb: Tok) -> Tok | None:
    """The blame noun in the accusative right after ``verb`` (after its modifiers only)."""
    for u in ctx.toks[verb.i + 1 : verb.i + 1 + OBJECT_WORDS]:
        if u.pos == "NOUN" and u.lemma in BLAME_NOUNS and u.feats.get("Case") in ("Acc", None):
            return u
        if u.pos not in ("ADJ", "DET"):
            return None
    return None


def _quote(ctx: Context, verb: Tok, noun: Tok, stop: int) -> Quote | None:
    begin = ctx.toks[verb.i + 1].start
    end = trim_end(ctx, begin, phrase_end(ctx, begin, content_end(ctx, begin, stop)))
    if not any(u.low == "на" for u in ctx.tokens_in(noun.stop, end)):
        return None  # взял всю вину: no one blamed
    speaker = speaker_of(ctx, verb.i, zero=False)
    if end <= begin or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, f"{verb.text} {noun.text}", "indirect:blame")
