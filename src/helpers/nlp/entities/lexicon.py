"""Word lists of the entity rules, shipped in ``helpers/data/`` (``roles.txt``, ``entity_*.txt``).

A list has one entry a line: the word (folded: lowercase, ё -> е), then optional markers
(``пресс-служба person``); ``#`` starts a comment line. Order is kept, for lists of
endings tried in turn.

>>> words("entity_legal_forms.txt")  # doctest: +SKIP
frozenset({'оао', 'ооо', ...})
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...io.text import fold_text


@dataclass(frozen=True)
class Entry:
    word: str
    marks: tuple[str, ...]


@cache
def lexicon(name: str) -> tuple[Entry, ...]:
    """The entries of ``helpers/data/<name>`` in file order."""
    text = resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#"):
            entries.append(Entry(fold_text(fields[0]), tuple(fields[1:])))
    return tuple(entries)


def words(name: str, mark: str | None = None, without: str | None = None) -> frozenset[str]:
    """The words of a list: those with the marker ``mark`` only, or without ``without``."""
    return frozenset(
        entry.word
        for entry in lexicon(name)
        if (mark is None or mark in entry.marks) and (without is None or without not in entry.marks)
    )


def ordered(name: str, mark: str | None = None) -> tuple[str, ...]:
    """The words of a list in file order (endings tried in turn)."""
    return tuple(entry.word for entry in lexicon(name) if mark is None or mark in entry.marks)


def marked_values(name: str, key: str) -> dict[str, str]:
    """``key=VALUE`` markers of a list as {VALUE: word} (``сборная lemma=сборный``)."""
    prefix = f"{key}="
    return {
        mark[len(prefix) :]: entry.word
        for entry in lexicon(name)
        for mark in entry.marks
        if mark.startswith(prefix)
    }
