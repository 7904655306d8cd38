"""Quotation marks: pairing them over a whole text.

``quoted_spans`` pairs quotation marks, including straight quotes whose inner closing
mark collapsed with the outer one (``форум "Армия-2022", - сказал``) and quotes that run
over several paragraphs (each paragraph opens again with «; or, round 8, a mark left open at a
paragraph's end closed at the end of the next one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import Lexicon, lexicon

WORD = re.compile(r"\w+(?:-\w+)*")


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


def _split_goes_on(text: str, i: int, dashes: str) -> bool:
    """After position ``i`` (past a closing straight quote): an attribution between two
    dashes, then the rest of the paragraph up to its only straight quote, which closes
    (``"... на судне "Заря", - сказал X. - Q2"``): the quote is split, its second part goes
    on after the attribution, so the outer quote did not close with the inner one."""
    end = text.find("\n", i)
    rest = text[i : len(text) if end == -1 else end]
    d = re.escape(dashes)
    m = re.match(rf'[,.!?…]*\s*[{d}][^"]*?[,.]\s*[{d}]\s*\w[^"]*"', rest)
    return bool(m) and rest.count('"') == 1 and not _straight_opens(text, i + m.end() - 1)


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
    left: tuple[str, int, int] | None = None  # a mark left open at a paragraph's end
    for at in _mark_chars(lex.marks).finditer(text):  # other characters change nothing
        i, ch = at.start(), at.group()
        if i in skip:
            continue
        if ch == "\n":
            kept = _carry_over(text, i, stack, skip)
            if stack and not kept:
                left = (stack[0][0], stack[0][1], i) if len(stack) == 1 else None
            stack = kept
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
            if (
                outer
                and _attribution_follows(text, i + 1, lex.dashes)
                and not _split_goes_on(text, i + 1, lex.dashes)
            ):
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
            elif left is not None and closer.get(left[0]) == ch and _closes_next(text, left, i):
                found.append(Quoted(left[1] + 1, i))  # “Q1 (new paragraph) Q2.”: one quote
                left = None
    return sorted(found, key=lambda q: (q.start, -q.stop))


@lru_cache(maxsize=8)
def _mark_chars(marks: tuple[tuple[str, str], ...]) -> re.Pattern:
    """One of the characters ``quoted_spans`` acts on: a line break, a straight quote or a
    mark of ``marks``."""
    chars = {"\n", '"'} | {c for pair in marks for c in pair if len(c) == 1}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


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


BLOCK_PARAGRAPHS = 6  # paragraphs at most of a quote opened once and closed once


def _closes_next(text: str, left: tuple[str, int, int], i: int) -> bool:
    """The closing mark at ``i`` ends the paragraph right after the one whose opening mark
    (``left``: mark, position, that paragraph's line break) was left open, with no mark of
    its own between: a quote over two paragraphs, opened once and closed once; or a few
    paragraphs later, with no mark of its kind in them (round 14)."""
    ch = text[i]
    mark, opened, brk = left
    begin = brk
    while begin < len(text) and text[begin].isspace():
        begin += 1
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    rest = text[i + 1 : end].strip(" \u00a0.,!?…")
    if rest or text.count("\n", brk, begin) > 2:
        return False
    if "\n" not in text[begin:i]:
        return True
    # a block over more paragraphs (up to BLOCK_PARAGRAPHS), no mark of its kind between
    paragraphs = [p for p in text[begin:i].split("\n") if p.strip()]
    return len(paragraphs) < BLOCK_PARAGRAPHS and not any(c in text[begin:i] for c in mark + ch)


BLOCK_TAIL = ".!?…;: \u00a0\t\n\r»“”\"'"  # left out at the end of a block quote's paragraph


def paragraph_end(text: str, pos: int, stop: int) -> int:
    """The end of a block quote's paragraph ``text[pos:stop]`` without its final punctuation:
    a paragraph of someone's words is theirs to its end (`..., и любой, кто меня знает,
    скажет, что ...` is not a new report of the author's)."""
    while stop > pos and text[stop - 1] in BLOCK_TAIL:
        stop -= 1
    return stop


def words(text: str) -> list[str]:
    return WORD.findall(text)


ITALICS = re.compile(r"'{2,3}(?=[^'\s«„“\"])")  # wiki italics (or bold) opening a paragraph


def italic_opening(text: str, begin: int, end: int) -> int:
    """``begin`` moved past the wiki italics that wrap the whole paragraph ``text[begin:end]``
    (`X сообщил:` (new line) `''Q''.`: Wikinews sets a quoted block in italics instead of
    quotation marks); ``begin`` itself when the italics close before the paragraph's end
    (`''Известия'' пишут ...`: a name)."""
    found = ITALICS.match(text, begin, end)
    if found is None:
        return begin
    body = text[found.end() : end].rstrip(" \u00a0.!?…;:")
    if not body.endswith(found.group()) or found.group() in body[: -len(found.group())]:
        return begin
    return found.end()


WIKI_MARKUP = re.compile("'{2,5}|")  # wiki italics or bold closed with the marks: ''«Q»''


def after_closing(text: str, stop: int) -> int:
    """The position after the closing mark at ``stop`` and the wiki italics or bold closed
    with it (`''«Q»'', — сказал X`: the attribution's punctuation comes after the markup)."""
    return stop + 1 + len(WIKI_MARKUP.match(text, stop + 1)[0])
