"""Explore Russian-language news with natasha.

Data flow: ``load_articles`` -> ``analyze`` (one natasha pass, cached) -> a ``Corpus``
of tidy tables (articles, sentences, tokens, entities, quotes) -> counts, topics, plots.
"""

from .analysis import PIPELINE_VERSION, Analysis, analyze_batch, analyze_text, extract_entities, extract_quotes
from .cache import CacheWarning
from .corpus import Corpus, analyze
from .models import Models, default_models, load_models
from .stopwords import function_words, news_words, stop_words
from .text import Dateline, find_dateline, fold_text, normalize_text

__version__ = "0.1.0"

__all__ = [
    "PIPELINE_VERSION",
    "Analysis",
    "CacheWarning",
    "Corpus",
    "Dateline",
    "Models",
    "analyze",
    "analyze_batch",
    "analyze_text",
    "default_models",
    "extract_entities",
    "extract_quotes",
    "find_dateline",
    "fold_text",
    "function_words",
    "load_models",
    "news_words",
    "normalize_text",
    "stop_words",
]
