"""Python 3.11-3.13 from a fresh venv: pymorphy3 behind natasha's MorphVocab, nothing
imports pkg_resources (fresh venvs on Python >= 3.12 lack it), pins hold."""

import os
import pickle
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import natasha
import pymorphy3
import pytest

import helpers
from helpers.pipeline.models import MorphForm, MorphVocab

ROOT = Path(__file__).resolve().parents[1]
PINNED = ("natasha", "slovnet", "razdel", "navec")

FRESH_RUN = """
import sys
import helpers
from helpers.pipeline.stopwords import function_words
from helpers.stats.keyness import general_lemma_frequencies

analysis = helpers.analyze_text("МОСКВА, 23 июня. /ТАСС/. Шойгу сказал: «Мы готовы».")
assert "Шойгу" in set(analysis.entities["text"])
assert "и" in function_words()
assert general_lemma_frequencies(size=200)["быть"] > 0
print(sorted(name for name in sys.modules if name.split(".")[0] in ("pkg_resources", "setuptools")))
"""


def test_analysis_never_imports_pkg_resources():
    """A fresh interpreter analyses a text, builds the stop words and the general
    frequencies: pkg_resources (and setuptools) stay out of sys.modules."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-c", FRESH_RUN]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"


def test_this_python_is_supported():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11"
    assert sys.version_info >= (3, 11)


def test_models_vocabulary_is_natashas_on_pymorphy3():
    vocab = helpers.load_models().morph_vocab
    assert isinstance(vocab, natasha.MorphVocab)
    assert isinstance(vocab, pymorphy3.MorphAnalyzer)
    form = vocab("стали")[0]
    assert isinstance(form, MorphForm)
    assert (form.normal, form.pos) == ("стать", "VERB")
    assert vocab.lemmatize("Шойгу", "PROPN", {"Case": "Nom"}) == "шойгу"


def test_natasha_doc_uses_the_same_vocabulary():
    """natasha's own Doc.lemmatize / span normalisation run on the pipeline's vocabulary."""
    models = helpers.load_models()
    doc = natasha.Doc("Министр обороны России Сергей Шойгу встретился с коллегой.")
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    for token in doc.tokens:
        token.lemmatize(models.morph_vocab)
    for span in doc.spans:
        span.normalize(models.morph_vocab)
    assert [token.lemma for token in doc.tokens][:3] == ["министр", "оборона", "россия"]
    assert "Сергей Шойгу" in {span.normal for span in doc.spans}


def test_vocabulary_inflects_with_ud_grammemes():
    form = MorphVocab()("министру")[0]
    assert form.inflect({"Nom"}).word == "министр"


def test_vocabulary_pickles():
    vocab = MorphVocab()
    again = pickle.loads(pickle.dumps(vocab))
    assert isinstance(again, MorphVocab)
    assert again("стали")[0].normal == "стать"


@pytest.mark.parametrize("name", PINNED)
def test_natasha_family_is_the_pinned_version(name):
    """pipeline/analysis.py re-implements their internals: pyproject pins the tested
    versions, constraints.txt agrees, and that is what is installed."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = dict(re.match(r"([\w.-]+)==([\w.]+)$", d).groups() for d in dependencies if "==" in d)
    assert version(name) == pins[name]
    constraints = (ROOT / "constraints.txt").read_text()
    assert re.search(rf"^{name}=={re.escape(pins[name])}\b", constraints, re.MULTILINE)


def test_constraints_resolve_for_every_supported_python():
    """One universal resolution: no pin is limited to a Python outside 3.11-3.13, and
    pymorphy2 is not a dependency of ours (natasha brings it; only its module is imported)."""
    constraints = (ROOT / "constraints.txt").read_text()
    assert "python_full_version < '3.11'" not in constraints
    assert re.search(r"^pymorphy3==", constraints, re.MULTILINE)
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert not any(d.startswith("pymorphy2") for d in dependencies)
