"""Subjects found by structure: natasha's dependency tree (``Context.heads``, parsed only for
the sentences asked about) and the last role that spoke before a pronoun. Both give a token
index; ``speakers`` turns it into a speaker like a subject the rules found.
"""

from __future__ import annotations

from .antecedents import sentence_before
from .lexicons import PRONOUNS
from .records import Context, Tok
from .roles import role_gender

ROLE_LOOKBACK = 60  # tokens back (two or three sentences) where a pronoun finds a role speaker
CONJ_STEPS = 3  # coordinated verbs walked back to the one with the subject


def last_role(ctx: Context, k: int, gender: str | None) -> int | None:
    """The last role in the nominative right next to a speech verb before token ``k``, or
    opening the sentence right before ``k``'s, of a compatible gender (Министр заявил, что
    ... «Q», — добавил он -> министр; Мэр города выступил на сессии. Он сказал: -> мэр)."""
    own = ctx.sentence_of(ctx.toks[k].start)[0]
    before = sentence_before(ctx, ctx.toks[k].start)
    before = -1 if before == own else before  # the first sentence has none before it
    for j in range(k - 1, max(k - ROLE_LOOKBACK, 0) - 1, -1):
        t = ctx.toks[j]
        if t.feats.get("Case") != "Nom" or ctx.in_quote(t.start) or not _role_like(ctx, t, gender):
            continue
        if t.feats.get("Number") == "Plur" or (gender and role_gender(t) not in (None, gender)):
            continue
        near = ctx.toks[max(j - 2, 0) : j] + ctx.toks[j + 1 : j + 4]
        if any(ctx.is_finite_cue(u) for u in near) or t.start == before:
            return j
    return None


def _role_like(ctx: Context, t: Tok, gender: str | None) -> bool:
    """A role word, or a common animate noun of the pronoun's own gender (Пострадавшая
    женщина рассказала ... «Q», — вспоминает она -> женщина), that a pronoun can stand for."""
    if t.lemma in ctx.lex.roles:
        return True
    animate = t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"
    return animate and gender is not None and t.feats.get("Gender") == gender


def subject_in_tree(ctx: Context, k: int) -> int | None:
    """The ``nsubj`` of the speech verb at ``k`` (through ``conj`` to the first verb of a
    coordination: X вышел к журналистам и заявил) when it can name a speaker and agrees with
    the verb in number; None without a parser."""
    heads = ctx.heads(k)
    verb = k
    for _ in range(CONJ_STEPS):
        subjects = [j for j, (head, rel) in heads.items() if head == verb and rel == "nsubj"]
        if subjects:
            j = subjects[0]
            if ctx.sentence_of(ctx.toks[j].start) != ctx.sentence_of(ctx.toks[k].start):
                return None  # a headline's noun the parser took with the body's first line
            if not speaker_like(ctx, ctx.toks[j]) or ctx.in_quote(ctx.toks[j].start):
                return None  # Распад ... привёл: a thing is no speaker
            if not agrees(ctx.toks[j], ctx.toks[k], heads):
                return None  # Организация ... сопровождалась скандалами и его требовали
            return j
        head, rel = heads.get(verb, (None, ""))
        if rel != "conj" or head is None:
            return None
        verb = head
    return None


def agrees(subject: Tok, verb: Tok, heads: dict) -> bool:
    """Subject and verb agree in number (a plural verb: a plural or coordinated subject,
    X и Y заявили)."""
    number = verb.feats.get("Number")
    own = subject.feats.get("Number")
    if subject.low in PRONOUNS or not number or not own or own == number:
        return True
    coordinated = any(h == subject.i and rel == "conj" for h, rel in heads.values())
    return number == "Plur" and coordinated


def speaker_like(ctx: Context, tok: Tok) -> bool:
    """A word that can name a speaker: a person or organisation mention, a personal pronoun,
    a role, collective or document noun, an animate noun, a proper noun not opening its
    sentence (иорданцы, Reddit; not a capitalised first word like Распад)."""
    if ctx.mention_at(tok) is not None or tok.low in PRONOUNS:
        return True
    if tok.pos == "PROPN":
        return ctx.sentence_of(tok.start)[0] != tok.start
    lex = ctx.lex
    listed = (lex.roles, lex.org_roles, lex.anonymous, lex.documents)
    return tok.pos == "NOUN" and (
        tok.feats.get("Animacy") == "Anim" or any(tok.lemma in words_ for words_ in listed)
    )


def verb_before(ctx: Context, j: int, start: int) -> int:
    """The finite verb before a prepositional relative word at ``j`` (X дал интервью газете Y,
    в котором рассказал): the relative clause has no subject of its own, it shares the main
    clause's, which comes before that verb; the antecedent (газете Y) is no subject. Without
    such a verb in the sentence (from ``start``): the sentence start."""
    for k in range(j - 2, -1, -1):
        t = ctx.toks[k]
        if t.start < start:
            break
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            return k
    return 0 if start == 0 else (ctx.token_at(start) or 0)


JOINING = frozenset({"и", "но", "а", "однако"})  # conjunctions that join a second predicate
CLAUSE_OPENERS = frozenset({"что", "чтобы"})  # open a clause with a subject of its own


def coordinated_subject(ctx: Context, k: int) -> tuple[int | None, int] | None:
    """The speech verb at ``k`` follows a conjunction and is the parser's ``conj`` of an
    earlier verb (X, который ..., отказался назвать фаворита в матче Y — Z, но сказал): that
    verb's subject is its subject, not the last name before it. (the ``nsubj`` through
    ``conj`` or None, the earlier verb) as token indices."""
    j = k - 1
    while j >= 0 and ctx.toks[j].pos in ("ADV", "PART"):
        j -= 1
    if j < 0 or ctx.toks[j].low not in JOINING or ctx.toks[k].feats.get("VerbForm") != "Fin":
        return None
    head, rel = ctx.heads(k).get(k, (None, ""))
    if rel != "conj" or head is None or ctx.toks[head].pos not in ("VERB", "AUX"):
        return None
    return subject_in_tree(ctx, k), head


def gerund_head_subject(ctx: Context, k: int) -> tuple[int, int] | None:
    """The subject of the verb a gerund at ``k`` depends on when a `что` clause comes
    between (Он выразил надежду, что подданные окажут поддержку, добавив: ...): the
    subordinate clause's subject is not the gerund's. (subject, verb) token indices."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    if not any(t.low in CLAUSE_OPENERS for t in ctx.tokens_in(start, ctx.toks[k].start)):
        return None
    head, rel = ctx.heads(k).get(k, (None, ""))
    if head is None or rel != "advcl" or ctx.toks[head].pos not in ("VERB", "AUX"):
        return None
    j = subject_in_tree(ctx, head)
    return None if j is None else (j, head)
