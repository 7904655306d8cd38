"""Quote extraction on the gold texts retyped the way other outlets type them.

    python benchmarks/quote_variants.py                      # tests/gold/quotes.jsonl
    python benchmarks/quote_variants.py --gold tests/gold/quotes_test.jsonl

Wikinews types «guillemets», em dashes and LF line breaks; agency copy and site dumps often
have straight quotes, hyphens and CRLF. Each variant rewrites every gold text (same
characters otherwise), moves the gold offsets with it, and scores the package as
``benchmarks/quotes.py`` does. A rule that only works with one typography shows up as a drop
against ``original``.
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from quotes import CORPORA, DEFAULT_GOLD  # noqa: E402

from helpers.eval.quotes import (  # noqa: E402
    KINDS,
    Span,
    gold_spans,
    load_texts,
    predict,
    read_gold,
    score,
)

STRAIGHT = str.maketrans(dict.fromkeys("«»„“”", '"'))
HYPHEN = str.maketrans(dict.fromkeys("—–", "-"))


def straight_quotes(text: str) -> str:
    """«Q», — сказал X. -> "Q", — сказал X. (same length)"""
    return text.translate(STRAIGHT)


def hyphens(text: str) -> str:
    """«Q», — сказал X. -> «Q», - сказал X. (same length)"""
    return text.translate(HYPHEN)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def agency(text: str) -> str:
    """Straight quotes, hyphens and CRLF together, as much agency copy comes."""
    return crlf(hyphens(straight_quotes(text)))


# name -> (rewrite, whether it turns LF into CRLF and so moves offsets)
VARIANTS: dict[str, tuple[Callable[[str], str], bool]] = {
    "original": (lambda text: text, False),
    "straight quotes": (straight_quotes, False),
    "hyphens": (hyphens, False),
    "CRLF": (crlf, True),
    'agency ("Q", - + CRLF)': (agency, True),
}


def shift(span: Span, breaks: list[int]) -> Span:
    """The gold span in the CRLF text: one more character per line break before each end."""
    return replace(
        span,
        start=span.start + bisect_left(breaks, span.start),
        stop=span.stop + bisect_left(breaks, span.stop),
    )


def run_variant(records, texts, rewrite, moves) -> dict:
    new_texts = {key: rewrite(text) for key, text in texts.items()}
    # an annotator of the retyped text writes the speaker's quotation marks as it does
    gold = [
        replace(g, speaker=g.speaker and rewrite(g.speaker), aliases=tuple(map(rewrite, g.aliases)))
        for g in gold_spans(records)
    ]
    if moves:
        breaks = {key: [m.start() for m in re.finditer("\n", text)] for key, text in texts.items()}
        gold = [shift(g, breaks[g.doc]) for g in gold]
    for g in gold:  # the rewrite kept every gold span's words
        assert re.sub(r"\s", "", new_texts[g.doc][g.start : g.stop]) != ""
    return score(gold, predict(new_texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args(argv)
    if not args.gold.exists():
        parser.error(f"no gold file at {args.gold}; pass --gold PATH")
    records = read_gold(args.gold)
    texts = load_texts(records, CORPORA)
    print(f"{args.gold.name}: {len(records)} articles")
    print(
        f"{'variant':<26}" + "".join(f"{k + ' ' + m:>16}" for k in KINDS for m in ("F1", "e2e F1"))
    )
    for name, (rewrite, moves) in VARIANTS.items():
        scores = run_variant(records, texts, rewrite, moves)
        cells = [f"{v:>16.3f}" for k in KINDS for v in (scores[k].f1, scores[k].e2e_f1)]
        print(f"{name:<26}" + "".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
