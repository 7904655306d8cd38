"""Explore Russian-language news with natasha.

Data flow: ``load_articles`` -> ``analyze`` (one natasha pass, cached) -> a ``Corpus``
of tidy tables (articles, sentences, tokens, entities, quotes) -> counts, topics, plots.
"""

from .analysis import (
    PIPELINE_VERSION,
    Analysis,
    analyze_batch,
    analyze_text,
    extract_entities,
    extract_quotes,
)
from .cache import CacheWarning
from .corpus import Corpus, analyze
from .models import Models, default_models, load_models
from .stopwords import function_words, news_words, stop_words
from .text import Dateline, find_dateline, fold_text, normalize_text
from .plots import cyrillic_font_path, new_axes, setup_style

# --- loading (issue 2)

# --- entities (issue 3)

# --- quotes (issue 4)

# --- frequency and corpus statistics (issue 5)

# --- topics (issue 6)

# --- scale (issue 7)
from .scale import LazyCorpus, analyze_to_cache

# --- export and highlighting (issue 8)

__version__ = "0.1.0"
