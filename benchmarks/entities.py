"""Count-weighted entity F1 on the factRuEval-2016 devset: helpers vs plain natasha.

    PYTHONPATH=src python benchmarks/entities.py [--limit N]
    PYTHONPATH=src python benchmarks/entities.py --gold tests/gold/entities_blind.jsonl

Both systems read the same natasha pass of each text. "natasha" groups natasha's spans
by ``span.normal``; "helpers" is ``entity_records`` + ``resolve_corpus`` (what
``helpers.analyze`` returns). Scoring is ``helpers.eval.entities`` (its docstring documents
the name normalisation and matching), printed twice: ``match=mentions`` (an entity matches
a gold chain through its names or its mentions' surface texts) and ``match=names`` (the
older name-only scoring, kept so figures stay comparable with earlier runs). The rules were written looking at the even-id
texts ("tune"); the odd-id texts ("heldout") were not used for tuning. ``--gold`` scores
another gold file kept without texts (``helpers.eval.entities.load_gold``), all of it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

from helpers import tables
from helpers.eval.entities import (
    corpus_predictions,
    evaluate,
    group_predictions,
    load_devset,
    load_gold,
    split,
    table,
)
from helpers.io.text import find_lead_dateline
from helpers.nlp.entities.article import entity_records
from helpers.nlp.entities.resolve import resolve_corpus
from helpers.pipeline.analysis import natasha_doc
from helpers.pipeline.models import default_models

ROOT = Path(__file__).resolve().parents[1]

DEVSET = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset.jsonl"


def predictions(docs) -> tuple[dict, dict, dict]:
    """(natasha, helpers, helpers without nested mentions) predictions: doc id -> [(type,
    name, count)]. factRuEval annotates places inside organisation names, so "helpers"
    keeps them; "no-nested" is what ``entity_counts`` counts by default."""
    models = default_models()
    natasha, frames = {}, []
    for doc in docs:
        nat = natasha_doc(doc.text, models)
        columns = entity_records(doc.text, nat, find_lead_dateline(doc.text), models)
        frame = tables.make_frame(columns, tables.without_article(tables.ENTITIES))
        frames.append(frame.assign(article_id=doc.id))
        for span in nat.spans:
            span.normalize(models.morph_vocab)
        natasha[doc.id] = group_predictions(
            (span.type, span.normal, span.text) for span in nat.spans
        )
    resolved = resolve_corpus(pd.concat(frames, ignore_index=True))
    ours = corpus_predictions(resolved)
    return natasha, ours, corpus_predictions(resolved[~resolved["nested"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument(
        "--gold", type=Path, default=None, help="another gold file (texts from the corpora)"
    )
    parser.add_argument(
        "--parts", nargs="+", default=["tune", "heldout", "all"], choices=["tune", "heldout", "all"]
    )
    parser.add_argument(
        "--match",
        nargs="+",
        default=["mentions", "names"],
        choices=["mentions", "names"],
        help="scoring: names and mention texts (default), and the older name-only one",
    )
    args = parser.parse_args()
    if not DEVSET.exists():
        sys.exit(f"devset not found at {DEVSET} (expected ../shared/corpora next to the repo)")
    if args.gold is not None:
        docs = load_gold(args.gold, DEVSET.parents[1])[: args.limit]
        args.parts = ["all"]
    else:
        docs = load_devset(DEVSET)[: args.limit]
    started = time.perf_counter()
    natasha, ours, outer = predictions(docs)
    print(f"{len(docs)} texts analysed in {time.perf_counter() - started:.0f} s\n")
    for part in args.parts:
        chosen = split(docs, part)
        for match in args.match:
            print(f"== {part}: {len(chosen)} texts, match={match}")
            scores = {
                "natasha": evaluate(chosen, natasha, match),
                "helpers": evaluate(chosen, ours, match),
                "no-nested": evaluate(chosen, outer, match),
            }
            print(table(scores))
            gain = scores["helpers"].f1 - scores["natasha"].f1
            print(f"overall F1 gain over natasha: {gain:+.3f}\n")


if __name__ == "__main__":
    main()
