"""Inter-annotator agreement of two quote gold files, scored with the guideline's own rules.

Usage (from the repo root):
    PYTHONPATH=src /work/venv/bin/python benchmarks/quote_agreement.py [A] [B] [--errors]

A and B default to tests/gold/quotes_test2.jsonl (first annotation) and
tests/gold/quotes_test2_b.jsonl (second, independent annotation of the same articles).
Only the articles present in both files are compared. B is scored against A with
``helpers.eval.quotes.score`` (A taken as gold), then A against B: per kind P/R/F1 of detection,
speaker agreement on matched pairs and end-to-end F1. Detection F1 is symmetric; speaker
agreement is not quite, because aliases come from the side taken as gold.

``--errors`` lists every disagreement (records only one side has, matched pairs whose
speakers disagree) with the quoted text, read from ../shared/corpora.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPORA = ROOT.parent / "shared" / "corpora"

from helpers.eval.quotes import (  # noqa: E402
    KINDS,
    KindScore,
    Span,
    doc_key,
    format_table,
    gold_spans,
    load_texts,
    read_gold,
    score,
    speaker_correct,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold"
FIRST = GOLD_DIR / "quotes_test2.jsonl"
SECOND = GOLD_DIR / "quotes_test2_b.jsonl"


def common_records(a: Sequence[Mapping], b: Sequence[Mapping]) -> tuple[list, list]:
    """The records of both files restricted to the articles they share (A's order)."""
    shared = {doc_key(r) for r in a} & {doc_key(r) for r in b}
    return [r for r in a if doc_key(r) in shared], [r for r in b if doc_key(r) in shared]


def pooled_row(scores: Mapping[str, KindScore]) -> str:
    """One line with both kinds pooled (a match still needs the same kind)."""
    total = KindScore("all")
    for s in scores.values():
        total.n_gold += s.n_gold
        total.n_pred += s.n_pred
        total.matched += s.matched
        total.speaker_ok += s.speaker_ok
    row = total.row()
    return "  ".join(f"{str(v):>11}" for v in row.values())


def agreement_table(gold: list[Span], pred: list[Span], title: str) -> str:
    scores = score(gold, pred)
    return format_table(scores, title) + "\n" + pooled_row(scores)


def _show(span: Span, texts: Mapping[str, str]) -> str:
    text = texts.get(span.doc, "")
    body = " ".join(text[span.start : span.stop].split())
    if len(body) > 160:
        body = body[:100] + " ... " + body[-50:]
    return f"{span.kind[0]} {span.start}:{span.stop} [{span.speaker}] {body}"


def disagreements(a: list[Span], b: list[Span], texts: Mapping[str, str]) -> list[str]:
    """Lines naming each record only one side has and each pair whose speakers disagree."""
    scores = score(a, b)
    paired_a = {id(g) for s in scores.values() for g, _ in s.pairs}  # identity: equal records
    paired_b = {id(p) for s in scores.values() for _, p in s.pairs}  # may occur twice
    lines = []
    for doc in sorted({s.doc for s in a} | {s.doc for s in b}):
        found = [
            f"  only A  {_show(s, texts)}" for s in a if s.doc == doc and id(s) not in paired_a
        ]
        found += [
            f"  only B  {_show(s, texts)}" for s in b if s.doc == doc and id(s) not in paired_b
        ]
        for g, p in (pair for kind in KINDS for pair in scores[kind].pairs if pair[0].doc == doc):
            ok_ab = speaker_correct(p.speaker, g.speaker, g.aliases)
            ok_ba = speaker_correct(g.speaker, p.speaker, p.aliases)
            if not (ok_ab and ok_ba):
                found += [f"  speaker A {_show(g, texts)}", f"          B {_show(p, texts)}"]
        if found:
            lines += [f"# {doc}", *found]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", nargs="?", type=Path, default=FIRST, help="first annotation")
    parser.add_argument("b", nargs="?", type=Path, default=SECOND, help="second annotation")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    for path in (args.a, args.b):
        if not path.is_file():
            print(f"gold file not found: {path} (run from the repo root or pass the paths)")
            return 2
    rec_a, rec_b = common_records(read_gold(args.a), read_gold(args.b))
    if not rec_a:
        print(f"{args.a.name} and {args.b.name} share no article: nothing to compare")
        return 2
    a, b = gold_spans(rec_a), gold_spans(rec_b)
    print(
        f"{len(rec_a)} shared articles; A = {args.a.name}: {len(a)} records, "
        f"B = {args.b.name}: {len(b)} records"
    )
    print()
    print(agreement_table(a, b, "B scored against A (A as gold):"))
    print()
    print(agreement_table(b, a, "A scored against B (B as gold):"))
    if args.errors:
        print()
        print("\n".join(disagreements(a, b, load_texts(rec_a, CORPORA))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
