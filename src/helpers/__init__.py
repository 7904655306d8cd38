"""Explore Russian-language news with natasha.

Data flow, one subpackage per step: ``io`` (``load_articles``) -> ``pipeline``
(``analyze``: one natasha pass, with ``nlp`` finding entities and quotes) -> ``store``
(a ``Corpus`` of tidy tables: articles, sentences, tokens, entities, quotes; cached)
-> ``stats`` and ``topics`` (counts, keyness, trends, topic models) -> ``viz`` (plots,
highlighting, the explorer). Every public name is importable from ``helpers``.
"""

# language of what charts and tables show
from .i18n import get_language, message, set_language

# io: loading articles
from .io.load import ARTICLE_COLUMNS, load_articles, LoadWarning
from .io.text import Dateline, find_dateline, find_full_date, fold_text, normalize_text

# nlp: entities and quotes inside one article
from .nlp.entities.aliases import load_aliases
from .nlp.entities.resolve import resolve_corpus

# pipeline: the natasha pass
from .pipeline.analysis import (
    Analysis,
    analyze_batch,
    analyze_text,
    extract_entities,
    extract_quotes,
    PIPELINE_VERSION,
)
from .pipeline.models import default_models, load_models, Models
from .pipeline.stopwords import function_words, news_words, stop_words

# store: the Corpus, its cache, save and load
from .store.analyze import analyze
from .store.cache import CacheWarning
from .store.corpus import Corpus, load_corpus, save_corpus
from .store.export import export
from .store.lazy import analyze_to_cache, LazyCorpus

# stats: counts and statistics
from .stats.collocations import collocation_network, collocations
from .stats.dispersion import collapse_duplicates, dispersion, near_duplicates
from .stats.entities import cooccurrence, entity_counts
from .stats.frequency import running_words, term_counts, term_occurrences
from .stats.keyness import general_lemma_frequencies, key_terms, keyness, subcorpus
from .stats.kwic import kwic
from .stats.overview import article_stats, articles_per_period, articles_per_source
from .stats.periods import choose_freq, normalize_freq, period_label
from .stats.quotes import quote_counts, quotes_over_time, speaker_mentions, speaker_quotes
from .stats.trends import enough_dates, suggest_freq, trends

# topics
from .topics.model import TooFewDocuments, TopicModel
from .topics.quality import (
    choose_n_topics,
    explain_quality,
    match_topics,
    npmi_coherence,
    pick_n_topics,
    topic_diversity,
    topic_npmi,
    topic_stability,
)
from .topics.shares import topic_shares_by_source, topic_shares_over_time, typical_articles
from .topics.units import split_units, topic_units

# viz: plots, highlighting, the explorer
from .viz import (
    cyrillic_font_path,
    display_table,
    new_axes,
    save_figure,
    set_source,
    setup_style,
    source_line,
)
from .viz.entities import (
    plot_cooccurrence_network,
    plot_entity_cloud,
    plot_entity_trends,
    plot_top_entities,
)
from .viz.explore import explore
from .viz.frequency import (
    plot_collocation_network,
    plot_keyness,
    plot_top_terms,
    plot_trends,
    plot_wordcloud,
    plot_zipf,
)
from .viz.highlight import highlight, highlight_article, highlight_entities, Markup
from .viz.overview import plot_articles_by_source, plot_articles_over_time, plot_text_lengths
from .viz.quotes import (
    plot_quote_kinds,
    plot_quote_lengths,
    plot_quotes_over_time,
    plot_speaker_entities,
    plot_top_speakers,
)
from .viz.topics import plot_doc_topics, plot_topic_quality, plot_topic_shares, plot_topic_terms

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "analyze",
    "analyze_batch",
    "analyze_text",
    "analyze_to_cache",
    "ARTICLE_COLUMNS",
    "article_stats",
    "articles_per_period",
    "articles_per_source",
    "CacheWarning",
    "choose_freq",
    "choose_n_topics",
    "collapse_duplicates",
    "collocation_network",
    "collocations",
    "cooccurrence",
    "Corpus",
    "cyrillic_font_path",
    "Dateline",
    "default_models",
    "dispersion",
    "display_table",
    "enough_dates",
    "entity_counts",
    "explain_quality",
    "explore",
    "export",
    "extract_entities",
    "extract_quotes",
    "find_dateline",
    "find_full_date",
    "fold_text",
    "function_words",
    "general_lemma_frequencies",
    "get_language",
    "highlight",
    "highlight_article",
    "highlight_entities",
    "key_terms",
    "keyness",
    "kwic",
    "LazyCorpus",
    "load_aliases",
    "load_articles",
    "load_corpus",
    "load_models",
    "LoadWarning",
    "Markup",
    "match_topics",
    "message",
    "Models",
    "near_duplicates",
    "new_axes",
    "news_words",
    "normalize_freq",
    "normalize_text",
    "npmi_coherence",
    "period_label",
    "pick_n_topics",
    "PIPELINE_VERSION",
    "plot_articles_by_source",
    "plot_articles_over_time",
    "plot_collocation_network",
    "plot_cooccurrence_network",
    "plot_doc_topics",
    "plot_entity_cloud",
    "plot_entity_trends",
    "plot_keyness",
    "plot_quote_kinds",
    "plot_quote_lengths",
    "plot_quotes_over_time",
    "plot_speaker_entities",
    "plot_text_lengths",
    "plot_top_entities",
    "plot_top_speakers",
    "plot_top_terms",
    "plot_topic_quality",
    "plot_topic_shares",
    "plot_topic_terms",
    "plot_trends",
    "plot_wordcloud",
    "plot_zipf",
    "quote_counts",
    "quotes_over_time",
    "resolve_corpus",
    "running_words",
    "save_corpus",
    "save_figure",
    "set_language",
    "set_source",
    "setup_style",
    "source_line",
    "speaker_mentions",
    "speaker_quotes",
    "split_units",
    "stop_words",
    "subcorpus",
    "suggest_freq",
    "term_counts",
    "term_occurrences",
    "TooFewDocuments",
    "topic_diversity",
    "topic_npmi",
    "topic_shares_by_source",
    "topic_shares_over_time",
    "topic_stability",
    "topic_units",
    "TopicModel",
    "trends",
    "typical_articles",
]
