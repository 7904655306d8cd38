"""A participle that speaks for the noun it follows (прокуратуры, требовавшей оставить ...;
представители партии, считавшие, что C; X, объявившего об уходе): split from verbs.py, round 13.
"""

from __future__ import annotations

from .cues import has_content_frame, that_after
from .lexicons import ANNOUNCING, INFORMING
from .records import Context, Speaker, Tok
from .roles import nominative, role_phrase


def participle_speaker(ctx: Context, tok: Tok) -> Speaker | None:
    """An active participle of a request or accusation verb (прокуратуры, требовавшей
    оставить ...; Испании, требовавшей его экстрадиции), or of a speech verb with its `что`
    clause (представители партии, считавшие, что C), speaks for the noun it follows, when
    that noun names a source (a person, body or place), not a thing (дом, требующий ремонта)."""
    feats = tok.feats
    if tok.pos != "VERB" or feats.get("VerbForm") != "Part" or feats.get("Voice") != "Act":
        return None
    if feats.get("Variant") == "Short" or tok.i < 2:
        return None
    if not (has_content_frame(ctx, tok) or _reports_that(ctx, tok) or reports_about(ctx, tok)):
        return None
    j = tok.i - 1 if ctx.toks[tok.i - 1].text == "," else tok.i
    head = ctx.toks[j - 1]
    if head.text in '»”"' and j > 1:
        head = ctx.toks[j - 2]  # «Украинского фронта», заявлявшего о C
    if _reports_that(ctx, tok):  # переселенцы из бывшего СССР, считающие, что: the phrase head
        head = next((t for t in reversed(ctx.toks[max(0, j - 6) : j]) if _agrees(t, tok)), head)
    if not _agrees(head, tok):
        return None
    m = ctx.mention_at(head, places=True)
    if m is not None:
        return Speaker(m.name, m.start, m.stop)
    if head.pos == "NOUN" and (
        head.lemma in ctx.lex.org_roles
        or head.lemma in ctx.lex.roles
        or (_reports_that(ctx, tok) and head.feats.get("Animacy") == "Anim")
        or (_accusing(ctx, tok) and head.feats.get("Animacy") == "Anim")
        or (_accusing(ctx, tok) and head.lemma in ctx.lex.documents)
    ):  # переселенцы, считающие, что C; женщины, обвинившие X в C: people, not things
        phrase = role_phrase(ctx, head.i)
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def _agrees(head: Tok, tok: Tok) -> bool:
    """A noun (or name) in the case and number of the participle ``tok``; an animate
    accusative is the genitive's form, so either tag agrees (Женщин, обвинивших ...)."""
    cases = {head.feats.get("Case"), tok.feats.get("Case")}
    return (
        head.pos in ("NOUN", "PROPN")
        and (len(cases) == 1 or (cases == {"Acc", "Gen"} and head.feats.get("Animacy") == "Anim"))
        and head.feats.get("Number") == tok.feats.get("Number")
    )


def _accusing(ctx: Context, tok: Tok) -> bool:
    """A participle of accusing or reproaching (quote_pp_cues with `в`: обвинивших X в C,
    упрекающие X в C): people who accuse speak, and so do the texts that do (статьи)."""
    return (tok.lemma, "в") in ctx.lex.pp_cues


def _reports_that(ctx: Context, tok: Tok) -> bool:
    """A speech-verb participle with its `что` clause right after it (считающие, что C)."""
    return tok.lemma in ctx.lex.cues and that_after(ctx, tok.i, window=2) is not None


def reports_about(ctx: Context, tok: Tok) -> bool:
    """A speech-verb participle with its `о` phrase right after it (X, объявившего об уходе)."""
    nxt = ctx.next_tok(tok.i)
    announcing = tok.lemma in ANNOUNCING or tok.lemma in INFORMING
    return announcing and nxt is not None and nxt.low in ("о", "об")
