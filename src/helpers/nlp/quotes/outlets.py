"""News outlets told what a source said (quote_outlets.txt): `В МИД России РИА Новости
сообщили`, `рассказали в правительстве РИА Новости`. An outlet's name next to a body's does
not belong to it: the body speaks, the outlet is the addressee in the dative."""

from __future__ import annotations

from .lexicons import OUTLETS
from .records import CLOSING, OPENING, Context, Speaker, Tok
from .roles import nominative


def outlet_start(toks: list[Tok]) -> int | None:
    """Where the outlet's name that ends ``toks`` begins (РИА Новости, ТАСС, «Известиям»)."""
    end = len(toks)
    while end and toks[end - 1].text in CLOSING:
        end -= 1
    for size in (2, 1):
        words = toks[end - size : end] if end >= size else []
        name = " ".join(t.text for t in words).lower().replace("ё", "е")
        if words and (name in OUTLETS or (size == 1 and words[0].lemma in OUTLETS)):
            n = end - size
            opened = n and toks[n - 1].text in OPENING and toks[n - 1].stop == toks[n].start
            return n - 1 if opened else n  # «Известиям»; not "Аэрофлота" РИА Новости
    return None


def outlet_form(word: str) -> bool:
    """A case form of a one-word outlet's name (известиям, коммерсанту, ведомостям), which
    ``outlet_start`` misses when the lemmatiser reads it as a common noun (известие): the word
    less one or two final letters is the name less its last one."""
    stems = {word[: len(word) - cut] for cut in (1, 2) if len(word) - cut >= 4}
    return any(o[:-1] in stems for o in OUTLETS if " " not in o and len(o) > 4)


def without_outlet(ctx: Context, found: Speaker | None) -> Speaker | None:
    """``found`` less an outlet's name that ends it (в правительстве РИА Новости: the
    government), its words before put in the nominative again."""
    if found is None or found.start is None or found.stop is None:
        return found
    toks = ctx.tokens_in(found.start, found.stop)
    n = outlet_start(toks)
    if not n:
        return found
    return Speaker(nominative(ctx, toks[:n]), toks[0].start, toks[n - 1].stop)


def past_outlet(toks: list[Tok], n: int) -> int:
    """The index after an outlet's name that starts at ``toks[n]`` (Эту информацию | РИА
    Новости | подтвердили), or ``n`` when none starts there."""
    for size in (2, 1):
        if n + size <= len(toks) and outlet_start(toks[: n + size]) == n:
            return n + size
    return n
