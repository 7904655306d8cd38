"""Indirect speech after a speech verb: the content frames of `X заявил, что C`,
`X сообщил о C`, `X назвал C D`, `X предложил сделать C`, tried as named frames in order
(``VERB_FRAMES``), and the noun frames (с просьбой, подверг критике, появилась информация).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cues import (
    finite_features,
    has_content_frame,
    infinitive_after,
    ins_after,
    is_finite_act,
    is_finite_object_cue,
    is_object,
    is_question_start,
    phase_verb,
    plea_after,
    predicative_after,
    that_after,
    verdict_after,
)
from .lexicons import NAMING, PLEA_VERBS, TOPIC_VERBS
from .marks import words
from .records import OPENING, Context, Quote, Speaker, Tok, is_reported_form, negated, skip_space
from .roles import named_by_title, nominative, role_phrase
from .spans import (
    content_end,
    fronted_start,
    joined_clause_end,
    own_clause_end,
    participle_comma,
    phrase_end,
    trim_end,
)
from .speakers import cue_speaker


def rule_that(ctx, toks, start, stop, prev):
    """X заявил, что C. / сообщается, что C (no speaker). / X сообщил о C. / X назвал C.
    Every speech verb of the sentence outside content already found (X заявил, что C1, и
    добавил, что C2: two records)."""
    out: list[Quote] = []
    for n, a in enumerate(toks):
        if out and a.start < out[-1].stop:
            continue
        same = out[-1].speaker if out and _coordinated(ctx, out[-1].stop, a.start) else None
        # сообщили, что C1, и предположили, что C2: the second verb shares the subject
        phase = phase_verb(ctx, a)  # стали сравнивать: the phase verb's subject speaks
        cue = a if phase is None else replace(a, feats={**a.feats, **finite_features(phase)})
        spoken = same or (cue_speaker(ctx, phase.i) if phase is not None else None)
        found = (
            _that_quote(ctx, cue, toks[n + 1 : n + 3], stop, spoken)
            or request_quote(ctx, a, stop)
            or light_verb_quote(ctx, a, stop)
            or report_noun_quote(ctx, a, stop)
        )
        if found:
            out.append(found)
    return out or None


def request_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """`с просьбой/с требованием` + infinitive (обратилась к премьеру с просьбой передать
    собор; направил уведомления с требованием предоставить ...): the requested action,
    said by the subject of the clause's verb."""
    if noun.lemma not in ctx.lex.request_nouns or noun.i == 0 or ctx.toks[noun.i - 1].low != "с":
        return None
    inf = infinitive_after(ctx, noun.i)
    if inf is None:
        return None
    start, _ = ctx.sentence_of(noun.start)
    verbs = [
        t
        for t in ctx.tokens_in(start, noun.start)
        if t.pos == "VERB" and is_reported_form(t) and t.feats.get("VerbForm") == "Fin"
    ]
    if not verbs or negated(ctx, verbs[-1]):
        return None
    speaker = cue_speaker(ctx, verbs[-1].i, zero=False)
    if speaker.name is None:
        return None
    begin = ctx.toks[inf].start
    return Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, noun.text)


def light_verb_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """A verb and a speech noun that make one speech act (quote_light_cues: подверг резкой
    критике законопроект, выразил недоумение, почему ...; выразил уверенность, что ...):
    the content follows the noun."""
    if noun.i == 0 or noun.lemma not in {n for _, n in ctx.lex.light_cues}:
        return None
    j = noun.i - 1
    while j > 0 and ctx.toks[j].pos == "ADJ":
        j -= 1  # подверг резкой критике
    verb = ctx.toks[j]
    if (verb.lemma, noun.lemma) not in ctx.lex.light_cues or negated(ctx, verb):
        return None
    if verb.feats.get("VerbForm") not in ("Fin", "Conv") or not is_reported_form(verb):
        return None
    nxt = ctx.next_tok(noun.i)
    that = that_after(ctx, noun.i)
    phrase = False
    if that is not None:
        begin = ctx.toks[that].stop
    elif nxt is not None and nxt.text == "," and is_question_start(ctx, nxt.i + 1, True):
        begin = nxt.stop  # выразили недоумение, почему ...
    elif nxt is not None and is_object(nxt):
        begin, phrase = nxt.start, True  # подверг критике законопроект
    else:
        return None
    begin = skip_space(ctx.text, begin)
    end = content_end(ctx, begin, stop)
    end = phrase_end(ctx, begin, end) if phrase else end
    speaker = cue_speaker(ctx, verb.i)
    if speaker.name is None or end <= begin:
        return None
    return Quote(begin, end, "indirect", speaker, ctx.text[verb.start : noun.stop])


def report_noun_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """A report that appeared in a named place (quote_report_nouns: в газете X появилась
    информация о ...; в сети циркулируют слухи, что ...): the content after the noun; the
    outlet speaks, an unnamed place (в сети) gives no speaker. Without a place (поступила
    информация) no source is given and nothing is reported."""
    if noun.lemma not in ctx.lex.report_nouns or noun.feats.get("Case") != "Nom":
        return None
    start, _ = ctx.sentence_of(noun.start)
    clause = ctx.tokens_in(start, noun.start)
    verbs = [t for t in clause[-3:] if t.lemma in ctx.lex.report_verbs and t.pos == "VERB"]
    if not verbs or negated(ctx, verbs[-1]):
        return None
    place = next((n for n, t in enumerate(clause) if t.low in ("в", "во", "на")), None)
    if place is None or place + 1 >= len(clause) or clause[place + 1].pos != "NOUN":
        return None
    nxt = ctx.next_tok(noun.i)
    that = that_after(ctx, noun.i)
    if that is not None:
        begin, phrase = skip_space(ctx.text, ctx.toks[that].stop), False
    elif nxt is not None and nxt.low in ("о", "об") and nxt.i + 1 < len(ctx.toks):
        begin, phrase = ctx.toks[nxt.i + 1].start, True
    else:
        return None
    end = content_end(ctx, begin, stop)
    end = phrase_end(ctx, begin, end) if phrase else end
    head = clause[place + 1]
    speaker = Speaker(None)
    if head.lemma in ctx.lex.titles:
        speaker = named_by_title(ctx, head.i) or speaker  # в газете «Московский комсомолец»
    m = ctx.mention_at(head)
    if m is not None and m.type == "ORG":
        speaker = Speaker(m.name, m.start, m.stop)
    if end <= begin:
        return None
    return Quote(begin, end, "indirect", speaker, ctx.text[verbs[-1].start : noun.stop])


def _coordinated(ctx: Context, end: int, pos: int) -> bool:
    """Only `, и` / `, а также` / `и` between earlier content and the verb at ``pos``:
    a second predicate of the same subject."""
    gap = ctx.text[end:pos].strip(" ,\u00a0")
    return COORDINATION.fullmatch(gap) is not None


# `, и поэтому предположили`, `, а также заявили`: a second predicate of the same subject
COORDINATION = re.compile(r"(?:и|а)?\s*(?:также|поэтому|затем|потом|тоже)?")


def _that_quote(
    ctx: Context, a: Tok, after: list[Tok], stop: int, speaker: Speaker | None = None
) -> Quote | None:
    if a.lemma in NAMING and a.i > 0 and ctx.toks[a.i - 1].low == "как":
        return None  # «коробка с письмами», как назвали новый ящик авторы: a name given
    impersonal = a.low in ctx.lex.impersonal
    gerund = ctx.is_cue(a) and a.feats.get("VerbForm") == "Conv"
    # назвав выбор «историческим решением», призывая его отказать: content of its own
    content_gerund = a.feats.get("VerbForm") == "Conv" and has_content_frame(ctx, a)
    object_only = not ctx.is_finite_cue(a) and is_finite_object_cue(ctx, a)
    act = not ctx.is_finite_cue(a) and is_finite_act(ctx, a)  # предложили внести
    participle = participle_speaker(ctx, a)  # прокуратуры, требовавшей оставить ...
    if not (
        ctx.is_finite_cue(a) or impersonal or gerund or content_gerund or object_only or act
    ) and (participle is None or not after):
        return None
    if not after or negated(ctx, a):
        return None  # не уточнил, не признал: a negated report reports nothing
    b = after[0]
    if b.low in ("также", "тоже", "уже", "ранее", "вновь") and len(after) > 1:
        b = after[1]  # сообщалось также о задержании
    if b.text in OPENING and len(after) > 1 and a.lemma in ctx.lex.object_cues:
        b = after[1]  # в прессе называют «британская Яровая»
    if b.pos in ("PRON", "NOUN", "PROPN") and b.feats.get("Case") == "Dat" and len(after) > 1:
        b = after[1]  # рассказал журналистам о ..., сообщила ему о ...
    that = that_after(ctx, a.i)
    phrase = False  # noun-phrase content: ends with its phrase, not with the clause
    inf_content = False  # infinitive content: ends before a joined clause with its own verb
    if that is not None:
        begin = skip_space(ctx.text, ctx.toks[that].stop)
    elif gerund and not content_gerund:
        return None
    elif a.lemma in ctx.lex.infinitive_cues and (inf := infinitive_after(ctx, a.i)) is not None:
        inf = inf - 1 if ctx.toks[inf - 1].low == "не" else inf  # попросила не писать
        begin = ctx.toks[inf].start
        colon = ":" in ctx.text[a.stop : begin]  # предложили вариант: назвать ...
        fronted = fronted_start(ctx, a) if participle is None and not colon else None
        begin = begin if fronted is None else fronted  # Станцию предложили переименовать
        inf_content = fronted is None
    elif act:
        return None
    elif b.low == "себя" and a.lemma in NAMING and b.i + 1 < len(ctx.toks):
        if ctx.toks[b.i + 1].text in OPENING:
            return None  # называл себя «самым суровым шерифом»: a self-name, quoted directly
        begin, phrase = b.start, True
    elif b.low == "себя" and a.lemma in PLEA_VERBS:
        plea = plea_after(ctx, b.i)
        if plea is None:
            return None  # признал себя виновным.: nothing named
        begin, phrase = ctx.toks[plea].start, True  # признал себя виновным в мошенничестве
        end = content_end(ctx, begin, stop)
        if LISTED.match(ctx.text, end):  # по двум пунктам: соучастии в ... и заговоре
            end = content_end(ctx, end + 1, stop)
        pleader = speaker or cue_speaker(ctx, a.i)
        return Quote(begin, end, "indirect", pleader, a.text) if pleader.name else None
    elif (a.lemma, b.low) in ctx.lex.pp_cues:
        begin, phrase = b.start, True  # признался в употреблении кокаина
        if a.lemma in ctx.lex.object_cues and (front := fronted_start(ctx, a)) is not None:
            begin, phrase = front, False  # Этот закон сравнивают с ...
    elif b.low in ("о", "об") and a.lemma not in TOPIC_VERBS and not object_only:
        if participle or content_gerund:
            return None
        if (nxt := ctx.next_tok(b.i)) is not None and nxt.low in ("этом", "том"):
            return None  # сказал об этом: the content is elsewhere
        begin, phrase = b.start, True
    elif a.lemma in ctx.lex.predicative_cues and (pred := predicative_after(ctx, a.i)) is not None:
        begin, phrase = ctx.toks[pred].start, True  # считает их ...
        if (front := fronted_start(ctx, a)) is not None:  # Всю историю X назвал фарсом: the clause
            begin, phrase = front, False
    elif a.lemma in ctx.lex.object_cues and is_object(b):
        if a.lemma in ctx.lex.predicative_cues and b.pos == "PROPN" and not ins_after(ctx, b.i):
            return None  # Мальчика назвали Гильермо: a name given, not words reported
        if a.lemma not in ctx.lex.predicative_cues and verdict_after(ctx, b.i):
            return None  # суд признал его виновным: a verdict, an act, not words reported
        begin, phrase = b.start, True
        fronted = fronted_start(ctx, a, ("Ins",)) if a.lemma in ctx.lex.predicative_cues else None
        if fronted is not None:  # Мотивом преступления X назвал желание прославиться
            begin, phrase = fronted, False
    elif a.lemma in ctx.lex.object_cues and b.low == "как" and len(after) > 1:
        begin, phrase = after[1].start, True  # который он охарактеризовал как ...
    elif a.lemma in ctx.lex.object_cues and (front := fronted_start(ctx, a)) is not None:
        return _fronted_quote(ctx, a, front, speaker)  # Гибель X подтвердили Y: object first
    else:
        return None
    end = content_end(ctx, begin, stop)
    if phrase:
        end = phrase_end(ctx, begin, end)
    if begin < a.start:  # the verb's own clause is the content: it ends with that clause
        end = own_clause_end(ctx, a, end)
    elif inf_content:  # требуя наказать виновных, а в Петербурге прошла акция: not content
        end = joined_clause_end(ctx, begin, end)
    if participle is not None and that is None:
        comma = participle_comma(ctx, begin, end)  # a participial phrase ends at its comma
        end = trim_end(ctx, begin, comma) if comma != -1 else end
    if phrase and QUOTE_FOLLOWS.match(ctx.text, end) and len(words(ctx.text[begin:end])) <= 2:
        return None  # так описывает увиденное: «...»: the content is the quote that follows
    if len(words(ctx.text[begin:end])) < (1 if phrase else 2):
        return None
    speaker = speaker or participle or cue_speaker(ctx, a.i)
    if speaker.name is None and not (impersonal or indefinite_plural(ctx, a)):
        return None
    return Quote(begin, end, "indirect", speaker, a.text)


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
    speaker = speaker or cue_speaker(ctx, verb.i)
    if end <= begin or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, verb.text)


def participle_speaker(ctx: Context, tok: Tok) -> Speaker | None:
    """An active participle of a request or accusation verb (прокуратуры, требовавшей
    оставить ...; Испании, требовавшей его экстрадиции) speaks for the noun it follows, when
    that noun names a source (a person, body or place), not a thing (дом, требующий ремонта)."""
    feats = tok.feats
    if tok.pos != "VERB" or feats.get("VerbForm") != "Part" or feats.get("Voice") != "Act":
        return None
    if feats.get("Variant") == "Short" or not has_content_frame(ctx, tok) or tok.i < 2:
        return None
    j = tok.i - 1 if ctx.toks[tok.i - 1].text == "," else tok.i
    head = ctx.toks[j - 1]
    if head.feats.get("Case") != feats.get("Case") or head.feats.get("Number") != feats.get(
        "Number"
    ):
        return None
    m = ctx.mention_at(head, places=True)
    if m is not None:
        return Speaker(m.name, m.start, m.stop)
    if head.pos == "NOUN" and (head.lemma in ctx.lex.org_roles or head.lemma in ctx.lex.roles):
        phrase = role_phrase(ctx, head.i)
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


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
