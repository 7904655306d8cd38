"""Where indirect content begins and ends around the speaker's own words (round 9):

- an apposition on the speaker of `Как сообщил X, <role phrase>, C` (Как заявил Иван
  Петров, глава комитета, C; with a relative or participial phrase on it: ..., глава суда,
  который рассматривал дело, C) belongs to the source, not to the content;
- a noun fronted before a verb of asking (Жителей просят не выходить) is the one asked
  (quote_asking_verbs.txt): the content is the infinitive, not the fronted clause;
- a gerund of grounding or charging after the content (X заявил, что C, сославшись на D /
  упирая на то, что D / обвинив Y в D; quote_arguing_verbs.txt) is the speaker's own act:
  the content ends before it.
"""

from __future__ import annotations

from .lexicons import ARGUING_VERBS
from .phrase_bounds import participle_form
from .records import Context, Speaker, Tok, skip_space
from .source_forms import hyphen_head, source_attribute_end

APPOSITION_WORDS = 8  # words of a role phrase at most (пресс-секретарь красноярского суда)


def after_apposition(ctx: Context, speaker: Speaker, begin: int, stop: int) -> int:
    """Start of the content after `Как сообщил X,` at ``begin``: past a role phrase on the
    named speaker (a lower-case noun in the nominative opening it, no verb in it, closed by
    a comma) and past a relative or participial phrase on that role (который ...); a clause
    must follow. ``begin`` otherwise (Как сообщил X, министр уйдёт: the role has a verb)."""
    if speaker.stop is None or speaker.stop > begin:
        return begin
    toks = ctx.tokens_in(begin, stop)
    if not toks or not _role_opening(ctx, toks):
        return begin
    comma = None
    for t in toks[: APPOSITION_WORDS + 1]:
        if t.text == ",":
            comma = t
            break
        if t.pos in ("VERB", "AUX") or t.text in ":;—–()" or ctx.in_quote(t.start):
            return begin
    if comma is None:
        return begin
    after = source_attribute_end(ctx, comma.i, stop) or comma.stop
    rest = ctx.tokens_in(after, stop)
    if not any(_clause_word(t) for t in rest):
        return begin
    return skip_space(ctx.text, after)


def _clause_word(t: Tok) -> bool:
    """A verb, a short form or a nominative noun or pronoun: a clause goes on."""
    if t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short":
        return True
    return t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom"


def _role_opening(ctx: Context, toks: list[Tok]) -> bool:
    """A role phrase opens ``toks``: a lower-case role noun of the lexicon (глава,
    пресс-секретарь, член) in the nominative singular, after up to two adjectives (бывший
    министр); a plain noun (сотрудники, уволенные в марте, ...) is the content's subject."""
    for t in toks[:3]:
        if not t.text[:1].islower() or t.feats.get("Case") != "Nom":
            return False
        if t.pos == "NOUN":
            return t.feats.get("Number") == "Sing" and hyphen_head(t) in ctx.lex.roles
        if t.pos != "ADJ":
            return False
    return False


def arguing_gerund_end(ctx: Context, pos: int, end: int) -> int:
    """``end``, or the end of the content before `, сославшись на ...`: a gerund of
    ``ARGUING_VERBS`` after a comma, with two words of content at least before it."""
    toks = [t for t in ctx.tokens_in(pos, end) if not ctx.in_quote(t.start)]
    for n, t in enumerate(toks[2:-1], 2):
        g = toks[n + 1]
        if t.text != "," or g.feats.get("VerbForm") != "Conv" or g.lemma not in ARGUING_VERBS:
            continue
        if sum(u.pos != "PUNCT" for u in toks[:n]) >= 2:
            return t.start
    return end


OPENERS = frozenset(
    "который которая которое которые чей чья чьё чье чьи что чтобы где куда откуда когда"
    " как если пока хотя поскольку потому так кто".split()
)


def own_clause_after(toks: list[Tok]) -> bool:
    """The words after a comma (``toks``, to the next comma) are a clause of their own,
    joined without a conjunction: no subordinator or relative opens them, and they hold a
    nominative subject (not after a preposition) and a finite or short predicate (просят не
    выходить из домов, над районом перекрыты полёты: what else happens, not what was asked)."""
    clause = []
    for t in toks:
        if t.text in (",", ";", ":", "(", "—", "–"):
            break
        clause.append(t)
    first = clause[0] if clause else None
    if first is None or first.low in OPENERS or first.lemma in OPENERS:
        return False  # , которыми они владеют: a relative clause on the action's object
    if first.pos in ("SCONJ", "CCONJ"):
        return False
    if any(t.lemma in OPENERS for t in clause[1:3] if t.lemma.startswith(("котор", "чей"))):
        return False  # , в котором ...: a relative clause after its preposition
    if first.feats.get("VerbForm") in ("Conv", "Part", "Inf"):
        return False
    predicate = any(
        (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin")
        or t.feats.get("Variant") == "Short"
        for t in clause
    )
    subject = any(
        t.pos in ("NOUN", "PROPN", "PRON")
        and t.feats.get("Case") == "Nom"
        and (prev is None or prev.pos != "ADP")
        for prev, t in zip([None, *clause], clause, strict=False)
    )
    return predicate and subject


def inserted_gerund_end(ctx: Context, verb: Tok, begin: int, end: int) -> int:
    """End of the content of a gerund inserted between the subject and its predicate
    (Защитник, ссылаясь на то, что C, попросил D): no finite verb before the gerund in its
    sentence, so the first `, <finite verb>` in the content opens the main predicate."""
    if verb.feats.get("VerbForm") != "Conv" or verb.i == 0 or ctx.toks[verb.i - 1].text != ",":
        return end
    start, _ = ctx.sentence_of(verb.start)
    if any(finite_verb(t) for t in ctx.tokens_in(start, verb.start)):
        return end
    toks = ctx.tokens_in(begin, end)
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text == "," and finite_verb(nxt):
            return t.start
    return end


def finite_verb(t: Tok) -> bool:
    """A finite verb or auxiliary (заявил, был)."""
    return t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"


def speech_gerund(ctx: Context, t: Tok) -> bool:
    """A gerund of a speech verb (сообщив, заявив): no word of a noun phrase, so noun-phrase
    content ends before it even where the comma was left out (опровергла эту информацию
    сообщив, что C); not a participle the tagger read as a gerund."""
    return t.feats.get("VerbForm") == "Conv" and ctx.is_cue(t) and not participle_form(t)
