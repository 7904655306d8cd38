"""Indirect speech after a speech verb: the content frames of `X заявил, что C`,
`X сообщил о C`, `X назвал C D`, `X предложил сделать C`, tried as named frames in order
(``VERB_FRAMES``); then the noun frames of nouns.py (с просьбой, подверг критике).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .acts import declared_act, ruling_says
from .cited_words import cited_quote
from .cues import (
    finite_features,
    has_content_frame,
    infinitive_after,
    ins_after,
    is_finite_act,
    is_finite_object_cue,
    is_object,
    object_before,
    owned_subject,
    phase_verb,
    plea_after,
    predicative_after,
    that_after,
    verdict_after,
)
from .denials import rejects_act
from .governed import governed_quote
from .lexicons import (
    ADDING_VERBS,
    ASKING_VERBS,
    CELEBRATIONS,
    NAMING,
    NEGATED_REPORTS,
    PLEA_VERBS,
    POSSESSIVES,
    TOPIC_VERBS,
)
from .marks import words
from .nouns import light_verb_quote, report_noun_quote, request_quote
from .participle_sources import participle_speaker, reports_about
from .quoted_naming import quoted_predicate
from .reasons import reason_quote
from .records import (
    OPENING,
    STOP,
    Context,
    Frame,
    Quote,
    Speaker,
    Stop,
    Tok,
    negated,
    skip_space,
)
from .relative_that import relative_that
from .report_bounds import inserted_gerund_end
from .spans import (
    content_end,
    fronted_start,
    joined_clause_end,
    one_verb_clause,
    own_clause_end,
    participle_comma,
    phrase_end,
    topic_clause_end,
    topic_end,
    trim_end,
)
from .subjects import speaker_of
from .threats import threatened
from .topic_objects import child_named, counted_vote, topic_only
from .topics import place_of_noun, topic_after


def rule_that(ctx, toks, start, stop, prev):
    """X заявил, что C. / сообщается, что C (no speaker). / X сообщил о C. / X назвал C.
    Every speech verb of the sentence outside content already found (X заявил, что C1, и
    добавил, что C2: two records)."""
    out: list[Quote] = []
    for n, a in enumerate(toks):
        if out and a.start < out[-1].stop or not may_report(ctx, a) or ctx.is_future(a):
            continue  # a future (назовёт победителей, расскажет о физике) reports nothing yet
        if _conditional(toks[:n]):
            continue  # Если участник заявляет о наличии диплома, ...: a case supposed
        joined = out and _coordinated(ctx, out[-1].stop, a.start, a)
        same = out[-1].speaker if joined else None
        # сообщили, что C1, и предположили, что C2: the second verb shares the subject
        phase = phase_verb(ctx, a)  # стали сравнивать: the phase verb's subject speaks
        cue = a if phase is None else replace(a, feats={**a.feats, **finite_features(phase)})
        spoken = same or (speaker_of(ctx, phase.i) if phase is not None else None)
        found = (
            cited_quote(ctx, a, stop)  # привели слова X, что C: X's words
            or verb_quote(ctx, cue, toks[n + 1 : n + 3], stop, spoken)
            or request_quote(ctx, a, stop)
            or light_verb_quote(ctx, a, stop)
            or report_noun_quote(ctx, a, stop)
            or governed_quote(ctx, a, stop)
            or reason_quote(ctx, a, stop)
        )
        if found:
            found.start = addressee_start(ctx, a, found.start)
            out.append(found)
    return out or None


CALLING = ("призвать", "призывать")  # the called-on belong to the call (призвал X к C)


def addressee_start(ctx: Context, a: Tok, begin: int) -> int:
    """Where a call's content starts: at the accusative addressee right after the verb
    (призвал жителей к спокойствию, призвал стороны возобновить переговоры), as the call
    names whom it asks; ``begin`` otherwise."""
    if a.lemma not in CALLING:
        return begin
    between = [t for t in ctx.toks[a.i + 1 :] if t.stop <= begin]
    # a named place after a noun: стороны конфликта на Ближнем Востоке (any other
    # preposition, a setting or an adverbial, ends the addressee)
    places = [n for n, t in enumerate(between) if n and place_of_noun(ctx, t.i)]
    if not between or len(between) > ADDRESSEE_WORDS + 2 * len(places):
        return begin
    nominal = ("NOUN", "PROPN", "ADJ", "DET", "NUM")
    if not any(t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Acc" for t in between):
        return begin
    if all(t.pos in nominal or t.low in ("и", ",") or n in places for n, t in enumerate(between)):
        return between[0].start
    return begin


ADDRESSEE_WORDS = 5  # words of an addressee at most (израильтян и палестинцев)


def _conditional(before: list[Tok]) -> bool:
    """The words before a verb in its clause open with `если` (no comma or other verb after
    it): the verb states a condition, no one's report."""
    for t in reversed(before):
        if t.text in (",", ";", ":") or t.pos in ("VERB", "AUX"):
            return False
        if t.low == "если":
            return True
    return False


def may_report(ctx: Context, tok: Tok) -> bool:
    """Whether a report of ``rule_that`` can start at ``tok``: its lemma or form is in one of
    the lexicons every frame starts from (most words of a sentence are not)."""
    triggers = ctx.lex.triggers
    return tok.lemma in triggers or tok.low in triggers or tok.low[:-1] in triggers


def _coordinated(ctx: Context, end: int, pos: int, verb: Tok) -> bool:
    """Only `, и` / `, а также` / `и` between earlier content and the verb at ``pos``:
    a second predicate of the same subject; a comma alone only before a gerund (Глава
    компании, которого акционеры обвиняют в растрате, заявил: the clause ends, its subject
    is not the verb's)."""
    gap = ctx.text[end:pos].strip(" ,\u00a0")
    if not gap and verb.feats.get("VerbForm") != "Conv":
        return False
    return COORDINATION.fullmatch(gap) is not None


# `, и поэтому предположили`, `, а также заявили`: a second predicate of the same subject
COORDINATION = re.compile(r"(?:и|а)?\s*(?:также|поэтому|затем|потом|тоже)?")


@dataclass
class Verb:
    """A speech verb tried by the frames of ``VERB_FRAMES``, with what they look at: ``b``
    the first word of its complement, ``that`` a `что` opening its content."""

    a: Tok
    after: list[Tok]
    b: Tok
    stop: int
    speaker: Speaker | None
    that: int | None
    gerund: bool
    content_gerund: bool
    object_only: bool
    act: bool
    impersonal: bool
    participle: Speaker | None


@dataclass
class Content:
    """Where a frame's content begins. ``phrase``: noun-phrase content, ends with its phrase
    (not with the clause); ``infinitive``: ends before a joined clause with its own verb."""

    begin: int
    phrase: bool = False
    infinitive: bool = False
    topic: Tok | None = None  # the `о` of a topic phrase: the tree ends it (spans.topic_end)


def chto_clause(ctx: Context, v: Verb) -> Content | None:
    """X заявил, что C / спросил, будет ли C / сообщили о том, что C (not a relative `что`:
    объявил о C, что означает ...)."""
    if v.that is None or relative_that(ctx, v.a, v.that):
        return None
    return Content(skip_space(ctx.text, ctx.toks[v.that].stop))


def bare_gerund(ctx: Context, v: Verb) -> Stop | None:
    """A gerund of a speech verb without a `что` clause (сказав журналистам): no content."""
    topic = v.b.low in ("о", "об")  # заявив о приверженности C: the о-phrase is content
    return STOP if v.gerund and not v.content_gerund and not topic else None


def infinitive(ctx: Context, v: Verb) -> Content | None:
    """X предложил перенести C / попросила не писать C / Станцию предложили переименовать."""
    a = v.a
    if a.lemma not in ctx.lex.infinitive_cues:
        return None
    inf = infinitive_after(ctx, a.i)
    if inf is None:
        return None
    inf = inf - 1 if ctx.toks[inf - 1].low == "не" else inf  # попросила не писать
    inf = object_before(ctx, a.i, inf)  # попросил губернатора его уволить
    begin = ctx.toks[inf].start
    colon = ":" in ctx.text[a.stop : begin]  # предложили вариант: назвать ...
    asking = a.lemma in ASKING_VERBS  # Жителей просят не выходить: the one asked is fronted
    fronted = fronted_start(ctx, a) if v.participle is None and not (colon or asking) else None
    if fronted is not None:  # Станцию предложили переименовать
        return Content(fronted)
    return Content(begin, infinitive=True)


def bare_act(ctx: Context, v: Verb) -> Stop | None:
    """A request or promise verb (предложили внести) without an infinitive: no content,
    unless its preposition opens it (попросил о помощи: quote_pp_cues)."""
    return STOP if v.act and (v.a.lemma, v.b.low) not in ctx.lex.pp_cues else None


def self_naming(ctx: Context, v: Verb) -> Content | Stop | None:
    """X называл себя C (not a self-name in quotes: называл себя «самым суровым шерифом»)."""
    b = v.b
    if not (b.low == "себя" and v.a.lemma in NAMING and b.i + 1 < len(ctx.toks)):
        return None
    if ctx.toks[b.i + 1].text in OPENING:
        return STOP  # a self-name, quoted directly
    return Content(b.start, phrase=True)


def plea(ctx: Context, v: Verb) -> Quote | Stop | None:
    """X признал себя виновным в C (по двум пунктам: C1 и C2): what was pleaded to."""
    a, b = v.a, v.b
    if not (b.low == "себя" and a.lemma in PLEA_VERBS):
        return None
    found = plea_after(ctx, b.i)
    if found is None:
        return STOP  # признал себя виновным.: nothing named
    begin = ctx.toks[found].start  # признал себя виновным в мошенничестве
    end = content_end(ctx, begin, v.stop)
    if LISTED.match(ctx.text, end):  # по двум пунктам: соучастии в ... и заговоре
        end = content_end(ctx, end + 1, v.stop)
    pleader = v.speaker or speaker_of(ctx, a.i)
    return Quote(begin, end, "indirect", pleader, a.text) if pleader.name else STOP


def prep_object(ctx: Context, v: Verb) -> Content | Stop | None:
    """X признался в C / обвинил X в C (quote_pp_cues); Этот закон сравнивают с ...: the
    fronted object and the verb's clause."""
    a = v.a
    if (a.lemma, v.b.low) not in ctx.lex.pp_cues:
        return None
    if (nxt := ctx.next_tok(v.b.i)) is not None and nxt.lemma in ctx.lex.settings:
        return None  # признался в беседе с X: where, not what
    if nxt is not None and nxt.lemma == "это" and nxt.pos == "PRON":
        return STOP  # намекнул на это в интервью: the content is elsewhere
    if a.lemma in ctx.lex.object_cues and (front := fronted_start(ctx, a)) is not None:
        return Content(front)
    return Content(v.b.start, phrase=True)


def threat(ctx: Context, v: Verb) -> Content | None:
    """X пригрозил Y санкциями: the instrumental phrase (threats.py)."""
    begin = threatened(ctx, v.a, v.stop)
    return None if begin is None else Content(begin, phrase=True)


def o_topic(ctx: Context, v: Verb) -> Content | Stop | None:
    """X сообщил о C (not сказал о ..., a topic; not сообщил об этом: content elsewhere)."""
    b = v.b
    if b.low not in ("о", "об") or v.a.lemma in TOPIC_VERBS or v.object_only:
        return None
    if (v.participle and not reports_about(ctx, v.a)) or v.content_gerund:
        return STOP  # (X, объявившего об уходе: the participle's source speaks)
    if (nxt := ctx.next_tok(b.i)) is not None and nxt.low in ("этом", "том"):
        return STOP  # сказал об этом: the content is elsewhere
    if topic_only(ctx, v.a, b):
        return STOP  # рассказала о причинах решения: a topic (topic_objects.py)
    return Content(b.start, phrase=True, topic=b)


def predicative(ctx: Context, v: Verb) -> Content | None:
    """X назвал C фарсом / считает их C (an instrumental predicate follows); Всю историю X
    назвал фарсом: the fronted clause."""
    a = v.a
    if a.lemma not in ctx.lex.predicative_cues:
        return None
    pred = predicative_after(ctx, a.i)
    if pred is None:
        return None
    if (front := fronted_start(ctx, a)) is not None:
        return Content(front)
    return Content(ctx.toks[pred].start, phrase=True)


def object_phrase(ctx: Context, v: Verb) -> Content | Stop | None:
    """X отрицает C / раскритиковал C (quote_object_cues, an accusative or genitive object);
    not a name given (Мальчика назвали Гильермо) nor a verdict (признал его виновным)."""
    a, b = v.a, v.b
    owned = ctx.next_tok(b.i) if b.pos == "DET" and "Case" not in b.feats else None
    if owned is not None and kak_object(ctx, v) is not None:
        return None  # характеризуют его состояние как C: the object and its description
    if a.lemma not in ctx.lex.object_cues or not is_object(owned or b) or owned_subject(ctx, b):
        return None  # отрицает его причастность: the possessive's noun is the object
    naming = a.lemma in ctx.lex.predicative_cues
    if naming and b.pos == "PROPN" and not ins_after(ctx, b.i):
        return STOP  # Мальчика назвали Гильермо: a name given, not words reported
    if topic_only(ctx, a, b) or child_named(ctx, a, b) or counted_vote(ctx, a):
        return STOP  # описал условия работы; назвали дочь Алисой (topic_objects.py)
    if not naming and verdict_after(ctx, b.i):
        return STOP  # суд признал его виновным: a verdict, an act, not words reported
    if _celebrated(ctx, b):
        return STOP  # отметили юбилей театра: a celebration
    if b.lemma == "это" and b.pos == "PRON":
        return STOP  # подтвердили это журналистам: the content is elsewhere
    if b.pos == "PRON" and b.low in POSSESSIVES and _alone(ctx, b):
        return STOP  # министр поддержал его.: a pronoun alone stands for words said elsewhere
    if rejects_act(ctx, a, b):
        return STOP  # совет отверг законопроект: an act (denials.py)
    fronted = fronted_start(ctx, a, ("Ins",)) if naming else None
    if fronted is not None:  # Мотивом преступления X назвал желание прославиться
        return Content(fronted)
    return Content(b.start, phrase=True)


def _alone(ctx: Context, b: Tok) -> bool:
    """Nothing after the word at ``b`` in its clause (поддержал его.; обвинил его во лжи and
    назвал его политически мотивированным go on)."""
    nxt = ctx.next_tok(b.i)
    return nxt is None or nxt.text in ".!?;,"


def _celebrated(ctx: Context, b: Tok) -> bool:
    """The head noun of the object phrase at ``b`` names something celebrated."""
    for t in ctx.toks[b.i : b.i + 4]:
        if t.pos in ("NOUN", "PROPN"):  # День города may be read as a name
            return t.lemma in CELEBRATIONS or t.lemma.endswith("летие")  # пятнадцатилетие
    return False


def kak_object(ctx: Context, v: Verb) -> Content | None:
    """..., который он охарактеризовал как C. / X характеризуют её состояние как C: the
    object and what it is described as."""
    if v.a.lemma not in ctx.lex.object_cues:
        return None
    if v.b.low == "как" and len(v.after) > 1:
        return Content(v.after[1].start, phrase=True)
    for t in ctx.toks[v.b.i + 1 : v.b.i + KAK_OBJECT_WORDS]:
        if t.pos == "PUNCT" and t.text not in OPENING:
            return None
        if t.low == "как" and v.b.pos in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
            return Content(v.b.start)  # the object, then `как` and the description
    return None


KAK_OBJECT_WORDS = 5  # words of the object between the verb and `как`


def fronted_object(ctx: Context, v: Verb) -> Quote | Stop | None:
    """Гибель X подтвердили Y: the object first, up to the subject."""
    if v.a.lemma not in ctx.lex.object_cues or (front := fronted_start(ctx, v.a)) is None:
        return None
    if counted_vote(ctx, v.a):
        return STOP  # Проект поддержали 120 депутатов: a vote (topic_objects.py)
    first = ctx.tokens_in(front, v.a.start)[0]  # Годовщину X отметили вече: a celebration;
    if _celebrated(ctx, first) or topic_only(ctx, v.a, first):  # Позицию X озвучил Y: a topic
        return STOP
    return _fronted_quote(ctx, v.a, front, v.speaker) or STOP


# tried in order after each speech verb; the first that applies decides
VERB_FRAMES = (
    Frame("indirect:chto_clause", chto_clause),
    Frame("stop:bare_gerund", bare_gerund),
    Frame("indirect:infinitive", infinitive),
    Frame("stop:bare_act", bare_act),
    Frame("indirect:self_naming", self_naming),
    Frame("indirect:plea", plea),
    Frame("indirect:threat", threat),
    Frame("indirect:prep_object", prep_object),
    Frame("indirect:o_topic", o_topic),
    Frame("indirect:predicative", predicative),
    Frame("indirect:object", object_phrase),
    Frame("indirect:kak_object", kak_object),
    Frame("indirect:fronted_object", fronted_object),
)


def verb_quote(
    ctx: Context, a: Tok, after: list[Tok], stop: int, speaker: Speaker | None = None
) -> Quote | None:
    """The content of the speech verb ``a`` (``after``: the two tokens after it), by the
    first frame of ``VERB_FRAMES`` that applies."""
    v = speech_verb(ctx, a, after, stop, speaker)
    if v is None or declared_act(ctx, a) or ruling_says(ctx, a):  # признал его виновным: acts
        return None
    for frame in VERB_FRAMES:
        found = frame.match(ctx, v)
        if found is None:
            continue
        if isinstance(found, Stop):
            return None
        quote = _content_quote(ctx, v, found) if isinstance(found, Content) else found
        if quote is not None:
            quote.rule = frame.name
        if quote is not None and quoted_predicate(ctx, quote, a.lemma):
            return None  # назвал X «Y ...»: the direct fragment only
        return quote
    return None


def speech_verb(
    ctx: Context, a: Tok, after: list[Tok], stop: int, speaker: Speaker | None
) -> Verb | None:
    """``a`` as a verb that may report speech, or None (not a cue, negated, `как назвали`)."""
    if a.lemma in NAMING and a.i > 0 and ctx.toks[a.i - 1].low == "как":
        return None  # «коробка с письмами», как назвали новый ящик авторы: a name given
    impersonal = a.low in ctx.lex.impersonal
    gerund = ctx.is_cue(a) and a.feats.get("VerbForm") == "Conv"
    # назвав выбор «историческим решением», призывая его отказать: content of its own
    content_gerund = a.feats.get("VerbForm") == "Conv" and has_content_frame(ctx, a)
    finite = ctx.is_finite_cue(a)
    object_only = not finite and is_finite_object_cue(ctx, a)
    act = not finite and is_finite_act(ctx, a)  # предложили внести
    participle = participle_speaker(ctx, a)  # прокуратуры, требовавшей оставить ...
    denied = negated(ctx, a)
    asserted = denied and _negated_report(ctx, a)  # не исключил, что C
    if not (
        finite or impersonal or gerund or content_gerund or object_only or act or asserted
    ) and (participle is None or not after):
        return None
    if not after or (denied and not asserted):
        return None  # не уточнил, не признал: a negated report reports nothing
    b = after[0]
    if b.low in ("также", "тоже", "уже", "ранее", "вновь") and len(after) > 1:
        b = after[1]  # сообщалось также о задержании
    if b.text in OPENING and len(after) > 1 and a.lemma in ctx.lex.object_cues:
        b = after[1]  # в прессе называют «британская Яровая»
    if b.pos in ("PRON", "NOUN", "PROPN") and b.feats.get("Case") == "Dat" and len(after) > 1:
        b = after[1]  # рассказал журналистам о ..., сообщила ему о ...
    b = topic_after(ctx, a, b)  # сообщил в субботу о C, предупредил правительство о C
    that = that_after(ctx, a.i)
    return Verb(
        a,
        after,
        b,
        stop,
        speaker,
        that,
        gerund,
        content_gerund,
        object_only,
        act,
        impersonal,
        participle,
    )


def _negated_report(ctx: Context, a: Tok) -> bool:
    """A finite verb of ``quote_negated_reports`` with `что` after it: its negation asserts
    the clause (X не исключил, что C)."""
    return (
        a.lemma in NEGATED_REPORTS
        and a.feats.get("VerbForm") == "Fin"
        and that_after(ctx, a.i, window=3) is not None
    )


def _content_quote(ctx: Context, v: Verb, c: Content) -> Quote | None:
    """The quote of content found by a frame: its end, then the checks every frame shares."""
    a, begin = v.a, c.begin
    end = full = content_end(ctx, begin, v.stop)
    if c.topic is not None:
        end = topic_end(ctx, c.topic, a, end)
    if c.phrase:
        end = phrase_end(ctx, begin, end)
    if c.topic is not None:
        end = topic_clause_end(ctx, begin, end, full)
    if begin < a.start:  # the verb's own clause is the content: it ends with that clause
        end = own_clause_end(ctx, a, end)
    elif c.infinitive:  # требуя наказать виновных, а в Петербурге прошла акция: not content
        end = joined_clause_end(ctx, begin, end)
    elif v.that is not None:  # X заявил, что C1, добавив, что C2: the gerund's own report
        end = inserted_gerund_end(ctx, a, begin, gerund_report_start(ctx, a, begin, end))
    if v.participle is not None and v.that is None:
        comma = participle_comma(ctx, begin, end)  # a participial phrase ends at its comma
        end = trim_end(ctx, begin, comma) if comma != -1 else end
    elif v.participle is not None and (main := _main_predicate(ctx, begin, end)) != -1:
        end = trim_end(ctx, begin, main)  # Жители, утверждающие, что C, пришли в полицию
    if c.phrase and QUOTE_FOLLOWS.match(ctx.text, end) and len(words(ctx.text[begin:end])) <= 2:
        return None  # так описывает увиденное: «...»: the content is the quote that follows
    if len(words(ctx.text[begin:end])) < (1 if c.phrase or c.infinitive else 2):
        if not one_verb_clause(ctx, begin, end):
            return None  # a clause of one word is a clause only as a verb (что передумал)
    speaker = v.speaker or v.participle or speaker_of(ctx, a.i)
    if speaker.name is None and not (v.impersonal or indefinite_plural(ctx, a)):
        return None
    if begin < a.start and speaker.start is not None and a.stop <= speaker.start < end:
        end = trim_end(ctx, begin, _subject_start(ctx, a, speaker.start))  # назвали C X: not X
    return Quote(begin, end, "indirect", speaker, a.text)


def _subject_start(ctx: Context, a: Tok, at: int) -> int:
    """Where a subject after the verb ``a`` begins, its name at ``at``: the nominative words
    before the name join it (Решение назвали ошибочным депутат Иван Петров)."""
    j = ctx.token_at(at)
    if j is None:
        return at
    while j - 1 > a.i and ctx.toks[j - 1].pos in ("NOUN", "ADJ", "PROPN"):
        if ctx.toks[j - 1].feats.get("Case") != "Nom":
            break
        j -= 1
    return ctx.toks[j].start


def gerund_report_start(ctx: Context, verb: Tok, begin: int, end: int) -> int:
    """End of `что` content of ``verb`` before `, добавив, что ...`: a gerund of a speech verb
    with a `что` of its own that goes on with the same speaker's report (quote_adding_verbs:
    добавив, отметив) or depends on ``verb`` in the parser's tree, not on a verb of the
    content (что X связался с ним, сообщив, что ...). The tree is asked only about
    sentences that hold such a gerund."""
    toks = [t for t in ctx.tokens_in(begin, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[:-2]):
        g = toks[n + 1]
        if t.text != "," or g.feats.get("VerbForm") != "Conv" or not ctx.is_cue(g):
            continue
        if that_after(ctx, g.i, window=6) is None:
            continue
        if g.lemma in ADDING_VERBS or ctx.heads(g.i).get(g.i, (None, ""))[0] == verb.i:
            return trim_end(ctx, begin, t.start)
    return end


LISTED = re.compile(r":[ \t\u00a0]*[а-яё]")  # a colon opening a lowercase list of the counts


QUOTE_FOLLOWS = re.compile(r":[ \t\u00a0]*(?:[«„“\"]|\n[ \t\u00a0]*(?=\S))")


def _fronted_quote(ctx: Context, verb: Tok, begin: int, speaker: Speaker | None) -> Quote | None:
    """The fronted object up to the subject, an adverb or the verb (Гибель X также
    подтвердили украинские источники -> Гибель X)."""
    end = begin
    for t in ctx.tokens_in(begin, verb.start):
        if t.pos in ("ADV", "PART", "VERB", "AUX") or (
            t.start > begin and t.feats.get("Case") == "Nom"
        ):
            break
        end = t.stop
    end = trim_end(ctx, begin, end)
    speaker = speaker or speaker_of(ctx, verb.i)
    if end <= begin or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, verb.text)


def _main_predicate(ctx: Context, begin: int, end: int) -> int:
    """The comma in [begin, end) right before a finite verb: the participial phrase with its
    `что` content ends there and the main clause goes on; -1 when there is none."""
    toks = ctx.tokens_in(begin, end)
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text == "," and nxt.pos in ("VERB", "AUX") and nxt.feats.get("VerbForm") == "Fin":
            return t.start
    return -1


def indefinite_plural(ctx: Context, tok: Tok) -> bool:
    """An indefinite-personal plural with no subject in its clause (его называли «...»,
    на котором предложили внести ...; quote_indefinite_cues): reported, source unnamed."""
    if tok.lemma not in ctx.lex.indefinite_cues or tok.feats.get("Number") != "Plur":
        return False
    if tok.feats.get("VerbForm") != "Fin" or tok.feats.get("Person") not in ("3", None):
        return False
    start, _ = ctx.sentence_of(tok.start)
    for t in reversed(ctx.tokens_in(start, tok.start)):
        if t.text in (",", ":", ";") or t.text in ctx.lex.dashes:
            break
        if t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON"):
            return False
    return True
