"""The natasha models, loaded once and passed around explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import natasha
from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter


class MorphVocab(natasha.MorphVocab):
    """natasha's pymorphy2 vocabulary that never raises on odd characters.

    pymorphy2 asks ``unicodedata.name`` about every character and fails on code
    points without a name (unassigned, or newer than Python's Unicode table):
    such words get no analysis, so their lemma is the lowercased word.
    """

    @lru_cache(maxsize=100_000)  # noqa: B019 - the vocabulary lives as long as the models
    def parse(self, word):
        try:
            return natasha.MorphVocab.parse(self, word)
        except ValueError:
            return []

    __call__ = parse


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
