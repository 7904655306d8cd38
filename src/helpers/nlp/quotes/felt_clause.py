"""A quoted clause inside the `что` clause of a verb of feeling (round 9): `Министра Ивана
Орлова возмутило, что подрядчики «тянут время и срывают сроки»`. The verb (обидеть, возмутить,
удивить ...: quote_feeling_verbs) reports no speech and has the `что` clause as its subject and
the one who feels as its object in the accusative; a lowercase quoted fragment of three words
or more with a predicate of its own inside that clause, in a sentence with no speech verb, is
the words the feeling was put into: the person named in the accusative speaks
(``direct:felt_clause``), as the thinker does after a verb of thinking (``thought_clause``).
The reflexive partner of such a verb has the one who feels as its subject: `Иван Орлов
возмутился тем, что подрядчики «тянут время»`: the subject speaks."""

from __future__ import annotations

from .cues import is_predicate
from .lexicons import FEELING_VERBS
from .records import Context, Quote, Speaker, negated
from .subjects import speaker_of

FRAGMENT_WORDS = 3  # the guideline's least quoted fragment
OBJECT_REACH = 4  # tokens between the one who feels and the verb at most (Путина в частности)


def felt_clause(ctx: Context, m) -> Quote | None:
    q = m.q
    if ctx.text[q.start].isupper() or m.n_words < FRAGMENT_WORDS:
        return None
    if not any(is_predicate(t) for t in ctx.tokens_in(q.start, q.stop)):
        return None  # a term or a name in quotes, no clause
    start, stop = ctx.sentence_of(q.start)
    toks = ctx.tokens_in(start, q.start)
    if any(ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal for t in toks):
        return None  # a speech verb of its own: the other frames read it
    for n, t in enumerate(toks):
        reflexive = t.lemma.endswith(("ся", "сь")) and t.lemma[:-2] in FEELING_VERBS
        if not (reflexive or t.lemma in FEELING_VERBS) or t.pos != "VERB":
            continue
        if t.feats.get("VerbForm") != "Fin" or negated(ctx, t) or ctx.in_quote(t.start):
            continue
        rest = toks[n + 1 :]
        if reflexive and rest and rest[0].low in ("тем", "тому"):
            rest = rest[1:]  # возмутился тем, что; радуется тому, что
        if len(rest) < 2 or rest[0].text != "," or rest[1].low != "что":
            continue  # the fragment inside the verb's own `что` clause
        if reflexive:  # X возмутился, что: the subject feels
            speaker = speaker_of(ctx, t.i)
            return m.quote(speaker, t.text) if speaker.name else None
        person = _experiencer(ctx, toks[max(0, n - OBJECT_REACH) : n])
        if person is None:
            return None
        return m.quote(Speaker(person.name, person.start, person.stop), t.text)
    return None


def _experiencer(ctx: Context, before: list):
    """The person named in the accusative right before the verb (Путина обидело); a person's
    accusative has the genitive's form, and the tagger often reads it so."""
    for t in reversed(before):
        if t.text in ",;:" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"):
            return None
        person = next(
            (p for p in ctx.mentions if p.type == "PER" and p.start <= t.start < p.stop), None
        )
        if person is not None and t.feats.get("Case") in ("Acc", "Gen"):
            return person
    return None
