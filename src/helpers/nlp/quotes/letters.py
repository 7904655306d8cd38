"""A letter published as the text (or its end): a salutation line (Дорогие друзья шахмат,
Уважаемый Иван Петрович!), paragraphs, and a signature line at the very end that opens with
a person's name (Кирсан Илюмжинов Президент ФИДЕ): each paragraph from the salutation on is
a direct quote of the signer.
"""

from __future__ import annotations

from .lexicons import SALUTATIONS
from .records import Context, Quote, Speaker

SALUTATION_WORDS = 8  # a salutation line is short
SIGNATURE_WORDS = 8  # so is a signature: the name, a role, a date


def _lines(ctx: Context, start: int = 0) -> list[tuple[int, int]]:
    """The non-empty lines of the text from ``start``: (start, stop) without their spaces."""
    out, pos = [], start
    for line in ctx.text[start:].split("\n"):
        a = pos + len(line) - len(line.lstrip())
        b = pos + len(line.rstrip())
        if b > a:
            out.append((a, b))
        pos += len(line) + 1
    return out


def signature(ctx: Context, a: int, b: int) -> Speaker | None:
    """The line [a, b) signs: it opens with a person's name, is short, and has no finite
    verb and no final full stop (Кирсан Илюмжинов Президент ФИДЕ)."""
    line = ctx.text[a:b]
    if len(line.split()) > SIGNATURE_WORDS or line.endswith((".", "!", "?", ":")):
        return None
    toks = ctx.tokens_in(a, b)
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in toks):
        return None
    m = next((m for m in ctx.mentions if m.start == a), None)
    return Speaker(m.name, m.start, m.stop) if m is not None and m.type == "PER" else None


def salutation(ctx: Context, a: int, b: int) -> bool:
    """The line [a, b) opens a letter: Дорогие друзья, / Уважаемый Иван Петрович!"""
    toks = ctx.tokens_in(a, b)
    line = ctx.text[a:b]
    return (
        bool(toks)
        and toks[0].lemma in SALUTATIONS
        and len(line.split()) <= SALUTATION_WORDS
        and line.endswith((",", "!"))
    )


def signed_letter(ctx: Context) -> list[Quote]:
    """Each paragraph of a letter signed on the text's last line, from its salutation on."""
    lines = _lines(ctx)
    if len(lines) < 3:
        return []
    speaker = signature(ctx, *lines[-1])
    if speaker is None:
        return []
    opening = next((n for n, line in enumerate(lines[:-1]) if salutation(ctx, *line)), None)
    if opening is None:
        return []
    out = []
    for a, b in lines[opening:-1]:
        if any(x <= a < y or a <= x < b for x, y in ctx.quoted):
            continue  # already quoted (a block after `Текст письма:`)
        end = b - 1 if ctx.text[b - 1] in ",:;" else b  # the salutation's comma is no word
        out.append(Quote(a, end, "direct", speaker, "", "direct:signed_letter"))
        ctx.quoted.append((a, b))
    return out
