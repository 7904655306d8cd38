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
    return t.text.isdigit() or t.lemma in MONTHS or bool(DATE_WORDS & {t.lemma, t.low})


def demonstrative_about(toks: list[Tok], n: int) -> bool:
    """`об этом` at ``toks[n]`` is a demonstrative on the noun after it (`Об этом человеке
    говорят разное`, `об этом проекте`): `этом` agrees with a singular masculine or neuter
    noun in the locative, adjectives between, so nothing earlier is pointed back to (round 8,
    qg8). A dative after it is the addressee (`Об этом журналистам сообщил X`)."""
    for t in toks[n + 2 : n + 5]:
        if t.pos == "ADJ" and t.feats.get("Case") == "Loc":
            continue
        return (
            t.pos == "NOUN"
            and t.feats.get("Case") == "Loc"
            and t.feats.get("Number") == "Sing"
            and t.feats.get("Gender") != "Fem"
        )
    return False


def announces_next(toks: list[Tok]) -> bool:
    """A sentence opened by a manner word pointing forward and holding a colon (`Вот как об
    этом сообщается в заявлении X:`, `Так об этом сказал X в эфире:`) announces the words
    after the colon, not the sentence before (`Об этом сообщил X:` still reports it)."""
    words = [t.low for t in toks if t.pos != "PUNCT"][:2]
    forward = words[:1] == ["так"] or words == ["вот", "как"]
    return forward and any(t.text == ":" for t in toks)


def date_comma(toks: list[Tok], i: int) -> bool:
    """A comma at ``toks[i]`` that opens or closes a date set off after a day (сообщили в
    воскресенье, 8 июля 2018 года, представители полиции): it ends no clause."""
    if toks[i].text != ",":
        return False
    return _opens_date(toks, i) or (i > 0 and _date_part(toks[i - 1]))


def _opens_date(toks: list[Tok], i: int) -> bool:
    """The comma at ``toks[i]`` follows a day and a date comes after it (в понедельник, 4 ...)."""
    inside = 0 < i < len(toks) - 1 and toks[i].text == ","
    return inside and _date(toks[i - 1]) and _day_of_month(toks[i + 1])


def set_off_dates(toks: list[Tok], start: int, stop: int) -> int:
    """How many of ``toks[start:stop]`` belong to dates set off by commas after a day (`в
    понедельник, 4 декабря 2017 года,`), commas included: words a window need not count."""
    count, i = 0, start
    while i < stop:
        if i + 1 < stop and _opens_date(toks, i):
            j = next((j for j in range(i + 1, stop) if toks[j].text == ","), None)
            if j is not None and _date_part(toks[j - 1]):
                count, i = count + j - i + 1, j + 1
                continue
        i += 1
    return count


def _day_of_month(t: Tok) -> bool:
    return t.text.isdigit() or t.lemma in MONTHS


def _date_part(t: Tok) -> bool:
    """The last word of a date (8 июля, 2018 года, 5 мая): not a day's name."""
    return _day_of_month(t) or t.lemma in ("год", "г.")


CLAUSE_MARKS = (",", ":", "—", "–", "-")  # C, об этом сообщил X; C: об этом ...; C — об этом
CLAUSE_WORDS = 3  # words at least in the clause before the mark


def clause_before_about(toks: list[Tok], n: int, is_cue) -> int | None:
    """The index of the mark that ends a clause of content before `об этом` at ``toks[n]``
    in its own sentence (`Россия не выйдет из договора, об этом заявил X`; `C — об этом`;
    `C, заявил об этом X`: ``is_cue`` takes the verb before it), or None: then `об этом`
    points to the sentence before."""
    j = n - 1 if n and not is_cue(toks[n - 1]) else n - 2
    if j < CLAUSE_WORDS or toks[j].text not in CLAUSE_MARKS:
        return None
    return j if sum(t.pos != "PUNCT" for t in toks[:j]) >= CLAUSE_WORDS else None
