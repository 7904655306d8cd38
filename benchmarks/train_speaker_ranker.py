"""Train the quote speaker ranker (``helpers.nlp.quotes.ranker``) on the gold sets.

    python benchmarks/train_speaker_ranker.py            # cross-validate, print figures
    python benchmarks/train_speaker_ranker.py --write    # + write data/quote_speaker_ranker.json

Each extracted quote that matches a gold quote (the benchmark's matching) gives a group of
candidates labelled by the benchmark's speaker rule. A logistic regression scores candidates;
held-out speaker accuracy of the rules and of the ranker (override when the model's logit
beats the rule's by a margin) is reported by article (GroupKFold) and by gold file.
Blind set 4 (``quotes_test4.jsonl``) and the second annotation of test2 are never used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest.mock import patch

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from helpers.eval.quotes import (  # noqa: E402
    Span,
    doc_key,
    gold_spans,
    load_texts,
    read_gold,
    score,
    speaker_correct,
)
from helpers.nlp.quotes import extract, ranker  # noqa: E402
from helpers.nlp.quotes.extract import bare_name  # noqa: E402

GOLD = HERE.parent / "tests" / "gold"
FILES = (
    "quotes.jsonl",
    "quotes_test.jsonl",
    "quotes_test2.jsonl",
    "quotes_test3.jsonl",
    "quotes_factrueval.jsonl",
    "quotes_blind5.jsonl",
    "quotes_blind6.jsonl",
    "quotes_blind7.jsonl",
    "quotes_blind8.jsonl",
    "quotes_blind9.jsonl",
    "quotes_blind10.jsonl",
    "quotes_blind11.jsonl",
)
CORPORA = HERE.parent.parent / "shared" / "corpora"
OUT = HERE.parent / "src" / "helpers" / "data" / "quote_speaker_ranker.json"
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
C = 1.0


def recorded_candidates(text: str, models) -> list[tuple]:
    """(quote, candidates) of every quote in ``text``: the extractor's ranking step
    replaced by one that records every quote's candidates (the parser on each)."""
    from helpers.pipeline.analysis import extract_quotes

    out: list = []

    def record(ctx, quotes) -> None:
        out.extend(ranker.candidate_sets(ctx, quotes, every=True))

    with patch.object(extract, "rerank", record):
        extract_quotes(text, models)
    return out


def groups_of(files, models) -> list[dict]:
    """One group per matched quote: file, doc, kind, feature matrix, labels (rule first)."""
    out = []
    for name in files:
        records = read_gold(GOLD / name)
        texts = load_texts(records, CORPORA)
        for record in records:
            key = doc_key(record)
            found = recorded_candidates(texts[key], models)
            pred = [Span(key, q.kind, q.start, q.stop, q.speaker.name) for q, _ in found]
            by_span = {(q.kind, q.start, q.stop): cands for q, cands in found}
            for kind_score in score(gold_spans([record]), pred).values():
                for g, p in kind_score.pairs:
                    cands = by_span[(p.kind, p.start, p.stop)]
                    labels = [
                        speaker_correct(bare_name(c.name), g.speaker, g.aliases) for c in cands
                    ]
                    x = [[c.feats[f] for f in ranker.FEATURES] for c in cands]
                    out.append(
                        dict(file=name, doc=key, kind=p.kind, x=np.array(x), y=np.array(labels))
                    )
    return out


def hidden(groups):
    """The groups with the rule's flags (``rule``, ``no_one``) zeroed: the features alone."""
    out = []
    for g in groups:
        x = g["x"].copy()
        x[:, :2] = 0.0
        out.append({**g, "x": x})
    return out


def fit(groups):
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([g["x"] for g in groups])
    y = np.concatenate([g["y"] for g in groups]).astype(int)
    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def choose(model, g, margin: float) -> int:
    s = model.decision_function(g["x"])
    best = int(np.argmax(s))
    return best if best and s[best] - s[0] >= margin else 0


def evaluate(groups, folds) -> dict:
    """Held-out correct counts: rules, and ranker at each margin, per kind."""
    tally = {k: {"n": 0, "rules": 0, **{m: 0 for m in MARGINS}} for k in ("direct", "indirect")}
    for train, test in folds:
        model = fit([groups[i] for i in train])
        for i in test:
            g = groups[i]
            t = tally[g["kind"]]
            t["n"] += 1
            t["rules"] += int(g["y"][0])
            for m in MARGINS:
                t[m] += int(g["y"][choose(model, g, m)])
    return tally


def report(title, tally) -> None:
    print(title)
    for kind, t in tally.items():
        cells = "  ".join(f"m{m}: {t[m] / t['n']:.3f}" for m in MARGINS)
        print(f"  {kind:8} n={t['n']:4}  rules {t['rules'] / t['n']:.3f}  ranker {cells}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--margin", type=float, default=None, help="logit margin to override the rule (None: never)"
    )
    args = parser.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    from helpers.pipeline.models import default_models

    models = default_models()
    groups = groups_of(FILES, models)
    n_choice = sum(len(g["y"]) > 1 for g in groups)
    reach = sum(bool(g["y"].any()) for g in groups)
    print(f"{len(groups)} matched quotes, {n_choice} with a choice, {reach} with a right candidate")
    docs = [g["doc"] for g in groups]
    index = np.arange(len(groups))
    by_article = list(GroupKFold(5).split(index, groups=docs))
    report("GroupKFold(5) by article", evaluate(groups, by_article))
    report(
        "GroupKFold(5), features alone (rule flags hidden)", evaluate(hidden(groups), by_article)
    )
    files = [g["file"] for g in groups]
    lofo = [
        (index[[f != name for f in files]], index[[f == name for f in files]]) for name in FILES
    ]
    report("leave one gold file out", evaluate(groups, lofo))
    report("leave one gold file out, features alone", evaluate(hidden(groups), lofo))
    for name, (train, test) in zip(FILES, lofo, strict=True):
        report(f"  held out: {name}", evaluate(groups, [(train, test)]))
    if args.write:
        model = fit(groups)
        payload = {
            "features": list(ranker.FEATURES),
            "weights": [round(float(w), 5) for w in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 5),
            "margin": args.margin,
            "trained_on": list(FILES),
            "C": C,
            "note": "margin null: not wired in, held-out accuracy does not beat the rules",
        }
        OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
