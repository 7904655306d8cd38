"""The records of quote extraction and the per-article context.

``Tok`` (a token with folded text and lemma), ``Mention`` (an entity mention), ``Speaker``
(a name and where it is written), ``Quote`` (one found quote and the ``rule`` that found
it) and ``Context``: one article's text, tokens, sentences, mentions, the lexicon and the
morphology analyser, with the lookups every rule shares.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from pymorphy2.analyzer import Parse
from threadpoolctl import ThreadpoolController

from ...io.text import fold_text, line_spans
from ..entities.names import feminine_instrumental, foreign_i
from .lexicons import DEDICATING, MODALS, Lexicon
from .name_forms import feminine_name, given_name_gender
from .tagger_repair import is_future_verb, repair_openers, repair_tags

CLAUSE_END = set(".!?;:\n") | {"…"}


INVISIBLE = "\u200b\u200c\u200d\ufeff"  # zero-width characters glued to words in web text


WORDS_AT = re.compile(r"\w+")


OPENING = "«„“\"'"
CLOSING = "»“”\"'"
# tree relations that attach a name to its noun (интернет-ресурс Insidefacebook)
NAME_RELS = ("appos", "flat:foreign", "flat:name")
# `Вера и ` right before `Илья Петровы`: the first of two given names sharing a surname
JOINED = re.compile(r"\b([А-ЯЁ][а-яё]+) и $")


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
    """One quote: ``text[start:stop]``, its ``kind`` (direct, indirect), speaker, cue as
    written, and the ``rule`` that found it (``direct:dash_after``, ``indirect:chto_clause``)."""

    start: int
    stop: int
    kind: str
    speaker: Speaker
    cue: str
    rule: str = ""


class Stop:
    """What a frame returns when it applies but finds nothing: no later frame is tried."""


STOP = Stop()


@dataclass(frozen=True)
class Frame:
    """A named rule: ``match`` gives what it found, ``STOP`` (it applies, nothing found) or
    None (it does not apply: the next frame is tried). Its name is the quote's ``rule``."""

    name: str
    match: Callable


@dataclass
class Mention:
    """An entity mention from the entity table (PER/ORG ...)."""

    start: int
    stop: int
    type: str
    name: str
    gender: str | None = None


class Context:
    """One article: text, tokens, entity mentions, the lexicon and the pymorphy3 analyser of
    the models (``morph``: ``Models.morph_vocab``), with lookups the rules share."""

    def __init__(self, text: str, doc, entities: dict[str, list], lex: Lexicon, morph, syntax=None):
        self.text = text
        self.syntax = syntax  # natasha's NewsSyntaxParser, run on demand (``heads``)
        self._heads: dict[tuple[int, int], dict[int, tuple[int | None, str]]] = {}
        self.lex = lex
        self.morph = morph
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
        for tok in self.toks:
            repair_tags(morph, tok, lex.cues)  # передаёт; Активисты-правозащитники
        self.starts = [t.start for t in self.toks]
        self.stops = [t.stop for t in self.toks]  # increasing too: tokens do not overlap
        self.sents = list(lines_of_sentences(text, doc.sents))
        repair_openers(self)  # Внук политика рассказал:, Синоптики предупредили
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
        self.mentions = [_without_full_stop(text, m) for m in every if m.type in ("PER", "ORG")]
        # places speak only through "в Кремле заявили" / "в сообщении Белого дома"
        self.places = [m for m in every if m.type == "LOC"]
        for m in self.mentions:
            m.gender = self._gender(m)
        self._split_names()
        self._dedicatee_names()
        self._nominative_names()
        self._organisation_words()
        self._full_names()
        self._unmarked_surnames()
        self._feminine_names()
        self._joint_names()
        self._collective_names()
        self._territorial_names()
        self.quoted: list[tuple[int, int]] = []  # spans of direct quotes, filled by the extractor
        self.spoken: list[tuple[int, Speaker]] = []  # (position, speaker) of quotes found so far
        self.chain_depth = 0  # roles resolved inside a pronoun's subject chain (anaphora.py)

    # --- lookups ------------------------------------------------------------------------
    def _gender(self, m: Mention) -> str | None:
        toks = self.tokens_in(m.start, m.stop)
        if any(t.pos == "PROPN" and feminine_instrumental(t) for t in toks):
            return "Fem"  # с Джорджей Мелони, tagged masculine
        shown = [t.feats["Gender"] for t in toks if t.pos == "PROPN" and t.feats.get("Gender")]
        shown = [g for g in shown if g in ("Masc", "Fem")]
        if len(set(shown)) > 1 and (verb := self._verb_gender(m)) is not None:
            return verb  # Джорджа (Masc) Мелони (Fem) выступила: the verb agrees with her
        if shown:
            return shown[0]
        return given_name_gender(m.name) if m.type == "PER" else None

    def _verb_gender(self, m: Mention) -> str | None:
        """The gender of a past-tense verb right after the mention (adverbs between)."""
        k = self.first_token_after(m.stop)
        for t in self.toks[k : k + 3] if k is not None else []:
            if t.pos in ("ADV", "PART"):
                continue
            gender = t.feats.get("Gender")
            return gender if t.pos in ("VERB", "AUX") and gender in ("Masc", "Fem") else None
        return None

    def _split_names(self) -> None:
        """A one-word person mention right before another, a space between (Нейл | Патрик
        Харрис, as the entity pass split them), is one person: the two are joined."""
        out: list[Mention] = []
        for m in self.mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.type == m.type == "PER"
                and self.text[prev.stop : m.start] == " "
                and " " not in self.text[prev.start : prev.stop]
                and " " not in prev.name  # not a name the entity pass already linked in full
            ):
                name = m.name if m.name.startswith(prev.name) else f"{prev.name} {m.name}"
                out[-1] = Mention(prev.start, m.stop, "PER", name, m.gender)
                continue
            out.append(m)
        self.mentions = out

    def _dedicatee_names(self) -> None:
        """A person's name after `имени`/`им.` is the name an institution bears (МГУ им.
        Ломоносова, театр имени Вахтангова): neither a speaker nor an antecedent."""
        keep = []
        for m in self.mentions:
            j = (self.token_at(m.start) or 0) - 1
            if j > 0 and self.toks[j].text == ".":
                j -= 1
            if not (m.type == "PER" and j >= 0 and self.toks[j].low in DEDICATING):
                keep.append(m)
        self.mentions = keep

    def _nominative_names(self) -> None:
        """A person's name the entity pass left as written in an oblique case (с министром
        Хаканом Фиданом -> Хаканом Фиданом) is put in the nominative word by word."""
        for m in self.mentions:
            toks = self.tokens_in(m.start, m.stop)
            if m.type != "PER" or m.name != self.text[m.start : m.stop] or not toks:
                continue
            case = toks[-1].feats.get("Case")
            if case in (None, "Nom"):
                case = self._apposed_case(toks[0].i)
            if case in (None, "Nom") or not all(t.text.isalpha() for t in toks):
                continue
            words = [_nominative_word(self.morph, t, case) for t in toks]
            if all(words) and m.gender == "Masc":  # Джино Дескальси: no Дескальсь
                words = [
                    t.text if foreign_i(t.text, w, self.morph) else w
                    for t, w in zip(toks, words, strict=True)
                ]
            if all(words):
                m.name = " ".join(words)

    def _apposed_case(self, k: int) -> str | None:
        """The case of a role noun right before the name at token ``k`` (с министром
        иностранных дел Турции Хаканом Фиданом: Ins), which the name shares; a plural noun
        is no role of one person (Генсекретарь кабинета министров Ёсимаса Хаяси)."""
        for t in reversed(self.toks[max(0, k - 6) : k]):
            if t.pos == "PUNCT":
                return None
            if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
                return None if t.feats.get("Number") == "Plur" else t.feats.get("Case")
        return None

    def _full_names(self) -> None:
        """A one-word person mention takes the article's full name with that surname or first name."""
        people = [m for m in self.mentions if m.type == "PER" and len(m.name.split()) > 1]
        for m in self.mentions:
            if m.type != "PER" or len(m.name.split()) > 1:
                continue
            key = fold_text(m.name)[:-2] if len(m.name) > 5 else fold_text(m.name)
            for full in people:  # Шойгу -> Сергей Шойгу, Юлии -> Юлия Ефимова
                if any(fold_text(part).startswith(key) for part in full.name.split()):
                    # the same word form as in the full name (Лопес, Джоли: indeclinable)
                    # tells no gender of its own: the full name's given name does
                    same = fold_text(m.name) in {fold_text(p) for p in full.name.split()}
                    own = full.gender if same and full.gender else m.gender
                    m.name, m.gender = full.name, own or full.gender
                    break
        # a surname alone that the entity pass linked to a full name (Лопес -> Дженнифер
        # Лопес) takes the gender the full mention shows through its given name
        shown = {
            m.name: m.gender
            for m in people
            if m.gender and len(self.text[m.start : m.stop].split()) > 1
        }
        for m in self.mentions:
            written = self.text[m.start : m.stop]
            if m.type == "PER" and len(written.split()) == 1 and m.name in shown:
                if fold_text(written) in {fold_text(p) for p in m.name.split()}:
                    m.gender = shown[m.name]

    def _organisation_words(self) -> None:
        """A one-word "person" whose lemma opens an organisation's name in the same article
        (Реала after «Реал Мадрид») is that organisation."""
        orgs = {}
        for m in self.mentions:
            toks = [t for t in self.tokens_in(m.start, m.stop) if t.text[:1].isalpha()]
            if m.type == "ORG" and toks:
                orgs.setdefault(toks[0].lemma, m.name)
        for m in self.mentions:
            toks = self.tokens_in(m.start, m.stop)
            if m.type == "PER" and len(toks) == 1 and toks[0].lemma in orgs:
                m.type, m.name = "ORG", orgs[toks[0].lemma]

    def _unmarked_surnames(self) -> None:
        """A surname the entity pass did not mark or read as a place (После университета
        Хантсмен поступил ...) names the person the article named in full with that surname (same lemma, one
        person only): it becomes a mention of that person."""
        names: dict[str, set[tuple[str, str | None]]] = {}
        for m in self.mentions:
            toks = self.tokens_in(m.start, m.stop)
            if m.type == "PER" and len(m.name.split()) > 1 and toks and toks[-1].pos == "PROPN":
                names.setdefault(toks[-1].lemma, set()).add((m.name, m.gender))
        if not names:
            return
        added = []
        for t in self.toks:
            found = names.get(t.lemma) if t.pos == "PROPN" and t.text[:1].isupper() else None
            if found is None or len(found) != 1 or self.mention_at(t) is not None:
                continue
            name, gender = next(iter(found))
            added.append(Mention(t.start, t.stop, "PER", name, gender))
        if added:  # a one-word "place" with a person's surname is that person
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
            self.places = [p for p in self.places if not any(p.start == m.start for m in added)]

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

    def _joint_names(self) -> None:
        """`Вера и Илья Петровы`: the entity pass takes the second given name with the plural
        surname as one person; a joint statement goes to the first person named (the
        guideline), with the surname in the singular of her or his gender."""
        for m in self.mentions:
            written = self.text[m.start : m.stop].split()
            before = JOINED.search(self.text, max(0, m.start - 30), m.start)
            if m.type != "PER" or len(written) != 2 or before is None:
                continue
            first = before.group(1)
            gender = given_name_gender(f"{first} {written[-1]}")
            grammemes = {"sing", "nomn", "femn" if gender == "Fem" else "masc"}
            for parse in self.morph.parse(written[-1]):
                if "Surn" in parse.tag and "plur" in parse.tag:
                    form = Parse.inflect(parse, grammemes)
                    if form is not None:
                        m.name, m.gender = f"{first} {form.word.capitalize()}", gender
                    break

    def _collective_names(self) -> None:
        """An organisation named by a collective noun and its genitive dependants (пресс-служба
        городского управления МЧС) keeps the dependants as written, only the head noun in the
        nominative (the entity pass's first word): the entity pass may inflect them all
        (пресс-служба городское управление)."""
        every = sorted(self.mentions + self.places, key=lambda m: m.start)
        for m in self.mentions:
            written = self.text[m.start : m.stop].split()
            if m.type != "ORG" or len(written) < 2 or len(m.name.split()) != len(written):
                continue  # Министерстве финансов России -> Минфин России: a short name kept
            first = self.text[m.start : m.stop].split(" ", 1)[0]
            parses = [p for p in self.morph.parse(first) if p.tag.POS == "NOUN"]
            if not parses:
                continue
            if _folded(parses[0].normal_form) not in self.lex.org_roles:
                continue
            stop = m.stop
            for other in every:  # пресс-служба городского управления | МЧС: one name
                if other.start == stop + 1 and self.text[stop] == " ":
                    stop = other.stop
            head = m.name.split(" ", 1)[0]
            if self.sentence_of(m.start)[0] == m.start and head[1:2].islower():  # not МИД
                head = head[:1].lower() + head[1:]
            m.name = head + self.text[m.start + len(first) : stop]

    def _territorial_names(self) -> None:
        """A body with its territory after `по` (следственное управление СК РФ по Кабардино-
        Балкарии, УМВД по Ростовской области) keeps it: the entity pass ends the name before
        `по`. The name runs over the genitive names right after it, then `по` and the dative
        phrase (up to four words, one of them capitalised)."""
        for m in self.mentions:
            k = self.first_token_after(m.stop)
            if m.type != "ORG" or k is None:
                continue
            while k < len(self.toks) and (other := self.mention_at(self.toks[k])) is not None:
                if other.type != "ORG" or self.toks[k].feats.get("Case") not in ("Gen", None):
                    break
                k = self.first_token_after(other.stop) or len(self.toks)
            if k + 1 >= len(self.toks) or self.toks[k].low != "по":
                continue
            phrase = []
            for t in self.toks[k + 1 : k + 5]:
                if t.pos not in ("ADJ", "NOUN", "PROPN") or t.feats.get("Case") in (
                    "Nom",
                    "Acc",
                    "Ins",
                ):
                    break
                phrase.append(t)
            if phrase and any(t.text[:1].isupper() for t in phrase) and phrase[-1].pos != "ADJ":
                m.name = m.name + self.text[m.stop : phrase[-1].stop]
                if k == self.first_token_after(m.stop):  # `по X` right after: in the span too
                    m.stop = phrase[-1].stop

    def heads(self, k: int) -> dict[int, tuple[int | None, str]]:
        """The dependency tree of the sentence holding token ``k`` (token index -> head token
        index or None for the root, relation), parsed once per sentence and only when a rule
        asks: the parser is slow, so it runs on the few sentences whose speaker the rules
        could not find; empty without a parser."""
        if self.syntax is None:
            return {}
        span = self.sentence_of(self.toks[k].start)
        if span not in self._heads:
            toks = self.tokens_in(*span)
            with blas_controller().limit(
                limits=1, user_api="blas"
            ):  # one sentence: threads only cost
                markup = self.syntax([t.text for t in toks])
            ids = {str(n + 1): t.i for n, t in enumerate(toks)}
            self._heads[span] = {
                ids[d.id]: (ids.get(d.head_id), d.rel) for d in markup.tokens if d.id in ids
            }
        return self._heads[span]

    def tokens_in(self, start: int, stop: int) -> list[Tok]:
        """Tokens inside ``start:stop`` (tokens are sorted and do not overlap)."""
        return self.toks[bisect_left(self.starts, start) : bisect_right(self.stops, stop)]

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
        for start, stop in self.quoted:  # a loop, not any(): asked for every token
            if start <= pos < stop:
                return True
        return False

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
        """A finite speech verb not in the first person (the author's "Напомним, что"), not
        a future (X сообщит об этом позже, назовёт победителей в апреле: nothing said yet)."""
        return self.is_cue(tok) and is_reported_form(tok) and not self.is_future(tok)

    def is_future(self, tok: Tok) -> bool:
        """A perfective future the tagger marks and pymorphy3 confirms (сообщит, назовёт)."""
        return is_future_verb(self.morph, tok)


@lru_cache(maxsize=1)
def blas_controller() -> ThreadpoolController:
    """The process's thread pools, found once: ``threadpool_limits`` looks for the loaded
    libraries again on every call, which cost as much as parsing a sentence."""
    return ThreadpoolController()


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """A token's text or lemma folded (lowercase, ё -> е) without zero-width characters;
    memoised: news vocabulary repeats, so most tokens are folded once per process."""
    return fold_text(word).strip(INVISIBLE)


UD_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _nominative_word(morph, tok: Tok, ud_case: str) -> str | None:
    """A name word in ``ud_case`` put in the nominative (Фиданом -> Фидан), capitalised."""
    case = UD_CASES.get(ud_case)
    for parse in morph.parse(tok.text):
        if case and case in parse.tag and "sing" in parse.tag:
            form = Parse.inflect(parse, {"nomn"})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return None


def is_reported_form(tok: Tok) -> bool:
    """A finite verb form that reports someone else's words: not the author's first person
    (Напомним), not an imperative (Скажите)."""
    return (
        tok.feats.get("VerbForm", "Fin") == "Fin"
        and tok.feats.get("Person") != "1"
        and tok.feats.get("Mood") != "Imp"
    )


def _without_full_stop(text: str, m: Mention) -> Mention:
    """An organisation's name the entity pass took with the full stop of its sentence
    (сообщает газета 7Плюс.): the stop is no part of it (Inc., Co. keep theirs)."""
    written = text[m.start : m.stop]
    last = written[:-1].split()[-1] if len(written) > 1 and written[:-1].split() else ""
    if m.type != "ORG" or not written.endswith(".") or (last.isascii() and len(last) <= 3):
        return m
    name = m.name[:-1] if m.name.endswith(".") else m.name
    return Mention(m.start, m.stop - 1, m.type, name)


def lines_of_sentences(text: str, sents) -> Iterable[tuple[int, int]]:
    """natasha's sentences, also cut at line breaks (titles and paragraphs end a sentence;
    the pipeline's own sentences are cut so already)."""
    for s in sents:
        yield from line_spans(text, s.start, s.stop)


def mention_case(ctx: Context, m: Mention) -> str | None:
    """The case of a mention's first word; a man's full name (a masculine given name first,
    or an indeclinable one) whose other words all end in a consonant is in no oblique case the
    tagger may claim (Карл Хелдин: the genitive is Карла Хелдина; Гильермо Абаскаль)."""
    full = toks = ctx.tokens_in(m.start, m.stop)
    while len(toks) > 1 and _indeclinable(ctx, toks[0]):
        toks = toks[1:]  # Бадри Патаркацишвили: the given name shows no case, the rest does
    case = toks[0].feats.get("Case") if toks else None
    if case in ("Gen", "Dat", "Acc", "Ins") and m.type == "PER" and m.gender != "Fem":
        words = [t.low for t in toks if t.text.isalpha() or "-" in t.text]
        if not words or not all(BARE_STEM.search(w) for w in words):
            return case
        if case == "Ins" and any(w.endswith(("ом", "ем", "ём")) for w in words):
            return case  # с Гильермо Абаскалем: a man's instrumental ends in a consonant too
        if len(toks) < len(full):
            return "Nom"  # Гильермо Абаскаль: an indeclinable given name, a bare surname
        given = ctx.morph.parse(words[0].split("-")[0])
        if len(words) > 1 and any({"Name", "masc", "nomn"} <= p.tag.grammemes for p in given):
            return "Nom"
    return case


def _indeclinable(ctx: Context, tok: Tok) -> bool:
    """A name word the dictionary knows as indeclinable (Бадри, Криштиану, Хосе)."""
    parses = ctx.morph.parse(tok.low)
    return bool(parses) and "Fixd" in parses[0].tag


BARE_STEM = re.compile(r"[бвгджзйклмнпрстфхцчшщь]$")  # no case ending of a masculine noun


def ends_clause(tok: Tok, lex: Lexicon) -> bool:
    return tok.text in CLAUSE_END or tok.text == "," or tok.text in lex.dashes


def negated(ctx: Context, tok: Tok) -> bool:
    return tok.i > 0 and ctx.toks[tok.i - 1].low == "не"


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\n\r\t":
        pos += 1
    return pos
