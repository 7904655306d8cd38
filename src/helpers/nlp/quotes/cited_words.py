"""Words of someone cited by another (round 7): `Газета приводит слова адвоката X, что C`,
`СМИ привели слова Y о том, что C`, `агентство процитировало слова министра, что C`. The
one whose words are cited speaks (the genitive after `слова`), not the outlet that cites
them. Hook first in ``verbs.rule_that``'s chain (verbs of quoting:
quote_quoting_cues.txt)."""

from __future__ import annotations

from .cues import that_after
from .records import Context, Quote, Speaker, Tok, negated, skip_space
from .roles import nominative, role_phrase
from .spans import content_end

RULE = "indirect:cited_words"
OWNER_WORDS = 6  # words of the phrase naming whose words they are


def cited_quote(ctx: Context, a: Tok, stop: int) -> Quote | None:
    if a.lemma not in ctx.lex.quoting_cues or a.pos != "VERB" or negated(ctx, a):
        return None
    words_ = ctx.next_tok(a.i)
    if words_ is None or words_.lemma != "слово" or words_.feats.get("Number") != "Plur":
        return None
    owner = ctx.next_tok(words_.i)
    if owner is None or owner.feats.get("Case") != "Gen" or owner.pos not in ("NOUN", "PROPN"):
        return None
    that = that_after(ctx, words_.i, window=OWNER_WORDS + 3)
    if that is None:
        return None
    speaker = _owner(ctx, owner, ctx.toks[that].start)
    if speaker is None:
        return None
    begin = skip_space(ctx.text, ctx.toks[that].stop)
    end = content_end(ctx, begin, stop)
    if end <= begin:
        return None
    return Quote(begin, end, "indirect", speaker, f"{a.text} {words_.text}", RULE)


def _owner(ctx: Context, owner: Tok, that: int) -> Speaker | None:
    """The person named in the genitive phrase (слова адвоката Евгения Тонкого -> the
    article's Евгений Тонкий), else the role phrase in the nominative."""
    for t in ctx.toks[owner.i : owner.i + OWNER_WORDS]:
        if t.start >= that:
            break
        m = ctx.mention_at(t)
        if m is not None:
            return Speaker(m.name, m.start, m.stop)
    phrase = [t for t in role_phrase(ctx, owner.i) if t.start < that]
    if not phrase:
        return None
    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
