"""People's mentions without the common words natasha sometimes takes in front of a name.

``69-летний Младич``, ``Экс-советник Трампа``, ``Папа Римский Франциск``: leading words
with digits, adjectives with no name reading and role words (``roles.txt``) are cut off,
and the rest is named again (``Младич``, ``Трамп``, ``Франциск``). A one-word mention is
left as it is; nouns that are also names stay (``Нора Донда``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ...io.text import fold_text
from .known_names import known_names
from .lexicon import words
from .names import WORD, is_initial, span_name

PERSON_TAGS = ("Name", "Surn", "Patr")
ROLES = words("roles.txt")


class _Span:
    def __init__(self, tokens, type_: str) -> None:
        self.tokens, self.type = tokens, type_


def common_word(text: str, vocab) -> bool:
    """A word that is not part of a person's name: digits (``69-летний``), an adjective with
    no name reading (``Римский``), or a role word (``Экс-советник``, ``Глава``). Nouns that
    are also names (``Нора``, ``Пак``) are kept."""
    if any(char.isdigit() for char in text) or fold_text(text) in known_names().bodies:
        return True  # 69-летний; Минцифры (a body, cut off as a mention of its own)
    if is_initial(text) or not WORD.search(text):
        return False
    last = text.lower().split("-")[-1]
    if fold_text(last) in ROLES:
        return True
    parses = vocab.parse(last)
    return (
        bool(parses)
        and all(p.is_known and p.tag.POS in ("ADJF", "PRTF") for p in parses)
        and not any(tag in p.tag for p in parses for tag in (*PERSON_TAGS, "Geox"))
    )


def trim_people(mentions: list, doc, vocab) -> None:
    """Cut common words off the front of people's mentions (in place); a known body's name
    there (``Минцифры Максут Шадаев``) becomes a mention of its own."""
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    bodies = known_names().bodies
    for mention in list(mentions):
        if mention.type != "PER":
            continue
        inside = tokens[bisect_left(starts, mention.start) : bisect_left(starts, mention.stop)]
        if len(inside) > 2 and (body := bodies.get(fold_text(inside[0].text))) is not None:
            first = inside[0]
            org = replace(mention, stop=first.stop, type="ORG", text=first.text, name=body[0])
            mentions.insert(mentions.index(mention), org)
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
