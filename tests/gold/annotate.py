"""Annotation helper for the quote gold set (tests/gold/quotes.jsonl).

Usage (from the repo root):
    PYTHONPATH=src /work/venv/bin/python tests/gold/annotate.py candidates [N] [CORPUS]
        list ids in file order whose text has quotation marks or a speech cue
        (CORPUS: wikinews-ru, the default, or factrueval-2016; N: the first N texts)
    PYTHONPATH=src /work/venv/bin/python tests/gold/annotate.py show ID
        print an article line by line, each line prefixed with its start offset
    PYTHONPATH=src /work/venv/bin/python tests/gold/annotate.py find ID "substring"
        print every offset of an exact substring in the article
    PYTHONPATH=src /work/venv/bin/python tests/gold/annotate.py build SPEC [OUT]
        turn an annotation spec into JSON lines (offsets computed, never counted by hand)

Spec format (one record a line, fields separated by "|"):
    # ID                                    starts an article (seed: its file name;
                                            factRuEval: its devset id, e.g. factru-book_100)
    d | PREFIX ... SUFFIX | speaker | alias;alias | cue [| note]
    i | EXACT SUBSTRING   | -       |             | cue [| note]
The span starts at PREFIX and ends after the first SUFFIX found after it; an exact
substring may be given instead of PREFIX ... SUFFIX. PREFIX@N takes the N-th occurrence
(1-based) when the prefix is not unique. A space in the spec also matches a no-break
space. Speaker "-" means null.
"""

import json
import re
import sys
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
WIKINEWS = CORPORA / "wikinews-ru" / "articles.jsonl"
TASS = CORPORA / "tass"
FACTRUEVAL = CORPORA / "factrueval-2016" / "devset.jsonl"
FACTRU_PREFIX = "factru-"
SEED = "2022-06-23-shoigu-kazakhstan.txt"
CUES = re.compile(
    r"[«»\"„“”]|заяви|сказа|сообщи|отмети|по словам|по его словам|по её словам|подчеркну"
    r"|по мнению|по данным|считает|пообеща|потребова|добави|рассказа|пишет|сообщает",
    re.IGNORECASE,
)


def wikinews() -> dict[str, str]:
    """Wikinews texts by id, in file order."""
    with open(WIKINEWS, encoding="utf-8") as f:
        return {a["id"]: a["text"] for a in map(json.loads, f)}


def factrueval() -> dict[str, str]:
    """factRuEval-2016 devset texts by id (the `id` field as a string), in file order."""
    with open(FACTRUEVAL, encoding="utf-8") as f:
        return {str(a["id"]): a["text"] for a in map(json.loads, f)}


def texts_of(corpus: str) -> dict[str, str]:
    return factrueval() if corpus == "factrueval-2016" else wikinews()


def article_text(corpus: str, article_id: str) -> str:
    if corpus == "tass":
        return (TASS / article_id).read_text(encoding="utf-8")
    return texts_of(corpus)[article_id]


def corpus_of(article_id: str) -> str:
    if article_id.endswith(".txt"):
        return "tass"
    if article_id.startswith(FACTRU_PREFIX):
        return "factrueval-2016"
    return "wikinews-ru"


def show(article_id: str) -> None:
    text = article_text(corpus_of(article_id), article_id)
    offset = 0
    for line in text.splitlines(keepends=True):
        print(f"{offset:6d} {line.rstrip(chr(10))}")
        offset += len(line)


def pattern(sub: str) -> str:
    """A regex for an exact substring where a space also matches a no-break space."""
    return "[ \u00a0]".join(map(re.escape, sub.split(" ")))


def find_all(text: str, sub: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern(sub), text)]


def locate(text: str, spec: str) -> tuple[int, int]:
    """Offsets of 'PREFIX ... SUFFIX' or of an exact substring (PREFIX@N for the N-th hit)."""
    prefix, _, suffix = spec.partition(" ... ")
    nth = 0
    m = re.fullmatch(r"(.*)@(\d+)", prefix)
    if m:
        prefix, nth = m.group(1), int(m.group(2)) - 1
    hits = find_all(text, prefix)
    if not hits:
        raise ValueError(f"not found: {prefix!r}")
    if len(hits) > 1 and not m:
        raise ValueError(f"{len(hits)} hits for {prefix!r}: use {prefix}@N")
    start, prefix_end = hits[nth]
    if not suffix:
        return start, prefix_end
    m = re.compile(pattern(suffix)).search(text, prefix_end)
    if not m:
        raise ValueError(f"suffix {suffix!r} not found after {prefix!r}")
    return start, m.end()


def build(spec_path: str) -> list[dict]:
    docs: list[dict] = []
    text = ""
    for n, raw in enumerate(Path(spec_path).read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("#"):
            article_id = line[1:].strip()
            corpus = corpus_of(article_id)
            text = article_text(corpus, article_id)
            docs.append({"corpus": corpus, "article_id": article_id, "quotes": []})
            continue
        fields = [f.strip() for f in line.split("|")]
        kind, span, speaker, aliases, cue = fields[:5]
        try:
            start, stop = locate(text, span)
        except ValueError as e:
            raise SystemExit(f"line {n}: {e}") from None
        record = {
            "kind": {"d": "direct", "i": "indirect"}[kind],
            "start": start,
            "stop": stop,
            "speaker": None if speaker == "-" else speaker,
            "aliases": [a.strip() for a in aliases.split(";") if a.strip()],
            "cue": cue,
        }
        if len(fields) > 5:
            record["note"] = fields[5]
        docs[-1]["quotes"].append(record)
    for doc in docs:
        doc["quotes"].sort(key=lambda q: (q["start"], q["stop"]))
    return docs


def main(argv: list[str]) -> None:
    cmd = argv[0] if argv else "help"
    if cmd == "candidates":
        limit = int(argv[1]) if len(argv) > 1 else 10**9
        corpus = argv[2] if len(argv) > 2 else "wikinews-ru"
        for i, (article_id, text) in enumerate(texts_of(corpus).items()):
            if i >= limit:
                break
            if CUES.search(text):
                print(article_id, len(text))
    elif cmd == "show":
        show(argv[1])
    elif cmd == "find":
        text = article_text(corpus_of(argv[1]), argv[1])
        for start, stop in find_all(text, argv[2]):
            print(start, stop)
    elif cmd == "build":
        docs = build(argv[1])
        out = argv[2] if len(argv) > 2 else None
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        if out:
            Path(out).write_text(lines, encoding="utf-8")
        else:
            sys.stdout.write(lines)
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
