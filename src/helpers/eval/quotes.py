"""Scoring of quote extraction, exactly as in ../shared/quote-annotation-guideline.md (Scoring).

A predicted quote matches a gold quote of the same kind when their overlap covers at
least half of each (one-to-one, largest overlaps first). The speaker is correct when it
equals the gold speaker or an alias after lowercasing and ё→е, or, for a person, has the
same surname; a gold speaker of null needs a prediction of none. Per kind: precision,
recall and F1 of detection, speaker accuracy over matches, end-to-end F1 (match + speaker).

``benchmarks/quotes.py`` prints the table with it; ``tests/test_gold_floors.py`` asserts
regression floors. Gold records are read from ``tests/gold/*.jsonl`` (``read_gold``), the
texts they index from the shared corpora folder (``load_texts``).

>>> gold = [Span("tass/1", "direct", 0, 40, "Сергей Шойгу")]
>>> score(gold, [Span("tass/1", "direct", 2, 40, "Шойгу")])["direct"].e2e_f1
1.0
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

KINDS = ("direct", "indirect")


@dataclass(frozen=True)
class Span:
    """One quote (gold or predicted) of one document."""

    doc: str
    kind: str
    start: int
    stop: int
    speaker: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class KindScore:
    kind: str
    n_gold: int = 0
    n_pred: int = 0
    matched: int = 0
    speaker_ok: int = 0
    pairs: list[tuple[Span, Span]] = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    @property
    def e2e_precision(self) -> float:
        return self.speaker_ok / self.n_pred if self.n_pred else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.speaker_ok / self.n_gold if self.n_gold else 0.0

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    def row(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "gold": self.n_gold,
            "pred": self.n_pred,
            "matched": self.matched,
            "P": round(self.precision, 3),
            "R": round(self.recall, 3),
            "F1": round(self.f1, 3),
            "speaker_acc": round(self.speaker_accuracy, 3),
            "e2e_F1": round(self.e2e_f1, 3),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def fold(name: str) -> str:
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").lower().split())


def overlaps(a: Span, b: Span) -> bool:
    """The overlap covers at least half of each span."""
    inter = min(a.stop, b.stop) - max(a.start, b.start)
    if inter <= 0:
        return False
    return inter >= 0.5 * (a.stop - a.start) and inter >= 0.5 * (b.stop - b.start)


def _looks_like_person(name: str) -> bool:
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts)


def speaker_correct(pred: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    """The guideline's speaker rule (null needs null; name, alias or a person's surname)."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    p = fold(pred)
    if p in {fold(gold), *(fold(a) for a in aliases)}:
        return True
    if _looks_like_person(gold):
        return p.split()[-1] == fold(gold).split()[-1]
    return False


def score(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, KindScore]:
    """Per-kind scores of predictions against gold (both lists of ``Span``). Pairs are
    matched one to one, the largest overlap first; among pairs of equal overlap (two gold
    records on one span: a claim and the person who confirmed it) the pair whose speaker
    is right comes first, so the order of the gold records decides nothing."""
    out = {kind: KindScore(kind) for kind in KINDS}
    for kind in KINDS:
        g_kind = [g for g in gold if g.kind == kind]
        p_kind = [p for p in pred if p.kind == kind]
        s = out[kind]
        s.n_gold, s.n_pred = len(g_kind), len(p_kind)
        candidates = sorted(
            (
                (
                    min(g.stop, p.stop) - max(g.start, p.start),
                    speaker_correct(p.speaker, g.speaker, g.aliases),
                    gi,
                    pi,
                )
                for gi, g in enumerate(g_kind)
                for pi, p in enumerate(p_kind)
                if g.doc == p.doc and overlaps(g, p)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, _, gi, pi in candidates:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = g_kind[gi], p_kind[pi]
            s.matched += 1
            s.pairs.append((g, p))
            s.speaker_ok += speaker_correct(p.speaker, g.speaker, g.aliases)
    return out


# --- gold and texts ------------------------------------------------------------------------


def read_gold(path: str | Path) -> list[dict]:
    """The gold records, one per article, in file order."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_spans(records: Iterable[Mapping]) -> list[Span]:
    return [
        Span(
            doc_key(r),
            q["kind"],
            q["start"],
            q["stop"],
            q.get("speaker"),
            tuple(q.get("aliases") or ()),
        )
        for r in records
        for q in r["quotes"]
    ]


def doc_key(record: Mapping) -> str:
    return f"{record['corpus']}/{record['article_id']}"


def load_texts(records: Iterable[Mapping], corpora: str | Path) -> dict[str, str]:
    """The article texts the gold offsets index (wikinews, factrueval: ``text``; tass: the file).

    ``corpora`` is the shared corpora folder (``wikinews-ru/``, ``factrueval-2016/``, ``tass/``).
    """
    records, corpora = list(records), Path(corpora)
    wiki_ids = {r["article_id"] for r in records if r["corpus"] == "wikinews-ru"}
    texts: dict[str, str] = {}
    if wiki_ids:
        with open(corpora / "wikinews-ru" / "articles.jsonl", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in wiki_ids:
                    texts[f"wikinews-ru/{article['id']}"] = article["text"]
    fact_ids = {r["article_id"] for r in records if r["corpus"] == "factrueval-2016"}
    if fact_ids:
        with open(corpora / "factrueval-2016" / "devset.jsonl", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in fact_ids:
                    texts[f"factrueval-2016/{article['id']}"] = article["text"]
    for r in records:
        if r["corpus"] == "tass":
            path = corpora / "tass" / r["article_id"]
            texts[doc_key(r)] = path.read_text(encoding="utf-8")
    return texts


def predict(texts: Mapping[str, str], models=None) -> list[Span]:
    """The package's quotes of each text (``extract_quotes``) as spans keyed like the gold."""
    from ..pipeline.analysis import extract_quotes

    spans = []
    for key, text in texts.items():
        for row in extract_quotes(text, models).itertuples():
            speaker = None if pd.isna(row.speaker) else str(row.speaker)
            spans.append(Span(key, row.kind, int(row.start), int(row.stop), speaker))
    return spans


def format_table(scores: Mapping[str, KindScore], title: str = "") -> str:
    rows = [scores[kind].row() for kind in KINDS]
    header = list(rows[0])
    lines = [title] if title else []
    lines.append("  ".join(f"{h:>11}" for h in header))
    lines += ["  ".join(f"{str(r[h]):>11}" for h in header) for r in rows]
    return "\n".join(lines)
