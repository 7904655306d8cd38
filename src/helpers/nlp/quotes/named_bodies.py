"""A body named by its bare common noun as a direct quote's speaker (`говорится в заявлении
телекомпании`, `как отмечается в материалах банка`) is the one the article introduced with
that noun and its name (телекомпании НВО, банк «Пересвет»): the speaker is the noun with the
name (round 8). Only when the article gave that noun one name; the speaker's phrase is the
noun alone (a title noun, quote_titles.txt, or a broadcaster)."""

from __future__ import annotations

from .records import Context, Quote, Speaker, Tok

OPEN, CLOSE = '«"“„', '»"”“'


def named_bodies(ctx: Context, quotes: list[Quote]) -> None:
    for q in quotes:
        s = q.speaker
        if q.kind != "direct" or s.name is None or s.start is None or s.stop is None:
            continue
        if " " in s.name or not s.name.islower():
            continue
        nouns = [t for t in ctx.tokens_in(s.start, s.stop) if t.pos != "PUNCT"]
        if len(nouns) != 1 or nouns[0].pos != "NOUN" or nouns[0].lemma not in ctx.lex.titles:
            continue
        name = _introduced(ctx, nouns[0])
        if name is not None:
            q.speaker = Speaker(f"{s.name} {name}", s.start, s.stop)


def _introduced(ctx: Context, noun: Tok) -> str | None:
    """The one name written right after an earlier use of ``noun``'s lemma, else None."""
    names = set()
    for t in ctx.toks[: noun.i]:
        if (
            t.lemma.lower() == noun.lemma
            and t.pos in ("NOUN", "PROPN")
            and not ctx.in_quote(t.start)
        ):
            found = _name_after(ctx, t)
            if found:
                names.add(found)
    return names.pop() if len(names) == 1 else None


def _name_after(ctx: Context, t: Tok) -> str | None:
    """A name in quotation marks right after ``t`` (банк «Пересвет»), or capitalised words
    (телекомпании НВО, канал Fox News)."""
    text = ctx.text
    at = t.stop + 1 if text[t.stop : t.stop + 1] == " " else t.stop
    if at < len(text) and text[at] in OPEN:
        close = min((text.find(c, at + 1) for c in CLOSE if text.find(c, at + 1) > 0), default=-1)
        if close == -1 or "\n" in text[at:close] or close - at > 60:
            return None
        return text[at : close + 1]
    words = []
    for u in ctx.toks[t.i + 1 : t.i + 4]:
        if u.start > (words[-1].stop + 1 if words else at) or not u.text[:1].isupper():
            break
        if u.pos not in ("PROPN", "X") and not u.text.isupper() and not u.text.isascii():
            break
        words.append(u)
    return " ".join(u.text for u in words) or None
