"""Run All of every notebook with LANG="en" and LANG="ru": chart text is in that language.

Each notebook is executed with papermill on the seed, with one extra cell after the
parameters that records the title, axis labels and legend of every figure as it is drawn,
and one at the end that writes them to a file. English charts may show Cyrillic only
where it is data (a word of the article, its lemma, an entity's name); Russian charts may show Latin
only for data and for the names of measures that stay in Latin letters (logDice, PMI ...).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

papermill = pytest.importorskip("papermill")

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))
SEED = REPO / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё-]*")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
TERMS_OF_ART = {"logDice", "PMI", "NPMI", "log2", "t-score", "wordfreq", "NMF", "LDA", "G2"}

RECORDER = """\
import matplotlib.backend_bases as _backend_bases

_CHART_TEXTS = []
_print_figure = _backend_bases.FigureCanvasBase.print_figure


def _recording_print_figure(self, *args, **kwargs):
    for _ax in self.figure.axes:
        _CHART_TEXTS.extend([_ax.get_title(), _ax.get_xlabel(), _ax.get_ylabel()])
        _legend = _ax.get_legend()
        if _legend is not None:
            _CHART_TEXTS.extend(_text.get_text() for _text in _legend.get_texts())
    return _print_figure(self, *args, **kwargs)


_backend_bases.FigureCanvasBase.print_figure = _recording_print_figure
"""
DUMP = """\
import json as _json

with open({path!r}, "w", encoding="utf-8") as _out:
    _json.dump([_text for _text in _CHART_TEXTS if _text], _out, ensure_ascii=False)
"""


def instrumented(notebook: Path, texts_path: Path, out: Path) -> Path:
    """A copy of the notebook with the recorder after its parameters cell and a dump at the end."""
    nb = nbformat.read(notebook, as_version=4)
    position = next(
        (i + 1 for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])), 0
    )
    nb.cells.insert(position, nbformat.v4.new_code_cell(RECORDER))
    nb.cells.append(nbformat.v4.new_code_cell(DUMP.format(path=str(texts_path))))
    nbformat.write(nb, out)
    return out


@pytest.fixture(scope="module")
def data_words() -> set[str]:
    """Words of the article as written, their lemmas and the entities' canonical names."""
    import helpers

    text = SEED.read_text(encoding="utf-8")
    analysis = helpers.analyze_text(text)
    words = " ".join([text, *analysis.tokens["lemma"].dropna(), *analysis.entities["name"]])
    return {word.lower() for word in CYRILLIC_WORD.findall(words) + LATIN_WORD.findall(words)}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_chart_text_follows_lang(notebook, lang, tmp_path, cache_dir, data_words):
    texts_path = tmp_path / "chart_texts.json"
    source = instrumented(notebook, texts_path, tmp_path / notebook.name)
    papermill.execute_notebook(
        str(source),
        str(tmp_path / f"out-{notebook.name}"),
        parameters={
            "DATA_PATH": str(SEED.parent),
            "CACHE_DIR": str(cache_dir),
            "LANG": lang,
            "EXPORT_DIR": str(tmp_path / "exports"),
        },
        cwd=str(REPO / "notebooks"),
        progress_bar=False,
    )
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    if notebook.stem != "06_explore":  # the explorer draws widgets, not figures
        assert texts, f"{notebook.name} drew no chart"

    def is_data(word: str, text: str) -> bool:
        word = word.lower()
        shortened = f"{word}…" in text.lower()  # a long label cut with an ellipsis
        return word in data_words or (shortened and any(d.startswith(word) for d in data_words))

    for text in texts:
        if lang == "en":
            foreign = {w for w in CYRILLIC_WORD.findall(text) if not is_data(w, text)}
        else:
            foreign = {
                w
                for w in LATIN_WORD.findall(text)
                if len(w) > 1 and w not in TERMS_OF_ART and not is_data(w, text)
            }
        assert not foreign, f"{notebook.name} LANG={lang}: {text!r} has {sorted(foreign)}"
