# TEMPORARY stub, replaced by the loader branch
import re
from dataclasses import dataclass


def normalize_text(text):
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").rstrip()


def fold_text(s):
    return re.sub(r"\s", " ", s).replace("ё", "е").replace("Ё", "Е").lower()


@dataclass
class Dateline:
    start: int
    stop: int
    city: str | None
    day: int | None
    month: int | None
    year: int | None
    source: str | None


def find_dateline(text):
    m = re.match(r"([А-ЯЁ-]+), (\d+) июня\. /(ТАСС)/\. ", text)
    if m:
        return Dateline(0, m.end(), m[1].title(), int(m[2]), 6, None, m[3])
    return None
