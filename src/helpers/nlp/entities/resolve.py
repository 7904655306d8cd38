"""Corpus-wide names (``resolve_corpus``, applied after the cache so alias edits need no
re-analysis): the alias table, one display spelling per name (case and ё variants
unified), and a surname-only person takes the full name used elsewhere in the corpus when
exactly one full name has that surname (two Обамы stay apart).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

import pandas as pd

from ... import tables
from ...io.text import fold_text
from .aliases import load_aliases, shipped_aliases
from .corpus_names import merge_full_names, rename
from .names import is_initial
from .people import name_key


def display_spellings(frame: pd.DataFrame) -> pd.DataFrame:
    """One spelling per (type, folded name): the most frequent, preferring ё and mixed case."""
    fold = lru_cache(maxsize=None)(fold_text)
    names = frame["name"].tolist()
    keys = [(type_, fold(name)) for type_, name in zip(frame["type"].tolist(), names, strict=False)]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for key, name in zip(keys, names, strict=False):
        votes[key][name] += 1
    best = {
        key: max(
            counter.items(), key=lambda item: (item[1], "ё" in item[0], not item[0].islower())
        )[0]
        for key, counter in votes.items()
    }
    return frame.assign(name=[best[key] for key in keys])


def merge_surnames(frame: pd.DataFrame) -> pd.DataFrame:
    """A surname-only person gets the corpus's one full name with that surname (if only one)."""
    people = frame["type"] == "PER"
    full: dict[str, set[str]] = defaultdict(set)
    for name in frame.loc[people, "name"].unique():
        words = name.split()
        if len(words) >= 2 and not any(is_initial(word) for word in words):
            full[name_key(words[-1])].add(name)
    names = []
    for name, type_ in zip(frame["name"].tolist(), frame["type"].tolist(), strict=False):
        words = name.split()
        candidates = full.get(name_key(words[-1])) if type_ == "PER" and len(words) == 1 else None
        names.append(next(iter(candidates)) if candidates and len(candidates) == 1 else name)
    return frame.assign(name=names)


def resolve_corpus(entities_df: pd.DataFrame, aliases=None) -> pd.DataFrame:
    """Corpus-level canonical names: alias table, spellings, people across articles.

    Takes and returns the ``entities`` table (``article_id, start, stop, type, text, name,
    in_dateline``). ``aliases``: a CSV path or DataFrame ``alias,name,type`` added to the
    shipped table. Example: mentions "РФ", "России", "Российской Федерации" all become
    ``Россия`` (LOC); "Шойгу" alone in one article becomes ``Сергей Шойгу`` if that is the
    only full name with this surname in the corpus.
    """
    frame = tables.conform(entities_df, tables.ENTITIES)
    if frame.empty:
        return frame
    user = None if aliases is None else load_aliases(aliases, shipped=False)
    frame = frame.astype({"name": object, "type": object})
    frame, by_user = rename(frame, user, shipped_aliases())
    chosen = frame.loc[by_user, ["name", "type"]]
    frame = display_spellings(frame)
    frame = merge_full_names(frame, by_user)
    frame = merge_surnames(frame)
    frame.loc[by_user, ["name", "type"]] = chosen  # the user's aliases have the last word
    return tables.conform(frame, tables.ENTITIES)
