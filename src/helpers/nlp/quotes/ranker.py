"""A second opinion on a quote's speaker: the rule's choice against the person and
organisation mentions around the quote, scored by a logistic model trained on the gold
(``benchmarks/train_speaker_ranker.py``; weights in ``data/quote_speaker_ranker.json``).

Candidates: the rule's speaker (or "no one" when the rule found none) and the PER/ORG
mentions of the quote's sentences, the two sentences before and the headline, one per
name. Features read the language only: distance to the cue verb, subject of the cue in
natasha's tree, nominative case, agreement with the verb, place inside a quotation,
mention type, the previous quote's speaker, the name's frequency and presence in the
headline. The model overrides the rule only when its margin is large (``MARGIN``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ...io.text import fold_text
from .records import NAME_RELS, Context, Mention, Quote, Speaker, Tok, mention_case

FEATURES = (
    "rule",
    "no_one",
    "same_sentence",
    "sentences_back",
    "headline_only",
    "token_distance",
    "after_cue",
    "subject",
    "nominative",
    "agrees",
    "disagrees",
    "inside_quote",
    "organisation",
    "not_mention",
    "previous_speaker",
    "frequency",
    "in_headline",
)
WINDOW = 2  # sentences before the quote's first one
SUBJECT_RELS = ("flat", *NAME_RELS)


@dataclass
class Candidate:
    """One possible speaker: its name (None: no one), where it is written, its features."""

    name: str | None
    start: int | None = None
    stop: int | None = None
    feats: dict[str, float] = field(default_factory=dict)

    def speaker(self) -> Speaker:
        return Speaker(self.name, self.start, self.stop)


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """Weights, intercept, feature names and margin of the trained model; None when absent."""
    path = resources.files("helpers") / "data" / "quote_speaker_ranker.json"
    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        return None
    return model


def logit(model: dict, feats: dict[str, float]) -> float:
    """The model's score of one candidate (log-odds of being the speaker)."""
    return model["intercept"] + sum(
        w * feats[f] for f, w in zip(FEATURES, model["weights"], strict=True)
    )


def cue_token(ctx: Context, q: Quote) -> Tok | None:
    """The speech verb of the quote: a cue token outside the quote near it, preferring one
    written in ``q.cue``."""
    words = set(fold_text(q.cue).split())
    lo = ctx.sentence_of(q.start)[0]
    hi = ctx.sentence_of(max(q.stop - 1, q.start))[1]
    hi = max(hi, ctx.sentence_of(min(q.stop + 1, len(ctx.text) - 1))[1])
    best, best_key = None, None
    for t in ctx.tokens_in(lo, hi):
        if q.start <= t.start < q.stop or not ctx.is_cue(t):
            continue
        gap = q.start - t.stop if t.stop <= q.start else t.start - q.stop
        key = (t.low not in words, gap)
        if best_key is None or key < best_key:
            best, best_key = t, key
    return best


def _sentence_index(ctx: Context, pos: int) -> int:
    for n, (start, stop) in enumerate(ctx.sents):
        if start <= pos < stop:
            return n
    return -1


def _subject_tokens(ctx: Context, cue: Tok) -> set[int]:
    """Tokens that are the cue's nsubj (through conj to the first verb) or attached to it
    as a name or apposition (министр Анна Петрова)."""
    heads = ctx.heads(cue.i)
    verb, found = cue.i, set()
    for _ in range(3):
        found = {j for j, (h, rel) in heads.items() if h == verb and rel == "nsubj"}
        if found:
            break
        head, rel = heads.get(verb, (None, ""))
        if rel != "conj" or head is None:
            break
        verb = head
    found |= {j for j, (h, rel) in heads.items() if h in found and rel in SUBJECT_RELS}
    return found


def _agreement(cue: Tok | None, gender: str | None, plural: bool) -> float:
    """+1 agrees with the cue verb in gender/number, -1 disagrees, 0 cannot tell."""
    if cue is None:
        return 0.0
    number, verb_gender = cue.feats.get("Number"), cue.feats.get("Gender")
    if number == "Plur":
        return 1.0 if plural else -1.0
    if plural and number == "Sing":
        return -1.0
    if verb_gender and gender:
        return 1.0 if verb_gender == gender else -1.0
    return 0.0


def _gender(ctx: Context, m: Mention | None, toks: list[Tok]) -> tuple[str | None, bool]:
    if m is not None and m.type == "PER":
        return m.gender, False
    head = next((t for t in toks if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return None, False
    return head.feats.get("Gender"), head.feats.get("Number") == "Plur"


def _features(ctx, q, cue, subjects, first, start, stop, mention, counts, headline, prev, top):
    toks = ctx.tokens_in(start, stop)
    sent = _sentence_index(ctx, start)
    back = max(first - sent, 0) if sent >= 0 else WINDOW + 1
    anchor = cue.i if cue is not None else (ctx.first_token_after(q.start) or 0)
    k = toks[0].i if toks else anchor
    gender, plural = _gender(ctx, mention, toks)
    agree = _agreement(cue, gender, plural)
    case = (
        mention_case(ctx, mention)
        if mention is not None
        else (toks[0].feats.get("Case") if toks else None)
    )
    name = fold_text(mention.name) if mention is not None else ""
    cue_sent = _sentence_index(ctx, cue.start) if cue is not None else first
    return {
        "same_sentence": float(sent == cue_sent),
        "sentences_back": float(min(back, WINDOW + 1)),
        "headline_only": float(start < headline and first > 0 and back > WINDOW),
        "token_distance": math.log1p(abs(k - anchor)),
        "after_cue": float(cue is not None and k > cue.i),
        "subject": float(any(t.i in subjects for t in toks)),
        "nominative": float(case == "Nom"),
        "agrees": float(agree > 0),
        "disagrees": float(agree < 0),
        "inside_quote": float(q.start <= start < q.stop or ctx.in_quote(start)),
        "organisation": float(mention is not None and mention.type == "ORG"),
        "not_mention": float(mention is None),
        "previous_speaker": float(bool(prev) and name == prev),
        "frequency": math.log1p(counts.get(name, 0)),
        "in_headline": float(name in top),
    }


def headline_names(ctx: Context, headline: int) -> set[str]:
    return {fold_text(m.name) for m in ctx.mentions if m.start < headline}


def candidates(ctx: Context, q: Quote, prev: str | None, parse: bool = True) -> list[Candidate]:
    """The rule's speaker and the mentions around quote ``q``, one per name, with features;
    the rule's own comes first. ``prev``: the folded name of the previous quote's speaker."""
    cue = cue_token(ctx, q)
    subjects = _subject_tokens(ctx, cue) if cue is not None and parse else set()
    first = _sentence_index(ctx, q.start)
    lo = ctx.sents[max(first - WINDOW, 0)][0] if first >= 0 else q.start
    hi = ctx.sentence_of(max(q.stop, cue.stop if cue is not None else 0))[1]
    headline = ctx.text.find("\n") if "\n" in ctx.text else 0
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        counts[fold_text(m.name)] = counts.get(fold_text(m.name), 0) + 1
    rule = q.speaker
    near = [m for m in ctx.mentions if lo <= m.start < hi or m.start < headline]
    ruled = _rule_mention(ctx, rule, near)
    args = (ctx, q, cue, subjects, first)
    rest = (counts, headline, prev, headline_names(ctx, headline))
    if rule.name is None:
        own = Candidate(None, feats=dict.fromkeys(FEATURES[2:], 0.0))
    elif ruled is not None:
        own = Candidate(rule.name, rule.start, rule.stop)
        own.feats = _features(*args, ruled.start, ruled.stop, ruled, *rest)
    elif rule.start is not None and rule.stop is not None:
        own = Candidate(rule.name, rule.start, rule.stop)
        own.feats = _features(*args, rule.start, rule.stop, None, *rest)
        own.feats["previous_speaker"] = float(bool(prev) and fold_text(rule.name) == prev)
    else:
        own = Candidate(rule.name, feats=dict.fromkeys(FEATURES[2:], 0.0))
        own.feats["not_mention"] = 1.0
        own.feats["previous_speaker"] = float(bool(prev) and fold_text(rule.name) == prev)
    own.feats.update(rule=1.0, no_one=float(rule.name is None))
    out = [own]
    seen = {fold_text(rule.name)} if rule.name else set()
    if ruled is not None:
        seen.add(fold_text(ruled.name))
    by_name: dict[str, Candidate] = {}
    for m in near:
        name = fold_text(m.name)
        if name in seen:
            continue
        c = Candidate(m.name, m.start, m.stop, _features(*args, m.start, m.stop, m, *rest))
        c.feats.update(rule=0.0, no_one=0.0)
        old = by_name.get(name)
        if old is None or _closer(c, old):
            by_name[name] = c
    return out + list(by_name.values())


def _closer(a: Candidate, b: Candidate) -> bool:
    """A mention of the same name that tells more: the cue's subject, then the nearer one."""
    ka = (-a.feats["subject"], -a.feats["same_sentence"], a.feats["token_distance"])
    kb = (-b.feats["subject"], -b.feats["same_sentence"], b.feats["token_distance"])
    return ka < kb


def _rule_mention(ctx: Context, rule: Speaker, near: list[Mention]) -> Mention | None:
    """The mention the rule's speaker is written as (its span or its name)."""
    if rule.name is None:
        return None
    if rule.start is not None:
        for m in near:
            if m.start <= rule.start < m.stop or rule.start <= m.start < (rule.stop or 0):
                if fold_text(m.name) == fold_text(rule.name) or m.start == rule.start:
                    return m
    name = fold_text(rule.name)
    return next((m for m in near if fold_text(m.name) == name), None)


MARGIN = "margin"


def candidate_sets(
    ctx: Context, quotes: list[Quote], every: bool = False
) -> Iterator[tuple[Quote, list[Candidate]]]:
    """(quote, candidates) in text order. The previous speaker is read after the caller
    has seen each quote (a speaker it replaced counts); the parser runs only where there
    is a choice, or on every quote with ``every`` (training)."""
    prev = None
    for q in quotes:
        found = candidates(ctx, q, prev, parse=False)
        if every or len(found) > 1:
            found = candidates(ctx, q, prev)
        yield q, found
        prev = fold_text(q.speaker.name) if q.speaker.name else None


def rerank(ctx: Context, quotes: list[Quote]) -> None:
    """Replace a quote's speaker by the model's choice where the model is sure enough
    (its logit beats the rule's by the model's ``margin``); in text order, so the
    previous speaker is the one finally chosen."""
    model = load_model()
    if model is None or model[MARGIN] is None:
        return  # not wired in: no margin in the shipped model (docs/quotes.md)
    for q, found in candidate_sets(ctx, quotes):
        if len(found) > 1:
            scores = [logit(model, c.feats) for c in found]
            best = max(range(len(found)), key=scores.__getitem__)
            if best and scores[best] - scores[0] >= model[MARGIN]:
                q.speaker = found[best].speaker()
