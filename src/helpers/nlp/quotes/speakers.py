"""The speaker of a speech verb or source phrase: its subject before or after it
(X заявил / заявил X), an apposition, a place or group that speaks for a plural verb,
the source of `по словам X`, the object of a quoting verb (цитирует ТАСС министра X).
"""

from __future__ import annotations

from . import person_subjects as ps
from .about_dates import date_comma, set_off_dates
from .addressees import told_outlet, told_place
from .anaphora import (
    introduced_as,
    later_speaker,
    resolve,
    resolve_role,
    subject_chain,
)
from .antecedents import (
    antecedent,
    last_body_spoken,
    last_spoken,
    latter,
    oblique_apposition,
    recent_role,
    resolve_other,
)
from .authored import publishing_verb
from .demonyms import demonym_person
from .documents import document_source, source_after
from .experts import quoted_expert
from .interlocutors import interlocutor
from .lexicons import (
    DEMONSTRATIVES,
    LATTER,
    ONE,
    POSSESSIVES,
    PRONOUNS,
    QUANTIFIERS,
    UNNAMED,
    Lexicon,
)
from .nationality import country_stem, several_people
from .org_names import ends_name, oblique_body, organisation_start
from .owners import anaphoric_body, headline_person, person_asked, possessed_role
from .plural_sources import (
    gerund_subject,
    opening_owner,
    place_source,
    place_subject,
    substantive_subject,
)
from .records import OPENING, Context, Speaker, Tok, ends_clause, mention_case
from .roles import (
    bracket_open,
    coordinated_roles,
    foreign_name,
    foreign_words,
    has_genitive_people,
    has_genitive_sources,
    joint_role,
    named_by_title,
    nominative,
    one_of,
    role_gender,
    role_phrase,
    skip_title,
    titled_before,
    unbracketed,
)
from .subject_phrases import (
    APPOSED_WORDS,
    APPOSITION_DASHES,
    GENDERED,
    OBLIQUE,
    OF_SUBJECT,
    counted_before,
    counted_group,
    dash_aside,
    inside_pp,
    listed_dependant,
    named_noun,
    overt_subject,
    quantified_subject,
    relative_role,
    skip_inserted_phrase,
    skip_parenthetical,
    titled_name,
    titled_oblique,
    unmarked_title,
)
from .tree import (
    coordinated_subject,
    gerund_head_subject,
    last_role,
    subject_in_tree,
    verb_before,
)


def speaker_from(ctx: Context, k: int, gender: str | None, limit: int) -> Speaker | None:
    """The speaker named at token ``k``: an entity, a pronoun or a role (resolved)."""
    tok = ctx.toks[k]
    mention = ctx.mention_at(tok)
    owned_by = None  # a role and the name of its owner (представитель Лопес)
    if tok.low in DEMONSTRATIVES and tok.pos in ("PRON", "DET"):
        return resolve_other(ctx, tok.start, DEMONSTRATIVES[tok.low] or gender)
    if tok.low in LATTER:  # Белоусов встретился с Хрениным. Последний заявил: Хренин
        return latter(ctx, k)
    if (
        tok.lemma in ctx.lex.roles
        or tok.lemma in ctx.lex.org_roles
        or (tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim")
    ):
        # "глава Минобороны России Сергей Шойгу", "его брат Рауль Кастро": the person wins
        cases = (tok.feats.get("Case"), None)
        if tok.feats.get("Case") == "Acc" and tok.feats.get("Animacy") == "Anim":
            cases = ("Acc", "Gen", None)  # министра Антона Силуанова: animate accusative
        words = 0
        need = None  # the head's gender, where a second noun of the other gender comes between
        for t in unbracketed(ctx, k + 1, limit):  # глава федерации (ВФЛА) Иван Петров
            m = ps.apposed_mention(ctx, t)  # not the owner in защитник Алёхиной Иван Петров
            if m and m.type == "PER" and ps.in_case(ctx, m, cases):
                if need and m.gender != need:
                    break  # дочь артиста Льва Петрова: the name of the second noun
                woman = ps.post_of_woman(ctx, tok, m, gender) or ps.woman_at_post(ctx, tok, gender)
                if not (gender and m.gender and m.gender != gender) or woman:
                    return Speaker(m.name, m.start, m.stop)  # same case: an apposition
                if words == 0 and t.feats.get("Case") in cases:
                    # Представитель Лопес сообщил: a name of the other gender right after a
                    # relational noun is its owner (an indeclinable genitive), not the speaker
                    phrase = [tok] + [u for u in ctx.toks[t.i : t.i + 6] if u.stop <= m.stop]
                    owned_by = Speaker(nominative(ctx, phrase), tok.start, m.stop)
            words += 1
            if t.text == "," and listed_dependant(ctx, t):
                continue  # комитета по вопросам семьи, женщин и детей Елена Мизулина
            if ps.phrase_break(ctx, t) or words > APPOSED_WORDS:
                break
            if titled_name(ctx, t, cases):
                continue  # специалист ... доктор Фредерик Мис: a title before the name
            if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
                # подруга супруги Джигарханяна: a name in the second noun's case goes with it;
                # пресс-секретарь президента Дмитрий Песков: one in the head's case does not
                cases = (tok.feats.get("Case"),)
                coordinated = ctx.toks[t.i - 1].low == "и"  # писатель и журналист X: one person
                if t.feats.get("Number") == "Plur" != tok.feats.get("Number"):
                    continue  # адвоката заявителей Бартоломея X: no one name for the plural
                if t.feats.get("Case") == tok.feats.get("Case") and not coordinated:
                    pair = {tok.feats.get("Gender"), t.feats.get("Gender")}
                    if need is None and pair == {"Masc", "Fem"}:
                        need = tok.feats["Gender"]  # дочь артиста Анна Петрова: agrees
                        continue
                    break
    if mention is None and tok.pos == "NOUN":
        person = apposition(ctx, k, gender)  # Тайсон Фьюри, чемпион мира, признался
        if person:
            return person
    if mention is not None:
        return Speaker(mention.name, mention.start, mention.stop)
    if tok.low in PRONOUNS or tok.low in POSSESSIVES:
        g = PRONOUNS.get(tok.low, POSSESSIVES.get(tok.low)) or gender
        if tok.low in ("они", "их"):
            return (
                last_spoken(ctx, tok.start, plural=True)
                or opening_owner(ctx, tok)
                or (last_body_spoken(ctx, tok.start) if tok.low == "их" else None)
            )
        asked = person_asked(ctx, tok, g) if tok.low in PRONOUNS else None
        if asked is not None:
            return asked  # Петрова спросили о ... Она ответила
        found = ps.unbound(ctx, tok, resolve(ctx, tok.start, g))
        return (
            later_speaker(ctx, tok.start, g, found)
            or recent_role(ctx, tok, g, found)  # Его адвокат заявил ... По его словам
            or found
            or last_spoken(ctx, tok.start, plural=False)
            or last_role_subject(ctx, tok.i, g)
        )
    if k > 0 and ctx.toks[k - 1].lemma == "сам" and tok.feats.get("Number") != "Plur":
        found = subject_chain(ctx, tok.start, gender or role_gender(tok), gap=1)  # сама певица
        if found:
            return found
    owned = possessed_role(ctx, tok) if tok.pos == "NOUN" else None
    if owned is not None:
        return owned  # его адвокат: not the owner
    if (expert := quoted_expert(ctx, tok)) is not None:
        return expert  # доцент X ... По словам эксперта
    unnamed = k > 0 and ctx.toks[k - 1].lemma in UNNAMED  # неназванный представитель
    if tok.lemma in ctx.lex.roles and tok.feats.get("Number") != "Plur" and not unnamed:
        found = ps.unbound(ctx, tok, resolve_role(ctx, tok, gender or role_gender(tok)))
        if found:
            return found
        if country_stem(ctx, tok) is not None and several_people(ctx, tok):
            phrase = role_phrase(ctx, k)  # французский президент, introduced as no one named
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    if (
        tok.pos == "NOUN"
        and tok.feats.get("Animacy") == "Anim"
        and tok.feats.get("Number") != "Plur"
        and not unnamed
        and not has_genitive_people(ctx, k)  # представитель генсека: someone else's
    ):
        # эксперт X ... Эксперт отметил: an anonymous noun too, when it introduced a name
        found = introduced_as(ctx, tok, gender)
        if found is None and tok.lemma not in ctx.lex.anonymous:
            found = ps.described_person(ctx, tok) or demonym_person(ctx, tok)  # итальянец
        if found:
            return found
    if tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim" and not unnamed:
        found = headline_person(ctx, tok)  # the headline's хакер is the body's хакер X
        if found:
            return found
    if (source := interlocutor(ctx, k)) is not None:
        return source  # сообщил источник в ГИБДД ... — добавил собеседник: that source
    if (
        tok.lemma in ctx.lex.roles
        or tok.lemma in ctx.lex.org_roles
        or tok.lemma in ctx.lex.anonymous
        or (tok.pos == "NOUN" and tok.lemma in ctx.lex.documents)
        or (tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim")
        or (
            tok.lemma in QUANTIFIERS
            and (has_genitive_people(ctx, k) or has_genitive_sources(ctx, k))
        )
    ):
        if owned_by is not None:
            return owned_by
        phrase = role_phrase(ctx, k)
        if (found := anaphoric_body(ctx, phrase)) is not None:
            return found  # В Роскомнадзоре подтвердили ... Ведомство заявило: Роскомнадзор
        if tok.lemma in ctx.lex.titles:  # газета Financial Times -> the outlet's name
            for t in ctx.toks[k + 1 : k + 4]:
                if t.pos == "PUNCT" and t.text not in OPENING:
                    break  # Как сообщила газета, «Спартак» проиграл: not the outlet's name
                m = ctx.mention_at(t)
                if m and m.type == "ORG":
                    return Speaker(m.name, m.start, m.stop)
            if (unmarked := unmarked_title(ctx, k)) is not None:
                return unmarked  # сообщает газета 7Плюс: a name the entity pass missed
            if len(phrase) == 1:  # газета «Труд» ... по данным газеты: the outlet named
                found = titled_before(ctx, tok)
                if found is not None:
                    return found
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    if tok.pos == "PROPN" or (tok.pos == "X" and foreign_name(ctx, tok)):
        return foreign_words(ctx, k)  # a foreign name: ''Forbes'' оценивает, Rolling Stone
    return None


def apposition(ctx: Context, k: int, gender: str | None) -> Speaker | None:
    """A person named in apposition to the noun at ``k``, set off by a comma: before it
    (`Иван Петров, министр финансов, сказал`) or after its phrase (`по словам одного из
    участников, епископа Ивана Петрова,`), in the same case."""
    tok = ctx.toks[k]
    case = tok.feats.get("Case")
    j = k - 1
    while j >= 0 and ctx.toks[j].pos in ("ADJ", "NUM"):  # 28-летний британский боксёр
        j -= 1
    j = coordinated_roles(ctx, j, case)  # X, известный певец, актёр и общественный деятель,
    candidates = ctx.toks[j - 1 : j] if j > 0 and ctx.toks[j].text == "," else []
    phrase = role_phrase(ctx, k)
    e = phrase[-1].i + 1
    if e + 1 < len(ctx.toks) and ctx.toks[e].text == ",":
        after = []
        for u in ctx.toks[e + 1 : e + 12]:
            if ends_clause(u, ctx.lex) or u.pos in ("VERB", "ADP"):
                break  # a prepositional phrase (у Роналду) is no apposition
            after.append(u)
        if after and after[0].feats.get("Case") in (case, None):
            candidates += after
    for u in candidates:
        m = ctx.mention_at(u)
        if m is None or m.type != "PER" or (gender and m.gender and m.gender != gender):
            continue
        # the same case, or a feminine verb agrees with a woman's name that the tagger read
        # as a masculine genitive (Александра Панфилова, жена Кинчева, сказала)
        if mention_case(ctx, m) in (case, None) or (gender == "Fem" and m.gender == "Fem"):
            return Speaker(m.name, m.start, m.stop)
    return None


def is_subject(tok: Tok, lex: Lexicon) -> bool:
    """A nominative noun, name or pronoun that can be the subject of a speech verb."""
    if tok.pos == "X" and tok.text[:1].isupper():  # a foreign name: Life писала
        return True
    if tok.feats.get("Case") != "Nom" and tok.low not in PRONOUNS:
        return False
    if tok.low in DEMONSTRATIVES:  # на что тот ответил
        return tok.pos in ("PRON", "DET")
    if tok.low in LATTER:  # Последний заявил (not Последний опрос: see speaker_from)
        return tok.pos == "ADJ"
    if tok.pos == "PRON":
        return tok.low in PRONOUNS
    return tok.pos in ("NOUN", "PROPN") and (
        tok.pos == "PROPN"
        or tok.lemma in QUANTIFIERS
        or tok.lemma in lex.roles
        or tok.lemma in lex.anonymous
        or tok.lemma in lex.org_roles
        or tok.lemma in lex.documents  # надпись гласит, записи сообщали
        or tok.feats.get("Animacy") == "Anim"
    )


def subject_after(ctx: Context, k: int, gender: str | None) -> Speaker | None:
    """Subject after the speech verb at ``k`` (сказал министр / заявил в четверг глава ...)."""
    stop = k + 1
    while stop < len(ctx.toks) and (
        not ends_clause(ctx.toks[stop], ctx.lex) or date_comma(ctx.toks, stop)
    ):
        if "\n" in ctx.text[ctx.toks[stop - 1].stop : ctx.toks[stop].start]:
            break  # a headline ends at its line: the next line (a caption) is no subject
        stop += 1
    prev_adp = False
    plural = ctx.toks[k].feats.get("Number") == "Plur"
    depth = 0  # inside brackets: (БПТС) explains a word, it is no subject
    after_inf = False
    window = k + 10 + set_off_dates(ctx.toks, k + 1, stop)  # сказал в среду, 5 мая 2021 года, X
    for j in range(k + 1, min(stop, window)):
        t = ctx.toks[j]
        if ctx.in_quote(t.start):
            continue  # кричал «Аллах велик»: the quoted words are what was said, not who said it
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Inf":
            after_inf = True  # попросил подписать экземпляр ''Double Fantasy'': its object
        depth += (t.text == "(") - (t.text == ")")
        if after_inf and t.feats.get("Case") != "Nom":
            continue  # after the infinitive only a nominative is the subject (обещал быть X)
        m = ctx.mention_at(t)
        if (t.low in ONE or _numeral(t)) and j + 1 < len(ctx.toks) and ctx.toks[j + 1].low == "из":
            return one_of(ctx, j)  # как выразился один из источников, заявили двое из них
        if (
            not prev_adp
            and ctx.toks[k].feats.get("Gender") not in GENDERED
            and counted_group(ctx, j)
        ):
            phrase = role_phrase(ctx, j)  # сообщили несколько очевидцев, пишут несколько СМИ
            begin, end = phrase[0].start, phrase[-1].stop  # the numeral's case is the phrase's
            return Speaker(ctx.text[begin:end], begin, end)
        if depth > 0 or (plural and t.feats.get("Number") == "Sing" and not m):
            continue
        if gender in ("Masc", "Fem") and t.pos == "NOUN" and t.feats.get("Gender") == "Neut":
            continue  # предупредил правительство о C: a neuter noun is no subject of his verb
        if (
            not prev_adp
            and not governed(ctx, j)
            and (is_subject(t, ctx.lex) or (m and t.feats.get("Case") in ("Nom", None)))
        ):
            if m is not None and m.type == "ORG" and told_outlet(ctx, m, stop, k):
                continue  # рассказал РИА Новости источник: the agency is told, the source tells
            found = speaker_from(ctx, j, gender, stop)
            if found:
                return found
        prev_adp = t.pos == "ADP" or (prev_adp and t.pos in ("ADJ", "DET", "NUM"))
    return None


def _numeral(t: Tok) -> bool:
    """A numeral written in words in the nominative (двое, трое, пятеро, два): before `из X`
    it counts part of a group, and the part (двое из задержанных) is the subject."""
    return t.pos == "NUM" and t.text.isalpha() and t.feats.get("Case") in ("Nom", None)


def governed(ctx: Context, j: int) -> bool:
    """The name at token ``j`` belongs to the noun before it: a title or document noun
    (интервью газете «Известия», в эфире телеканала CNN), or an oblique noun before a
    quoted name (журналу «Огонёк»)."""
    k = organisation_start(ctx, j) - 1  # a later word of a body's name goes with its first
    quoted = False
    while k >= 0 and ctx.toks[k].text in OPENING:
        k, quoted = k - 1, True
    if k < 0:
        return False
    prev = ctx.toks[k]
    if prev.lemma in ctx.lex.titles or prev.lemma in ctx.lex.documents or oblique_body(prev, ctx):
        return prev.pos == "NOUN"  # в пресс-службе ГУ МВД: the body's name is its genitive
    return quoted and prev.pos == "NOUN" and prev.feats.get("Case") not in (None, "Nom")


def _head_of_genitive(ctx: Context, p: int) -> int | None:
    """The nominative head noun a name at token ``p`` depends on (пресс-служба фракции ЛДПР,
    форвард «Реала»): walking left over genitive words; none when the name stands alone."""
    k = p - 1
    while k >= 0 and ctx.toks[k].text in OPENING:
        k -= 1
    # a quoted name follows the noun it names, whatever that noun's case (организации
    # содействия защите прав «Надежда»): the chain of dependants may hold other cases too
    cases = OBLIQUE if k < p - 1 else ("Gen",)
    start, _ = ctx.sentence_of(ctx.toks[p].start)  # not a headline's noun over a line break
    while k >= 0 and (ctx.toks[k].pos in ("NOUN", "PROPN", "ADJ") or _owners_joined(ctx, k)):
        t = ctx.toks[k]
        if t.start < start:
            return None
        if t.low == "и":
            k -= 1  # источники Интерфакса и РБК: two owners of one head
            continue
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            return k
        if t.feats.get("Case") not in cases:
            return None
        k -= 1
    return None


def _owners_joined(ctx: Context, k: int) -> bool:
    """`и` at ``k`` between two genitive owners (Интерфакса и РБК)."""
    return ctx.toks[k].low == "и" and k > 0 and ctx.toks[k - 1].feats.get("Case") == "Gen"


def subject_before(ctx: Context, k: int, gender: str | None, number: str | None) -> Speaker | None:
    """Subject before the speech verb at ``k`` within its sentence (X заявил, что ...)."""
    if (named := ps.inserted_after_name(ctx, k, gender, number)) is not None:
        return named  # Бардо, известная также как активистка ..., заявила
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    j = k
    while j > 0:
        j -= 1
        t = ctx.toks[j]
        if t.start < start or t.text in ("«", "»", '"') and ctx.in_quote(t.start):
            break
        if ctx.in_quote(t.start):
            continue
        if t.text in "»”":
            j = skip_title(ctx, j, start)  # автор «Шоссе в никуда» сказал: a title, no subject
            continue
        if t.text == ")":
            j = bracket_open(ctx, j, start)  # Карл Хелдин (Carl Heldin) отметил: an aside
            continue
        if t.text == ",":
            j = skip_inserted_phrase(ctx, j, start)
            continue
        if t.text in APPOSITION_DASHES:
            j = dash_aside(ctx, j, k, start)  # X, ..., — один из фаворитов ... — намекал
            continue
        m = ctx.mention_at(t)
        if t.low in ONE and ctx.toks[j + 1].low == "из" and j + 1 < k:
            return one_of(ctx, j)  # Один из депутатов предложил
        if t.lemma in QUANTIFIERS and ctx.toks[j + 1].low == "из" and j + 1 < k:
            return one_of(ctx, j)  # Большинство из них заявили
        if _numeral(t) and ctx.toks[j + 1].low == "из" and j + 1 < k:
            return one_of(ctx, j)  # Двое из задержанных заявили: the counted part speaks
        if t.lemma == "который" and t.feats.get("Case") == "Nom" and j > 1:
            role = relative_role(ctx, j)  # представителя правительства, который заявил
            found = speaker_from(ctx, role, gender, j) if role is not None else None
            found = found or antecedent(ctx, j, gender)  # России, которая настаивала
            if found:
                return found
        object_relative = t.feats.get("Case") not in ("Nom", None) and ctx.toks[j - 1].pos != "ADP"
        if t.lemma == "который" and object_relative:
            return None  # свадьбу, которую назвали ...: the subject is inside the clause
        if t.lemma == "который" and ctx.toks[j - 1].pos == "ADP":
            j = verb_before(ctx, j, start)  # дал интервью газете X, в котором рассказал
            continue
        if not (is_subject(t, ctx.lex) or (m and t.feats.get("Case") == "Nom")):
            continue
        if j > 0 and ctx.toks[j - 1].pos == "ADP" or ps.in_subordinate(ctx, j, k):
            continue  # у Петрова; Защитник, ссылаясь на то, что мужчина раскаялся, попросил
        if inside_pp(ctx, phrase_start(ctx, j)) or named_noun(ctx, j):
            continue  # на страницах издания The New York Times, бюро города Вустера
        if number == "Sing" and t.feats.get("Number") == "Plur":
            continue
        if number == "Plur" and t.feats.get("Number") == "Sing" and not m:
            if t.lemma not in QUANTIFIERS:
                continue  # Организация ... его требовали отменить: no subject of a plural
        if gender and t.feats.get("Gender") in ("Masc", "Fem") and t.feats["Gender"] != gender:
            if not (m and m.type == "ORG") and t.lemma not in ctx.lex.roles:
                continue
        # "министр обороны Сергей Шойгу заявил": take the start of the name, not its last word
        p = phrase_start(ctx, j)
        if p >= 2 and ctx.toks[p - 1].low == "и" and joint_role(ctx, p - 2) == p:
            p -= 2  # Врачи и медсестры больницы сообщили: both nouns, one owner
        if (led := ps.joint_lead(ctx, p, number)) is not None:
            return led  # Иван Петров и его коллеги полагают, X и его брат Y поддержали
        if (groups := ps.joint_groups(ctx, p, number)) is not None:
            return groups  # Депутаты Госдумы и сенаторы выступили: both groups
        if m and oblique_apposition(ctx, p):
            continue  # из квартиры своей дочери Челси: the name goes with an oblique noun
        head = _head_of_genitive(ctx, p) if m else None
        if head is not None and is_subject(ctx.toks[head], ctx.lex):
            found = speaker_from(ctx, head, gender, k)  # пресс-служба фракции ЛДПР
            if found:
                return found
        if head is None and titled_oblique(ctx, p):
            continue  # в эфире телеканала РБК: the channel's name
        found = speaker_from(ctx, p, gender, k)
        if found is None and p < j and country_stem(ctx, t) is not None:
            found = speaker_from(ctx, j, gender, k)  # Французский президент: the role itself
        if found:
            return found
    return None


def phrase_start(ctx: Context, j: int) -> int:
    m = ctx.mention_at(ctx.toks[j])
    if m:
        while j > 0 and ctx.toks[j - 1].start >= m.start:
            j -= 1
    return j


def cue_speaker(ctx: Context, k: int, zero: bool = True) -> Speaker:
    """The speaker of the speech verb at ``k``: after it, else before it; none if impersonal.

    A verb without a subject (`«Q», — и добавил`) speaks for the last person named, like
    a pronoun, when ``zero`` is true."""
    tok = ctx.toks[k]
    if tok.low in ctx.lex.impersonal:
        if tok.feats.get("Number") == "Plur" and _subject_right_before(ctx, k):
            return subject_before(ctx, k, None, "Plur") or Speaker(None)  # источники называют
        if tok.feats.get("Number") == "Plur" and (place := place_source(ctx, k)) is not None:
            return place  # В полиции называют другую цифру: the body there
        if (verb := publishing_verb(ctx, k)) is not None:  # X опубликовал эссе, в котором
            if (found := cue_speaker(ctx, verb)).name:  # говорится: X, its author (a person
                return found  # or a body: Пентагон опубликовал справку, в которой ...)
        return document_source(ctx, k)
    if tok.feats.get("VerbForm") == "Conv" and (pair := gerund_head_subject(ctx, k)):
        found = speaker_from(ctx, pair[0], ctx.toks[pair[1]].feats.get("Gender"), pair[1])
        if found is not None:
            return found  # Он выразил надежду, что подданные ..., добавив: он
    if tok.feats.get("VerbForm") == "Conv":  # мэр дал согласие, назвав выбор X ...: the subject
        found = subject_before(ctx, k, None, None) or gerund_subject(ctx, k)
        if found is not None:
            return found
    prev = ctx.toks[k - 1] if k > 0 else None
    if tok.feats.get("VerbForm") == "Inf" and prev is not None and prev.pos in ("VERB", "AUX"):
        if prev.feats.get("VerbForm") == "Fin" and prev.low not in ctx.lex.impersonal:
            return cue_speaker(ctx, k - 1, zero)  # присутствующие начали скандировать
    gender = tok.feats.get("Gender") if tok.feats.get("Number") != "Plur" else None
    number = tok.feats.get("Number")
    if (pair := coordinated_subject(ctx, k)) is not None:  # X, который ..., отказался ..., но
        first, verb = pair  # сказал: X, the subject of the first verb
        found = tree_subject(ctx, k, gender) if first is not None else None
        if found is None and ctx.toks[verb].start < tok.start:
            found = subject_before(ctx, verb, gender, number)
        if found is not None:
            return found
    if number == "Plur" and (counted := counted_before(ctx, k)) is not None:
        return counted  # несколько страховых компаний объявили: the counted phrase
    if number == "Plur" and (told := told_place(ctx, k)) is not None:
        return told  # В МИД России РИА Новости сообщили: the body, not the outlet told
    if _subject_right_before(ctx, k):  # X сравнил жизнь с Джоли: the subject, not Джоли
        found = (
            subject_before(ctx, k, gender, number)
            or place_subject(ctx, k)  # Белый дом охарактеризовал X: not X
            or subject_after(ctx, k, gender)
        )
    else:
        found = subject_after(ctx, k, gender) or subject_before(ctx, k, gender, number)
    if found is None:
        found = tree_subject(ctx, k, gender)  # the parser's subject, when the rules saw none
    if found is None and tok.feats.get("Number") == "Plur":
        found = quantified_subject(ctx, k)  # несколько торговых сетей объявили
    if found is None and tok.feats.get("Number") == "Plur":
        found = substantive_subject(ctx, k) or place_source(ctx, k) or source_after(ctx, k)
    if found is None and tok.feats.get("Number") != "Plur":
        subject = overt_subject(ctx, k, gender)
        if subject is not None and ctx.toks[subject].lemma in ctx.lex.titles:
            found = named_by_title(ctx, subject)
        elif subject is None and zero:
            found = resolve(ctx, tok.start, gender)
    return found or Speaker(None)


def last_role_subject(ctx: Context, k: int, gender: str | None) -> Speaker | None:
    """A pronoun with no person named before it (Министр заявил, что ... «Q», — добавил он):
    the last role in the nominative right next to a speech verb (``tree.last_role``)."""
    j = last_role(ctx, k, gender)
    return None if j is None else speaker_from(ctx, j, gender, min(len(ctx.toks), j + 12))


def tree_subject(ctx: Context, k: int, gender: str | None) -> Speaker | None:
    """The subject of the speech verb at ``k`` in natasha's dependency tree, when the rules
    found none (``tree.subject_in_tree``), resolved like a subject the rules found."""
    j = subject_in_tree(ctx, k)
    return None if j is None else speaker_from(ctx, j, gender, min(len(ctx.toks), j + 12))


def _subject_right_before(ctx: Context, k: int) -> bool:
    """The words right before the verb at ``k`` (adverbs and particles skipped) end a
    nominative name or subject noun: plain word order, the subject precedes the verb."""
    j = k - 1
    while j >= 0 and (ctx.toks[j].pos in ("ADV", "PART") or set(ctx.toks[j].text) <= set("»”\"'")):
        j -= 1  # «Спартак» подтвердил: over the closing quotation mark too
    if j > 0 and ctx.toks[j].text == ",":
        j = skip_parenthetical(ctx, j)  # Критики, впрочем, называют
    if j > 0 and ctx.toks[j].text == ")":  # Карл Хелдин (Carl Heldin) отметил: over the aside
        j = bracket_open(ctx, j, ctx.sentence_of(ctx.toks[k].start)[0]) - 1
    # Участники круглого стола предложили: over the subject's genitive dependants
    while j > 0 and ctx.toks[j].feats.get("Case") == "Gen" and ctx.toks[j].pos in OF_SUBJECT:
        j -= 1
    if j < 0:
        return False
    if place_subject(ctx, k) is not None:
        return True  # Белый дом охарактеризовал X как ...: a place that speaks (metonymy)
    return is_subject(ctx.toks[j], ctx.lex) or ends_name(ctx, j)  # a name in the nominative
