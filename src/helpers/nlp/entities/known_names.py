"""Variant names of places and organisations: one canonical name for each.

Two shipped tables (``helpers/data/entity_places.csv``, ``entity_orgs.csv``) list the
names a place or a state body goes by in Russian news; ``canonical`` maps a mention's
name (or its text) to the name counted:

* places: ``Петербург``, ``Питер`` -> ``Санкт-Петербург``; ``РФ`` -> ``Россия``;
* organisations, also with a country in the genitive after them: ``Минобороны России``,
  ``Министерство обороны РФ`` -> ``Министерство обороны России``; ``МИД Турции`` stays
  ``МИД Турции``; ``ФСБ России`` -> ``ФСБ`` (a body of one country);
  ``Центральный банк РФ`` -> ``Банк России``.

Names are compared folded (lowercase, ё = е). Applied per corpus, after the user's alias
table (which overrides it): see ``resolve_corpus``.

>>> canonical("Минобороны РФ", "ORG")
('Министерство обороны России', 'ORG')
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...io.text import fold_text

ANY_COUNTRY = "any"
# variants of a body this short ("МО", "ВС") are names only with a country after them
SHORT = 2


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a shipped CSV in ``helpers/data`` (lines starting with # are comments)."""
    text = resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    ]


def split_names(field: str) -> list[str]:
    return [name.strip() for name in field.split("|") if name.strip()]


@dataclass(frozen=True)
class Lexicon:
    """Folded name -> (canonical name, type); folded genitive -> country; bodies."""

    names: dict[str, tuple[str, str]]
    genitives: dict[str, str]  # "рф" -> Россия
    genitive_of: dict[str, str]  # Россия -> России (the first genitive of a row)
    bodies: dict[str, tuple[str, str]]  # "минобороны" -> (Министерство обороны, any)


@lru_cache(maxsize=1)
def known_names() -> Lexicon:
    """The shipped place and organisation tables, read once."""
    names: dict[str, tuple[str, str]] = {}
    genitives: dict[str, str] = {}
    genitive_of: dict[str, str] = {}
    for row in read_table("entity_places.csv"):
        for variant in [row["name"], *split_names(row["variants"])]:
            names[fold_text(variant)] = (row["name"], row["type"] or "LOC")
        forms = split_names(row["genitives"])
        genitives.update({fold_text(form): row["name"] for form in forms})
        if forms:
            genitive_of[row["name"]] = forms[0]
    bodies: dict[str, tuple[str, str]] = {}
    exact: dict[str, tuple[str, str]] = {}
    for row in read_table("entity_orgs.csv"):
        country = row["country"]
        for variant in [row["name"], *split_names(row["variants"])]:
            key = fold_text(variant)
            if country:
                bodies.setdefault(key, (row["name"], country))
            if not country or len(key) > SHORT:
                # a body of any country is a name alone too, unless another row claims it
                target = exact if country != ANY_COUNTRY else names
                target[key] = (row["name"], "ORG")
    names.update(exact)
    return Lexicon(names, genitives, genitive_of, bodies)


def composed(name: str, table: Lexicon) -> str | None:
    """A body name followed by a country in the genitive, canonical (``МИД РФ`` -> ``МИД
    России``, ``ФСБ России`` -> ``ФСБ``); None when the name is not one."""
    words = name.split()
    for cut in range(1, len(words)):
        body = table.bodies.get(fold_text(" ".join(words[:cut])))
        country = table.genitives.get(fold_text(" ".join(words[cut:])))
        if body is None or country is None:
            continue
        canonical, owner = body
        if owner == country:
            return canonical
        if owner == ANY_COUNTRY and country in table.genitive_of:
            whole = f"{canonical} {table.genitive_of[country]}"
            return table.names.get(fold_text(whole), (whole, "ORG"))[0]
    return None


@lru_cache(maxsize=100_000)
def canonical(name: str, type_: str, text: str = "") -> tuple[str, str] | None:
    """(name, type) counted for a place or organisation mention, or None when the tables
    do not know it (people are never renamed here). ``text`` is tried after ``name``."""
    if type_ == "PER":
        return None
    table = known_names()
    for candidate in (name, text.strip('«»"„“” ')):
        if not candidate:
            continue
        hit = table.names.get(fold_text(candidate))
        if hit is not None:
            return hit
        whole = composed(candidate, table)
        if whole is not None:
            return whole, "ORG"
    return None
