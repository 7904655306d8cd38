"""Places and organisations inside a longer organisation mention.

``Минобороны России``, ``МИД Турции``, ``радио «Голос Америки»``: the place is named, but
as part of an organisation's name. Such mentions carry ``nested=True``; ``entity_counts``
leaves them out unless asked (``nested=True``), so "how often is Russia mentioned" does not
silently include ministry names.

* ``nested_places``: a place named inside an ORG mention that natasha tagged as one span
  (``Министерство обороны Российской Федерации``) becomes a mention of its own (a
  known place of ``entity_places.csv`` or a word the dictionary knows only as a place);
* ``nested_flags``: a LOC or ORG mention lying inside a longer ORG mention is nested.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ...io.text import fold_text
from .aliases import known_owner
from .known_names import known_names
from .names import is_caps, span_name

# the longest place name looked for inside an organisation's name (in tokens)
MAX_PLACE = 3


class _Span:
    def __init__(self, tokens, type_: str) -> None:
        self.tokens, self.type = tokens, type_


def only_place(token, vocab) -> bool:
    """A capitalised word the dictionary knows, and only as a place (``Америки``)."""
    if not token.text[:1].isupper() or len(token.text) < 3:
        return False
    parses = vocab.parse(token.text.lower())
    return bool(parses) and all(p.is_known and "Geox" in p.tag for p in parses)


def place_at(tokens, index: int, text: str, vocab) -> tuple[int, str] | None:
    """(tokens taken, name) of a place starting at ``tokens[index]``, longest first."""
    table = known_names()
    for size in range(min(MAX_PLACE, len(tokens) - index), 0, -1):
        words = tokens[index : index + size]
        if not words[0].text[:1].isupper():
            return None
        key = fold_text(text[words[0].start : words[-1].stop])
        if key in table.genitives:
            return size, table.genitives[key]
        hit = table.names.get(key)
        if hit is not None and hit[1] == "LOC":
            return size, hit[0]
    if only_place(tokens[index], vocab):
        return 1, span_name(_Span(tokens[index : index + 1], "LOC"), vocab)
    return None


def nested_places(mentions: list, doc, text: str, vocab) -> list:
    """Mentions with the places named inside ORG mentions added (not the ORG's first word,
    nor where a mention already starts)."""
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    taken = {m.start for m in mentions}
    table = known_names()
    found = []
    for org in mentions:
        if org.type != "ORG" or fold_text(org.name) in table.names:
            continue
        inside = tokens[bisect_left(starts, org.start) : bisect_left(starts, org.stop)]
        index = 1
        while index < len(inside):
            hit = None if inside[index].start in taken else place_at(inside, index, text, vocab)
            if hit is None:
                index += 1
                continue
            size, name = hit
            start, stop = inside[index].start, inside[index + size - 1].stop
            found.append(
                replace(org, start=start, stop=stop, type="LOC", text=text[start:stop], name=name)
            )
            taken.add(start)
            index += size
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))


def declined_genitive(word: str, vocab) -> bool:
    """A capitalised word that can only be read as an inflected genitive here (``Совета``
    in ``Совета Европы``), not an indeclinable or an abbreviation (``ОБСЕ``)."""
    if not word[:1].isupper() or word.isupper():
        return False
    parses = [p for p in vocab.parse(word.lower()) if p.is_known]
    return bool(parses) and all(
        p.tag.case in ("gent", "gen2") and "Fixd" not in p.tag for p in parses[:2]
    )


def attach_orgs(mentions: list, text: str, vocab) -> None:
    """An ORG right before an ORG in the genitive names it too (in place): natasha tags
    ``Парламентской ассамблеи Совета Европы`` as two; the first becomes ``Парламентская
    ассамблея Совета Европы`` and ``Совет Европы`` stays a (nested) mention. An abbreviation right before another
    does not decline but is read the same way (``ГУ МВД``, ``ГСУ СК России``: a unit of the
    body after it), and so is a known body's abbreviation (``Совет Безопасности ООН``)."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        words = second.text.split()
        if (
            first.type == "ORG"
            and second.type == "ORG"
            and text[first.stop : second.start] == " "
            and words
            and (
                declined_genitive(words[0], vocab)
                or _abbreviations(first.text, words[0])
                or (len(words) == 1 and known_owner(first.name, words[0]))
            )
        ):
            first.name = f"{first.name} {second.text}"
            first.stop = second.stop
            first.text = text[first.start : first.stop]


def _abbreviations(first: str, word: str) -> bool:
    """Two abbreviations in a row (``ГУ`` + ``МВД``): the first is one capitalised word."""
    return " " not in first and is_caps(first) and is_caps(word)


def distinct(mentions: list) -> list:
    """One mention per span and type: the first (two rules may both make ``МИД Турции``
    from ``МИД`` + ``Турции`` at the start of a sentence)."""
    seen: set[tuple[int, int, str]] = set()
    kept = []
    for mention in mentions:
        key = (mention.start, mention.stop, mention.type)
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def nested_flags(mentions: list) -> list[bool]:
    """For each mention: a LOC or ORG inside a longer ORG mention (``России`` in
    ``Минобороны России``)."""
    orgs = [(m.start, m.stop) for m in mentions if m.type == "ORG"]
    return [
        m.type in ("LOC", "ORG")
        and any(s <= m.start and m.stop <= e and (s, e) != (m.start, m.stop) for s, e in orgs)
        for m in mentions
    ]
