"""The natasha models, loaded once and passed around explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import natasha
import pymorphy3
from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.morph.vocab import oc_grams, ud_feats, ud_pos


class MorphForm(pymorphy3.analyzer.Parse):
    """natasha's ``MorphForm`` over a pymorphy3 parse: ``normal``, UD ``pos`` and ``feats``.

    'стали' -> MorphForm(normal='стать', pos='VERB', feats={'Aspect': 'Perf', ...})
    """

    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.normal = self.normal_form
        self.pos = ud_pos(self.tag)
        self.feats = dict(ud_feats(self.tag))
        return self

    def inflect(self, grams):
        """Inflect to UD grammemes ({'Nom'}), like natasha's forms."""
        return pymorphy3.analyzer.Parse.inflect(self, set(oc_grams(grams)))

    def __repr__(self):
        return f"MorphForm(normal={self.normal!r}, pos={self.pos!r}, feats={self.feats!r})"


class MorphVocab(pymorphy3.MorphAnalyzer, natasha.MorphVocab):
    """natasha's vocabulary on pymorphy3's analyser, and it never raises on odd characters.

    A ``natasha.MorphVocab`` (natasha's ``Doc.lemmatize``/``normalize`` take it) whose
    analyser methods all come from pymorphy3: natasha's own ``__init__`` would build a
    pymorphy2 analyser, which imports ``pkg_resources`` (absent from fresh venvs on
    Python >= 3.12). natasha's ``lemmatize`` is inherited unchanged.

    Words whose characters have no Unicode name (unassigned, or newer than Python's
    table) get no analysis, so their lemma is the lowercased word.
    """

    def __init__(self) -> None:
        pymorphy3.MorphAnalyzer.__init__(self, result_type=MorphForm)

    @lru_cache(maxsize=100_000)  # noqa: B019 - the vocabulary lives as long as the models
    def parse(self, word):
        try:
            return pymorphy3.MorphAnalyzer.parse(self, word)
        except ValueError:
            return []

    __call__ = parse

    def __reduce__(self):
        return self.__class__, ()

    def __repr__(self) -> str:
        return "MorphVocab()"


@dataclass
class Models:
    """natasha's segmenter, morphology, lemmatiser and NER, all offline (shipped in the wheels).

    The syntax parser is loaded only when asked for (``models.syntax``).
    """

    segmenter: Segmenter
    morph_vocab: MorphVocab
    embedding: NewsEmbedding
    morph_tagger: NewsMorphTagger
    ner_tagger: NewsNERTagger
    _syntax: object | None = field(default=None, repr=False)

    @property
    def syntax(self):
        if self._syntax is None:
            from natasha import NewsSyntaxParser

            self._syntax = NewsSyntaxParser(self.embedding)
        return self._syntax


def load_models() -> Models:
    """Load fresh natasha models (about one second, ~100 MB of memory)."""
    embedding = NewsEmbedding()
    return Models(
        segmenter=Segmenter(),
        morph_vocab=MorphVocab(),
        embedding=embedding,
        morph_tagger=NewsMorphTagger(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )


@lru_cache(maxsize=1)
def default_models() -> Models:
    """The models shared by calls that pass none (loaded on first use)."""
    return load_models()
