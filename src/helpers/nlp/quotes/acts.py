"""Acts read as speech: a speech verb with an object and an instrumental predicate that
declares a status or names someone to a post is an act, not words reported (the guideline:
court rulings and nominations are not quotes).

- a verdict or declared status: ``суд признал его виновным``, ``признали сделку
  незаконной`` (``quote_declaring_verbs``, any instrumental predicate);
- a nomination: ``назвал Y своим преемником / первым вратарём`` (a verb of naming whose
  instrumental predicate is a role word or a noun of ``quote_nominee_nouns``);
  ``назвал это ошибкой`` and a post evaluated (``назвал Y лучшим мэром``) stay speech,
  a distinction does not (``назвал Y лучшим игроком``);
- a sentence: ``осудили на 10 лет`` (a verb of sentencing with `на/к` and a number);
- a name given in someone's honour: ``назвали корабль в честь астронавта``;
- a ruling's own words: ``в приговоре отмечается, что C`` (an impersonal cue whose venue is a
  noun of ``quote_rulings`` or a court's решение/постановление).

The predicate is the verb's instrumental dependent in natasha's tree (the sentence is parsed
only for these verbs); for a verdict also (no parser, or the parser hangs it on a later verb)
the first instrumental word of the clause after the verb's object outside a prepositional
phrase.
"""

from __future__ import annotations

from .lexicons import DECLARING, NAMING, NOMINEES, RULINGS, role_words
from .records import Context, Tok

SENTENCING = frozenset({"осудить", "осуждать", "приговорить"})  # + на/к a term: a sentence
TERM_WORDS = 4  # tokens after the verb (or its object) up to на/к of the term
PREDICATE_RELATIONS = frozenset({"xcomp", "obl", "advcl", "obj", "acl"})
CLAUSE_WORDS = 16  # tokens after the verb searched for the predicate without a tree
ENDS = frozenset({".", "!", "?", ";", ":", "…", "—", "–"})


OFFICES = role_words()  # posts a person is named to (лучшим мэром: an evaluation)


def declared_act(ctx: Context, a: Tok) -> bool:
    """The verb ``a`` declares a status or names to a post (see the module's docstring)."""
    if a.lemma in SENTENCING:
        return _term_after(ctx, a)
    if a.lemma not in DECLARING and a.lemma not in NAMING:
        return False
    if a.lemma in NAMING and (_in_honour(ctx, a) or _given_name(ctx, a)):
        return True  # назвали корабль в честь астронавта, сына назвали Джордж: a name given
    pred = _predicate(ctx, a)
    if pred is None:
        return False
    if _reflexive_object(ctx, a, pred):
        return False  # признал себя виновным: a plea; называл себя X: a self-description
    if a.lemma in DECLARING:
        return True
    head = _head_noun(ctx, pred)
    if head.lemma in NOMINEES:
        return True  # лучшим игроком, своим преемником: a distinction or succession
    return head.lemma in OFFICES and not _evaluated(ctx, pred, head)


def _predicate(ctx: Context, a: Tok) -> Tok | None:
    """The instrumental predicate (a noun or adjective, not in a prepositional phrase) of
    the verb ``a``: by the tree when there is one, else by the clause's words."""
    heads = ctx.heads(a.i)
    if heads:
        marked = {h for j, (h, rel) in heads.items() if rel == "case"}
        for j, (head, rel) in sorted(heads.items()):
            t = ctx.toks[j]
            if head != a.i or rel not in PREDICATE_RELATIONS or j in marked:
                continue
            if t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == "Ins" and j > a.i:
                return t
        if a.lemma in NAMING:
            return None
    return _predicate_after(ctx, a)  # the tree may hang a verdict on a later verb


def _predicate_after(ctx: Context, a: Tok) -> Tok | None:
    """The first instrumental noun or adjective of the clause after ``a`` outside a
    prepositional phrase (a noun joined by `и` to one inside it is inside it too), when
    an object opens the clause (объявила о C: no object, no predicate)."""
    toks = ctx.toks[a.i + 1 : a.i + 1 + CLAUSE_WORDS]
    if not toks or toks[0].pos == "ADP":
        return None
    after_prep = in_pp = False
    for t in toks:
        if t.text in ENDS or t.pos in ("VERB", "AUX", "SCONJ"):
            return None
        if t.pos == "ADP":
            after_prep = True
        elif t.pos == "CCONJ":
            after_prep = in_pp  # по самбо и смешанным единоборствам
        elif t.pos in ("NOUN", "PROPN", "PRON"):
            if t.feats.get("Case") == "Ins" and not after_prep and t.pos == "NOUN":
                return t
            in_pp, after_prep = after_prep, False
        elif t.pos == "ADJ" and t.feats.get("Case") == "Ins" and not after_prep:
            return t
        elif t.text == ",":
            in_pp = False
    return None


HONOUR_WORDS = 8  # tokens after a verb of naming searched for `в честь`


def _in_honour(ctx: Context, a: Tok) -> bool:
    """`в честь` in the clause after a verb of naming (назвала корабль в честь X)."""
    toks = ctx.toks[a.i + 1 : a.i + 1 + HONOUR_WORDS]
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text in ENDS or t.text == "," or t.pos in ("VERB", "AUX", "SCONJ"):
            return False
        if t.low in ("в", "во") and nxt.low == "честь":
            return True
    return False


def _given_name(ctx: Context, a: Tok) -> bool:
    """A plural verb of naming right followed by one person's name in the nominative, no
    second name joined to it (Принца назвали Джордж Александр Луи): the name given, for the
    verb's subject would be plural (Ошибкой это назвали Путин и Байден: they speak)."""
    if a.feats.get("Number") != "Plur" or a.i + 1 >= len(ctx.toks):
        return False
    m = ctx.mention_at(ctx.toks[a.i + 1])
    if m is None or m.type != "PER" or m.start != ctx.toks[a.i + 1].start:
        return False
    after = ctx.first_token_after(m.stop)
    joined = after is not None and after < len(ctx.toks) and ctx.toks[after].low in ("и", ",")
    return ctx.toks[a.i + 1].feats.get("Case") in ("Nom", None) and not joined


def _term_after(ctx: Context, a: Tok) -> bool:
    """`на/к` and a number after a verb of sentencing (осудили на 10 лет, приговорил к
    пяти годам): a court's sentence, not condemnation in words (осудил эту войну)."""
    toks = ctx.toks[a.i + 1 : a.i + 1 + TERM_WORDS]
    for t, nxt in zip(toks, toks[1:], strict=False):
        if t.text in ENDS or t.text == ",":
            return False
        if t.low in ("на", "к") and nxt.pos == "NUM":
            return True
    return False


def _head_noun(ctx: Context, pred: Tok) -> Tok:
    """The noun an instrumental adjective goes with (первым вратарём -> вратарь)."""
    if pred.pos == "NOUN":
        return pred
    for t in ctx.toks[pred.i + 1 : pred.i + 4]:
        if t.pos == "NOUN" and t.feats.get("Case") == "Ins":
            return t
        if t.pos not in ("ADJ", "DET", "ADV"):
            break
    return pred


# adjectives that make `назвал X лучшим мэром` an evaluation of X, not a post given (a
# distinction of quote_nominee_nouns, лучшим игроком, is given whatever its adjective)
EVALUATIVE = frozenset({"лучший", "худший", "хороший", "плохой", "великий", "выдающийся"})


def _evaluated(ctx: Context, pred: Tok, head: Tok) -> bool:
    """An evaluative or superlative adjective before the post noun (лучшим мэром города)."""
    first = min(pred.i, head.i)
    while first > 0 and ctx.toks[first - 1].pos in ("ADJ", "DET", "ADV"):
        first -= 1  # самым лучшим мэром: the tree may give the noun itself
    return any(
        t.lemma in EVALUATIVE or t.feats.get("Degree") in ("Sup", "Cmp")
        for t in ctx.toks[first : head.i]
    )


def _reflexive_object(ctx: Context, a: Tok, pred: Tok) -> bool:
    """`себя` between the verb and its predicate (признал себя виновным)."""
    return any(t.low == "себя" for t in ctx.toks[a.i + 1 : pred.i])


COURT_RULINGS = ("решение", "постановление", "определение")  # + суда / трибунала
RULING_REACH = 4  # words after the cue where its venue stands (говорится в решении суда)
COURTS = ("суд", "трибунал")


def ruling_says(ctx: Context, a: Tok) -> bool:
    """An impersonal cue whose venue is a court's ruling (в приговоре отмечается, что C; в
    решении суда говорится; «Q», — говорится в решении суда): the ruling itself, not a quote."""
    if a.low not in ctx.lex.impersonal:
        return False
    start, stop = ctx.sentence_of(a.start)
    toks = ctx.tokens_in(start, a.start) + ctx.tokens_in(a.stop, stop)[:RULING_REACH]
    for n, t in enumerate(toks[:-1]):
        if t.low not in ("в", "во"):
            continue
        noun = toks[n + 1]
        if noun.lemma in RULINGS:
            return True
        court = toks[n + 2] if n + 2 < len(toks) else None
        if noun.lemma in COURT_RULINGS and court is not None and court.lemma in COURTS:
            return True
    return False
