"""Organisations the text itself introduces, which natasha misses or cuts wrongly.

* a generic noun and the name in quotes after it (``компании «Газпром нефть»``,
  ``партия «Единая Россия»``): the quoted name, as written (it stays in the nominative
  in apposition), is an ORG mention; mentions overlapping it give way;
* a generic noun and a Latin-letter name after it (``агентство Reuters``, ``концерн
  Siemens``): the Latin words are an ORG mention;
* a quoted name that natasha's ORG span ends inside, the complement of a common noun
  (``Русской службе «Голоса Америки»``): the quoted words are an organisation of their
  own, in the nominative (``Голос Америки``), inside the longer one (not after an
  abbreviation: ``РИА «Новости»`` is one name);
* an abbreviation defined in parentheses (``Федеральная налоговая служба (ФНС)``,
  ``Хмельницкая атомная электростанция (ХАЭС)``, a compound giving two letters,
  ``... (далее — ФНС)``): the full name and the abbreviation are ORG mentions, and with
  ``далее`` every mention named by the abbreviation takes the full name.

The generic nouns are ``helpers/data/entity_org_nouns.txt``. Mentions are the records of
``entities.entity_records`` (anything with ``start, stop, type, text, name,
in_dateline``); new ones are made by the ``make`` record type passed in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from types import SimpleNamespace

from ...io.text import fold_text
from .names import WORD, span_name

OPENING = '«"„“'
CLOSING = {"«": "»", '"': '"', "„": "“", "“": "”"}
# the longest quoted name taken (in tokens)
MAX_QUOTED = 8
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
# a letter of any other script (Cyrillic, Greek ...): not a Latin word
NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ÖØ-öø-ɏ]")
LATIN_WORD = r"[A-Za-z0-9À-ÖØ-öø-ÿ'’&.\-]*[A-Za-z0-9À-ÖØ-öø-ÿ]"
# further words start with a capital, maybe after a short lowercase link ("della", "of")
LATIN_RUN = re.compile(rf"[A-Za-z]{LATIN_WORD}(?: (?:[a-z]{{1,5}} )?[A-Z]{LATIN_WORD})*|[A-Za-z]")
# "(ФНС)", "(далее — ФНС)", "(далее ФНС)", "(далее – «ФНС»)"
DEFINITION = re.compile(r"\(\s*(?:(далее)\s*[—–-]?\s*)?[«\"]?([А-ЯЁA-Z]{2,8})[»\"]?\s*\)")


@lru_cache(maxsize=1)
def org_nouns() -> frozenset[str]:
    """Lemmas of the generic nouns (``entity_org_nouns.txt``)."""
    text = resources.files("helpers").joinpath("data", "entity_org_nouns.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    return frozenset(
        fold_text(line.split()[0]) for line in lines if line.strip() and line[0] != "#"
    )


def is_latin_word(text: str) -> bool:
    """A word of Latin letters (digits, dots, hyphens, & allowed): ``Reuters``, ``3Com``."""
    return bool(LATIN_LETTER.search(text)) and not NON_LATIN_LETTER.search(text)


class _Span:
    """Tokens standing for a natasha span (what ``span_name`` reads)."""

    def __init__(self, tokens, type_: str) -> None:
        self.tokens, self.type = tokens, type_


def quoted_name(tokens, index: int) -> int:
    """The index of the closing quote of a name opening at ``tokens[index]``, or -1."""
    closing = CLOSING[tokens[index].text]
    for end in range(index + 1, min(index + MAX_QUOTED + 2, len(tokens))):
        if tokens[end].text == closing or (closing == "»" and tokens[end].text == "«"):
            return end if tokens[end].text == closing else -1
        if tokens[end].text in ".!?":
            return -1
    return -1


def latin_name(text: str, start: int) -> int:
    """The end of a run of Latin words starting at ``start`` (``L'Est Republicain``,
    ``Sun Microsystems``, ``Corriere della Sera``, ``comScore``)."""
    match = LATIN_RUN.match(text, start)
    return match.end() if match else start


def can_be_nominative(word: str, vocab) -> bool:
    """Whether a name's first word may be in the nominative (``Газпром``, not ``Газпрома``):
    a quoted name in the genitive is a complement (``пресс-служба «Газпрома»``)."""
    if is_latin_word(word) or not word[:1].isalpha():
        return True
    parses = vocab.parse(word.lower())
    return not parses[0].is_known or any(p.tag.case in ("nomn", None) for p in parses)


def introduced_names(doc, text: str, vocab, tagged=frozenset()) -> list[tuple[int, int]]:
    """(start, stop) of the names after a generic noun: quoted or in Latin letters (not
    one a mention in ``tagged``, by start, already gives in Latin letters)."""
    tokens = list(doc.tokens)
    nouns = org_nouns()
    found = []
    for index in range(len(tokens) - 1):
        after = tokens[index + 1]
        # what may follow (a quote or a Latin letter) is checked before the noun's lemma
        if after.text not in CLOSING and not LATIN_LETTER.match(after.text):
            continue
        if fold_text(tokens[index].lemma or "") not in nouns:
            continue
        if after.text in CLOSING:
            end = quoted_name(tokens, index + 1)
            words = tokens[index + 2 : end] if end > 0 else []
            if (
                words
                and (
                    words[0].text[:1].isupper()
                    or words[0].text[:1].isdigit()
                    or is_latin_word(words[0].text)
                )
                and can_be_nominative(words[0].text, vocab)
            ):
                found.append((words[0].start, words[-1].stop))
        elif is_latin_word(after.text) and after.text[:1].isalpha() and len(after.text) > 1:
            if text[tokens[index].stop : after.start] != " " or after.start in tagged:
                continue  # natasha's own Latin span is kept ("Pier 39")
            found.append((after.start, latin_name(text, after.start)))
    return found


def introduced_orgs(mentions: list, doc, text: str, vocab, make) -> list:
    """Mentions with the names introduced by a generic noun as ORG mentions (see the
    module docstring); mentions overlapping such a name are dropped, people inside it
    kept."""
    latin = {m.start for m in mentions if is_latin_word(m.text)}
    names = introduced_names(doc, text, vocab, latin)
    if not names:
        return mentions
    kept = []
    for mention in mentions:
        overlaps = [(s, e) for s, e in names if mention.start < e and s < mention.stop]
        inside = all(s <= mention.start and mention.stop <= e for s, e in overlaps)
        if overlaps and not (mention.type == "PER" and inside):
            continue
        kept.append(mention)
    new = [
        make(start, stop, "ORG", text[start:stop], text[start:stop].strip(), False)
        for start, stop in names
        if WORD.search(text[start:stop])
    ]
    return sorted([*kept, *new], key=lambda m: (m.start, -m.stop))


def initials_of(words: list[str]) -> str:
    """Capital letters an abbreviation takes (short lowercase words skipped)."""
    return "".join(w[0] for w in words if not (w.islower() and len(w) <= 2)).upper()


# a compound word gives a letter for each part after a linking vowel (электр-о-станция)
COMPOUND_MIN = 9


def part_starts(word: str) -> str:
    """The letters of a long word that may start a part of a compound: after a linking
    о/е, past the first four letters (``ЭЛЕКТРОСТАНЦИИ`` -> С)."""
    if len(word) < COMPOUND_MIN:
        return ""
    return "".join(word[i] for i in range(4, len(word)) if word[i - 1] in "ОЕ")


def spells(words: list[str], abbreviation: str) -> bool:
    """Whether the words spell the abbreviation with their initials, a long compound word
    giving the initials of its parts too (``Хмельницкая атомная электростанция`` ->
    ХАЭС); short lowercase words may give none."""
    if not words:
        return not abbreviation
    word, rest = words[0].upper(), words[1:]
    if words[0].islower() and len(words[0]) <= 2 and spells(rest, abbreviation):
        return True
    if not abbreviation or word[0] != abbreviation[0]:
        return False
    for taken in range(1, len(abbreviation) + 1):
        letters = iter(part_starts(word))
        if all(letter in letters for letter in abbreviation[1:taken]) and spells(
            rest, abbreviation[taken:]
        ):
            return True
    return False


def defined_phrase(tokens, stop_index: int, abbreviation: str) -> list:
    """The words before ``tokens[stop_index]`` whose initials spell the abbreviation,
    starting with a capital (``Федеральная налоговая служба`` for ФНС), or []; failing
    that, the shortest such words that spell it with compounds (see ``spells``)."""
    phrases = []
    for size in range(1, min(len(abbreviation) + 4, stop_index) + 1):
        words = tokens[stop_index - size : stop_index]
        if not all(WORD.search(t.text) for t in words) or not words[0].text[:1].isupper():
            continue
        texts = " ".join(t.text for t in words).replace("-", " ").split()
        if initials_of(texts) == abbreviation:
            return list(words)
        phrases.append((texts, words))
    for texts, words in phrases:
        if len(texts) > 1 and spells(texts, abbreviation):
            return list(words)
    return []


def defined_abbreviations(mentions: list, doc, text: str, vocab, make) -> list:
    """Mentions with abbreviations the text defines for a capitalised name (``Федеральная
    налоговая служба (ФНС)``): both become ORG mentions when natasha missed them; after
    ``(далее — ФНС)`` mentions named ФНС take the full name."""
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    found, renames = [], {}
    for match in DEFINITION.finditer(text):
        abbreviation = match.group(2)
        index = bisect_left(starts, match.start())
        before = [m for m in mentions if m.type != "PER" and m.stop <= match.start()]
        last = max(before, key=lambda m: m.stop, default=None)
        if last is not None and not text[last.stop : match.start()].strip():
            full = last
        else:
            words = defined_phrase(tokens, index, abbreviation)
            if not words:
                continue
            name = span_name(_Span(words, "ORG"), vocab)
            start, stop = words[0].start, words[-1].stop
            full = make(start, stop, "ORG", text[start:stop], name, False)
            found.append(full)
        start, stop = match.span(2)
        if not any(m.start <= start < m.stop for m in mentions):
            found.append(make(start, stop, "ORG", abbreviation, abbreviation, False))
        if match.group(1):
            renames[fold_text(abbreviation)] = full.name
    merged = sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))
    for mention in merged:
        if mention.type != "PER" and fold_text(mention.name) in renames:
            mention.name = renames[fold_text(mention.name)]
    return merged


def as_genitive(words) -> list:
    """Tokens read as a genitive complement (``службе «Голоса Америки»``: Голоса is the
    genitive singular, not the nominative plural); the words up to the first noun."""
    read = []
    for position, token in enumerate(words):
        feats = dict(token.feats or {})
        if not any(t.pos in ("NOUN", "PROPN") for t in words[:position]):
            feats |= {"Case": "Gen", "Number": "Sing"}
        read.append(
            SimpleNamespace(
                text=token.text,
                pos=token.pos,
                feats=feats,
                lemma=token.lemma,
                start=token.start,
                stop=token.stop,
            )
        )
    return read


def quoted_inside(mentions: list, doc, text: str, vocab, make) -> list:
    """Mentions with the quoted names inside ORG mentions as ORG mentions of their own
    (``Русской службе «Голоса Америки»`` -> ``Голос Америки``); the outer name gets the
    closing quote its span left out."""
    tokens = list(doc.tokens)
    starts = [token.start for token in tokens]
    taken = {(m.start, m.stop) for m in mentions}
    found = []
    for mention in mentions:
        if mention.type != "ORG" or "«" not in mention.text[1:]:
            continue
        index = bisect_left(starts, mention.start + mention.text.index("«", 1))
        end = quoted_name(tokens, index) if index < len(tokens) else -1
        words = tokens[index + 1 : end] if end > 0 else []
        if not words or tokens[end].start < mention.stop - 1:
            continue
        if mention.name.count("«") > mention.name.count("»"):
            mention.name += "»"
        if not words[0].text[:1].isupper() or not tokens[index - 1].text.islower():
            continue  # РИА «Новости»: one name
        start, stop = words[0].start, words[-1].stop
        if (start, stop) not in taken:
            name = span_name(_Span(as_genitive(words), "ORG"), vocab)
            found.append(make(start, stop, "ORG", text[start:stop], name, False))
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.stop))
