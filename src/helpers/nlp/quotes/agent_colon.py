"""A colon line that names words put forward and their author as the agent of a passive
participle (round 9): `Среди требований, выдвинутых участниками митинга: «Q1», «Q2»`,
`Заявление, сделанное пресс-секретарём клуба: «Q»`. The line has no finite verb; a noun of a
statement or of a demand (quote_demand_nouns) is followed by a passive participle and the
instrumental noun phrase of its agent: that phrase, in the nominative, speaks
(``direct:agent_colon``); the quotes listed after the first go on with it (``direct:listed``)."""

from __future__ import annotations

from .attributions import STATEMENT_NOUNS, colon_lead
from .lexicons import DEMAND_NOUNS as DEMANDS
from .records import Context, Quote, Speaker
from .roles import nominative, role_phrase

DEMAND_NOUNS = DEMANDS | frozenset(STATEMENT_NOUNS)
PARTICIPLE_REACH = 3  # tokens between the noun and its participle at most (требований, выдвинутых)


def agent_colon(ctx: Context, m) -> Quote | None:
    lead = colon_lead(ctx, m)
    if not lead.endswith(":") or m.n_words < 3:
        return None
    start, _ = ctx.sentence_of(max(len(lead) - 1, 0))
    line = ctx.text.rfind("\n", 0, len(lead)) + 1
    toks = ctx.tokens_in(max(start, line), len(lead))
    if any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in toks):
        return None  # a clause of its own: the verb frames read it
    for n, noun in enumerate(toks):
        if noun.pos != "NOUN" or noun.lemma not in DEMAND_NOUNS:
            continue
        for p, part in enumerate(toks[n + 1 : n + 1 + PARTICIPLE_REACH], start=n + 1):
            if part.pos == "VERB" and part.feats.get("VerbForm") == "Part":
                if part.feats.get("Voice") != "Pass":
                    break
                agent = _agent(ctx, toks[p + 1 :])
                if agent is None:
                    break
                phrase = role_phrase(ctx, agent.i)
                speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
                return m.quote(speaker, part.text)
            if part.pos not in ("PUNCT", "ADV"):
                break
    return None


def _agent(ctx: Context, rest):
    """The first noun after the participle, if it is in the instrumental (the agent); an
    adverb or an adjective may stand before it (выдвинутых ранее местными жителями)."""
    for t in rest:
        if t.pos in ("NOUN", "PROPN"):
            return t if t.feats.get("Case") == "Ins" else None
        if t.pos not in ("ADV", "ADJ", "DET"):
            return None
    return None
