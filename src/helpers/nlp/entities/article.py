"""One article's entity mentions: the per-article rules in order (cached with the analysis)."""

from __future__ import annotations

from ...io.text import Dateline
from .aliases import rename_by_aliases, shipped_lookup
from .mentions import COLUMNS, Mention, doc_mentions
from .nested import attach_orgs, distinct, nested_flags, nested_places
from .orgs import adjective_orgs, attach_places, common_abbreviations, craft_names, descriptor_orgs
from .orgs_defined import defined_abbreviations, introduced_orgs, quoted_inside
from .people import mention_genders, merge_people
from .person_spans import trim_people
from .repeats import repeat_mentions
from .translit import latin_repeats, merge_transliterations
from .variants import merge_variants, one_type_per_name


def entity_records(text: str, doc, dateline: Dateline | None, models) -> dict[str, list]:
    """Columns ``start, stop, type, text, name, in_dateline, nested`` of one article's mentions.

    ``doc`` is a natasha Doc with morphology, lemmas and NER spans. In "МОСКВА, 23 июня.
    /ТАСС/. ... глава Минобороны России Сергей Шойгу ... - сказал Шойгу." the names are
    Москва (in_dateline), ТАСС (in_dateline), Минобороны России, Сергей Шойгу, Сергей Шойгу.
    """
    mentions = common_abbreviations(doc_mentions(text, doc, dateline, models), text)
    mentions = introduced_orgs(mentions, doc, text, models.morph_vocab, Mention)
    mentions = quoted_inside(mentions, doc, text, models.morph_vocab, Mention)
    trim_people(mentions, doc, models.morph_vocab)
    attach_places(mentions, text, models.morph_vocab)
    attach_orgs(mentions, text, models.morph_vocab)
    mentions = descriptor_orgs(mentions, doc, text, models)
    mentions = adjective_orgs(mentions, doc, text, models)
    mentions = defined_abbreviations(mentions, doc, text, models.morph_vocab, Mention)
    merge_people(mentions, mention_genders(mentions, doc))
    rename_by_aliases(mentions, shipped_lookup())
    merge_variants(mentions, text)
    mentions = latin_repeats(mentions, doc, text, Mention)
    merge_transliterations(mentions)
    mentions = repeat_mentions(mentions, doc, text, dateline, models)
    mentions = craft_names(mentions, doc, text)
    mentions = distinct(nested_places(mentions, doc, text, models.morph_vocab))
    one_type_per_name(mentions, models.morph_vocab)
    columns = {column: [getattr(m, column) for m in mentions] for column in COLUMNS[:-1]}
    return {**columns, "nested": nested_flags(mentions)}
