"""A quote is found whatever its speaker is: when ``speakers.cue_speaker`` resolves no name
for a speech verb (its subject is a common noun the role lists do not hold: ряд СМИ,
Белый дом, пара, обе стороны конфликта, иорданцы), the verb's own grammatical subject
speaks, as the phrase written in the nominative.

The subject is the ``nsubj`` of the verb in natasha's tree (``cue_speaker`` has usually
parsed the sentence already; on the dev texts this asks the parser for about one sentence in
eight of those it parses), else the nominative noun of the verb's clause that agrees with it in number and
gender: before the verb (X объявил), or after it (сообщили официальные лица).
"""

from __future__ import annotations

from .lexicons import COLLECTIVES, INDEFINITE_SUBJECTS, THING_VERBS, TIME_NOUNS
from .plural_sources import opening_group, person_like
from .records import NAME_RELS, Context, Speaker, Tok, ends_clause
from .roles import foreign_name, foreign_words, nominative, role_phrase
from .speakers import cue_speaker

CLAUSE_WORDS = 8  # words of the verb's clause searched for its subject on either side


def speaker_of(ctx: Context, k: int, zero: bool = True) -> Speaker:
    """``cue_speaker`` of the speech verb at ``k``, else its plain subject (``plain_subject``)."""
    found = cue_speaker(ctx, k, zero)
    if found.name is not None:
        return found
    return plain_subject(ctx, k) or plural_antecedent(ctx, k) or found


def plain_subject(ctx: Context, k: int) -> Speaker | None:
    """The nominative subject phrase of the finite verb at ``k`` (any noun that agrees with
    it), or None (an impersonal, gerund or infinitive form, no subject in the clause)."""
    verb = ctx.toks[k]
    if verb.low in ctx.lex.impersonal or verb.feats.get("VerbForm") not in ("Fin", None):
        return None
    if verb.pos not in ("VERB", "AUX") or verb.feats.get("Mood") == "Imp":
        return None
    j = _tree_subject(ctx, k)
    if j is None:
        j = _subject_before(ctx, k)
    if j is None:
        j = _subject_after(ctx, k)
    if j is None:
        return None
    if verb.lemma in THING_VERBS and not (
        person_like(ctx.toks[j]) or collective(ctx, j) or named_place(ctx, j)
    ):
        return named_apposition(ctx, j)  # интернет-ресурс Insidefacebook считает: the name
    phrase = role_phrase(ctx, j)
    name = nominative(ctx, phrase)
    first = phrase[0].start == ctx.sentence_of(phrase[0].start)[0]
    if phrase[0].text[:1].isupper() and (not first or named_place(ctx, j)):
        name = name[:1].upper() + name[1:]  # Белый дом, Правый сектор: a name keeps its capital
    return Speaker(name, phrase[0].start, phrase[-1].stop)


def named_apposition(ctx: Context, j: int) -> Speaker | None:
    """The name a common noun subject is given in apposition in the tree (интернет-ресурс
    Insidefacebook, издание «Кларин»): a PER or ORG mention, or Latin-script words; the thing
    named speaks as its name. None when the noun names nothing (ситуация, данные)."""
    for u, (head, rel) in ctx.heads(j).items():
        if head != j or rel not in NAME_RELS:
            continue
        tok = ctx.toks[u]
        m = ctx.mention_at(tok)
        if m is not None and m.type in ("PER", "ORG"):
            return Speaker(m.name, m.start, m.stop)
        if tok.pos in ("PROPN", "X") and foreign_name(ctx, tok):
            return foreign_words(ctx, u)
    return None


def plural_antecedent(ctx: Context, k: int) -> Speaker | None:
    """`Они сказали, что C` (also after a fronted phrase: `На вопросы прохожих они отвечали,
    что C`): the plural subject that opens the sentence before (Представители Роскосмоса
    молчали. Они лишь сказали ...), when it names people or a body
    (``plural_sources.opening_group``); not when people in the plural, a subject or object,
    come before the pronoun in its own sentence (Журналисты спросили министров, они
    ответили: nearer)."""
    verb = ctx.toks[k]
    if verb.feats.get("Number") != "Plur":
        return None
    start, _ = ctx.sentence_of(verb.start)
    before = ctx.tokens_in(start, verb.start)
    pron = next((t for t in reversed(before) if t.low == "они"), None)
    if pron is None or pron.i + 3 < k:
        return None  # Они (лишь) сказали: the pronoun is the verb's subject
    if any(t.i < pron.i and _plural_people(t) for t in before):
        return None
    return opening_group(ctx, start)


def _plural_people(t: Tok) -> bool:
    """People in the plural as a subject or object (not На вопросы прохожих: a genitive)."""
    plural = t.feats.get("Number") == "Plur" and t.feats.get("Case") in ("Nom", "Acc")
    return t.pos in ("NOUN", "PROPN") and plural and person_like(t)


def named_place(ctx: Context, j: int) -> bool:
    """A common noun inside a capitalised place name (Белый дом, Елисейский дворец): the
    building stands for the institution it houses, so it speaks like a body; a common
    noun with no name around it (здание, документ) stays a thing."""
    m = ctx.mention_at(ctx.toks[j], places=True)
    return m is not None and m.name[:1].isupper() and len(m.name.split()) > 1


def collective(ctx: Context, j: int) -> bool:
    """An inanimate noun naming a group of people (quote_collective_nouns.txt: защита, семья,
    руководство), unless a thing in the genitive or a noun in another oblique case depends on
    it, which makes it a noun of action (защита окружающей среды, руководство страной; not
    защита подсудимого, руководство компании)."""
    if ctx.toks[j].lemma not in COLLECTIVES:
        return False
    nxt = ctx.next_tok(j)
    while (
        nxt is not None
        and nxt.i < j + 3
        and (nxt.pos == "ADJ" or nxt.feats.get("VerbForm") == "Part")
    ):
        nxt = ctx.next_tok(nxt.i)  # защита окружающей среды
    if nxt is None or nxt.pos != "NOUN":
        return True
    if nxt.feats.get("Case") in ("Ins", "Dat", "Acc"):
        return False  # руководство страной: the verbal noun's object
    if nxt.feats.get("Case") != "Gen":
        return True
    lex = ctx.lex
    owner = nxt.feats.get("Animacy") == "Anim" or nxt.lemma in lex.org_roles | lex.titles
    return owner or ctx.mention_at(nxt) is not None


def _candidate(ctx: Context, t: Tok, verb: Tok, tree: bool = False) -> bool:
    """A noun in the nominative, not governed by a preposition, agreeing with ``verb``; for
    the tree's ``nsubj`` also an abbreviation the tagger gave another case (США назвали:
    an indeclinable word shows no case of its own)."""
    abbreviation = tree and t.text.isupper() and len(t.text) > 1
    if (t.feats.get("Case") != "Nom" and not abbreviation) or ctx.in_quote(t.start):
        return False
    if t.pos not in ("NOUN", "PROPN") and not _standing_alone(ctx, t):
        return False
    if t.lemma in TIME_NOUNS or (t.i > 0 and ctx.toks[t.i - 1].pos == "ADP"):
        return False
    number, own = verb.feats.get("Number"), t.feats.get("Number")
    if number and own and number != own:
        return False
    gender = verb.feats.get("Gender") if number != "Plur" else None
    return not (gender and t.feats.get("Gender") not in (gender, None))


def _standing_alone(ctx: Context, t: Tok) -> bool:
    """A pronominal adjective or a full participle standing as the subject (Некоторые
    считают; Задержанный заявил; not некоторые эксперты, задержанный мужчина, whose noun is
    the subject)."""
    participle = t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") != "Short"
    if t.low not in INDEFINITE_SUBJECTS and t.lemma not in INDEFINITE_SUBJECTS and not participle:
        return False
    nxt = ctx.next_tok(t.i)
    return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ")


def _tree_subject(ctx: Context, k: int) -> int | None:
    """The verb's ``nsubj`` in its sentence's tree (parsed here if no rule parsed it yet)."""
    heads = ctx.heads(k)
    for j, (head, rel) in heads.items():
        if head == k and rel == "nsubj" and _candidate(ctx, ctx.toks[j], ctx.toks[k], tree=True):
            return j
    return None


def _subject_before(ctx: Context, k: int) -> int | None:
    """The nearest agreeing nominative noun before the verb within its clause."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    seen = 0
    for j in range(k - 1, -1, -1):
        t = ctx.toks[j]
        if t.start < start or ends_clause(t, ctx.lex) or t.pos in ("VERB", "AUX", "SCONJ"):
            return None
        if _candidate(ctx, t, ctx.toks[k]):
            while j > 0 and _genitive_tail(ctx, j):
                j -= 1  # ряд СМИ: the head is the word before the genitive
            return j
        seen += t.pos != "PUNCT"
        if seen > CLAUSE_WORDS:
            return None
    return None


def _genitive_tail(ctx: Context, j: int) -> bool:
    """The noun at ``j`` depends on a nominative noun right before it (ряд СМИ, where СМИ is
    read as a nominative too): that noun is the head."""
    prev = ctx.toks[j - 1]
    return (
        prev.pos == "NOUN"
        and prev.feats.get("Case") == "Nom"
        and ctx.toks[j].text.isupper()  # an abbreviation has no case of its own
    )


def _subject_after(ctx: Context, k: int) -> int | None:
    """The first agreeing nominative noun after the verb within its clause (inverted order:
    ..., сообщили официальные лица)."""
    _, stop = ctx.sentence_of(ctx.toks[k].start)
    for j in range(k + 1, min(len(ctx.toks), k + 1 + CLAUSE_WORDS)):
        t = ctx.toks[j]
        if t.start >= stop or ends_clause(t, ctx.lex) or t.pos in ("VERB", "AUX", "SCONJ"):
            return None
        if _candidate(ctx, t, ctx.toks[k]):
            return j
    return None
