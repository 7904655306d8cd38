"""Content after `с` + a speech noun (round 7): `X выступил с заявлением о C`, `X обратился
в прокуратуру с запросом о проведении C`, `X вышли к участку с требованием отставки Y`,
`X выпустил заявление с осуждением убийства`. The subject of the clause's finite verb
speaks; tried on a sentence where no other rule found a report (an infinitive after the
noun is ``nouns.request_quote``'s)."""

from __future__ import annotations

from .cues import infinitive_after, that_after
from .lexicons import WITH_NOUNS
from .records import OPENING, Context, Quote, Tok, is_reported_form, negated, skip_space
from .spans import content_end, phrase_end
from .subjects import speaker_of

TOPIC = ("о", "об")


def rule_with_noun(ctx, toks, start, stop, prev):
    """X выступил с заявлением о C / с требованием C (a genitive object)."""
    for n, t in enumerate(toks[:-2]):
        if t.low not in ("с", "со"):
            continue
        noun = _noun_after(toks, n + 1)
        if noun is None or noun.lemma not in WITH_NOUNS:
            continue
        found = _quote(ctx, t, noun, stop)
        if found is not None:
            return [found]
    return None


def _noun_after(toks: list[Tok], n: int) -> Tok | None:
    """The instrumental noun at ``toks[n]`` after up to two adjectives (с резкой критикой)."""
    for t in toks[n : n + 3]:
        if t.pos == "NOUN":
            return t if t.feats.get("Case") == "Ins" else None
        if t.pos != "ADJ":
            return None
    return None


def _quote(ctx: Context, prep: Tok, noun: Tok, stop: int) -> Quote | None:
    nxt = ctx.next_tok(noun.i)
    if nxt is None or infinitive_after(ctx, noun.i) is not None:
        return None
    phrase = True
    if nxt.low in TOPIC and (that := _that_after_tom(ctx, nxt)) is not None:
        begin, phrase = skip_space(ctx.text, that.stop), False  # с заявлением о том, что C
    elif nxt.low in TOPIC:
        begin = nxt.start  # с заявлением о C
    elif nxt.low in ("к", "ко") and WITH_NOUNS[noun.lemma] == "object":
        begin = nxt.start  # с призывом к прекращению огня
    elif (that := that_after(ctx, noun.i, window=3)) is not None:
        begin, phrase = skip_space(ctx.text, ctx.toks[that].stop), False  # с заявлением, что C
    elif WITH_NOUNS[noun.lemma] == "object" and (obj := _marked(ctx, nxt)) is not None:
        begin = obj.start  # с требованием отставки Y; с требованиями «восстановления ...»
    else:
        return None
    verb = _verb_before(ctx, prep)
    if verb is None:
        return None
    speaker = speaker_of(ctx, verb.i, zero=False)
    if speaker.name is None:
        return None
    end = content_end(ctx, begin, stop)
    end = phrase_end(ctx, begin, end) if phrase else end
    if end <= begin:
        return None
    return Quote(begin, end, "indirect", speaker, f"{prep.text} {noun.text}", "indirect:with_noun")


def _that_after_tom(ctx: Context, about: Tok) -> Tok | None:
    """The `что` of `о том, что` at ``about`` (с заявлением о том, что C), or None."""
    toks = ctx.toks[about.i + 1 : about.i + 4]
    if len(toks) == 3 and toks[0].low == "том" and toks[1].text == "," and toks[2].low == "что":
        return toks[2]
    return None


def _marked(ctx: Context, t: Tok) -> Tok | None:
    """The genitive object at ``t``, or right after an opening quotation mark there (с
    требованиями «восстановления справедливости»: the demand as its authors worded it)."""
    if t.text in OPENING:
        t = ctx.next_tok(t.i)
    return t if t is not None and _object(ctx, t) else None


def _object(ctx: Context, t: Tok) -> bool:
    """A genitive noun phrase (отставки Y, немедленного освобождения), not a name: a named
    author (с заявлением министра) is no content."""
    if t.feats.get("Case") != "Gen" or t.pos not in ("NOUN", "ADJ"):
        return False
    return ctx.mention_at(t) is None and t.feats.get("Animacy") != "Anim"


def _verb_before(ctx: Context, prep: Tok) -> Tok | None:
    """The last finite verb of the clause before ``prep``, not negated."""
    start, _ = ctx.sentence_of(prep.start)
    for t in reversed(ctx.tokens_in(start, prep.start)):
        if t.text in (";", ":") or t.low in ("который", "которая", "которые", "которое"):
            return None
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" and is_reported_form(t):
            return None if negated(ctx, t) else t
    return None
