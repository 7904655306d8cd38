"""Person subjects of a speech verb that the left-to-right subject search misses (round 9).

- a joint subject (`X и Y заявили`, `X и его брат Y поддержали`): the guideline gives a
  joint statement to the person named first, not to the name nearest the verb;
- a name followed by a descriptive insertion set off by commas (`X, известная также как
  активистка ..., заявила`): the noun inside the insertion describes X, it is no subject;
- an age and adjectives before a person noun (`76-летний бывший премьер-министр ... объявил`)
  and a bare noun of sex or age (`Женщина рассказала`): someone the article has named;
- clause boundaries: a nominative inside `, что ... ,` is no subject of the verb after it; a
  colon block whose cue is in a subordinate or relative clause is the main clause's; a
  person the subject's own clause names again in an oblique case is not the subject;
- a role's apposition: over an organisation's quoted name, not the owner's name before the
  holder's (`защитник Алёхиной Александр Петров`).
"""

from __future__ import annotations

from .anaphora import AGED, described_by_age, resolve, source_noun
from .antecedents import oblique_apposition, sentence_before
from .lexicons import GENERIC_PERSONS, POSSESSIVES
from .records import Context, Mention, Speaker, Tok, ends_clause, mention_case
from .roles import companions_of, nominative, role_phrase

OPENERS = ("CCONJ", "SCONJ", "ADV", "PART")  # what may come before the name
INSERTION_WORDS = 14  # words at most between the commas of an insertion after a name
AGED_WORDS = 7  # words at most between an age and the person noun it describes


def _person(ctx: Context, t: Tok) -> Mention | None:
    m = ctx.mention_at(t)
    return m if m is not None and m.type == "PER" else None


def _nominative_name(ctx: Context, m: Mention) -> bool:
    p = ctx.token_at(m.start)
    return mention_case(ctx, m) in ("Nom", None) and not (
        p is not None and oblique_apposition(ctx, p)
    )


def _agrees(m: Mention, gender: str | None) -> bool:
    return not (gender and m.gender and m.gender != gender)


def joint_lead(ctx: Context, p: int, number: str | None) -> Speaker | None:
    """The person named first in a joint subject whose last member starts at token ``p``
    (`Иван Петров и Анна Смирнова заявили`, `X и его брат Y поддержали` -> X), the verb
    plural; also `X и его коллеги полагают` (``roles.companions_of``)."""
    if (led := companions_of(ctx, p)) is not None:
        return led
    if number != "Plur" or (_person(ctx, ctx.toks[p]) is None and not _group(ctx, ctx.toks[p])):
        return None  # X и депутаты партии заявили: the person named first leads them too
    j = p - 1
    words = 0
    # over an apposed kin or role noun, its possessive and its genitive dependants: и его
    # брат Владимир, и начальник Генштаба Валерий Герасимов
    while j >= 0 and words < 5 and ctx.toks[j].low != "и":
        t = ctx.toks[j]
        if not (t.low in POSSESSIVES or t.lemma == "свой" or t.pos in ("NOUN", "ADJ", "PROPN")):
            return None
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") not in ("Nom", "Gen", None):
            return None
        j, words = j - 1, words + 1
    if j < 1 or ctx.toks[j].low != "и":
        return None
    head = ctx.toks[j + 1]
    if head.pos in ("NOUN", "PROPN") and head.feats.get("Case") == "Gen":
        return None  # и руководства Минфина X: a dependant, not the second subject's head
    first = _person(ctx, ctx.toks[j - 1])
    if first is None or not _nominative_name(ctx, first):
        return None
    if ctx.toks[j - 1].stop != first.stop or " " not in ctx.text[first.start : first.stop]:
        return None  # Вера и Илья Политковские: a given name sharing the surname after it
    start = ctx.token_at(first.start)
    if start is not None and start > 0 and ctx.toks[start - 1].pos == "ADP":
        return None  # с Иваном Петровым и его братом: no subject
    return Speaker(first.name, first.start, first.stop)


def _group(ctx: Context, t: Tok) -> bool:
    """A plural animate noun in the nominative (депутаты, сотрудники): people, no name."""
    plural = t.feats.get("Number") == "Plur" and t.feats.get("Animacy") == "Anim"
    common = t.text[1:].islower() and ctx.mention_at(t) is None  # Журналисты at the start too
    return t.pos == "NOUN" and common and plural and t.feats.get("Case") == "Nom"


def joint_groups(ctx: Context, p: int, number: str | None) -> Speaker | None:
    """Two groups joined by `и` as a plural verb's subject, the second starting at token
    ``p`` (Депутаты Госдумы и сенаторы выступили): both phrases, each as written."""
    if number != "Plur" or p < 2 or ctx.toks[p - 1].low != "и" or not _group(ctx, ctx.toks[p]):
        return None
    j = p - 2  # back over the first group's genitive dependants to its head
    while j > 0 and ctx.toks[j].feats.get("Case") == "Gen" and p - j <= JOINED_WORDS:
        j -= 1
    if not _group(ctx, ctx.toks[j]) or ctx.toks[j].start < ctx.sentence_of(ctx.toks[p].start)[0]:
        return None
    if j > 0 and ctx.toks[j - 1].pos not in ("PUNCT", "CCONJ", "ADV"):
        return None  # с депутатами и сенаторами; встреча депутатов и сенаторов: no subject
    first, second = ctx.toks[j : p - 1], role_phrase(ctx, p)
    text = f"{nominative(ctx, first)} и {nominative(ctx, second)}"
    return Speaker(text, first[0].start, second[-1].stop)


JOINED_WORDS = 5  # words of the first group's phrase (its head and genitive dependants)


def inserted_after_name(
    ctx: Context, k: int, gender: str | None, number: str | None
) -> Speaker | None:
    """`X, известная также как активистка ..., заявила`: the verb at ``k`` right after an
    insertion set off by commas (no finite verb inside) that follows a nominative name agreeing
    with it: the name is the subject, the nouns of the insertion describe it."""
    if number == "Plur":
        return None
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    j = k - 1
    while j >= 0 and ctx.toks[j].pos in ("ADV", "PART"):
        j -= 1
    if j < 2 or ctx.toks[j].text != "," or ctx.in_quote(ctx.toks[j].start):
        return None
    close = j
    j -= 1
    while j >= 0 and close - j <= INSERTION_WORDS and ctx.toks[j].start >= start:
        t = ctx.toks[j]
        if t.text == "," or ends_clause(t, ctx.lex) or ctx.in_quote(t.start):
            break
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return None  # a clause of its own, not a description
        if _person(ctx, t) is not None or t.lemma == "который":
            return None  # a name in the insertion: the existing apposition rules
        j -= 1
    if j < 1 or ctx.toks[j].text != "," or close - j < 3:
        return None
    m = _person(ctx, ctx.toks[j - 1])
    if m is None or ctx.toks[j - 1].stop != m.stop or not _agrees(m, gender):
        return None
    if not _nominative_name(ctx, m):
        return None
    first = ctx.token_at(m.start)
    if first is None or ctx.toks[first].start < start:
        return None
    b = first - 1  # over a role before the name: Тренер Олег Жуков, ...
    while b >= 0 and ctx.toks[b].start >= start and ctx.toks[b].pos in ("NOUN", "ADJ"):
        if ctx.toks[b].feats.get("Case") not in ("Nom", None):
            return None  # дочь актрисы Анны Орловой, ...: the name depends on a noun
        b -= 1
    if b >= 0 and ctx.toks[b].start >= start:
        before = ctx.toks[b]  # В интервью Бардо, ...; о Бардо, ...: not a subject
        if before.text not in (",", "—", "–") and before.pos not in OPENERS:
            return None
    return Speaker(m.name, m.start, m.stop)


def described_person(ctx: Context, tok: Tok) -> Speaker | None:
    """A person noun after an age, also with adjectives and a first role between (`76-летний
    бывший премьер-министр Италии и лидер партии`), or a bare noun of sex or age (`Женщина
    рассказала`): someone the article has named (``anaphora.described_by_age``)."""
    found = described_by_age(ctx, tok)
    if found is not None or tok.feats.get("Number") == "Plur":
        return found
    if tok.lemma in GENERIC_PERSONS:
        return _generic_person(ctx, tok)
    j = tok.i - 1  # over adjectives, and over a first role and its genitives joined by `и`
    while j > 0 and tok.i - j <= AGED_WORDS and not AGED.match(ctx.toks[j].text):
        t = ctx.toks[j]
        noun = t.pos in ("NOUN", "PROPN") and t.feats.get("Case") in ("Nom", "Gen")
        if not (t.pos == "ADJ" or t.low == "и" or noun):
            return None
        j -= 1
    if j == tok.i - 1 or j < 0 or not AGED.match(ctx.toks[j].text):
        return None
    gender = tok.feats.get("Gender") if tok.feats.get("Gender") in ("Masc", "Fem") else None
    return resolve(ctx, tok.start, gender)


def relative_clause_head(ctx: Context, start: int, cue: Tok) -> Tok:
    """The verb whose subject speaks for a block after a colon whose last speech verb ``cue``
    is in a relative clause with a subject of its own closing the sentence (`X пролила свет на
    письмо, о котором ранее говорил Y:`): the clause describes a noun of the main clause,
    whose first finite verb introduces the block (not `Y, который заявил:`); also a cue in a
    `, что ... ,` clause before the main verb (``_verb_after_clause``). A document speaking
    in the clause (`в котором говорится:`) keeps its cue."""
    if cue.low in ctx.lex.impersonal or cue.feats.get("VerbForm") != "Fin":
        return cue
    if (main := _verb_after_clause(ctx, cue)) is not None:
        return main
    toks = ctx.tokens_in(start, cue.start)
    rel = next((t for t in reversed(toks) if t.lemma == "который"), None)
    if rel is None or any(t.text == "," for t in toks if t.i > rel.i):
        return cue
    if rel.feats.get("Case") in ("Nom", None):
        return cue  # X, который заявил: the clause's subject is its antecedent, who speaks
    j = rel.i - 1
    if j >= 0 and ctx.toks[j].pos == "ADP":
        j -= 1  # о котором
    if j < 0 or ctx.toks[j].text != ",":
        return cue
    finite = [
        t
        for t in toks
        if t.i < j
        and t.pos in ("VERB", "AUX")
        and t.feats.get("VerbForm") == "Fin"
        and t.feats.get("Person") != "1"
    ]
    return finite[0] if finite else cue


def phrase_break(ctx: Context, t: Tok) -> bool:
    """Punctuation or a verb ends the words between a role and a name in apposition, but a
    quotation mark around an organisation's name does not (``org_quote_mark``), nor a
    participle in a case (мать пострадавшего Елена Иванова: a noun's dependant)."""
    participle = t.feats.get("VerbForm") == "Part" and "Case" in t.feats
    return t.pos in ("PUNCT", "VERB") and not participle and not org_quote_mark(ctx, t)


def org_quote_mark(ctx: Context, t: Tok) -> bool:
    """A quotation mark around an organisation's name (представитель «Союза граждан» Иван
    Петров, директор банка "Открытие" Пётр Сидоров): no break between a role and the name
    after it, unlike a title of a work (автор «Диких сердцем», ... сказал). Any mark of the
    lexicon's pairs; the name is the word it touches (a straight quote opens or closes)."""
    if not any(t.text in pair for pair in ctx.lex.marks) or not 0 < t.i < len(ctx.toks) - 1:
        return False
    after, before = ctx.toks[t.i + 1], ctx.toks[t.i - 1]
    inner = [
        u
        for u, touches in ((after, after.start == t.stop), (before, before.stop == t.start))
        if touches
    ]
    return any((m := ctx.mention_at(u)) is not None and m.type == "ORG" for u in inner)


CLAUSE_WORDS = frozenset({"что", "чтобы", "если", "когда", "хотя", "пока", "поскольку"})


def in_subordinate(ctx: Context, j: int, k: int) -> bool:
    """The word at ``j`` is in a subordinate clause set off by commas before the verb at
    ``k`` (`Защитник, ссылаясь на то, что мужчина раскаялся, попросил`): its subject is
    no subject of the verb. The clause opens with `, что` (`, чтобы`, `, если` ...) and ends
    at a comma between ``j`` and ``k``."""
    if not any(t.text == "," for t in ctx.toks[j + 1 : k]):
        return False
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    i = j - 1
    while i > 0 and ctx.toks[i].start >= start and ctx.toks[i].text != ",":
        if ends_clause(ctx.toks[i], ctx.lex):
            return False
        i -= 1
    if i <= 0 or ctx.toks[i].start < start or ctx.toks[i].text != ",":
        return False
    return ctx.toks[i + 1].low in CLAUSE_WORDS and i + 1 < j


def _verb_after_clause(ctx: Context, cue: Tok) -> Tok | None:
    """The finite verb right after the subordinate clause (`, что ... ,`) that holds ``cue``
    (`Защитник, ссылаясь на то, что мужчина раскаялся, попросил ...:` -> попросил)."""
    start, stop = ctx.sentence_of(cue.start)
    i = cue.i - 1
    while i > 0 and ctx.toks[i].start >= start and ctx.toks[i].text != ",":
        i -= 1
    if i <= 0 or ctx.toks[i].text != "," or ctx.toks[i + 1].low not in CLAUSE_WORDS:
        return None
    after = ctx.tokens_in(cue.stop, stop)
    comma = next((t for t in after if t.text == ","), None)
    if comma is None:
        return None
    for t in after:
        if t.i <= comma.i:
            continue
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return t
        if t.pos not in ("ADV", "PART"):
            return None
    return None


def unbound(ctx: Context, tok: Tok, found: Speaker | None) -> Speaker | None:
    """``found``, the person a subject role or pronoun at ``tok`` was resolved to, unless the
    same clause names that person again in an oblique case (`Прокурор просил суд приговорить
    Петрова`): a subject is not named again as its own object (that would be `себя`)."""
    if found is None or found.name is None or found.start is None:
        return found
    _, stop = ctx.sentence_of(tok.start)
    for t in ctx.tokens_in(tok.stop, stop):
        if t.text in (":", ";") or ctx.in_quote(t.start):
            break
        m = _person(ctx, t)
        if m is None or m.start != t.start or m.name != found.name:
            continue
        if mention_case(ctx, m) not in ("Nom", None):
            return None
    return found


def _generic_person(ctx: Context, tok: Tok) -> Speaker | None:
    """`Женщина рассказала`: a bare noun of sex or age in the nominative opening its clause
    (nothing before it but punctuation or a conjunction, or its speech verb: `Как рассказала
    женщина`; or in the genitive after `по словам`: `По словам женщины`; no dependant after
    it) takes up the named person of its gender the sentences before are about; not when the
    article brought in an unnamed person with that noun before (a nominative use of it)."""
    prev = ctx.toks[tok.i - 1] if tok.i > 0 else None
    if tok.feats.get("Case") != "Nom" and not _source_genitive(ctx, tok):
        return None
    start, _ = ctx.sentence_of(tok.start)
    inverted = prev is not None and prev.pos == "VERB" and ctx.is_cue(prev)  # как сказала женщина
    inverted = inverted or tok.feats.get("Case") != "Nom"  # по словам женщины
    if prev is not None and prev.start >= start and prev.pos not in ("PUNCT", "CCONJ", "ADV"):
        if not inverted:
            return None  # одна женщина, неизвестный мужчина: someone new
    nxt = ctx.next_tok(tok.i)
    if nxt is not None and (nxt.pos == "PROPN" or nxt.feats.get("Case") == "Gen"):
        return None  # мужчина лет сорока, женщина Анна: a phrase of its own
    for t in ctx.tokens_in(0, start):
        if t.lemma == tok.lemma and t.feats.get("Case") == "Nom" and not ctx.in_quote(t.start):
            return None  # В полицию обратилась женщина. Женщина рассказала ...
    gender = tok.feats.get("Gender") if tok.feats.get("Gender") in ("Masc", "Fem") else None
    found = resolve(ctx, tok.start, gender)
    if found is not None and found.name is not None:
        return found
    return _unnamed_before(ctx, tok, gender)


def _unnamed_before(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """No one named: the speaker of the sentence before when that is a phrase headed by a
    common animate noun of ``tok``'s gender (Пенсионерка из Омска пожаловалась ... Женщина
    сообщила -> пенсионерка из Омска)."""
    begin = sentence_before(ctx, tok.start)
    for pos, speaker in reversed(ctx.spoken):
        if pos >= tok.start or speaker.start is None or not speaker.name:
            continue
        if pos < begin:
            return None
        k = ctx.token_at(speaker.start)
        head = ctx.toks[k] if k is not None else None
        if head is None or ctx.mention_at(head) is not None:
            return None  # a person or body named: resolve() had its say
        animate = head.pos == "NOUN" and head.feats.get("Animacy") == "Anim"
        if animate and head.feats.get("Number") != "Plur" and head.feats.get("Gender") == gender:
            return Speaker(speaker.name, speaker.start, speaker.stop)
        return None
    return None


def _source_genitive(ctx: Context, tok: Tok) -> bool:
    """``tok`` is the genitive right after `по словам`, `по мнению` (по словам женщины)."""
    return tok.i > 1 and tok.feats.get("Case") == "Gen" and source_noun(ctx, ctx.toks[tok.i - 1])


def apposed_mention(ctx: Context, t: Tok) -> Mention | None:
    """The mention at ``t`` as a candidate name in apposition to a role before it; not a
    name right followed by another person's name (`защитник Алёхиной Александр Петров`): the
    first, whatever case the tagger gave it, is the role's owner in the genitive."""
    m = ctx.mention_at(t)
    if m is None or m.type != "PER":
        return m
    k = ctx.first_token_after(m.stop)
    if k is None or k >= len(ctx.toks):
        return m
    other = ctx.mention_at(ctx.toks[k])
    if other is not None and other.type == "PER" and other.start != m.start:
        return None if mention_case(ctx, other) in ("Nom", None) else m
    return m


def in_case(ctx: Context, m: Mention, cases: tuple[str | None, ...]) -> bool:
    """The mention's case is one of ``cases``, or, for an oblique head, one of its words is
    (адвоката Бартоломея Соханьского: the given name read as nominative, the surname not)."""
    if mention_case(ctx, m) in cases:
        return True
    oblique = [c for c in cases if c not in ("Nom", None)]
    return bool(oblique) and any(
        u.feats.get("Case") in oblique for u in ctx.tokens_in(m.start, m.stop)
    )


def post_of_woman(ctx: Context, tok: Tok, m: Mention, gender: str | None) -> bool:
    """A woman's name in the nominative after a post word of masculine gender that the verb
    agrees with (`сообщил заммэра по вопросам развития Анастасия Ракова`, `министр Татьяна
    Голикова сообщил`): the verb agrees with the post, the name is still its holder."""
    return (
        tok.lemma in ctx.lex.roles
        and m.gender == "Fem"
        and gender == tok.feats.get("Gender") == "Masc"
        and tok.feats.get("Case") == "Nom"
        and any(_woman_nominative(ctx, t) for t in ctx.tokens_in(m.start, m.stop))
    )


def woman_at_post(ctx: Context, tok: Tok, gender: str | None) -> bool:
    """A post word of masculine gender in the nominative whose verb is feminine
    (`представитель МИД КНР Мао Нин на брифинге призвала`): the verb agrees with the woman
    who holds the post, so the name in apposition is hers, whatever gender the tagger gave
    a name it does not know."""
    return (
        gender == "Fem"
        and tok.lemma in ctx.lex.roles
        and tok.feats.get("Gender") == "Masc"
        and tok.feats.get("Case") == "Nom"
    )


def _woman_nominative(ctx: Context, t: Tok) -> bool:
    """A woman's name or surname that only the nominative spells (Анастасия, Голикова); not
    an indeclinable one (Хиллари Клинтон: `Помощник Хиллари Клинтон заявил` is her aide)."""
    fem = [
        p.tag
        for p in ctx.morph.parse(t.text)
        if ("Name" in p.tag or "Surn" in p.tag) and p.tag.gender == "femn"
    ]
    return bool(fem) and all(tag.case == "nomn" and "Fixd" not in tag for tag in fem)
