"""Where a reported clause ends before a new clause of its own (round 7). Content read to
the end of its sentence may run on, after a comma, into a clause that is no part of it:

- a new report, with its own subject and a finite speech verb (`X заявил, что C1, факт
  подтвердили Y`, `..., что C1, в ответ Y назвал это C2`, `..., и в связи с этим Y
  призвали C2`) or a passive one (`..., но эта информация была опровергнута Y`);
- an inserted source phrase that opens the next clause (`X заявил, что C1, по его словам,
  C2`);
- a speech verb opening the clause: the same speaker's second act (`X заявил, что C1,
  призвал C2`) or, at the content's end, a postposed attribution (`C, сообщает РБК`).

``next_clause_start`` finds that comma: the content ends before it and the new clause is
read on its own (``cut_clauses``). A subordinate clause (который, где, когда, если,
чтобы, как ...), a participial or gerund phrase and a speech verb inserted right after the
comma (`C, считает X, ...`) are no new clause; the subject is the parser's ``nsubj`` of the
verb (asked only about sentences that hold such a clause), else a nominative in the clause.
"""

from __future__ import annotations

from .cues import is_finite_act, is_finite_object_cue, is_predicate, source_phrase
from .phrase_bounds import awaits_predicate
from .records import Context, Quote, Tok, negated, skip_space
from .spans import trim_end

MIN_WORDS = 3  # words of content before the new clause: less is no clause of its own
RELATIVE = frozenset("который кто что где куда откуда чей как когда почему зачем сколько".split())
SUBJECT_POS = ("NOUN", "PROPN", "PRON")


def next_clause_start(ctx: Context, begin: int, end: int) -> tuple[int, int] | None:
    """(end of the content, start of the new clause) for content in [begin, end) that runs
    on into a new clause of its own after a comma; None when it does not."""
    toks = [t for t in ctx.tokens_in(begin, end) if not ctx.in_quote(t.start)]
    for n, comma in enumerate(toks):
        if comma.text != "," or n < MIN_WORDS:
            continue
        head = [t for t in toks[:n] if t.pos != "PUNCT"]
        if len(head) < MIN_WORDS or not any(is_predicate(t) for t in _last_segment(toks[:n])):
            continue  # the words since the last comma are no clause (в результате чего, по ...)
        if head[-1].pos in ("CCONJ", "SCONJ"):
            continue  # C и, по словам X, C2: the inserted phrase is inside the next predicate's
        if awaits_predicate(toks[:n]):
            continue  # жители, которые разводят коз, жалуются: the verb is the subject's own
        if n > 1 and _inserted_cue(ctx, _last_segment(toks[:n])):
            continue  # Рубль, уверен X, продолжит падать: the comma closes an inserted cue
        clause = _clause_after(toks[n + 1 :])
        if not clause:
            continue
        last = len(clause) == len(toks) - n - 1 or toks[n + 1 + len(clause)].text != ","
        if (
            _inserted_source(ctx, clause, toks[n + 1 :], end)
            or _new_report(ctx, clause)
            or _verb_first(ctx, clause, begin, last)
        ):
            return trim_end(ctx, begin, comma.start), skip_space(ctx.text, comma.stop)
    return None


def _inserted_cue(ctx: Context, segment: list[Tok]) -> bool:
    """The words since the last comma are an inserted attribution: a speech verb first (`,
    уверен X,`) or after `как` (`Макрон, как сообщает Елисейский дворец, выразил ...`)."""
    first = segment[1] if len(segment) > 1 and segment[0].low == "как" else segment[0]
    return ctx.is_cue(first)


def _last_segment(toks: list[Tok]) -> list[Tok]:
    """The words after the last comma of ``toks`` (all of them without a comma)."""
    for n in range(len(toks) - 1, -1, -1):
        if toks[n].text == ",":
            return toks[n + 1 :]
    return toks


def _clause_after(toks: list[Tok]) -> list[Tok]:
    """The words after a comma up to the next comma, semicolon or dash."""
    out = []
    for t in toks:
        if t.text in (",", ";", "—", "–", "-", ":"):
            break
        out.append(t)
    return out


def _inserted_source(ctx: Context, clause: list[Tok], rest: list[Tok], end: int) -> bool:
    """`по его словам, C2` opens the clause after the comma and a clause with a predicate of
    its own follows the source phrase."""
    found = source_phrase(ctx, clause[0].start, clause[-1].stop)
    if found is None or found[0] != clause[0].i:
        return False
    after = [t for t in rest if t.start > clause[-1].stop]
    return bool(after) and any(is_predicate(t) for t in after)


def _new_report(ctx: Context, clause: list[Tok]) -> bool:
    """A clause that is a report of its own: not subordinate, not a participial or gerund
    phrase, a finite speech verb after its first word and that verb's own subject in it."""
    first = clause[0]
    if first.pos == "SCONJ" or first.lemma in RELATIVE:
        return False
    if first.feats.get("VerbForm") in ("Conv", "Part"):
        return False
    for m, verb in enumerate(clause):
        if m == 0 or not _speech_verb(ctx, verb) or negated(ctx, verb):
            continue
        if clause[m - 1].lemma in RELATIVE or any(t.lemma in RELATIVE for t in clause[:m]):
            return False  # ..., о чём сообщил X: a relative clause
        return _own_subject(ctx, verb, clause)
    return False


def _verb_first(ctx: Context, clause: list[Tok], begin: int, last: bool) -> bool:
    """A speech verb opening the clause after the comma: the speaker's own second report (X
    заявил, что C1, призвал C2: no subject of its own, and in the parser's tree the root or
    a dependent of an agreeing verb before the content at ``begin``), or, ending the content
    (``last``), a postposed attribution with its subject (C, сообщает РБК); not one inserted
    in the middle (C1, считает X, C2)."""
    verb = clause[0]
    if not _speech_verb(ctx, verb) or negated(ctx, verb):
        return False
    if last and len(clause) > 1 and _own_subject(ctx, verb, clause):
        return True
    heads = ctx.heads(verb.i)
    head, rel = heads.get(verb.i, (None, ""))
    inside = {t.i for t in clause}
    if any(h == verb.i and r.startswith("nsubj") and j in inside for j, (h, r) in heads.items()):
        return False
    if rel == "root":
        return True  # the tree's main predicate: not inside the content
    if rel not in ("conj", "ccomp", "parataxis") or head is None or ctx.toks[head].start >= begin:
        return False
    return _agree(verb, ctx.toks[head])


def _agree(a: Tok, b: Tok) -> bool:
    """Two verbs agree in number and gender (where both show them)."""
    return all(
        a.feats.get(f) == b.feats.get(f)
        for f in ("Number", "Gender")
        if a.feats.get(f) and b.feats.get(f)
    )


def _speech_verb(ctx: Context, t: Tok) -> bool:
    """A finite verb that reports speech: a speech verb, a verb with a reported object
    (подтвердили факт) or of request (призвали), not a phase verb with its infinitive; or a
    short passive participle of a speech verb (была опровергнута)."""
    if t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short":
        return t.lemma in ctx.lex.cues or t.lemma in ctx.lex.object_cues  # была опровергнута
    if t.pos not in ("VERB", "AUX") or t.feats.get("VerbForm") != "Fin":
        return False
    nxt = ctx.next_tok(t.i)
    if nxt is not None and nxt.feats.get("VerbForm") == "Inf" and not is_finite_act(ctx, t):
        return False  # продолжит падать: a phase verb, no speech
    return ctx.is_finite_cue(t) or is_finite_object_cue(ctx, t) or is_finite_act(ctx, t)


def _own_subject(ctx: Context, verb: Tok, clause: list[Tok]) -> bool:
    """``verb`` has its subject inside ``clause``: its ``nsubj`` in the parser's tree, or a
    nominative noun, name or pronoun of the clause not after a preposition (the parser
    sometimes hangs that subject on the verb of the clause before: и в связи с этим ряд
    звёзд призвали)."""
    heads = ctx.heads(verb.i)
    inside = {t.i for t in clause}
    if any(h == verb.i and r.startswith("nsubj") and j in inside for j, (h, r) in heads.items()):
        return True
    for prev, t in zip([None, *clause], clause, strict=False):
        if t.pos in SUBJECT_POS and t.feats.get("Case") == "Nom" and t is not verb:
            if prev is None or prev.pos != "ADP":
                return True
    return False


def cut_clauses(ctx: Context, found: list[Quote], read) -> list[Quote]:
    """Content of ``found`` ended before a new clause of its own (``next_clause_start``:
    `C1, факт подтвердили Y`, `C1, по его словам, C2`), and the reports of that clause as
    ``read`` (``indirect.indirect_in_sentence``) finds them there."""
    tails: list[Quote] = []
    for q in found:
        cut = next_clause_start(ctx, q.start, q.stop)
        if cut is None:
            continue
        end, q.stop = q.stop, cut[0]
        tails += [r for r in read(ctx, cut[1], end, None) if r.start >= cut[1]]
    return tails
