"""Short utterances marked as spoken (round 7): the quoted words right after a verb of
uttering (`X крикнул «Стой!»`, `прошептала «Прощай»`, `ответил «нет»`; lemmas in
quote_utterance_cues.txt) or after `с` + a noun of utterance (`обратился к залу со словами
«Спасибо»`, `вышли с криками «Q»`, `с подписью: «Q»`; quote_utterance_nouns.txt; round 8:
a written text carried or worn, `вышли с плакатами «Q»`, `в футболках с надписью «Q»`,
quote_inscription_nouns.txt, when the subject names people; round 10: the noun in the
instrumental with no `с`, `закончил речь словами «Q»`, `письма, которые оканчивались словами
«Q1» и «Q2»`, the writer named in the host clause), however short: the verb names them as said, so no three-word minimum applies. The subject of
the verb speaks; not a quote found already, not a name or title in the marks."""

from __future__ import annotations

from .attributions import LIST_GAP
from .lexicons import INSCRIPTION_NOUNS, UTTERANCE_CUES, UTTERANCE_NOUNS
from .marks import Quoted
from .plural_sources import person_like
from .records import Context, Quote, Tok, negated
from .subjects import speaker_of

RULE = "direct:uttered"


def uttered(ctx: Context, spans: list[Quoted]) -> list[Quote]:
    out = []
    for q in spans:
        if ctx.in_quote(q.start) or q.stop <= q.start or "\n" in ctx.text[q.start : q.stop]:
            continue
        k = ctx.first_token_after(q.start) if q.start > 0 else None
        if k is None or k < 2:
            continue
        cue = _cue_before(ctx, k - 1)  # k - 1: the opening mark
        if cue is None and (joined := _joined(ctx, q, out)) is not None:
            out.append(joined)  # словами «Q1» и «Q2»: the next words said, by the same speaker
            ctx.quoted.append((q.start - 1, q.stop + 1))
            continue
        if cue is None or _named(ctx, q):
            continue
        said = (q.start - 1, q.stop + 1)
        ctx.quoted.append(said)  # the words said are not their speaker (кричал «Бог велик»)
        speaker = speaker_of(ctx, cue.i)
        if speaker.name is None and (outer := _relative_host(ctx, cue)) is not None:
            speaker = speaker_of(ctx, outer.i)  # акцию, во время которой исполнили песню
        ctx.quoted.remove(said)
        if speaker.name is None or (_inscribed(ctx, k - 1) and not _people(ctx, speaker)):
            continue
        out.append(Quote(q.start, q.stop, "direct", speaker, cue.text, RULE))
        ctx.quoted.append((q.start - 1, q.stop + 1))
        ctx.spoken.append((q.start, speaker))
    return out


def _joined(ctx: Context, q: Quoted, out: list[Quote]) -> Quote | None:
    """A quote joined to the uttered quote just before it by only `и` or a comma (кричали
    «Q1» и «Q2»): said by the same speaker, with the same cue."""
    if not out or _named(ctx, q):
        return None
    last = out[-1]
    if not LIST_GAP.fullmatch(ctx.text[last.stop + 1 : q.start - 1]):
        return None
    return Quote(q.start, q.stop, "direct", last.speaker, last.cue, RULE)


def _cue_before(ctx: Context, mark: int) -> Tok | None:
    """The verb of uttering right before the opening mark at ``mark`` (an adverb may stand
    between: крикнул громко «Стой!»), or the finite verb of `со словами` before it."""
    if mark < 3:
        return None
    if ctx.toks[mark].pos != "PUNCT":
        return None
    before = ctx.toks[mark - 1]
    if before.pos == "ADV" and mark >= 2:
        before = ctx.toks[mark - 2]
    if before.lemma in UTTERANCE_CUES and before.pos == "VERB":
        form = before.feats.get("VerbForm")
        return before if form in ("Fin", "Conv") and not negated(ctx, before) else None
    j = mark - 1 if ctx.toks[mark - 1].text == ":" else mark  # с подписью: «Q»
    noun, prep = ctx.toks[j - 1], ctx.toks[j - 2] if j >= 2 else None
    nouns = UTTERANCE_NOUNS | INSCRIPTION_NOUNS
    if prep is not None and prep.low in ("с", "со") and noun.lemma in nouns:
        return _clause_verb(ctx, prep.i) if noun.feats.get("Case") == "Ins" else None
    if noun.lemma in UTTERANCE_NOUNS and noun.feats.get("Case") == "Ins":
        return _ended_with(ctx, noun)
    return None


def _ended_with(ctx: Context, noun: Tok) -> Tok | None:
    """A noun of utterance in the instrumental governed by a verb with no `с` (закончил речь
    словами «Q», письма, которые оканчивались словами «Q»): the finite verb, its object
    between at most; in a relative clause whose `который` is its subject (the text that
    ends with the words), the host clause's verb, whose subject wrote the text."""
    j = noun.i - 1
    if j >= 0 and ctx.toks[j].pos == "NOUN" and ctx.toks[j].feats.get("Case") == "Acc":
        j -= 1  # закончил речь словами
    verb = ctx.toks[j] if j >= 0 else None
    if verb is None or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
        return None
    if negated(ctx, verb):
        return None
    rel = ctx.toks[j - 1] if j >= 1 else None
    if rel is None or rel.lemma != "который":
        return verb if _clause_verb(ctx, verb.i + 1) is verb else None
    if rel.feats.get("Case") not in ("Nom", None) or j < 3 or ctx.toks[j - 2].text != ",":
        return None
    host = _clause_verb(ctx, j - 2)
    return host if host is not None and _host_person(ctx, host) else None


def _host_person(ctx: Context, host: Tok) -> bool:
    """The host clause's subject is named in its own sentence and names people (Иван
    Петров, студенты): a pronoun resolved further back is too weak a guess for the writer."""
    found = speaker_of(ctx, host.i)
    start, _ = ctx.sentence_of(host.start)
    if found.name is None or found.start is None or found.start < start:
        return False
    return _people(ctx, found)


def _inscribed(ctx: Context, mark: int) -> bool:
    """The opening mark at ``mark`` follows a noun of a written text (с плакатом «Q»)."""
    j = mark - 1 if ctx.toks[mark - 1].text == ":" else mark
    return ctx.toks[j - 1].lemma in INSCRIPTION_NOUNS


def _people(ctx: Context, speaker) -> bool:
    """The speaker's phrase names people (its first noun is person-like); a speaker found
    through an earlier mention (no phrase here) is taken as named."""
    if speaker.start is None or speaker.stop is None:
        return True
    phrase = [t for t in ctx.tokens_in(speaker.start, speaker.stop) if t.pos != "PUNCT"]
    nouns = [t for t in phrase if t.pos in ("NOUN", "PROPN")]
    if nouns:
        return person_like(nouns[0])
    return bool(phrase)  # протестующие, они: a participle or pronoun standing for people


def _relative_host(ctx: Context, verb: Tok) -> Tok | None:
    """``verb`` with no subject of its own in a relative clause whose `который` is oblique
    (провели акцию, во время которой исполнили песню): the subject is the host clause's, so
    its finite verb (agreeing in number) before the clause's comma."""
    start, _ = ctx.sentence_of(verb.start)
    before = ctx.tokens_in(start, verb.start)
    rel = next((t for t in reversed(before) if t.lemma == "который"), None)
    if rel is None or rel.feats.get("Case") in ("Nom", None):
        return None
    if any(
        t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom"
        for t in before
        if t.start > rel.start
    ):
        return None  # в которой участники исполнили: a subject of its own
    comma = next((t for t in reversed(before) if t.start < rel.start and t.text == ","), None)
    if comma is None or rel.i - comma.i > 3:
        return None
    host = _clause_verb(ctx, comma.i)
    if host is None or host.feats.get("Number") != verb.feats.get("Number"):
        return None
    return host


def _clause_verb(ctx: Context, k: int) -> Tok | None:
    """The finite verb of the clause before ``k`` (обратился к залу со словами), not in a
    relative clause (смс, которые оканчивались словами)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    for t in reversed(ctx.tokens_in(start, ctx.toks[k].start)):
        if t.text in ",;:" or t.lemma == "который":
            return None
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            return None if negated(ctx, t) else t
    return None


def _named(ctx: Context, q: Quoted) -> bool:
    """A name in the marks (ответил «Интерфаксу», прокричал «Спартак»): a mention of a person
    or organisation, or one word that is a proper name or not in the nominative (without an
    exclamation or question mark)."""
    if any(m.start <= q.start and q.stop <= m.stop for m in ctx.mentions):
        return True
    if ctx.text[q.start : q.stop].rstrip().endswith(("!", "?", "…")):
        return False  # «Ура!», «Стой!»: an exclamation is said, whatever its tags
    words_ = [t for t in ctx.tokens_in(q.start, q.stop) if t.pos != "PUNCT"]
    if len(words_) == 1 and words_[0].pos == "PROPN":
        return True
    return len(words_) == 1 and words_[0].feats.get("Case") in ("Dat", "Gen", "Ins", "Loc")
