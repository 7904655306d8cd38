"""A line that is only a name (a picture caption, ``Уитни Хьюстон``) states nothing an
`Об этом заявил X` after it could point back to."""

from __future__ import annotations

from .records import Context


def only_names(ctx: Context, begin: int, end: int) -> bool:
    """``text[begin:end]`` is only a name (proper nouns, no other word): a caption or a name
    line, which states nothing an `Об этом сообщил X` could point back to."""
    toks = [t for t in ctx.tokens_in(begin, end) if t.pos != "PUNCT"]
    return bool(toks) and all(t.pos == "PROPN" for t in toks)
