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
from .topics import (
    TooFewDocuments,
    TopicModel,
    split_units,
    topic_shares_by_source,
    topic_shares_over_time,
    topic_units,
    typical_articles,
)
from .topic_quality import (
    choose_n_topics,
    match_topics,
    npmi_coherence,
    pick_n_topics,
    topic_stability,
    topic_diversity,
    topic_npmi,
    explain_quality,
)
from .plots.topics import (
    plot_doc_topics,
    plot_topic_quality,
    plot_topic_shares,
    plot_topic_terms,
)

# --- scale (issue 7)

# --- export and highlighting (issue 8)

__version__ = "0.1.0"
