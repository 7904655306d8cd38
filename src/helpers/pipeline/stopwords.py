"""Russian stop words for news: function words plus news boilerplate.

Two documented lists, both compared against folded lemmas (lowercase, ё -> е):

- ``FUNCTION_WORDS``: the Russian list of stopwords-iso (``stopwordsiso``),
  restricted to function parts of speech. The raw list also holds content words
  (война, россия, москва, работа ...) that are exactly what news is about, so
  nouns, full adjectives and content verbs are dropped from it.
- ``NEWS_WORDS``: news boilerplate (reporting verbs, "также", agency names),
  shipped in ``helpers/data/news_stopwords.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import stopwordsiso

from ..io.text import fold_text
from .models import default_models

# pymorphy (OpenCorpora) tags whose words are function words
FUNCTION_POS = frozenset(
    {"CONJ", "PREP", "PRCL", "NPRO", "ADVB", "COMP", "NUMR", "PRED", "INTJ", "ADJS"}
)
AUXILIARY = frozenset(
    {"быть", "будет", "был", "была", "были", "было", "мочь", "может", "могут", "мог", "стать"}
)
# compound prepositions and particles the iso list lacks
COMPOUND_FUNCTION_WORDS = frozenset({"из-за", "из-под", "по-за", "кое-что", "кто-то", "что-то"})


def _is_function_word(word: str, morph) -> bool:
    tag = morph.parse(word)[0].tag
    return tag.POS in FUNCTION_POS or "Apro" in tag


def read_word_list(name: str) -> frozenset[str]:
    """Read a shipped word list: one word a line, '#' comments, folded."""
    text = resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(fold_text(word) for word in words if word)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """stopwords-iso Russian words that are function words (pronouns, prepositions ...)."""
    morph = default_models().morph_vocab  # the one analyser of the pipeline
    iso = stopwordsiso.stopwords("ru")
    kept = {word for word in iso if " " not in word and _is_function_word(word, morph)}
    return frozenset(fold_text(word) for word in kept | AUXILIARY | COMPOUND_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def news_words() -> frozenset[str]:
    """News boilerplate lemmas shipped with the package (see data/news_stopwords.txt)."""
    return read_word_list("news_stopwords.txt")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """All stop words: ``function_words() | news_words()``.

    >>> "и" in stop_words(), "заявить" in stop_words(), "война" in stop_words()
    (True, True, False)
    """
    return function_words() | news_words()
