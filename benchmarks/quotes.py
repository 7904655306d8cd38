"""Quote extraction against the gold set: P/R/F1 per kind, speaker accuracy, end-to-end F1.

    python benchmarks/quotes.py                       # tests/gold/quotes.jsonl, all articles
    python benchmarks/quotes.py --gold PATH --split even --errors
    python benchmarks/quotes.py --baseline            # + direct-speech-extractor-ru (PyPI)

Splits are by position in the gold file (``even``: 0, 2, 4 ...; ``odd``: 1, 3 ...), so a
split that was not looked at while writing rules can be reported on its own.
Scoring: ``helpers.eval.quotes`` (the guideline's Scoring section).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from helpers.eval.quotes import (  # noqa: E402
    KINDS,
    Span,
    doc_key,
    format_table,
    gold_spans,
    load_texts,
    predict,
    read_gold,
    score,
    speaker_correct,
)

DEFAULT_GOLD = HERE.parent / "tests" / "gold" / "quotes.jsonl"
CORPORA = HERE.parent.parent / "shared" / "corpora"
QUOTE_MARKS = "«»„“”\"' "
DASHES = "-–—‒− "


def baseline(texts: dict[str, str]) -> list[Span]:
    """direct-speech-extractor-ru: it returns strings (no offsets, no speakers); each is
    stripped of dashes, quotation marks and trailing commas and found in the text in order."""
    from direct_speech_extractor_ru import Extractor

    spans = []
    for key, text in texts.items():
        cursor = 0
        for found in Extractor(text).direct_speech():
            core = found.strip().strip(DASHES + QUOTE_MARKS).rstrip(",").strip(QUOTE_MARKS)
            if not re.search(r"\w", core):
                continue
            at = text.find(core, cursor)
            if at == -1:
                at = text.find(core)
            if at == -1:
                continue
            cursor = at + len(core)
            spans.append(Span(key, "direct", at, at + len(core), None))
    return spans


def split_records(records: list[dict], split: str) -> list[dict]:
    if split == "even":
        return records[0::2]
    if split == "odd":
        return records[1::2]
    return records


def print_errors(gold: list[Span], pred: list[Span], texts: dict[str, str]) -> None:
    scores = score(gold, pred)
    matched_g = {id(g) for s in scores.values() for g, _ in s.pairs}
    matched_p = {id(p) for s in scores.values() for _, p in s.pairs}

    def show(s: Span) -> str:
        return texts[s.doc][s.start : s.stop].replace("\n", " ")[:110]

    for kind in KINDS:
        for g, p in scores[kind].pairs:
            if not speaker_correct(p.speaker, g.speaker, g.aliases):
                print(f"SPEAKER {kind} {g.doc} gold={g.speaker!r} pred={p.speaker!r} | {show(g)}")
    for g in gold:
        if id(g) not in matched_g:
            print(f"MISSED  {g.kind} {g.doc} {g.start} speaker={g.speaker!r} | {show(g)}")
    for p in pred:
        if id(p) not in matched_p:
            print(f"EXTRA   {p.kind} {p.doc} {p.start} speaker={p.speaker!r} | {show(p)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--errors", action="store_true", help="list misses, extras, wrong speakers")
    parser.add_argument(
        "--baseline", action="store_true", help="also score direct-speech-extractor-ru"
    )
    args = parser.parse_args(argv)
    if not args.gold.exists():
        parser.error(f"no gold file at {args.gold}; pass --gold PATH")
    records = read_gold(args.gold)
    texts = load_texts(records, CORPORA)
    splits = ("all", "even", "odd") if args.split == "all" else (args.split,)
    pred = predict(texts)
    for split in splits:
        chosen = split_records(records, split)
        keys = {doc_key(r) for r in chosen}
        gold = gold_spans(chosen)
        mine = [p for p in pred if p.doc in keys]
        title = f"helpers.extract_quotes, {split} ({len(chosen)} articles, {len(gold)} gold quotes)"
        print(format_table(score(gold, mine), title), "\n")
    if args.errors:
        chosen = split_records(records, args.split)
        keys = {doc_key(r) for r in chosen}
        print_errors(gold_spans(chosen), [p for p in pred if p.doc in keys], texts)
    if args.baseline:
        try:
            base = baseline(texts)
        except ImportError:
            print("baseline: direct-speech-extractor-ru is not installed (pip install it)")
            return 0
        gold = gold_spans(records)
        scores = score(gold, base)
        title = "direct-speech-extractor-ru (direct only; it gives no speakers)"
        print(format_table({k: scores[k] for k in KINDS}, title))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
