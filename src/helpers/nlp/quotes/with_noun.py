"""Content after `с` + a speech noun (round 7): `X выступил с заявлением о C`, `X обратился
в прокуратуру с запросом о проведении C`, `X вышли к участку с требованием отставки Y`,
`X выпустил заявление с осуждением убийства`. The subject of the clause's finite verb
speaks; tried on a sentence where no other rule found a report (an infinitive after the
noun is ``nouns.request_quote``'s). Round 24: an announcement made (`X сделал заявление о C`,
`Объявление о C X сделал`) and one named with its author in the genitive (`объявление Майка
Комри об окончании карьеры`, `заявление Лаврова о готовности к переговорам`)."""

from __future__ import annotations

from .cues import infinitive_after, that_after
from .lexicons import WITH_NOUNS
from .records import (
    OPENING,
    Context,
    Quote,
    Speaker,
    Tok,
    is_reported_form,
    negated,
    skip_space,
)
from .spans import content_end, phrase_end, trim_end
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


# nouns of an announcement whose `о` phrase is its content (сделал заявление о C)
ANNOUNCEMENTS = frozenset({"заявление", "объявление", "сообщение", "предупреждение"})


def rule_announcement(ctx, toks, start, stop, prev):
    """X сделал заявление о C / Объявление о C X сделал: the subject of `сделать` speaks;
    объявление Майка Комри об окончании карьеры: the author named in the genitive."""
    for n, t in enumerate(toks[:-2]):
        if t.pos != "NOUN" or t.lemma not in ANNOUNCEMENTS:
            continue
        nxt = toks[n + 1]
        author = ctx.mention_at(nxt)
        if author is not None and author.type in ("PER", "ORG") and nxt.feats.get("Case") == "Gen":
            about = ctx.first_token_after(author.stop)  # объявление Майка Комри об окончании
            if about is not None and ctx.toks[about].low in TOPIC:
                found = _topic_quote(
                    ctx, ctx.toks[about], stop, Speaker(author.name, author.start, author.stop), t
                )
                if found is not None:
                    return [found]
        if nxt.low not in TOPIC or t.feats.get("Case") not in ("Acc", "Nom"):
            continue
        verb = _making_verb(toks, n)
        if verb is None or negated(ctx, verb):
            continue
        speaker = speaker_of(ctx, verb.i, zero=False)
        if speaker.name is not None and (found := _topic_quote(ctx, nxt, stop, speaker, t)):
            return [found]
    return None


def _making_verb(toks: list[Tok], n: int) -> Tok | None:
    """A finite `сделать` right before the noun at ``n`` (up to two adjectives between) or,
    the noun opening the clause, after it (Объявление о C X сделал)."""
    k = n - 1
    while k >= 0 and toks[k].pos == "ADJ" and k > n - 3:
        k -= 1
    if k >= 0 and toks[k].lemma == "сделать" and toks[k].feats.get("VerbForm") == "Fin":
        return toks[k]
    if n > 0 and toks[n - 1].pos != "PUNCT":
        return None
    for t in toks[n + 1 :]:
        if t.text in (",", ";", ":"):
            return None
        if t.lemma == "сделать" and t.feats.get("VerbForm") == "Fin":
            return t
    return None


def _topic_quote(ctx: Context, about: Tok, stop: int, speaker: Speaker, noun: Tok) -> Quote | None:
    """The `о` phrase at ``about`` as the content of ``noun``, up to a nominative noun or
    pronoun after it (о высылке дипломатов посол покинул: the clause's subject)."""
    end = phrase_end(ctx, about.start, content_end(ctx, about.start, stop))
    for t in ctx.tokens_in(about.stop, end)[1:]:
        nominative = t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON")
        if nominative and ctx.toks[t.i - 1].pos != "ADP":
            end = trim_end(ctx, about.start, t.start)
            break
    if end <= about.stop:
        return None
    return Quote(about.start, end, "indirect", speaker, noun.text, "indirect:announcement")
