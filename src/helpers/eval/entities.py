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
* ``match="mentions"`` (the default): a predicted entity also answers to the surface
  texts of its mentions, and a gold chain to the texts of its annotated mentions, so an
  entity matches a chain when any of its names or mention texts equals any of the
  chain's names or mention texts (normalised as above). A correct merge under another
  canonical name is then no longer a false positive plus a false negative: our
  ``Санкт-Петербург`` holding "Петербурга" answers to the gold chain ``Петербург``, our
  ``Россия`` holding "РФ" to the chain ``РФ``, our ``Владимир Путин`` holding "Путин" to
  the chain ``Путин``. The rule is the same for every system (natasha's spans answer to
  ``span.text``) and for both sides. The predicted name must still name the entity: it
  is one of the chain's names or mention texts, or shares a word with one of them up to
  an inflected ending (hyphenated parts count: ``Санкт-Петербург`` and "Петербурга",
  ``Россия`` and "России"), so a misread name (``Лет`` for "Лету") or an expansion the
  text never writes (``Банк России`` for a chain of "ЦБ") finds no chain. ``match="names"`` is the older, name-only scoring;
* entities are matched one-to-one: gold chains in order of count, each to the still
  unmatched predicted entity of its class that shares a key with it and scores the most
  (with ``match="names"``: the biggest); a matched pair scores
  ``min(gold count, predicted count)`` mentions.

Precision = matched mentions / predicted mentions, recall = matched / gold mentions,
summed over documents. Per-type rows attribute recall to the gold type and precision
to the predicted type, so they add up to the overall row.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

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
    texts: frozenset[str] = frozenset()  # normalised surface texts of the chain's mentions


class Predicted(NamedTuple):
    """A predicted entity: ``Predicted("LOC", "Санкт-Петербург", 2, frozenset({"Петербурга"}))``."""

    type: str
    name: str
    count: int
    texts: frozenset[str] = frozenset()  # surface texts of its mentions, as written


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


def mention_texts(entity: Mapping) -> frozenset[str]:
    """The normalised surface texts of a gold chain's mentions."""
    texts = (mention["text"] for mention in entity.get("mentions") or [])
    return frozenset(norm_name(text) for text in texts if text.strip())


def load_devset(path: Path) -> list[Doc]:
    docs = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            gold = [
                Gold(e["type"], e["name"], int(e["count"]), chain_names(e), mention_texts(e))
                for e in record["entities"]
            ]
            docs.append(Doc(str(record["id"]), record["text"], gold))
    return docs


def load_gold(path: Path, corpora: Path) -> list[Doc]:
    """Entity gold kept without texts (``tests/gold/entities_*.jsonl``: ``corpus``,
    ``article_id``, ``entities`` chains as in the devset); texts read from ``corpora``."""
    from .quotes import doc_key, load_texts

    with open(path, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    texts = load_texts(records, corpora)
    docs = []
    for record in records:
        gold = [
            Gold(e["type"], e["name"], int(e["count"]), chain_names(e), mention_texts(e))
            for e in record["entities"]
        ]
        docs.append(Doc(str(record["article_id"]), texts[doc_key(record)], gold))
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


def group_predictions(mentions: Iterable[tuple[str, ...]]) -> list[Predicted]:
    """(type, name) or (type, name, text) mentions -> predicted entities: one per
    (type, name), with the mention count and the set of surface texts."""
    counts: Counter = Counter()
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for type_, name, *text in mentions:
        counts[type_, name] += 1
        texts[type_, name].update(text)
    return [
        Predicted(type_, name, count, frozenset(texts[type_, name]))
        for (type_, name), count in counts.items()
    ]


def corpus_predictions(entities) -> dict[str, list[Predicted]]:
    """Predicted entities per article from an entities table (``Corpus.entities``).

    Dateline mentions are left out; the rest are grouped by (type, name), keeping the
    mentions' surface ``text``.
    """
    content = entities[~entities["in_dateline"].astype(bool)]
    return {
        str(article_id): group_predictions(
            zip(group["type"], group["name"], group["text"], strict=True)
        )
        for article_id, group in content.groupby("article_id")
    }


def name_words(names: Iterable[str]) -> set[str]:
    """The words of normalised names, hyphenated parts too: {"санкт", "петербург", ...}."""
    return {part for name in names for word in name.split() for part in (word, *word.split("-"))}


def same_word(one: str, other: str) -> bool:
    """The same word up to an inflected ending: "россия" / "россии", "петербург" /
    "петербурга"; words under four letters only when equal ("лет" is not "лету")."""
    if one == other:
        return True
    if min(len(one), len(other)) < 4:
        return False
    shared = len(os.path.commonprefix([one, other]))
    return shared >= 4 and shared >= max(len(one), len(other)) - 2


def best_by_names(chain: Gold, candidates: list[Predicted]) -> Predicted | None:
    """The biggest candidate whose normalised name is one of the chain's names."""
    named = [entity for entity in candidates if norm_name(entity.name) in chain.names]
    # stable max: among equal counts the first predicted wins, whatever the hash seed
    return max(named, key=lambda entity: entity.count, default=None)


def best_by_mentions(chain: Gold, candidates: list[Predicted]) -> Predicted | None:
    """The candidate sharing a name or mention text with the chain that scores the most;
    ties go to a shared name, then to the closer count."""
    keys = chain.names | chain.texts
    words = name_words(keys)

    def shares(entity: Predicted) -> bool:
        names = {norm_name(entity.name), *(norm_name(text) for text in entity.texts)}
        if keys.isdisjoint(names):
            return False
        # the name we print must still name this entity: it is one of the chain's names or
        # mention texts, or shares a whole word with them (Санкт-Петербург for "Петербурга"
        # answers, a misread "Лет" for "Лету" does not)
        name = norm_name(entity.name)
        return name in keys or any(
            same_word(mine, theirs) for mine in name_words([name]) for theirs in words
        )

    def rank(entity: Predicted) -> tuple:
        named = norm_name(entity.name) in chain.names
        return (min(chain.count, entity.count), named, -abs(chain.count - entity.count))

    return max(filter(shares, candidates), key=rank, default=None)


@dataclass
class Score:
    matched: Counter = field(default_factory=Counter)  # by gold type (recall side)
    matched_pred: Counter = field(default_factory=Counter)  # by predicted type
    gold: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)

    def add(self, gold: list[Gold], pred: Iterable[tuple], match: str = "mentions") -> None:
        entities = [Predicted(*entity) for entity in pred]
        for entity in entities:
            self.pred[report_type(entity.type)] += entity.count
        pick = best_by_names if match == "names" else best_by_mentions
        free = list(entities)
        for chain in sorted(gold, key=lambda g: -g.count):
            self.gold[report_type(chain.type)] += chain.count
            found = pick(chain, [e for e in free if type_class(e.type) == type_class(chain.type)])
            if found is None:
                continue
            free.remove(found)
            hit = min(chain.count, found.count)
            self.matched[report_type(chain.type)] += hit
            self.matched_pred[report_type(found.type)] += hit

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


def evaluate(
    docs: list[Doc], predictions: Mapping[str, list[tuple]], match: str = "mentions"
) -> Score:
    """Score predicted entities (doc id -> [Predicted or (type, name, count)]) against the
    gold chains; ``match``: ``"mentions"`` (names and mention texts) or ``"names"``."""
    score = Score()
    for doc in docs:
        score.add(doc.gold, predictions.get(doc.id, []), match)
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
