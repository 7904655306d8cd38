"""Forms of a person's name the quote pass needs where the tagger tells too little: the
gender a full name shows through its given name, a man's name put in the feminine."""

from __future__ import annotations

from ...io.text import fold_text
from .lexicons import FEMININE_SURNAMES


def given_name_gender(name: str) -> str | None:
    """Gender of a full name by its given name in the nominative, when the tagger gives
    none: Russian and transliterated female names end in -а/-я (Аленка, Мария, Дилма),
    male ones mostly in a consonant (Зоран, Джон). None for one-word names."""
    parts = name.split()
    if len(parts) < 2 or not parts[0].isalpha() or not parts[0][:1].isupper():
        return None
    return "Fem" if fold_text(parts[0])[-1] in "ая" else "Masc"


def feminine_name(name: str) -> str | None:
    """The feminine form of a Russian masculine name: Александр Панфилов -> Александра
    Панфилова, Евгений Горский -> Евгения Горская; None when the surname has no Russian
    masculine ending (Хиллари Клинтон)."""
    *given, surname = name.split()
    for masc, fem in FEMININE_SURNAMES:
        if surname.endswith(masc):
            surname = surname[: -len(masc)] + fem
            break
    else:
        return None
    out = []
    for part in given:
        if part.endswith("ий"):
            part = part[:-2] + "ия"
        elif part.isalpha() and fold_text(part[-1]) not in "аяеоиуыьэюй":
            part += "а"
        out.append(part)
    return " ".join([*out, surname])
