"""Where noun-phrase content ends before a clause of its own (round 7): `X пожаловался на
боли в спине, и прибывший врач настоял на C` (and + a new subject + its verb), `X заявил о
своей невиновности в понедельник во время слушаний` (the day of the speech act). Hooks of
``spans.phrase_end``."""

from __future__ import annotations

import re

from .cues import aspectual, is_predicate
from .lexicons import CLAUSE_CONNECTIVES, DAYS
from .records import OPENING, Context, Tok

JOINING = ("и", "а", "но")  # a conjunction before a new subject
SUBJECT_POS = frozenset(("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM", "VERB"))  # VERB: participles


def before_new_subject(toks: list[Tok], n: int, end: int) -> int:
    """``end`` (the start of the finite verb ``toks[n]``), or the start of `и` + a subject in
    the nominative that agrees with the verb in number: `на боли и прибывшая скорая
    настояла` ends before `и`; or the comma before a relative clause whose speech verb this
    is (`компенсацию от X, который признал свою вину`)."""
    verb = toks[n]
    for j in range(n - 1, max(0, n - 4), -1):  # X, который признал C: a report of its own
        if toks[j].lemma == "который":
            return toks[j - 1].start if toks[j - 1].text == "," else toks[j].start
    k = n - 1
    subject: list[Tok] = []
    while k > 0 and toks[k].pos in SUBJECT_POS and toks[k].low not in JOINING:
        subject.append(toks[k])
        k -= 1
    if k <= 0 or toks[k].low not in JOINING or not subject or len(subject) > 4:
        return end
    if not all(t.feats.get("Case") == "Nom" for t in subject if t.pos != "VERB"):
        return end
    if any(t.pos == "VERB" and t.feats.get("VerbForm") != "Part" for t in subject):
        return end
    heads = [t for t in subject if t.pos in ("NOUN", "PROPN", "PRON", "ADJ")]
    number = verb.feats.get("Number")
    if not heads or (number and heads[0].feats.get("Number") not in (None, number)):
        return end
    return toks[k].start


def listed_after(nxt: Tok | None) -> bool:
    """A colon that goes on with the phrase in lowercase (отметили три сферы: политическую,
    торговую и гуманитарную), not a quote or a new sentence after it."""
    return nxt is not None and nxt.text[:1].isalpha() and nxt.text[:1].islower()


def day_after(prev: Tok, t: Tok, nxt: Tok | None) -> bool:
    """`в понедельник`, `во вторник`: the day of the speech act after its content (not the
    day of a participle's event: `против состоявшегося в пятницу визита`)."""
    if prev.feats.get("VerbForm") == "Part":
        return False
    return t.low in ("в", "во") and nxt is not None and nxt.low in DAYS


def new_clause_end(ctx: Context, pos: int, end: int) -> int:
    """``end``, or the comma before a clause that is no more of the reported content: a
    finite speech verb right after it (`заявил, что C, призвал D`: the speaker's next act) or
    `и`/`а` + a connective of the author's with a finite verb of its own (`, и в связи с этим
    ряд звёзд призвали`; quote_clause_connectives.txt). Hook of ``spans.content_end``."""
    toks = [t for t in ctx.tokens_in(pos, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[1:-1], 1):
        if t.text != ",":
            continue
        nxt = toks[n + 1]
        if (
            _next_act(ctx, nxt)
            and _has_predicate(ctx, toks[:n])
            and not awaits_predicate(toks[:n])
            and not _subject_after(toks[n + 2 :])
        ):
            return t.start
        if nxt.low in ("и", "а") and _connective_clause(toks[n + 2 :]):
            return t.start
        if _final_report(ctx, toks[n + 1 :]):
            return t.start  # C, факт насилия подтвердили члены комиссии.
        if _next_act(ctx, nxt) and _has_predicate(ctx, toks[:n]) and _closing(toks[n + 2 :]):
            return t.start  # По данным полиции, погибли двое, сообщает РБК.: the relay
    return end


def awaits_predicate(toks: list[Tok]) -> bool:
    """The words since the last comma of ``toks`` are a relative clause (который, чей) on a
    subject whose own predicate has not come yet (жители, которые разводят коз, жалуются:
    the verb after the comma is the subject's own, no new act)."""
    n = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    segment = toks[n + 1 :]
    if n < 0 or not segment or segment[0].lemma not in ("который", "чей"):
        return False
    return not any(is_predicate(t) for t in toks[:n])


def _next_act(ctx: Context, t: Tok) -> bool:
    return (
        t.pos == "VERB"
        and t.feats.get("VerbForm") == "Fin"
        and ctx.is_finite_cue(t)
        and t.low not in ctx.lex.impersonal
        and not aspectual(ctx, t)  # продолжит падать: no act of speech
    )


def _has_predicate(ctx: Context, toks: list[Tok]) -> bool:
    """The content before the comma is a clause of its own: a finite verb or short form
    that is no inserted cue (`Рубль, уверен X, продолжит падать`)."""
    return any(
        (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short")
        and not ctx.is_cue(t)
        for t in toks
    )


def _subject_after(rest: list[Tok]) -> bool:
    """A nominative subject after the verb before the next comma: `, уточняет газета, ` is an
    inserted attribution of the content, not the speaker's next act."""
    for u in rest:
        if u.text in ",;:—–-(":
            return False
        if u.pos in ("NOUN", "PROPN") and u.feats.get("Case") == "Nom":
            return True
    return False


FRONT_WORDS = 4  # words before the speech verb of a report that closes the sentence


def _final_report(ctx: Context, rest: list[Tok]) -> bool:
    """A report of its own closing the sentence after a comma: up to ``FRONT_WORDS`` words
    with no verb, a finite speech verb, its subject after it, no comma to the end (`, факт
    насилия подтвердили члены ОНК.`); not an inserted cue, which a comma closes."""
    k = next((k for k, u in enumerate(rest[: FRONT_WORDS + 1]) if u.pos in ("VERB", "AUX")), None)
    if k is None or k == 0 or not _next_act(ctx, rest[k]):
        return False
    if any(u.text in ",;:" or u.pos == "PUNCT" and u.text in "()—–" for u in rest[:k]):
        return False
    tail = rest[k + 1 :]
    if any(u.text in ",;:()" for u in tail):
        return False
    return _subject_after(tail)


def _closing(rest: list[Tok]) -> bool:
    """The words after a speech verb are its subject and close the sentence (`, сообщает
    РБК.`), with no comma after them: a postposed attribution, not one inserted in C."""
    return not any(u.text in ",;:()" for u in rest) and _subject_after(rest)


def _connective_clause(rest: list[Tok]) -> bool:
    words_ = [t.low for t in rest[:4]]
    for connective in CLAUSE_CONNECTIVES:
        size = len(connective)
        if tuple(words_[:size]) == connective:
            clause = []
            for u in rest[size:]:
                if u.text in ",;":
                    break
                clause.append(u)
            return any(
                u.pos in ("VERB", "AUX") and u.feats.get("VerbForm") == "Fin" for u in clause
            )
    return False


def adverb_of_participle(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is an adverb (one or two) opening a participial phrase on the noun before
    the comma (`итоги матча, донельзя разочаровавшие болельщиков, как приемлемые`,
    `законопроект, недавно принятый Думой`): the noun phrase goes on (round 8, qg8)."""
    for t in toks[k : k + 3]:
        if t.pos == "ADV":
            continue
        return participle_form(t)
    return False


def participle_form(t: Tok) -> bool:
    """A participle, also where the tagger read it as a gerund (`разочаровавшие` tagged Conv):
    a gerund never ends in an adjective's ending (`-ая` only after a participle's suffix:
    `-шая`, `-щая`, `-мая`, `-нная`; `настаивая`, `называя` are gerunds)."""
    form = t.feats.get("VerbForm")
    if form == "Part" or (form == "Conv" and t.low.endswith(ADJECTIVE_ENDINGS)):
        return True  # a participle read as a noun: a verb's lemma, a participle's ending
    return t.lemma.endswith(VERB_LEMMA) and PARTICIPLE_ENDING.search(t.low) is not None


VERB_LEMMA = ("ть", "ться", "ти", "чь")
PARTICIPLE_ENDING = re.compile(
    r"(?:вш|ющ|ущ|ащ|ящ|енн|анн)(?:ий|ая|ее|ие|ый|ого|его|ему|им|их|ую|ей|ими)$"
)


ADJECTIVE_ENDINGS = (
    *("ий", "ое", "ее", "ие", "ые", "ый", "ого", "его", "ому", "ему", "ым", "им", "ых", "их"),
    *("ую", "юю", "ой", "ей", "ыми", "ими", "шая", "щая", "мая", "нная"),
)


GAP_WORDS = 6  # words of the second conjunct before the dash that stands for its verb
GAPPING = ("а", "и")
NO_GAP = ("нет", "тоже", "также")
QUOTE_MARKS = frozenset(OPENING + "»”")


def gapped_conjunct(ctx: Context, toks: list[Tok], n: int) -> bool:
    """The comma ``toks[n]`` opens a second conjunct of the same verb written with its verb
    left out and a dash in its place (сравнивают A с B, а C — с D; назвал A лучшим, а B —
    худшим): the content goes on over it. No finite verb or other punctuation before the
    dash, a word before and after it; no verb form in the content before the comma (the dash
    would stand for that one)."""
    if n + 3 >= len(toks) or toks[n + 1].low not in GAPPING:
        return False
    if any(t.pos in ("VERB", "AUX") for t in toks[1:n]):
        return False  # островов, называемых в Японии X, а в России — Y: a verb of the content's own
    for j in range(n + 2, min(n + 2 + GAP_WORDS, len(toks) - 1)):
        t = toks[j]
        if t.text in ctx.lex.dashes:
            after = toks[j + 1]  # а его заместитель — нет: a reply, not a second object
            return j > n + 2 and after.pos not in ("PUNCT", "PART") and after.low not in NO_GAP
        if t.text in QUOTE_MARKS:
            continue  # а композиции «Y» — с Z: a name in quotation marks
        if t.pos == "PUNCT" or (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
            return False
    return False


def charge_preposition(ctx: Context, toks: list[Tok]) -> str | None:
    """The preposition the speech verb right before the content ``toks`` governs (quote_pp_cues:
    обвинила мужа в жестоком обращении -> `в`) when the content holds it once: that phrase is
    the charge, not the setting of the speech act (`в обращении`, `на встрече`)."""
    if not toks or toks[0].i == 0:
        return None
    verb = ctx.toks[toks[0].i - 1]
    if verb.pos != "VERB":
        return None
    found = next((p for lemma, p in ctx.lex.pp_cues if lemma == verb.lemma), None)
    if found is None:
        return None
    forms = (found, found + "о")  # в / во
    return found if sum(t.low in forms for t in toks) == 1 else None


def clause_before_verb(toks: list[Tok], n: int) -> int:
    """Where noun-phrase content ends before the finite verb ``toks[n]`` (no relative clause's):
    at the comma that opens the verb's own clause (`требование выкупа в ходе переговоров,
    требуемая сумма не называется`), else before `и` + its subject (``before_new_subject``);
    a negation before the verb is the verb's."""
    comma = next((k for k in range(n - 1, 0, -1) if toks[k].text == ","), None)
    if comma is not None and not participle_form(toks[n]) and _own_subject(toks[comma + 1 : n]):
        return toks[comma].start
    end = before_new_subject(toks, n, toks[n].start)
    if end == toks[n].start and n > 1 and toks[n - 1].low in ("не", "ни"):
        return toks[n - 1].start
    return end


def _own_subject(segment: list[Tok]) -> bool:
    """The words between a comma and a finite verb are its subject in the nominative (`,
    требуемая сумма не называется`), not a dependant of the content before the comma."""
    if not any(
        t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" for t in segment
    ):
        return False
    return all(
        t.pos in ("ADV", "PART") or (t.pos in SUBJECT_POS and t.feats.get("Case") in ("Nom", None))
        for t in segment
    )
