"""Quotes: who said what, direct and indirect, with the speaker resolved.

Rules over natasha's tokens and morphology, in small named units; the words they
use (speech verbs, role words, title nouns, quotation marks, dashes) are data in
``helpers/data/quote_*``. Direct quotes come from quotation-mark pairs with an
attribution (``«Q», — сказал X``, ``X сказал: «Q»``, ``По словам X, «Q»``, a 3+ word
fragment in a sentence with a speech verb); indirect ones from speech verbs and
source phrases (``X заявил, что ...``, ``По словам X, ...``, ``Q, заявил X.``,
``Об этом сообщил X.``, ``сообщается, что`` with no speaker).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from ... import tables
from ...io.text import fold_text
from .speech import Lexicon, Quoted, lexicon, quoted_spans, words

COLUMNS = ("start", "stop", "kind", "text", "speaker", "speaker_start", "speaker_stop", "cue")
PRONOUNS = {"он": "Masc", "она": "Fem", "они": None}
POSSESSIVES = {"его": "Masc", "ее": "Fem", "их": None}
CLAUSE_END = set(".!?;:\n") | {"…"}
INVISIBLE = "\u200b\u200c\u200d\ufeff"  # zero-width characters glued to words in web text
WORDS_AT = re.compile(r"\w+")
OPENING = "«„“\"'"
MODALS = frozenset("можно нельзя надо нужно необходимо следует стоит хочется приходится".split())


@dataclass
class Tok:
    """A token with what the rules need: offsets, folded text and lemma, POS and morphology."""

    i: int
    start: int
    stop: int
    text: str
    low: str
    lemma: str
    pos: str
    feats: dict


@dataclass
class Speaker:
    """Who speaks: a name (canonical entity name or role phrase) and where it is written."""

    name: str | None
    start: int | None = None
    stop: int | None = None


@dataclass
class Quote:
    start: int
    stop: int
    kind: str
    speaker: Speaker
    cue: str


@dataclass
class Mention:
    """An entity mention from the entity table (PER/ORG ...)."""

    start: int
    stop: int
    type: str
    name: str
    gender: str | None = None


class Context:
    """One article: text, tokens, entity mentions and the lexicon, with lookups the rules share."""

    def __init__(self, text: str, doc, entities: dict[str, list], lex: Lexicon):
        self.text = text
        self.lex = lex
        self.toks = [
            Tok(
                i,
                t.start,
                t.stop,
                t.text,
                _folded(t.text),
                _folded(t.lemma or t.text),
                t.pos or "",
                t.feats or {},
            )
            for i, t in enumerate(doc.tokens)
        ]
        self.starts = [t.start for t in self.toks]
        self.sents = list(lines_of_sentences(text, doc.sents))
        every = [
            Mention(s, e, ty, n or tx)
            for s, e, ty, n, tx in zip(
                entities.get("start", []),
                entities.get("stop", []),
                entities.get("type", []),
                entities.get("name", []),
                entities.get("text", []),
                strict=True,
            )
        ]
        self.mentions = [m for m in every if m.type in ("PER", "ORG")]
        # places speak only through "в Кремле заявили" / "в сообщении Белого дома"
        self.places = [m for m in every if m.type == "LOC"]
        for m in self.mentions:
            m.gender = self._gender(m)
        self._full_names()
        self._feminine_names()
        self.quoted: list[tuple[int, int]] = []  # spans of direct quotes, filled by the extractor
        self.spoken: list[tuple[int, Speaker]] = []  # (position, speaker) of quotes found so far

    # --- lookups ------------------------------------------------------------------------
    def _gender(self, m: Mention) -> str | None:
        for t in self.tokens_in(m.start, m.stop):
            if t.pos == "PROPN" and t.feats.get("Gender") in ("Masc", "Fem"):
                return t.feats["Gender"]
        return given_name_gender(m.name) if m.type == "PER" else None

    def _full_names(self) -> None:
        """A one-word person mention takes the article's full name with that surname or first name."""
        people = [m for m in self.mentions if m.type == "PER" and len(m.name.split()) > 1]
        for m in self.mentions:
            if m.type != "PER" or len(m.name.split()) > 1:
                continue
            key = fold_text(m.name)[:-2] if len(m.name) > 5 else fold_text(m.name)
            for full in people:  # Шойгу -> Сергей Шойгу, Юлии -> Юлия Ефимова
                if any(fold_text(part).startswith(key) for part in full.name.split()):
                    m.name, m.gender = full.name, m.gender or full.gender
                    break

    def _feminine_names(self) -> None:
        """A name the entity pass put in the masculine (Александра Панфилова read as the
        genitive of Александр Панфилов) is a woman's when a mention's surname is tagged a
        feminine nominative (Панфилова уточнила): the name takes the feminine form."""
        women = set()
        for m in self.mentions:
            toks = self.tokens_in(m.start, m.stop)
            last = toks[-1].feats if toks else {}
            if (
                m.type == "PER"
                and last.get("Gender") == "Fem"
                and last.get("Case") == "Nom"
                and fold_text(toks[-1].text)[-1:] == "а"  # Панфилова, not a foreign Ревентлов
            ):
                women.add(m.name)
        for m in self.mentions:
            if m.name in women and given_name_gender(m.name) == "Masc" and feminine_name(m.name):
                m.name, m.gender = feminine_name(m.name), "Fem"

    def tokens_in(self, start: int, stop: int) -> list[Tok]:
        """Tokens inside ``start:stop`` (tokens are sorted and do not overlap)."""
        found = []
        for t in self.toks[bisect_left(self.starts, start) :]:
            if t.stop > stop:
                break
            found.append(t)
        return found

    def token_at(self, pos: int) -> int | None:
        k = bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.toks[k].stop else None

    def first_token_after(self, pos: int) -> int | None:
        k = bisect_left(self.starts, pos)
        return k if k < len(self.toks) else None

    def next_tok(self, k: int) -> Tok | None:
        """The token after index ``k``, None at the end of the text."""
        return self.toks[k + 1] if k + 1 < len(self.toks) else None

    def mention_at(self, tok: Tok, places: bool = False) -> Mention | None:
        for m in self.mentions + (self.places if places else []):
            if m.start <= tok.start < m.stop:
                return m
        return None

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, stop in self.sents:
            if start <= pos < stop:
                return start, stop
        return pos, pos

    def in_quote(self, pos: int) -> bool:
        return any(start <= pos < stop for start, stop in self.quoted)

    def is_cue(self, tok: Tok) -> bool:
        """A speech verb, or a short adjective of conviction listed as a cue (уверен, что)."""
        if tok.pos == "ADJ" and tok.feats.get("Variant") == "Short":  # уверен, уверена, уверены
            return tok.low in self.lex.cues or tok.low[:-1] in self.lex.cues
        if tok.feats.get("VerbForm") == "Inf" and self.after_modal(tok):
            return False  # можно назвать «...», следует отметить, что: no one speaks
        return tok.pos in ("VERB", "AUX") and tok.lemma in self.lex.cues

    def after_modal(self, tok: Tok) -> bool:
        """An infinitive governed by an impersonal modal (можно, нельзя, следует, стоит,
        хочется: можно было бы назвать): a possibility or the author's remark, no report."""
        for j in range(tok.i - 1, max(tok.i - 4, -1), -1):
            t = self.toks[j]
            if t.low in MODALS:
                return True
            if not (t.pos in ("AUX", "PART", "ADV") or t.low in ("было", "бы")):
                return False
        return False

    def is_finite_cue(self, tok: Tok) -> bool:
        """A finite speech verb not in the first person (the author's "Напомним, что")."""
        return self.is_cue(tok) and is_reported_form(tok)


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """A token's text or lemma folded (lowercase, ё -> е) without zero-width characters;
    memoised: news vocabulary repeats, so most tokens are folded once per process."""
    return fold_text(word).strip(INVISIBLE)


def is_reported_form(tok: Tok) -> bool:
    """A finite verb form that reports someone else's words: not the author's first person
    (Напомним), not an imperative (Скажите)."""
    return (
        tok.feats.get("VerbForm", "Fin") == "Fin"
        and tok.feats.get("Person") != "1"
        and tok.feats.get("Mood") != "Imp"
    )


def given_name_gender(name: str) -> str | None:
    """Gender of a full name by its given name in the nominative, when the tagger gives
    none: Russian and transliterated female names end in -а/-я (Аленка, Мария, Дилма),
    male ones mostly in a consonant (Зоран, Джон). None for one-word names."""
    parts = name.split()
    if len(parts) < 2 or not parts[0].isalpha() or not parts[0][:1].isupper():
        return None
    return "Fem" if fold_text(parts[0])[-1] in "ая" else "Masc"


# Russian masculine surname endings and their feminine forms (Панфилов -> Панфилова)
FEMININE_SURNAMES = (
    ("ский", "ская"),
    ("цкий", "цкая"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ёв", "ёва"),
    ("ин", "ина"),
    ("ын", "ына"),
)


def feminine_name(name: str) -> str | None:
    """The feminine form of a Russian masculine name: Александр Панфилов -> Александра
    Панфилова, Евгений Горский -> Евгения Горская; None when the surname has no Russian
    masculine ending (Хиллари Клинтон)."""
    *given, surname = name.split()
    for masc, fem in FEMININE_SURNAMES:
        if surname.endswith(masc):
            surname = surname[: -len(masc)] + fem
            break
    else:
        return None
    out = []
    for part in given:
        if part.endswith("ий"):
            part = part[:-2] + "ия"
        elif part.isalpha() and fold_text(part[-1]) not in "аяеоиуыьэюй":
            part += "а"
        out.append(part)
    return " ".join([*out, surname])


def lines_of_sentences(text: str, sents) -> Iterable[tuple[int, int]]:
    """natasha's sentences, also cut at line breaks (titles and paragraphs end a sentence)."""
    for s in sents:
        start = s.start
        for part in text[s.start : s.stop].split("\n"):
            stop = start + len(part)
            if part.strip():
                yield start, stop
            start = stop + 1


# --- speakers --------------------------------------------------------------------------


def nominative(ctx: Context, toks: Sequence[Tok]) -> str:
    """A role phrase in the nominative: words up to the head noun inflected, the rest kept
    (an emphatic `сам` dropped: Сам юбиляр -> юбиляр)."""
    if len(toks) > 1 and toks[0].lemma == "сам":
        toks = toks[1:]
    head = next((k for k, t in enumerate(toks) if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return " ".join(t.text for t in toks)
    out = []
    head_gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(
        toks[head].feats.get("Gender", "")
    )
    if toks[head].feats.get("Number") == "Plur":
        head_gender = "plur"  # украинские СМИ, официальные лица
    for t in toks[: head + 1]:
        if t.feats.get("Case") not in (None, "Nom") and not t.text.isupper():  # СМИ, МИД
            word = _inflect_nom(t, head_gender if t is not toks[head] else None) or t.text
            out.append(word[:1].upper() + word[1:] if t.text[:1].isupper() else word)
        else:
            out.append(t.text)
    first = toks[0]
    if first.pos in ("NOUN", "ADJ") and not first.text.isupper():  # Пресс-служба -> пресс-служба
        out[0] = out[0][:1].lower() + out[0][1:]
    tail = ctx.text[toks[head].stop : toks[-1].stop] if head + 1 < len(toks) else ""
    phrase = " ".join(out) + " ".join(tail.split("\n"))  # the dependants as written
    return phrase.replace("''", "")  # wiki italics markup is no part of a name


def _inflect_nom(tok: Tok, gender: str | None = None) -> str | None:
    """``tok`` in the nominative (its number kept; an adjective in ``gender``: masc, femn,
    neut), by pymorphy2."""
    morph = _morph()
    if morph is None:  # pragma: no cover
        return None
    parses = morph.parse(tok.text)
    case = PYMORPHY_CASES.get(tok.feats.get("Case", ""))
    number = {"Sing": "sing", "Plur": "plur"}.get(tok.feats.get("Number", ""))
    # the parse the tagger chose (петиции: the locative singular, not a plural nominative)
    fitting = [p for p in parses if (not case or case in p.tag) and (not number or number in p.tag)]
    for parse in fitting + parses:
        wanted = {"nomn"} | ({gender} if gender and parse.tag.POS in ("ADJF", "PRTF") else set())
        form = parse.inflect(wanted)
        if form is not None:
            return form.word
    return None


PYMORPHY_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


_MORPH = None


def _morph():
    """The shared pymorphy2 analyser (None when pymorphy2 is missing)."""
    global _MORPH
    if _MORPH is None:
        try:
            import pymorphy3
        except ImportError:  # pragma: no cover
            return None
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def resolve(ctx: Context, before: int, gender: str | None) -> Speaker | None:
    """The last named person before ``before`` (outside quotes) compatible in gender;
    a subject (nominative) first, as pronouns mostly continue the subject."""
    people = [
        m
        for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= before])
        if not ctx.in_quote(m.start) and not (gender and m.gender and m.gender != gender)
    ]
    for m in people:
        p = ctx.token_at(m.start)
        if _case(ctx, m) in ("Nom", None) and not (p is not None and _oblique_apposition(ctx, p)):
            return Speaker(m.name, m.start, m.stop)
    return Speaker(people[0].name, people[0].start, people[0].stop) if people else None


def _case(ctx: Context, m: Mention) -> str | None:
    toks = ctx.tokens_in(m.start, m.stop)
    return toks[0].feats.get("Case") if toks else None


def resolve_role(ctx: Context, tok: Tok, gender: str | None) -> Speaker | None:
    """A role (министр, глава ведомства) names a person the article made clear: one
    introduced with that role word right before the name, else the last person quoted."""
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]):
        k = ctx.token_at(m.start)
        intro = _introduction(ctx, k, tok.lemma) if k is not None else None
        if intro is not None and _same_dependant(ctx, intro, tok.i):
            return Speaker(m.name, m.start, m.stop)
    nxt = ctx.next_tok(tok.i)
    bare = nxt is None or nxt.pos in ("PUNCT", "ADP", "VERB", "CCONJ", "SCONJ")
    if not bare and not _definite_office(ctx, tok):
        return None  # "автор петиции", "пресс-секретарь президента" name their own referent
    for pos, speaker in reversed(ctx.spoken):  # a bare role (добавил министр.) is anaphoric
        if pos < tok.start and speaker.name and _is_person(ctx, speaker):
            later = reporter_between(ctx, pos, tok.start, gender)
            return later or Speaker(speaker.name, speaker.start, speaker.stop)
    return resolve(ctx, tok.start, gender)


def reporter_between(ctx: Context, begin: int, end: int, gender: str | None) -> Speaker | None:
    """The last person named as the subject of a speech verb between ``begin`` and ``end``,
    outside quotes (X заявил, что ... «Q», — сказал врач): reported speech not yet recorded
    when the direct quotes are attributed."""
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and begin < m.start < end]):
        if ctx.in_quote(m.start) or (gender and m.gender and m.gender != gender):
            continue
        if _case(ctx, m) in ("Nom", None) and cue_after(ctx, m.stop, window=2) is not None:
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


def introduced_as(ctx: Context, tok: Tok) -> Speaker | None:
    """The last person before ``tok`` whom the article introduced with the same noun
    (певица Анна Петрова ... сказала певица)."""
    gender = _role_gender(tok)
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= tok.start]):
        if gender and m.gender and m.gender != gender:
            continue  # актриса is no man
        k = ctx.token_at(m.start)
        if k is not None and _introduced_as(ctx, k, tok.lemma):
            return Speaker(m.name, m.start, m.stop)
    return None


def _introduced_as(ctx: Context, k: int, lemma: str) -> bool:
    """The name at token ``k`` follows the role word in apposition (глава Минобороны России
    Сергей Шойгу): within five words, no punctuation between."""
    return _introduction(ctx, k, lemma) is not None


def _introduction(ctx: Context, k: int, lemma: str) -> int | None:
    """The role word ``lemma`` that introduces the name at token ``k``: its token index."""
    case = ctx.toks[k].feats.get("Case")
    for t in reversed(ctx.toks[max(0, k - 5) : k]):
        if t.pos == "PUNCT":
            return None
        if t.lemma == lemma:  # in the name's case: not муж актрисы Сергей Сенин
            return t.i if t.feats.get("Case") in (case, None) or case is None else None
    return None


def _same_dependant(ctx: Context, intro: int, k: int) -> bool:
    """A role with a genitive dependant (представитель генсека) names the person introduced
    with the same dependant, not one introduced with another (представитель России X)."""
    dep = ctx.next_tok(k)
    if dep is None or dep.pos not in ("NOUN", "PROPN") or dep.feats.get("Case") != "Gen":
        return True
    return intro + 1 < len(ctx.toks) and ctx.toks[intro + 1].lemma == dep.lemma


def _is_person(ctx: Context, speaker: Speaker) -> bool:
    return any(m.type == "PER" and m.start == speaker.start for m in ctx.mentions)


def role_phrase(ctx: Context, k: int) -> list[Tok]:
    """The role word at token ``k`` and its genitive dependants (представитель Обамы)."""
    out = [ctx.toks[k]]
    j = k + 1
    while j < len(ctx.toks) and j < k + 6:
        t = ctx.toks[j]
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
        if m is not None:  # пресс-служба фракции ЛДПР, форвард «Реала»: the whole name
            last = [u for u in ctx.toks[j : j + 12] if u.stop <= m.stop]
            out.extend(last)
            nxt = last[-1].i + 1 if last else j + 1
            if t.text in OPENING and nxt < len(ctx.toks) and ctx.toks[nxt].text in '»“”"':
                out.append(ctx.toks[nxt])
            break
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "X") or t.feats.get("Case") not in (
            "Gen",
            None,
        ):
            break  # агентство не сообщило: the particle ends the phrase (a number: a date)
        if t.lemma in TIME_NOUNS or not t.text[:1].isalpha():
            break  # по данным следствия 3 февраля ...
        if t.pos == "ADJ" and t.feats.get("Case") != "Gen":
            break  # эксперты компании убеждены: a predicate, not a dependant
        out.append(t)
        j += 1
    if len(out) == 1 and out[0].lemma in ctx.lex.anonymous:
        out += _place_of(ctx, out[0].i + 1)  # источник в правительстве, собеседник в Кремле
    start = k
    case = ctx.toks[k].feats.get("Case")
    while start > 0 and k - start < 3 and _modifier(ctx.toks[start - 1], case):
        start -= 1
    return ctx.toks[start:k] + out


# modifiers that keep a role anonymous: never resolved to a person named before
UNNAMED = frozenset("неназванный анонимный неизвестный другой некий".split())
POINTING = frozenset("этот тот его ее их свой наш ваш мой твой".split())


def _place_of(ctx: Context, j: int) -> list[Tok]:
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


def _modifier(tok: Tok, case: str | None) -> bool:
    """An adjective or quantifier agreeing with a role noun in ``case`` (некоторые издания),
    not a pointer (его пресс-секретарь, этот документ), an adverb mistagged as adjective or
    a noun mistagged as one (сообщило таблоидам доверенное лицо: the addressee)."""
    if tok.feats.get("Case") != case or tok.feats.get("Variant") == "Short":
        return False
    if tok.pos == "ADJ":
        return adjective_form(tok)
    return tok.pos == "DET" and tok.lemma not in POINTING


ADJECTIVE_TAGS = ("ADJF", "PRTF", "NUMR")  # pymorphy2 parts of speech that inflect like adjectives


def adjective_form(tok: Tok) -> bool:
    """``tok`` can be read as an adjective or participle at all (доверенное, некоторые), not
    only as a noun or verb form (таблоидам, журналистам); true when pymorphy2 is missing."""
    morph = _morph()
    if morph is None or not tok.text[:1].isalpha():  # pragma: no cover
        return True
    return any(p.tag.POS in ADJECTIVE_TAGS for p in morph.parse(tok.text))


def speaker_from(ctx: Context, k: int, gender: str | None, limit: int) -> Speaker | None:
    """The speaker named at token ``k``: an entity, a pronoun or a role (resolved)."""
    tok = ctx.toks[k]
    mention = ctx.mention_at(tok)
    if tok.low in DEMONSTRATIVES and tok.pos in ("PRON", "DET"):
        return resolve_other(ctx, tok.start, DEMONSTRATIVES[tok.low] or gender)
    if (
        tok.lemma in ctx.lex.roles
        or tok.lemma in ctx.lex.org_roles
        or (tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim")
    ):
        # "глава Минобороны России Сергей Шойгу", "его брат Рауль Кастро": the person wins
        cases = (tok.feats.get("Case"), None)
        if tok.feats.get("Case") == "Acc" and tok.feats.get("Animacy") == "Anim":
            cases = ("Acc", "Gen", None)  # министра Антона Силуанова: animate accusative
        for t in ctx.toks[k + 1 : limit]:
            m = ctx.mention_at(t)
            if m and m.type == "PER" and _case(ctx, m) in cases:
                if not (gender and m.gender and m.gender != gender):
                    return Speaker(m.name, m.start, m.stop)  # same case: an apposition
            if t.pos in ("PUNCT", "VERB") or t.i - k > 8:
                break
            if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
                # подруга супруги Джигарханяна: a name in the second noun's case goes with it;
                # пресс-секретарь президента Дмитрий Песков: one in the head's case does not
                cases = (tok.feats.get("Case"),)
                if t.feats.get("Case") == tok.feats.get("Case"):
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
            return last_spoken(ctx, tok.start, plural=True)
        found = resolve(ctx, tok.start, g)
        return (
            later_speaker(ctx, tok.start, g, found)
            or found
            or last_spoken(ctx, tok.start, plural=False)
        )
    unnamed = k > 0 and ctx.toks[k - 1].lemma in UNNAMED  # неназванный представитель
    if tok.lemma in ctx.lex.roles and tok.feats.get("Number") != "Plur" and not unnamed:
        found = resolve_role(ctx, tok, gender or _role_gender(tok))
        if found:
            return found
    if (
        tok.pos == "NOUN"
        and tok.feats.get("Animacy") == "Anim"
        and tok.feats.get("Number") != "Plur"
        and tok.lemma not in ctx.lex.anonymous
        and not unnamed
        and not _has_genitive_people(ctx, k)  # представитель генсека: someone else's
    ):
        found = introduced_as(ctx, tok)  # принцесса Мако ... — рассказала принцесса
        if found:
            return found
    if (
        tok.lemma in ctx.lex.roles
        or tok.lemma in ctx.lex.org_roles
        or tok.lemma in ctx.lex.anonymous
        or (tok.pos == "NOUN" and tok.lemma in ctx.lex.documents)
        or (tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim")
        or (tok.lemma in QUANTIFIERS and _has_genitive_people(ctx, k))
    ):
        phrase = role_phrase(ctx, k)
        if tok.lemma in ctx.lex.titles:  # газета Financial Times -> the outlet's name
            for t in ctx.toks[k + 1 : k + 4]:
                m = ctx.mention_at(t)
                if m and m.type == "ORG":
                    return Speaker(m.name, m.start, m.stop)
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    if tok.pos == "PROPN" or (tok.pos == "X" and _foreign_name(ctx, tok)):
        return _foreign_words(ctx, k)  # a foreign name: ''Forbes'' оценивает, Rolling Stone
    return None


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
        if t.low in ctx.lex.sources and ctx.toks[t.i - 1].low in ctx.lex.source_preps:
            return True
    return False


def last_spoken_any(ctx: Context, before: int) -> Speaker | None:
    """The last source quoted before ``before`` (В пресс-релизе полиции говорится: ... В нём
    поясняется, что ...: the document's author again)."""
    for pos, speaker in reversed(ctx.spoken):
        if pos < before and speaker.name:
            return speaker
    return None


def last_spoken(ctx: Context, before: int, plural: bool) -> Speaker | None:
    """A pronoun with no person named before it points back to the last source quoted,
    named by a role or a group (заявил пресс-секретарь губернатора. По его словам, ...;
    полагают собеседники издания. По их словам, ...): its head noun agrees in number."""
    for pos, speaker in reversed(ctx.spoken):
        if pos >= before or not speaker.name or speaker.start is None:
            continue
        head = ctx.token_at(speaker.start)
        if head is None:
            return None
        return speaker if (ctx.toks[head].feats.get("Number") == "Plur") == plural else None
    return None


FOREIGN_NAME = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")  # Forbes, CNN; not a link id (OrDHDNhj)


def _foreign_words(ctx: Context, k: int) -> Speaker:
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
    return gap == " " and t.pos in ("X", "PROPN") and bool(FOREIGN_NAME.fullmatch(t.text))


def _foreign_name(ctx: Context, tok: Tok) -> bool:
    """A Latin-script name standing as a word of its own, not a piece of a link (p/BM8Or)."""
    before = ctx.text[tok.start - 1 : tok.start]
    after = ctx.text[tok.stop : tok.stop + 1]
    glued = any(c.isalnum() or c in "/._=" for c in before + after.replace(".", ""))
    return bool(FOREIGN_NAME.fullmatch(tok.text)) and not glued


def apposition(ctx: Context, k: int, gender: str | None) -> Speaker | None:
    """A person named in apposition to the noun at ``k``, set off by a comma: before it
    (`Иван Петров, министр финансов, сказал`) or after its phrase (`по словам одного из
    участников, епископа Ивана Петрова,`), in the same case."""
    tok = ctx.toks[k]
    case = tok.feats.get("Case")
    j = k - 1
    while j >= 0 and ctx.toks[j].pos in ("ADJ", "NUM"):  # 28-летний британский боксёр
        j -= 1
    candidates = ctx.toks[j - 1 : j] if j > 0 and ctx.toks[j].text == "," else []
    phrase = role_phrase(ctx, k)
    e = phrase[-1].i + 1
    if e + 1 < len(ctx.toks) and ctx.toks[e].text == ",":
        after = []
        for u in ctx.toks[e + 1 : e + 12]:
            if _ends_clause(u, ctx.lex) or u.pos in ("VERB", "ADP"):
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
        if _case(ctx, m) in (case, None) or (gender == "Fem" and m.gender == "Fem"):
            return Speaker(m.name, m.start, m.stop)
    return None


# `на что тот ответил`: тот/та point to the last person named who is not the subject
DEMONSTRATIVES = {"тот": "Masc", "та": "Fem"}


def resolve_other(ctx: Context, before: int, gender: str | None) -> Speaker | None:
    """The last named person before ``before`` in an oblique case (спросил у Орешкина, на
    что тот ответил -> Орешкин)."""
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= before]):
        if ctx.in_quote(m.start) or (gender and m.gender and m.gender != gender):
            continue
        if _case(ctx, m) not in ("Nom", None):
            return Speaker(m.name, m.start, m.stop)
    return None


def _has_genitive_people(ctx: Context, k: int) -> bool:
    """большинство историков, часть депутатов: people in the genitive after the noun."""
    nxt = ctx.next_tok(k)
    return bool(nxt and nxt.feats.get("Case") == "Gen" and nxt.feats.get("Animacy") == "Anim")


def _role_gender(tok: Tok) -> str | None:
    return "Fem" if tok.feats.get("Gender") == "Fem" else None


# nouns of quantity heading a group of speakers (большинство историков считают)
QUANTIFIERS = ("большинство", "часть", "ряд", "половина", "многие")


def is_subject(tok: Tok, lex: Lexicon) -> bool:
    """A nominative noun, name or pronoun that can be the subject of a speech verb."""
    if tok.pos == "X" and tok.text[:1].isupper():  # a foreign name: Life писала
        return True
    if tok.feats.get("Case") != "Nom" and tok.low not in PRONOUNS:
        return False
    if tok.low in DEMONSTRATIVES:  # на что тот ответил
        return tok.pos in ("PRON", "DET")
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
    while stop < len(ctx.toks) and not _ends_clause(ctx.toks[stop], ctx.lex):
        stop += 1
    prev_adp = False
    plural = ctx.toks[k].feats.get("Number") == "Plur"
    depth = 0  # inside brackets: (БПТС) explains a word, it is no subject
    after_inf = False
    for j in range(k + 1, min(stop, k + 10)):
        t = ctx.toks[j]
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Inf":
            after_inf = True  # попросил подписать экземпляр ''Double Fantasy'': its object
        depth += (t.text == "(") - (t.text == ")")
        if after_inf and t.feats.get("Case") != "Nom":
            continue  # after the infinitive only a nominative is the subject (обещал быть X)
        m = ctx.mention_at(t)
        if t.low in ONE and j + 1 < len(ctx.toks) and ctx.toks[j + 1].low == "из":
            return one_of(ctx, j)  # как выразился один из источников
        if depth > 0 or (plural and t.feats.get("Number") == "Sing" and not m):
            continue
        if (
            not prev_adp
            and not _governed(ctx, j)
            and (is_subject(t, ctx.lex) or (m and t.feats.get("Case") in ("Nom", None)))
        ):
            if m is not None and m.type == "ORG" and _addressee(ctx, m, stop):
                continue  # рассказал РИА Новости источник: the agency is told, the source tells
            found = speaker_from(ctx, j, gender, stop)
            if found:
                return found
        prev_adp = t.pos == "ADP" or (prev_adp and t.pos in ("ADJ", "DET", "NUM"))
    return None


def _addressee(ctx: Context, m: Mention, stop: int) -> bool:
    """An outlet named right after a speech verb and followed by the real source (a person,
    role or unnamed source in the nominative, or `в X` of a plural verb): it is the
    addressee in the dative (сообщили ТАСС в пресс-службе, рассказал РИА Новости источник)."""
    nxt = ctx.first_token_after(m.stop)
    if nxt is None or nxt >= stop:
        return False
    t = ctx.toks[nxt]
    if t.low in ("в", "во", "на"):
        return True
    while nxt + 1 < stop and (t.low in POSSESSIVES or t.pos == "ADJ"):
        nxt += 1  # сообщила РБК его помощница ...: over the possessive and adjectives
        t = ctx.toks[nxt]
    other = ctx.mention_at(t)
    person = other is not None and other.type == "PER"
    lex = ctx.lex
    role = t.lemma in lex.roles or t.lemma in lex.anonymous or t.lemma in lex.org_roles
    return t.feats.get("Case") == "Nom" and (person or role)


ONE = ("один", "одна", "одно")


def one_of(ctx: Context, j: int) -> Speaker:
    """`один из источников`, `одна из участниц акции`: the phrase as the speaker."""
    phrase = [ctx.toks[j], ctx.toks[j + 1]]
    for t in ctx.toks[j + 2 : j + 6]:
        if t.feats.get("Case") != "Gen" and not ctx.mention_at(t):
            break
        phrase.append(t)
    return Speaker(" ".join(t.text for t in phrase), phrase[0].start, phrase[-1].stop)


def _governed(ctx: Context, j: int) -> bool:
    """The name at token ``j`` belongs to the noun before it: a title or document noun
    (интервью газете «Известия», в эфире телеканала CNN), or an oblique noun before a
    quoted name (журналу «Огонёк»)."""
    k = j - 1
    quoted = False
    while k >= 0 and ctx.toks[k].text in OPENING:
        k, quoted = k - 1, True
    if k < 0:
        return False
    prev = ctx.toks[k]
    if prev.lemma in ctx.lex.titles or prev.lemma in ctx.lex.documents:
        return prev.pos == "NOUN"
    return quoted and prev.pos == "NOUN" and prev.feats.get("Case") not in (None, "Nom")


def _oblique_apposition(ctx: Context, p: int) -> bool:
    """The name starting at token ``p`` stands in apposition to a common noun in an oblique
    case (из квартиры своей дочери Челси, к сыну Ивану): it is no subject, whatever its
    own (often indeclinable) tag says."""
    k = p - 1
    if k < 0 or ctx.toks[k].pos != "NOUN" or ctx.toks[k].feats.get("Case") in ("Nom", None):
        return False
    if ctx.toks[k].feats.get("Animacy") != "Anim":
        return False  # пресс-служба фракции ЛДПР: an organisation's name, not a person's
    while k >= 0 and ctx.toks[k].pos in ("NOUN", "ADJ", "DET"):
        if ctx.toks[k].pos == "NOUN" and ctx.toks[k].feats.get("Case") == "Nom":
            return False  # пресс-секретарь президента Дмитрий Песков
        k -= 1
    return True


def _head_of_genitive(ctx: Context, p: int) -> int | None:
    """The nominative head noun a name at token ``p`` depends on (пресс-служба фракции ЛДПР,
    форвард «Реала»): walking left over genitive words; none when the name stands alone."""
    k = p - 1
    while k >= 0 and ctx.toks[k].text in OPENING:
        k -= 1
    while k >= 0 and ctx.toks[k].pos in ("NOUN", "PROPN", "ADJ"):
        t = ctx.toks[k]
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            return k
        if t.feats.get("Case") != "Gen":
            return None
        k -= 1
    return None


def antecedent(ctx: Context, j: int, gender: str | None) -> Speaker | None:
    """The name a relative `который` at token ``j`` stands for: the one right before its
    comma (за исключением России, которая настаивала -> Россия)."""
    k = j - 1
    if ctx.toks[k].text != ",":
        return None
    m = ctx.mention_at(ctx.toks[k - 1], places=True)
    if m is None:
        k = _apposition_comma(ctx, k)  # Джо Арпайо, своего союзника, который: over it
        m = ctx.mention_at(ctx.toks[k - 1], places=True) if k is not None else None
    if m is None or (gender and m.gender and m.gender != gender):
        return None
    return Speaker(m.name, m.start, m.stop)


APPOSITION_WORDS = 6  # an apposition between a name and its `который` has at most this many


def _apposition_comma(ctx: Context, comma: int) -> int | None:
    """The comma opening a noun-phrase apposition that ends at the comma at ``comma`` (X,
    своего политического союзника, который ...): no verb, preposition or name inside."""
    for j in range(comma - 1, max(0, comma - 1 - APPOSITION_WORDS), -1):
        t = ctx.toks[j]
        if t.text == ",":
            return j if j < comma - 1 and j > 0 else None
        if t.pos not in ("NOUN", "ADJ", "DET") or ctx.mention_at(t) is not None:
            return None
    return None


def subject_before(ctx: Context, k: int, gender: str | None, number: str | None) -> Speaker | None:
    """Subject before the speech verb at ``k`` within its sentence (X заявил, что ...)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    j = k
    while j > 0:
        j -= 1
        t = ctx.toks[j]
        if t.start < start or t.text in ("«", "»", '"') and ctx.in_quote(t.start):
            break
        if ctx.in_quote(t.start):
            continue
        if t.text == ",":
            j = _skip_inserted_phrase(ctx, j, start)
            continue
        m = ctx.mention_at(t)
        if t.low in ONE and ctx.toks[j + 1].low == "из" and j + 1 < k:
            return one_of(ctx, j)  # Один из депутатов предложил
        if t.lemma == "который" and t.feats.get("Case") == "Nom" and j > 1:
            found = antecedent(ctx, j, gender)  # России, которая настаивала
            if found:
                return found
        object_relative = t.feats.get("Case") not in ("Nom", None) and ctx.toks[j - 1].pos != "ADP"
        if t.lemma == "который" and object_relative:
            return None  # свадьбу, которую назвали ...: the subject is inside the clause
        if not (is_subject(t, ctx.lex) or (m and t.feats.get("Case") == "Nom")):
            continue
        if j > 0 and ctx.toks[j - 1].pos == "ADP":
            continue
        if number == "Sing" and t.feats.get("Number") == "Plur":
            continue
        if number == "Plur" and t.feats.get("Number") == "Sing" and not m:
            if t.lemma not in QUANTIFIERS:
                continue  # Организация ... его требовали отменить: no subject of a plural
        if gender and t.feats.get("Gender") in ("Masc", "Fem") and t.feats["Gender"] != gender:
            if not (m and m.type == "ORG") and t.lemma not in ctx.lex.roles:
                continue
        # "министр обороны Сергей Шойгу заявил": take the start of the name, not its last word
        p = _phrase_start(ctx, j)
        if m and _oblique_apposition(ctx, p):
            continue  # из квартиры своей дочери Челси: the name goes with an oblique noun
        head = _head_of_genitive(ctx, p) if m else None
        if head is not None and is_subject(ctx.toks[head], ctx.lex):
            found = speaker_from(ctx, head, gender, k)  # пресс-служба фракции ЛДПР
            if found:
                return found
        found = speaker_from(ctx, p, gender, k)
        if found:
            return found
    return None


def overt_subject(ctx: Context, k: int, gender: str | None) -> int | None:
    """A nominative noun before the verb at ``k`` in its clause that agrees with it
    (законопроект предполагал ..., журнал «Time» называл ...): its token index."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    for t in reversed(ctx.tokens_in(start, ctx.toks[k].start)):
        if t.text in (",", ":") or t.text in ctx.lex.dashes or ctx.in_quote(t.start):
            return None
        if t.pos != "NOUN" or t.feats.get("Case") != "Nom" or t.feats.get("Number") == "Plur":
            continue
        if t.i > 0 and ctx.toks[t.i - 1].pos == "ADP":
            continue
        return None if gender and t.feats.get("Gender") not in (gender, None) else t.i
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


def _skip_inserted_phrase(ctx: Context, comma: int, start: int) -> int:
    """Going left from a comma: jump over `, возглавляющий мечеть в Бруклине,` (a participle,
    gerund or `который` phrase set off by commas) to its opening comma."""
    j = comma - 1
    while j >= 0 and ctx.toks[j].start >= start and ctx.toks[j].text != ",":
        j -= 1
    if j < 0 or ctx.toks[j].start < start or j + 1 >= comma:
        return comma
    first = ctx.toks[j + 1]
    if first.feats.get("VerbForm") in ("Part", "Conv") or first.lemma == "который":
        return j
    return comma


def _phrase_start(ctx: Context, j: int) -> int:
    m = ctx.mention_at(ctx.toks[j])
    if m:
        while j > 0 and ctx.toks[j - 1].start >= m.start:
            j -= 1
    return j


def _ends_clause(tok: Tok, lex: Lexicon) -> bool:
    return tok.text in CLAUSE_END or tok.text == "," or tok.text in lex.dashes


def document_source(ctx: Context, k: int) -> Speaker:
    """`В сообщении МИД говорится`: the author of the document, else the document itself
    (`В резолюции говорится` -> резолюция); none when no document is named."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = ctx.tokens_in(start, ctx.toks[k].start)
    for j, t in enumerate(toks):
        p = j - 1
        while p > 0 and toks[p].pos in ("ADJ", "DET"):
            p -= 1  # в официальном комментарии, в этой публикации
        if t.lemma in ctx.lex.documents and j > 0 and toks[p].low in ("в", "во"):
            return document_author(ctx, t.i, k)
        if t.low.startswith("котор") and j > 1 and toks[j - 1].low in ("в", "во"):
            # справку, в которой говорилось: the document is the noun before the comma
            ante = [u for u in toks[: j - 1] if u.pos == "NOUN"]
            if ante and ante[-1].lemma in ctx.lex.documents:
                return document_author(ctx, ante[-1].i, toks[j - 1].i - 1)  # из интервью CNN,
    if len(toks) >= 2 and toks[0].low in ("в", "во") and toks[1].low in ("нем", "ней", "них"):
        found = publisher_before(ctx, start)  # МИД опубликовал комментарий. В нём сказано ...
        return found if found.name else last_spoken_any(ctx, start) or found
    return source_after(ctx, k) or Speaker(None)  # как отмечается в материалах банка


def document_author(ctx: Context, d: int, stop: int) -> Speaker:
    """Who speaks through the document noun at token ``d`` (words up to token ``stop``):
    a name after it (в заявлении МИД России), a genitive owner (в сообщении лейбла), the
    site it is on (на официальном сайте президента), else the document itself."""
    rest = ctx.toks[d + 1 : stop]
    for u in rest:
        m = ctx.mention_at(u, places=True)
        if m:
            return Speaker(m.name, m.start, m.stop)
    if rest and rest[0].low in ("на", "в") and len(rest) > 1 and rest[1].pos in ("NOUN", "ADJ"):
        head = next((u for u in rest[1:] if u.pos == "NOUN"), None)
        if head is not None:
            phrase = role_phrase(ctx, head.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    first = rest[0] if rest else None
    if first and first.feats.get("Case") == "Gen" and first.pos in ("NOUN", "ADJ"):
        head = next((u for u in rest if u.pos == "NOUN"), None)
        if head is not None:  # в сообщении лейбла -> лейбл, украинских СМИ -> украинские СМИ
            phrase = role_phrase(ctx, head.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    doc = ctx.toks[d]
    words_ = [doc]
    j = d - 1
    while j >= 0 and ctx.toks[j].pos == "ADJ":  # в официальном комментарии
        words_.insert(0, ctx.toks[j])
        j -= 1
    return Speaker(nominative(ctx, words_), words_[0].start, words_[-1].stop)


def publisher_before(ctx: Context, start: int) -> Speaker:
    """The subject (a nominative name) of the sentence before ``start`` when that sentence
    names a document (МИД России опубликовал комментарий): its author."""
    prev = [(a, b) for a, b in ctx.sents if b <= start]
    if not prev:
        return Speaker(None)
    toks = ctx.tokens_in(*prev[-1])
    if not any(t.lemma in ctx.lex.documents for t in toks):
        return Speaker(None)
    for t in toks:
        m = ctx.mention_at(t)
        if m and m.type in ("PER", "ORG") and t.feats.get("Case") in ("Nom", None):
            return Speaker(m.name, m.start, m.stop)
    return Speaker(None)


def cue_speaker(ctx: Context, k: int, zero: bool = True) -> Speaker:
    """The speaker of the speech verb at ``k``: after it, else before it; none if impersonal.

    A verb without a subject (`«Q», — и добавил`) speaks for the last person named, like
    a pronoun, when ``zero`` is true."""
    tok = ctx.toks[k]
    if tok.low in ctx.lex.impersonal:
        if tok.feats.get("Number") == "Plur" and _subject_right_before(ctx, k):
            return subject_before(ctx, k, None, "Plur") or Speaker(None)  # источники называют
        return document_source(ctx, k)
    if tok.feats.get("VerbForm") == "Conv":  # мэр дал согласие, назвав выбор X ...: the subject
        found = subject_before(ctx, k, None, None) or gerund_subject(ctx, k)
        if found is not None:
            return found
    gender = tok.feats.get("Gender") if tok.feats.get("Number") != "Plur" else None
    number = tok.feats.get("Number")
    if _subject_right_before(ctx, k):  # X сравнил жизнь с Джоли: the subject, not Джоли
        found = subject_before(ctx, k, gender, number) or subject_after(ctx, k, gender)
    else:
        found = subject_after(ctx, k, gender) or subject_before(ctx, k, gender, number)
    if found is None and tok.feats.get("Number") == "Plur":
        found = substantive_subject(ctx, k) or place_source(ctx, k) or source_after(ctx, k)
    if found is None and tok.feats.get("Number") != "Plur":
        subject = overt_subject(ctx, k, gender)
        if subject is not None and ctx.toks[subject].lemma in ctx.lex.titles:
            found = named_by_title(ctx, subject)
        elif subject is None and zero:
            found = resolve(ctx, tok.start, gender)
    return found or Speaker(None)


def gerund_subject(ctx: Context, k: int) -> Speaker | None:
    """The nominative noun that opens the clause of a gerund at ``k`` when no person or role
    is named (толпа болельщиков перекрыла проспект, требуя ...): it speaks, not someone
    named in an earlier sentence."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    for t in ctx.tokens_in(start, ctx.toks[k].start):
        if ctx.in_quote(t.start) or t.pos in ("VERB", "AUX"):
            return None  # the subject comes before the main verb
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            if t.i > 0 and ctx.toks[t.i - 1].pos == "ADP":
                continue
            between = ctx.toks[t.i + 1 : k]
            if any(
                u.feats.get("Voice") == "Pass" or u.feats.get("Variant") == "Short" for u in between
            ):
                return None  # Решение было принято мэром, ...: the subject is acted on
            phrase = role_phrase(ctx, t.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def _subject_right_before(ctx: Context, k: int) -> bool:
    """The words right before the verb at ``k`` (adverbs and particles skipped) end a
    nominative name or subject noun: plain word order, the subject precedes the verb."""
    j = k - 1
    while j >= 0 and (ctx.toks[j].pos in ("ADV", "PART") or set(ctx.toks[j].text) <= set("»”\"'")):
        j -= 1  # «Спартак» подтвердил: over the closing quotation mark too
    # Участники круглого стола предложили: over the subject's genitive dependants
    while j > 0 and ctx.toks[j].feats.get("Case") == "Gen" and ctx.toks[j].pos in ("NOUN", "ADJ"):
        j -= 1
    if j < 0:
        return False
    t = ctx.toks[j]
    m = ctx.mention_at(t)
    return is_subject(t, ctx.lex) or bool(m and t.feats.get("Case") in ("Nom", None))


def place_source(ctx: Context, k: int) -> Speaker | None:
    """`В МИД России отметили, что`, `В феврале из Сеула сообщили`: an indefinite plural
    verb speaks for the place or body named by `в/из X` right before it (not a time)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = ctx.tokens_in(start, ctx.toks[k].start)
    for n in range(len(toks) - 2, -1, -1):
        t, nxt = toks[n], toks[n + 1]
        if t.pos == "PUNCT" and t.text not in OPENING and t.text not in '»“”"':
            return None
        if t.low not in ("в", "во", "из") or nxt.lemma in TIME_NOUNS or nxt.pos == "NUM":
            continue
        if nxt.text in OPENING and n + 2 < len(toks):
            nxt = toks[n + 2]  # В «Лаборатории Касперского» подтвердили
        m = ctx.mention_at(nxt, places=True)
        if m and m.type in ("ORG", "LOC"):
            return Speaker(m.name, m.start, m.stop)
        venue = next((u for u in toks[n + 1 : n + 4] if u.pos == "NOUN"), None)
        if venue is not None and venue.lemma in ctx.lex.venues:
            return None  # в российской прессе стали сравнивать: no source named
        phrase = toks[n + 1 :]
        if nxt.pos not in ("NOUN", "ADJ") or any(u.pos in ("VERB", "ADP") for u in phrase):
            return None
        if not any(u.pos in ("NOUN", "PROPN") for u in phrase):
            return None  # оставшиеся в живых: no place
        if len(phrase) == 1 and phrase[0].lemma in ANAPHORIC_ORGS:
            found = last_org_speaker(ctx, phrase[0].start)
            if found:
                return found
        place = _place_of(ctx, t.i)[1:]  # в российской прессе | практически сразу же ...
        phrase = place if place and place[-1].stop < phrase[-1].stop else phrase
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def substantive_subject(ctx: Context, k: int) -> Speaker | None:
    """A plural adjective or participle used as a noun right before the plural verb at
    ``k``, with its dependants (Близкие звёздной пары рассказали, оставшиеся в живых
    утверждали): the phrase as written."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = [t for t in ctx.tokens_in(start, ctx.toks[k].start)][-5:]
    for n, t in enumerate(toks):
        if t.pos not in ("ADJ", "VERB") or t.feats.get("Case") != "Nom":
            continue
        if t.feats.get("Number") != "Plur" or t.feats.get("VerbForm") not in (None, "Part"):
            continue
        rest = toks[n + 1 :]
        if rest and rest[0].pos in ("NOUN", "PROPN") and rest[0].feats.get("Case") == "Nom":
            continue  # an adjective of a noun subject, not a noun itself
        if any(u.pos in ("PUNCT", "VERB", "AUX") or u.feats.get("Case") == "Nom" for u in rest):
            continue
        phrase = ctx.text[t.start : toks[-1].stop]
        return Speaker(phrase[:1].lower() + phrase[1:], t.start, toks[-1].stop)
    return None


# nouns of time after `в` (в феврале сообщили): no place that speaks
TIME_NOUNS = frozenset(
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "год день неделя месяц время час минута утро вечер ночь понедельник вторник среда "
    "четверг пятница суббота воскресенье период момент "
    # compound prepositions: в ходе, в течение, в рамках, в результате, в связи с, в ответ
    "ход течение рамка результат связь ответ итог случай".split()
)


# nouns that, alone, point back to an organisation already speaking (в ведомстве отметили)
ANAPHORIC_ORGS = ("ведомство", "министерство", "учреждение", "организация", "компания")


def last_org_speaker(ctx: Context, before: int) -> Speaker | None:
    """The organisation that spoke last before ``before`` (МИД России ... в ведомстве)."""
    for pos, speaker in reversed(ctx.spoken):
        if pos < before and any(m.type == "ORG" and m.start == speaker.start for m in ctx.mentions):
            return Speaker(speaker.name, speaker.start, speaker.stop)
    return None


# --- direct quotes ---------------------------------------------------------------------


def cue_after(ctx: Context, pos: int, window: int = 4) -> int | None:
    """A speech verb among the first words after ``pos`` (", — сказал Шойгу")."""
    k = ctx.first_token_after(pos)
    if k is None:
        return None
    for t in ctx.toks[k : k + window]:
        if t.text in CLAUSE_END and t.text != ":":
            return None
        if ctx.is_cue(t) or t.low in ctx.lex.impersonal or is_quoting(ctx, t):
            return t.i
    return None


def is_quoting(ctx: Context, tok: Tok) -> bool:
    """A verb of quoting (quote_quoting_cues: цитирует, приводит слова): the words are those
    of its object, not of the outlet that quotes them."""
    return tok.pos == "VERB" and tok.lemma in ctx.lex.quoting_cues and is_reported_form(tok)


def quoted_source(ctx: Context, k: int) -> Speaker | None:
    """Whose words the quoting verb at ``k`` gives: the genitive after `слова` (приводит
    Reuters слова представителя ООН) or its accusative object (цитирует ТАСС министра X)."""
    stop = k + 1
    while stop < len(ctx.toks) and stop < k + 12 and not _ends_clause(ctx.toks[stop], ctx.lex):
        stop += 1
    for j in range(k + 1, stop):
        t = ctx.toks[j]
        if t.lemma == "слово" and j + 1 < stop:
            return speaker_from(ctx, j + 1, None, stop)
        m = ctx.mention_at(t)
        person = (m is not None and m.type == "PER") or t.lemma in ctx.lex.roles
        if t.pos == "PRON" and t.low in POSSESSIVES:
            return speaker_from(ctx, j, None, stop)  # — цитирует его Интерфакс
        if person and t.feats.get("Case") in ("Acc", "Gen") and not _governed(ctx, j):
            return speaker_from(ctx, _phrase_start(ctx, j), None, stop)
    return None


def aspectual(ctx: Context, tok: Tok) -> bool:
    """A speech verb used as a phase verb with an infinitive (продолжит трудиться, начал
    говорить): it reports nothing itself, unless it is a request or promise (обещал прийти)."""
    nxt = next((t for t in ctx.toks[tok.i + 1 : tok.i + 3] if t.text not in OPENING), None)
    infinitive = nxt is not None and nxt.feats.get("VerbForm") == "Inf"
    return infinitive and tok.lemma not in ctx.lex.infinitive_cues


def dash_after(ctx: Context, pos: int) -> int | None:
    """Position after `[,.!?]* <dash> ` following a closing quote, else None."""
    match = re.match(rf"[,.!?…]*\s*[{re.escape(ctx.lex.dashes)}]\s*", ctx.text[pos : pos + 10])
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
    ]
    # a finite verb or gerund speaks; an infinitive (предложили считать «...») does not
    spoken = [t for t in cues if t.feats.get("VerbForm") != "Inf"]
    return (spoken or cues)[-1].i if cues else None


def source_phrase(ctx: Context, start: int, stop: int) -> tuple[int, int, int] | None:
    """`по словам/мнению/данным X`, `согласно данным X` in [start, stop): token indices of
    the preposition, of its noun and of the source's first word (particles and quotation
    marks skipped: по информации же «Вестей»; по сообщениям из Сеула -> Сеула)."""
    toks = ctx.tokens_in(start, stop)
    for n, (a, b) in enumerate(zip(toks, toks[1:], strict=False)):
        if a.low == "согласно" and not ctx.mention_at(a) and _outlet(ctx, toks[n + 1 :]):
            return a.i, a.i, _outlet(ctx, toks[n + 1 :])  # Согласно The Hollywood Reporter, C
        if a.low not in ctx.lex.source_preps or ctx.mention_at(a) or ctx.mention_at(b):
            continue
        if not b.text.islower():
            continue  # "Комитет по Оценке СМИ" is a name, not a source phrase
        rest = [t for t in toks[n + 2 : n + 6] if t.pos != "PART" and t.text not in OPENING]
        if not rest:
            continue
        c = rest[0]
        if b.low in POSSESSIVES and c.low in ctx.lex.sources:  # по его словам
            return a.i, c.i, b.i
        if b.low not in ctx.lex.sources:
            continue
        if c.low in ("из", "от") and len(rest) > 1 and ctx.mention_at(rest[1], places=True):
            c = rest[1]  # по сообщениям из Сеула
        if (
            (c.feats.get("Case") == "Gen" and _names_source(ctx, rest))
            or ctx.mention_at(c, places=True)
            or c.low in POSSESSIVES
            or (c.pos in ("PROPN", "X") and c.text[:1].isupper())
        ):
            return a.i, b.i, c.i
    return None


def source_cue(ctx: Context, a: int, noun: int) -> str:
    """The cue of a source phrase as written: `по словам`, `Согласно`."""
    return ctx.toks[a].text if a == noun else f"{ctx.toks[a].text} {ctx.toks[noun].text}"


def _outlet(ctx: Context, toks: list[Tok]) -> int | None:
    """`согласно` + an organisation or outlet named right after it (Согласно The Hollywood
    Reporter, Согласно «Интерфаксу»): its first word; not a law or document (согласно
    закону, согласно документу: provisions, not speech)."""
    words_ = [t for t in toks[:2] if t.text not in OPENING]
    if not words_:
        return None
    t = words_[0]
    m = ctx.mention_at(t)
    if (m is not None and m.type == "ORG") or (t.pos == "X" and _foreign_name(ctx, t)):
        return t.i
    return None


def _names_source(ctx: Context, toks: list[Tok]) -> bool:
    """A genitive phrase that names who speaks: a person, role, body, outlet or document
    (по данным следствия, некоторых изданий, опроса), not a thing (по оценке ситуации)."""
    for t in toks[:3]:
        if ctx.mention_at(t, places=True) or t.pos in ("PROPN", "X"):
            return True
        if t.pos == "NOUN":
            lex = ctx.lex
            return t.feats.get("Animacy") == "Anim" or any(
                t.lemma in group
                for group in (lex.roles, lex.org_roles, lex.anonymous, lex.titles, lex.documents)
            )
    return False


def source_speaker(ctx: Context, k: int) -> Speaker:
    """The source named after `по словам` at token ``k`` (его, главы ведомства, МИД России,
    следствия -> следствие): within its genitive phrase, not in the clause after it."""
    end = k
    while end < len(ctx.toks) and not _ends_clause(ctx.toks[end], ctx.lex):
        t = ctx.toks[end]
        if end > k and t.feats.get("Case") not in ("Gen", None):
            break  # по данным следствия Ахмад Рахами ...: the clause begins
        end += 1
    for j in range(k, end):
        t = ctx.toks[j]
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


TITLE_WORDS = 5  # a name or title in quotes has at most this many words


def after_title_noun(ctx: Context, q: Quoted) -> bool:
    """The quoted words follow a title noun (газета «Известия», фильм «Ночь в музее»)."""
    k = ctx.token_at(q.start - 1)
    return k is not None and k > 0 and ctx.toks[k - 1].lemma in ctx.lex.titles


def is_title(ctx: Context, q: Quoted) -> bool:
    """A name in quotes: after a title noun (газета «Известия»), or a capitalised phrase
    without a finite verb or final punctuation (фильм «Ночное происшествие»)."""
    if after_title_noun(ctx, q):
        return True
    inner = ctx.tokens_in(q.start, q.stop)
    has_verb = any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in inner)
    ends = ctx.text[q.stop - 1 : q.stop] in ".!?…"
    return ctx.text[q.start : q.start + 1].isupper() and not has_verb and not ends


def direct_quotes(ctx: Context, spans: list[Quoted]) -> list[Quote]:
    """Quotation-mark pairs with an attribution, outermost first; inner pairs are skipped."""
    out: list[Quote] = []
    taken: list[Quoted] = []
    for q in spans:
        if any(p.start <= q.start and q.stop <= p.stop for p in taken):
            continue
        quote = attributed(ctx, q)
        if quote:
            taken.append(q)
            parts = split_quote(ctx, quote)
            out.extend(parts)
            # the attribution inside a split quote (— напомнил Медведев. —) stays visible
            ctx.quoted.extend((p.start - 1, p.stop + 1) for p in parts)
            ctx.spoken.append((q.start, quote.speaker))
    return out


def negated(ctx: Context, tok: Tok) -> bool:
    return tok.i > 0 and ctx.toks[tok.i - 1].low == "не"


def has_attribution(ctx: Context, start: int, stop: int) -> bool:
    """A speech verb, an impersonal cue or a `по словам` phrase of its own in [start, stop)."""
    toks = ctx.tokens_in(start, stop)
    return (
        any(ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal for t in toks)
        or source_phrase(ctx, start, stop) is not None
    )


LOST_BLOCK_BREAKS = 2  # more line breaks than this after `X сказал:` mean the block was lost


def colon_blocks(ctx: Context) -> list[Quote]:
    """`X заявил:` ending a line, the statement in the next paragraph without quotation
    marks (lost in the page): a direct quote of that whole paragraph."""
    out = []
    for start, stop in ctx.sents:
        if not ctx.text[start:stop].rstrip().endswith(":") or ctx.in_quote(start):
            continue
        cues = [
            t
            for t in ctx.tokens_in(start, stop)
            if (ctx.is_finite_cue(t) or (ctx.is_cue(t) and t.feats.get("VerbForm") == "Conv"))
            and not negated(ctx, t)  # не назвали, заявив только: the gerund speaks
        ]
        cues = cues or [t for t in ctx.tokens_in(start, stop) if t.low in ctx.lex.impersonal]
        text_of = document_text(ctx, start, stop) if not cues else None
        cues = cues or ([text_of] if text_of is not None else [])
        if not cues:
            continue
        begin = _skip_space(ctx.text, stop)
        end = ctx.text.find("\n", begin)
        end = len(ctx.text) if end == -1 else end
        if begin >= end or ctx.text[begin] in OPENING or len(words(ctx.text[begin:end])) < 3:
            continue
        if ctx.text.count("\n", stop, begin) > LOST_BLOCK_BREAKS and cues[-1].low not in (
            ctx.lex.impersonal
        ):
            continue  # two blank lines after a person's cue: the embed was lost from the page
        if ctx.text[begin:end].rstrip().endswith(":") and has_attribution(ctx, begin, end):
            continue  # the next line introduces the block itself (В заявлении говорится:)
        if ctx.text.count("\n", stop, begin) > 1 and has_attribution(ctx, begin, end):
            continue  # after a blank line, a paragraph with its own source
        speaker = cue_speaker(ctx, cues[-1].i) if text_of is None else text_owner(ctx, text_of)
        cue = cues[-1].text if text_of is None else ":"
        out.append(Quote(begin, content_end(ctx, begin, end), "direct", speaker, cue))
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
    return out


def document_text(ctx: Context, start: int, stop: int) -> Tok | None:
    """A line that announces a document's own words (Полный текст документа:, Текст
    обращения:): the document noun, which speaks for the block after the colon."""
    toks = [t for t in ctx.tokens_in(start, stop) if t.pos != "PUNCT"]
    for a, b in zip(toks, toks[1:], strict=False):
        if a.lemma == "текст" and b.lemma in ctx.lex.documents and b.feats.get("Case") == "Gen":
            return b
    return None


def text_owner(ctx: Context, doc: Tok) -> Speaker:
    """The document at ``doc`` as a speaker: its author when named, else the document."""
    end = doc.i + 1
    while end < len(ctx.toks) and end < doc.i + 6 and not _ends_clause(ctx.toks[end], ctx.lex):
        end += 1
    return document_author(ctx, doc.i, end)


def attributed(ctx: Context, q: Quoted) -> Quote | None:
    n_words = len(words(ctx.text[q.start : q.stop]))
    if n_words == 0:
        return None
    # «Q», — сказал X.
    after = dash_after(ctx, q.stop + 1)
    if after is not None:
        k = cue_after(ctx, after)
        if k is not None and is_quoting(ctx, ctx.toks[k]):
            speaker = quoted_source(ctx, k) or cue_speaker(ctx, k)  # — цитирует ТАСС министра X
            return Quote(q.start, q.stop, "direct", speaker, ctx.toks[k].text)
        if k is not None:
            return Quote(q.start, q.stop, "direct", cue_speaker(ctx, k), ctx.toks[k].text)
    # «Q1, — сказал X. — Q2»: the attribution inside the marks
    inner = split_quote(ctx, Quote(q.start, q.stop, "direct", Speaker(None), ""))
    if len(inner) > 1:
        return Quote(q.start, q.stop, "direct", inner[0].speaker, inner[0].cue)
    before = ctx.text[: q.start - 1].rstrip(" \u00a0")
    title = is_title(ctx, q)
    # X сказал: «Q» (a long verbless statement after a colon is no title: «Количество ...: 0»)
    if before.endswith(":") and (
        not title or (n_words > TITLE_WORDS and not after_title_noun(ctx, q))
    ):
        k = clause_cue_before(ctx, len(before))
        if k is not None:
            return Quote(q.start, q.stop, "direct", cue_speaker(ctx, k), ctx.toks[k].text)
        return None
    if n_words < 3 or title:
        return None
    # По словам X, «Q» / a 3+ word fragment in a sentence with a speech verb
    start, stop = ctx.sentence_of(q.start)
    line = ctx.text.rfind("\n", 0, q.start) + 1
    found = source_phrase(ctx, max(start, line), q.start)
    k = clause_cue_before(ctx, q.start)
    if found and k is not None and k > found[1] and not ctx.text[q.start].isupper():
        found = None  # По данным следствия, X ..., сообщив, что «Q»: the nearer verb speaks
    if found:
        a, noun, k = found
        return Quote(q.start, q.stop, "direct", source_speaker(ctx, k), source_cue(ctx, a, noun))
    if k is not None and not ctx.text[q.start].isupper():
        speaker = cue_speaker(ctx, k)
        if speaker.name is not None or ctx.toks[k].low in ctx.lex.impersonal:
            return Quote(q.start, q.stop, "direct", speaker, ctx.toks[k].text)
    return continued(ctx, q)


CONTINUED_GAP = 12  # words of attribution at most between a quote and the one it continues


def continued(ctx: Context, q: Quoted) -> Quote | None:
    """A quoted sentence of its own with no cue (`«Q1», — сказал X. «Q2».`, a next paragraph
    `«Q2»`) continues the speaker of the direct quote just before it."""
    line = ctx.text.rfind("\n", 0, q.start) + 1
    lead = ctx.text[line : q.start - 1].rstrip(" \u00a0" + ctx.lex.dashes)
    if lead and lead[-1] not in '.!?…»"“':
        return None  # inside a sentence of the author's
    if not ctx.text[q.start : q.start + 1].isupper():
        return None
    tail = ctx.text[q.stop - 1 : q.stop + 2]
    if not any(ch in ".!?…" for ch in tail):
        return None  # a name or title in quotes, not a sentence
    earlier = [(pos, speaker) for pos, speaker in ctx.spoken if pos < q.start]
    if earlier and _only_attribution_between(ctx, earlier[-1][0], q.start):
        speaker = earlier[-1][1]
        return Quote(q.start, q.stop, "direct", speaker, "") if speaker.name else None
    return introduced(ctx, q)


def introduced(ctx: Context, q: Quoted) -> Quote | None:
    """A quoted sentence right after a sentence with a speech verb and its subject
    (`Песков прокомментировал решение суда. «Q».`): that subject speaks."""
    p = q.start - 2
    while p > 0 and (ctx.text[p].isspace() or ctx.text[p] in ctx.lex.dashes):
        p -= 1
    if p <= 0 or ctx.in_quote(p) or ctx.text.count("\n", p, q.start) > 2:
        return None
    start, _ = ctx.sentence_of(p)
    cues = [
        t for t in ctx.tokens_in(start, p + 1) if ctx.is_finite_cue(t) and not ctx.in_quote(t.start)
    ]
    if not cues:
        return None
    speaker = cue_speaker(ctx, cues[-1].i)
    return Quote(q.start, q.stop, "direct", speaker, cues[-1].text) if speaker.name else None


def _only_attribution_between(ctx: Context, pos: int, start: int) -> bool:
    """Between the earlier quote and this one: its attribution and at most one paragraph."""
    end = next((b for a, b in ctx.quoted if a <= pos < b), pos)
    gap = ctx.text[end:start]
    return gap.count("\n") <= 2 and len(words(gap)) <= CONTINUED_GAP


# a dash of attribution is never glued to a word before it (рабоче-крестьянский is a word)
SPLIT = r"([,.!?…]?)\s*(?<!\w)[{d}]\s*(?P<attr>[^{d}\n]{{3,120}}?)[.,:]\s*(?<!\w)[{d}]\s*"


def split_quote(ctx: Context, quote: Quote) -> list[Quote]:
    """«Q1, — сказал X. — Q2»: two quotes, one speaker."""
    body = ctx.text[quote.start : quote.stop]
    pattern = re.compile(SPLIT.format(d=re.escape(ctx.lex.dashes)))
    for match in pattern.finditer(body):
        attr_start = quote.start + match.start("attr")
        k = cue_after(ctx, attr_start, window=3)
        if k is None:
            continue
        speaker = cue_speaker(ctx, k)
        if speaker.name is None:
            speaker = quote.speaker
        first = Quote(quote.start, quote.start + match.start(), "direct", speaker, ctx.toks[k].text)
        second = Quote(quote.start + match.end(), quote.stop, "direct", speaker, ctx.toks[k].text)
        return [first, *split_quote(ctx, second)]
    return [quote]


# --- indirect speech -------------------------------------------------------------------


CLAUSE_BREAKS = re.compile(
    r",\s+(?:и|а|но|однако|при этом)\s+(?:поэтому\s+|также\s+|затем\s+|потом\s+)?"
    r"(?=\w+(?:л|ла|ли|ло|ет|ит|ют|ат|ят)\b)|;"
)


# a lowercase word running into a capitalised one: two sentences whose break was lost
GLUED = re.compile(r"(?<![\w-])[а-яё]{3,}(?=[А-ЯЁ][а-яё])")


def content_end(ctx: Context, pos: int, stop: int) -> int:
    """End of reported content: the end of its clause (a coordinated new predicate
    `, и направила ...`, a semicolon, a bracket) or of the sentence, without final punctuation."""
    cut = CLAUSE_BREAKS.search(ctx.text, pos, stop)
    end = cut.start() if cut else stop
    glued = GLUED.search(ctx.text, pos, end)  # металлоискателейВпервые: a lost sentence break
    end = glued.end() if glued else end
    bracket = ctx.text.find("]", pos, end)
    if bracket != -1 and "[" not in ctx.text[pos:bracket]:
        end = bracket  # content that starts inside a wiki link ends with the link
    while end > pos and ctx.text[end - 1] in '.!?…;: \u00a0\n\r»“”"':
        end -= 1
    return end


def indirect_in_sentence(ctx: Context, start: int, stop: int, prev: tuple[int, int] | None):
    """Indirect quotes of one sentence, first rule that fires wins."""
    toks = [t for t in ctx.tokens_in(start, stop) if not ctx.in_quote(t.start)]
    if not toks:
        return []
    for rule in INDIRECT_RULES:
        found = rule(ctx, toks, start, stop, prev)
        if found:
            return earlier_clause(ctx, rule, toks, start, found[0].start, prev) + found
    return []


def earlier_clause(ctx: Context, fired, toks: list[Tok], start: int, begin: int, prev):
    """Reported speech in the clauses before content found by rule ``fired`` that starts at
    ``begin`` (Как отметили в X, C1, однако C2, по информации Y: two records)."""
    head = [t for t in toks if t.stop <= begin]
    if len(words(ctx.text[start:begin])) < 6 or fired is rule_about_this:
        return []
    for rule in INDIRECT_RULES:
        if rule is fired or rule is rule_about_this:
            continue
        found = rule(ctx, head, start, head[-1].stop, prev)
        if found:
            for q in found:
                q.stop = _trim(ctx, q.start, min(q.stop, begin))
            return [q for q in found if len(words(ctx.text[q.start : q.stop])) >= 2]
    return []


def rule_source_phrase(ctx, toks, start, stop, prev):
    """По словам X, C. / C, по словам X, C2."""
    found = source_phrase(ctx, start, stop)
    if not found or ctx.in_quote(ctx.toks[found[0]].start):
        return None
    a, noun, k = found
    cue = next((t for t in toks if t.i < a and ctx.is_finite_cue(t)), None)
    if cue is not None and any(t.low == "что" for t in toks if cue.i < t.i < a):
        return None  # спросил, что по его мнению ...: the verb's clause holds the phrase
    speaker = source_speaker(ctx, k)
    if speaker.name is None:
        return None
    cue = source_cue(ctx, a, noun)
    lead = [t for t in toks if t.start < ctx.toks[a].start and t.pos != "PUNCT"]
    if len(lead) <= LEAD_WORDS and not any(t.pos in ("VERB", "AUX") for t in lead):
        begin = after_source(ctx, max(k, noun), speaker, stop)  # (При этом,) по словам X, C
        if begin is None:
            return None
    else:
        begin = clause_start(ctx, start, ctx.toks[a].start)
        if not WORDS_AT.search(ctx.text, begin, ctx.toks[a].start):
            begin = after_source(ctx, max(k, noun), speaker, stop)  # ..., хотя, по словам X, C
            if begin is None:
                return None
    begin = _skip_space(ctx.text, begin)
    return [Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, cue)]


LEAD_WORDS = 3  # words of a sentence opener before `по словам` (При этом, Однако, Ранее)


def after_source(ctx: Context, k: int, speaker: Speaker, stop: int) -> int | None:
    """Where the content starts after a sentence-opening `по словам X` (its last word at or
    after token ``k``): after the comma that closes the source phrase (appositions
    included), or right after the source when no comma follows (По данным следствия C)."""
    end = max(ctx.toks[k].stop, speaker.stop or 0)
    for t in ctx.toks[ctx.first_token_after(end) or len(ctx.toks) :]:
        if t.start >= stop:
            break
        if t.text == ",":
            return t.stop
        if t.pos in ("VERB", "AUX") or (t.feats.get("Case") == "Nom" and not ctx.mention_at(t)):
            return end  # the clause begins: no comma after the source
    return end if end < stop else None


# conjunctions that open a clause before an inserted source (..., так как, по его мнению, C;
# ..., однако, как сообщает X, C): the source belongs to the clause after them
CONJUNCTIONS = frozenset(
    ("а", "но", "и", "однако", "хотя", "так как", "потому что", "поскольку", "ибо")
)


def clause_start(ctx: Context, start: int, pos: int) -> int:
    """Start of the clause around an inserted `, по словам X,` at ``pos``: after the comma
    before the inserted phrase's own comma, when that opens a relative clause (которое)."""
    before = ctx.text.rfind(",", start, pos)
    if before == -1:
        return start
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
        if tok.low != "как" or (n and toks[n - 1].text != ","):
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
        if speaker is None:
            continue
        lead = [t for t in toks[:n] if t.pos != "PUNCT"]
        if (
            len(lead) <= LEAD_WORDS and not any(t.pos in ("VERB", "AUX") for t in lead)
        ) or _after_conjunction(toks, n):
            # Как сообщил X, C / Более того, как сообщает X, C / ..., однако, как сообщает X,
            # C: the content follows
            comma = next((t for t in toks[n + 2 :] if t.text == ","), None)
            if comma is None:
                return None
            begin = _skip_space(ctx.text, comma.stop)
        else:
            begin = start
        return [Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, cue.text)]
    return None


def rule_inserted_cue(ctx, toks, start, stop, prev):
    """Кроме того, сообщает РБК, C. / В частности, указывается в докладе, C: a speech verb
    and its source inserted between commas after a sentence opener; the content follows."""
    for n, cue in enumerate(toks[1 : LEAD_WORDS + 2], 1):
        if toks[n - 1].text != ",":
            continue
        if not (ctx.is_finite_cue(cue) or cue.low in ctx.lex.impersonal):
            continue
        lead = [t for t in toks[: n - 1] if t.pos != "PUNCT"]
        if not lead or any(t.pos in ("VERB", "AUX", "PROPN") for t in lead):
            return None  # the opener is an adverbial (Кроме того, В частности), no clause
        if any(t.feats.get("Case") == "Nom" for t in lead):
            return None
        comma = next((t for t in toks[n + 1 : n + 10] if t.text == ","), None)
        if comma is None or negated(ctx, cue):
            return None
        speaker = kak_speaker(ctx, cue)
        if speaker is None or (speaker.name is None and cue.low not in ctx.lex.impersonal):
            return None
        begin = _skip_space(ctx.text, comma.stop)
        if ctx.text.startswith("что ", begin):
            begin += 4  # Но, отмечается, что C
        return [Quote(begin, content_end(ctx, begin, stop), "indirect", speaker, cue.text)]
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
    if before in ("время", "так"):
        return True
    return before in ("того", "тех", "пор", "тем") and n > 2 and toks[n - 3].pos == "ADP"


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
    return found


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
        cue = a if phase is None else replace(a, feats={**a.feats, **_person(phase)})
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


PHASE_VERBS = ("стать", "начать", "начинать", "продолжать", "продолжить")


def phase_verb(ctx: Context, tok: Tok) -> Tok | None:
    """The finite phase verb before an infinitive at ``tok`` (стали сравнивать, начали
    говорить, что): the infinitive then reports like a finite verb of that subject."""
    if tok.feats.get("VerbForm") != "Inf" or tok.i == 0:
        return None
    phase = ctx.toks[tok.i - 1]
    if phase.lemma not in PHASE_VERBS or phase.feats.get("VerbForm") != "Fin":
        return None
    return phase


def _person(verb: Tok) -> dict:
    """The finite features of ``verb`` (form, mood, person, number, gender, tense)."""
    return {k: v for k, v in verb.feats.items() if k != "Aspect"}


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
    begin = _skip_space(ctx.text, begin)
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
        begin, phrase = _skip_space(ctx.text, ctx.toks[that].stop), False
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
        begin = _skip_space(ctx.text, ctx.toks[that].stop)
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
        if a.lemma in ctx.lex.predicative_cues and b.pos == "PROPN" and not _ins_after(ctx, b.i):
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
        end = _trim(ctx, begin, comma) if comma != -1 else end
    if phrase and QUOTE_FOLLOWS.match(ctx.text, end) and len(words(ctx.text[begin:end])) <= 2:
        return None  # так описывает увиденное: «...»: the content is the quote that follows
    if len(words(ctx.text[begin:end])) < (1 if phrase else 2):
        return None
    speaker = speaker or participle or cue_speaker(ctx, a.i)
    if speaker.name is None and not (impersonal or indefinite_plural(ctx, a)):
        return None
    return Quote(begin, end, "indirect", speaker, a.text)


# a colon, then a quote or a block on the next line (not blank lines: a lost embed)
NAMING = ("назвать", "называть")  # `как назвали X`: the name before it, not a report
PLEA_VERBS = ("признать", "признавать")  # признал себя виновным в ...: a plea, said in court
PLEAS = ("виновный", "невиновный")
LISTED = re.compile(r":[ \t\u00a0]*[а-яё]")  # a colon opening a lowercase list of the counts
TOPIC_VERBS = ("говорить", "сказать", "думать")  # сказал о кастинге: a topic, not content
QUOTE_FOLLOWS = re.compile(r":[ \t\u00a0]*(?:[«„“\"]|\n[ \t\u00a0]*(?=\S))")


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
    ins = any(t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Ins" for t in words_)
    return words_[0].i if ins else None


def _ins_after(ctx: Context, k: int, window: int = 4) -> bool:
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
    if first.pos not in ("NOUN", "PROPN", "DET", "ADJ") or first.feats.get("Case") not in cases:
        return None
    second = words_[1] if len(words_) > 1 else None
    with_noun = second is not None and second.pos in ("NOUN", "ADJ")  # Этот закон назвали ...
    with_noun = with_noun and second.lemma not in REPORT_NOUNS  # Эту информацию подтвердили
    if (first.lemma in ANAPHORIC or first.lemma in POINTING) and not with_noun:
        return None  # Это подтвердили ...: the content is elsewhere
    return first.start


def own_clause_end(ctx: Context, verb: Tok, end: int) -> int:
    """End of the clause of ``verb`` before ``end``: before `, а/но/и ...` that joins
    another clause (этот закон стали сравнивать с X, а депутаты ссылались на ...)."""
    toks = ctx.tokens_in(verb.stop, end)
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text == "," and nxt.pos in ("CCONJ", "SCONJ") and not ctx.in_quote(t.start):
            stop = _trim(ctx, verb.stop, t.start)
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


def joined_clause_end(ctx: Context, begin: int, end: int) -> int:
    """End of infinitive content before `, а/но/и/однако ...` that opens a clause with a
    finite verb of its own (требуя наказать виновных, а в Петербурге прошла акция)."""
    toks = [t for t in ctx.tokens_in(begin, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[:-1]):
        if t.text != "," or toks[n + 1].low not in ("а", "но", "и", "однако"):
            continue
        clause = []
        for u in toks[n + 2 :]:
            if u.text == ",":
                break
            clause.append(u)
        if any(u.pos in ("VERB", "AUX") and u.feats.get("VerbForm") == "Fin" for u in clause):
            return _trim(ctx, begin, t.start)
    return end


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
            while n < len(words_) and words_[n].pos in ("ADJ", "DET", "NUM"):
                n += 1
            n += 1  # the head noun of the phrase
            while n < len(words_) and words_[n].feats.get("Case") == "Gen":
                n += 1  # its genitive dependants
        else:
            break
    return words_[n:]


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
    end = _trim(ctx, begin, end)
    speaker = speaker or cue_speaker(ctx, verb.i)
    if end <= begin or speaker.name is None:
        return None
    return Quote(begin, end, "indirect", speaker, verb.text)


def has_content_frame(ctx: Context, tok: Tok) -> bool:
    """A verb whose content is an infinitive, a noun phrase or a prepositional phrase
    (требовать, назвать, обвинить в): its participles and gerunds report speech too."""
    lex = ctx.lex
    return (
        tok.lemma in lex.infinitive_cues
        or tok.lemma in lex.object_cues
        or any(tok.lemma == lemma for lemma, _ in lex.pp_cues)
    )


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
        if t.text in CLAUSE_END or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ"):
            return None
    return None


TIME_ADVERBS = frozenset("вчера сегодня завтра ранее накануне позднее днем утром вечером".split())


def phrase_end(ctx: Context, begin: int, end: int) -> int:
    """End of noun-phrase content (о высылке трёх дипломатов) before ``end``: before a new
    predicate (`, заявив`, `был`), a time adverb (вчера днём) or the setting of the speech
    act (на пресс-конференции, в интервью)."""
    toks = ctx.tokens_in(begin, end)
    for n, t in enumerate(toks[1:], 1):
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            if any(u.lemma == "который" for u in toks[max(1, n - 3) : n]):
                continue  # полигоны, на которых испытываются ...: a relative clause
            return _trim(ctx, begin, t.start)
        if t.pos == "ADV" and t.lemma in TIME_ADVERBS:
            return _trim(ctx, begin, t.start)
        if t.text == ":":
            return _trim(ctx, begin, t.start)  # так описывает увиденное: «...»
        if (
            t.text == ","
            and nxt is not None
            and (
                nxt.feats.get("VerbForm") == "Conv"
                or nxt.pos in ("CCONJ", "SCONJ", "ADV")
                or (nxt.pos in ("NOUN", "PROPN") and nxt.feats.get("Case") == "Nom")
            )
        ):
            return _trim(ctx, begin, t.start)  # , заявив; , и ...; , лидер ЛДПР ... одобрил
        if t.pos == "ADP" and _setting_after(ctx, toks[n + 1 : n + 4]):
            return _trim(ctx, begin, t.start)
    return end


def _setting_after(ctx: Context, toks: list[Tok]) -> bool:
    for t in toks:
        if t.pos == "NOUN" or t.pos in ("PROPN", "X"):
            return fold_text(t.lemma) in ctx.lex.settings
    return False


def _trim(ctx: Context, begin: int, end: int) -> int:
    """``end`` moved left over spaces, commas and a dangling conjunction (Берлускони и)."""
    while True:
        while end > begin and ctx.text[end - 1] in " ,\u00a0\n\r":
            end -= 1
        last = ctx.text.rfind(" ", begin, end)
        if last == -1 or ctx.text[last + 1 : end] not in ("и", "а", "но", "или", "однако"):
            return end
        end = last


def is_finite_object_cue(ctx: Context, tok: Tok) -> bool:
    """A finite verb of `quote_object_cues` (обвинил, сравнил, раскритиковал): speech only
    with its noun-phrase object or a `что` clause."""
    return tok.pos == "VERB" and tok.lemma in ctx.lex.object_cues and is_reported_form(tok)


def that_after(ctx: Context, k: int, window: int = 12) -> int | None:
    """Index of `что`/`чтобы` opening the content after the verb at ``k``: right after a
    comma (заявил, что), also after an addressee or time (рассказала СМИ, что; подтвердил в
    среду что; сообщили о том, что); none when another verb or clause end comes first."""
    question = ctx.toks[k].lemma in ctx.lex.question_cues
    speech = ctx.is_cue(ctx.toks[k])  # оценивает, могут ли ...: assessing is no asking
    for t in ctx.toks[k + 1 : k + 1 + window]:
        if speech and ctx.toks[t.i - 1].text == "," and is_question_start(ctx, t.i, question):
            return t.i - 1  # спросил, будет ли ...; поинтересовался, почему ...
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


QUESTION_WORDS = frozenset("почему зачем как когда где кто куда откуда сколько каков какой".split())


def is_question_start(ctx: Context, j: int, question: bool) -> bool:
    """A reported question opens at token ``j``: `X ли` (будет ли, предоставил ли) after any
    speech verb; a question word (почему, когда ...) after a verb of asking."""
    nxt = ctx.next_tok(j)
    if nxt is not None and nxt.low == "ли" and ctx.toks[j].pos != "PUNCT":
        return True
    return question and ctx.toks[j].low in QUESTION_WORDS


def is_object(tok: Tok) -> bool:
    """The start of a noun-phrase object (отрицает свою причастность, назвал это ошибкой,
    назвал действующие полигоны: a participle too)."""
    word = tok.pos in ("NOUN", "PROPN", "PRON", "DET", "ADJ") or (
        tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"
    )
    return word and tok.feats.get("Case") in ("Acc", "Gen")


def rule_postposed(ctx, toks, start, stop, prev):
    """Q, заявил в четверг X. / ..., пишет The Times."""
    for a, b in zip(toks, toks[1:], strict=False):
        impersonal = b.low in ctx.lex.impersonal
        if a.text != "," or not (ctx.is_finite_cue(b) or impersonal):
            continue
        if b.feats.get("Mood") == "Imp" or ctx.text[start] in '«"„“':
            return None
        signature = AGENCY_SIGNATURE.match(ctx.text, start, a.start)
        start = signature.end() if signature else start  # INTERFAX - Q, заявил X.
        end = content_end(ctx, start, a.start)
        if len(words(ctx.text[start:end])) < 3:
            return None
        if not any(_predicate(t) for t in ctx.tokens_in(start, end)):
            return None  # В сообщении X, выпущенном в воскресенье, говорится: no clause
        gender = b.feats.get("Gender") if b.feats.get("Number") != "Plur" else None
        speaker = None if impersonal else subject_after(ctx, b.i, gender)
        if speaker is None and (impersonal or b.feats.get("Number") == "Plur"):
            speaker = source_after(ctx, b.i)  # ..., сообщили в пресс-службе МИД
        if impersonal:  # ..., отмечается в докладе: reported, the source may stay unnamed
            speaker = speaker or Speaker(None)
        elif speaker is None or speaker.name is None:
            return None
        return [Quote(start, end, "indirect", speaker, b.text)]
    return None


# an agency's signature opening the lead after its dateline: `INTERFAX - `, `ИТАР-ТАСС - `
AGENCY_SIGNATURE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,}\s*[-–—]\s+")


def _predicate(tok: Tok) -> bool:
    """A finite verb or a short participle (убит, назначен): the content is a clause."""
    if tok.pos not in ("VERB", "AUX"):
        return tok.pos == "ADJ" and tok.feats.get("Variant") == "Short"
    form = tok.feats.get("VerbForm", "Fin")
    return form == "Fin" or (form == "Part" and tok.feats.get("Variant") == "Short")


def source_after(ctx: Context, k: int) -> Speaker | None:
    """`в X` right after an impersonal or indefinite plural verb at ``k``: the place or
    document that speaks (говорится в заявлении МИД России, сообщили в пресс-службе МВД)."""
    toks = ctx.toks[k + 1 : k + 8]
    told = ctx.mention_at(toks[0]) if toks and toks[0].text not in OPENING else None
    if told is None and toks and toks[0].text in OPENING and len(toks) > 1:
        told = ctx.mention_at(toks[1])  # сообщили «Интерфаксу» в пресс-службе
    if told is not None and told.type == "ORG":  # сообщили ТАСС в пресс-службе: the addressee
        nxt = ctx.first_token_after(told.stop)
        while nxt is not None and ctx.toks[nxt].text in "»”\"'":
            nxt += 1
        toks = ctx.toks[nxt : nxt + 7] if nxt is not None else []
    if len(toks) < 2 or toks[0].low not in ("в", "во", "на"):
        return None
    head = next((t for t in toks[1:4] if t.pos == "NOUN"), toks[1])  # на официальном сайте
    if toks[0].low == "на" and (head.lemma not in ctx.lex.settings or head.i + 1 >= len(ctx.toks)):
        return None
    if toks[0].low == "на":  # сообщается на сайте Кремля: the site's owner
        return document_author(ctx, head.i, min(head.i + 6, len(ctx.toks)))
    if head.lemma in ctx.lex.documents:  # the document's author, else the document
        end = head.i + 1
        while end < len(ctx.toks) and end < head.i + 8 and not _ends_clause(ctx.toks[end], ctx.lex):
            end += 1
        return document_author(ctx, head.i, end)
    m = ctx.mention_at(head, places=True)
    if m and m.type in ("ORG", "LOC"):
        return Speaker(m.name, m.start, m.stop)
    if head.pos == "NOUN" and (head.lemma in ctx.lex.org_roles or ctx.mention_at(toks[2])):
        phrase = role_phrase(ctx, head.i)
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def rule_about_this(ctx, toks, start, stop, prev):
    """Об этом сообщил X. / X сообщил об этом в Instagram. -> the previous sentence."""
    if prev is None or ctx.in_quote(prev[0]):
        return None
    about = [
        n for n, t in enumerate(toks[:-1]) if t.low in ("об", "о") and toks[n + 1].low == "этом"
    ]
    if about:
        n = about[0]
        after = []
        for t in toks[n + 2 : n + 8]:  # Об этом нынешний российский президент заявил
            if t.text in ",:;":
                break
            after.append(t)
        near = toks[max(0, n - 3) : n] + after
        cue = next((t for t in near if ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal), None)
    else:
        cue = anaphoric_cue(ctx, toks) or anaphoric_object_cue(ctx, toks)
    if cue is None:
        return None
    speaker = cue_speaker(ctx, cue.i)
    begin = paragraph_before(ctx, start, prev)
    return [Quote(begin, content_end(ctx, begin, prev[1]), "indirect", speaker, cue.text)]


PARAGRAPH_SENTENCES = 3  # at most this many sentences of a paragraph make one reported content


def paragraph_before(ctx: Context, start: int, prev: tuple[int, int]) -> int:
    """`Об этом сообщил X` opening a paragraph reports the whole paragraph before it (up to
    three sentences, none of them a quote already); otherwise the previous sentence."""
    if ctx.text[ctx.text.rfind("\n", 0, start) + 1 : start].strip():
        return prev[0]
    line = ctx.text.rfind("\n", 0, prev[0]) + 1
    sents = [a for a, b in ctx.sents if line <= a <= prev[0]]
    if len(sents) > PARAGRAPH_SENTENCES or ctx.in_quote(line):
        return prev[0]
    if any(line <= pos < prev[0] for pos, _ in ctx.spoken):
        return prev[0]
    return sents[0] if sents else prev[0]


ANAPHORIC = ("свой", "этот", "тот", "такой", "подобный")


def anaphoric_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A speech verb whose content is the sentence before: `О своих планах X рассказал в
    интервью.` (a topical `о своём/этом ...` first), or a sentence that is only the verb and
    its source (`Рассказала его пресс-секретарь X.`)."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    if len(words_) > 2 and words_[0].low in ("о", "об") and words_[1].lemma in ANAPHORIC:
        return next((t for t in words_[2:8] if ctx.is_finite_cue(t)), None)
    if words_ and ctx.is_finite_cue(words_[0]) and words_[0].feats.get("Number") != "Plur":
        rest = words_[1:]
        if rest and all(t.pos in ("NOUN", "PROPN", "ADJ", "DET", "PRON") for t in rest):
            return words_[0] if len(rest) <= 6 and not any(t.low == "что" for t in rest) else None
    return None


# nouns that, after этот/данный, stand for the statement just reported (подтвердили эту информацию)
REPORT_NOUNS = (
    "информация",
    "данные",
    "сведения",
    "факт",
    "сообщение",
    "новость",
    "слух",
    "версия",
)


def anaphoric_object_cue(ctx: Context, toks: list[Tok]) -> Tok | None:
    """A speech verb whose object points back to the sentence before (В МВД подтвердили эту
    информацию; X опроверг эти сведения; X подтвердил это; Эту версию подтвердили в МВД)."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    if (
        len(words_) > 2
        and words_[0].lemma in ("этот", "данный")
        and words_[1].lemma in REPORT_NOUNS
    ):
        cue = words_[2]  # Эту информацию подтвердили в полиции
        if (ctx.is_finite_cue(cue) or is_finite_object_cue(ctx, cue)) and not negated(ctx, cue):
            return cue
    for n, t in enumerate(toks[:-1]):
        if not (ctx.is_finite_cue(t) or is_finite_object_cue(ctx, t)) or negated(ctx, t):
            continue
        if t.lemma in ctx.lex.predicative_cues and predicative_after(ctx, t.i) is not None:
            return None  # назвал эти сообщения «уткой»: the content is right there
        obj = toks[n + 1]
        if obj.lemma == "это" and obj.feats.get("Case") == "Acc":
            return t if n + 2 >= len(toks) or toks[n + 2].pos == "PUNCT" else None
        nxt = toks[n + 2] if n + 2 < len(toks) else None
        if obj.lemma in ("этот", "данный") and nxt is not None and nxt.lemma in REPORT_NOUNS:
            return t
    return None


def rule_fronted_about(ctx, toks, start, stop, prev):
    """О смерти X сообщили её родственники: noun-phrase content before the verb."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    opener = bool(words_) and (
        words_[0].pos == "ADV"
        or (words_[0].pos == "ADJ" and words_[0].feats.get("Case") == "Ins")  # Первыми о ...
    )
    if len(words_) > 3 and opener and words_[1].low in ("о", "об"):
        words_ = words_[1:]  # Впервые о готовящемся законе президент заявил ...
    if len(words_) < 3 or words_[0].low not in ("о", "об"):
        return None
    if words_[1].lemma in ANAPHORIC or words_[1].low in ("этом", "том", "нем", "ней", "них"):
        return None  # Об этом сообщил X: the content is elsewhere
    n = next((n for n, t in enumerate(words_[2:10], 2) if ctx.is_finite_cue(t)), None)
    finite = [t for t in words_[1:n] if t.pos == "VERB" and t.feats.get("VerbForm") != "Part"]
    if n is None or negated(ctx, words_[n]) or finite:  # о готовящемся законе: a participle
        return None
    cue = words_[n]
    speaker = cue_speaker(ctx, cue.i)
    if speaker.name is None:
        return None
    last = words_[n - 1]
    for t in words_[2:n]:  # О законе президент заявил: the phrase ends before the subject
        if t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN", "PRON"):
            break
        last = t
    end = _trim(ctx, words_[0].start, last.stop)
    return [Quote(words_[0].start, end, "indirect", speaker, cue.text)]


INDIRECT_RULES = (
    rule_source_phrase,
    rule_kak,
    rule_inserted_cue,
    rule_about_this,
    rule_fronted_about,
    rule_postposed,
    rule_that,
)


def headline(ctx: Context) -> list[Quote]:
    """A first line `X: claim` where X names a person or organisation."""
    line_end = ctx.text.find("\n")
    line_end = len(ctx.text) if line_end == -1 else line_end
    colon = ctx.text.find(": ", 0, line_end)
    if colon <= 0 or len(words(ctx.text[:colon])) > 4:
        return []
    mentions = [m for m in ctx.mentions if m.stop <= colon]
    m = mentions[0] if mentions else _named_later(ctx, colon)
    if m is None:
        return []
    begin = colon + 2
    return [
        Quote(
            begin,
            content_end(ctx, begin, line_end),
            "indirect",
            Speaker(m.name, m.start, m.stop),
            ":",
        )
    ]


def _named_later(ctx: Context, colon: int) -> Mention | None:
    """A headline `Лавров: ...` names by surname a person the article names in full."""
    toks = ctx.tokens_in(0, colon)
    if not toks or not all(t.text[:1].isupper() for t in toks):
        return None
    key = fold_text(toks[-1].text)
    key = key[:-1] if len(key) > 5 else key
    for m in ctx.mentions:
        if m.type == "PER" and any(fold_text(w).startswith(key) for w in m.name.split()):
            return Mention(toks[0].start, toks[-1].stop, "PER", m.name)
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\n\r\t":
        pos += 1
    return pos


def indirect_quotes(ctx: Context) -> list[Quote]:
    out = headline(ctx)
    prev = None
    for start, stop in ctx.sents:
        if (not out or out[-1].stop <= start) and not ctx.in_quote(start):
            for q in indirect_in_sentence(ctx, start, stop, prev):
                if q.stop > q.start:
                    out.append(q)
                    ctx.spoken.append((q.start, q.speaker))
        prev = (start, stop)
    return [q for q in out if not _mostly_quoted(ctx, q)]


def _mostly_quoted(ctx: Context, q: Quote) -> bool:
    """Reported content that is all a direct quote (заявил, что «Q»): the direct record
    alone. A clause adding words of its own (Зюганов «Q») keeps both records."""
    outside = [
        w for w in WORDS_AT.finditer(ctx.text, q.start, q.stop) if not ctx.in_quote(w.start())
    ]
    return len(outside) == 0


# --- the table -------------------------------------------------------------------------


def find_quotes(
    text: str, doc, entities: dict[str, list], lex: Lexicon | None = None
) -> list[Quote]:
    """All quotes of one text, in text order."""
    if not text.strip():
        return []
    ctx = Context(text, doc, entities, lex or lexicon())
    quotes = direct_quotes(ctx, quoted_spans(text, ctx.lex))
    quotes += colon_blocks(ctx)
    quotes += indirect_quotes(ctx)
    return sorted((q for q in quotes if q.stop > q.start), key=lambda q: (q.start, q.stop))


def lf_view(text: str) -> str:
    """The text with CRLF/CR line breaks read as LF, same length so offsets hold: the rules
    look for ``\n`` (``сказал:\r\n«Q»`` -> ``сказал: \n«Q»``)."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


ENCLOSING = (("''", "''"), ("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


def bare_name(name: str | None) -> str | None:
    """A speaker name without the marks that enclose all of it (''Wall Street Journal'',
    «Арсенал» -> Арсенал); marks inside a phrase stay (источник «Интерфакса»)."""
    if not name:
        return name
    for left, right in ENCLOSING:
        inner = name[len(left) : -len(right)]
        if len(name) > len(left) + len(right) and name.startswith(left) and name.endswith(right):
            if left not in inner and right not in inner:
                return inner.strip()
    return name


def quote_records(text: str, doc, entities: dict[str, list], models) -> dict[str, list]:
    """Columns ``start, stop, kind, text, speaker, speaker_start, speaker_stop, cue``.

    ``"Так", - сказал Шойгу.`` -> one direct quote "Так" by the article's Сергей Шойгу.
    """
    columns: dict[str, list] = {name: [] for name in COLUMNS}
    for q in find_quotes(lf_view(text), doc, entities):
        for name, value in (
            ("start", q.start),
            ("stop", q.stop),
            ("kind", q.kind),
            ("text", text[q.start : q.stop]),
            ("speaker", bare_name(q.speaker.name)),
            ("speaker_start", q.speaker.start),
            ("speaker_stop", q.speaker.stop),
            ("cue", q.cue),
        ):
            columns[name].append(value)
    return columns


# --- corpus counts ---------------------------------------------------------------------

COUNT_COLUMNS = ("speaker", "quotes", "direct", "indirect", "words", "articles")


def quote_counts(corpus, by: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Speakers by number of quotes: ``[*by], speaker, quotes, direct, indirect, words, articles``.

    Quotes without a speaker (``сообщается, что``) are left out. ``by`` names columns of
    ``corpus.articles`` (e.g. ``"date"``, ``"source"``) to break the counts down.

    >>> helpers.quote_counts(corpus).head(1)  # doctest: +SKIP
          speaker  quotes  direct  indirect  words  articles
    0  Сергей Шойгу       9       6         3    230         1
    """
    by = [by] if isinstance(by, str) else list(by or [])
    quotes = corpus.quotes
    missing = [name for name in by if name not in corpus.articles.columns]
    if missing:
        raise KeyError(f"quote_counts(by=...) takes columns of corpus.articles; missing {missing}")
    frame = quotes[quotes["speaker"].notna()]
    if by:
        frame = frame.merge(corpus.articles[["article_id", *by]], on="article_id", how="left")
    frame = frame.assign(
        words=frame["text"].map(lambda s: len(words(s))).astype("int64"),
        direct=(frame["kind"] == "direct").astype("int64"),
        indirect=(frame["kind"] == "indirect").astype("int64"),
    )
    columns = [*by, *COUNT_COLUMNS]
    if frame.empty:
        return pd.DataFrame({name: pd.Series(dtype="int64") for name in columns}).astype(
            {"speaker": tables.STRING}
        )
    out = (
        frame.groupby([*by, "speaker"], dropna=False, observed=True)
        .agg(
            quotes=("kind", "size"),
            direct=("direct", "sum"),
            indirect=("indirect", "sum"),
            words=("words", "sum"),
            articles=("article_id", "nunique"),
        )
        .reset_index()
    )
    out = out.sort_values([*by, "quotes", "speaker"], ascending=[True] * len(by) + [False, True])
    return out[columns].reset_index(drop=True)


MENTION_COLUMNS = ("speaker", "entity", "mentions")
OVER_TIME_COLUMNS = ("period", "speaker", "quotes")
KWIC_COLUMNS = ("article_id", "date", "kind", "left", "quote", "right", "cue")


def speaker_mentions(
    corpus, top: int = 10, types: Sequence[str] = ("PER", "ORG", "LOC")
) -> pd.DataFrame:
    """Who is quoted about whom: ``speaker, entity, mentions`` for the ``top`` speakers.

    An entity counts when its mention lies inside a quote's text; the speaker's own name
    is left out. ``Сергей Шойгу, Казахстан, 3`` = three mentions of Казахстан in his quotes.
    """
    quotes = corpus.quotes[corpus.quotes["speaker"].notna()]
    speakers = quotes["speaker"].value_counts().head(top).index
    quotes = quotes[quotes["speaker"].isin(speakers)]
    entities = corpus.entities[corpus.entities["type"].isin(list(types))]
    pairs = quotes.merge(entities, on="article_id", suffixes=("", "_entity"))
    inside = pairs[
        (pairs["start_entity"] >= pairs["start"])
        & (pairs["stop_entity"] <= pairs["stop"])
        & (pairs["name"] != pairs["speaker"])
    ]
    if inside.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=t)
                for c, t in zip(
                    MENTION_COLUMNS, (tables.STRING, tables.STRING, "int64"), strict=True
                )
            }
        )
    out = (
        inside.groupby(["speaker", "name"], observed=True)
        .size()
        .rename("mentions")
        .reset_index()
        .rename(columns={"name": "entity"})
        .sort_values(["mentions", "speaker", "entity"], ascending=[False, True, True])
    )
    return out[list(MENTION_COLUMNS)].reset_index(drop=True)


def quotes_over_time(corpus, freq: str = "D", top: int = 5) -> pd.DataFrame:
    """Quotes per ``period`` (``freq``: D, W, M ...) for the ``top`` speakers:
    ``period, speaker, quotes``. Articles without a date (or a corpus without a ``date``
    column) are left out; an empty frame then."""
    quotes = corpus.quotes[corpus.quotes["speaker"].notna()]
    if "date" not in corpus.articles.columns:  # undated corpora: nothing to place in time
        quotes = quotes.iloc[:0]
    speakers = quotes["speaker"].value_counts().head(top).index
    dates = corpus.articles.reindex(columns=["article_id", "date"])
    frame = quotes[quotes["speaker"].isin(speakers)].merge(dates, on="article_id")
    frame = frame.assign(date=pd.to_datetime(frame["date"], errors="coerce")).dropna(
        subset=["date"]
    )
    if frame.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns]"),
                "speaker": pd.Series(dtype=tables.STRING),
                "quotes": pd.Series(dtype="int64"),
            }
        )
    frame = frame.assign(period=frame["date"].dt.to_period(freq).dt.start_time)
    out = frame.groupby(["period", "speaker"], observed=True).size().rename("quotes").reset_index()
    return out[list(OVER_TIME_COLUMNS)]


def speaker_quotes(corpus, speaker: str, width: int = 60) -> pd.DataFrame:
    """KWIC list of one speaker's quotes: ``article_id, date, kind, left, quote, right, cue``
    (``width`` characters of context on each side)."""
    quotes = corpus.quotes[corpus.quotes["speaker"] == speaker]
    texts = corpus.articles.set_index("article_id")["text"]
    dates = (
        corpus.articles.set_index("article_id")["date"]
        if "date" in corpus.articles.columns
        else pd.Series(dtype=object)
    )
    rows = []
    for q in quotes.itertuples():
        text = texts[q.article_id]
        rows.append(
            {
                "article_id": q.article_id,
                "date": dates.get(q.article_id),
                "kind": q.kind,
                "left": text[max(0, q.start - width) : q.start].replace("\n", " "),
                "quote": q.text,
                "right": text[q.stop : q.stop + width].replace("\n", " "),
                "cue": q.cue,
            }
        )
    return pd.DataFrame(rows, columns=list(KWIC_COLUMNS))
