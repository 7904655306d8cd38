"""What someone sees in something, as a stance (round 10): `X видит в C угрозу`, `X усмотрел в
C «пропаганду Y»`: a verb of quote_seeing_verbs.txt, then `в` + a noun phrase in the
prepositional case, then an inanimate object in the accusative: X states what C is to X; the
`в` phrase with the object is the content, the verb's subject speaks. `видеть`/`увидеть`
only in the present tense (видел в зале друга: sight), never with an animate object or a
place (видит в Москве ...). Tried on a sentence where no other rule found a report."""

from __future__ import annotations

from .lexicons import SEEING_VERBS
from .records import OPENING, Context, Quote, Tok, is_reported_form, negated
from .spans import content_end, phrase_end, trim_end
from .subjects import speaker_of

SIGHT_VERBS = ("видеть", "увидеть")  # also verbs of plain sight: present tense only
PHRASE_WORDS = 8  # tokens of the `в` phrase before the object
MODIFIERS = ("ADJ", "DET", "NUM", "PROPN", "PRON", "X")  # in a noun phrase, around its nouns


def rule_seen_in(ctx, toks, start, stop, prev):
    """X видит в C угрозу: `в C угрозу`."""
    for t in toks:
        if t.lemma not in SEEING_VERBS or t.pos != "VERB" or negated(ctx, t):
            continue
        if not is_reported_form(t) or ctx.is_future(t):
            continue
        if t.lemma in SIGHT_VERBS and t.feats.get("Tense") != "Pres":
            continue
        found = _seen(ctx, t, stop)
        if found is not None:
            return [found]
    return None


def _seen(ctx: Context, verb: Tok, stop: int) -> Quote | None:
    prep = ctx.next_tok(verb.i)
    if prep is None or prep.low not in ("в", "во"):
        return None
    obj = _object_after(ctx, prep)
    if obj is None:
        return None
    begin = prep.start
    end = trim_end(ctx, begin, phrase_end(ctx, begin, content_end(ctx, begin, stop)))
    speaker = speaker_of(ctx, verb.i, zero=False)
    if end <= obj.start or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, f"{verb.text} {prep.text}", "indirect:seen_in")


def _object_after(ctx: Context, prep: Tok) -> Tok | None:
    """The head noun of the accusative object after the `в` phrase that opens at ``prep``:
    the phrase's first noun is prepositional and no place; genitive nouns, names, adjectives
    and quotation marks go on with it; the first accusative noun, inanimate, is the object."""
    seen_loc = False
    for u in ctx.toks[prep.i + 1 : prep.i + 1 + PHRASE_WORDS]:
        case = u.feats.get("Case")
        if u.text in OPENING or u.text in "»”":
            continue
        if u.pos in ("NOUN", "PRON") and not seen_loc:
            if case != "Loc" or ctx.mention_at(u, places=True) is not None:
                return None
            seen_loc = True
        elif u.pos == "NOUN" and case in ("Acc", "Nom"):  # Nom: the tagger on inanimate plurals
            return u if u.feats.get("Animacy") != "Anim" else None
        elif not (u.pos in MODIFIERS or (u.pos == "NOUN" and case in ("Gen", None))):
            return None
    return None
