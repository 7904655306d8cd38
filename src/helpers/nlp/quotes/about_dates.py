"""The words between `Об этом` and its speech verb (round 7), a date or day among them:
`Об этом во вторник, 20 августа 2013 года, сообщили X`, `Об этом в среду 23 марта 2016 года
сообщил X`. A date is when the speech act happened; its words and the commas around it do
not count towards the window nor end it. Hook of ``indirect.rule_about_this``."""

from __future__ import annotations

from .lexicons import MONTHS
from .records import Tok

WINDOW = 6  # words other than a date's between `об этом` and the verb
DAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
DATE_WORDS = frozenset(("год", "г.", *DAYS))


def words_after_about(toks: list[Tok], n: int) -> list[Tok]:
    """The words after `об этом` at ``toks[n]`` up to a comma, colon or semicolon that is
    not around a date, at most ``WINDOW`` of them not a date's."""
    after: list[Tok] = []
    counted = 0
    rest = toks[n + 2 :]
    for k, t in enumerate(rest):
        if t.text in ",:;":
            nxt = rest[k + 1] if k + 1 < len(rest) else None
            near_date = (after and _date(after[-1])) or (nxt is not None and _date(nxt))
            if t.text == "," and near_date:
                continue  # во вторник, 20 августа 2013 года, сообщили
            break
        after.append(t)
        if not _date(t) and t.low not in ("в", "во"):
            counted += 1
        if counted >= WINDOW:
            break
    return after


def _date(t: Tok) -> bool:
    return t.text.isdigit() or t.lemma in MONTHS or t.lemma in DATE_WORDS
