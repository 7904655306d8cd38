"""A stated position (round 7): `X выступил против законопроекта`, `X высказались за
отставку Y`, `X выступал против того, чтобы C`: what is supported or opposed is the content, the verb's subject speaks. Tried on a sentence where no other
rule found a report; not a team or a person played or stood for (выступал за «Спартак», за
сборную, против чемпиона)."""

from __future__ import annotations

from .lexicons import ANAPHORIC, STANCE_VERBS, TEAMS
from .records import OPENING, Context, Quote, Tok, negated, skip_space
from .spans import content_end, phrase_end, trim_end
from .subjects import speaker_of

SIDES = ("за", "против")


def rule_stance(ctx, toks, start, stop, prev):
    """X выступил за/против C (not a fronted `Против C выступили 26 сенаторов`: a vote)."""
    for n, t in enumerate(toks[:-2]):
        if t.lemma not in STANCE_VERBS or t.feats.get("VerbForm") != "Fin" or negated(ctx, t):
            continue
        side = toks[n + 2] if toks[n + 1].pos == "ADV" else toks[n + 1]  # выступил резко против
        if side.low not in SIDES or any(u.pos == "NUM" for u in toks[:n]):
            continue  # За поправку высказались 37 сенаторов: a vote counted, not a position
        found = _after(ctx, t, side, stop)
        if found is not None:
            return [found]
    return None


def _after(ctx: Context, verb: Tok, side: Tok, stop: int) -> Quote | None:
    nxt = ctx.next_tok(side.i)
    if nxt is None or not _content_word(ctx, nxt) or not _content_word(ctx, _head(ctx, nxt)):
        return None
    begin = nxt.start
    if nxt.low == "того":  # выступал против того, чтобы C
        after = ctx.toks[nxt.i + 1 : nxt.i + 3]
        if [t.low for t in after] not in ([",", "чтобы"], [",", "что"]):
            return None
        begin = skip_space(ctx.text, after[1].stop)
        end = _before_gerund(ctx, begin, content_end(ctx, begin, stop))
    else:
        end = phrase_end(ctx, begin, content_end(ctx, begin, stop))
    return _quote(ctx, verb, side, begin, end)


def _before_gerund(ctx: Context, begin: int, end: int) -> int:
    """``end`` before `, полагая, что ...`: a gerund of the subject's own after the clause."""
    toks = ctx.tokens_in(begin, end)
    for t, g in zip(toks, toks[1:], strict=False):
        if t.text == "," and g.feats.get("VerbForm") == "Conv":
            return t.start
    return end


def _head(ctx: Context, t: Tok) -> Tok:
    """The first word after the adjectives that open a phrase (за итальянский «Милан»: «)."""
    while t.pos == "ADJ" and (nxt := ctx.next_tok(t.i)) is not None:
        t = nxt
    return t


def _content_word(ctx: Context, t: Tok) -> bool:
    """What a position is about: not a name, a person, a quoted title or a team."""
    if t.text in OPENING or ctx.mention_at(t) is not None or t.pos in ("PROPN", "NUM"):
        return False
    if t.lemma in ANAPHORIC and t.low != "того":
        return False  # выступала против этой сделки: named before
    if t.pos == "NOUN" and (t.feats.get("Animacy") == "Anim" or t.lemma in TEAMS):
        return False
    return not (t.pos == "ADJ" and t.lemma in TEAMS)


def _quote(ctx: Context, verb: Tok, side: Tok, begin: int, end: int) -> Quote | None:
    end = trim_end(ctx, begin, end)
    speaker = speaker_of(ctx, verb.i, zero=False)
    if end <= begin or speaker.name is None:
        return None
    cue = f"{verb.text} {side.text}"
    return Quote(begin, end, "indirect", speaker, cue, "indirect:stance")
