"""Sentence rules of reported speech without a speech verb of the lexicon: an outlet that
learned the news names its source (`Как стало известно «Интерфаксу», C`, `C, как стало
известно РБК`, `РБК стало известно, что C`): the outlet, in the dative, reports C.
`стало известно` alone names no one and reports nothing (the guideline).
"""

from __future__ import annotations

from .records import CLOSING, OPENING, Context, Quote, Speaker, Tok, skip_space
from .roles import nominative, role_phrase
from .spans import content_end, trim_end

BECOME = ("стать", "становиться")  # стало / становится известно


def rule_known_to(ctx: Context, toks: list[Tok], start: int, stop: int, prev) -> list[Quote] | None:
    """`(Как) стало известно X`, X an organisation in the dative: X reports the clause."""
    for n, tok in enumerate(toks[1:-1], 1):
        if tok.low != "известно" or toks[n - 1].lemma not in BECOME:
            continue
        source = _dative_outlet(ctx, toks[n + 1 :]) or _outlet_before(ctx, toks[: n - 1])
        if source is None:
            return None
        speaker = Speaker(source[0], source[1], source[2])
        cue = f"{toks[n - 1].text} {tok.text}"
        after = [t for t in toks if t.start >= max(source[2], tok.stop)]  # РБК стало известно
        if (named := _learned_from(ctx, after)) is not None:
            speaker, after = named, [t for t in toks if t.start >= named.stop]
        if after[:2] and after[0].text == "," and after[1].low == "что":
            begin = skip_space(ctx.text, after[1].stop)  # РБК стало известно, что C
        elif (
            n >= 2
            and toks[n - 2].low == "как"
            and _opens(toks, n - 2)
            and (comma := next((t for t in after if t.text == ","), None)) is not None
        ):
            begin = skip_space(ctx.text, comma.stop)  # Как стало известно X, C
        elif n >= 3 and toks[n - 2].low == "как" and toks[n - 3].text == ",":
            end = trim_end(ctx, start, toks[n - 3].start)  # C, как стало известно X
            return [Quote(start, end, "indirect", speaker, cue)] if end > start else None
        else:
            return None
        end = content_end(ctx, begin, stop)
        return [Quote(begin, end, "indirect", speaker, cue)] if end > begin else None
    return None


def _opens(toks: list[Tok], n: int) -> bool:
    """The token at ``n`` opens the sentence, after at most an opener set off by a comma
    (Кроме того, как стало известно ...)."""
    return n == 0 or (toks[n - 1].text == "," and n <= 4)


def _dative_outlet(ctx: Context, toks: list[Tok]) -> tuple[str, int, int] | None:
    """An organisation named in the dative at the start of ``toks`` (РБК, «Интерфаксу»,
    газете «Ведомости»): its name and offsets."""
    words_ = [t for t in toks[:3] if t.text not in OPENING]
    if not words_:
        return None
    t = words_[0]
    m = ctx.mention_at(t)
    if m is not None and m.type == "ORG":  # its place makes it a dative, whatever the tag
        return m.name, m.start, m.stop
    if t.lemma in ctx.lex.titles and t.feats.get("Case") == "Dat" and len(words_) > 1:
        m = ctx.mention_at(words_[1])
        if m is not None and m.type == "ORG":
            return m.name, m.start, m.stop  # газете «Ведомости»
    return None


def _outlet_before(ctx: Context, toks: list[Tok]) -> tuple[str, int, int] | None:
    """An organisation named right before `стало известно` (РБК стало известно, газете
    «Ведомости» стало известно), only closing quotation marks between."""
    words_ = [t for t in toks if t.text not in CLOSING]
    if not words_:
        return None
    m = ctx.mention_at(words_[-1])
    return (m.name, m.start, m.stop) if m is not None and m.type == "ORG" else None


def _learned_from(ctx: Context, after: list[Tok]) -> Speaker | None:
    """`стало известно X из источников в полиции`: the sources the outlet names speak (not
    `из собственных источников`, which names no one but the outlet)."""
    closing = 1 if after and after[0].text in CLOSING else 0
    if len(after) < closing + 2 or after[closing].low != "из":
        return None
    head = after[closing + 1]
    if head.pos != "NOUN" or head.lemma not in ctx.lex.anonymous:
        return None
    phrase = role_phrase(ctx, head.i)
    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
