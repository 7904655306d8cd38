"""A headline `X: claim` whose source is a role or a collective, not a name (round 7):
`СМИ: актриса впала в кому`, `Эксперты: X погиб от травм`, `Глава Малайзии: мы не хотим
...`. A role with a place or body (глава Малайзии) is the person the article introduces
with that place (премьер-министр Малайзии Махатхир Мохамад), a role with an organisation
(Глава ЦБ) the person introduced with a role and that organisation (round 14); otherwise the
phrase speaks, as written (the headline names it in the nominative). Hooks of
``indirect.headline``."""

from __future__ import annotations

from collections.abc import Iterator

from .records import Context, Mention, Tok

HEADLINE_WORDS = 4  # words at most before the colon
INTRO_WINDOW = 8  # words before a person's name that may introduce it with its role


def headline_role(ctx: Context, colon: int) -> Mention | None:
    """The source of a headline `role phrase: claim`, or None (not a role or collective)."""
    toks = [t for t in ctx.tokens_in(0, colon) if t.pos != "PUNCT"]
    if not toks or len(toks) > HEADLINE_WORDS or not _role_head(ctx, toks[0]):
        return None
    if any(t.feats.get("VerbForm") == "Fin" for t in toks):
        return None
    keys = {t.lemma for t in toks[1:] if t.pos in ("NOUN", "PROPN")}
    if toks[0].lemma in ctx.lex.roles and keys:
        person = _introduced_with(ctx, keys, colon)
        if person is not None:
            return Mention(toks[0].start, toks[-1].stop, "PER", person.name)
    phrase = ctx.text[toks[0].start : toks[-1].stop]
    if not toks[0].text.isupper():
        phrase = phrase[:1].lower() + phrase[1:]
    return Mention(toks[0].start, toks[-1].stop, "ORG", phrase)


def headline_head(ctx: Context, colon: int) -> Mention | None:
    """A headline `Глава ЦБ: claim` (a role word, then an organisation) is the person the
    body introduces with a role and the same organisation (председатель Банка России X: the
    names of both mentions agree), not the organisation; None when nobody is."""
    toks = [t for t in ctx.tokens_in(0, colon) if t.pos != "PUNCT"]
    if not toks or len(toks) > HEADLINE_WORDS or toks[0].lemma not in ctx.lex.roles:
        return None
    orgs = {m.name for m in ctx.mentions if m.type == "ORG" and m.stop <= colon}
    if not orgs:
        return None
    for m, intro in _introductions(ctx, colon):
        named = [o.name for o in ctx.mentions if o.type == "ORG" and _within(o, intro)]
        # the quote pass may lengthen a body's name with the words after it (Банк России ...)
        same = all(any(n == o or n.startswith(o + " ") for n in named) for o in orgs)
        if same and any(t.lemma in ctx.lex.roles for t in intro):
            return Mention(toks[0].start, toks[-1].stop, "PER", m.name)
    return None


def _introductions(ctx: Context, after: int) -> Iterator[tuple[Mention, list[Tok]]]:
    """Each person named after ``after`` (the headline's colon), with the words of its
    sentence right before the name that may introduce it (INTRO_WINDOW)."""
    for m in ctx.mentions:
        if m.type != "PER" or m.start <= after or (k := ctx.token_at(m.start)) is None:
            continue
        sentence, _ = ctx.sentence_of(m.start)
        yield m, [t for t in ctx.toks[max(0, k - INTRO_WINDOW) : k] if t.start >= sentence]


def _within(m: Mention, toks: list[Tok]) -> bool:
    return any(m.start <= t.start < m.stop for t in toks)


def _role_head(ctx: Context, t: Tok) -> bool:
    lex = ctx.lex
    return t.pos in ("NOUN", "PROPN") and (
        t.lemma in lex.roles or t.lemma in lex.org_roles or t.lemma in lex.anonymous
    )


def _introduced_with(ctx: Context, keys: set[str], after: int) -> Mention | None:
    """The first person of the body introduced with all of ``keys`` right before the name
    (премьер-министр Малайзии Махатхир Мохамад for глава Малайзии)."""
    for m, intro in _introductions(ctx, after):
        if keys <= {t.lemma for t in intro} and any(t.lemma in ctx.lex.roles for t in intro):
            return m
    return None
