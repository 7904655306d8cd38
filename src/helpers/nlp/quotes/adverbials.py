"""Fixed adverbial phrases that open with a preposition (в общей сложности, в частности,
по крайней мере): they name no place, body or document, so no source is read from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicons import ADVERBIAL_PHRASES
from .records import Tok

LONGEST = max(map(len, ADVERBIAL_PHRASES))


def adverbial_length(toks: Sequence[Tok], n: int) -> int:
    """How many tokens from ``toks[n]`` make a fixed adverbial phrase (0 when none)."""
    words = tuple(t.low.replace("ё", "е") for t in toks[n : n + LONGEST])
    for size in range(len(words), 0, -1):
        if words[:size] in ADVERBIAL_PHRASES:
            return size
    return 0
