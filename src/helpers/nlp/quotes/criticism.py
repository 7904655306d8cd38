"""Criticism caused by something (round 8b): `X вызвал(о) (резкую) критику со стороны Y`,
`... осуждение со стороны Y`: Y spoke against X, so X (the subject of вызвать, a short noun
phrase: Это заявление, Его решение) is the content of an indirect report and Y its speaker.
A feeling caused (вызвало возмущение, тревогу) is no speech act and is left alone. Round 10
(qg10): the passive `Y подвергся критике со стороны X за C` reports C, X's reason to speak."""

from __future__ import annotations

from .records import Context, Quote, Speaker, Tok
from .roles import nominative, role_phrase
from .spans import content_end, phrase_end

CAUSE = "вызвать"
SPEECH_NOUNS = ("критика", "осуждение")  # a speech act against something
SUBJECT_WORDS = 6  # the subject phrase before the verb, at most
MODIFIERS = 2  # adjectives between вызвать and its noun (резкую, немедленную)


def rule_criticism(ctx: Context, toks: list[Tok], start: int, stop: int, prev) -> list | None:
    for n, verb in enumerate(toks):
        if verb.lemma != CAUSE or verb.feats.get("VerbForm") != "Fin":
            continue
        noun = _speech_noun(toks, n)
        if noun is None:
            continue
        side = _side(ctx, toks, noun)
        if side is None:
            return None
        subject = opening_subject(toks[:n])
        if subject is None:
            return None
        first = toks[noun.i - toks[0].i + 3]  # еврейских и русских организаций: all of it
        head = role_phrase(ctx, side.i)
        phrase = ctx.toks[first.i : min(head[0].i, side.i)] + head
        speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
        cue = ctx.text[verb.start : ctx.toks[noun.i + 2].stop]  # вызвало критику со стороны
        rule = "indirect:criticism"
        return [Quote(subject[0].start, subject[-1].stop, "indirect", speaker, cue, rule)]
    return None


UNDERGO = ("подвергнуться", "подвергаться")
REASONS = (("за",), ("в", "связи", "с"), ("в", "связи", "со"))  # what the criticism was for
REASON_WORDS = 6  # words of the critics' phrase before `за` / `в связи с`


def rule_criticised_for(ctx: Context, toks: list[Tok], start: int, stop: int, prev):
    """`Y подвергся (резкой) критике со стороны X за C / в связи с C`: C, said by X (the
    reason is what X spoke against); with no reason written, no report."""
    for n, verb in enumerate(toks):
        if verb.lemma not in UNDERGO or verb.feats.get("VerbForm") != "Fin":
            continue
        noun = _speech_noun(toks, n, ("Dat", "Loc"))
        side = _side(ctx, toks, noun) if noun is not None else None
        if side is None:
            continue
        head = role_phrase(ctx, side.i)
        begin = _reason_start(ctx, head[-1].i + 1)
        if begin is None:
            return None
        end = phrase_end(ctx, begin, content_end(ctx, begin, stop))
        if end <= begin:
            return None
        phrase = ctx.toks[noun.i + 3 : min(head[0].i, side.i)] + head  # местных жителей
        speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
        cue = ctx.text[verb.start : ctx.toks[noun.i + 2].stop]  # подверглась критике со стороны
        return [Quote(begin, end, "indirect", speaker, cue, "indirect:criticised_for")]
    return None


def _reason_start(ctx: Context, j: int) -> int | None:
    """Where the reason begins after `за` / `в связи с` within a few words from ``j``."""
    for k in range(j, min(j + REASON_WORDS, len(ctx.toks))):
        if ctx.toks[k].pos == "PUNCT":
            return None
        for words in REASONS:
            found = ctx.toks[k : k + len(words)]
            if tuple(t.low for t in found) == words and k + len(words) < len(ctx.toks):
                return ctx.toks[k + len(words)].start
    return None


def _speech_noun(toks: list[Tok], n: int, cases=("Acc",)) -> Tok | None:
    """The noun of criticism after the verb at ``n``, past up to two adjectives."""
    for t in toks[n + 1 : n + 2 + MODIFIERS]:
        if t.pos == "NOUN":
            return t if t.lemma in SPEECH_NOUNS and t.feats.get("Case") in cases else None
        if t.pos != "ADJ":
            return None
    return None


def _side(ctx: Context, toks: list[Tok], noun: Tok) -> Tok | None:
    """The head of the genitive phrase after `со стороны` right after the noun: the first
    noun or name, or None (критику в прессе: no speaker named)."""
    k = noun.i - toks[0].i
    if k + 3 >= len(toks) or toks[k + 1].low not in ("со", "с") or toks[k + 2].lemma != "сторона":
        return None
    for t in toks[k + 3 : k + 7]:
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen":
            return t
        if t.pos not in ("ADJ", "CCONJ", "DET"):
            return None
    return None


def opening_subject(before: list[Tok]) -> list[Tok] | None:
    """The nominative phrase that opens the sentence, up to a comma (Это заявление, подхваченное
    агентствами, вызвало ...: Это заявление), at most SUBJECT_WORDS words with a nominative
    noun or pronoun; None when the clause has a finite verb of its own."""
    phrase = []
    for t in before:
        if t.text in (",", "—", "(") and phrase:
            break
        if t.pos == "PUNCT" or (not phrase and t.pos in ("CCONJ", "ADV", "PART")):
            continue  # Однако, Тем не менее
        phrase.append(t)
    if not phrase or len(phrase) > SUBJECT_WORDS:
        return None
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in phrase):
        return None
    heads = [t for t in phrase if t.pos in ("NOUN", "PROPN", "PRON")]
    # the tagger reads a neuter or inanimate subject as Acc too (Это заявление); the verb's
    # own object is the criticism, so no other accusative stands before it
    if not any(t.feats.get("Case") in ("Nom", "Acc") for t in heads):
        return None
    return phrase
