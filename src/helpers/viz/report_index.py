"""``reports/index.html``: the executed notebooks in order, with what they ran on.

    python -m helpers.viz.report_index --data data/raw --out reports notebooks/0*.ipynb

One link per notebook (to its HTML, titled by its first heading), then the data
path, the number of articles, their date range and the time of the run.
"""

from __future__ import annotations

import argparse
import html
import json
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from ..i18n import message, set_language
from ..io.load import load_articles
from ..stats.periods import period_label


def notebook_title(path: Path) -> str:
    """The first Markdown heading of a notebook, else its file name."""
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return Path(path).stem
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        for line in "".join(cell.get("source", "")).splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return Path(path).stem


def corpus_facts(data: str) -> dict[str, str]:
    """Article count and date range of the articles under ``data``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_articles(data)
    dates = pd.to_datetime(articles.get("date", pd.Series(dtype=object)), errors="coerce")
    dates = dates.dropna()
    if len(dates):
        first, last = (period_label(day, "day") for day in (dates.min(), dates.max()))
        span = first if first == last else f"{first} – {last}"
    else:
        span = message("report.no_dates")
    return {"articles": str(len(articles)), "dates": span}


def index_html(notebooks: list[Path], data: str, facts: dict[str, str], run_at: str) -> str:
    """The page: a title, the facts of the run, an ordered list of links."""
    items = "\n".join(
        f'    <li><a href="{html.escape(Path(nb).stem)}.html">'
        f"{html.escape(notebook_title(nb))}</a></li>"
        for nb in notebooks
    )
    rows = [
        (message("report.data"), data),
        (message("report.articles"), facts["articles"]),
        (message("report.dates"), facts["dates"]),
        (message("report.run"), run_at),
    ]
    table = "\n".join(
        f"    <tr><th>{html.escape(name)}</th><td>{html.escape(value)}</td></tr>"
        for name, value in rows
    )
    title = html.escape(message("report.title"))
    return f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <style>
    body {{ font-family: "DejaVu Sans", sans-serif; max-width: 46em; margin: 2em auto; }}
    th {{ text-align: left; padding-right: 1.5em; }}
    li {{ margin: 0.3em 0; }}
  </style>
</head>
<body>
  <h1>{title}</h1>
  <table>
{table}
  </table>
  <h2>{html.escape(message("report.notebooks"))}</h2>
  <ol>
{items}
  </ol>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path, help="the notebooks, in order")
    parser.add_argument("--data", required=True, help="the data path the notebooks ran on")
    parser.add_argument("--out", required=True, type=Path, help="folder of the HTML reports")
    parser.add_argument("--lang", default="ru", help='"ru" or "en"')
    args = parser.parse_args(argv)
    set_language(args.lang)
    run_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = index_html(sorted(args.notebooks), args.data, corpus_facts(args.data), run_at)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


if __name__ == "__main__":
    print(main())
