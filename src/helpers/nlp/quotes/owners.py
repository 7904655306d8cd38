"""Speakers named through what the article says about them, not by their name: a role
owned by a pronoun (его адвокат), the person asked before `он ответил`, the organisation
behind `в компании`.
"""

from __future__ import annotations

from .anaphora import introduced_as, introduction, resolve
from .antecedents import last_org_speaker
from .introductions import intro_window, places_in, same_role
from .lexicons import ANAPHORIC_ORGS, POSSESSIVES, REPLY_VERBS
from .nationality import adjective_country
from .records import Context, Speaker, Tok, mention_case
from .roles import nominative, role_gender, role_phrase


def possessed_role(ctx: Context, tok: Tok) -> Speaker | None:
    """A role owned by a pronoun (его адвокат, её представитель) is someone other than the
    owner: the person the article introduced with that role, else the role with the owner
    in the genitive as the article writes it (адвокат Смилянца), else the role alone."""
    prev = ctx.toks[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.low not in POSSESSIVES or prev.pos not in ("PRON", "DET"):
        return None
    found = introduced_as(ctx, tok) or _introduced_later(ctx, tok)
    if found is not None:
        return found  # вдова Дорит Ревентлов ... его вдова; его адвокат ... адвокат X
    phrase = [t for t in role_phrase(ctx, tok.i) if t.i >= tok.i]
    name = nominative(ctx, phrase)
    owner = resolve(ctx, prev.start, POSSESSIVES[prev.low] or None)
    if owner is not None and len(phrase) == 1 and (genitive := _genitive_form(ctx, owner)):
        name = f"{name} {genitive}"
    return Speaker(name[:1].lower() + name[1:], tok.start, phrase[-1].stop)


def _introduced_later(ctx: Context, tok: Tok) -> Speaker | None:
    """The person named right after ``tok`` (её крестница Габриэль Даламберт), else the
    first one the article introduces later with the role word of ``tok`` (Об этом сообщил
    его адвокат. ... – сообщил адвокат Небойша Влаич), outside quotes; not for a plural (её
    адвокаты are not адвокат Савченко Марк Фейгин alone)."""
    if tok.feats.get("Number") == "Plur":
        return None
    for m in ctx.mentions:
        if m.type != "PER" or m.start < tok.stop or ctx.in_quote(m.start):
            continue
        k = ctx.token_at(m.start)
        if k == tok.i + 1 or (k is not None and introduction(ctx, k, tok.lemma) is not None):
            return Speaker(m.name, m.start, m.stop)
    return None


def _genitive_form(ctx: Context, owner: Speaker) -> str | None:
    """A mention of ``owner`` in the genitive as the article writes it (Смилянца, Дмитрия
    Смилянца), else the name inflected (Алексей Ковальчук -> Алексея Ковальчука)."""
    gender = None
    for m in ctx.mentions:
        if m.type != "PER" or m.name != owner.name:
            continue
        gender = gender or m.gender
        case = mention_case(ctx, m)  # a man's animate accusative is his genitive
        if case != "Gen" and not (case == "Acc" and m.gender != "Fem"):
            continue
        if not ctx.in_quote(m.start):
            return ctx.text[m.start : m.stop]
    return _inflected(ctx, owner.name, gender) if owner.name and gender else None


INDECLINABLE_ENDS = tuple("иуюоеэ")  # Шойгу, Макафи, Рахмани: foreign names in a vowel
GENDERS = {"Masc": "masc", "Fem": "femn"}


def _inflected(ctx: Context, name: str, gender: str) -> str | None:
    """``name`` in the genitive, word by word: a name or surname of ``gender`` that pymorphy
    knows in the nominative is inflected, one that Russian leaves as it is (a vowel other than
    а/я ends it; a woman's name in a consonant: Нилуфар) is kept; None when a word is neither
    (Смилянец: the article's own form is needed)."""
    words = []
    for word in name.split():
        if word.lower().endswith(INDECLINABLE_ENDS) or (gender == "Fem" and word[-1] not in "ая"):
            words.append(word)
            continue
        parses = [
            p
            for p in ctx.morph.parse(word)
            if ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag)
            and p.tag.case == "nomn"
            and p.tag.gender == GENDERS.get(gender)
        ]
        form = parses[0].inflect({"Gen"}) if parses else None
        if form is None:
            return None
        words.append(form.word[:1].upper() + form.word[1:])
    return " ".join(words)


ORG_SENTENCES = 3  # sentences back (the headline counts) where `в компании` finds its name


def last_org_named(ctx: Context, tok: Tok) -> Speaker | None:
    """The organisation named last before ``tok`` (`в компании уверены` with no organisation
    quoted yet: Google of the headline), outside quotes, within a few sentences; the only
    one named there, else no answer (two companies: which one speaks is unclear)."""
    sents = [s for s in ctx.sents if s[0] <= tok.start][-ORG_SENTENCES - 1 :]
    if not sents:
        return None
    begin = sents[0][0]
    orgs = [
        m
        for m in ctx.mentions
        if m.type == "ORG"
        and begin <= m.start
        and m.stop <= tok.start
        and not ctx.in_quote(m.start)
    ]
    names = {m.name for m in orgs}
    if len(names) != 1:
        return None
    m = orgs[-1]
    return Speaker(m.name, m.start, m.stop)


def anaphoric_body(ctx: Context, phrase: list[Tok]) -> Speaker | None:
    """A phrase that only points back to an organisation (ведомство, в компании, надзорного
    ведомства: a singular noun of ANAPHORIC_ORGS, adjectives before it and nothing else, no
    country among them): the organisation that spoke last, else the one named just before."""
    head = phrase[-1] if phrase else None
    if head is None or head.lemma not in ANAPHORIC_ORGS or head.feats.get("Number") == "Plur":
        return None
    if any(t.pos not in ("ADJ", "DET") or ctx.mention_at(t, places=True) for t in phrase[:-1]):
        return None  # Nord Stream компания: a body of its own
    if any(adjective_country(ctx, t) for t in phrase[:-1]):
        return None  # румынское ведомство is not the NATO quoted before
    return last_org_speaker(ctx, head.start) or last_org_named(ctx, head)


def person_asked(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """A pronoun subject of a verb of replying next to it (он ответил, ответила она) after
    a question put to someone (Петрова спросили о снах. Она ответила, что ...): the person
    asked, an object in the sentence of the question (this one or the one before); else
    the one person written or said to in the sentence before (отправил жене ...)."""
    near = ctx.toks[max(0, tok.i - 2) : tok.i + 3]
    if not any(t.lemma in REPLY_VERBS and t.pos == "VERB" for t in near):
        return None
    start, _ = ctx.sentence_of(tok.start)
    before = [s for s in ctx.sents if s[1] <= start][-1:]
    begin = before[0][0] if before else start
    lex = ctx.lex
    if (asked := _object_asked(ctx, begin, tok.start, gender)) is not None:
        return asked  # Журналисты спросили X о встрече Путина и Байдена. Он ответил: X
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and begin <= m.start]):
        if m.stop > tok.start or ctx.in_quote(m.start):
            continue
        if gender and m.gender and m.gender != gender:
            continue
        if mention_case(ctx, m) not in ("Acc", "Gen", "Dat"):
            continue
        sent = ctx.tokens_in(*ctx.sentence_of(m.start))
        if any(t.lemma in lex.question_cues for t in sent):
            return Speaker(m.name, m.start, m.stop)
    return _addressee(ctx, begin, start, gender) if before else None


def _object_asked(ctx: Context, begin: int, end: int, gender: str | None) -> Speaker | None:
    """The person the parser reads as the object of a verb of asking in [begin, end): the one
    asked, not a person named in the topic after it (о встрече Путина и Байдена)."""
    for m in (m for m in ctx.mentions if m.type == "PER" and begin <= m.start and m.stop <= end):
        if ctx.in_quote(m.start) or (gender and m.gender and m.gender != gender):
            continue
        k = ctx.token_at(m.start)
        tree = ctx.heads(k) if k is not None else {}
        for t in ctx.tokens_in(m.start, m.stop):
            head, rel = tree.get(t.i, (None, ""))
            while rel in ("appos", "flat:name") and head is not None:
                head, rel = tree.get(head, (None, ""))  # спросили министра Ивана Петрова
            if rel == "obj" and head is not None and ctx.toks[head].lemma in ctx.lex.question_cues:
                return Speaker(m.name, m.start, m.stop)
    return None


def _addressee(ctx: Context, begin: int, end: int, gender: str | None) -> Speaker | None:
    """The one person noun in the dative in the sentence from ``begin`` to ``end``, of the
    pronoun's gender (отправил жене сообщение. Она ответила): whom it was said or sent to,
    as a role phrase; none when no such noun or several."""
    found = [
        t
        for t in ctx.tokens_in(begin, end)
        if t.pos == "NOUN"
        and t.feats.get("Case") == "Dat"
        and t.feats.get("Animacy") == "Anim"
        and t.feats.get("Number") == "Sing"
        and not ctx.in_quote(t.start)
        and ctx.mention_at(t) is None
        and (gender is None or t.feats.get("Gender") == gender)
    ]
    if len(found) != 1:
        return None
    phrase = [u for u in role_phrase(ctx, found[0].i) if u.i >= found[0].i]
    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)


HEADLINE_BODY = 1500  # characters of the body after a headline where its person is named


def headline_person(ctx: Context, tok: Tok) -> Speaker | None:
    """A person noun in the headline (Российский хакер, сын депутата, признался) names the
    person the body names with the same noun, before the name or in apposition after it
    (33-летнего Селезнёва, сына депутата ...), early in the body."""
    end = ctx.text.find("\n")
    if end < 0 or tok.start > end or tok.feats.get("Number") == "Plur":
        return None
    gender = role_gender(tok)
    keys = places_in(ctx, [t for t in role_phrase(ctx, tok.i) if t.i > tok.i])  # Мэр Москвы
    for m in ctx.mentions:
        if m.type != "PER" or m.start <= end or m.start > end + HEADLINE_BODY:
            continue
        if gender and m.gender and m.gender != gender:
            continue
        window = intro_window(ctx, m)
        k = ctx.first_token_after(m.stop)
        if k is not None and ctx.toks[k].text == ",":
            window += ctx.toks[k + 1 : k + 6]
        case = mention_case(ctx, m)  # in the name's case: not пресс-секретарь мэра X
        roles = [t for t in window if same_role(t.lemma, tok.lemma) and t.pos == "NOUN"]
        if not any(t.feats.get("Case") in (case, None) or case is None for t in roles):
            continue
        if keys <= {t.lemma for t in window}:  # the place of the headline's role, if any
            return Speaker(m.name, m.start, m.stop)
    return None
