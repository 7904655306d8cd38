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

# --- loading (issue 2)
from .io.load import ARTICLE_COLUMNS, LoadWarning, load_articles

# --- entities (issue 3)
from .nlp.entities.entities import (
    cooccurrence,
    entity_counts,
    highlight_entities,
    load_aliases,
    resolve_corpus,
)
from .viz.entities import (
    plot_cooccurrence_network,
    plot_entity_cloud,
    plot_entity_trends,
    plot_top_entities,
)

# --- quotes (issue 4)
from .nlp.quotes.quotes import quote_counts, quotes_over_time, speaker_mentions, speaker_quotes
from .viz.quotes import (
    plot_quote_kinds,
    plot_quote_lengths,
    plot_quotes_over_time,
    plot_speaker_entities,
    plot_top_speakers,
)

# --- frequency and corpus statistics (issue 5)
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

# --- topics (issue 6)
from .topics.model import (
    TooFewDocuments,
    TopicModel,
    split_units,
    topic_shares_by_source,
    topic_shares_over_time,
    topic_units,
    typical_articles,
)
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

# --- scale (issue 7)
from .store.lazy import LazyCorpus, analyze_to_cache

# --- export and highlighting (issue 8)
from .store.export import export
from .viz.highlight import Markup, highlight, highlight_article

# --- charts a newsroom can publish: one language, one period vocabulary
from .i18n import get_language, message, set_language
from .stats.periods import choose_freq, normalize_freq, period_label
from .viz import display_table, save_figure, set_source, source_line

__version__ = "0.1.0"
