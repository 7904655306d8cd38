"""The speaker's apposition after `Как сообщил X,`: ``Как заявила Мария Петрова,
пресс-секретарь суда, который рассматривал дело, C`` describes the speaker, so the content
starts after it (and after a relative clause on it), not at the comma after the name.

An apposition opens with a role word in the nominative (``roles``, ``org_roles``) and runs
to the next comma with no predicate of its own (a finite verb or a short participle would
make it the content's clause: ``Как сообщил X, министр уволен``). A name alone is no
content either: a caption line (``Уитни Хьюстон``) before ``Об этом заявил X``.
"""

from __future__ import annotations

from .records import Context

SKIP_WORDS = 25  # tokens an apposition with its relative clause may take at most


def apposition_end(ctx: Context, comma: int, stop: int) -> int | None:
    """After the comma that closes the speaker's apposition opening after the comma at token
    ``comma`` (a relative clause on it included); None when no apposition opens there."""
    nxt = ctx.next_tok(comma)
    lex = ctx.lex
    if nxt is None or nxt.feats.get("Case") != "Nom":
        return None
    if nxt.lemma not in lex.roles and nxt.lemma not in lex.org_roles:
        return None
    toks = ctx.tokens_in(nxt.start, stop)[:SKIP_WORDS]
    relative = False
    for n, t in enumerate(toks):
        if t.text == ",":
            after = toks[n + 1] if n + 1 < len(toks) else None
            if after is not None and after.lemma == "который" and not relative:
                relative = True  # пресс-секретарь суда, который ..., C
                continue
            return t.stop if n + 1 < len(toks) else None
        if not relative and _predicate(t):
            return None  # Как сообщил X, министр уволен: the content's own clause
    return None


def _predicate(t) -> bool:
    return (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin") or (
        t.feats.get("Variant") == "Short"
    )


def only_names(ctx: Context, begin: int, end: int) -> bool:
    """``text[begin:end]`` is only a name (proper nouns, no other word): a caption or a name
    line, which states nothing an `Об этом сообщил X` could point back to."""
    toks = [t for t in ctx.tokens_in(begin, end) if t.pos != "PUNCT"]
    return bool(toks) and all(t.pos == "PROPN" for t in toks)
