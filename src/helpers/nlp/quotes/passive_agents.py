"""Speech against something in the passive with its agent (round 9 part 2): `Закон широко
критиковался правозащитниками`, `Эта версия была опровергнута полицией`: the subject that
opens the clause is the content of an indirect report, the agent in the instrumental right
after the verb its speaker. The verbs are data (quote_passive_agent_verbs.txt); a finite
reflexive passive (критиковался) or a short passive participle (раскритикован) reads."""

from __future__ import annotations

from .criticism import opening_subject
from .lexicons import PASSIVE_AGENT_VERBS as VERBS
from .records import Context, Quote, Speaker, Tok
from .roles import nominative, role_phrase

IN = ("в", "во")
AGENT_WINDOW = 3  # words between the verb and its agent (резко, публично; adjectives)


def rule_passive_agent(ctx: Context, toks: list[Tok], start: int, stop: int, prev):
    for n, verb in enumerate(toks):
        if verb.pos != "VERB":
            continue  # neither an accusing participle nor a passive of speech
        accused = _accused_by(ctx, toks, n)
        if accused is not None:
            return accused
        if not _passive_speech(verb):
            continue
        agent = _agent(ctx, toks[n + 1 : n + 1 + AGENT_WINDOW + 1])
        if agent is None:
            continue
        before = toks[:n]
        while before and (before[-1].pos in ("AUX", "ADV") or before[-1].lemma == "быть"):
            before = before[:-1]  # был, широко, неоднократно
        subject = opening_subject(before)
        if subject is None or not any(t.feats.get("Case") == "Nom" for t in subject):
            continue
        if not any(t.pos in ("NOUN", "PROPN") for t in subject):
            continue  # она была опровергнута X: what it stands for is elsewhere
        m = ctx.mention_at(agent)
        if m is not None and m.type in ("ORG", "PER"):
            speaker = Speaker(m.name, m.start, m.stop)
        else:
            phrase = role_phrase(ctx, agent.i)  # its adjectives before it included
            speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
        rule = "indirect:passive_agent"
        return [Quote(subject[0].start, subject[-1].stop, "indirect", speaker, verb.text, rule)]
    return None


def _accused_by(ctx: Context, toks: list[Tok], n: int) -> list[Quote] | None:
    """A full passive participle of accusing with its agent and its `в` phrase (X, обвиняемый
    властями США в отмывании денег, ...; quote_pp_cues with `в`): the charge as the agent
    worded it, up to the end of the participial phrase; with no agent (обвиняемый в убийстве)
    it is a legal status, no report."""
    verb = toks[n]
    feats = verb.feats
    if verb.pos != "VERB" or feats.get("VerbForm") != "Part" or feats.get("Voice") != "Pass":
        return None
    if feats.get("Variant") == "Short" or (verb.lemma, "в") not in ctx.lex.pp_cues:
        return None
    agent = _agent(ctx, toks[n + 1 : n + 1 + AGENT_WINDOW + 1])
    if agent is None:
        return None
    m = ctx.mention_at(agent)
    phrase = role_phrase(ctx, agent.i)
    prep = next((k for k in range(agent.i - toks[0].i + 1, len(toks)) if toks[k].low in IN), None)
    if prep is None or any(t.text == "," for t in toks[n + 1 : prep]) or prep + 1 >= len(toks):
        return None
    if phrase[-1].i >= toks[prep].i:
        phrase = [t for t in phrase if t.i < toks[prep].i]
    if m is not None and m.type in ("ORG", "PER"):
        speaker = Speaker(m.name, m.start, m.stop)
    else:
        speaker = Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    content = []
    for t in toks[prep + 1 :]:
        if t.text in (",", ";", ")") or (t.pos == "PUNCT" and t.text in ".!?"):
            break
        content.append(t)
    if not content:
        return None
    rule = "indirect:accused_by"
    return [Quote(content[0].start, content[-1].stop, "indirect", speaker, verb.text, rule)]


def _passive_speech(verb: Tok) -> bool:
    """A passive of a verb of ``VERBS``: finite reflexive or short participle."""
    if verb.pos != "VERB" or verb.feats.get("Voice") != "Pass":
        return False
    lemma = verb.lemma[:-2] if verb.lemma.endswith("ся") else verb.lemma
    if lemma not in VERBS:
        return False
    form = verb.feats.get("VerbForm")
    return form == "Fin" or (form == "Part" and verb.feats.get("Variant") == "Short")


def _agent(ctx: Context, after: list[Tok]) -> Tok | None:
    """The agent right after the verb (past adverbs): an instrumental noun of a person or
    body (animate, or a name the entity pass found), not a prepositional phrase."""
    for t in after:
        if t.pos == "ADV" or (t.pos == "ADJ" and t.feats.get("Case") == "Ins"):
            continue  # резко; туристическими агентствами
        if t.pos not in ("NOUN", "PROPN") or t.feats.get("Case") != "Ins":
            return None
        m = ctx.mention_at(t)
        if t.feats.get("Animacy") == "Anim" or (m is not None and m.type in ("ORG", "PER")):
            return t
        return t if t.lemma in ctx.lex.org_roles else None
    return None
