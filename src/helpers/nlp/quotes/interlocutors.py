"""`собеседник` with nothing after it (round 22): the source the article talked to last, not
a new anonymous one (`сообщил источник в ГИБДД. «Q», — добавил собеседник`; `Анна Иванова
рассказала ... По словам собеседницы, C`); `собеседник агентства` keeps its phrase."""

from __future__ import annotations

from .anaphora import resolve
from .antecedents import last_spoken_any, sentence_before
from .lexicons import INTERLOCUTORS
from .records import Context, Speaker, Tok
from .roles import nominative, role_phrase


def interlocutor(ctx: Context, k: int) -> Speaker | None:
    """The source a bare singular `собеседник`/`собеседница` at token ``k`` points back to:
    the last source quoted, else an anonymous source named in this or the sentence before
    (источник в ГИБДД), else the person the text goes on about."""
    tok = ctx.toks[k]
    if tok.lemma not in INTERLOCUTORS or tok.feats.get("Number") == "Plur":
        return None
    if len(role_phrase(ctx, k)) != 1:
        return None  # собеседник агентства, собеседник в Кремле: a source of its own
    found = last_spoken_any(ctx, tok.start)
    if found is not None:
        return found
    source = _anonymous_before(ctx, tok)
    if source is not None:
        phrase = role_phrase(ctx, source.i)
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return resolve(ctx, tok.start, "Fem" if tok.lemma.endswith("ца") else None)


def _anonymous_before(ctx: Context, tok: Tok) -> Tok | None:
    """The last anonymous source in the nominative (источник, очевидец) outside quotes in
    this sentence or the one before, other than another `собеседник`."""
    begin = sentence_before(ctx, tok.start)
    for t in reversed(ctx.tokens_in(begin, tok.start)):
        if t.lemma in INTERLOCUTORS or t.lemma not in ctx.lex.anonymous or ctx.in_quote(t.start):
            continue
        if t.feats.get("Case") == "Nom" and t.feats.get("Number") != "Plur":
            return t
    return None
