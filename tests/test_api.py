"""The public API: every name in ``helpers.__all__`` imports, and the names users had keep working."""

import inspect

import pytest

import helpers

# the public names before the package was split into subpackages; none may disappear
STABLE_NAMES = [
    "ARTICLE_COLUMNS",
    "Analysis",
    "CacheWarning",
    "Corpus",
    "Dateline",
    "LazyCorpus",
    "LoadWarning",
    "Markup",
    "Models",
    "PIPELINE_VERSION",
    "TooFewDocuments",
    "TopicModel",
    "analyze",
    "analyze_batch",
    "analyze_text",
    "analyze_to_cache",
    "article_stats",
    "articles_per_period",
    "articles_per_source",
    "choose_n_topics",
    "collapse_duplicates",
    "collocation_network",
    "collocations",
    "cooccurrence",
    "cyrillic_font_path",
    "default_models",
    "dispersion",
    "enough_dates",
    "entity_counts",
    "explain_quality",
    "export",
    "extract_entities",
    "extract_quotes",
    "find_dateline",
    "find_full_date",
    "fold_text",
    "function_words",
    "general_lemma_frequencies",
    "highlight",
    "highlight_article",
    "highlight_entities",
    "key_terms",
    "keyness",
    "kwic",
    "load_aliases",
    "load_articles",
    "load_corpus",
    "load_models",
    "match_topics",
    "near_duplicates",
    "new_axes",
    "news_words",
    "normalize_text",
    "npmi_coherence",
    "pick_n_topics",
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
    "setup_style",
    "speaker_mentions",
    "speaker_quotes",
    "split_units",
    "stop_words",
    "subcorpus",
    "suggest_freq",
    "term_counts",
    "term_occurrences",
    "topic_diversity",
    "topic_npmi",
    "topic_shares_by_source",
    "topic_shares_over_time",
    "topic_stability",
    "topic_units",
    "trends",
    "typical_articles",
]


def test_all_names_import():
    missing = [name for name in helpers.__all__ if not hasattr(helpers, name)]
    assert missing == []
    assert len(helpers.__all__) == len(set(helpers.__all__))


@pytest.mark.parametrize("name", STABLE_NAMES)
def test_stable_name_still_public(name):
    assert name in helpers.__all__
    assert getattr(helpers, name) is not None


def test_public_functions_have_docstrings():
    undocumented = [
        name
        for name in helpers.__all__
        if inspect.isfunction(getattr(helpers, name)) and not getattr(helpers, name).__doc__
    ]
    assert undocumented == []
