"""Where reported content ends: the end of its clause or sentence, of a noun phrase,
of an infinitive or participial phrase; and a fronted object before the verb.
"""

from __future__ import annotations

import re

from ...io.text import fold_text
from .addressees import ends_topic
from .lexicons import (
    ANAPHORIC,
    MONTHS,
    POINTING,
    POSSESSIVES,
    RESTATED_NOUNS,
    SPEECH_TIMES,
    TIME_ADVERBS,
)
from .phrase_bounds import (
    adverb_of_participle,
    charge_preposition,
    clause_before_verb,
    day_after,
    gapped_conjunct,
    listed_after,
    new_clause_end,
    participle_form,
)
from .records import OPENING, Context, Tok
from .relative_that import relative_that
from .report_bounds import arguing_gerund_end, own_clause_after, speech_gerund

CLAUSE_BREAKS = re.compile(
    r",\s+(?:и|а|но|однако|при этом)\s+(?:поэтому\s+|также\s+|затем\s+|потом\s+)?(?:не\s+)?"
    r"(?=\w+(?:л|ла|ли|ло|ет|ит|ют|ат|ят)(?:ся|сь)?\b)|;"  # поделилась, отказался: reflexive
)


# a colon and an opening quotation mark: a direct quote follows the reported clause
QUOTE_AFTER_COLON = re.compile(r":[ \t\u00a0]*(?:'''?)?[«„“\"]")  # ''«: wiki italics
WORDS = re.compile(r"\w+")
# words after a comma that go on with a noun phrase (резолюции, вплоть до ...; мер, включая ...)
PHRASE_GOES_ON = ("вплоть", "включая")

# a sentence end and a quoted sentence after it: «Для меня ...» opens a new sentence
QUOTED_SENTENCE = re.compile(r"[.!?…][ \t\u00a0]+[«„“\"](?=[A-ZА-ЯЁ])")

# a lowercase word or a closing bracket running into a capitalised word (металлоискателейВпервые,
# (Kingdom of X)Официальный): two sentences or lines whose break was lost
GLUED = re.compile(r"(?<![\w-])[а-яё]{3,}(?=[А-ЯЁ][а-яё])|\)(?=[А-ЯЁ][а-яё]{2,})")


def content_end(ctx: Context, pos: int, stop: int) -> int:
    """End of reported content: the end of its clause (a coordinated new predicate
    `, и направила ...`, a semicolon, a bracket) or of the sentence, without final punctuation."""
    cut = _clause_break(ctx, pos, stop)
    end = cut if cut is not None else stop
    glued = GLUED.search(ctx.text, pos, end)  # металлоискателейВпервые: a lost sentence break
    end = glued.end() if glued else end
    bracket = ctx.text.find("]", pos, end)
    if bracket != -1 and "[" not in ctx.text[pos:bracket]:
        end = bracket  # content that starts inside a wiki link ends with the link
    end = new_clause_end(ctx, pos, second_report(ctx, pos, end))
    end = arguing_gerund_end(ctx, pos, end)  # C, сославшись на D: the speaker's own act
    quoted = QUOTED_SENTENCE.search(ctx.text, pos, end)
    end = quoted.start() + 1 if quoted else end  # C. «Q»: a sentence break the segmenter missed
    colon = QUOTE_AFTER_COLON.search(ctx.text, pos, end)
    if colon is not None and len(WORDS.findall(ctx.text, pos, colon.start())) >= 3:
        end = colon.start()  # C: «Q»: the quote after the colon is a direct record of its own
    while end > pos and ctx.text[end - 1] in '.!?…;: \u00a0\n\r»“”"':
        end -= 1
    if ctx.text[end : end + 1] == "»" and ctx.text.count("«", pos, end) > ctx.text.count(
        "»", pos, end
    ):
        end += 1  # назвал слухи «уткой»: the closing mark of a quotation opened inside
    return end


def _clause_break(ctx: Context, pos: int, stop: int) -> int | None:
    """Where a coordinated new predicate (`, и направила`) or a semicolon ends the content;
    a word that only ends like a verb (`, и самолёт приземлился`: a noun) is no predicate."""
    for cut in CLAUSE_BREAKS.finditer(ctx.text, pos, stop):
        if cut.group() == ";":
            if ctx.text.count("(", pos, cut.start()) > ctx.text.count(")", pos, cut.start()):
                continue  # (Бавария; Германия): inside brackets, no clause ends
            return cut.start()
        i = ctx.first_token_after(cut.end())
        if i is not None and _content_conjunct(ctx, i, pos):
            continue  # что X подобрал бутылку, и бросил её: the content's own second predicate
        if i is None or ctx.toks[i].pos in ("VERB", "AUX"):
            return cut.start()
    return None


def _content_conjunct(ctx: Context, i: int, pos: int) -> bool:
    """The verb at ``i`` is, in the parser's tree, a conjunct of a verb of the content that
    starts at ``pos`` (not of the speech verb before it); not a speech or request verb (`, и
    потребовало`: the speaker's second act, whatever the tree says)."""
    verb = ctx.toks[i]
    if verb.pos not in ("VERB", "AUX") or ctx.is_cue(verb) or verb.lemma in ctx.lex.triggers:
        return False
    head, rel = ctx.heads(i).get(i, (None, ""))
    if rel != "conj" or head is None or not pos <= ctx.toks[head].start < verb.start:
        return False
    return all(  # отремонтируют ..., и уехал: a verb that does not agree has another subject
        verb.feats.get(f) == ctx.toks[head].feats.get(f)
        for f in ("Number", "Gender")
        if verb.feats.get(f) and ctx.toks[head].feats.get(f)
    )


SECOND_CLAUSE_WORDS = 12  # words between the conjunction and the second speech verb at most
# (а The Wall Street Journal со ссылкой на источники в компании заявляет, что ...)


def second_report(ctx: Context, pos: int, end: int) -> int:
    """End of content before a second report joined to it: `, а соседи заявляют, что ...`
    (a conjunction, a subject and a speech verb of their own, with its own `что`): the second
    report is content of its own."""
    toks = [t for t in ctx.tokens_in(pos, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[:-2]):
        if t.low == "и" and n and toks[n - 1].text != "," and _joined_report(ctx, toks, n + 1):
            return trim_end(ctx, pos, t.start)  # C1 и подчеркнул, что C2: the same speaker's
        size = _joiner(toks[n + 1 :]) if t.text == "," else 0
        if not size:
            continue
        clause = []
        for u in toks[n + 1 + size : n + 1 + size + SECOND_CLAUSE_WORDS]:
            if u.text == ",":
                break
            clause.append(u)
        for m, u in enumerate(clause):
            if ctx.is_finite_cue(u) and u.low not in ctx.lex.impersonal:
                subject = any(_subject_word(w) for w in clause[:m])
                if subject and _that_next(toks, n + 1 + size + m + 1):
                    return t.start  # ..., а соседи заявляют, что C2
                if subject and _points_back(clause[m + 1 :]):
                    return t.start  # ..., однако власти не подтвердили эту информацию
                break
    return end


JOINERS = (("а",), ("но",), ("и",), ("однако",), ("тогда", "как"), ("в", "то", "время", "как"))


def _joiner(toks: list[Tok]) -> int:
    """Words of the conjunction opening ``toks`` that can join a second report (`, а`, `, но`,
    `, тогда как`, `, в то время как`), 0 when there is none."""
    words_ = tuple(t.low for t in toks[:4])
    return next((len(j) for j in JOINERS if words_[: len(j)] == j), 0)


def one_verb_clause(ctx: Context, begin: int, end: int) -> bool:
    """The content is one finite verb or short adjective: a whole clause with its subject
    (and copula) dropped (сказал, что передумал; заявил, что невиновен)."""
    toks = [t for t in ctx.tokens_in(begin, end) if t.pos != "PUNCT"]
    if len(toks) != 1:
        return False
    if toks[0].pos == "ADJ" and toks[0].feats.get("Variant") == "Short":
        return True
    return toks[0].pos == "VERB" and toks[0].feats.get("VerbForm") == "Fin"


def _subject_word(w: Tok) -> bool:
    """A nominative noun, name or pronoun, or a Latin-script name (а The Wall Street Journal)."""
    if w.pos == "X":
        return w.text[:1].isupper()
    return w.feats.get("Case") == "Nom" and w.pos in ("NOUN", "PROPN", "PRON")


def _points_back(toks: list[Tok]) -> bool:
    """An object that points back to what was reported (эту информацию, эти сведения, это):
    a second speaker's word on the first report, not its content."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    for t, nxt in zip(words_, words_[1:] + [None], strict=False):
        if t.lemma in ("этот", "данный") and nxt is not None and nxt.lemma in RESTATED_NOUNS:
            return True
        if t.lemma == "это" and t.feats.get("Case") in ("Acc", "Gen"):
            return True  # не подтвердило этого
    return False


def _joined_report(ctx: Context, toks: list[Tok], n: int) -> bool:
    """A finite speech verb at ``n`` with its own `что` right after it (и подчеркнул, что)."""
    verb = toks[n]
    return (
        ctx.is_finite_cue(verb)
        and verb.feats.get("VerbForm") == "Fin"
        and verb.low not in ctx.lex.impersonal
        and _that_next(toks, n + 1)
    )


def _that_next(toks: list[Tok], n: int) -> bool:
    """`, что` or `что` at token ``n``: a speech verb's own content clause follows."""
    rest = [t.low for t in toks[n : n + 2]]
    return rest[:1] == ["что"] or rest == [",", "что"]


def fronted_start(ctx: Context, verb: Tok, cases: tuple[str, ...] = ("Acc",)) -> int | None:
    """Start of an accusative object that opens the clause of ``verb`` before it (Гибель X
    подтвердили Y; Станцию метро предложили переименовать; Всю историю X назвал фарсом)."""
    start, _ = ctx.sentence_of(verb.start)
    toks = ctx.tokens_in(start, verb.start)
    for n in range(len(toks) - 1, -1, -1):
        if toks[n].text in (",", ";", ":") or toks[n].text in ctx.lex.dashes:
            toks = toks[n + 1 :]
            break
    words_ = _skip_adverbials([t for t in toks if t.text not in OPENING and t.text not in '»“”"'])
    if not words_ or ctx.in_quote(words_[0].start):
        return None
    first = words_[0]
    second = words_[1] if len(words_) > 1 else None
    head = first
    if first.low in POSSESSIVES and second is not None and second.pos == "NOUN":
        if second.lemma in RESTATED_NOUNS or second.lemma == "слово":
            return None  # Его слова подтвердил X: words reported elsewhere
        head = second  # Его смерть подтвердил X: the noun after an indeclinable possessive
    if head.pos not in ("NOUN", "PROPN", "DET", "ADJ") or head.feats.get("Case") not in cases:
        return _own_object(words_) if "Acc" in cases else None
    with_noun = second is not None and second.pos in ("NOUN", "ADJ")  # Этот закон назвали ...
    with_noun = with_noun and second.lemma not in RESTATED_NOUNS  # Эту информацию подтвердили
    if (first.lemma in ANAPHORIC or first.lemma in POINTING) and not with_noun:
        return None  # Это подтвердили ...: the content is elsewhere
    return first.start


def _own_object(words_: list[Tok]) -> int | None:
    """Start of an accusative object opened by the reflexive `свой` after a nominative
    subject, both before the verb (Петров свою причастность отрицает: S O V); not inside a
    prepositional phrase (обвинения в свой адрес называл)."""
    for n, t in enumerate(words_[1:], 1):
        if t.lemma == "свой" and t.feats.get("Case") == "Acc" and words_[n - 1].pos != "ADP":
            subject = any(
                u.pos in ("NOUN", "PROPN") and u.feats.get("Case") == "Nom" for u in words_[:n]
            )
            return t.start if subject else None
    return None


def own_clause_end(ctx: Context, verb: Tok, end: int) -> int:
    """End of the clause of ``verb`` before ``end``: before `, а/но/и ...` that joins
    another clause (этот закон стали сравнивать с X, а депутаты ссылались на ...)."""
    toks = ctx.tokens_in(verb.stop, end)
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text == "," and nxt.pos in ("CCONJ", "SCONJ") and not ctx.in_quote(t.start):
            stop = trim_end(ctx, verb.stop, t.start)
            return stop - 1 if ctx.text[stop - 1] in '»”"' else stop  # no closing mark
    return end


def participle_comma(ctx: Context, begin: int, end: int) -> int:
    """The comma that ends a participial phrase's content in [begin, end), or -1: not one
    before a participle or adjective agreeing with the noun before it (называющие его
    диктатором, разрушившим экономику: the dictator's phrase goes on)."""
    toks = ctx.tokens_in(begin, end)
    for prev, t, nxt in zip(toks, toks[1:], toks[2:], strict=False):
        if t.text != ",":
            continue
        agrees = nxt.pos in ("VERB", "ADJ", "NOUN") and nxt.feats.get("VerbForm") in ("Part", None)
        agrees = agrees and prev.pos in ("NOUN", "PROPN")  # (the tagger reads some as nouns)
        if agrees and nxt.feats.get("Case") == prev.feats.get("Case") is not None:
            continue
        return t.start
    return -1


def _finite_cue(ctx: Context, t: Tok) -> bool:
    """A finite speech verb in the past or present (no infinitive's conjunct: the speaker's
    own second act after `и`)."""
    return t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and ctx.is_cue(t)


def joined_clause_end(ctx: Context, begin: int, end: int) -> int:
    """End of infinitive content before `, а/но/и/однако ...` or `, после чего/этого ...`
    that opens a clause with a finite verb of its own (требуя наказать виновных, а в
    Петербурге прошла акция; попросил их раздеться, после чего сфотографировал: what
    happened next, not what was asked), or before a relative clause on a proper name."""
    toks = [t for t in ctx.tokens_in(begin, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[:-1]):
        if t.text == "," and n > 0 and toks[n - 1].low in CORRELATIVES:
            continue  # не забывать о том, в каком положении ...: the clause `том` announces
        if t.low == "и" and n > 0 and _finite_cue(ctx, toks[n + 1]):
            return trim_end(ctx, begin, t.start)  # пообещал проверить ремонт и заверил, что C
        if t.text == "," and _next_predicate(ctx, toks[n + 1]):
            return trim_end(ctx, begin, t.start)  # попросила X спеть, истолковал; , указывая на
        if t.text == "," and own_clause_after(toks[n + 1 :]):
            return trim_end(ctx, begin, t.start)  # просят не выходить, над районом закрыто небо
        if t.text == "," and n > 0 and _named_antecedent(toks[n - 1], toks[n + 1 :]):
            return trim_end(ctx, begin, t.start)  # реорганизовать X, чья репутация пошатнулась
        nxt = " ".join(u.low for u in toks[n + 1 : n + 3])
        joins = toks[n + 1].low in ("а", "но", "и", "однако") or nxt in THEN
        if t.text != "," or not joins:
            continue
        clause = []
        for u in toks[n + 2 :]:
            if u.text == ",":
                break
            clause.append(u)
        if any(u.pos in ("VERB", "AUX") and u.feats.get("VerbForm") == "Fin" for u in clause):
            return trim_end(ctx, begin, t.start)
    return end


CORRELATIVES = ("то", "того", "тому", "том", "тем")  # о том, что / от того, как: a clause follows


def _next_predicate(ctx: Context, t: Tok) -> bool:
    """A word right after a comma that is the next predicate of the sentence, not of the
    requested action: a finite verb (которого она попросила спеть, истолковал просьбу по-
    своему) or a gerund of speech (угрожали уйти, указывая на C: the speaker's own act)."""
    if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
        return True
    return t.feats.get("VerbForm") == "Conv" and (
        t.lemma in ctx.lex.triggers or t.lemma in ctx.lex.cues
    )


# words after a comma that open what happened next (попросил раздеться, после чего ...)
THEN = ("после чего", "после этого")


def _skip_adverbials(words_: list[Tok]) -> list[Tok]:
    """Words of a clause after its opening adverbials: prepositional phrases and adverbs
    (В российской прессе практически сразу же | этот закон стали сравнивать ...)."""
    n = 0
    while n < len(words_):
        t = words_[n]
        if t.pos in ("ADV", "PART"):
            n += 1
        elif t.pos == "ADP":
            n += 1
            while n < len(words_) and words_[n].pos in ("ADJ", "DET", "NUM", "PART"):
                n += 1
            n += 1  # the head noun of the phrase
            while n < len(words_) and words_[n].feats.get("Case") == "Gen":
                n += 1  # its genitive dependants
        else:
            break
    return words_[n:]


def _person_nominative(ctx: Context, t: Tok) -> bool:
    """A person noun, role or person's name in the nominative (the subject after the verb)."""
    if t.feats.get("Case") != "Nom":
        return False
    m = ctx.mention_at(t)
    if m is not None:
        return m.type == "PER" and m.start == t.start
    return t.pos == "NOUN" and (t.lemma in ctx.lex.roles or t.feats.get("Animacy") == "Anim")


def phrase_end(ctx: Context, begin: int, end: int) -> int:
    """End of noun-phrase content (о высылке трёх дипломатов) before ``end``: before a new
    predicate (`, заявив`, `был`), a time adverb (вчера днём) or the setting of the speech
    act (на пресс-конференции, в интервью); not inside a quoted fragment of the phrase."""
    toks = ctx.tokens_in(begin, end)
    quoted = ctx.in_quote(begin)
    charge = charge_preposition(ctx, toks)  # обвинил X в жестоком обращении: no setting
    for n, t in enumerate(toks[1:], 1):
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if not quoted and ctx.in_quote(t.start):
            continue  # назвал ситуацию «сложной, но управляемой»: the fragment's own words
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            if _in_relative(toks[1:n]) and not ctx.is_cue(t):
                continue  # полигоны, на которых испытываются ...: a relative clause
            return trim_end(ctx, begin, clause_before_verb(toks, n))
        if speech_gerund(ctx, t) and not _in_relative(toks[1:n]):
            return trim_end(ctx, begin, t.start)  # опровергла эту информацию сообщив, что
        if (
            t.pos == "ADV"
            and t.lemma in TIME_ADVERBS
            and toks[n - 1].feats.get("VerbForm") == "Part"
        ):
            continue  # достоверность появившихся накануне сообщений: the participle's time
        if t.pos == "ADV" and t.lemma in TIME_ADVERBS or day_after(toks[n - 1], t, nxt):
            return trim_end(ctx, begin, t.start)
        if t.text.isdigit() and nxt is not None and nxt.lemma in MONTHS:
            if toks[n - 1].pos == "ADP":
                continue  # о снятии ограничений с 1 июля: the date is the content's own
            return trim_end(ctx, begin, t.start)  # об окончании карьеры | 5 декабря 2015 года
        if t.low == "и" and nxt is not None and _person_nominative(ctx, nxt):
            return trim_end(ctx, begin, t.start)  # Заявил о отставке | и глава X: the subject
        if t.text == "," and _named_antecedent(toks[n - 1], toks[n + 1 :]):
            return trim_end(ctx, begin, t.start)  # факт смерти X, который страдал: background
        if t.text == ":" and not listed_after(nxt):
            return trim_end(ctx, begin, t.start)  # так описывает увиденное: «...»
        if t.text == "," and gapped_conjunct(ctx, toks, n):
            continue  # сравнивают A с B, а C — с D: the dash stands for the verb
        if (
            t.text == ","
            and nxt is not None
            and nxt.low not in PHRASE_GOES_ON
            and not (nxt.low == "как" and any(u.lemma == "такой" for u in toks[:n]))
            and (
                (nxt.feats.get("VerbForm") == "Conv" and not participle_form(nxt))
                or nxt.pos in ("CCONJ", "SCONJ")
                or (nxt.pos == "ADV" and not adverb_of_participle(toks, n + 1))
                or (
                    nxt.pos in ("NOUN", "PROPN")
                    and nxt.feats.get("Case") == "Nom"
                    and not participle_form(nxt)
                )
            )
        ):
            return trim_end(ctx, begin, t.start)  # , заявив; , и ...; , лидер ЛДПР ... одобрил
        if charge is not None and t.low in (charge, charge + "о"):
            continue
        if t.pos == "ADP" and _setting_after(ctx, toks[n + 1 : n + 4]):
            return trim_end(ctx, begin, t.start)
        if t.low in ("на", "в", "во") and _setting_later(ctx, toks[n + 1 : n + 8]):
            return trim_end(ctx, begin, t.start)
    return end


def _named_antecedent(prev: Tok, rest: list[Tok]) -> bool:
    """A relative clause (`который`, `чей`) on a proper name that closes the content: the
    author's background on the one named, not what was said (подтвердил факт смерти X,
    который долго болел); not one closed by a comma with the content going on after it
    (раздать акции X, которыми они владеют, на благотворительность)."""
    return (
        bool(rest)
        and rest[0].lemma in ("который", "чей")
        and prev.pos == "PROPN"
        and all(u.text != "," for u in rest[1:])
    )


def _in_relative(toks: list[Tok]) -> bool:
    """The words since the last comma of ``toks`` hold `который` (на которых, который в
    последнее время): a verb after them is the relative clause's own."""
    n = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    return any(u.lemma == "который" for u in toks[n + 1 :])


def _setting_after(ctx: Context, toks: list[Tok]) -> bool:
    for t in toks:
        if t.pos == "NOUN" or t.pos in ("PROPN", "X"):
            return fold_text(t.lemma) in ctx.lex.settings
    return False


def _setting_later(ctx: Context, toks: list[Tok]) -> bool:
    """A setting noun ending a phrase of modifiers (на специально собранной по этому поводу
    пресс-конференции): the last noun before punctuation or a verb."""
    nouns = []
    for t in toks:
        if t.pos == "PUNCT" or (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
            break
        if t.pos in ("NOUN", "PROPN", "X"):
            nouns.append(t)
    return bool(nouns) and fold_text(nouns[-1].lemma) in ctx.lex.settings


def lead_trim(text: str, start: int, stop: int) -> int:
    """``start`` moved right over spaces and punctuation that open no content (`что: «Q»`,
    `по словам X — C`, a space before a sentence)."""
    while start < stop and text[start] in LEADING:
        start += 1
    return start


LEADING = " \u00a0\t\n\r,.;:—–-"


def trim_end(ctx: Context, begin: int, end: int) -> int:
    """``end`` moved left over spaces, commas and a dangling conjunction (Берлускони и)."""
    while True:
        while end > begin and ctx.text[end - 1] in " ,\u00a0\n\r":
            end -= 1
        last = ctx.text.rfind(" ", begin, end)
        if last == -1 or ctx.text[last + 1 : end] not in ("и", "а", "но", "или", "однако"):
            return end
        end = last


def topic_end(ctx: Context, prep: Tok, verb: Tok, end: int) -> int:
    """End of the noun phrase of an `о/об` topic of ``verb`` (рассказал о своём открытии
    сотрудникам банка; сообщил об арестах в среду): before the first word after the phrase's
    noun that the parser's tree makes a dependent of the verb that no noun phrase holds (an
    addressee, a subject, an adverb: ``VERB_OWN``), or a day or time of day after `в` (the
    time of the speech act, wherever the parser hangs it). The parser often hangs a noun's
    prepositional modifiers on the verb, so those do not end the phrase."""
    heads = ctx.heads(prep.i)
    noun, rel = heads.get(prep.i, (None, ""))
    if noun is None or rel != "case" or noun <= prep.i:
        return end
    if ctx.toks[noun].feats.get("Case") not in ("Loc", None):  # о нём властям: a misparse
        noun = prep.i + 1
    for j in range(noun + 1, len(ctx.toks)):
        t = ctx.toks[j]
        if t.start >= end:
            break
        own = _dependent_of(heads, j, verb.i)
        if (
            _speech_time(ctx, j)
            or ends_topic(ctx, j)
            or relative_that(ctx, verb, j)  # о выходе из коалиции, что позволит ...
            or (own is not None and heads[own][1] in VERB_OWN and not _genitive_of(ctx, j))
        ):
            return min(end, trim_end(ctx, prep.start, t.start))
    return end


def _genitive_of(ctx: Context, j: int) -> bool:
    """A genitive noun right after a noun is that noun's modifier, wherever the parser hangs
    it (об ограничении поставок газа: `поставок` read as the verb's object)."""
    t, prev = ctx.toks[j], ctx.toks[j - 1]
    return t.pos == "NOUN" and t.feats.get("Case") == "Gen" and prev.pos == "NOUN"


# relations of a verb's dependents that no noun phrase holds: an addressee (рассказал о X
# журналистам), a subject after the phrase, an adverb, a second object
VERB_OWN = ("iobj", "nsubj", "nsubj:pass", "obj", "advmod")


def _dependent_of(heads: dict, j: int, verb: int) -> int | None:
    """The dependent of ``verb`` whose subtree holds token ``j``; None when ``j`` is not
    under ``verb``."""
    for _ in range(50):
        head = heads.get(j, (None, ""))[0]
        if head is None:
            return None
        if head == verb:
            return j
        j = head
    return None


def _speech_time(ctx: Context, j: int) -> bool:
    """`в/во` + a day or time of day at token ``j`` (в среду, во вторник, в тот же день): when
    the speech act took place, not part of its topic."""
    t = ctx.toks[j]
    if t.low not in ("в", "во"):
        return False
    for u in ctx.toks[j + 1 : j + 4]:
        if u.pos in ("NOUN", "PROPN"):
            return u.lemma in SPEECH_TIMES
    return False


def topic_clause_end(ctx: Context, begin: int, end: int, full: int) -> int:
    """End of a topic phrase in [begin, end) that a relative or conditional clause after its
    comma goes on (о движении, когда ...; о последствиях в случае, если ...): the parser's
    tree makes that clause's verb an ``acl`` of a word of the phrase; the clause ends with
    the verb's last word (before ``full``, the end of the content's clause)."""
    k = ctx.first_token_after(end)
    if k is None or ctx.toks[k].text != "," or k + 1 >= len(ctx.toks):
        return end
    opener = ctx.toks[k + 1]
    if opener.pos != "SCONJ" and opener.lemma not in ("который", "где", "когда"):
        return end
    heads = ctx.heads(opener.i)
    verb = heads.get(opener.i, (None, ""))[0]
    if verb is None or verb <= opener.i:
        return end
    head, rel = heads.get(verb, (None, ""))
    if not rel.startswith("acl") or head is None or not begin <= ctx.toks[head].start < end:
        return end
    last = verb
    for j in range(verb + 1, len(ctx.toks)):
        if ctx.toks[j].start >= full or not _within(heads, j, verb):
            break
        last = j
    return trim_end(ctx, begin, ctx.toks[last].stop)


def _within(heads: dict, j: int, root: int) -> bool:
    """Token ``j`` is in the subtree of ``root``."""
    for _ in range(50):
        if j == root:
            return True
        j = heads.get(j, (None, ""))[0]
        if j is None:
            return False
    return False
