"""Validate a quote gold file (default tests/gold/quotes.jsonl) against the corpora and print counts.

Run from the repo root: PYTHONPATH=src /work/venv/bin/python tests/gold/check_gold.py [PATH]
(e.g. tests/gold/quotes_test.jsonl, quotes_test2.jsonl, quotes_test3.jsonl, quotes_test4.jsonl or
quotes_factrueval.jsonl; corpora: wikinews-ru, tass, factrueval-2016).
An article id that also appears in any other tests/gold/quotes*.jsonl is an error: the sets must
stay disjoint.
A second, independent annotation NAME_b.jsonl shares its ids with NAME.jsonl on purpose: files
ending in _b.jsonl are left out of that check, and a _b file is checked against every set except
NAME.jsonl.
"""

import json
import sys
from collections import Counter
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
GOLD = Path(__file__).resolve().parent / "quotes.jsonl"
QUOTE_MARKS = "«»\"„“”'"
KINDS = {"direct", "indirect"}
FIELDS = {"kind", "start", "stop", "speaker", "aliases", "cue"}


def load_texts() -> dict[tuple[str, str], str]:
    texts = {}
    with open(CORPORA / "wikinews-ru" / "articles.jsonl", encoding="utf-8") as f:
        for article in map(json.loads, f):
            texts["wikinews-ru", article["id"]] = article["text"]
    with open(CORPORA / "factrueval-2016" / "devset.jsonl", encoding="utf-8") as f:
        for article in map(json.loads, f):
            texts["factrueval-2016", str(article["id"])] = article["text"]
    for path in (CORPORA / "tass").glob("*.txt"):
        texts["tass", path.name] = path.read_text(encoding="utf-8")
    return texts


SECOND = "_b.jsonl"


def first_annotation(gold: Path) -> str | None:
    """The file a second annotation NAME_b.jsonl re-annotates (NAME.jsonl), else None."""
    return gold.name[: -len(SECOND)] + ".jsonl" if gold.name.endswith(SECOND) else None


def other_sets(gold: Path) -> dict[str, set[str]]:
    """Article ids of every other quotes*.jsonl next to the dev set (dev, test, test2, ...).

    Second annotations (``*_b.jsonl``) share ids on purpose: they are never in the result,
    and for a second annotation its first annotation is not either.
    """
    return {
        path.name: {json.loads(line)["article_id"] for line in path.read_text("utf-8").splitlines()}
        for path in sorted(GOLD.parent.glob("quotes*.jsonl"))
        if path.resolve() != gold.resolve()
        and not path.name.endswith(SECOND)
        and path.name != first_annotation(gold)
    }


def check_quote(text: str, q: dict) -> list[str]:
    errors = []
    if not FIELDS <= q.keys():
        return [f"missing fields {sorted(FIELDS - q.keys())}"]
    if q["kind"] not in KINDS:
        errors.append(f"bad kind {q['kind']!r}")
    start, stop = q["start"], q["stop"]
    if not (isinstance(start, int) and isinstance(stop, int) and 0 <= start < stop <= len(text)):
        return errors + [f"bad offsets {start}:{stop} (text length {len(text)})"]
    span = text[start:stop]
    for ch in (span[0], span[-1]):
        if ch in QUOTE_MARKS or ch.isspace():
            errors.append(f"span {start}:{stop} starts/ends with {ch!r}: {span[:40]!r}")
    if not (q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"])):
        errors.append(f"bad speaker {q['speaker']!r}")
    if not isinstance(q["aliases"], list) or not all(isinstance(a, str) for a in q["aliases"]):
        errors.append(f"bad aliases {q['aliases']!r}")
    if not q["cue"]:
        errors.append("empty cue")
    return errors


def main(argv: list[str]) -> int:
    gold = Path(argv[0]) if argv else GOLD
    if not gold.is_file():
        print(f"gold file not found: {gold}")
        return 2
    if not CORPORA.is_dir():
        print(f"corpora not found at {CORPORA}: check out ../shared next to the repo")
        return 2
    texts = load_texts()
    errors, kinds, seen = [], Counter(), set()
    with_quotes, nulls = Counter(), Counter()
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        doc = json.loads(line)
        key = (doc["corpus"], doc["article_id"])
        if key not in texts:
            errors.append(f"line {n}: unknown article {key}")
            continue
        if key in seen:
            errors.append(f"line {n}: duplicate article {key}")
        seen.add(key)
        for q in doc["quotes"]:
            errors += [f"line {n} {doc['article_id']}: {e}" for e in check_quote(texts[key], q)]
            kinds[doc["corpus"], q["kind"]] += 1
            nulls[doc["corpus"]] += q.get("speaker", "") is None
        if doc["quotes"]:
            with_quotes[doc["corpus"]] += 1
    for other, ids in other_sets(gold).items():
        errors += [f"{a}: also in {other}" for _, a in sorted(seen) if a in ids]
    for e in errors:
        print("ERROR", e)
    corpora = Counter(c for c, _ in seen)
    for corpus in sorted(corpora):
        print(
            f"{corpus}: {corpora[corpus]} articles ({with_quotes[corpus]} with quotes), "
            f"direct {kinds[corpus, 'direct']}, indirect {kinds[corpus, 'indirect']}, "
            f"speaker null {nulls[corpus]}"
        )
    print(
        f"total: {len(seen)} articles, direct {sum(v for (c, k), v in kinds.items() if k == 'direct')}, "
        f"indirect {sum(v for (c, k), v in kinds.items() if k == 'indirect')}"
    )
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
