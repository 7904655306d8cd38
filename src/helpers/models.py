"""The natasha models, loaded once and passed around explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter


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
