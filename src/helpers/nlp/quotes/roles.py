"""Role phrases and names as speakers: a role noun with its dependants put in the
nominative (пресс-служба Кремля, министр обороны РФ), a title noun and the name after it
(газета «Ведомости»), foreign names (Rolling Stone), `один из X`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pymorphy3.analyzer import Parse

from ...io.text import fold_text
from .lexicons import COMPANIONS, DEDICATING, POINTING, TIME_NOUNS
from .records import OPENING, Context, Mention, Speaker, Tok
from .role_dependants import dependant_words, participle_pp


def nominative(ctx: Context, toks: Sequence[Tok]) -> str:
    """A role phrase in the nominative: words up to the head noun inflected, the rest kept
    (an emphatic `сам` dropped: Сам юбиляр -> юбиляр)."""
    if len(toks) > 1 and toks[0].lemma == "сам":
        toks = toks[1:]
    head = next((k for k, t in enumerate(toks) if t.pos in ("NOUN", "PROPN")), None)
    if head is None and toks and toks[-1].pos in ("ADJ", "VERB"):
        head = len(toks) - 1 if toks[-1].feats.get("Number") == "Plur" else None  # опрошенных
    if head is None:  # Задержанный, Каждый пятый опрошенный
        return _lowered(toks, " ".join(t.text for t in toks))
    head = _agreeing_head(ctx, toks, head)
    out = []
    head_gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(
        toks[head].feats.get("Gender", "")
    )
    if toks[head].feats.get("Number") == "Plur":
        head_gender = "plur"  # украинские СМИ, официальные лица
    for t in toks[: head + 1]:
        if t.feats.get("Case") not in (None, "Nom") and not t.text.isupper():  # СМИ, МИД
            word = inflect_nom(ctx, t, head_gender if t is not toks[head] else None) or t.text
            out.append(word[:1].upper() + word[1:] if t.text[:1].isupper() else word)
        else:
            out.append(t.text)
    out[0] = _lowered(toks, out[0])
    tail = ctx.text[toks[head].stop : toks[-1].stop] if head + 1 < len(toks) else ""
    phrase = " ".join(out) + " ".join(tail.split("\n"))  # the dependants as written
    return phrase.replace("''", "")  # wiki italics markup is no part of a name


def _lowered(toks: Sequence[Tok], text: str) -> str:
    """``text`` with a lower first letter when the phrase opens with a common word written
    with a capital at a sentence's start (Пресс-служба -> пресс-служба), not an acronym."""
    first = toks[0] if toks else None
    if first is None or first.pos not in ("NOUN", "ADJ", "DET", "VERB") or first.text.isupper():
        return text
    return text[:1].lower() + text[1:]


def _agreeing_head(ctx: Context, toks: Sequence[Tok], head: int) -> int:
    """A participle or adjective the tagger read as a noun (лечащих врачей: лечащих) agrees
    with the noun right after it in case and number: that noun is the head, so both words
    go into the nominative (лечащие врачи), not only the first."""
    t = toks[head]
    if head + 1 >= len(toks) or t.pos != "NOUN" or t.text[:1].isupper():
        return head
    nxt = toks[head + 1]
    agree = all(t.feats.get(f) == nxt.feats.get(f) for f in ("Case", "Number"))
    if nxt.pos != "NOUN" or not agree or t.feats.get("Case") in (None, "Nom"):
        return head
    readings = ctx.morph.parse(t.text)
    if readings and readings[0].tag.POS in ("ADJF", "PRTF"):  # the first reading: an adjective
        return head + 1
    return head


def inflect_nom(ctx: Context, tok: Tok, gender: str | None = None) -> str | None:
    """``tok`` in the nominative (its number kept; an adjective in ``gender``: masc, femn,
    neut), by the pymorphy3 analyser of the models (``ctx.morph``)."""
    parses = ctx.morph.parse(tok.text)
    case = PYMORPHY_CASES.get(tok.feats.get("Case", ""))
    number = {"Sing": "sing", "Plur": "plur"}.get(tok.feats.get("Number", ""))
    # the parse the tagger chose (петиции: the locative singular, not a plural nominative)
    fitting = [p for p in parses if (not case or case in p.tag) and (not number or number in p.tag)]
    kinds = PYMORPHY_POS.get(tok.pos, ())  # пожилого (ADJ): the adjective, not a noun пожилое
    for parse in [p for p in fitting if p.tag.POS in kinds] + fitting + parses:
        wanted = {"nomn"} | ({gender} if gender and parse.tag.POS in ("ADJF", "PRTF") else set())
        form = Parse.inflect(parse, wanted)  # OpenCorpora grammemes (natasha's wrapper takes UD)
        if form is not None:
            return form.word
    return None


PYMORPHY_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
PYMORPHY_POS = {"ADJ": ("ADJF", "PRTF"), "VERB": ("PRTF",), "NOUN": ("NOUN",), "PROPN": ("NOUN",)}


def dedicated_name(ctx: Context, j: int) -> list[Tok]:
    """`имени`/`им.` at ``j`` and the capitalised words after it (им. М. В. Ломоносова)."""
    out = [ctx.toks[j]]
    for t in ctx.toks[j + 1 : j + 8]:
        if t.text == "." and out[-1].text != "." or t.text[:1].isupper() and t.pos != "PUNCT":
            out.append(t)
        else:
            break
    while out[-1].text == ".":
        out.pop()
    return out


def role_phrase(ctx: Context, k: int) -> list[Tok]:
    """The role word at token ``k`` and its genitive dependants (представитель Обамы)."""
    out = [ctx.toks[k]]
    j = k + 1
    if (joint := joint_role(ctx, k)) is not None:
        out.extend(ctx.toks[k + 1 : joint + 1])  # родители и адвокат Сингха: one owner for both
        j = joint + 1
    while j < len(ctx.toks) and j < k + 8:
        t = ctx.toks[j]
        if "\n" in ctx.text[out[-1].stop : t.start]:
            break  # a headline's last word, the body's first: no phrase crosses a line
        if t.low in DEDICATING and out[-1].pos in ("NOUN", "PROPN") and len(out) > 1:
            out.extend(dedicated_name(ctx, j))  # студент МГУ им. Ломоносова: the name it bears
            break
        m = ctx.mention_at(t)
        if t.text in OPENING and j + 1 < len(ctx.toks):
            m = ctx.mention_at(ctx.toks[j + 1])
        if m is not None and m.type == "PER" and t.feats.get("Case") not in ("Gen", None):
            break  # по сведениям изданий Кинчев ...: a person in another case starts a clause
        if m is None and t.text in OPENING and out[-1].lemma in ctx.lex.titles:
            title = named_by_title(ctx, out[-1].i)  # журналист газеты ''Yukon Sun''
            if title is not None and title.stop is not None:
                out.extend(u for u in ctx.toks[j : j + 12] if u.stop <= title.stop)
                close = [u for u in ctx.toks[out[-1].i + 1 : out[-1].i + 3] if u.pos == "PUNCT"]
                out.extend(u for u in close if u.text in "»“”\"'")
            break
        if m is None and t.text in OPENING and out[-1].pos == "NOUN" and len(out) == 1:
            out.extend(_quoted_name(ctx, t.i))  # звезда «Маски», солист «Машины времени»
            break
        if m is not None:  # пресс-служба фракции ЛДПР, форвард «Реала»: the whole name
            last = [u for u in ctx.toks[j : j + 12] if u.stop <= m.stop]
            out.extend(last)
            nxt = last[-1].i + 1 if last else j + 1
            if t.text in OPENING and nxt < len(ctx.toks) and ctx.toks[nxt].text in '»“”"':
                out.append(ctx.toks[nxt])
            elif nxt < len(ctx.toks) and ctx.toks[nxt].low in DEDICATING:
                out.extend(dedicated_name(ctx, nxt))  # студент РГУ им. Косыгина
            elif (other := _second_owner(ctx, nxt, m)) is not None:
                out.extend(u for u in ctx.toks[nxt : nxt + 12] if u.stop <= other.stop)
            break
        extra = _phrase_extension(ctx, out[-1], t, k)
        if extra:  # жители поселка Петро-Славянка, наблюдатели от ОБСЕ, генштаба и служб
            out.extend(extra)
            if extra[-1].feats.get("Case") != "Gen" or extra[-1].i + 1 >= len(ctx.toks):
                break
            j = extra[-1].i + 1
            continue
        if substantive_participle(ctx, t):
            out.append(t)  # родители погибшего, семья пострадавшей: the participle is the noun
            break
        more = dependant_words(ctx, out, t)
        if more:  # дети убитой журналистки, специалисты по ядерной безопасности, статья 49
            out.extend(more)
            j = more[-1].i + 1
            continue
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "X") or t.feats.get("Case") not in (
            "Gen",
            None,
        ):
            if not _genitive_before_verb(ctx, t):
                break  # агентство не сообщило: the particle ends the phrase (a number: a date)
        if t.lemma in TIME_NOUNS or not t.text[:1].isalpha():
            break  # по данным следствия 3 февраля ...
        if t.pos == "ADJ" and t.feats.get("Case") != "Gen":
            break  # эксперты компании убеждены: a predicate, not a dependant
        out.append(t)
        j += 1
    if out[0].lemma in ctx.lex.anonymous:  # источник в правительстве, собеседник в Кремле,
        out += place_of(ctx, out[-1].i + 1)  # источник «Интерфакса» в правоохранительных органах
    start = k
    case = ctx.toks[k].feats.get("Case")
    while start > 0 and k - start < 3 and _modifier(ctx, ctx.toks[start - 1], case):
        start -= 1
    return ctx.toks[start:k] + out


def _quoted_name(ctx: Context, j: int) -> list[Tok]:
    """A capitalised name in quotation marks opening at token ``j``, up to its closing mark
    within ``TITLE_WORDS`` words (звезда «Маски»), its first word in the genitive or
    indeclinable: the marks and the words; none otherwise."""
    first = ctx.next_tok(j)
    if (
        first is None
        or not first.text[:1].isupper()
        or first.feats.get("Case") not in ("Gen", None)
    ):
        return []
    for u in ctx.toks[j + 1 : j + 2 + TITLE_WORDS]:
        if u.text in "»“”\"'":
            return ctx.toks[j : u.i + 1]
        if u.text in ".!?;" or ctx.in_quote(u.start):
            return []
    return []


def _phrase_extension(ctx: Context, last: Tok, t: Tok, k: int) -> list[Tok]:
    """Words at ``t`` that go on a role phrase ending in ``last``: the name of a settlement
    or region in apposition (поселка Петро-Славянка), `от` and the body that sends the role
    (наблюдатели от ОБСЕ), `из` and the body a person comes from (учёные из Оксфорда), a
    genitive conjunct (начальники генштаба и разведывательных служб Пакистана; not a second
    head: по словам очевидцев и друзей). ``k``: the head."""
    place = ctx.mention_at(t, places=True)
    common = last.pos == "NOUN" and last.text.islower()
    if place is not None and place.type == "LOC" and place.start == t.start and common:
        if last.feats.get("Case") == "Gen" and last.lemma not in TIME_NOUNS:
            return [u for u in ctx.toks[t.i : t.i + 6] if u.stop <= place.stop]
    nxt = ctx.next_tok(t.i)
    if nxt is None:
        return []
    if t.low in ("в", "во") and last.pos == "NOUN" and (at := _located(ctx, nxt, k, last)):
        return [t, *at]  # сотрудник госпиталя в Путраджае, похитители россиян в Сирии
    sent = t.low == "от" or (t.low == "из" and last.feats.get("Animacy") == "Anim")
    if sent and last.pos == "NOUN" and nxt.text[:1].isupper():  # правозащитники из Amnesty
        body = ctx.mention_at(nxt, places=True)
        if body is not None and body.type in ("ORG", "LOC") and body.start == nxt.start:
            return [t] + [u for u in ctx.toks[nxt.i : nxt.i + 12] if u.stop <= body.stop]
    if sent and last.pos == "NOUN" and nxt.text in OPENING and (named := _quoted_name(ctx, nxt.i)):
        return [t, *named]  # правозащитники из «Мемориала»: the name in its quotation marks
    if t.low == "и" and last.i != k and last.pos in ("NOUN", "PROPN"):
        if (
            last.feats.get("Case") == "Gen"
            and nxt.pos in ("NOUN", "ADJ")
            and nxt.feats.get("Case") == "Gen"
        ):
            return [t, nxt]
    return []


def _located(ctx: Context, nxt: Tok, k: int, last: Tok) -> list[Tok]:
    """The place named at ``nxt`` after `в` when the dependency tree hangs it on a noun of
    the role phrase (``k`` .. ``last``) as its modifier (nmod: сотрудник госпиталя в
    Путраджае), not on the verb (obl: министр в Москве заявил): the place's words."""
    place = ctx.mention_at(nxt, places=True)
    if place is None or place.type != "LOC" or place.start != nxt.start:
        return []
    words = [u for u in ctx.toks[nxt.i : nxt.i + 6] if u.stop <= place.stop]
    heads = ctx.heads(nxt.i)
    inside = {u.i for u in words}
    for u in words:
        head, rel = heads.get(u.i, (None, ""))
        if head is not None and head not in inside:
            return words if rel == "nmod" and k <= head <= last.i else []
    return []


def _genitive_before_verb(ctx: Context, t: Tok) -> bool:
    """A noun the tagger read as a second nominative right before the verb that can be a
    genitive (Друзья семьи рассказали: семьи is the genitive singular)."""
    nxt = ctx.next_tok(t.i)
    if t.pos != "NOUN" or t.feats.get("Case") != "Nom" or nxt is None or nxt.pos != "VERB":
        return False
    return any("gent" in p.tag for p in ctx.morph.parse(t.text))


TITLE_WORDS = 8  # words at most in a quoted title skipped on the way to a subject


def skip_title(ctx: Context, close: int, start: int) -> int:
    """Going left from a closing mark at ``close``: jump over a quoted title that names a
    work of the person noun, list or conjunction before it (автор «Диких сердцем», «Шоссе в
    никуда» и «Малхолланд Драйва»), to its opening mark; a quoted name opening the clause
    («Спартак» подтвердил) or naming a thing (движение «Талибан») is kept: it can speak."""
    for j in range(close - 1, max(close - TITLE_WORDS - 1, -1), -1):
        t = ctx.toks[j]
        if t.start < start:
            return close
        if t.text in "«“":
            before = ctx.toks[j - 1] if j > 0 and ctx.toks[j - 1].start >= start else None
            person = before is not None and before.feats.get("Animacy") == "Anim"
            if before is not None and (before.text in ",»”" or before.pos == "CCONJ" or person):
                return j  # движение «Талибан» взяло: the name of the noun, kept
            return close
    return close


def substantive_participle(ctx: Context, t: Tok) -> bool:
    """A genitive participle or adjective used as a noun (погибшего, пострадавших): no noun
    after it that it would modify."""
    if t.feats.get("Case") != "Gen" or t.pos not in ("VERB", "ADJ"):
        return False
    if t.pos == "VERB" and t.feats.get("VerbForm") != "Part":
        return False
    nxt = ctx.next_tok(t.i)
    if nxt is not None and nxt.pos == "ADP" and participle_pp(ctx, t, nxt):
        return False  # расстрелянных под Катынью военнопленных: it modifies the noun
    return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ", "X")


def place_of(ctx: Context, j: int) -> list[Tok]:
    """`в/из X` at token ``j`` naming where an unnamed source sits (в правительстве, в
    окружении премьера, из Кремля); not the setting of the speech act (в интервью)."""
    if j + 1 >= len(ctx.toks) or ctx.toks[j].low not in ("в", "во", "из"):
        return []
    out = [ctx.toks[j]]
    for t in ctx.toks[j + 1 : j + 5]:
        if t.pos not in ("NOUN", "PROPN", "ADJ", "X") or fold_text(t.lemma) in ctx.lex.settings:
            break
        if t.lemma in TIME_NOUNS:
            return []
        out.append(t)
        if t.pos in ("NOUN", "PROPN", "X") and ctx.toks[t.i + 1].feats.get("Case") != "Gen":
            break
    return out if len(out) > 1 and out[-1].pos != "ADJ" else []


def _modifier(ctx: Context, tok: Tok, case: str | None) -> bool:
    """An adjective or quantifier agreeing with a role noun in ``case`` (некоторые издания),
    not a pointer (его пресс-секретарь, этот документ), an adverb mistagged as adjective or
    a noun mistagged as one (сообщило таблоидам доверенное лицо: the addressee)."""
    if tok.feats.get("Variant") == "Short":
        return False
    if tok.feats.get("Case") != case and not _animate_accusative(tok, case):
        return False
    if tok.pos == "ADJ":
        return adjective_form(ctx, tok)
    return tok.pos == "DET" and tok.lemma not in POINTING


def _animate_accusative(tok: Tok, case: str | None) -> bool:
    """An adjective in the animate accusative before a role noun tagged genitive (or the
    other way round): one form, the tagger's two readings (официального представителя)."""
    pair = {tok.feats.get("Case"), case}
    return pair == {"Acc", "Gen"} and tok.feats.get("Animacy") == "Anim"


ADJECTIVE_TAGS = ("ADJF", "PRTF", "NUMR")  # pymorphy3 parts of speech that inflect like adjectives


def adjective_form(ctx: Context, tok: Tok) -> bool:
    """``tok`` can be read as an adjective or participle at all (доверенное, некоторые), not
    only as a noun or verb form (таблоидам, журналистам)."""
    if not tok.text[:1].isalpha():
        return True
    return any(p.tag.POS in ADJECTIVE_TAGS for p in ctx.morph.parse(tok.text))


FOREIGN_NAME = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")  # Forbes, CNN; not a link id (OrDHDNhj)


def foreign_words(ctx: Context, k: int) -> Speaker:
    """The capitalised Latin-script words around token ``k`` that make one name (Rolling
    Stone, Sydney Morning Herald), separated by single spaces."""
    a = b = k
    while a > 0 and _next_name_word(ctx, a - 1, a):
        a -= 1
    while b + 1 < len(ctx.toks) and _next_name_word(ctx, b + 1, b):
        b += 1
    start, stop = ctx.toks[a].start, ctx.toks[b].stop
    return Speaker(ctx.text[start:stop], start, stop)


def _next_name_word(ctx: Context, j: int, k: int) -> bool:
    t, u = ctx.toks[j], ctx.toks[k]
    gap = ctx.text[min(t.stop, u.stop) : max(t.start, u.start)]
    if gap == " " and t.text == "&":  # Strutt & Parker, Procter & Gamble: one name
        far = 2 * j - k  # the word beyond the ampersand
        return 0 <= far < len(ctx.toks) and _next_name_word(ctx, far, j)
    return gap == " " and t.pos in ("X", "PROPN") and bool(FOREIGN_NAME.fullmatch(t.text))


def foreign_name(ctx: Context, tok: Tok) -> bool:
    """A Latin-script name standing as a word of its own, not a piece of a link (p/BM8Or)."""
    before = ctx.text[tok.start - 1 : tok.start]
    after = ctx.text[tok.stop : tok.stop + 1]
    glued = any(c.isalnum() or c in "/._=" for c in before + after.replace(".", ""))
    return bool(FOREIGN_NAME.fullmatch(tok.text)) and not glued


def has_genitive_people(ctx: Context, k: int) -> bool:
    """большинство историков, часть депутатов, большинство опрошенных: people in the genitive
    after the noun (an animate noun, or a participle used as one)."""
    nxt = ctx.next_tok(k)
    if nxt is not None and substantive_participle(ctx, nxt):
        return True
    while nxt is not None and nxt.pos in ("ADJ", "VERB") and nxt.feats.get("Case") == "Gen":
        nxt = ctx.next_tok(nxt.i)  # большинство опрошенных жителей: over its modifiers
    return bool(nxt and nxt.feats.get("Case") == "Gen" and nxt.feats.get("Animacy") == "Anim")


def has_genitive_sources(ctx: Context, k: int) -> bool:
    """ряд СМИ, часть изданий, большинство агентств: bodies or outlets in the genitive plural
    after the noun at ``k`` (they speak as people do)."""
    nxt = ctx.next_tok(k)
    return bool(
        nxt
        and nxt.feats.get("Case") == "Gen"
        and nxt.feats.get("Number") == "Plur"
        and (nxt.lemma in ctx.lex.org_roles or nxt.lemma in ctx.lex.titles)
    )


def role_gender(tok: Tok) -> str | None:
    return "Fem" if tok.feats.get("Gender") == "Fem" else None


def one_of(ctx: Context, j: int) -> Speaker:
    """`один из источников`, `одна из участниц акции`: the phrase as the speaker."""
    phrase = [ctx.toks[j], ctx.toks[j + 1]]
    for t in ctx.toks[j + 2 : j + 6]:
        m = ctx.mention_at(t)
        if m is not None and m.type == "PER" and t.feats.get("Case") == "Nom" and len(phrase) > 2:
            return Speaker(m.name, m.start, m.stop)  # один из авторов проекта Джон Смит
        if t.feats.get("Case") != "Gen" and not m:
            break
        phrase.append(t)
    named = _named_after(ctx, phrase[-1].i + 1)
    if named is not None:  # один из зрителей, 62-летний Хоакин Ортис: the person named
        return named
    return Speaker(" ".join(t.text for t in phrase), phrase[0].start, phrase[-1].stop)


def _named_after(ctx: Context, e: int) -> Speaker | None:
    """A person named in apposition after a comma at token ``e``, with at most a few
    modifiers before the name (, 62-летний житель Гаваны Хоакин Ортис,)."""
    if e >= len(ctx.toks) or ctx.toks[e].text != ",":
        return None
    for t in ctx.toks[e + 1 : e + 5]:
        m = ctx.mention_at(t)
        if m is not None:
            return Speaker(m.name, m.start, m.stop) if m.type == "PER" else None
        if t.pos not in ("ADJ", "NUM", "NOUN") or t.feats.get("Case") not in ("Nom", None):
            return None
    return None


def named_by_title(ctx: Context, k: int) -> Speaker | None:
    """The name after a title noun at ``k`` (журнал ''Rolling Stone'', газета «Ведомости»)."""
    j = k + 1
    while j < len(ctx.toks) and ctx.toks[j].text in OPENING:
        j += 1
    first = j
    while j < len(ctx.toks) and ctx.toks[j].text[:1].isupper() and ctx.toks[j].pos != "PUNCT":
        j += 1
    if j == first or j - first > 4:
        return None
    m = ctx.mention_at(ctx.toks[first])
    if m is not None:
        return Speaker(m.name, m.start, m.stop)
    start, stop = ctx.toks[first].start, ctx.toks[j - 1].stop
    return Speaker(ctx.text[start:stop], start, stop)


def _second_owner(ctx: Context, j: int, first: Mention) -> Mention | None:
    """A second name of the same kind joined by `и` at token ``j`` after an owner's name in
    the genitive (источники Интерфакса и РБК): its mention."""
    if j + 1 >= len(ctx.toks) or ctx.toks[j].low != "и" or first.type not in ("ORG", "LOC"):
        return None
    other = ctx.mention_at(ctx.toks[j + 1])
    if other is None or other.type != first.type or ctx.toks[j + 1].start != other.start:
        return None
    return other if ctx.toks[j - 1].feats.get("Case") in ("Gen", None) else None


def joint_role(ctx: Context, k: int) -> int | None:
    """The second of two person nouns joined by `и` right after the nominative noun at ``k``,
    in its case, one of them plural, when a genitive owner follows it (родители и адвокат
    Сингха): its index."""
    if k + 3 >= len(ctx.toks) or ctx.toks[k + 1].low != "и":
        return None
    head, second, owner = ctx.toks[k], ctx.toks[k + 2], ctx.toks[k + 3]
    if head.pos not in ("NOUN", "PROPN") or second.pos != "NOUN" or not second.text.islower():
        return None
    if ctx.mention_at(head) is not None:
        return None  # Питер Семнеби и представители ПАСЕ: a name leads (joint_lead)
    if second.feats.get("Animacy") != "Anim" or second.feats.get("Case") != head.feats.get("Case"):
        return None
    if head.feats.get("Case") != "Nom":
        return None  # по словам очевидцев и друзей водителя: the nominative would not agree
    if "Plur" not in (head.feats.get("Number"), second.feats.get("Number")):
        return None  # его адвокат и представитель партии: one person's two roles
    return k + 2 if owner.feats.get("Case") == "Gen" and owner.pos in ("NOUN", "PROPN") else None


def coordinated_roles(ctx: Context, j: int, case: str | None) -> int:
    """Going left from ``j`` (the token before a role's phrase) over earlier roles it is
    coordinated with (`X, известный певец, актёр и общественный деятель, сказал`): the
    comma after the name they describe, or ``j`` when no such name comes first."""
    i = j
    for _ in range(COORDINATED_ROLES):
        if i < 1 or ctx.toks[i].low not in ("и", ","):
            return j
        n = i - 1
        noun = ctx.toks[n]
        if noun.pos != "NOUN" or noun.feats.get("Case") != case or not noun.text.islower():
            return j
        n -= 1
        while n >= 0 and ctx.toks[n].pos in ("ADJ", "NUM"):
            n -= 1
        if n > 0 and ctx.toks[n].text == "," and ctx.mention_at(ctx.toks[n - 1]) is not None:
            return n
        i = n
    return j


COORDINATED_ROLES = 3  # roles before the last one in an apposition (певец, актёр и деятель)


def companions_of(ctx: Context, j: int) -> Speaker | None:
    """`X и его коллеги полагают`: the person named first leads the group that speaks."""
    t = ctx.toks[j]
    if t.lemma not in COMPANIONS or j < 3 or ctx.toks[j - 1].low not in ("его", "её", "ее"):
        return None
    if ctx.toks[j - 2].low != "и":
        return None
    m = ctx.mention_at(ctx.toks[j - 3])
    return Speaker(m.name, m.start, m.stop) if m is not None and m.type == "PER" else None


BRACKET_WORDS = 12  # words at most inside brackets skipped as an aside


def unbracketed(ctx: Context, k: int, stop: int) -> list[Tok]:
    """Tokens from ``k`` up to ``stop`` without asides in round brackets (президент
    федерации (ВФЛА) Иван Петров, Карл Хелдин (Carl Heldin) отметил): an aside explains the
    word before it and breaks no phrase. An unclosed or long bracket is kept."""
    out: list[Tok] = []
    j = k
    while j < stop:
        t = ctx.toks[j]
        if t.text == "(":
            close = next(
                (u.i for u in ctx.toks[j + 1 : j + 2 + BRACKET_WORDS] if u.text == ")"), None
            )
            if close is not None:
                j = close + 1
                continue
        out.append(t)
        j += 1
    return out


def bracket_open(ctx: Context, close: int, start: int) -> int:
    """Going left from a closing bracket at ``close``: its opening bracket (within the
    sentence from ``start`` and ``BRACKET_WORDS``), else ``close``."""
    for u in reversed(ctx.toks[max(0, close - 1 - BRACKET_WORDS) : close]):
        if u.start < start or u.text == ")":
            return close
        if u.text == "(":
            return u.i
    return close


def titled_before(ctx: Context, tok: Tok) -> Speaker | None:
    """A title noun alone (газета, телеканал) points back to the outlet the article named
    last with that noun (газета «Труд» ... по данным газеты -> Труд); none when the noun
    named two outlets before (which one is meant is unclear)."""
    names = []
    for t in ctx.toks[: tok.i]:
        if t.lemma == tok.lemma and not ctx.in_quote(t.start):
            nxt = ctx.next_tok(t.i)
            if nxt is not None and (nxt.text in OPENING or nxt.pos in ("X", "PROPN")):
                found = named_by_title(ctx, t.i)
                if found is not None and found.name:
                    names.append(found)
    if len({fold_text(n.name) for n in names}) != 1:
        return None
    return names[-1]
