"""People's mentions without the common words natasha sometimes takes in front of a name.

``69-летний Младич``, ``Экс-советник Трампа``, ``Прислуга Макафи``: leading words the
dictionary knows only as common words (no first name, surname or patronymic reading) or
with digits are cut off, and the rest is named again (``Младич``, ``Трамп``, ``Макафи``).
A one-word mention is left as it is.
"""

from __future__ import annotations

from bisect import bisect_left

from .names import WORD, is_initial, span_name

PERSON_TAGS = ("Name", "Surn", "Patr")


class _Span:
    def __init__(self, tokens, type_: str) -> None:
        self.tokens, self.type = tokens, type_


def common_word(text: str, vocab) -> bool:
    """A word that cannot be part of a person's name: digits, or only common readings."""
    if any(char.isdigit() for char in text):
        return True
    if is_initial(text) or not WORD.search(text):
        return False
    parts = text.lower().split("-")
    for part in parts:
        parses = vocab.parse(part)
        if not parses or not all(p.is_known for p in parses):
            return False
        if any(tag in p.tag for p in parses for tag in PERSON_TAGS):
            return False
        if any("Geox" in p.tag or "Orgn" in p.tag for p in parses):
            return False
    return True


def trim_people(mentions: list, doc, vocab) -> None:
    """Cut common words off the front of people's mentions (in place)."""
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    for mention in mentions:
        if mention.type != "PER":
            continue
        inside = tokens[bisect_left(starts, mention.start) : bisect_left(starts, mention.stop)]
        cut = 0
        while cut < len(inside) - 1 and common_word(inside[cut].text, vocab):
            cut += 1
        if cut == 0 or not WORD.search(inside[cut].text):
            continue
        rest = inside[cut:]
        offset = rest[0].start - mention.start
        mention.start = rest[0].start
        mention.text = mention.text[offset:]
        mention.name = span_name(_Span(rest, "PER"), vocab)
