"""Direct-quote frames for attributions the core frames of ``direct.py`` do not read: a
quoted sentence that a conjunction opens (сказал, что «Россия ...»), a quote after a colon
whose clause has a speaker but no speech verb (X выступил с заявлением: «Q»; X на брифинге:
«Q», round 14), the next quote of a list (скандировали: «Q1», «Q2») and a quote signed on
the next line.

Each frame takes the context and the ``direct.Marked`` span being attributed.
"""

from __future__ import annotations

import re

from .cues import clause_cue_before, cue_after, dash_after, is_predicate, is_quoting
from .documents import document_author
from .layouts import person_label
from .lexicons import NEGATED_REPORTS, THINKING_CUES, TIME_NOUNS
from .records import Context, Quote, Speaker, Stop, is_reported_form, negated
from .source_speakers import quoted_source
from .speakers import cue_speaker, speaker_from
from .subjects import speaker_of

# conjunctions that open reported content: сказал, что «Q»; призвал к тому, чтобы «Q»
CONTENT_CONJUNCTIONS = ("что", "чтобы", "будто", "якобы", "поскольку")


def conj_clause(ctx: Context, m) -> Quote | None:
    """X отметил, что «Россия должна ...»: a quoted clause (capitalised as the speaker's own
    sentence, or lowercase after `не исключил того, что`) right after a conjunction of
    content, with a speech verb earlier in the sentence: the verb's subject speaks."""
    k = ctx.token_at(m.q.start - 1)
    j = k - 1 if k is not None else None
    while j and not ctx.toks[j].text.strip("'"):
        j -= 1  # что ''«Q»'': wiki italics around the marks
    if j is None or j < 0 or ctx.toks[j].low not in CONTENT_CONJUNCTIONS or m.n_words < 3:
        return None
    if not re.match(r"[.,;!?…]|\s*$|\s*\n", ctx.text[m.after : m.after + 2]):
        return None  # сказал, что «Москва слезам не верит» получит приз: a name in the clause
    cue = m.cue_before if m.cue_before is not None else _negated_report(ctx, j)
    if cue is None or (cue == m.cue_before and negated(ctx, ctx.toks[cue])):
        return None
    speaker = speaker_of(ctx, cue)
    if speaker.name is None and ctx.toks[cue].low not in ctx.lex.impersonal:
        return None
    return m.quote(speaker, ctx.toks[cue].text)


def _negated_report(ctx: Context, j: int) -> int | None:
    """A negated verb whose negation asserts (не исключила того, что) before token ``j``."""
    start, _ = ctx.sentence_of(ctx.toks[j].start)
    for t in reversed(ctx.tokens_in(start, ctx.toks[j].start)):
        if t.lemma in NEGATED_REPORTS and is_reported_form(t) and negated(ctx, t):
            return t.i
    return None


def colon_lead(ctx: Context, m) -> str:
    """The text before the quote without a dash or wiki italics between the colon and the
    opening mark (говорит X: — «Q»; сообщили: ''«Q»'')."""
    return m.before.rstrip(ctx.lex.dashes + " \u00a0'")


def colon_subject(ctx: Context, m) -> Quote | None:
    """X выступил со специальным заявлением: «Мы осуждаем ...». A quoted sentence of the
    speaker's own (capitalised, 3+ words, with a predicate, ending the sentence) after a
    colon whose clause has no speech verb: the subject of the clause's first verb speaks."""
    lead = colon_lead(ctx, m)
    if not lead.endswith(":") or m.n_words < 3:  # a predicate inside tells it from a title
        return None
    if not ctx.text[m.q.start].isupper() or clause_cue_before(ctx, len(lead)) is not None:
        return None
    if not _finite_inside(ctx, m) or not _ends_sentence(ctx, m):
        return None
    start, _ = ctx.sentence_of(max(len(lead) - 1, 0))
    line = ctx.text.rfind("\n", 0, len(lead)) + 1
    verbs = [
        t
        for t in ctx.tokens_in(max(start, line), len(lead))
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" and is_reported_form(t)
    ]
    if not verbs or ctx.in_quote(verbs[0].start) or negated(ctx, verbs[0]):
        return None
    last = [t for t in ctx.tokens_in(max(start, line), len(lead)) if t.pos != "PUNCT"][-1:]
    if last and last[0].lemma in ctx.lex.titles:
        return None  # выбрали лозунг: «Мы вместе!»: a name after a title noun
    if is_quoting(ctx, verbs[0]) and (relayed := quoted_source(ctx, verbs[0].i)) is not None:
        return m.quote(relayed, ":")  # Слова министра X приводит ТАСС: «Q»
    if cue_speaker(ctx, verbs[0].i, zero=False).name is None:
        return None
    speaker = speaker_of(ctx, verbs[0].i)
    return m.quote(speaker, ":") if speaker.name else None


def verbless_colon(ctx: Context, m) -> Quote | None:
    """Председатель ЦИК Элла Памфилова на брифинге: «Q». A sentence that opens with a person
    or a role in the nominative, then only the setting (на брифинге, в интервью X) or the
    person's name (Министр энергетики X: «Q»), and a colon, with no verb: the caption-like
    attribution of the quote, the subject speaks."""
    lead = colon_lead(ctx, m)
    if not lead.endswith(":") or m.n_words < 3 or not ctx.text[m.q.start].isupper():
        return None
    start, _ = ctx.sentence_of(len(lead) - 1)
    toks = ctx.tokens_in(start, len(lead) - 1)
    if not toks or any(t.pos in ("VERB", "AUX") for t in toks) or not _ends_sentence(ctx, m):
        return None
    setting = next((n for n, t in enumerate(toks) if t.pos == "ADP"), len(toks))
    last = ctx.mention_at(toks[-1])
    if setting == len(toks) and not (last and last.type == "PER" and len(toks) > 1):
        return None  # no setting: the lead ends with the person's name
    if setting == 0 or (setting < len(toks) and toks[setting].low not in ("в", "во", "на")):
        return None
    head = toks[0]
    named = ctx.mention_at(head)
    if head.feats.get("Case") != "Nom":
        return None
    if not ((named and named.type == "PER") or head.lemma in ctx.lex.roles):
        return None
    if any(t.pos not in ("NOUN", "PROPN", "ADJ") for t in toks[1:setting]):
        return None  # Итог матча, Реакция министра была: no speaker named
    speaker = speaker_from(ctx, head.i, None, toks[setting - 1].i + 1)
    return m.quote(speaker, ":") if speaker is not None and speaker.name else None


def dash_name(ctx: Context, m) -> Quote | None:
    """«Q», — министр энергетики Николай Шульгинов. A quoted sentence, a comma and a dash,
    then only a person's name (a role before it) ending the sentence, no verb: a signed
    quote, the person speaks."""
    if m.n_words < 3 or not ctx.text[m.q.start].isupper():
        return None
    if not m.opens_sentence:
        return None  # Фильм «Война и мир» — X
    dash = re.match(
        r"[ \u00a0]*(,?)[ \u00a0]*([" + re.escape(ctx.lex.dashes) + r"])", ctx.text[m.after :]
    )
    if dash is None or not (dash.group(1) or ctx.text[m.q.stop - 1] in "!?…"):
        return None  # «Q», — X / «Q!» — X: a quote's punctuation before its author
    begin = m.after + dash.end()
    _, stop = ctx.sentence_of(begin)
    toks = [t for t in ctx.tokens_in(begin, stop) if t.text not in ".!…"]
    if not toks or any(t.pos not in ("NOUN", "PROPN", "ADJ") for t in toks):
        return None
    last = ctx.mention_at(toks[-1])
    if last is None or last.type != "PER" or toks[0].feats.get("Case") not in ("Nom", None):
        return None
    speaker = speaker_from(ctx, toks[0].i, None, toks[-1].i + 1)
    return m.quote(speaker, ctx.text[begin - 1]) if speaker is not None and speaker.name else None


def _finite_inside(ctx: Context, m) -> bool:
    """A predicate inside the quote: a finite verb or a short participle (направлены)."""
    return any(is_predicate(t) for t in ctx.tokens_in(m.q.start, m.q.stop))


def _ends_sentence(ctx: Context, m) -> bool:
    tail = ctx.text[m.q.stop - 1] + ctx.text[m.after : m.after + 1]  # ''«Q»''.
    return any(ch in ".!?…" for ch in tail) or ctx.text[m.after : m.after + 1] in ("", "\n")


LIST_GAP = re.compile(r"(?:'{2,3})?[ \u00a0]*(,|и|или)[ \u00a0]*(?:'{2,3})?")  # ''«Q1»'', ''«Q2»''


def listed(ctx: Context, m) -> Quote | Stop | None:
    """«Свободу!», «Позор власти!»: a quote that follows a quote already attributed, with only
    a comma or `и` between the marks, goes on with its speaker and cue."""
    if not ctx.spoken:
        return None
    pos, speaker = ctx.spoken[-1]
    end = next((b for a, b in ctx.quoted if a <= pos < b), None)
    if end is None or speaker.name is None:
        return None
    if not LIST_GAP.fullmatch(ctx.text[end : m.q.start - 1]):
        return None
    return m.quote(speaker, "")


def name_colon(ctx: Context, m) -> Quote | None:
    """Виктор Петров: «Адвокат ведёт себя как царь»: a line or sentence that opens with a
    person's name and a colon right before the quote (a headline, a caption, a digest):
    that person speaks."""
    lead = colon_lead(ctx, m)
    if not lead.endswith(":") or m.n_words < 3:
        return None
    line = ctx.text.rfind("\n", 0, len(lead)) + 1
    sentence = ctx.sentence_of(len(lead) - 1)[0]
    person = person_label(ctx, line, len(lead) - 1)
    if person is None and sentence > line:  # Путин выступил. Путин: «Q»
        person = person_label(ctx, sentence, len(lead) - 1)
    return None if person is None else m.quote(Speaker(person.name, person.start, person.stop), ":")


def ob_etom_after(ctx: Context, m) -> Quote | None:
    """Лесин умер от «тупых травм головы». Об этом сообщили в офисе X.: a quoted fragment in a
    sentence with no speech verb, the next sentence `Об этом <speech verb> X`: X speaks."""
    if m.cue_before is not None or ctx.text[m.q.start].isupper() or m.n_words < 3:
        return None
    _, stop = ctx.sentence_of(m.q.start)
    k = ctx.first_token_after(stop)
    toks = ctx.toks[k : k + 4] if k is not None else []
    if len(toks) < 3 or (toks[0].low, toks[1].low) not in (("об", "этом"), ("о", "том")):
        return None
    cue = next((t for t in toks[2:] if ctx.is_finite_cue(t) and not negated(ctx, t)), None)
    if cue is None:
        return None
    return m.quote(speaker_of(ctx, cue.i), cue.text)  # no one named: speaker null


NEXT_LINE = r"[,.!?…]*[ \u00a0]*\n\s*[{d}]?[ \u00a0]*(?=[а-яё])"


def cue_next_line(ctx: Context, m) -> Quote | None:
    """«Q»\n\nзаявил после церемонии X.: the attribution opens the next paragraph in lowercase
    (a sentence broken by the page): the speech verb's subject speaks."""
    found = re.match(NEXT_LINE.format(d=re.escape(ctx.lex.dashes)), ctx.text[m.after :])
    if found is None or found.end() > 12:
        return None
    k = cue_after(ctx, m.after + found.end(), window=2)
    if k is None or not ctx.is_finite_cue(ctx.toks[k]):
        return None
    speaker = speaker_of(ctx, k)
    return m.quote(speaker, ctx.toks[k].text) if speaker.name else None


def speaks_about(ctx: Context, start: int, stop: int) -> bool:
    """A line whose first finite verb has a topic `о/об + prepositional` after it
    (Внук свидетельствовал о его смерти:, X отзывается в Twitter о смерти Y:): the line
    introduces what was said about it."""
    toks = ctx.tokens_in(start, stop)
    verbs = [t for t in toks if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"]
    if not verbs:
        return False
    after = [t for t in toks if t.i > verbs[0].i]
    for a, b, c in zip(after, after[1:], after[2:] + [None], strict=False):
        if a.low not in ("о", "об", "обо"):
            continue
        nxt = c if b.pos in ("DET", "ADJ") or b.low in ("его", "её", "ее", "их") else b
        if nxt is not None and nxt.pos in ("NOUN", "PROPN") and nxt.feats.get("Case") == "Loc":
            return True
    return False


# nouns of a statement whose genitive names its author: Слова Сагдеева из интервью: «Q»
STATEMENT_NOUNS = (
    *("слово", "заявление", "цитата", "высказывание", "комментарий", "обращение"),
    *("мнение", "реакция", "ответ"),  # Мнение эксперта: «Q»; Реакция Кремля: «Q»
)


def words_of(ctx: Context, m) -> Quote | None:
    """Слова академика Петрова из интервью: «Q»: a line with no verb before the colon, a noun
    of a statement and the person in the genitive after it: that person speaks."""
    lead = colon_lead(ctx, m)
    if not lead.endswith(":") or m.n_words < 3:
        return None
    start, _ = ctx.sentence_of(max(len(lead) - 1, 0))
    line = ctx.text.rfind("\n", 0, len(lead)) + 1
    toks = [t for t in ctx.tokens_in(max(start, line), len(lead)) if t.pos != "PUNCT"]
    if any(t.pos in ("VERB", "AUX") for t in toks):
        return None
    for n, a in enumerate(toks):
        if a.lemma not in STATEMENT_NOUNS:
            continue
        for b in toks[n + 1 : n + 4]:  # слова (академика) Петрова
            if b.feats.get("Case") != "Gen":
                break
            person = next(
                (p for p in ctx.mentions if p.type == "PER" and p.start <= b.start < p.stop), None
            )
            if person is not None:
                return m.quote(Speaker(person.name, person.start, person.stop), ":")
    return _statement_owner(ctx, m, toks)


WORDS_DEMONSTRATIVES = ("эти", "такие", "так")  # — эти слова X цитирует Y


def dash_words_of(ctx: Context, m) -> Quote | None:
    """«Q», — (эти) слова X(, сказанные ...) цитирует Y: `слова` right after the dash names
    whose words they are, whatever quotes them (not the outlet that quotes)."""
    after = dash_after(ctx, m.after)
    k = ctx.first_token_after(after) if after is not None else None
    if k is not None and ctx.toks[k].low in WORDS_DEMONSTRATIVES:
        k += 1
    if k is None or k + 1 >= len(ctx.toks) or "\n" in ctx.text[m.q.stop : ctx.toks[k].start]:
        return None
    words_, owner = ctx.toks[k], ctx.toks[k + 1]
    if words_.lemma != "слово" or words_.feats.get("Number") != "Plur":
        return None
    if owner.feats.get("Case") != "Gen" or owner.pos not in ("NOUN", "PROPN"):
        return None
    for t in ctx.toks[k + 1 : k + 12]:  # слова командира корабля «Союз ТМА-08М» Павла X
        if t.pos == "PUNCT" and t.text not in '«»„“”"':
            break
        p = ctx.mention_at(t)
        if p is not None and p.type == "PER" and p.start == t.start:
            return m.quote(Speaker(p.name, p.start, p.stop), words_.text)
    speaker = speaker_from(ctx, k + 1, None, min(len(ctx.toks), k + 12))
    return m.quote(speaker, words_.text) if speaker is not None and speaker.name else None


def _statement_owner(ctx: Context, m, toks) -> Quote | None:
    """Заявление МИД Франции: «Q», Комментарий местной газеты: «Q», Из заявления МИД: «Q»: a
    verbless line that opens with a noun of a statement (not слова; `из` may come first)
    followed by its owner in the genitive: the owner speaks (an organisation, a role, an
    outlet), as after `в заявлении X`."""
    if toks and toks[0].low == "из":
        toks = toks[1:]  # Из заявления МИД: «Q»: from the statement
    if len(toks) < 2 or toks[0].lemma not in STATEMENT_NOUNS or toks[0].lemma == "слово":
        return None
    n = next((n for n, t in enumerate(toks) if n and t.pos in ("NOUN", "PROPN")), None)
    if n is None:  # the tagger may read a line-initial Комментарий as an adjective
        return None
    if toks[n].feats.get("Case") != "Gen" or any(t.pos == "ADP" for t in toks[1:n]):
        return None  # Комментарий к решению суда: a topic, no owner
    if toks[n].lemma in TIME_NOUNS:
        return None  # Цитата дня, Заявление недели: a time, no owner
    speaker = document_author(ctx, toks[0].i, toks[-1].i + 1)
    return m.quote(speaker, ":") if speaker.name and speaker.start is not None else None


def fragment_then_cue(ctx: Context, m) -> Quote | None:
    """Законопроект призван «укрепить престиж службы», пояснил его автор X.: a lowercase
    fragment of 3+ words inside the author's sentence, then a comma and the speech verb of
    the whole sentence with its subject after it (a post-posed attribution)."""
    if ctx.text[m.q.start].isupper() or m.n_words < 3 or m.cue_before is not None:
        return None
    if not re.match(r",\s", ctx.text[m.after : m.after + 2]):
        return None
    k = ctx.first_token_after(m.after + 1)
    if k is None or not ctx.is_finite_cue(ctx.toks[k]) or ctx.toks[k].low in ctx.lex.impersonal:
        return None
    speaker = speaker_of(ctx, k)
    return m.quote(speaker, ctx.toks[k].text) if speaker.name else None


def thought_clause(ctx: Context, m) -> Quote | None:
    """X надеется, что женщины «извлекут пользу из её опыта»: a lowercase fragment of 3+ words
    inside the `что` clause of a verb of thinking, hoping or finding out (quote_thinking_cues)
    with no speech verb in the sentence: the words are the thinker's own."""
    if ctx.text[m.q.start].isupper() or m.n_words < 3:
        return None
    start, _ = ctx.sentence_of(m.q.start)
    toks = ctx.tokens_in(start, m.q.start)
    for n, t in enumerate(toks):
        if t.lemma not in THINKING_CUES or t.pos != "VERB" or negated(ctx, t):
            continue
        if t.feats.get("VerbForm") != "Fin" or ctx.in_quote(t.start):
            continue
        rest = toks[n + 1 :]
        if not rest or rest[0].text != "," or len(rest) < 2 or rest[1].low != "что":
            continue  # the fragment inside the verb's own `что` clause
        if any(ctx.is_finite_cue(r) for r in rest):
            return None
        speaker = speaker_of(ctx, t.i)
        return m.quote(speaker, t.text) if speaker.name else None
    return None
