"""Building blocks of reported speech: the rule lexicon and quotation-mark pairing.

Everything language-specific lives in ``helpers/data/quote_*`` files: speech verbs
(lemmas), "по словам"-type source phrases, role words, title nouns, impersonal
cues, quotation-mark pairs and dash characters. ``quoted_spans`` pairs quotation
marks over a whole text, including straight quotes whose inner closing mark
collapsed with the outer one (``форум "Армия-2022", - сказал``) and quotes that run
over several paragraphs (each paragraph opens again with «).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"\w+(?:-\w+)*")


def _lines(name: str) -> list[str]:
    text = resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """The rule data of quote extraction (see ``helpers/data/quote_*``)."""

    cues: frozenset[str]  # speech-verb lemmas
    sources: frozenset[str]  # "словам", "мнению" ... after "по" / "согласно"
    source_preps: frozenset[str]  # "по", "согласно"
    roles: frozenset[str]  # role nouns (министр, глава)
    org_roles: frozenset[str]  # collective sources (пресс-служба, ведомство)
    titles: frozenset[str]  # nouns before a quoted name (газета «Известия»)
    impersonal: frozenset[str]  # word forms: сообщается, отмечается
    object_cues: frozenset[str]  # verbs with noun-phrase content (назвать, отрицать)
    documents: frozenset[str]  # в сообщении/заявлении X говорится
    anonymous: frozenset[str]  # unnamed sources (источник, очевидец): never resolved
    infinitive_cues: frozenset[str]  # requests, proposals: content in the infinitive
    pp_cues: frozenset[tuple[str, str]]  # (lemma, preposition): признаться в ...
    settings: frozenset[str]  # setting of a speech act (на пресс-конференции, в интервью)
    offices: frozenset[str]  # one-holder roles: министр обороны РФ points back to its holder
    indefinite_cues: frozenset[str]  # plural verbs reporting with no subject (называют, предложили)
    request_nouns: frozenset[str]  # с просьбой / с требованием + infinitive content
    predicative_cues: frozenset[str]  # назвать/считать X Y (instrumental): X Y is the content
    question_cues: frozenset[str]  # verbs of asking: a reported question (спросил, почему ...)
    light_cues: frozenset[tuple[str, str]]  # (verb, noun): подвергнуть критике, выразить недоумение
    report_nouns: frozenset[str]  # информация, слухи: в газете появилась информация о ...
    report_verbs: frozenset[str]  # появиться, циркулировать: a report that appeared
    quoting_cues: frozenset[str]  # цитировать, приводить (слова): the object's words
    venues: frozenset[str]  # пресса, сеть: where reports appear without a source
    marks: tuple[tuple[str, str], ...]  # (open, close) pairs
    dashes: str  # dash characters


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    with resources.files("helpers").joinpath("data", "quote_marks.csv").open(encoding="utf-8") as f:
        marks = tuple((row["open"], row["close"]) for row in csv.DictReader(f))
    return Lexicon(
        cues=frozenset(_lines("quote_cues.txt")),
        sources=frozenset(line.split()[1] for line in _lines("quote_sources.txt")),
        source_preps=frozenset(line.split()[0] for line in _lines("quote_sources.txt")),
        roles=frozenset(_lines("quote_roles.txt")),
        org_roles=frozenset(_lines("quote_org_roles.txt")),
        titles=frozenset(_lines("quote_titles.txt")),
        impersonal=frozenset(_lines("quote_impersonal.txt")),
        object_cues=frozenset(_lines("quote_object_cues.txt")),
        documents=frozenset(_lines("quote_documents.txt")),
        anonymous=frozenset(_lines("quote_anonymous.txt")),
        infinitive_cues=frozenset(_lines("quote_infinitive_cues.txt")),
        pp_cues=frozenset(tuple(line.split()[:2]) for line in _lines("quote_pp_cues.txt")),
        settings=frozenset(_lines("quote_settings.txt")),
        offices=frozenset(_lines("quote_offices.txt")),
        indefinite_cues=frozenset(_lines("quote_indefinite_cues.txt")),
        request_nouns=frozenset(_lines("quote_request_nouns.txt")),
        predicative_cues=frozenset(_lines("quote_predicative_cues.txt")),
        question_cues=frozenset(_lines("quote_question_cues.txt")),
        light_cues=frozenset(tuple(line.split()[:2]) for line in _lines("quote_light_cues.txt")),
        report_nouns=frozenset(_lines("quote_report_nouns.txt")),
        report_verbs=frozenset(_lines("quote_report_verbs.txt")),
        quoting_cues=frozenset(_lines("quote_quoting_cues.txt")),
        venues=frozenset(_lines("quote_venues.txt")),
        marks=marks,
        dashes="".join(_lines("quote_dashes.txt")),
    )


@dataclass(frozen=True)
class Quoted:
    """Text between a pair of quotation marks: ``text[start:stop]`` excludes the marks."""

    start: int
    stop: int


def _straight_opens(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space/bracket/start and precedes a non-space."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{«„:—–-/") and not after.isspace()


def _attribution_follows(text: str, i: int, dashes: str) -> bool:
    """After position ``i``: optional punctuation, then a dash (``", - сказал``) or a line end."""
    rest = text[i : i + 8]
    return bool(re.match(rf"[,.!?…]*\s*([{re.escape(dashes)}]|\n|$)", rest))


def quoted_spans(text: str, lex: Lexicon | None = None) -> list[Quoted]:
    """All quotation-mark pairs of ``text``, outer and inner, in order of opening.

    >>> [text[q.start:q.stop] for text in ['Он сказал: «Да, это так».'] for q in quoted_spans(text)]
    ['Да, это так']
    """
    lex = lex or lexicon()
    closer = {o: c for o, c in lex.marks}
    closers = set(closer.values())
    stack: list[tuple[str, int]] = []  # (open mark, position)
    found: list[Quoted] = []
    skip: set[int] = set()
    for i, ch in enumerate(text):
        if i in skip:
            continue
        if ch == "\n":
            stack = _carry_over(text, i, stack, skip)
            continue
        if ch == '"':
            if _straight_opens(text, i):
                stack.append((ch, i))
                continue
            opened = [k for k, (mark, _) in enumerate(stack) if mark == '"']
            if not opened:
                continue
            inner = opened[-1]
            found.append(Quoted(stack[inner][1] + 1, i))
            del stack[inner:]
            outer = [k for k, (mark, _) in enumerate(stack) if mark == '"']
            if outer and _attribution_follows(text, i + 1, lex.dashes):
                # collapsed straight quotes: '... форум "Армия-2022", - сказал' closes both
                found.append(Quoted(stack[outer[-1]][1] + 1, i))
                del stack[outer[-1] :]
            continue
        opens, closes = ch in closer, ch in closers
        if opens and closes:  # “ closes „ but opens “…”: decide by the neighbours
            opens = _straight_opens(text, i)
            closes = not opens
        if opens:
            stack.append((ch, i))
        elif closes or opens:
            match = [k for k, (mark, _) in enumerate(stack) if closer.get(mark) == ch]
            if match:
                found.append(Quoted(stack[match[-1]][1] + 1, i))
                del stack[match[-1] :]
    return sorted(found, key=lambda q: (q.start, -q.stop))


def _carry_over(text: str, i: int, stack: list[tuple[str, int]], skip: set[int]) -> list:
    """At a line break, keep quotes whose next paragraph reopens with the same mark."""
    if not stack:
        return stack
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] == stack[0][0]:
        skip.add(j)
        return stack[:1]
    return []


def words(text: str) -> list[str]:
    return WORD.findall(text)
