"""Indexes behind ``helpers.explore``: built once, so every click is a few array lookups.

Everything is numbered once: articles (``article`` codes, with their period),
sentences and tokens (global row numbers, sorted by article and offset),
entity mentions (dateline left out, as in ``entity_counts``) and quotes. A
*posting list* maps a key (a lemma, an entity name, a speaker, a sentence, a
quote) to the sorted rows holding it, as one ``order`` array cut by ``ptr``.

A selection becomes *hits*: ``article, start, stop, first, last, sentence,
quote`` arrays (character offsets, the first/last token of the hit, its
sentence, the quote it sits in or -1). The views are computed from the hits.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..stats.frequency import bucket_dates, has_letter
from ..stats.kwic import squeeze
from ..stats.trends import calendar
from ..tables import STRING

SHIFT = np.int64(2**32)  # article code * SHIFT + character offset: one sortable key
KINDS = ("entity", "speaker", "lemma")
QUOTE_COLUMNS = ("speaker", "kind", "text", "start", "stop")


@dataclass
class Postings:
    """Rows per key: ``rows(key)`` is ``order[ptr[i]:ptr[i + 1]]`` for the key's number ``i``."""

    keys: pd.Index
    order: np.ndarray
    ptr: np.ndarray

    @classmethod
    def of_codes(cls, codes: np.ndarray, keys: pd.Index) -> Postings:
        """Postings of integer ``codes`` (0 .. len(keys) - 1; negative codes are left out)."""
        codes = np.asarray(codes, np.int64)
        kept = np.flatnonzero(codes >= 0)
        order = kept[np.argsort(codes[kept], kind="stable")]
        counts = np.bincount(codes[kept], minlength=len(keys))
        return cls(keys, order, np.concatenate([[0], np.cumsum(counts)]))

    @classmethod
    def of_values(cls, values: pd.Series) -> Postings:
        codes, keys = factorize(values)
        return cls.of_codes(codes, keys)

    def count(self, i: int | np.ndarray) -> np.ndarray:
        return self.ptr[np.asarray(i) + 1] - self.ptr[np.asarray(i)]

    def rows(self, key) -> np.ndarray:
        i = self.keys.get_indexer([key])[0]
        return self.order[self.ptr[i] : self.ptr[i + 1]] if i >= 0 else self.order[:0]

    def gather(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows of many keys at once, and for each row the position of its key in ``codes``."""
        codes = np.asarray(codes, np.int64)
        starts, sizes = self.ptr[codes], self.count(codes)
        owner = np.repeat(np.arange(len(codes)), sizes)
        offsets = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        return self.order[starts[owner] + offsets], owner


def distinct(values: np.ndarray, size: int) -> np.ndarray:
    """The distinct values (sorted) of small non-negative ints below ``size``: a mask, no sort."""
    seen = np.zeros(size, bool)
    seen[values] = True
    return np.flatnonzero(seen)


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


def keys_of(article: np.ndarray, offset) -> np.ndarray:
    return article.astype(np.int64) * SHIFT + np.asarray(offset, np.int64)


def containing(
    keys: np.ndarray, stops: np.ndarray, key: np.ndarray, stop: np.ndarray
) -> np.ndarray:
    """For each span (``key``, ``stop``), the row of the sorted spans holding it, or -1."""
    row = np.searchsorted(keys, key, side="right") - 1
    safe = np.clip(row, 0, max(len(keys) - 1, 0))
    if not len(keys):
        return np.full(len(key), -1, np.int64)
    same_article = (keys[safe] // SHIFT) == (key // SHIFT)
    inside = same_article & (row >= 0) & (stops[safe] >= stop)
    return np.where(inside, row, -1)


def factorize(values: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (-1 for missing) and the distinct strings, without a per-row copy."""
    codes, uniques = pd.factorize(values.astype(STRING), use_na_sentinel=True)
    return codes.astype(np.int64), pd.Index(np.asarray(uniques, dtype=object))


def recode(codes: np.ndarray, mapping: np.ndarray) -> np.ndarray:
    """``mapping[codes]``, keeping -1."""
    return np.where(codes >= 0, mapping[np.maximum(codes, 0)], -1) if len(mapping) else codes


def article_codes(ids: pd.Series, index: pd.Index) -> np.ndarray:
    codes, uniques = factorize(ids)
    return recode(codes, index.get_indexer(uniques).astype(np.int64))


def sorted_frame(frame: pd.DataFrame, codes: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    """``frame`` with an ``article`` code column, sorted by article and ``start``; its keys."""
    frame = frame.reset_index(drop=True).assign(article=codes)
    frame = frame[frame["article"] >= 0]
    keys = keys_of(frame["article"].to_numpy(), frame["start"].to_numpy())
    if len(keys) and np.any(np.diff(keys) < 0):
        order = np.argsort(keys, kind="stable")
        frame, keys = frame.iloc[order], keys[order]
    return frame.reset_index(drop=True), keys


@dataclass
class Hits:
    """Occurrences of a selection: character spans, tokens, sentence and quote of each."""

    article: np.ndarray
    start: np.ndarray
    stop: np.ndarray
    first: np.ndarray
    last: np.ndarray
    sentence: np.ndarray
    quote: np.ndarray

    def take(self, rows: np.ndarray) -> Hits:
        return Hits(*(getattr(self, name)[rows] for name in self.__dataclass_fields__))

    def __len__(self) -> int:
        return len(self.article)


class ExploreIndex:
    """Precomputed lookups over a ``Corpus`` (see the module docstring)."""

    def __init__(self, corpus, freq: str = "month"):
        articles = corpus.articles.reset_index(drop=True)
        self.ids = pd.Index(articles["article_id"].astype(str))
        self.id_array = pd.array(self.ids, dtype=STRING)
        self.texts = articles["text"].astype(str).tolist() if "text" in articles else None
        self.freq = freq
        self._periods(articles.get("date"))
        self._sentences(corpus.sentences)
        self._tokens(corpus.tokens)
        self._quotes(corpus.quotes)
        self._entities(corpus.entities)
        self._choices()

    # --- building ---------------------------------------------------------------------

    def _periods(self, dates) -> None:
        n = len(self.ids)
        buckets = bucket_dates(dates, self.freq) if dates is not None else pd.Series([pd.NaT] * n)
        self.dates = (
            pd.to_datetime(dates, errors="coerce").to_numpy() if dates is not None else None
        )
        dated = buckets.dropna()
        starts = calendar(dated, self.freq) if len(dated) else pd.DatetimeIndex([])
        self.periods = starts
        self.article_period = starts.get_indexer(pd.DatetimeIndex(buckets)).astype(np.int64)

    def _sentences(self, sentences: pd.DataFrame) -> None:
        frame, self.sent_key = sorted_frame(
            sentences[["article_id", "start"]], article_codes(sentences["article_id"], self.ids)
        )

    def _tokens(self, tokens: pd.DataFrame) -> None:
        codes = article_codes(tokens["article_id"], self.ids)
        frame, self.tok_key = sorted_frame(
            tokens[["article_id", "start", "stop", "lemma", "is_punct"]], codes
        )
        self.tok_article = frame["article"].to_numpy(np.int64)
        self.tok_start = frame["start"].to_numpy(np.int64)
        self.tok_stop = frame["stop"].to_numpy(np.int64)
        self.tok_sentence = np.searchsorted(self.sent_key, self.tok_key, side="right") - 1
        bounds = np.searchsorted(self.tok_article, np.arange(len(self.ids) + 1))
        self.art_first, self.art_last = bounds[:-1], bounds[1:] - 1
        # fold and test the distinct lemmas only, then map the rows through them
        codes, lemmas = factorize(frame["lemma"])
        folded = pd.Series(lemmas, dtype=STRING).str.lower().str.replace("ё", "е")
        codes[frame["is_punct"].to_numpy(bool)] = -1
        codes = recode(
            codes, np.where(has_letter(folded).to_numpy(bool), np.arange(len(lemmas)), -1)
        )
        folded_codes, keys = factorize(folded)
        self.lemmas = Postings.of_codes(recode(codes, folded_codes), keys)

    def _quotes(self, quotes: pd.DataFrame) -> None:
        codes = article_codes(quotes["article_id"], self.ids)
        columns = ["article_id", "start", "stop", "kind", "text", "speaker"]
        spans = ["speaker_start", "speaker_stop"]
        frame, self.quote_key = sorted_frame(quotes[columns + spans], codes)
        self.quotes = frame[columns + ["article"]].astype({"article": np.int64})
        self.quote_columns = {name: self.quotes[name].array for name in QUOTE_COLUMNS}
        self.quote_columns["article"] = self.quotes["article"].to_numpy(np.int64)
        self.quote_stop = frame["stop"].to_numpy(np.int64)
        self.speakers = Postings.of_values(frame["speaker"])
        self.tok_quote = containing(self.quote_key, self.quote_stop, self.tok_key, self.tok_stop)
        self._speaker_spans(frame)

    def _speaker_spans(self, frame: pd.DataFrame) -> None:
        """Where each speaker is named before or after a quote, once per span (``span_*``)."""
        start = frame["speaker_start"].astype("Int64").to_numpy(np.int64, na_value=-1)
        stop = frame["speaker_stop"].astype("Int64").to_numpy(np.int64, na_value=-1)
        spans = pd.DataFrame(
            {"speaker": frame["speaker"], "article": frame["article"], "start": start, "stop": stop}
        )
        spans = spans[spans["start"] >= 0].drop_duplicates(["speaker", "article", "start"])
        spans = spans.sort_values(["article", "start"], kind="stable")
        self.span_article = spans["article"].to_numpy(np.int64)
        self.span_start = spans["start"].to_numpy(np.int64)
        self.span_stop = spans["stop"].to_numpy(np.int64)
        key = keys_of(self.span_article, self.span_start)
        self.span_first = np.searchsorted(self.tok_key, key, side="left")
        self.span_last = (
            np.searchsorted(self.tok_key, keys_of(self.span_article, self.span_stop)) - 1
        )
        self.span_sentence = np.searchsorted(self.sent_key, key, side="right") - 1
        codes = self.speakers.keys.get_indexer(spans["speaker"].astype(object))
        self.speaker_spans = Postings.of_codes(codes, self.speakers.keys)

    def _entities(self, entities: pd.DataFrame) -> None:
        entities = entities[~entities["in_dateline"].astype(bool)]
        codes = article_codes(entities["article_id"], self.ids)
        frame, key = sorted_frame(entities[["article_id", "start", "stop", "type", "name"]], codes)
        self.ent_article = frame["article"].to_numpy(np.int64)
        self.ent_start = frame["start"].to_numpy(np.int64)
        self.ent_stop = frame["stop"].to_numpy(np.int64)
        self.ent_first = np.searchsorted(self.tok_key, key, side="left")
        self.ent_last = np.searchsorted(self.tok_key, keys_of(self.ent_article, self.ent_stop)) - 1
        self.ent_sentence = np.searchsorted(self.sent_key, key, side="right") - 1
        self.ent_quote = containing(self.quote_key, self.quote_stop, key, self.ent_stop)
        codes, names = factorize(frame["name"])
        self.ent_name, self.names = codes.astype(np.int64), pd.Index(names)
        self.entities = Postings.of_codes(self.ent_name, self.names)
        types = frame.groupby(["name", "type"], observed=True).size().reset_index(name="n")
        types = types.sort_values("n", ascending=False).drop_duplicates("name")
        self.name_type = dict(
            zip(types["name"].astype(str), types["type"].astype(str), strict=True)
        )
        sentences = pd.RangeIndex(len(self.sent_key))
        self.sentence_entities = Postings.of_codes(self.ent_sentence, sentences)
        self.quote_entities = Postings.of_codes(self.ent_quote, pd.RangeIndex(len(self.quotes)))

    def _choices(self) -> None:
        """Every name the search box can offer: ``kind, name, type, count``, most frequent first."""
        parts = [
            (kind, postings.keys, postings.count(np.arange(len(postings.keys))))
            for kind, postings in (
                ("entity", self.entities),
                ("speaker", self.speakers),
                ("lemma", self.lemmas),
            )
        ]
        frame = pd.concat(
            [
                pd.DataFrame({"kind": kind, "name": keys.astype(str), "count": counts})
                for kind, keys, counts in parts
            ],
            ignore_index=True,
        )
        frame["type"] = frame["name"].map(self.name_type).where(frame["kind"] == "entity", "")
        frame["folded"] = frame["name"].str.lower().str.replace("ё", "е")
        self.choices = frame.sort_values("count", ascending=False, kind="stable").reset_index(
            drop=True
        )

    # --- lookups ----------------------------------------------------------------------

    def has(self, kind: str, name: str) -> bool:
        postings = {"entity": self.entities, "speaker": self.speakers, "lemma": self.lemmas}[kind]
        return postings.keys.get_indexer([name])[0] >= 0

    def search(self, query: str, limit: int = 30) -> pd.DataFrame:
        """Choices whose name contains ``query`` (folded), exact names first."""
        query = query.strip().lower().replace("ё", "е")
        if not query:
            return self.choices.iloc[:0]
        found = self.choices[self.choices["folded"].str.contains(query, regex=False)]
        exact = found["folded"].to_numpy() == query
        return pd.concat([found[exact], found[~exact]]).head(limit)

    def hits(self, kind: str, name: str) -> Hits:
        if kind == "entity":
            rows = self.entities.rows(name)
            return Hits(
                self.ent_article[rows],
                self.ent_start[rows],
                self.ent_stop[rows],
                self.ent_first[rows],
                self.ent_last[rows],
                self.ent_sentence[rows],
                self.ent_quote[rows],
            )
        if kind == "lemma":
            rows = self.lemmas.rows(name.lower().replace("ё", "е"))
            return Hits(
                self.tok_article[rows],
                self.tok_start[rows],
                self.tok_stop[rows],
                rows,
                rows,
                self.tok_sentence[rows],
                self.tok_quote[rows],
            )
        if kind == "speaker":  # the speaker's name where a quote names it
            rows = self.speaker_spans.rows(name)
            return Hits(
                self.span_article[rows],
                self.span_start[rows],
                self.span_stop[rows],
                self.span_first[rows],
                self.span_last[rows],
                self.span_sentence[rows],
                np.full(len(rows), -1, np.int64),
            )
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")

    def in_periods(self, article: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """Mask of rows whose article falls in periods ``lo`` .. ``hi`` (all, when undated)."""
        if not len(self.periods):
            return np.ones(len(article), bool)
        period = self.article_period[article]
        return (period >= lo) & (period <= hi)

    def per_period(self, article: np.ndarray) -> np.ndarray:
        period = self.article_period[article]
        return np.bincount(period[period >= 0], minlength=len(self.periods))

    def kwic(self, hits: Hits, window: int, limit: int) -> pd.DataFrame:
        """``article_id, date, left, match, right, start, stop`` of the first ``limit`` hits."""
        hits = hits.take(np.arange(min(limit, len(hits))))
        lo, hi = self.art_first[hits.article], self.art_last[hits.article]
        first = np.clip(hits.first, lo, hi)
        last = np.clip(np.maximum(hits.last, hits.first), lo, hi)
        left_from = self.tok_start[np.clip(first - window, lo, hi)] if len(hits) else first
        right_to = self.tok_stop[np.clip(last + window, lo, hi)] if len(hits) else last
        rows = []
        for a, lf, s, e, rt in zip(
            hits.article, left_from, hits.start, hits.stop, right_to, strict=True
        ):
            text = self.texts[a] if self.texts else ""
            lf, rt = min(lf, s), max(rt, e)
            rows.append((squeeze(text[lf:s]), squeeze(text[s:e]), squeeze(text[e:rt])))
        left, match, right = (list(x) for x in zip(*rows, strict=True)) if rows else ([], [], [])
        return pd.DataFrame(
            {
                "article_id": self.ids.to_numpy()[hits.article],
                "date": self.dates[hits.article] if self.dates is not None else pd.NaT,
                "left": left,
                "match": match,
                "right": right,
                "start": hits.start,
                "stop": hits.stop,
            }
        )

    def quote_rows(
        self, own: np.ndarray, about: np.ndarray, limit: int
    ) -> tuple[pd.DataFrame, int]:
        """``relation, article_id, date, speaker, kind, text, start, stop`` of the first
        ``limit`` quotes by the selection (relation "own") and of those naming it ("about");
        and how many there are in all."""
        about = distinct(about[about >= 0], len(self.quotes))
        about = about[~np.isin(about, own)]
        total = len(own) + len(about)
        own, about = own[:limit], about[:limit]
        rows = np.concatenate([own, about]).astype(np.int64)
        article = self.quote_columns["article"][rows]
        frame = {
            "relation": np.repeat(np.array(["own", "about"], object), [len(own), len(about)]),
            "article_id": self.id_array.take(article),
            "date": self.dates[article] if self.dates is not None else pd.NaT,
            **{name: self.quote_columns[name].take(rows) for name in QUOTE_COLUMNS},
        }
        return pd.DataFrame(frame), total

    def comentions(self, kind: str, name: str, hits: Hits, own_quotes: np.ndarray) -> pd.DataFrame:
        """``name, type, count``: entities named in the hits' sentences (sentences counted once).

        For a speaker, the entities named inside their quotes.
        """
        if kind == "speaker":
            rows, owner = self.quote_entities.gather(own_quotes)
            unit = own_quotes[owner]
        else:
            sentences = distinct(hits.sentence[hits.sentence >= 0], len(self.sent_key))
            rows, owner = self.sentence_entities.gather(sentences)
            unit = sentences[owner]
        names = self.ent_name[rows]
        pairs = distinct_sorted(unit.astype(np.int64) * len(self.names) + names)
        counts = np.bincount(pairs % max(len(self.names), 1), minlength=len(self.names))
        itself = self.names.get_indexer([name])[0]
        if kind != "lemma" and itself >= 0:
            counts[itself] = 0
        found = np.flatnonzero(counts)
        found = found[np.argsort(-counts[found], kind="stable")]
        names = self.names[found].astype(str)
        return pd.DataFrame(
            {
                "name": names,
                "type": [self.name_type.get(n, "") for n in names],
                "count": counts[found].astype(np.int64),
            }
        )
