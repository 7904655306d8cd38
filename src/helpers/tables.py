"""Column specs of the tidy tables: fixed names, order and dtypes, also when empty."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

STRING = pd.StringDtype("pyarrow")
INT = "int32"
OPT_INT = "Int32"
BOOL = "bool"

SENTENCES = {"article_id": STRING, "sent_id": INT, "start": INT, "stop": INT, "text": STRING}
TOKENS = {
    "article_id": STRING,
    "sent_id": INT,
    "token_id": INT,
    "start": INT,
    "stop": INT,
    "text": STRING,
    "lemma": STRING,
    "pos": STRING,
    "is_stop": BOOL,
    "is_punct": BOOL,
}
ENTITIES = {
    "article_id": STRING,
    "start": INT,
    "stop": INT,
    "type": STRING,
    "text": STRING,
    "name": STRING,
    "in_dateline": BOOL,
    "nested": BOOL,
}
QUOTES = {
    "article_id": STRING,
    "start": INT,
    "stop": INT,
    "kind": STRING,
    "text": STRING,
    "speaker": STRING,
    "speaker_start": OPT_INT,
    "speaker_stop": OPT_INT,
    "cue": STRING,
    "rule": STRING,  # the frame that found the quote (direct:dash_after, indirect:chto_clause)
    "in_headline_repeat": BOOL,  # a headline quote restating a body quote of the same speaker
}
# the per-article tables, in the order an analysis produces them
TABLES = {"sentences": SENTENCES, "tokens": TOKENS, "entities": ENTITIES, "quotes": QUOTES}


def without_article(spec: Mapping[str, object]) -> dict[str, object]:
    """The spec of a per-text table (no ``article_id``)."""
    return {name: dtype for name, dtype in spec.items() if name != "article_id"}


def make_frame(columns: Mapping[str, Iterable] | None, spec: Mapping[str, object]) -> pd.DataFrame:
    """A DataFrame with exactly the spec's columns, order and dtypes (empty if ``columns`` is None)."""
    columns = columns or {}
    data = {
        name: pd.Series(list(columns.get(name, [])), dtype=dtype) for name, dtype in spec.items()
    }
    lengths = {len(series) for series in data.values()}
    if len(lengths) > 1:
        raise ValueError(f"columns of unequal length: { {k: len(v) for k, v in data.items()} }")
    return pd.DataFrame(data)


def conform(frame: pd.DataFrame, spec: Mapping[str, object]) -> pd.DataFrame:
    """Reorder and cast ``frame`` to the spec (missing columns are an error)."""
    missing = [name for name in spec if name not in frame.columns]
    if missing:
        raise KeyError(f"table lacks columns {missing}")
    return frame[list(spec)].astype(dict(spec)).reset_index(drop=True)


def matches(frame: pd.DataFrame, spec: Mapping[str, object]) -> bool:
    """True when ``frame`` has every spec column with the spec's dtype (any order)."""
    return all(
        name in frame.columns and frame[name].dtype == pd.api.types.pandas_dtype(dtype)
        for name, dtype in spec.items()
    )


def ensure(frame: pd.DataFrame, spec: Mapping[str, object]) -> pd.DataFrame:
    """``conform``, without the cast when the dtypes already match (large tables)."""
    if matches(frame, spec):
        return frame[list(spec)].reset_index(drop=True)
    return conform(frame, spec)


def key_spec(name: str) -> dict[str, object]:
    """Columns of a cached table: ``key`` (the text's cache key) instead of ``article_id``."""
    return {"key": STRING, **without_article(TABLES[name])}
