"""Annotation helper for the blind entity gold set (tests/gold/entities_blind.jsonl).

Usage (from the repo root):
    python3 tests/gold/entities_annotate.py select
        print the selected article ids (see the README section "Blind entity set")
    python3 tests/gold/entities_annotate.py show ID
        print an article line by line, each line prefixed with its start offset
    python3 tests/gold/entities_annotate.py build SPEC [OUT]
        turn an annotation spec into JSON lines (offsets computed, never counted by hand),
        validate them and print every chain back with its mentions

Spec format (one chain a line, fields separated by "|"):
    # ID                                          starts an article (a Wikinews id)
    TYPE | canonical name | other;names | surface1; surface2@2; surface3* [| f:Имя;l:Фамилия;p:Отчество]
TYPE is PER, LOC or ORG. A surface is an exact substring that stands as whole words
(no letter or digit touching either end); a space also matches a no-break space.
`surface` is its first occurrence in the text, `surface@N` its N-th (`@-1` the last), `surface*` every
occurrence that is not part of a longer mention of the same chain. For PER the name parts come from the canonical name (one word: lastname;
two: firstname lastname; three with a patronymic in -вич/-вна/-чна: firstname patronymic
lastname) unless the optional fifth field gives them.
"""

import json
import re
import sys
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
WIKINEWS = CORPORA / "wikinews-ru" / "articles.jsonl"
GOLD = Path(__file__).resolve().parent
START, SIZE, MIN_LEN, MAX_LEN = 627, 40, 600, 5000
TYPES = ("PER", "LOC", "ORG")
PARTS = {"f": "firstname", "l": "lastname", "p": "patronymic"}


def articles() -> list[dict]:
    with open(WIKINEWS, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def quote_ids() -> set[str]:
    ids = set()
    for path in GOLD.glob("quotes*.jsonl"):
        with open(path, encoding="utf-8") as f:
            ids |= {json.loads(line)["article_id"] for line in f if line.strip()}
    return ids


def select() -> list[str]:
    """Going backwards from file position START: ids in no quote gold file, 600-5000 chars."""
    items, taken, chosen = articles(), quote_ids(), []
    for index in range(START, -1, -1):
        item = items[index]
        if item["id"] not in taken and MIN_LEN <= len(item["text"]) <= MAX_LEN:
            chosen.append(item["id"])
        if len(chosen) == SIZE:
            break
    return chosen


def texts() -> dict[str, str]:
    return {item["id"]: item["text"] for item in articles()}


def show(article_id: str) -> None:
    offset = 0
    for line in texts()[article_id].splitlines(keepends=True):
        print(f"{offset:6d} {line.rstrip(chr(10))}")
        offset += len(line)


def pattern(surface: str) -> re.Pattern:
    body = "".join("[ \u00a0]" if char == " " else re.escape(char) for char in surface)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def locate(text: str, item: str) -> list[tuple[int, int]]:
    item = item.strip()
    every = item.endswith("*")
    nth = 1
    if every:
        item = item[:-1]
    elif re.search(r"@-?\d+$", item):
        item, number = item.rsplit("@", 1)
        nth = int(number)
    found = [(m.start(), m.end()) for m in pattern(item).finditer(text)]
    if not found or (not every and not 1 <= abs(nth) <= len(found)):
        raise ValueError(f"not found: {item!r} (occurrence {nth})")
    return found if every else [found[nth - 1 if nth > 0 else nth]]


def inside(span: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    """True when span lies strictly inside another span (a starred surface in a longer one)."""
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans)


def person_attrs(name: str, extra: str) -> dict[str, list[str]]:
    if extra.strip():
        attrs: dict[str, list[str]] = {}
        for part in extra.split(";"):
            key, value = part.strip().split(":", 1)
            attrs.setdefault(PARTS[key], []).append(value.strip())
        return attrs
    words = name.split()
    if len(words) == 1:
        return {"lastname": words}
    if len(words) == 3 and re.search(r"(вич|вна|чна)$", words[1]):
        return {"firstname": [words[0]], "patronymic": [words[1]], "lastname": [words[2]]}
    return {"firstname": [" ".join(words[:-1])], "lastname": [words[-1]]}


def chain(text: str, number: int, line: str) -> dict:
    fields = [field.strip() for field in line.split("|")]
    type_, name, others, surfaces = fields[:4]
    extra = fields[4] if len(fields) > 4 else ""
    if type_ not in TYPES:
        raise ValueError(f"bad type {type_!r}")
    items = [item.strip() for item in surfaces.split(";") if item.strip()]
    fixed = {span for item in items if not item.endswith("*") for span in locate(text, item)}
    starred = {span for item in items if item.endswith("*") for span in locate(text, item)}
    spans = sorted(fixed | {span for span in starred if not inside(span, fixed | starred)})
    mentions = [{"start": a, "stop": b, "type": type_, "text": text[a:b]} for a, b in spans]
    names = [other.strip() for other in others.split(";") if other.strip()]
    if type_ == "PER":
        attrs = person_attrs(name, extra)
        if names:
            attrs["name"] = [name, *names]
    else:
        attrs = {"name": [name, *names]}
    return {
        "chain": number,
        "type": type_,
        "name": name,
        "attrs": attrs,
        "count": len(mentions),
        "mentions": mentions,
    }


def parse(spec: Path, corpus: dict[str, str]) -> dict[str, list[dict]]:
    records: dict[str, list[dict]] = {}
    current = None
    for number, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("#"):
            current = line[1:].strip()
            records[current] = []
            continue
        try:
            records[current].append(chain(corpus[current], len(records[current]) + 1, line))
        except (ValueError, KeyError) as error:
            sys.exit(f"{spec}:{number}: {error}: {line}")
    return records


def validate(records: dict[str, list[dict]], corpus: dict[str, str]) -> list[str]:
    errors = []
    for article_id, chains in records.items():
        text, owner = corpus[article_id], {}
        for entity in chains:
            spans = [(m["start"], m["stop"]) for m in entity["mentions"]]
            if entity["count"] != len(spans) or not spans:
                errors.append(f"{article_id}: {entity['name']}: bad count")
            for (a, b), (c, _) in zip(spans, spans[1:], strict=False):
                if c < b:
                    errors.append(f"{article_id}: {entity['name']}: overlap at {a}")
            for m in entity["mentions"]:
                if not 0 <= m["start"] < m["stop"] <= len(text):
                    errors.append(f"{article_id}: {entity['name']}: out of range")
                if text[m["start"] : m["stop"]] != m["text"]:
                    errors.append(f"{article_id}: {entity['name']}: text mismatch")
                key = (m["start"], m["stop"])
                if key in owner:
                    errors.append(
                        f"{article_id}: {m['text']!r} in {owner[key]} and {entity['name']}"
                    )
                owner[key] = entity["name"]
    return errors


def build(spec: Path, out: Path | None) -> None:
    corpus = texts()
    records = parse(spec, corpus)
    errors = validate(records, corpus)
    missing = [article_id for article_id in select() if article_id not in records]
    for article_id, chains in records.items():
        print(f"# {article_id}")
        for entity in chains:
            surfaces = "; ".join(f"{m['text']}@{m['start']}" for m in entity["mentions"])
            print(f"  {entity['type']} {entity['name']} ({entity['count']}): {surfaces}")
    for error in errors:
        print("ERROR", error)
    print(f"{len(records)} articles, missing from the selection: {len(missing)}")
    if out and not errors:
        order = [article_id for article_id in select() if article_id in records]
        with open(out, "w", encoding="utf-8") as f:
            for article_id in order:
                record = {"corpus": "wikinews-ru", "article_id": article_id}
                record["entities"] = records[article_id]
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {len(order)} articles to {out}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["select"]:
        print("\n".join(select()))
    elif argv[:1] == ["show"]:
        show(argv[1])
    elif argv[:1] == ["build"]:
        build(Path(argv[1]), Path(argv[2]) if len(argv) > 2 else None)
    else:
        print(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
