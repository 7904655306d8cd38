"""`собеседник` with nothing after it (round 22): the source the article talked to last, not
a new anonymous one (`сообщил источник в ГИБДД. «Q», — добавил собеседник`; `Анна Иванова
рассказала ... По словам собеседницы, C`); `собеседник агентства` keeps its phrase."""

from __future__ import annotations

from .anaphora import resolve
from .antecedents import last_spoken_any, sentence_before
from .lexicons import INTERLOCUTORS
from .outlets import outlet_form, outlet_start
from .records import OPENING, Context, Speaker, Tok
from .roles import nominative, role_phrase


def interlocutor(ctx: Context, k: int) -> Speaker | None:
    """The source a bare singular `собеседник`/`собеседница` at token ``k`` points back to:
    the last source quoted, else an anonymous source named in this or the sentence before
    (источник в ГИБДД), else the person the text goes on about."""
    tok = ctx.toks[k]
    if tok.lemma not in INTERLOCUTORS or tok.feats.get("Number") == "Plur":
        return None
    if len(role_phrase(ctx, k)) != 1:
        return _outlet_source(ctx, tok)  # собеседник агентства: a source of its own, unless
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


OUTLET_NOUNS = frozenset(
    ("агентство", "информагентство", "издание", "газета", "журнал", "телеканал", "радиостанция")
)


def _outlet_source(ctx: Context, tok: Tok) -> Speaker | None:
    """`собеседник агентства` (издания, газеты) after a source quoted as telling an outlet
    (`заявил РИА Новости вице-премьер X`, `Как рассказал «Известиям» источник в Минфине`):
    the one the outlet talked to, that source; none when the last source told no outlet."""
    nxt = ctx.next_tok(tok.i)
    if nxt is None or nxt.lemma not in OUTLET_NOUNS or nxt.feats.get("Case") != "Gen":
        return None
    for pos, speaker in reversed(ctx.spoken):
        if pos < tok.start and speaker.name and speaker.start is not None:
            return speaker if _told_an_outlet(ctx, speaker.start) else None
    return None


def _told_an_outlet(ctx: Context, at: int) -> bool:
    """The sentence at ``at`` has a speech verb followed by an outlet's name (сообщил ТАСС,
    рассказал «Известиям») or an outlet noun in the dative (рассказал агентству)."""
    toks = ctx.tokens_in(*ctx.sentence_of(at))
    for n, t in enumerate(toks[:-1]):
        if not ctx.is_finite_cue(t):
            continue
        if toks[n + 1].lemma in OUTLET_NOUNS and toks[n + 1].feats.get("Case") == "Dat":
            return True
        if any(outlet_start(toks[n + 1 : n + 1 + size]) == 0 for size in (1, 2, 3)):
            return True
        word = toks[n + 2] if toks[n + 1].text in OPENING and n + 2 < len(toks) else toks[n + 1]
        if outlet_form(word.low):
            return True  # рассказал «Известиям», «Коммерсанту»: a one-word name in the dative
    return False
