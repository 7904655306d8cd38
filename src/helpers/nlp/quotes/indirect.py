"""Indirect speech, sentence by sentence: the sentence rules of ``INDIRECT_RULES``
(по словам X, как сообщил X, C, заявил X, об этом сообщил X, X заявил, что C ...), first
that fires wins; and a headline `X: claim`.
"""

from __future__ import annotations

from ...io.text import fold_text
from .about_dates import (
    announces_next,
    clause_before_about,
    demonstrative_about,
    words_after_about,
)
from .addressees import ends_topic
from .blame import rule_blame
from .bound_sources import bound_to_noun
from .captions import only_names
from .clauses import cut_clauses
from .consists_in import rule_consists_in
from .criticism import rule_criticised_for, rule_criticism
from .cues import (
    is_predicate,
    source_cue,
    source_phrase,
)
from .document_sources import document_speaker
from .fronted_clause import after_comma
from .headline_roles import headline_head, headline_role
from .impersonal_naming import rule_impersonal_naming
from .inserted_cues import (
    LEAD_WORDS,
    after_source,
    clause_start,
    rule_inserted_cue,
    rule_kak,
    rule_parenthetical,
    rule_postposed,
    subject_lead,
)
from .leads import clause_lead
from .lexicons import ANAPHORIC
from .marks import words
from .nested import inner_reports
from .official import rule_official
from .passive_agents import rule_passive_agent
from .pointing import anaphoric_cue, anaphoric_object_cue, own_event, restated_view_cue, so_cue
from .records import WORDS_AT, Context, Frame, Mention, Quote, Speaker, Tok, negated, skip_space
from .reports import rule_known_to
from .seen_in import rule_seen_in
from .source_speakers import source_speaker
from .spans import content_end, lead_trim, trim_end
from .stance import rule_stance
from .subjects import speaker_of
from .subordinate import main_clauses
from .topics import fronted_opening
from .verbs import indefinite_plural, rule_that
from .with_noun import rule_announcement, rule_with_noun


def indirect_in_sentence(ctx: Context, start: int, stop: int, prev: tuple[int, int] | None):
    """Indirect quotes of one sentence, first rule of ``INDIRECT_RULES`` that fires wins."""
    toks = ctx.tokens_in(start, stop)
    quoted = [(a, b) for a, b in ctx.quoted if a < stop and b > start]  # those in the sentence
    if quoted:
        toks = [t for t in toks if not any(a <= t.start < b for a, b in quoted)]
    if not toks:
        return []
    for rule in INDIRECT_RULES:
        found = _named(rule, rule.match(ctx, toks, start, stop, prev))
        if found and rule.match is rule_about_this:
            return found + later_clause(ctx, toks, start, stop)
        if found:
            found = earlier_clause(ctx, rule, toks, start, found[0].start, prev) + found
            tails = cut_clauses(ctx, found, indirect_in_sentence)
            return sorted(found + inner_reports(ctx, found) + tails, key=lambda q: q.start)
    return []


def later_clause(ctx: Context, toks: list[Tok], start: int, stop: int) -> list[Quote]:
    """A `что` report of its own in a sentence whose verb points back (X опровергла эту
    информацию, сообщив, что C; О своих планах X рассказала, добавив, что C)."""
    found = _named(VERB_RULE, rule_that(ctx, toks, start, stop, None)) or []
    return [q for q in found if q.rule == "indirect:chto_clause" and q.start >= start]


def _named(rule: Frame, found: list[Quote] | None) -> list[Quote] | None:
    """Quotes of ``rule`` named after it, unless a frame inside it named them."""
    for q in found or []:
        q.rule = q.rule or rule.name
    return found


def earlier_clause(ctx: Context, fired: Frame, toks: list[Tok], start: int, begin: int, prev):
    """Reported speech in the clauses before content found by rule ``fired`` that starts at
    ``begin`` (Как отметили в X, C1, однако C2, по информации Y: two records)."""
    head = [t for t in toks if t.stop <= begin]
    if len(words(ctx.text[start:begin])) < 6 or fired.match is rule_about_this:
        return []
    for rule in INDIRECT_RULES:
        if rule is fired or rule.match is rule_about_this:
            continue
        found = _named(rule, rule.match(ctx, head, start, head[-1].stop, prev))
        if found:
            for q in found:
                q.stop = trim_end(ctx, q.start, min(q.stop, begin))
            return [q for q in found if len(words(ctx.text[q.start : q.stop])) >= 2]
    return []


def rule_source_phrase(ctx, toks, start, stop, prev):
    """По словам X, C. / C, по словам X, C2."""
    found = source_phrase(ctx, start, stop)
    if not found or ctx.in_quote(ctx.toks[found[0]].start):
        return None
    a, noun, k = found
    if bound_to_noun(ctx, a, noun):  # чемпион мира по версии WBC: a title, not a source
        return None
    cue = next((t for t in toks if t.i < a and ctx.is_finite_cue(t)), None)
    if cue is not None and any(t.low == "что" for t in toks if cue.i < t.i < a):
        return None  # спросил, что по его мнению ...: the verb's clause holds the phrase
    document = document_speaker(ctx, a, k)
    speaker = document or source_speaker(ctx, k)
    if speaker.name is None:
        return None
    cue = source_cue(ctx, a, noun)
    colon = next((t for t in reversed(toks) if t.i < a and t.text in (":", ";")), None)
    if colon is not None:  # X не согласны: по их словам, C: the clause after the colon
        start, toks = colon.stop, [t for t in toks if t.i > colon.i]
    lead = [t for t in toks if t.start < ctx.toks[a].start and t.pos != "PUNCT"]
    if subject_lead(lead) and ctx.text[ctx.toks[a].start - 2 : ctx.toks[a].start - 1] == ",":
        begin = start  # Экономика, по мнению экспертов, восстановится: the whole clause
    elif len(lead) <= LEAD_WORDS and clause_lead([t for t in toks if t.start < ctx.toks[a].start]):
        begin = start  # Всего, по данным X, задержаны 30 человек: the lead is the clause's
    elif len(lead) <= LEAD_WORDS and not any(t.pos in ("VERB", "AUX") for t in lead):
        begin = after_source(ctx, max(k, noun), speaker, stop)  # (При этом,) по словам X, C
        if begin is None:
            return None
    else:
        begin = clause_start(ctx, start, ctx.toks[a].start)
        if not WORDS_AT.search(ctx.text, begin, ctx.toks[a].start):
            begin = after_source(ctx, max(k, noun), speaker, stop)  # ..., хотя, по словам X, C
            if begin is None:
                return None
    begin = skip_space(ctx.text, begin)
    rule = "indirect:document_source" if document else ""
    if a != noun and ctx.toks[a].low not in ctx.lex.source_preps:
        rule = "indirect:paired_source"  # на взгляд X, в соответствии с данными X
    end, at = content_end(ctx, begin, stop), ctx.toks[a].start
    comma = ctx.text.rfind(",", begin, at)
    if begin < comma and at < end and "," not in ctx.text[at:end]:  # C, по данным X.: last
        end = comma
    return [Quote(begin, end, "indirect", speaker, cue, rule)]


WHAT = ("чём", "чем")  # the relative `о чём`: it points to the clause before its comma


def relative_about(toks: list[Tok]) -> int | None:
    """The index of `о` in a relative `, о чём` (C, о чём сообщил X), or None."""
    for n, t in enumerate(toks[1:-1], 1):
        if t.low == "о" and toks[n + 1].low in WHAT and toks[n - 1].text == ",":
            return n
    return None


def rule_about_this(ctx, toks, start, stop, prev):
    """Об этом сообщил X. / X сообщил об этом в Instagram. -> the previous sentence (also
    a sentence that is only the verb and its source, or points back: подтвердили эту
    информацию)."""
    about = [
        n for n, t in enumerate(toks[:-1]) if t.low in ("об", "о") and toks[n + 1].low == "этом"
    ]
    if not about and (n := relative_about(toks)) is not None:
        mark = clause_before_about(toks, n, ctx.is_finite_cue)  # C, о чём сообщил X
        return None if mark is None else _about_clause(ctx, toks, n, mark)
    if about and demonstrative_about(toks, about[0]):
        return None
    if about and (mark := clause_before_about(toks, about[0], ctx.is_finite_cue)) is not None:
        found = _about_clause(ctx, toks, about[0], mark)  # C, об этом заявил X: one sentence
        if found is not None:
            return found
    if not about and (found := _restated_clause(ctx, toks)) is not None:
        return found  # C — такой прогноз дал X; C, так считает X: one sentence
    if prev is None or ctx.in_quote(prev[0]) or announces_next(toks):
        return None
    if about:
        n = about[0]
        after = words_after_about(toks, n)  # Об этом нынешний российский президент заявил
        near = toks[max(0, n - 3) : n] + after
        cue = next((t for t in near if ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal), None)
        rule = "indirect:ob_etom"
    elif (cue := anaphoric_cue(ctx, toks)) is not None:
        rule = "indirect:anaphoric_cue"  # О своих планах X рассказал; Рассказала X.
    elif (cue := anaphoric_object_cue(ctx, toks)) is not None:
        rule = "indirect:anaphoric_object"  # В МВД подтвердили эту информацию
    elif (cue := so_cue(ctx, toks)) is not None:
        rule = "indirect:so_said"  # Так считают аналитики банка
    else:
        cue = restated_view_cue(ctx, toks)
        rule = "indirect:restated_view"  # Такое мнение высказал X
    if cue is None:
        return None
    if rule != "indirect:ob_etom" and any(start <= a < cue.start for a, _ in ctx.quoted):
        return None  # «Q», — заявила актриса: the verb attributes the quote before it
    speaker = speaker_of(ctx, cue.i)
    begin = paragraph_before(ctx, start, prev)
    end = content_end(ctx, begin, prev[1])
    if only_names(ctx, begin, end):
        return None  # a caption line with a name (Уитни Хьюстон): no statement to report
    return [Quote(begin, end, "indirect", speaker, cue.text, rule)]


def _about_clause(ctx: Context, toks: list[Tok], n: int, mark: int) -> list[Quote] | None:
    """`C, об этом сообщил X` / `C — об этом заявил X`: the clause before the mark; [] when
    no source is named; None when the subject stands before the mark (`X, которого считают
    ..., объявил об этом`: `об этом` points to the sentence before)."""
    near = toks[max(0, n - 1) : n] + words_after_about(toks, n)
    cue = next((t for t in near if ctx.is_finite_cue(t) or t.low in ctx.lex.impersonal), None)
    if cue is None or ctx.in_quote(toks[0].start):
        return None
    speaker = speaker_of(ctx, cue.i)
    if speaker.name is None and cue.low not in ctx.lex.impersonal:
        return []  # об этом говорят исследования: no source the rules can name
    if speaker.start is not None and speaker.start < toks[mark].start:
        return None  # X, которого считают ..., объявил об этом: the subject, no content
    begin = toks[0].start
    end = trim_end(ctx, begin, toks[mark].start)
    return [Quote(begin, end, "indirect", speaker, cue.text, "indirect:ob_etom")]


def _restated_clause(ctx: Context, toks: list[Tok]) -> list[Quote] | None:
    """`C — такой прогноз дал X`, `C, так считает X`: a clause after a dash or comma that
    points back as a sentence of its own would (pointing.restated_view_cue, so_cue) reports
    the clause before the mark; [] when no source is named."""
    for m, t in enumerate(toks[3:-2], 3):
        if (t.text != "," and t.text not in ctx.lex.dashes) or ctx.in_quote(t.start):
            continue
        rest = toks[m + 1 :]
        rule = "indirect:restated_view"
        if (cue := restated_view_cue(ctx, rest)) is None:
            cue, rule = so_cue(ctx, rest), "indirect:so_said"
        if cue is None:
            continue
        speaker = speaker_of(ctx, cue.i)
        if speaker.name is None:
            return []
        begin = toks[0].start
        return [Quote(begin, trim_end(ctx, begin, t.start), "indirect", speaker, cue.text, rule)]
    return None


PARAGRAPH_SENTENCES = 3  # at most this many sentences of a paragraph make one reported content


def paragraph_before(ctx: Context, start: int, prev: tuple[int, int]) -> int:
    """`Об этом сообщил X` opening a paragraph reports the whole paragraph before it (up to
    three sentences, none of them a quote already); otherwise the previous sentence."""
    if ctx.text[ctx.text.rfind("\n", 0, start) + 1 : start].strip():
        return prev[0]
    line = ctx.text.rfind("\n", 0, prev[0]) + 1
    sents = [a for a, b in ctx.sents if line <= a <= prev[0]]
    if len(sents) > PARAGRAPH_SENTENCES or ctx.in_quote(line):
        return prev[0]
    if any(line <= pos < prev[0] for pos, _ in ctx.spoken):
        return prev[0]
    return sents[0] if sents else prev[0]


def rule_fronted_about(ctx, toks, start, stop, prev):
    """О смерти X сообщили её родственники: noun-phrase content before the verb."""
    words_ = [t for t in toks if t.pos != "PUNCT"]
    lead = next((n for n, t in enumerate(words_[:3]) if t.low in ("о", "об")), 0)
    if len(words_) > lead + 2 and fronted_opening(ctx, words_[:lead]):
        words_ = words_[lead:]  # Впервые о законе президент заявил; Таким образом, о ...
    if len(words_) < 3 or words_[0].low not in ("о", "об"):
        return None
    if words_[1].lemma in ANAPHORIC and not own_event(words_[1:]):
        return None  # Об этом сообщил X, О своих планах X рассказал: the content is elsewhere
    if words_[1].low in ("этом", "том", "нем", "ней", "них", *WHAT):
        return None  # Об этом сообщил X, о том, что ...: the content is elsewhere
    if words_[1].lemma == "который":
        return None  # письмо, о котором говорил X: the noun before it is a topic
    n = next((n for n, t in enumerate(words_[2:10], 2) if ctx.is_finite_cue(t)), None)
    finite = [t for t in words_[1:n] if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
    if n is None or negated(ctx, words_[n]) or finite:  # о готовящемся законе, о намерении уйти
        return None
    cue = words_[n]
    speaker = speaker_of(ctx, cue.i)
    if speaker.name is None and not indefinite_plural(ctx, cue):
        return None  # (Официально) о свадьбе объявили: reported, the source unnamed
    last = words_[1]
    for t in words_[2:n]:  # О законе (79-летний) президент заявил: ends before the subject
        if (
            t.feats.get("Case") == "Nom"
            and t.pos in NOMINAL
            or t.pos == "ADV"
            or ends_topic(ctx, t.i)
        ):
            break  # (в полицию): an addressee
        last = t
    end = trim_end(ctx, words_[0].start, last.stop)
    later = [q for q in later_clause(ctx, toks, start, stop) if _by_gerund(ctx, q, cue.stop)]
    return [Quote(words_[0].start, end, "indirect", speaker, cue.text), *later]  # , сообщив, что C


def _by_gerund(ctx: Context, q: Quote, after: int) -> bool:
    """``q`` is reported by a gerund after ``after`` (объявила ..., сообщив, что C): the
    speaker's own second report; not a participle's (сотрудники, обнаружившие, что C)."""
    verbs = [t for t in ctx.tokens_in(after, q.start) if t.text == q.cue]
    return bool(verbs) and verbs[-1].feats.get("VerbForm") == "Conv"


# words that open the subject after a fronted `о` phrase (its own words are prepositional)
NOMINAL = ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM")

# tried in order on each sentence; the first that finds something wins (rule_that's quotes
# are named by the frame of verbs.VERB_FRAMES or the noun frame that found them)
INDIRECT_RULES = (
    Frame("indirect:po_slovam", rule_source_phrase),
    Frame("indirect:official", rule_official),
    Frame("indirect:kak_soobshil", rule_kak),
    Frame("indirect:known_to", rule_known_to),
    Frame("indirect:inserted_cue", rule_inserted_cue),
    Frame("indirect:parenthetical", rule_parenthetical),
    Frame("indirect:ob_etom", rule_about_this),
    Frame("indirect:fronted_about", rule_fronted_about),
    Frame("indirect:fronted_about_clause", after_comma(rule_fronted_about)),
    Frame("indirect:postposed", rule_postposed),
    VERB_RULE := Frame("indirect:verb", rule_that),
    Frame("indirect:with_noun", rule_with_noun),  # when the verbs found nothing
    Frame("indirect:announcement", rule_announcement),
    Frame("indirect:criticism", rule_criticism),
    Frame("indirect:criticised_for", rule_criticised_for),
    Frame("indirect:passive_agent", rule_passive_agent),
    Frame("indirect:stance", rule_stance),
    Frame("indirect:blame", rule_blame),
    Frame("indirect:seen_in", rule_seen_in),
    Frame("indirect:consists_in", rule_consists_in),
    Frame("indirect:impersonal_naming", rule_impersonal_naming),
)


def headline(ctx: Context) -> list[Quote]:
    """A first line `X: claim` where X names a person or organisation."""
    line_end = ctx.text.find("\n")
    line_end = len(ctx.text) if line_end == -1 else line_end
    colon = ctx.text.find(": ", 0, line_end)
    if colon <= 0 or len(words(ctx.text[:colon])) > 4:
        return []
    if any(is_predicate(t) or t.text in ctx.lex.dashes for t in ctx.tokens_in(0, colon)):
        return []  # Министр уверен: C (a verb of its own); «Спартак» — «Зенит»: a pairing
    mentions = [m for m in ctx.mentions if m.stop <= colon]
    if mentions and _topic_before(ctx, mentions[0]):
        return []  # Отравление Скрипаля: ..., 10-летие смерти Летова: ...: a topic, not a source
    m = mentions[0] if mentions else _named_later(ctx, colon) or headline_role(ctx, colon)
    if m is not None and m.type == "ORG":
        m = headline_head(ctx, colon) or m  # Глава ЦБ: the head the body names, not the bank
    if m is None:
        return []
    begin = colon + 2
    end = content_end(ctx, begin, line_end)
    speaker = Speaker(m.name, m.start, m.stop)
    pair = (ctx.text[begin], ctx.text[end - 1]) if end - begin > 2 else None
    if pair in ctx.lex.marks and pair[1] not in ctx.text[begin + 1 : end - 1]:
        return [Quote(begin + 1, end - 1, "direct", speaker, ":", "direct:name_colon")]  # X: «Q»
    return [Quote(begin, end, "indirect", speaker, ":", "indirect:headline")]


def _topic_before(ctx: Context, m: Mention) -> bool:
    """A headline label whose first name depends on a noun before it that is no role or body
    word (Отравление Скрипаля, Дело Навального): the label names a topic."""
    lex = ctx.lex
    return any(
        t.pos == "NOUN" and t.lemma not in lex.roles and t.lemma not in lex.org_roles
        for t in ctx.tokens_in(0, m.start)
    )


def _named_later(ctx: Context, colon: int) -> Mention | None:
    """A headline `Лавров: ...` names by surname a person the article names in full."""
    toks = ctx.tokens_in(0, colon)
    if not toks or not all(t.text[:1].isupper() for t in toks):
        return None
    key = fold_text(toks[-1].text)
    key = key[:-1] if len(key) > 5 else key
    for m in ctx.mentions:
        if m.type == "PER" and any(fold_text(w).startswith(key) for w in m.name.split()):
            return Mention(toks[0].start, toks[-1].stop, "PER", m.name)
    return None


def indirect_quotes(ctx: Context) -> list[Quote]:
    out = headline(ctx)
    prev = None
    for start, stop in ctx.sents:
        if not out or out[-1].stop <= start:
            found = (
                after_direct(ctx, start, stop)
                if ctx.in_quote(start)
                else indirect_in_sentence(ctx, start, stop, prev)
            )
            for q in main_clauses(ctx, found, stop):  # Поскольку X заявил, что C, Y ...
                q.start = lead_trim(ctx.text, q.start, q.stop)  # что: C; по словам X — C
                if q.stop > q.start:
                    out.append(q)
                    ctx.spoken.append((q.start, q.speaker))
        prev = (start, stop)
    return [q for q in out if not _mostly_quoted(ctx, q)]


def after_direct(ctx: Context, start: int, stop: int) -> list[Quote]:
    """A sentence that opens with a direct quote and goes on with reported speech of its
    own after the attribution (`«Q», — отметил он, добавив, что C`): the speech verbs after
    the quote, their `что` content only."""
    end = max((b for a, b in ctx.quoted if a <= start < b), default=start)
    toks = [t for t in ctx.tokens_in(end, stop) if not ctx.in_quote(t.start)]
    found = rule_that(ctx, toks, start, stop, None) if toks else None
    return [
        q
        for q in _named(VERB_RULE, found) or []
        if q.start > end and q.rule == "indirect:chto_clause"
    ]


def _mostly_quoted(ctx: Context, q: Quote) -> bool:
    """Reported content that is all a direct quote, but for its preposition (заявил, что
    «Q»; призвал к «Q»): the direct record alone. A clause adding words of its own (Зюганов «Q») keeps both records."""
    outside = [
        w for w in WORDS_AT.finditer(ctx.text, q.start, q.stop) if not ctx.in_quote(w.start())
    ]
    return all(w.group().lower() in PREPOSITIONS for w in outside)  # призвал к «Q»


PREPOSITIONS = frozenset("к ко о об на в во за против от".split())  # before a quoted phrase
