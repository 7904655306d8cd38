"""What words put forward consist in (round 10, qg10): `Требования профсоюза заключаются в
том, чтобы C`, `Предложение министерства состоит в том, что C`: a noun of a demand, request
or claim (quote_demand_nouns.txt, quote_request_nouns.txt, quote_claim_nouns.txt) in the
nominative as the subject of `заключаться`/`состоять` + `в том, что/чтобы`: the clause is
the content, the genitive phrase right after the noun (its author) speaks. A noun with no
author named after it (Задача состоит в том, что ...; Его требование ...) reports nothing
here. Tried on a sentence where no other rule found a report."""

from __future__ import annotations

from .lexicons import CLAIM_NOUNS, DEMAND_NOUNS
from .records import Context, Quote, Speaker, Tok, skip_space
from .source_speakers import source_speaker
from .spans import content_end

CONSIST = ("заключаться", "состоять")
THAT = ("что", "чтобы")
SUBJECT_WORDS = 6  # words between the noun and the verb, at most


def rule_consists_in(ctx, toks, start, stop, prev):
    """Требования X заключаются в том, чтобы C: C, said by X."""
    for n, verb in enumerate(toks):
        if verb.lemma not in CONSIST or verb.feats.get("VerbForm") != "Fin":
            continue
        words = [t.low for t in toks[n + 1 : n + 5]]
        if words[:3] != ["в", "том", ","] or len(words) < 4 or words[3] not in THAT:
            continue
        speaker = _author(ctx, toks[max(0, n - SUBJECT_WORDS) : n])
        if speaker is None:
            continue
        begin = skip_space(ctx.text, toks[n + 4].stop)
        end = content_end(ctx, begin, stop)
        if end <= begin:
            return None
        cue = ctx.text[verb.start : toks[n + 4].stop]
        return [Quote(begin, end, "indirect", speaker, cue, "indirect:consists_in")]
    return None


def _author(ctx: Context, before: list[Tok]) -> Speaker | None:
    """The author named in the genitive right after the subject noun before the verb."""
    nouns = DEMAND_NOUNS | CLAIM_NOUNS | ctx.lex.request_nouns
    for k, t in enumerate(before[:-1]):
        if t.lemma not in nouns or t.pos != "NOUN" or t.feats.get("Case") not in ("Nom", None):
            continue
        owner = before[k + 1]
        if owner.pos not in ("NOUN", "PROPN") or owner.feats.get("Case") not in ("Gen", None):
            return None
        if owner.pos == "NOUN" and not _names_someone(ctx, owner):
            return None
        found = source_speaker(ctx, owner.i)  # read like по мнению X: прокурора Ивана Сидорова
        return found if found.name is not None else None
    return None


def _names_someone(ctx: Context, t: Tok) -> bool:
    """A genitive noun that names an author: a person, a body, a named organisation."""
    lex = ctx.lex
    animate = t.feats.get("Animacy") == "Anim"
    return animate or t.lemma in lex.org_roles or ctx.mention_at(t) is not None
