"""Explore Russian-language news with natasha.

Data flow: ``load_articles`` -> ``analyze`` (one natasha pass, cached) -> a ``Corpus``
of tidy tables (articles, sentences, tokens, entities, quotes) -> counts, topics, plots.
"""

from .pipeline.analysis import (
    PIPELINE_VERSION,
    Analysis,
    analyze_batch,
    analyze_text,
    extract_entities,
    extract_quotes,
)
from .store.cache import CacheWarning
from .store.analyze import analyze
from .store.corpus import Corpus, load_corpus, save_corpus
from .pipeline.models import Models, default_models, load_models
from .nlp.stopwords import function_words, news_words, stop_words
from .io.text import Dateline, find_dateline, find_full_date, fold_text, normalize_text
from .stats.overview import article_stats, articles_per_period, articles_per_source
from .viz import cyrillic_font_path, new_axes, setup_style
from .viz.overview import plot_articles_by_source, plot_articles_over_time, plot_text_lengths

# --- loading
from .io.load import ARTICLE_COLUMNS, LoadWarning, load_articles

# --- entities
from .nlp.entities.aliases import load_aliases
from .nlp.entities.resolve import resolve_corpus
from .stats.entities import cooccurrence, entity_counts
from .viz.entities import (
    plot_cooccurrence_network,
    plot_entity_cloud,
    plot_entity_trends,
    plot_top_entities,
)

# --- quotes
from .stats.quotes import quote_counts, quotes_over_time, speaker_mentions, speaker_quotes
from .viz.quotes import (
    plot_quote_kinds,
    plot_quote_lengths,
    plot_quotes_over_time,
    plot_speaker_entities,
    plot_top_speakers,
)

# --- frequency and corpus statistics
from .stats.frequency import term_counts, term_occurrences, running_words
from .stats.collocations import collocations, collocation_network
from .stats.keyness import keyness, key_terms, general_lemma_frequencies, subcorpus
from .stats.kwic import kwic
from .stats.dispersion import dispersion, near_duplicates, collapse_duplicates
from .stats.trends import trends, enough_dates, suggest_freq
from .viz.frequency import (
    plot_top_terms,
    plot_wordcloud,
    plot_zipf,
    plot_keyness,
    plot_collocation_network,
    plot_trends,
)

# --- topics
from .topics.model import TooFewDocuments, TopicModel
from .topics.units import split_units, topic_units
from .topics.shares import topic_shares_by_source, topic_shares_over_time, typical_articles
from .topics.quality import (
    choose_n_topics,
    match_topics,
    npmi_coherence,
    pick_n_topics,
    topic_stability,
    topic_diversity,
    topic_npmi,
    explain_quality,
)
from .viz.topics import (
    plot_doc_topics,
    plot_topic_quality,
    plot_topic_shares,
    plot_topic_terms,
)

# --- scale
from .store.lazy import LazyCorpus, analyze_to_cache

# --- export and highlighting
from .store.export import export
from .viz.highlight import Markup, highlight, highlight_article, highlight_entities

__version__ = "0.1.0"
