"""Speech cues and what follows them: speech verbs near a position, `по словам X`
phrases, and the words after a verb that open its content (что, ли, an infinitive, an
object, an instrumental predicate).
"""

from __future__ import annotations

import re

from ...io.text import fold_text
from .document_sources import document_source
from .lexicons import (
    COLLECTIVES,
    PHASE_VERBS,
    PLACE_RELATIVES,
    PLEAS,
    POSSESSIVES,
    QUANTIFIERS,
    QUESTION_WORDS,
    SPEAKING_SOURCES,
    TELLING_CUES,
)
from .records import CLAUSE_END, OPENING, Context, Tok, is_reported_form
from .roles import foreign_name
from .source_forms import (
    PAIRED_FIRST,
    hyphen_head,
    modified_source,
    outlet_noun,
    owned_source,
    paired_source,
    participle_agent,
    venue_source,
)


def cue_after(ctx: Context, pos: int, window: int = 4) -> int | None:
    """A speech verb among the first words after ``pos`` (", — сказал Шойгу")."""
    k = ctx.first_token_after(pos)
    if k is None:
        return None
    for t in ctx.toks[k : k + window]:
        if t.text in CLAUSE_END and t.text != ":":
            return None
        if "\n" in ctx.text[pos : t.start]:
            return None  # «Q» — плюрализм:\n Давайте продолжим ...: the attribution is in its line
        if t.feats.get("VerbForm") == "Fin" and not is_reported_form(t):
            continue  # «Q» — плюрализм: Давайте продолжим ...: the speaker's own words go on
        if ctx.is_cue(t) or t.low in ctx.lex.impersonal or is_quoting(ctx, t):
            return t.i
    return None


def is_quoting(ctx: Context, tok: Tok) -> bool:
    """A verb of quoting (quote_quoting_cues: цитирует, приводит слова): the words are those
    of its object, not of the outlet that quotes them."""
    return tok.pos == "VERB" and tok.lemma in ctx.lex.quoting_cues and is_reported_form(tok)


def aspectual(ctx: Context, tok: Tok) -> bool:
    """A speech verb used as a phase verb with an infinitive (продолжит трудиться, начал
    говорить): it reports nothing itself, unless it is a request or promise (обещал прийти)."""
    nxt = next((t for t in ctx.toks[tok.i + 1 : tok.i + 3] if t.text not in OPENING), None)
    infinitive = nxt is not None and nxt.feats.get("VerbForm") == "Inf"
    return infinitive and tok.lemma not in ctx.lex.infinitive_cues


def attributive(ctx: Context, tok: Tok) -> bool:
    """A participle that modifies the word right after it, agreeing with it in case and
    number (предполагаемого нападавшего, так называемой оппозиции): an attribute of that
    word, no act of speech that could introduce a quote."""
    if tok.feats.get("VerbForm") != "Part" or tok.feats.get("Case") is None:
        return False
    nxt = ctx.next_tok(tok.i)
    if nxt is None or nxt.pos not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return False
    return all(nxt.feats.get(f) == tok.feats.get(f) for f in ("Case", "Number"))


def dash_after(ctx: Context, pos: int) -> int | None:
    """Position after `[,.!?]* <dash> ` following a closing quote (a stray space before the
    comma too: «Q» , — сказал X), else None."""
    match = re.match(
        rf"[ \u00a0]?[,.!?…]*\s*[{re.escape(ctx.lex.dashes)}]\s*", ctx.text[pos : pos + 10]
    )
    return pos + match.end() if match else None


def clause_cue_before(ctx: Context, pos: int) -> int | None:
    """A speech verb in the sentence before ``pos`` (X сказал: «Q»)."""
    start, _ = ctx.sentence_of(max(pos - 1, 0))
    line = ctx.text.rfind("\n", 0, pos) + 1
    start = max(start, line)
    cues = [
        t
        for t in ctx.tokens_in(start, pos)
        if (ctx.is_cue(t) or t.low in ctx.lex.impersonal or is_finite_act(ctx, t))
        and not ctx.in_quote(t.start)
        and not aspectual(ctx, t)
        and not attributive(ctx, t)
    ]
    # a finite verb or gerund speaks; an infinitive (предложили считать «...») does not
    spoken = [t for t in cues if t.feats.get("VerbForm") != "Inf"]
    return (spoken or cues)[-1].i if cues else None


def source_phrase(ctx: Context, start: int, stop: int) -> tuple[int, int, int] | None:
    """`по словам/мнению/данным X`, `согласно данным X` in [start, stop): token indices of
    the preposition, of its noun and of the source's first word (particles and quotation
    marks skipped: по информации же «Вестей»; по сообщениям из Сеула -> Сеула); failing
    those, `согласно` + a reporting document (document_sources.py)."""
    toks = ctx.tokens_in(start, stop)
    for n, (a, b) in enumerate(zip(toks, toks[1:], strict=False)):
        if a.low not in ctx.lex.source_preps and a.low not in PAIRED_FIRST and a.low != "согласно":
            continue  # no source phrase opens here (the checks below would all fail)
        if a.low == "согласно" and not ctx.mention_at(a) and _outlet(ctx, toks[n + 1 :]):
            return a.i, a.i, _outlet(ctx, toks[n + 1 :])  # Согласно The Hollywood Reporter, C
        paired = None if ctx.mention_at(a) else paired_source(toks, n)  # на взгляд X
        if paired is not None:
            n, b = paired
        elif a.low not in ctx.lex.source_preps or ctx.mention_at(a) or ctx.mention_at(b):
            continue
        else:
            n, b = modified_source(ctx, toks, n)  # по последним данным X, согласно оценкам X
        if not b.text.islower():
            continue  # "Комитет по Оценке СМИ" is a name, not a source phrase
        rest = [t for t in toks[n + 2 : n + 6] if t.pos != "PART" and t.text not in OPENING]
        if not rest:
            continue
        c = rest[0]
        if paired is not None or b.low in ctx.lex.sources:  # По данным, полученным от X, C;
            phrase = toks[n + 3 :] if c.text == "," else toks[n + 2 :]  # в соответствии с
            agent = participle_agent(ctx, b, phrase)  # заявлением сделанным X (no comma)
            if agent is not None:
                return a.i, b.i, agent.i
        if b.low in POSSESSIVES and (paired or c.low in ctx.lex.sources):  # по его словам
            return a.i, c.i, b.i
        if b.low in POSSESSIVES and not paired and (own := owned_source(ctx, rest)) is not None:
            return a.i, own.i, b.i  # по его собственным словам, по её личному мнению
        if paired is None and b.low not in ctx.lex.sources:
            continue
        if c.low in ("из", "от") and len(rest) > 1 and _origin(ctx, rest[1]):
            c = rest[1]  # по сообщениям из Сеула, по информации из СМИ
        elif (venue := venue_source(ctx, rest)) is not None:
            return a.i, b.i, venue.i  # по сообщениям в прессе, на сайте X
        elif c.low in ("с", "со") and len(rest) > 1 and rest[1].lemma in ctx.lex.titles:
            c, rest = rest[1], rest[1:]  # по информации с сайта Совета Федерации
        if (
            (c.feats.get("Case") == "Gen" and _names_source(ctx, rest, b))
            or ctx.mention_at(c, places=True)
            or c.low in POSSESSIVES
            or (c.pos in ("PROPN", "X") and c.text[:1].isupper())
        ):
            return a.i, b.i, c.i
    for n, a in enumerate(toks[:-1]):
        if a.low == "согласно" and not ctx.mention_at(a):
            found = document_source(ctx, toks[n + 1 :])
            if found is not None:
                return a.i, a.i, found  # Согласно опубликованной декларации, C
    return None


def source_cue(ctx: Context, a: int, noun: int) -> str:
    """The cue of a source phrase as written: `по словам`, `Согласно`."""
    if a == noun:
        return ctx.toks[a].text
    if ctx.toks[a].low not in ctx.lex.source_preps:  # на взгляд, в соответствии с данными
        return ctx.text[ctx.toks[a].start : ctx.toks[noun].stop]
    return f"{ctx.toks[a].text} {ctx.toks[noun].text}"


def _outlet(ctx: Context, toks: list[Tok]) -> int | None:
    """`согласно` + an organisation, outlet or person named right after it (Согласно The
    Hollywood Reporter, Согласно «Интерфаксу», Согласно Ивану Сидорову): its first word; a
    law or document is no outlet (согласно закону, согласно документу: provisions, not
    speech; ``document_sources`` takes a reporting document)."""
    words_ = [t for t in toks[:2] if t.text not in OPENING]
    if not words_:
        return None
    t = words_[0]
    m = ctx.mention_at(t)
    if (m is not None and m.type == "ORG") or (t.pos == "X" and foreign_name(ctx, t)):
        return t.i
    if m is not None and m.type == "PER" and t.feats.get("Case") == "Dat":
        return t.i  # Согласно Ивану Сидорову, C: a person in the dative
    return outlet_noun(ctx, toks)  # Согласно агентству Reuters, C


def _origin(ctx: Context, t: Tok) -> bool:
    """Where information comes from after `из`/`от`: a named place or body, or a body or
    unnamed source noun (из СМИ, от источников)."""
    lex = ctx.lex
    return ctx.mention_at(t, places=True) is not None or (
        t.pos == "NOUN" and hyphen_head(t) in lex.org_roles | lex.anonymous
    )


def _counted(toks: list[Tok]) -> bool:
    """A plural genitive right after a quantity (ряда экспертов, большинства опрошенных)."""
    return (
        bool(toks)
        and toks[0].pos in ("NOUN", "ADJ", "VERB")
        and (toks[0].feats.get("Case") == "Gen" and toks[0].feats.get("Number") == "Plur")
    )


VIEWPOINTS = ("зрение", "взгляд")  # с точки зрения, на взгляд: a person's, not a law's


def _names_source(ctx: Context, toks: list[Tok], noun: Tok) -> bool:
    """A genitive phrase that names who speaks: a person, role, body, outlet or document
    (по данным следствия, некоторых изданий, опроса), not a thing (по оценке ситуации);
    after a source ``noun`` of quote_speaking_sources.txt any noun but a bare quantity
    (по сообщениям прессы; not по мнению большинства; по мнению ряда экспертов: the group
    after the quantity)."""
    for n, t in enumerate(toks[:3]):
        if ctx.mention_at(t, places=True) or t.pos in ("PROPN", "X"):
            return True
        if n and toks[n - 1].lemma in QUANTIFIERS and t.pos in ("ADJ", "VERB"):
            return t.feats.get("Case") == "Gen" and t.feats.get("Number") == "Plur"  # опрошенных
        if t.lemma in QUANTIFIERS and _counted(toks[n + 1 : n + 2]):
            continue  # по мнению ряда экспертов: the group counted after it names the source
        if t.pos == "NOUN" and noun.lemma in SPEAKING_SOURCES and t.lemma not in QUANTIFIERS:
            return True  # not по мнению большинства: a count of no one named
        if t.pos == "NOUN":
            lex = ctx.lex
            things = () if noun.lemma in VIEWPOINTS else (lex.titles, lex.documents)
            return t.feats.get("Animacy") == "Anim" or any(
                lemma in group  # COLLECTIVES: по мнению руководства X, по словам защиты
                for group in (*(lex.roles, lex.org_roles, lex.anonymous), *things, COLLECTIVES)
                for lemma in (t.lemma, hyphen_head(t))  # интернет-издания X
            )
    return False


def phase_verb(ctx: Context, tok: Tok) -> Tok | None:
    """The finite phase verb before an infinitive at ``tok`` (стали сравнивать, начали
    говорить, что): the infinitive then reports like a finite verb of that subject."""
    if tok.feats.get("VerbForm") != "Inf" or tok.i == 0:
        return None
    phase = ctx.toks[tok.i - 1]
    if phase.lemma not in PHASE_VERBS or phase.feats.get("VerbForm") != "Fin":
        return None
    return phase


def finite_features(verb: Tok) -> dict:
    """The finite features of ``verb`` (form, mood, person, number, gender, tense)."""
    return {k: v for k, v in verb.feats.items() if k != "Aspect"}


def plea_after(ctx: Context, k: int) -> int | None:
    """After `себя` at ``k`` of a plea (признал себя виновным в убийстве, признала себя
    частично виновной по двум пунктам): the preposition that opens what was pleaded to."""
    j = k + 1
    if j < len(ctx.toks) and ctx.toks[j].pos == "ADV":
        j += 1  # частично, полностью
    if j + 1 >= len(ctx.toks) or fold_text(ctx.toks[j].lemma) not in PLEAS:
        return None
    return j + 1 if ctx.toks[j + 1].low in ("в", "во", "по") else None


def predicative_after(ctx: Context, k: int, window: int = 6) -> int | None:
    """After a verb of naming or judging at ``k`` (назвал его фарсом, считает их
    исполнительницами, называют местом его рождения Крым): the first word of its object
    when an instrumental predicate follows within the clause."""
    toks = []
    for t in ctx.toks[k + 1 : k + 1 + window]:
        if t.text in CLAUSE_END or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ"):
            break
        toks.append(t)
    words_ = [t for t in toks if t.text not in OPENING]
    if not words_:
        return None
    first = words_[0]
    if not (is_object(first) or first.low in POSSESSIVES or first.feats.get("Case") == "Ins"):
        return None
    return words_[0].i if outside_pp_ins(words_) or _xcomp_of(ctx, k, words_[1:]) else None


def _xcomp_of(ctx: Context, k: int, toks: list[Tok]) -> bool:
    """One of ``toks`` is the parser's ``xcomp`` of the verb at ``k``, a common word: a
    predicate the tagger read in another case (считает приговор предрешенным, tagged a dative
    noun); not a name given (назвали дочь Алисой)."""
    heads = ctx.heads(k) if toks else {}
    return any(heads.get(t.i) == (k, "xcomp") and t.text.islower() for t in toks)


def outside_pp_ins(toks: list[Tok]) -> bool:
    """An instrumental noun or adjective among ``toks`` outside a prepositional phrase
    (объявили траур в связи с гибелью: гибелью is the preposition's)."""
    after_prep = False
    for t in toks:
        if t.pos == "ADP":
            after_prep = True
        elif t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Ins" and not after_prep:
            return True
        elif t.pos in ("NOUN", "PROPN", "PRON"):
            after_prep = False
    return False


def ins_after(ctx: Context, k: int, window: int = 4) -> bool:
    """An instrumental predicate (not in a prepositional phrase) in the clause after ``k``
    (назвал Коэна одним из ...; not назвали Гильермо в честь деда)."""
    for t in ctx.toks[k + 1 : k + 1 + window]:
        if t.text in CLAUSE_END or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ", "ADP"):
            return False
        if t.feats.get("Case") == "Ins":
            return True
    return False


def verdict_after(ctx: Context, k: int, window: int = 4) -> bool:
    """An object at ``k`` followed by an instrumental adjective in its clause (признал его
    виновным, признали неконституционной прежнюю норму): the verb declares a status."""
    for t in ctx.toks[k : k + window]:
        if t.text in CLAUSE_END or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ", "ADP"):
            return False
        if t.pos == "ADJ" and t.feats.get("Case") == "Ins":
            return True
    return False


def has_content_frame(ctx: Context, tok: Tok) -> bool:
    """A verb whose content is an infinitive, a noun phrase or a prepositional phrase
    (требовать, назвать, обвинить в): its participles and gerunds report speech too."""
    lex = ctx.lex
    return (
        tok.lemma in lex.infinitive_cues
        or tok.lemma in lex.object_cues
        or any(tok.lemma == lemma for lemma, _ in lex.pp_cues)
    )


def is_finite_act(ctx: Context, tok: Tok) -> bool:
    """A finite verb of request, proposal or promise (quote_infinitive_cues)."""
    return tok.pos == "VERB" and tok.lemma in ctx.lex.infinitive_cues and is_reported_form(tok)


def infinitive_after(ctx: Context, k: int, window: int = 6) -> int | None:
    """The infinitive that a request verb at ``k`` governs, after an addressee or adverb
    (просили правительство перевести его, предложили проехать с ними)."""
    for t in ctx.toks[k + 1 : k + 1 + window]:
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Inf":
            return t.i
        if t.text == ":" and ctx.toks[t.i - 1].i > k:
            continue  # предложили москвичи: назвать её ...
        if (
            t.pos == "VERB"
            and t.feats.get("VerbForm") == "Part"
            and t.feats.get("Case")
            in (
                "Dat",
                "Acc",
                "Gen",
            )
        ):
            continue  # предложил протестующим разойтись: a participle as the addressee
        if t.text in CLAUSE_END or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ"):
            return None
    return None


def is_finite_object_cue(ctx: Context, tok: Tok) -> bool:
    """A finite verb of `quote_object_cues` (обвинил, сравнил, раскритиковал): speech only
    with its noun-phrase object or a `что` clause."""
    return tok.pos == "VERB" and tok.lemma in ctx.lex.object_cues and is_reported_form(tok)


def that_after(ctx: Context, k: int, window: int = 12) -> int | None:
    """Index of `что`/`чтобы` opening the content after the verb at ``k``: right after a
    comma (заявил, что), also after an addressee or time (рассказала СМИ, что; подтвердил в
    среду что; сообщили о том, что); none when another verb or clause end comes first."""
    question = ctx.toks[k].lemma in ctx.lex.question_cues or ctx.toks[k].lemma in TELLING_CUES
    speech = ctx.is_cue(ctx.toks[k])  # оценивает, могут ли ...: assessing is no asking
    for t in ctx.toks[k + 1 : k + 1 + window]:
        if speech and ctx.toks[t.i - 1].text == "," and is_question_start(ctx, t.i, question):
            if t.low in PLACE_RELATIVES and _place_phrase_before(ctx, t.i - 1):
                return None  # сообщили в больнице, куда его доставили: a relative clause
            return t.i - 1  # спросил, будет ли ...; поинтересовался, почему ...
        if t.low in ("будто", "якобы") and ctx.toks[t.i - 1].text == "," and speech:
            return t.i  # говорил, будто ...; утверждают, якобы ...: a doubted report
        if t.low in ("что", "чтобы"):
            prev = ctx.toks[t.i - 1]
            if (
                t.low == "чтобы"
                and t.i > k + 2
                and ctx.toks[k].lemma not in ctx.lex.infinitive_cues
            ):
                return None  # передал деньги подруге, чтобы ...: a purpose clause
            if prev.text == "," or t.i == k + 1 or prev.low in ("то", "года", "году", "тем"):
                return t.i
            return t.i if prev.pos in ("NOUN", "PROPN", "NUM", "ADV") else None
        verb = t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part"  # not случившееся
        if t.text in CLAUSE_END or verb or t.text in ctx.lex.dashes:
            return None
    return None


def _place_phrase_before(ctx: Context, comma: int) -> bool:
    """The words before the comma at ``comma`` end a prepositional phrase (в больнице, из
    города): a place that `где`/`куда` after the comma describes, not a question's."""
    j = comma - 1
    while j >= 0 and ctx.toks[j].pos in ("NOUN", "PROPN", "ADJ", "NUM"):
        j -= 1
    return j < comma - 1 and j >= 0 and ctx.toks[j].pos == "ADP"


def is_question_start(ctx: Context, j: int, question: bool) -> bool:
    """A reported question opens at token ``j``: `X ли` (будет ли, предоставил ли) after any
    speech verb; a question word (почему, когда ...) after a verb of asking."""
    nxt = ctx.next_tok(j)
    if nxt is not None and nxt.low == "ли" and ctx.toks[j].pos != "PUNCT":
        return True
    if nxt is not None and ctx.toks[j].low == "как" and nxt.low in NOT_QUESTION_AFTER_KAK:
        return False  # рассказал, как и обещал; сообщил, как только узнал
    if ctx.toks[j].low == "как" and _such_before(ctx, j):
        return False  # сообщил о таких мерах, как закрытие школ: a comparison, no question
    return question and ctx.toks[j].low in QUESTION_WORDS


def _such_before(ctx: Context, j: int) -> bool:
    """`такой` among the few words before the comma that precedes `как` at ``j``."""
    return any(t.lemma == "такой" for t in ctx.toks[max(0, j - 5) : j])


# words after `как` that make it a manner or time conjunction, not a question word
NOT_QUESTION_AFTER_KAK = ("и", "только", "обычно", "всегда", "правило", "известно", "сообщается")


def is_object(tok: Tok) -> bool:
    """The start of a noun-phrase object (отрицает свою причастность, назвал это ошибкой,
    назвал действующие полигоны: a participle too)."""
    word = tok.pos in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM") or (  # NUM: пять премьер
        tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"
    )
    return word and tok.feats.get("Case") in ("Acc", "Gen")


def owned_subject(ctx: Context, tok: Tok) -> bool:
    """A genitive pronoun owning a person in the nominative after it (озвучил его представитель
    X): the verb's subject, put after it, not its object."""
    nxt = ctx.next_tok(tok.i)
    return (
        tok.pos in ("PRON", "DET")
        and tok.feats.get("Case", "Gen") == "Gen"
        and nxt is not None
        and nxt.pos == "NOUN"
        and nxt.feats.get("Case") == "Nom"
        and nxt.feats.get("Animacy") == "Anim"
    )


# words of state that head a clause with an infinitive (Билеты можно купить на сайте)
MODAL_PREDICATIVES = frozenset(("можно", "нельзя", "нужно", "надо", "необходимо", "невозможно"))


def is_predicate(tok: Tok) -> bool:
    """A finite verb, a short participle (убит, назначен) or a modal predicative (можно,
    нельзя купить): the content is a clause."""
    if tok.pos == "ADV":
        return tok.low in MODAL_PREDICATIVES
    if tok.pos not in ("VERB", "AUX"):
        return tok.pos == "ADJ" and tok.feats.get("Variant") == "Short"
    form = tok.feats.get("VerbForm", "Fin")
    return form == "Fin" or (form == "Part" and tok.feats.get("Variant") == "Short")


def object_before(ctx: Context, verb: int, inf: int) -> int:
    """The start of infinitive content at ``inf`` with its personal pronoun object put before
    it (попросил губернатора его уволить, предложил коллегам их поддержать): the pronoun's
    index; not a pronoun right after the request verb, its addressee (попросил его уйти)."""
    k = inf - 1
    t = ctx.toks[k]
    if k > verb + 1 and t.pos == "PRON" and t.feats.get("Case") in ("Acc", "Dat", "Gen"):
        return k if t.lemma in ("он", "она", "оно", "они") else inf
    return inf
