"""Corpus-wide names: the user's aliases first, then the shipped aliases and variant tables,
then one name per person whose first name and surname agree.

* ``rename``: a mention whose name or text is in the user's alias table takes that row
  (and nothing else renames it); otherwise the shipped alias table, then the place and
  organisation variants (``known_names.canonical``: ``Петербург`` -> ``Санкт-Петербург``,
  ``МИД РФ`` -> ``МИД России``);
* ``merge_full_names``: people named with the same first name and surname are one person
  (``Реджеп Тайип Эрдоган`` and ``Реджеп Эрдоган``; ``Джулиан Ассанж`` and a misread
  ``Джулиан Ассанжа``); the gender stays, since the first names must agree as written
  (``Александра Панфилова`` is never merged into ``Александр Панфилов``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from ...io.text import fold_text
from .known_names import canonical
from .names import is_initial

QUOTES = '«»"„“” '


def lookup_of(aliases: pd.DataFrame | None) -> dict[str, tuple[str, str]]:
    """Folded alias -> (name, type)."""
    if aliases is None or aliases.empty:
        return {}
    rows = zip(aliases["alias"], aliases["name"], aliases["type"], strict=False)
    return {fold_text(alias): (name, type_) for alias, name, type_ in rows}


def rename(
    frame: pd.DataFrame, user: pd.DataFrame | None, shipped: pd.DataFrame
) -> tuple[pd.DataFrame, list[bool]]:
    """The frame with names and types renamed, and for each row whether a user alias did it."""
    fold = lru_cache(maxsize=None)(fold_text)
    mine, ours = lookup_of(user), lookup_of(shipped)
    names, types, by_user = [], [], []
    columns = (frame["name"].tolist(), frame["text"].tolist(), frame["type"].tolist())
    for name, text, type_ in zip(*columns, strict=False):
        keys = (fold(name), fold(text).strip(QUOTES))
        hit = mine.get(keys[0]) or mine.get(keys[1])
        by_user.append(hit is not None)
        if hit is None:
            hit = ours.get(keys[0]) or ours.get(keys[1])
        if hit is not None:
            name, type_ = hit[0], hit[1] or type_
        if not by_user[-1]:
            name, type_ = canonical(name, type_, text) or (name, type_)
        names.append(name)
        types.append(type_)
    return frame.assign(name=names, type=types), by_user


def surname_key(word: str) -> str:
    """A surname without a final case vowel (Ассанжа ~ Ассанж, Захарова ~ Захаров)."""
    word = fold_text(word).strip(".")
    return word[:-1] if len(word) > 3 and word[-1] in "аяуюеыиой" else word


def person_key(name: str) -> tuple[str, str] | None:
    """First name as written and surname without its case ending (folded), or None for
    one word or initials: ``Джулиан Ассанжа`` and ``Джулиан Ассанж`` share a key,
    ``Александра Панфилова`` and ``Александр Панфилов`` do not (the first names differ)."""
    words = name.split()
    if len(words) < 2 or any(is_initial(word) for word in words):
        return None
    return fold_text(words[0]), surname_key(words[-1])


def merge_full_names(frame: pd.DataFrame, fixed: list[bool] | None = None) -> pd.DataFrame:
    """People with the same first name and surname take one name: a form some mention
    has as its text (a nominative seen in the text, not one guessed from an oblique form:
    ``Джулиан Ассанж``, not ``Джулиан Ассанжа``), then the one used most often, then the
    longer. Rows in ``fixed`` (set by the user) are left alone."""
    fixed = fixed or [False] * len(frame)
    rows = list(zip(frame["name"].tolist(), frame["type"].tolist(), fixed, strict=False))
    written = {fold_text(text) for text in frame.loc[frame["type"] == "PER", "text"].tolist()}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for name, type_, user in rows:
        person = person_key(name) if type_ == "PER" and not user else None
        if person is not None:
            votes[person][name] += 1
    best = {
        person: max(
            counter.items(),
            key=lambda item: (fold_text(item[0]) in written, item[1], len(item[0])),
        )[0]
        for person, counter in votes.items()
        if len(counter) > 1
    }
    if not best:
        return frame
    names = [
        best.get(person_key(name), name) if type_ == "PER" and not user else name
        for name, type_, user in rows
    ]
    return frame.assign(name=names)
