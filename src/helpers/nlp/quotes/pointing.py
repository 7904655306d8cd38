"""Speech verbs whose content is the sentence before (split from indirect.py, round 7):
`О своих планах X рассказал`, `Рассказала его пресс-секретарь X.`, `В МВД подтвердили эту
информацию`, `Это подтвердил X`; round 12, agency style: `Такое мнение высказал X`, `С таким
заявлением выступил X`; round 16: `Так считают X`. ``indirect.rule_about_this`` reads the
content."""

from __future__ import annotations

from .cues import is_finite_object_cue, predicative_after, that_after
from .lexicons import ANAPHORIC, CLAIM_NOUNS, OWN_TOPICS, RESTATED_NOUNS
from .outlets import past_outlet
from .records import Context, Tok, negated


def anaphoric_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A speech verb whose content is the sentence before: `О своих планах X рассказал в
    интервью.` (a topical `о своём/этом ...` first), or a sentence that is only the verb and
    its source (`Рассказала его пресс-секретарь X.`)."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    if len(words_) > 2 and words_[0].low in ("о", "об") and words_[1].lemma in ANAPHORIC:
        if own_event(words_[1:]):
            return None  # О своём уходе X объявил: the phrase is the content
        cue = next((t for t in words_[2:8] if ctx.is_finite_cue(t)), None)
        return None if cue is not None and negated(ctx, cue) else cue  # О ... он не говорит
    if words_ and ctx.is_finite_cue(words_[0]) and words_[0].feats.get("Number") != "Plur":
        rest = words_[1:]
        if rest and all(t.pos in ("NOUN", "PROPN", "ADJ", "DET", "PRON") for t in rest):
            return words_[0] if len(rest) <= 6 and not any(t.low == "что" for t in rest) else None
    return None


def own_event(words_: list[Tok]) -> bool:
    """`своём` + a noun that is what the speaker announced (О своей беременности X объявила,
    о своём намерении оставить спорт), not a topic talked about (О своих планах X рассказал:
    quote_own_topics.txt, unless an infinitive or an `о` phrase follows it)."""
    if not words_ or words_[0].lemma != "свой":
        return False
    n = next((n for n, t in enumerate(words_[1:4], 1) if t.pos == "NOUN"), None)
    if n is None:
        return False
    if words_[n].lemma not in OWN_TOPICS:
        return True
    nxt = words_[n + 1] if n + 1 < len(words_) else None
    return nxt is not None and (nxt.feats.get("VerbForm") == "Inf" or nxt.low in ("о", "об"))


FRONT_WORDS = 5  # words before a pointing object after the sentence's opening (В полиции)


def _fronted_restated(ctx: Context, words_: list[Tok]) -> Tok | None:
    """A pointing object in the accusative (эту информацию, данные сведения) after the place
    that opens the sentence, right before its verb: `В полиции эту информацию опровергли`,
    `В МВД России данные сведения подтвердили`; the verb."""
    if not words_ or words_[0].low not in ("в", "во", "на"):
        return None
    for n in range(2, min(FRONT_WORDS, len(words_) - 2)):
        this, noun, verb = words_[n], words_[n + 1], words_[n + 2]
        if this.lemma not in ("этот", "данный") or noun.lemma not in RESTATED_NOUNS:
            continue
        if noun.feats.get("Case") == "Acc" and _reports(ctx, verb):
            return verb
    return None


def _reports(ctx: Context, t: Tok) -> bool:
    """A finite speech verb or a verb of an object cue (подтвердили, опроверг), not negated."""
    return (ctx.is_finite_cue(t) or is_finite_object_cue(ctx, t)) and not negated(ctx, t)


def anaphoric_object_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A speech verb whose object points back to the sentence before (В МВД подтвердили эту
    информацию; X опроверг эти сведения; X подтвердил это; Эту версию подтвердили в МВД;
    Информацию подтвердили в пресс-службе: the noun alone opening the sentence)."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    if (
        len(words_) > 2
        and words_[0].lemma in ("этот", "данный")
        and words_[1].lemma in RESTATED_NOUNS
    ):
        at = past_outlet(words_, 2)  # Эту информацию (РИА Новости) подтвердили в полиции
        cue = words_[at] if at < len(words_) else words_[2]
        if _reports(ctx, cue):
            return cue
    if (cue := _fronted_restated(ctx, words_)) is not None:
        return cue  # В полиции эту информацию опровергли
    bare = len(words_) > 2 and words_[0].lemma in RESTATED_NOUNS
    if bare and words_[0].feats.get("Case") == "Acc" and words_[0].text[:1].isupper():
        cue = words_[1]  # Информацию подтвердили в пресс-службе: the noun alone points back
        if _reports(ctx, cue):
            return cue
    if len(words_) > 2 and words_[0].low == "это" and words_[0].feats.get("Case") == "Acc":
        cue = words_[1]  # Это подтвердил муж актрисы
        if ctx.is_finite_cue(cue) and not negated(ctx, cue) and that_after(ctx, cue.i) is None:
            return cue
    for n, t in enumerate(toks[:-1]):
        if not _reports(ctx, t):
            continue
        if t.lemma in ctx.lex.predicative_cues and predicative_after(ctx, t.i) is not None:
            return None  # назвал эти сообщения «уткой»: the content is right there
        obj = toks[n + 1]
        if obj.lemma == "это" and obj.feats.get("Case") == "Acc":
            return t if n + 2 >= len(toks) or toks[n + 2].pos == "PUNCT" else None
        nxt = toks[n + 2] if n + 2 < len(toks) else None
        if obj.lemma in ("этот", "данный") and nxt is not None and nxt.lemma in RESTATED_NOUNS:
            return t
    return None


def so_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """`Так` opening a sentence as a manner word pointing back, a speech verb right after it
    (`Так считают аналитики банка`, `Так заявил X на форуме`): the view is the sentence before.
    Not `Так, X заявил` (for instance), `Так что`, a colon (`Так об этом сказал X:` announces
    what follows), a hypothesis (`Так сказал бы любой`) or a denial (`Так считают не все`)."""
    if len(toks) < 3 or toks[0].low != "так" or not _reports(ctx, toks[1]):
        return None
    if any(t.text == ":" or t.low in ("бы", "б", "не") for t in toks):
        return None
    return toks[1] if that_after(ctx, toks[1].i) is None else None


# words that point back at a statement (Такое мнение, Соответствующее заявление); not
# lexicons.POINTING, the determiners that are no adjective of a role (его, этот, наш)
RESTATING = frozenset(
    {"это", "этот", "такой", "данный", "подобный", "аналогичный", "соответствующий"}
)
PRESENTING = frozenset({"выступить", "выступать"})  # С таким заявлением выступил X
# figures cited, pointing back only (Такие данные приводит Росстат): `привёл данные` alone
# is no speech act with content of its own, so these are no light cues
CITED_FIGURES = frozenset(
    (verb, noun) for verb in ("приводить", "привести") for noun in ("данные", "цифра", "статистика")
)


def restated_view_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A sentence that opens with a pointing word and the noun of a light speech verb
    (quote_light_cues.txt), the verb after it: `Такое мнение высказал X`, `Эту оценку дал X`,
    `Это заявление сделал X`, `Такие данные приводит X`, or `с` + a claim noun + `выступить`
    (С таким заявлением выступил X): the view is the sentence before; the verb, whose subject
    speaks."""
    words_ = [t for t in toks if t.pos not in ("PUNCT", "PART")]
    presented = bool(words_) and words_[0].low in ("с", "со")
    words_ = words_[presented:]
    if len(words_) < 3 or words_[0].lemma not in RESTATING or words_[1].pos != "NOUN":
        return None
    noun = words_[1]
    verb = next((t for t in words_[2:10] if t.pos == "VERB"), None)  # в беседе с X высказал
    if verb is None or verb.feats.get("VerbForm") != "Fin" or negated(ctx, verb):
        return None
    if presented:
        fits = verb.lemma in PRESENTING and noun.lemma in CLAIM_NOUNS
    else:
        pair = (verb.lemma, noun.lemma)
        fits = pair in ctx.lex.light_cues or pair in CITED_FIGURES
    return verb if fits else None
