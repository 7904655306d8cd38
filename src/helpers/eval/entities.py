"""Count-weighted entity evaluation on the factRuEval-2016 devset (gold coreference chains).

Used by ``tests/test_gold_floors.py`` and ``tests/test_entities.py`` (regression guards) and
``benchmarks/entities.py`` (report). The devset is read with ``load_devset`` from
``factrueval-2016/devset.jsonl`` in the shared corpora folder.

Scoring, per document:

* gold entities are the devset's chains: a canonical ``name``, a ``type`` and a mention
  ``count`` (pronouns and bare job titles are not annotated there);
* predicted entities are the predicted mentions grouped by canonical name and type class,
  with the number of mentions as their count (dateline mentions are left out);
* names are compared after ``norm_name``: lowercase, ё -> е, quotes and dots dropped
  (« » " „ “ ” ' .: "Э. Чернов" = "Э Чернов"), dashes unified to "-" with no spaces around, whitespace collapsed;
* type classes: PER matches only PER; all other types (LOC, ORG, and the rare
  factRuEval ``Project``/``Facility``) form one class, because the boundary between a
  place and an organisation (Россия the state, мэрия Москвы) is not the question here;
* a gold chain answers to its canonical ``name`` and to the name variants its own
  annotation lists: ``attrs.name`` (the chain named "РФ" also lists "Россия",
  "Российская Федерация"; "Турецкая республика" lists "Турция") and, for people, the
  first + last name forms built from ``attrs`` (firstname, firstname1.., patronymic,
  lastname: "Реджеп Эрдоган", "Реджеп Тайип Эрдоган"). A surname alone is accepted only
  when it is the chain's canonical name. The canonical choice among a chain's variants
  is arbitrary in the devset (РФ in one text, Россия in the next), which is why;
* entities are matched one-to-one: gold chains in order of count, each to the biggest
  still unmatched predicted entity of its class whose normalised name is one of the
  chain's names; a matched pair scores ``min(gold count, predicted count)`` mentions.

Precision = matched mentions / predicted mentions, recall = matched / gold mentions,
summed over documents. Per-type rows attribute recall to the gold type and precision
to the predicted type, so they add up to the overall row.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

QUOTES = "«»\"„“”'‘’"
DASHES = "‐‑‒–—−"
TYPES = ("PER", "LOC", "ORG", "other")


def norm_name(name: str) -> str:
    """Name as compared: ``norm_name("«Газпром»  нефть") == "газпром нефть"``."""
    name = name.lower().replace("ё", "е")
    name = name.translate({ord(char): " " for char in QUOTES + "."})
    name = name.translate({ord(char): "-" for char in DASHES})
    name = re.sub(r"\s*-\s*", "-", name)
    return " ".join(name.split())


def type_class(type_: str) -> str:
    return "PER" if type_ == "PER" else "NONPER"


def report_type(type_: str) -> str:
    return type_ if type_ in ("PER", "LOC", "ORG") else "other"


@dataclass
class Gold:
    type: str
    name: str
    count: int
    names: frozenset[str]  # normalised accepted names


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold]


def chain_names(entity: Mapping) -> frozenset[str]:
    """The canonical name and the name variants annotated on a gold chain."""
    attrs = entity.get("attrs") or {}
    names = {entity["name"], *attrs.get("name", [])}
    if entity["type"] == "PER":
        firsts = [" ".join(attrs.get(key, [""])[:1]) for key in ("firstname", "firstname1")]
        first = attrs.get("firstname", [""])[0]
        for last in attrs.get("lastname", []):
            names.add(f"{first} {last}")
            names.add(" ".join([*firsts, last]))
            names.add(" ".join([first, *attrs.get("patronymic", [""])[:1], last]))
        parts = ("firstname", "firstname1", "firstname2", "patronymic", "lastname")
        names.add(" ".join(attrs[key][0] for key in parts if attrs.get(key)))
    return frozenset(norm_name(name) for name in names if name.strip())


def load_devset(path: Path) -> list[Doc]:
    docs = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gold = [
                Gold(e["type"], e["name"], int(e["count"]), chain_names(e))
                for e in record["entities"]
            ]
            docs.append(Doc(str(record["id"]), record["text"], gold))
    return docs


def doc_number(doc_id: str) -> int:
    """The number in a devset id ("factru-book_100" -> 100)."""
    digits = re.findall(r"\d+", doc_id)
    return int(digits[-1]) if digits else 0


def split(docs: list[Doc], part: str) -> list[Doc]:
    """``"tune"`` (even ids, used while writing the rules), ``"heldout"`` (odd ids), ``"all"``."""
    if part == "all":
        return docs
    parity = {"tune": 0, "heldout": 1}[part]
    return [doc for doc in docs if doc_number(doc.id) % 2 == parity]


def group_predictions(mentions: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(type, name) mentions -> predicted entities (type, name, count)."""
    counts = Counter((type_, name) for type_, name in mentions)
    return [(type_, name, count) for (type_, name), count in counts.items()]


def corpus_predictions(entities) -> dict[str, list[tuple[str, str, int]]]:
    """Predicted entities per article from an entities table (``Corpus.entities``).

    Dateline mentions are left out; the rest are grouped by (type, name).
    """
    content = entities[~entities["in_dateline"].astype(bool)]
    return {
        str(article_id): group_predictions(zip(group["type"], group["name"], strict=True))
        for article_id, group in content.groupby("article_id")
    }


@dataclass
class Score:
    matched: Counter = field(default_factory=Counter)  # by gold type (recall side)
    matched_pred: Counter = field(default_factory=Counter)  # by predicted type
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)

    def add(self, gold: list[Gold], pred: list[tuple[str, str, int]]) -> None:
        by_key: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        for type_, name, count in pred:
            by_key[type_class(type_), norm_name(name)].append((type_, count))
            self.pred[report_type(type_)] += count
        for chain in sorted(gold, key=lambda g: -g.count):
            self.gold[report_type(chain.type)] += chain.count
            # sorted: a frozenset's order changes with the hash seed, and so would ties
            keys = [(type_class(chain.type), name) for name in sorted(chain.names)]
            keys = [key for key in keys if by_key.get(key)]
            if not keys:
                continue
            best = max(keys, key=lambda key: max(count for _, count in by_key[key]))
            candidates = sorted(by_key[best], key=lambda c: -c[1])
            pred_type, pred_count = candidates.pop(0)
            by_key[best] = candidates
            hit = min(chain.count, pred_count)
            self.matched[report_type(chain.type)] += hit
            self.matched_pred[report_type(pred_type)] += hit

    def row(self, type_: str | None = None) -> dict[str, float]:
        if type_ is None:
            matched, gold, pred = (
                sum(self.matched.values()),
                sum(self.gold.values()),
                sum(self.pred.values()),
            )
            matched_pred = matched
        else:
            matched, matched_pred = self.matched[type_], self.matched_pred[type_]
            gold, pred = self.gold[type_], self.pred[type_]
        precision = matched_pred / pred if pred else 0.0
        recall = matched / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "gold": gold, "pred": pred}

    @property
    def f1(self) -> float:
        return self.row()["f1"]


def evaluate(docs: list[Doc], predictions: Mapping[str, list[tuple[str, str, int]]]) -> Score:
    """Score predicted entities (doc id -> [(type, name, count)]) against the gold chains."""
    score = Score()
    for doc in docs:
        score.add(doc.gold, predictions.get(doc.id, []))
    return score


def table(scores: Mapping[str, Score]) -> str:
    """A plain-text table: one line per type and system, plus the overall row."""
    lines = [f"{'type':<8}{'system':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for type_ in (*TYPES, None):
        for system, score in scores.items():
            row = score.row(type_)
            lines.append(
                f"{type_ or 'overall':<8}{system:<12}{row['precision']:>7.3f}"
                f"{row['recall']:>7.3f}{row['f1']:>7.3f}{row['gold']:>7}{row['pred']:>7}"
            )
    return "\n".join(lines)
