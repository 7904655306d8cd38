"""Inserted and postposed cues of indirect speech: `Как сообщил X, C`, `C, — считает X`,
`..., по мнению X, ...` inside the clause, `C, отмечает X`, and where the content clause
starts after a source phrase (split from indirect.py, round 9)."""

from __future__ import annotations

import re

from .acts import ruling_says
from .antecedents import opens_relative
from .cues import is_predicate, is_quoting
from .documents import source_after
from .lexicons import CONJUNCTIONS, CONNECTIVES, KAK_GOVERNORS, NAMING
from .marks import words
from .records import Context, Quote, Speaker, Tok, negated, skip_space
from .report_bounds import after_apposition
from .source_forms import domain_after, source_attribute_end
from .source_speakers import quoted_source
from .spans import content_end, trim_end
from .speakers import is_subject, speaker_from, subject_after
from .subjects import plain_subject

LEAD_WORDS = 3  # words of a sentence opener before `по словам` (При этом, Однако, Ранее)
OPENER_WORDS = 6  # words of an adverbial before an inserted cue (А спустя ещё десять дней)


def after_source(ctx: Context, k: int, speaker: Speaker, stop: int) -> int | None:
    """Where the content starts after a sentence-opening `по словам X` (its last word at or
    after token ``k``): after the comma that closes the source phrase (appositions
    included), or right after the source when no comma follows (По данным следствия C)."""
    end = max(ctx.toks[k].stop, speaker.stop or 0)
    for t in ctx.toks[ctx.first_token_after(end) or len(ctx.toks) :]:
        if t.start >= stop:
            break
        if t.text == ",":
            return source_attribute_end(ctx, t.i, stop) or t.stop
        if t.pos in ("VERB", "AUX") or (t.feats.get("Case") == "Nom" and not ctx.mention_at(t)):
            return end  # the clause begins: no comma after the source
    return end if end < stop else None


def clause_start(ctx: Context, start: int, pos: int) -> int:
    """Start of the clause around an inserted `, по словам X,` at ``pos``: after the comma
    before the inserted phrase's own comma, when that opens a relative clause (которое)."""
    before = ctx.text.rfind(",", start, pos)
    if before == -1:
        return start
    own = ctx.first_token_after(before + 1)
    if own is not None and ctx.toks[own].lemma in ("который", "где", "куда", "когда"):
        return before + 1  # ..., где по её словам, она должна была: the relative clause
    opening = ctx.text.rfind(",", start, before)
    if opening == -1:
        return start
    first = ctx.first_token_after(opening + 1)
    if first is not None and ctx.toks[first].lemma in ("который", "что", "где", "когда"):
        return opening + 1
    joining = ctx.tokens_in(opening + 1, before)
    if joining and " ".join(t.low for t in joining) in CONJUNCTIONS:
        return joining[-1].stop  # ..., так как, по его мнению, они должны сыграться
    if first is not None and (
        ctx.toks[first].pos in ("CCONJ", "SCONJ") or ctx.toks[first].low in ("однако", "хотя")
    ):
        return ctx.toks[first].stop  # ..., однако апартаменты, по информации X, нуждаются
    return start


def rule_kak(ctx, toks, start, stop, prev):
    """Как (позднее) сообщил X, C. / C, как пишут X, C2. / Как сообщается, C (no source).
    The source is named inside the `как` phrase; `после того, как X заявил` is a time
    clause, and `как полагают` names no one."""
    for n, tok in enumerate(toks):
        opener = n == 1 and toks[0].low in CONNECTIVES  # Однако как сообщают X, C
        bracket = n > 0 and toks[n - 1].text == "("  # C (как заявил его сын).
        if tok.low != "как" or (n and toks[n - 1].text != "," and not opener and not bracket):
            continue
        if n > 1 and subordinate_kak(toks, n):
            continue  # после того, как; с тех пор, как
        cue = next(
            (t for t in toks[n + 1 : n + 3] if ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal),
            None,
        )
        if cue is None or cue.lemma in NAMING:
            continue  # как назвали новый ящик авторы: a name, not a report
        speaker = kak_speaker(ctx, cue)
        if speaker is None or (cue.low == "говорится" and speaker.name is None):
            continue  # Как говорится, ...: a saying, not a report (как говорится в докладе is)
        lead = [t for t in toks[:n] if t.pos != "PUNCT"]
        if speaker.name is None and any(ctx.is_finite_cue(t) for t in lead):
            continue  # X отметил, что C, как сообщалось ранее: X's report, an aside
        opener = len(lead) <= LEAD_WORDS and not any(t.pos in ("VERB", "AUX") for t in lead)
        clause = subject_lead(lead, ctx.morph) or _oblique_lead(lead)
        if (opener and not clause) or _after_conjunction(toks, n):
            # Как сообщил X, C / Более того, как сообщает X, C / ..., однако, как сообщает X,
            # C: the content follows
            comma = next((t for t in toks[n + 2 :] if t.text == ","), None)
            if comma is not None:
                begin = after_apposition(ctx, speaker, skip_space(ctx.text, comma.stop), stop)
            elif (after := _clause_right_after(ctx, cue)) is not None:
                begin = after  # Как сообщается C: the comma left out
            else:
                return None
        else:  # C1, но X, как пишет Y, C2: the clause around the insertion
            begin = skip_space(ctx.text, clause_start(ctx, start, tok.start))
        if bracket and begin < toks[n - 1].start:
            end = trim_end(ctx, begin, toks[n - 1].start)  # the clause before the bracket
            return [Quote(begin, end, "indirect", speaker, cue.text)]
        return [Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, cue.text)]
    return None


def _oblique_lead(lead: list[Tok]) -> bool:
    """Words before `, как <cue>` that are a noun phrase of the clause in another case than
    the nominative, with no preposition (Причиной переноса, как пояснили в NASA, стали ...;
    Пострадавшим, как уточнили в МЧС, оказана помощь): the content is the whole clause."""
    if not lead or len(lead) > LEAD_WORDS or lead[0].pos not in ("NOUN", "ADJ", "DET", "PRON"):
        return False
    return lead[0].feats.get("Case") in ("Ins", "Acc", "Dat", "Gen")


def _neuter_predicate(ctx: Context, t: Tok) -> bool:
    """A short neuter adjective the tagger read as an adverb, right after the neuter noun it
    says something of (решение ошибочно, это опасно): a predicate."""
    prev = ctx.toks[t.i - 1] if t.i else None
    return (
        t.pos == "ADV"
        and t.low.endswith("о")
        and prev is not None
        and prev.feats.get("Case") == "Nom"
        and prev.feats.get("Gender") == "Neut"
        and prev.pos in ("NOUN", "PRON", "DET")
    )


def _clause_right_after(ctx: Context, cue: Tok) -> int | None:
    """An impersonal cue (сообщается) with no comma after it and no source: the clause
    starts with the next word (a noun, name or pronoun in the nominative)."""
    nxt = ctx.next_tok(cue.i)
    if cue.low not in ctx.lex.impersonal or nxt is None:
        return None
    if nxt.pos in ("NOUN", "PROPN", "PRON") and nxt.feats.get("Case") == "Nom":
        return nxt.start
    return None


def rule_inserted_cue(ctx, toks, start, stop, prev):
    """Кроме того, сообщает РБК, C. / В частности, указывается в докладе, C: a speech verb
    and its source inserted between commas after a sentence opener; the content follows."""
    for n, cue in enumerate(toks[1 : OPENER_WORDS + 2], 1):
        if toks[n - 1].text != ",":
            continue
        if not (ctx.is_finite_cue(cue) or cue.low in ctx.lex.impersonal):
            continue
        lead = [t for t in toks[: n - 1] if t.pos != "PUNCT"]
        if not lead or any(t.pos in ("VERB", "AUX", "PROPN") for t in lead):
            return None  # the opener is an adverbial (Кроме того, В частности), no clause
        own = [t for t in lead if t.pos != "CCONJ"]
        adverbial = bool(own) and own[0].pos == "ADP"  # (А) спустя десять дней: a phrase
        if not adverbial and (
            any(t.feats.get("Case") == "Nom" for t in lead) or subject_lead(lead, ctx.morph)
        ):
            return None  # Этот закон, считают X, ...: the clause's subject (rule_parenthetical)
        comma = next((t for t in toks[n + 1 : n + 10] if t.text == ","), None)
        if comma is None or negated(ctx, cue):
            return None
        speaker = kak_speaker(ctx, cue)
        if speaker is None or (speaker.name is None and cue.low not in ctx.lex.impersonal):
            return None
        begin = skip_space(ctx.text, comma.stop)
        if ctx.text.startswith("что ", begin):
            begin += 4  # Но, отмечается, что C
        return [Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, cue.text)]
    return None


# a clause's subject opens with a noun, an adjective, a determiner (Такой переход, Эта мера)
# or a numeral (Одна из групп)
SUBJECT_POS = ("NOUN", "PROPN", "ADJ", "DET", "NUM")


def subject_lead(lead: list[Tok], morph=None) -> bool:
    """Words before an inserted cue that are the subject of the clause around it (Рубль,
    Цены на нефть, Цены в ближайшие годы, Одна из групп протестующих): a nominative first
    (a fronted `В Москве` is an adverbial, no subject; with ``morph``, a noun the tagger read
    in another case that pymorphy3 allows in the nominative), no finite verb."""
    if len(lead) > 1 and lead[0].pos == "DET" and lead[1].pos in ("NOUN", "PROPN"):
        lead = lead[1:]  # Это решение, уверен X, ...: the determiner of the subject
    if not lead or lead[0].pos not in SUBJECT_POS or len(lead) > 2 * LEAD_WORDS:
        return False
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part" for t in lead):
        return False
    if lead[0].feats.get("Case") == "Nom":
        return True
    return (
        morph is not None
        and lead[0].pos == "NOUN"
        and any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in morph.parse(lead[0].text))
    )


def rule_parenthetical(ctx, toks, start, stop, prev):
    """Рубль, уверен Иван Петров, продолжит падать. / Цены, считают аналитики, вырастут: a
    speech verb and its subject inserted between commas after the subject of the clause;
    the content is the whole clause around the insertion."""
    for n, cue in enumerate(toks[1:], 1):
        if toks[n - 1].text != ",":
            continue
        if not ctx.is_finite_cue(cue) or negated(ctx, cue) or cue.low in ctx.lex.impersonal:
            continue
        if not subject_lead([t for t in toks[: n - 1] if t.pos != "PUNCT"], ctx.morph):
            return None
        comma = next((t for t in toks[n + 1 : n + 8] if t.text == ","), None)
        if comma is None:
            return None
        rest = [t for t in toks if t.start > comma.stop]
        if not any(is_predicate(t) for t in rest):
            return None
        gender = cue.feats.get("Gender") if cue.feats.get("Number") != "Plur" else None
        speaker = subject_after(ctx, cue.i, gender)
        if speaker is None and cue.feats.get("Number") == "Plur":
            speaker = source_after(ctx, cue.i)  # Туристы, уточнили в ведомстве, не ...
        if speaker is None or speaker.name is None or speaker.start > comma.start:
            return None
        return [Quote(start, content_end(ctx, start, stop), "indirect", speaker, cue.text)]
    return None


def _after_conjunction(toks: list[Tok], n: int) -> bool:
    """`, однако, как ...` / `, так как, как ...`: a conjunction set off by commas before the
    token at ``n`` (its comma at ``n - 1``)."""
    j = n - 2
    while j >= 0 and toks[j].text != ",":
        j -= 1
    return j >= 0 and " ".join(t.low for t in toks[j + 1 : n - 1]) in CONJUNCTIONS


def subordinate_kak(toks: list[Tok], n: int) -> bool:
    """`, как` at ``n`` closes a time or manner clause: после того, как; с тех пор, как; в то
    время, как; так, как (not the discourse marker `Более того, как сообщает X`)."""
    before = toks[n - 2].low
    if before in ("время", "так") or toks[n - 2].lemma in KAK_GOVERNORS:
        return True  # слышно, как X кричит; на вопрос, как он считает: a complement
    if n > 2 and toks[n - 3].low in DISCOURSE_PREPS:
        return False  # Кроме того, как считает X: an opener, no time clause
    if " ".join(t.low for t in toks[: n - 1]) in CONNECTIVES:
        return False  # Вместе с тем, как отметил X: the sentence's connective, no time clause
    return before in ("того", "тех", "пор", "тем") and n > 2 and toks[n - 3].pos == "ADP"


DISCOURSE_PREPS = ("кроме", "помимо")  # Кроме того, Помимо того


def kak_speaker(ctx: Context, cue: Tok) -> Speaker | None:
    """The source inside `как <cue> X,`: its subject after the verb, a place or document
    (как сообщили в МВД, как указывается в документе); none for an impersonal cue without
    one (как сообщается); no quote for an indefinite plural (как полагают)."""
    gender = cue.feats.get("Gender") if cue.feats.get("Number") != "Plur" else None
    if cue.low in ctx.lex.impersonal:
        return source_after(ctx, cue.i) or Speaker(None)
    found = subject_after(ctx, cue.i, gender)
    if found is None and cue.feats.get("Number") == "Plur":
        found = source_after(ctx, cue.i)
    if found is None and cue.i > 0 and is_subject(ctx.toks[cue.i - 1], ctx.lex):
        found = speaker_from(ctx, cue.i - 1, gender, cue.i)  # как он сказал
    if found is None and (plain := plain_subject(ctx, cue.i)) is not None:
        found = plain if (plain.start or 0) > cue.start else None  # как передала радиостанция
    return found


def rule_postposed(ctx, toks, start, stop, prev):
    """Q, заявил в четверг X. / ..., пишет The Times."""
    for a, b in zip(toks, toks[1:], strict=False):
        impersonal = b.low in ctx.lex.impersonal
        dash = a.text in ctx.lex.dashes and a.i > 1 and not _after_quote(ctx, a.i)
        if not (a.text == "," or dash):
            continue
        relayed = _relayed(ctx, b)  # Q, цитирует Интерфакс главу компании X: X's words
        if not (ctx.is_finite_cue(b) or impersonal or relayed):
            continue  # Q, заявил X. / Q — сообщил X.
        if b.feats.get("Mood") == "Imp" or ctx.text[start] in '«"„“':
            return None
        if impersonal and ruling_says(ctx, b):
            return None  # C, говорится в приговоре: a ruling, not a quote
        signature = AGENCY_SIGNATURE.match(ctx.text, start, a.start)
        start = signature.end() if signature else start  # INTERFAX - Q, заявил X.
        start = _after_impersonal_that(ctx, start, a.start)  # Сообщается, что Q, пишет X.
        end = content_end(ctx, start, a.start)
        while end > start and ctx.text[end - 1] in ", \u00a0":
            end -= 1  # Q, — говорит X: the comma before the dash is no part of Q
        if len(words(ctx.text[start:end])) < 2:  # Пострадавших нет, сообщили в МВД: a clause
            return None
        if not any(
            is_predicate(t) or t.low == "нет" or _neuter_predicate(ctx, t)
            for t in ctx.tokens_in(start, end)
        ):
            return None  # В сообщении X, выпущенном в воскресенье, говорится: no clause
        gender = b.feats.get("Gender") if b.feats.get("Number") != "Plur" else None
        speaker = (
            None
            if impersonal
            else relayed or subject_after(ctx, b.i, gender) or domain_after(ctx, b)
        )
        if speaker is None and (impersonal or b.feats.get("Number") == "Plur"):
            speaker = source_after(ctx, b.i)  # ..., сообщили в пресс-службе МИД
        if speaker is None or (speaker.name is None and not impersonal):
            speaker = plain_subject(ctx, b.i)  # ..., сообщили официальные лица
            if speaker is not None and (speaker.start or 0) < b.start:
                speaker = None  # Врачи, лечащие X, говорят: the subject, not content, is first
        if impersonal:  # ..., отмечается в докладе: reported, the source may stay unnamed
            speaker = speaker or Speaker(None)
        elif speaker is None or speaker.name is None:
            return None
        if (goes_on := clause_goes_on(ctx, speaker, stop)) is not None:
            end = goes_on  # Было бы неплохо, отмечает X, если бы C: the whole sentence
        return [Quote(start, end, "indirect", speaker, b.text)]
    return None


def _relayed(ctx: Context, verb: Tok) -> Speaker | None:
    """The named source whose words a quoting verb gives (цитирует Интерфакс главу компании
    X, приводит РИА Новости слова министра): it speaks, not the outlet that quotes."""
    found = quoted_source(ctx, verb.i) if is_quoting(ctx, verb) else None
    return found if found is not None and found.name else None


def clause_goes_on(ctx: Context, speaker: Speaker, stop: int) -> int | None:
    """End of the sentence when the clause goes on after the inserted attribution `, verb
    X,`: a comma after the source, then a subordinate clause (если бы ...) or a finite verb
    of the clause's own; not a relative clause, a gerund, a conjunction or another report."""
    k = ctx.first_token_after(speaker.stop or stop)
    if k is None or ctx.toks[k].text != "," or ctx.toks[k].start >= stop:
        return None
    rest = [t for t in ctx.tokens_in(ctx.toks[k].stop, stop) if not ctx.in_quote(t.start)]
    if not rest or opens_relative(rest) or rest[0].pos == "CCONJ":
        return None  # сообщили в больнице, в которую его доставили: a relative clause
    if any(ctx.is_cue(t) or t.low in ctx.lex.impersonal for t in rest):
        return None
    if rest[0].low in GOING_ON or (
        rest[0].pos != "SCONJ"
        and rest[0].feats.get("VerbForm") not in ("Conv", "Part")
        and any(is_predicate(t) for t in rest[:6])
    ):
        return content_end(ctx, ctx.toks[k].stop, stop)
    return None


GOING_ON = ("если", "чтобы")  # Было бы неплохо, отмечает X, если бы ...


def _after_impersonal_that(ctx: Context, start: int, stop: int) -> int:
    """Where reported content starts after an impersonal `Сообщается, что` opening a lead
    that an outlet signs after it (Сообщается, что Q, пишет X): after the `что`."""
    toks = [t for t in ctx.tokens_in(start, stop) if t.pos != "PUNCT"]
    if len(toks) > 3 and toks[0].low in ctx.lex.impersonal and toks[1].low == "что":
        return skip_space(ctx.text, toks[1].stop)
    return start


def _after_quote(ctx: Context, i: int) -> bool:
    """The dash at ``i`` follows a closing quotation mark (», — сказала она): a direct
    quote's attribution."""
    before = ctx.toks[i - 1] if ctx.toks[i - 1].text != "," else ctx.toks[i - 2]
    return before.text in CLOSING


CLOSING = '»"”“'  # a closing quotation mark before a dash: a direct quote's attribution

# an agency's signature opening the lead after its dateline: `INTERFAX - `, `ИТАР-ТАСС - `
AGENCY_SIGNATURE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,}\s*[-–—]\s+")
