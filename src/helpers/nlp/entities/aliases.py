"""The alias table ``alias, name, type``: the shipped ``data/aliases.csv`` (``РФ`` ->
``Россия``) followed by the user's CSV or DataFrame, whose rows win.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from ... import tables
from ...io.text import fold_text
from .mentions import Mention

ALIAS_COLUMNS = {"alias": tables.STRING, "name": tables.STRING, "type": tables.STRING}


def shipped_aliases_path() -> Path:
    return Path(str(resources.files("helpers") / "data" / "aliases.csv"))


def read_alias_csv(source) -> pd.DataFrame:
    """An alias CSV (``alias,name,type``; lines starting with # are comments)."""
    text = Path(source).read_text(encoding="utf-8-sig")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    return check_aliases(pd.DataFrame(rows), source)


def check_aliases(frame: pd.DataFrame, source="aliases") -> pd.DataFrame:
    missing = [column for column in ("alias", "name") if column not in frame.columns]
    if missing:
        raise ValueError(
            f"{source}: an alias table needs the columns alias,name[,type]; lacks {missing}"
        )
    frame = frame.copy()
    if "type" not in frame.columns:
        frame["type"] = ""
    frame = frame[list(ALIAS_COLUMNS)].fillna("").astype(str)
    frame = frame.apply(lambda column: column.str.strip())
    frame = frame[(frame["alias"] != "") & (frame["name"] != "")]
    return tables.conform(frame, ALIAS_COLUMNS)


def load_aliases(
    path: str | Path | pd.DataFrame | None = None, shipped: bool = True
) -> pd.DataFrame:
    """The alias table in use: columns ``alias, name, type``.

    The shipped table (``РФ`` -> ``Россия``, ``Минобороны России`` -> ``Министерство
    обороны России`` ...) followed by the user's (a CSV path or a DataFrame); user rows win.
    """
    parts = [shipped_aliases()] if shipped else []
    if isinstance(path, pd.DataFrame):
        parts.append(check_aliases(path))
    elif path is not None:
        if not Path(path).exists():
            raise FileNotFoundError(f"alias file {path} not found; give a CSV with alias,name,type")
        parts.append(read_alias_csv(path))
    if not parts:
        return tables.make_frame(None, ALIAS_COLUMNS)
    frame = pd.concat(parts, ignore_index=True)
    frame = frame.drop_duplicates(subset="alias", keep="last", ignore_index=True)
    return tables.conform(frame, ALIAS_COLUMNS)


@lru_cache(maxsize=1)
def shipped_aliases() -> pd.DataFrame:
    """The shipped alias table, read once (``load_aliases`` copies it before any change)."""
    return read_alias_csv(shipped_aliases_path())


@lru_cache(maxsize=1)
def shipped_lookup() -> dict[str, tuple[str, str]]:
    """The shipped alias table as a lookup (applied per article too, so that
    ``extract_entities`` names РФ as Россия; bump PIPELINE_VERSION when editing it)."""
    return alias_lookup(load_aliases())


def alias_lookup(aliases: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return {
        fold_text(alias): (name, type_)
        for alias, name, type_ in zip(
            aliases["alias"], aliases["name"], aliases["type"], strict=False
        )
    }


def rename_by_aliases(mentions: list[Mention], lookup: dict[str, tuple[str, str]]) -> None:
    """Apply an alias lookup (folded alias -> (name, type)) to mentions, in place."""
    for mention in mentions:
        hit = lookup.get(fold_text(mention.name)) or lookup.get(
            fold_text(mention.text).strip('«»"„“” ')
        )
        if hit:
            mention.name = hit[0]
            mention.type = hit[1] or mention.type


def known_owner(name: str, abbreviation: str) -> bool:
    """A known organisation's abbreviation right after another name, no parentheses, is its
    owner in the genitive (``Совет Безопасности ООН``, ``Парламентская ассамблея ОБСЕ``), not
    its short form: the shipped aliases give the abbreviation a different full name."""
    known = shipped_lookup()
    hit = known.get(fold_text(abbreviation))
    return hit is not None and known.get(fold_text(name), (None,))[0] != hit[0]
