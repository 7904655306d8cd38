"""Impersonal naming (round 10): a passive of naming or mentioning with no agent reports what
unnamed sources said, as impersonal `называют` does (the guideline), so the clause is an
indirect quote with a null speaker:
- a reflexive passive in the past with an instrumental predicate (X назывался главным
  наследником) or, in any tense, with a `среди` phrase (Среди причин упоминался также
  конфликт с министром; среди партнёров назывались страны ...);
- a short passive participle of naming whose instrumental is an explanation noun (Причиной
  аварии (были) названы ошибки пилота; quote_explained_nouns.txt).
Not: a name given (назывался «Ладога», был назван в честь деда: no instrumental common noun),
an award or title (Человеком года назван X: no explanation noun), a negated verb, a passive
with its agent (была названа комитетом ...: the agent's own report, left to other rules)."""

from __future__ import annotations

from .lexicons import EXPLAINED_NOUNS, NAMING, NAMING_PASSIVES
from .records import Context, Quote, Speaker, Tok, negated, skip_space
from .spans import content_end

WINDOW = 5  # words between the verb and its instrumental predicate (главным наследником)
AMONG = "среди"


def rule_impersonal_naming(ctx: Context, toks: list[Tok], start: int, stop: int, prev):
    for n, verb in enumerate(toks):
        if verb.lemma not in NAMING_PASSIVES and verb.lemma not in NAMING:
            continue  # neither branch below could fire
        if negated(ctx, verb):
            continue
        if verb.lemma in NAMING_PASSIVES and verb.feats.get("VerbForm") == "Fin":
            among = any(t.low == AMONG for t in toks[:n])
            past = verb.feats.get("Tense") == "Past"
            predicate = _instrumental(toks, n)
            if not among and not (past and predicate is not None):
                continue
        elif _short_passive(verb) and verb.lemma in NAMING:
            predicate = _explanation(toks, n)
            if predicate is None:
                continue
        else:
            continue
        if _agent(ctx, toks, n, predicate):
            return None
        words_ = [t for t in toks if t.pos != "PUNCT"]
        if not words_:
            return None
        begin = skip_space(ctx.text, words_[0].start)
        end = content_end(ctx, begin, stop)
        if end <= verb.stop:
            return None  # the naming verb ends the clause: nothing named
        aux = toks[n - 1] if n and toks[n - 1].lemma == "быть" else None
        cue = ctx.text[aux.start : verb.stop] if aux else verb.text
        return [Quote(begin, end, "indirect", Speaker(None), cue, "indirect:impersonal_naming")]
    return None


def _short_passive(t: Tok) -> bool:
    """A short passive participle (назван, названа, названы)."""
    f = t.feats
    return f.get("VerbForm") == "Part" and f.get("Variant") == "Short" and f.get("Voice") == "Pass"


def _instrumental(toks: list[Tok], n: int) -> Tok | None:
    """The instrumental common noun that the naming verb at ``n`` predicates, within WINDOW
    words after it or before it (past adjectives, adverbs and genitives): Причиной смерти
    футболиста названа,
    назывался главным наследником. A capitalised noun is a title (Человеком года)."""
    after = toks[n + 1 : n + 1 + WINDOW]
    before = list(reversed(toks[max(0, n - WINDOW) : n]))
    for side in (after, before):
        for t in side:
            if t.pos == "NOUN" and t.feats.get("Case") == "Ins":
                if not t.text.islower() and t.i != toks[0].i:
                    return None
                return t
            if t.feats.get("Case") == "Gen" and t.pos in ("NOUN", "PROPN", "PRON", "ADJ"):
                continue  # Причиной смерти футболиста названа: the noun's genitive
            if t.pos not in ("ADJ", "ADV", "DET", "AUX", "PART", "PRON"):
                break
    return None


def _explanation(toks: list[Tok], n: int) -> Tok | None:
    """The explanation noun in the instrumental that the participle at ``n`` predicates:
    before it anywhere in the clause (Причиной пожара на складе названо ...) or right after
    it (назван виновником аварии)."""
    for m, t in enumerate(toks[: n + 1 + WINDOW]):
        if t.lemma in EXPLAINED_NOUNS and t.feats.get("Case") == "Ins" and not _in_pp(toks, m):
            return t
    return None


def _agent(ctx: Context, toks: list[Tok], n: int, predicate: Tok | None) -> bool:
    """An instrumental person or organisation outside a prepositional phrase in the clause,
    other than the predicate: the passive's agent (была названа комитетом)."""
    for m, t in enumerate(toks):
        if t is predicate or t.feats.get("Case") != "Ins" or m == n:
            continue
        if _in_pp(toks, m):
            continue
        mention = ctx.mention_at(t)
        if (mention is not None and mention.type in ("PER", "ORG")) or (
            t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"
        ):
            return True
    return False


def _in_pp(toks: list[Tok], m: int) -> bool:
    """Whether the word at ``m`` is inside a prepositional phrase (с вице-премьером Ольгой
    Голодец): a preposition before it past nouns, names and their modifiers."""
    for t in reversed(toks[:m]):
        if t.pos == "ADP":
            return True
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET"):
            return False
    return False
