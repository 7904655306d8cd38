"""Speakers named earlier: pronouns, bare roles and relative words resolved to a
person or organisation the article named before (он, министр, тот, который).
"""

from __future__ import annotations

import re
from functools import partial

from .antecedents import oblique_apposition
from .cues import cue_after
from .introductions import (
    QUOTE_MARKS,
    ROLE_WINDOW,
    apposed_window,
    finite_verb,
    intro_window,
    introduced_as_participant,
    introduced_elsewhere,
    introduced_with_other_role,
    near_compatriot,
    of_other_country,
    places_in,
    role_keys,
    same_role,
)
from .lexicons import OFFICE_PHRASES, PERIPHRASES, PRONOUNS
from .nationality import (
    HOME,
    adjective_country,
    country_stem,
    names_country,
    national_post,
    phrase_country,
    role_country,
    several_people,
)
from .paragraph_person import paragraph_person
from .quote_openings import quote_opening
from .records import OPENING, Context, Mention, Speaker, Tok, mention_case
from .roles import BRACKET_WORDS, nominative, role_gender, role_phrase, unbracketed
from .subject_phrases import APPOSITION_DASHES


def resolve(ctx: Context, before: int, gender: str | None) -> Speaker | None:
    """The person a pronoun or a subjectless verb at ``before`` continues: the subject of the
    sentences before it (``subject_chain``), else the last named person before ``before``
    (outside quotes) compatible in gender, a subject (nominative) first. An attribution
    right after a quote (`«Q», — заявил он`) looks before the quote: the speaker does not
    name himself in his own words."""
    before = quote_opening(ctx, before)
    return subject_chain(ctx, before, gender) or _last_named(ctx, before, gender)


CHAIN_SENTENCES = 6  # sentences back where a pronoun looks for the subject it continues


def subject_chain(
    ctx: Context, before: int, gender: str | None, gap: int = CHAIN_SENTENCES
) -> Speaker | None:
    """The first subject of the nearest sentence that has one, walking back from ``before``:
    a person named in the nominative, or a pronoun of the same gender, which passes the chain
    on to the sentence before. The main clause's subject opens a Russian news sentence; a
    person named later in it (in a subordinate clause) does not take over the chain (Х
    поступил на работу, а когда ..., президент Y назначил его. Позднее он служил ... -> X).
    At most ``gap`` sentences without a subject are passed over."""
    sents = [s for s in ctx.sents if s[0] < before][-CHAIN_SENTENCES:]
    empty = 0
    paragraph = ctx.text.rfind("\n", 0, before) + 1
    left = False  # whether the chain has left the pronoun's paragraph
    for start, stop in reversed(sents):
        if start < paragraph and not left:  # leaving it: the paragraph's one person first
            left = True
            if own := paragraph_person(ctx, paragraph, before, gender):
                return own  # В Твиттере шерифа X появилась просьба. «Q», — написал он: X
        for t in ctx.tokens_in(start, min(stop, before)):
            if ctx.in_quote(t.start) or (t.i > 0 and ctx.toks[t.i - 1].pos == "ADP"):
                continue
            if t.low in ("он", "она") and t.feats.get("Case") == "Nom":
                if PRONOUNS[t.low] == gender or gender is None:
                    break  # the pronoun continues the chain: the sentence before
                continue
            m = ctx.mention_at(t)
            if m is None and _role_subject(ctx, t, start, gender) and ctx.chain_depth < 2:
                ctx.chain_depth += 1  # Президент ... заявляя, что ... «Q», — добавил он
                try:
                    found = resolve_role(ctx, t, gender)
                finally:
                    ctx.chain_depth -= 1
                if found is not None and is_person(ctx, found):
                    return found
                if found is None and stop >= before:  # Министр, по его словам, C: no one named
                    phrase = role_phrase(ctx, t.i)
                    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
                break
            if m is None or m.type != "PER" or m.start != t.start or not _nominative(ctx, m):
                continue
            if gender and m.gender and m.gender != gender:
                continue
            if _listed_after_dash(ctx, t.i):
                continue  # носят русские имена — Алёша и Соня: names listed, not a subject
            return Speaker(m.name, m.start, m.stop)
        else:
            empty += 1  # no subject in this sentence: the one before
            if empty > gap:
                return None
    return None


def _listed_after_dash(ctx: Context, i: int) -> bool:
    """The name at token ``i`` opens, or is joined by `и`/a comma to, a list right after a
    dash or colon that follows a noun (имена — Алёша и Соня): an apposition, no subject."""
    start, _ = ctx.sentence_of(ctx.toks[i].start)
    j = i - 1
    while j > 0 and (ctx.toks[j].low in ("и", ",") or ctx.toks[j].pos == "PROPN"):
        j -= 1
    t = ctx.toks[j] if j >= 0 else None
    if t is None or t.text not in (*APPOSITION_DASHES, ":") or j == 0 or t.start < start:
        return False
    return ctx.toks[j - 1].pos == "NOUN" and ctx.toks[j - 1].start >= start


def _role_subject(ctx: Context, t: Tok, start: int, gender: str | None) -> bool:
    """A singular role noun in the nominative that opens its sentence (its first noun), of
    a compatible gender: the sentence's subject (Президент неоднократно заявлял ...)."""
    if t.lemma not in ctx.lex.roles or t.feats.get("Case") != "Nom":
        return False
    if t.feats.get("Number") == "Plur" or (gender and role_gender(t) not in (None, gender)):
        return False
    if any(u.pos in ("NOUN", "PROPN", "PRON") for u in ctx.tokens_in(start, t.start)):
        return False
    after = unbracketed(ctx, t.i + 1, min(len(ctx.toks), t.i + 2 * ROLE_WINDOW))
    for u in after[: 2 * ROLE_WINDOW]:  # пресс-секретарь президента Дмитрий
        if u.text in QUOTE_MARKS:
            continue  # председатель организации «Надежда» Иван Петров: over a quoted name
        if u.pos == "PUNCT" or finite_verb(u):
            break  # Песков: the name that follows is the subject (over правящей партии)
        m = ctx.mention_at(u)
        if m is not None and m.type == "PER":
            return False
    return True


def _nominative(ctx: Context, m: Mention) -> bool:
    p = ctx.token_at(m.start)
    return mention_case(ctx, m) in ("Nom", None) and not (
        p is not None and oblique_apposition(ctx, p)
    )


def _last_named(ctx: Context, before: int, gender: str | None) -> Speaker | None:
    people = [
        m
        for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= before])
        if not ctx.in_quote(m.start) and not (gender and m.gender and m.gender != gender)
    ]
    for m in people:
        p = ctx.token_at(m.start)
        if mention_case(ctx, m) in ("Nom", None) and not (
            p is not None and oblique_apposition(ctx, p)
        ):
            return Speaker(m.name, m.start, m.stop)
    return Speaker(people[0].name, people[0].start, people[0].stop) if people else None


def resolve_role(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """A role (министр, глава ведомства) names a person the article made clear: one
    introduced with that role word right before the name, else the last person quoted."""
    tied = tied_to_role(ctx, tok, gender)
    if tied is not None:
        return tied
    # французский президент, глава турецкого МИД: the one introduced with that country;
    # турецкий лидер: президент Турции X
    stem = country_stem(ctx, tok) or phrase_country(ctx, tok, home=False)
    post = national_post(ctx, tok)
    if stem is not None and several_people(ctx, tok):
        fits = partial(names_country, stem=stem)  # турецкий министр: турецкий коллега X too
        return _introduced_with(ctx, tok, gender, fits, post, colleague=True)
    country = role_country(ctx, tok) or phrase_country(ctx, tok, home=True)  # российский
    if country is not None and several_people(ctx, tok):
        found = _introduced_with(
            ctx, tok, gender, lambda lemmas: names_country(lemmas, country), post
        )
        if found is not None:
            return found
    found = _resolve_role(ctx, tok, gender)
    if found is not None and introduced_elsewhere(ctx, tok, found):
        return None  # глава МИД Турции is not глава МИД России Сергей Лавров: the phrase stays
    if found is not None and country is not None and of_other_country(ctx, found, country):
        return near_compatriot(ctx, tok, gender, country)  # not президент России Путин
    return found


def _introduced_in_role(ctx: Context, tok: Tok) -> Speaker | None:
    """The last person named right after the role word of ``tok`` (продюсера Харви
    Вайнштейна for продюсер), else after a word of the same post (глава for министр)."""
    named = [m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]
    if former(ctx, tok):  # бывший министр, экс-премьер: one introduced as a former holder
        base = tok.lemma.removeprefix("экс-")
        same = _same_base  # бывший лидер страны: one introduced as экс-президент
        if base in FORMER_ANY:
            same = partial(_any_role, ctx.lex.roles)
        for m in reversed(named):
            k = ctx.token_at(m.start)
            intro = introduction(ctx, k, base, same) if k is not None else None
            if intro is not None and former(ctx, ctx.toks[intro]):
                return Speaker(m.name, m.start, m.stop)
    for same in (str.__eq__, same_role):  # министр Шойгу и начальник Генштаба Герасимов ...
        for m in reversed(named):  # по словам министра: Шойгу, then another head
            k = ctx.token_at(m.start)
            intro = introduction(ctx, k, tok.lemma, same) if k is not None else None
            if intro is not None and _same_dependant(ctx, intro, tok.i):
                return Speaker(m.name, m.start, m.stop)
    for m in reversed(named):  # Глава правительства X ... Премьер заявил: the post it names
        k = ctx.token_at(m.start)
        if k is not None and _periphrasis_before(ctx, k, tok.lemma):
            return Speaker(m.name, m.start, m.stop)
    return None


def _periphrasis_before(ctx: Context, k: int, lemma: str) -> bool:
    """The name at token ``k`` follows a periphrasis that names the post ``lemma`` (глава
    правительства X for премьер, глава государства X for президент), no punctuation between."""
    words: list[Tok] = []
    for t in reversed(ctx.toks[max(0, k - 5) : k]):
        if t.pos == "PUNCT":
            break
        words.insert(0, t)
    pairs = zip(words, words[1:], strict=False)
    return any(lemma in PERIPHRASES.get((a.lemma, b.lemma), ()) for a, b in pairs)


def former(ctx: Context, tok: Tok) -> bool:
    """A former holder's role word: `экс-министр`, `бывший министр`."""
    return tok.lemma.startswith("экс-") or (tok.i > 0 and ctx.toks[tok.i - 1].lemma == "бывший")


FORMER_ANY = frozenset({"лидер", "глава", "руководитель"})  # a former head of any post


def _any_role(roles: frozenset[str], a: str, b: str) -> bool:
    """Any role word, former or not (the former-holder check is made on the word found)."""
    return a.startswith("экс-") or a in roles


def _same_base(a: str, b: str) -> bool:
    """One post, former or not (экс-министр and министр)."""
    return a.removeprefix("экс-") == b.removeprefix("экс-")


def _resolve_role(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    if (found := _introduced_in_role(ctx, tok)) is not None:
        return found
    nxt = ctx.next_tok(tok.i)
    while nxt is not None and nxt.pos in ("ADV", "PART"):
        nxt = ctx.next_tok(nxt.i)  # Турецкий лидер также напомнил: the verb follows
    bare = nxt is None or nxt.pos in ("PUNCT", "ADP", "VERB", "CCONJ", "SCONJ")
    own = (None, "Gen", tok.feats.get("Case"))  # журналистам, a subject after: no dependant
    bare = bare or (nxt.pos in ("NOUN", "ADJ", "PRON") and nxt.feats.get("Case") not in own)
    bare = bare or nxt.feats.get("Variant") == "Short"  # Политик уверен, что: a predicate
    if nxt is not None and nxt.text in OPENING and _quoted_body(ctx, nxt):
        bare = False  # представитель «Спартака»: the quoted body is its dependant
    if not bare and not _definite_office(ctx, tok):
        return None  # "автор петиции", "пресс-секретарь президента" name their own referent
    holder = office_holder(ctx, tok, gender)
    if holder is not None:
        return holder  # X принёс присягу в качестве президента ... президент заявил
    if bare and (earlier := earlier_role(ctx, tok)) is not None:
        return earlier  # на вопрос корреспондента «КП». Журналист отметил
    for pos, speaker in reversed(ctx.spoken):  # a bare role (добавил министр.) is anaphoric
        if pos < tok.start and speaker.name and _same_unnamed_role(ctx, speaker, tok):
            return speaker  # Его адвокат сообщил, что ... По словам адвоката, ...
        if pos < tok.start and speaker.name and is_person(ctx, speaker):
            if gender and _gender_of(ctx, speaker) not in (None, gender):
                continue  # актриса попросила is not the husband quoted before
            if introduced_with_other_role(ctx, speaker, tok):
                continue  # председатель совета Игорь Рогов is not the bare президент
            later = reporter_between(ctx, pos, tok.start, gender)
            return later or Speaker(speaker.name, speaker.start, speaker.stop)
    if not bare and _named_dependant(ctx, tok):
        return None  # директор бюро города Вустера: the phrase names its own referent
    found = resolve(ctx, tok.start, gender)  # an office: not one introduced with another role
    office = tok.lemma in ctx.lex.offices or (found and introduced_as_participant(ctx, found))
    return None if office and found and introduced_with_other_role(ctx, found, tok) else found


def _quoted_body(ctx: Context, mark: Tok) -> bool:
    """An organisation's name in quotation marks opens at ``mark`` (представитель «Спартака»),
    not a title (автор «Диких сердцем»: the author the article is about)."""
    name = ctx.next_tok(mark.i)
    m = ctx.mention_at(name) if name is not None else None
    return m is not None and m.type == "ORG"


def _named_dependant(ctx: Context, tok: Tok) -> bool:
    """The role at ``tok`` has a proper name among its dependants (директор бюро города
    Вустера, глава МИД Турции): it picks out its holder by itself, so the nearest person
    named is no reason to take it for that person (новый глава столичной полиции may be)."""
    return any(t.i > tok.i and t.text[:1].isupper() for t in role_phrase(ctx, tok.i))


def _same_unnamed_role(ctx: Context, speaker: Speaker, tok: Tok) -> bool:
    """``speaker`` is a role phrase with no person (адвокат Би Би Кинга) of the post of
    ``tok``: the same unnamed person speaks again."""
    if speaker.start is None or is_person(ctx, speaker):
        return False
    head = ctx.token_at(speaker.start)
    if head is None or _plural(ctx.toks[head]) != _plural(tok):
        return False  # дипломаты из Польши are not the дипломат who speaks
    return same_role(ctx.toks[head].lemma, tok.lemma)


def _plural(tok: Tok) -> bool:
    return tok.feats.get("Number") == "Plur"


def _gender_of(ctx: Context, speaker: Speaker) -> str | None:
    m = next((m for m in ctx.mentions if m.start == speaker.start and m.type == "PER"), None)
    return m.gender if m is not None else None


def tied_to_role(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """A role phrase with a place or organisation (глава МИД Турции) names the person the
    article introduced with a role word and that place (министр иностранных дел Турции Хакан
    Фидан), not the last person named or quoted (глава МИД России Сергей Лавров)."""
    keys = role_keys(ctx, tok)
    if not keys:
        return None
    stem = phrase_country(ctx, tok, home=True)  # глава турецкого МИД: Turkey's too
    fits = (
        keys.issubset
        if stem is None
        else lambda lemmas: keys <= lemmas and names_country(lemmas, stem)
    )
    return _introduced_with(ctx, tok, gender, fits) or _introduced_later(ctx, tok, gender, fits)


def _introduced_later(ctx: Context, tok: Tok, gender: str | None, fits) -> Speaker | None:
    """The first person after ``tok`` introduced with its role and the words ``fits`` accepts
    (Премьер-министр Израиля заявил ... Вечером премьер-министр Израиля Биньямин Нетаньяху):
    the article gives the holder's name later (the guideline: "if the article gives it
    anywhere")."""
    post = partial(same_role, b=tok.lemma)  # the same post as ``tok``
    for m in [m for m in ctx.mentions if m.type == "PER" and m.start > tok.stop]:
        roles = [] if ctx.in_quote(m.start) else _introduced_roles(ctx, m, gender, post, fits)
        if roles and former(ctx, roles[0]) == former(ctx, tok):  # not бывший министр X
            return Speaker(m.name, m.start, m.stop)
    return None


def _introduced_with(
    ctx: Context, tok: Tok, gender: str | None, fits, post=None, colleague: bool = False
) -> Speaker | None:
    """The last person before ``tok`` introduced with the role of ``tok`` (or a lemma that
    ``post`` accepts; or, ``colleague``, as someone's `коллега`: a colleague holds the post of
    the one he is a colleague to) and words whose lemmas ``fits`` (a set of lemmas -> bool):
    the place, body or country of the role."""
    same = post or (lambda lemma: same_role(lemma, tok.lemma))
    post = (lambda lemma: lemma == "коллега" or same(lemma)) if colleague else same
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]):
        if _introduced_roles(ctx, m, gender, post, fits):
            return Speaker(m.name, m.start, m.stop)
    return None


def _introduced_roles(ctx: Context, m: Mention, gender: str | None, post, fits) -> list[Tok]:
    """The role words ``post`` accepts in the words introducing the person ``m`` (before the
    name or set off after it: X, секретарь Совбеза,), when those words' lemmas ``fits``; none
    for a person of the other gender."""
    if gender and m.gender and m.gender != gender:
        return []
    intro = intro_window(ctx, m) + apposed_window(ctx, m)
    roles = [t for t in intro if post(t.lemma)]
    return roles if roles and fits({t.lemma for t in intro}) else []


def reporter_between(ctx: Context, begin: int, end: int, gender: str | None) -> Speaker | None:
    """The last person named as the subject of a speech verb between ``begin`` and ``end``,
    outside quotes (X заявил, что ... «Q», — сказал врач): reported speech not yet recorded
    when the direct quotes are attributed."""
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and begin < m.start < end]):
        if ctx.in_quote(m.start) or (gender and m.gender and m.gender != gender):
            continue
        if mention_case(ctx, m) in ("Nom", None) and cue_after(ctx, m.stop, window=2) is not None:
            return Speaker(m.name, m.start, m.stop)
    return None


def _definite_office(ctx: Context, tok: Tok) -> bool:
    """An office (министр, глава) whose dependants are common nouns or places, no person
    or other role (министр обороны РФ, глава государства; not пресс-секретарь президента)."""
    if tok.lemma not in ctx.lex.offices:
        return False
    for t in role_phrase(ctx, tok.i)[1:]:
        if t.i <= tok.i:
            continue
        m = ctx.mention_at(t, places=True)
        if (m and m.type == "PER") or t.lemma in ctx.lex.roles or t.feats.get("Animacy") == "Anim":
            return False
    return True


AGED = re.compile(r"\d+-летн\w+$")  # 25-летняя, 33-летнего


def described_by_age(ctx: Context, tok: Tok) -> Speaker | None:
    """A person noun after an age (25-летняя девушка, 33-летний форвард) describes someone
    the article has named: the person the sentences before continue, of the noun's gender."""
    prev = ctx.toks[tok.i - 1] if tok.i > 0 else None
    if prev is None or not AGED.match(prev.text) or tok.feats.get("Number") == "Plur":
        return None
    gender = tok.feats.get("Gender") if tok.feats.get("Gender") in ("Masc", "Fem") else None
    return resolve(ctx, tok.start, gender)


def introduced_as(ctx: Context, tok: Tok, gender: str | None = None) -> Speaker | None:
    """The last person before ``tok`` whom the article introduced with the same noun
    (певица Анна Петрова ... сказала певица), of the noun's gender or of ``gender``, its
    verb's (Глава ЦБ отметила: a woman, whatever the word's own gender)."""
    gender = gender or role_gender(tok)
    nxt = ctx.next_tok(tok.i)  # глава государства: the posts the periphrasis names
    adj, after = (
        (nxt, ctx.next_tok(nxt.i)) if nxt is not None and nxt.pos == "ADJ" else (None, None)
    )
    if after is not None and (tok.lemma, after.lemma) in PERIPHRASES:
        nxt = after  # глава российского государства: the country's adjective between
    stem = adjective_country(ctx, adj) if nxt is after and adj is not None else None
    posts = PERIPHRASES.get((tok.lemma, nxt.lemma if nxt else ""), (tok.lemma,))
    country = role_country(ctx, tok)
    # глава правительства Татарстана: a place after the periphrasis picks its own holder
    named = places_in(ctx, role_phrase(ctx, nxt.i)[1:]) if len(posts) > 1 and nxt else set()
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]):
        if (gender and m.gender and m.gender != gender) or ctx.in_quote(m.start):
            continue  # актриса is no man; «... будущему королю Филиппу»: a quote's words
        found = Speaker(m.name, m.start, m.stop)
        intro = {t.lemma for t in intro_window(ctx, m)}
        if named and not named & intro:
            continue  # not премьер-министр X, introduced with no Татарстан
        if stem is not None and adj.lemma not in HOME and not names_country(intro, stem):
            continue  # глава турецкого государства: the one introduced with Turkey
        if any(key and of_other_country(ctx, found, key) for key in (stem, country)):
            continue  # глава российского государства, российский президент: not Turkey's X
        k = ctx.token_at(m.start)
        if k is not None and any(_introduced_as(ctx, k, post) for post in posts):
            return None if introduced_elsewhere(ctx, tok, found) else found
    return None


def _introduced_as(ctx: Context, k: int, lemma: str) -> bool:
    """The name at token ``k`` follows the role word in apposition (глава Минобороны России
    Сергей Шойгу): within five words, no punctuation between."""
    return introduction(ctx, k, lemma) is not None


def introduction(ctx: Context, k: int, lemma: str, same=same_role) -> int | None:
    """The role word ``lemma`` (or one ``same`` takes for it) that introduces the name at
    token ``k``: its token index."""
    case = ctx.toks[k].feats.get("Case")
    for t in reversed(ctx.toks[max(0, k - 5) : k]):
        if t.pos == "PUNCT" or ((m := ctx.mention_at(t)) is not None and m.type == "PER"):
            return None  # Актриса Юлия Пересильд и режиссер X: the role is hers
        if same(t.lemma, lemma):  # in the name's case: not муж актрисы Сергей Сенин
            return t.i if _same_case(t.feats.get("Case"), case) else None
    return None


def _same_case(a: str | None, b: str | None) -> bool:
    """Cases that agree, an animate noun's genitive and accusative (one form: продюсера
    Харви Вайнштейна, tagged one way on the role and the other on the name) alike."""
    return a is None or b is None or a == b or {a, b} == {"Gen", "Acc"}


def _same_dependant(ctx: Context, intro: int, k: int) -> bool:
    """A role with a genitive dependant (представитель генсека) names the person introduced
    with the same dependant, not one introduced with another (представитель России X)."""
    dep = ctx.next_tok(k)
    if dep is None or dep.pos not in ("NOUN", "PROPN") or dep.feats.get("Case") != "Gen":
        return True
    return intro + 1 < len(ctx.toks) and ctx.toks[intro + 1].lemma == dep.lemma


def is_person(ctx: Context, speaker: Speaker) -> bool:
    return any(m.type == "PER" and m.start == speaker.start for m in ctx.mentions)


def later_speaker(
    ctx: Context, before: int, gender: str | None, named: Speaker | None
) -> Speaker | None:
    """A person named as the source of `по словам X` after ``named`` was last named as a
    subject (Дуров согласился ... По словам главы ведомства Александра Жарова, C. При этом
    он подчеркнул): the pronoun continues the source just quoted."""
    if named is None or named.start is None:
        return None
    for m in reversed([m for m in ctx.mentions if named.start < m.start and m.stop <= before]):
        if m.type == "PER" and not (gender and m.gender and m.gender != gender):
            if _in_source_phrase(ctx, m):  # по словам ... Александра Жарова, C. ... он
                return Speaker(m.name, m.start, m.stop)
    return None


def _in_source_phrase(ctx: Context, m: Mention) -> bool:
    """The mention is the source of `по словам/мнению/данным ...` within five words."""
    k = ctx.token_at(m.start)
    if k is None:
        return False
    for t in reversed(ctx.toks[max(1, k - 5) : k]):
        if t.pos == "PUNCT" or t.pos == "VERB":
            return False
        if source_noun(ctx, t):
            return True
    return False


def source_noun(ctx: Context, t: Tok) -> bool:
    """``t`` is the noun of `по словам/мнению/данным`, right after its preposition."""
    return t.i > 0 and t.low in ctx.lex.sources and ctx.toks[t.i - 1].low in ctx.lex.source_preps


OFFICE_WORDS = 3  # words at most between an office phrase and its role noun (нового, вице-)


def office_holder(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """The person the article put in the office of the role ``tok`` (Х приносит присягу в
    качестве президента Ирана, утвердил Х в должности президента, Х стал президентом): the
    person named last before that phrase in its sentence. The role's place or body, when
    it names one, must be the office's too; the latest such phrase before ``tok`` wins."""
    keys = role_keys(ctx, tok)
    for n in range(tok.i - 1, 0, -1):
        t = ctx.toks[n]
        if t.lemma != tok.lemma or ctx.in_quote(t.start):
            continue
        if not _after_office_phrase(ctx, n):
            continue
        if keys and not keys <= {u.lemma for u in role_phrase(ctx, n)}:
            continue
        start, _ = ctx.sentence_of(t.start)
        people = [
            m
            for m in ctx.mentions
            if m.type == "PER"
            and start <= m.start
            and m.stop <= t.start
            and not ctx.in_quote(m.start)
        ]
        if people and not (gender and people[-1].gender and people[-1].gender != gender):
            return Speaker(people[-1].name, people[-1].start, people[-1].stop)
    return None


def _after_office_phrase(ctx: Context, n: int) -> bool:
    """The role noun at ``n`` follows a phrase of ``OFFICE_PHRASES`` (a verb of them takes
    the role in the instrumental: стал президентом, избран мэром)."""
    j = n - 1
    while j > 0 and n - j <= OFFICE_WORDS and ctx.toks[j].pos in ("ADJ", "DET"):
        j -= 1
    for phrase in OFFICE_PHRASES:
        words = ctx.toks[j - len(phrase) + 1 : j + 1]
        if len(words) == len(phrase) and all(
            w.lemma == p for w, p in zip(words, phrase, strict=True)
        ):
            if len(phrase) > 1 or ctx.toks[n].feats.get("Case") == "Ins":
                return True
    return False


ROLE_SENTENCES = 2  # sentences back (this one counted) where a bare role finds its phrase
ARTICLE_SENTENCES = 40  # the same for a post that is no office


def earlier_role(ctx: Context, tok: Tok) -> Speaker | None:
    """A bare role (журналист отметил) right after the same post was named with its
    dependants and no name (на вопрос корреспондента «Комсомольской правды»): that role
    phrase in the nominative, the same unnamed person. A post of one holder (президент)
    looks back two sentences only (its holder is usually named); another (прокурор района)
    through the article."""
    back = ROLE_SENTENCES if tok.lemma in ctx.lex.offices else ARTICLE_SENTENCES
    sents = [s for s in ctx.sents if s[0] <= tok.start][-back:]
    if not sents:
        return None
    for t in reversed(ctx.tokens_in(sents[0][0], tok.start)):
        if ctx.in_quote(t.start) or not same_role(t.lemma, tok.lemma) or t.pos != "NOUN":
            continue
        if _plural(t) != _plural(tok):
            continue  # высылка дипломатов из Польши: not the дипломат who speaks
        phrase = [u for u in role_phrase(ctx, t.i) if u.i >= t.i]
        if len(phrase) < 2:
            return None
        after = unbracketed(
            ctx, phrase[-1].i + 1, min(len(ctx.toks), phrase[-1].i + 4 + BRACKET_WORDS)
        )
        if any((m := ctx.mention_at(u)) is not None and m.type == "PER" for u in after[:2]):
            return None  # корреспондент «КП» Иван Петров: a person, found by the rules above
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None
