"""Sources named by a phrase rather than a subject: `по словам X` / `по данным X` (the
genitive phrase after the cue) and the object of a quoting verb (цитирует ТАСС министра X,
приводит Reuters слова представителя ООН)."""

from __future__ import annotations

from .lexicons import COLLECTIVES, POSSESSIVES
from .person_subjects import in_case
from .records import OPENING, Context, Speaker, Tok, ends_clause
from .roles import named_by_title, nominative, role_phrase
from .speakers import governed, phrase_start, speaker_from
from .subject_phrases import named_after_pp


def quoted_source(ctx: Context, k: int) -> Speaker | None:
    """Whose words the quoting verb at ``k`` gives: the genitive after `слова` (приводит
    Reuters слова представителя ООН) or after a noun of what was said, its object
    (цитирует агентство Рейтер сообщение телеканала X: not the outlet named after its kind
    noun) or its accusative object (цитирует ТАСС министра X);
    `слова X` fronted (Слова министра X приводит ТАСС: «Q»)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    before = ctx.tokens_in(start, ctx.toks[k].start)
    start_i = before[0].i if before else k
    for t in before[:2]:
        owned = t.i > start_i and ctx.toks[t.i - 1].low in POSSESSIVES  # Его слова приводит
        fronted = t.lemma == "слово" and t.feats.get("Number") == "Plur"
        if fronted and (owned or t.i + 1 < k) and not ctx.in_quote(t.start):
            return speaker_from(ctx, t.i - 1 if owned else t.i + 1, None, k)
    stop = k + 1
    while stop < len(ctx.toks) and stop < k + 12 and not ends_clause(ctx.toks[stop], ctx.lex):
        stop += 1
    for j in range(k + 1, stop):
        t = ctx.toks[j]
        said = t.lemma == "слово" or (t.lemma in SAID_NOUNS and t.feats.get("Case") != "Gen")
        if said and j + 1 < stop:
            if t.lemma != "слово" and any(ctx.mention_at(u) for u in ctx.toks[k + 1 : j]):
                return speaker_from(ctx, j + 1, None, stop)  # the outlet named before the noun
            return _object_speaker(ctx, j + 1, j + 1, stop)  # цитирует слова министра ТАСС
        m = ctx.mention_at(t)
        person = (m is not None and m.type == "PER") or t.lemma in ctx.lex.roles
        if t.pos in ("PRON", "DET") and t.low in POSSESSIVES:
            return speaker_from(ctx, j, None, stop)  # цитирует его Интерфакс, приводит его слова
        if j > k + 1 and ctx.toks[j - 1].lemma in ctx.lex.titles:
            continue  # цитирует агентство Рейтер сообщение X: the outlet's name, no object
        if person and t.feats.get("Case") in ("Acc", "Gen") and not governed(ctx, j):
            return _object_speaker(ctx, phrase_start(ctx, j), j, stop)
    return None


# what was said, as a quoting verb's object whose owner in the genitive speaks (цитирует
# агентство сообщение телеканала X, приводит Reuters заявление министра)
SAID_NOUNS = ("сообщение", "заявление", "высказывание", "мнение", "комментарий")


def _object_speaker(ctx: Context, begin: int, j: int, stop: int) -> Speaker | None:
    """The speaker whose phrase starts at ``begin`` (its head at ``j``) before the quoting
    outlet, if one follows (губернатора РИА Новости: the outlet is no part of it)."""
    end = _quoting_subject(ctx, j, stop)
    found = speaker_from(ctx, begin, None, end)
    m = ctx.mention_at(ctx.toks[j])
    if end < stop and m is None and found is not None and found.stop is not None:
        if found.stop > ctx.toks[end].start:
            phrase = [u for u in role_phrase(ctx, j) if u.i < end]
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return found


def _quoting_subject(ctx: Context, j: int, stop: int) -> int:
    """Where the quoting outlet (a nominative organisation) starts after the object at ``j``
    (цитирует губернатора РИА Новости): the object's phrase ends there."""
    for n in range(j + 1, stop):
        t = ctx.toks[n]
        m = ctx.mention_at(t)
        if (
            m is not None
            and m.type == "ORG"
            and m.start == t.start
            and t.feats.get("Case") == "Nom"
        ):
            return n
    return stop


def _genitive_name(ctx: Context, t: Tok) -> bool:
    """A word of a person's name one of whose words the tagger reads in the genitive
    (адвоката заявителей Бартоломея Соханьского: the given name read as nominative)."""
    m = ctx.mention_at(t)
    return m is not None and m.type == "PER" and in_case(ctx, m, ("Gen",))


def source_speaker(ctx: Context, k: int) -> Speaker:
    """The source named after `по словам` at token ``k`` (его, главы ведомства, МИД России,
    следствия -> следствие): within its genitive phrase, not in the clause after it."""
    end = k
    while end < len(ctx.toks) and not ends_clause(ctx.toks[end], ctx.lex):
        t = ctx.toks[end]
        if end > k and t.feats.get("Case") not in ("Gen", None) and not _genitive_name(ctx, t):
            named = named_after_pp(ctx, k, end)
            if named is not None:
                return named  # по мнению полпреда в округе Виктора Ишаева
            break  # по данным следствия Ахмад Рахами ...: the clause begins
        end += 1
    for j in range(k, end):
        t = ctx.toks[j]
        if j == k and t.lemma in COLLECTIVES:
            break  # по мнению руководства банка: the group heads the phrase, not банк
        owned = ctx.toks[j + 1] if t.low in POSSESSIVES and j + 1 < end else None
        if owned is not None and owned.pos in ("NOUN", "ADJ") and owned.low not in ctx.lex.sources:
            continue  # по словам его адвоката: the noun it owns speaks, not the owner
        if (
            ctx.mention_at(t, places=True)
            or t.low in POSSESSIVES
            or t.lemma in ctx.lex.roles
            or t.lemma in ctx.lex.org_roles
            or t.lemma in ctx.lex.anonymous
            or t.lemma in ctx.lex.titles
            or (t.pos == "NOUN" and t.feats.get("Animacy") == "Anim")  # по мнению критиков
        ):
            nxt = ctx.next_tok(j)
            if t.lemma in ctx.lex.titles and nxt and (nxt.text in OPENING or nxt.pos == "X"):
                found = named_by_title(ctx, j)  # по данным газеты ''The Washington Post''
                if found:
                    return found
            if t.lemma in ctx.lex.titles and nxt and nxt.lemma in ctx.lex.roles:
                break  # по данным сайта президента: the site speaks, not the office holder
            m = ctx.mention_at(t, places=True)
            if m and m.type == "LOC":
                return Speaker(m.name, m.start, m.stop)
            found = speaker_from(ctx, j, None, end)
            if found:
                return found
    head = ctx.toks[k] if k < end else None
    if head is not None and head.pos == "NOUN" or (head and head.pos == "ADJ"):
        phrase = role_phrase(ctx, k)  # по данным следствия, по сведениям некоторых изданий
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return Speaker(None)
