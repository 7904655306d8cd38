"""Where a report goes, not what it says: the addressee of ``сообщить о C`` after or before
its topic phrase (``сообщил о нём властям``, ``О пропаже в полицию утром сообщили X``) ends
that phrase: a report to an authority names the authority beside its content, as
``рассказал о C журналистам`` names the listeners.

An addressee is an institution that receives reports (``quote_org_roles``: полиция,
прокуратура, власти ...) in the dative (властям) or after `в` in the accusative (в полицию,
в прокуратуру); a time adverb of the act (утром, накануне) ends the phrase too.

``told_outlet``: an outlet named after the speech verb is told, not telling (рассказал РИА
Новости источник): the speaker is looked for elsewhere.
"""

from __future__ import annotations

from .documents import source_after
from .lexicons import POSSESSIVES, TIME_ADVERBS
from .outlets import outlet_start
from .plural_sources import place_source
from .records import Context, Mention, Speaker
from .tree import subject_in_tree

TO = ("в", "во")
LOOKAHEAD = 3  # words after `в` up to the institution noun (в районную полицию)


def ends_topic(ctx: Context, j: int) -> bool:
    """Token ``j`` opens an addressee or the time of the speech act after a topic phrase."""
    t = ctx.toks[j]
    if t.low in TIME_ADVERBS:
        return True
    if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Dat":
        if j and ctx.toks[j - 1].pos == "ADP":
            return False  # требования к банкам: the preposition's object, no addressee
        return t.lemma in ctx.lex.org_roles  # властям, прокуратуре
    if t.low not in TO:
        return False
    for u in ctx.toks[j + 1 : j + 1 + LOOKAHEAD]:
        if u.pos in ("NOUN", "PROPN"):
            return u.feats.get("Case") == "Acc" and u.lemma in ctx.lex.org_roles
    return False


def told_outlet(ctx: Context, m: Mention, stop: int, k: int) -> bool:
    """An outlet named right after the speech verb at ``k`` and followed by the real source
    (a person, role, unnamed source or any person noun in the nominative, or `в X` of a
    plural verb), or after a plural verb whose body is named before or after it (В МИД
    заявили РИА Новости, что; рассказали в правительстве РИА Новости), or after a verb whose
    subject the parser finds before it (Источник в правительстве сообщил РИА Новости, что):
    it is the addressee in the dative (сообщили ТАСС в пресс-службе, рассказал РИА Новости
    источник, заявил РИА Новости политолог X)."""
    if ctx.toks[k].feats.get("Number") == "Plur" and place_source(ctx, k) is not None:
        return True
    if ctx.toks[k].feats.get("Number") == "Plur" and m.stop > ctx.toks[k].stop:
        if outlet_start(ctx.tokens_in(m.start, m.stop)) is not None and source_after(ctx, k):
            return True  # рассказали в правительстве РИА Новости: the body said it
    if _source_after_outlet(ctx, m, stop):
        return True
    subject = subject_in_tree(ctx, k)  # the parser only when the words after decide nothing
    return subject is not None and subject < k and ctx.mention_at(ctx.toks[subject]) is not m


def _source_after_outlet(ctx: Context, m: Mention, stop: int) -> bool:
    """`в X` or the real source in the nominative right after the outlet ``m``."""
    nxt = ctx.first_token_after(m.stop)
    if nxt is None or nxt >= stop:
        return False
    t = ctx.toks[nxt]
    if t.low in ("в", "во", "на"):
        return True
    while nxt + 1 < stop and (t.low in POSSESSIVES or t.pos == "ADJ"):
        nxt += 1  # сообщила РБК его помощница ...: over the possessive and adjectives
        t = ctx.toks[nxt]
    other = ctx.mention_at(t)
    person = other is not None and other.type == "PER"
    lex = ctx.lex
    role = t.lemma in lex.roles or t.lemma in lex.anonymous or t.lemma in lex.org_roles
    animate = t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"  # политолог, очевидец
    return t.feats.get("Case") == "Nom" and (person or role or animate)


def told_place(ctx: Context, k: int) -> Speaker | None:
    """`В МИД России РИА Новости сообщили, что C` (quote_outlets.txt): an outlet right before
    an indefinite plural verb is told, in the dative; the body of `в X` before it speaks (or
    after the verb: РИА Новости сообщили в пресс-службе ведомства)."""
    verb = ctx.toks[k]
    if verb.feats.get("Number") != "Plur":
        return None
    toks = ctx.tokens_in(ctx.sentence_of(verb.start)[0], verb.start)
    n = outlet_start(toks)
    if n is None:
        return None
    before = place_source(ctx, k, toks[:n]) if n else None
    return before or source_after(ctx, k)  # Об этом РИА Новости сообщили в пресс-службе X
