"""Direct quotes: quotation-mark pairs with an attribution, tried as named frames.

Each frame of ``DIRECT_FRAMES`` looks at one quoted span and gives a quote, stops the
search, or lets the next frame try; the frame's name is the quote's ``rule``. Colon blocks
(`X заявил:` ending a line) are in colon_blocks.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .acts import ruling_says
from .agent_colon import agent_colon
from .attributions import (
    colon_lead,
    colon_subject,
    conj_clause,
    cue_next_line,
    dash_name,
    dash_words_of,
    fragment_then_cue,
    listed,
    name_colon,
    ob_etom_after,
    thought_clause,
    verbless_colon,
    words_of,
)
from .carried import (
    carried,
    colon_carried,
    earlier_speaker,
    in_relative_clause,
    sole_speaker,
)
from .carried_fragment import carried_fragment
from .colon_blocks import (
    speech_right_before,
)
from .cues import (
    clause_cue_before,
    cue_after,
    dash_after,
    is_quoting,
    source_cue,
    source_phrase,
)
from .document_sources import document_speaker
from .felt_clause import felt_clause
from .layouts import signed_after
from .legal_names import legal_name
from .lexicons import MANNER_VERBS, POSSESSIVES, SO_CALLED
from .marks import Quoted, after_closing, words
from .pointed_back import pointed_back
from .presented import presented
from .quote_labels import quote_then_name
from .records import (
    STOP,
    Context,
    Frame,
    Quote,
    Speaker,
    Stop,
)
from .source_speakers import quoted_source, source_speaker
from .subjects import speaker_of

TITLE_WORDS = 5  # a name or title in quotes has at most this many words


def after_title_noun(ctx: Context, q: Quoted) -> bool:
    """The quoted words follow a title noun (газета «Известия», фильм «Ночь в музее»)."""
    k = ctx.token_at(q.start - 1)
    return k is not None and k > 0 and ctx.toks[k - 1].lemma in ctx.lex.titles


def is_title(ctx: Context, q: Quoted) -> bool:
    """A name in quotes: after a title noun (газета «Известия»), or a capitalised phrase
    without a predicate (a finite verb or a short adjective: «Условия должны быть честными»
    is a sentence) or final punctuation (фильм «Ночное происшествие»)."""
    if (after_title_noun(ctx, q) and not _pointed_noun(ctx, q)) or legal_name(ctx, q.start, q.stop):
        return True  # газета «Известия»; «закон Димы Яковлева»
    inner = ctx.tokens_in(q.start, q.stop)
    has_verb = any(
        (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin")
        or (t.pos == "ADJ" and t.feats.get("Variant") == "Short")
        for t in inner
    )
    ends = ctx.text[q.stop - 1 : q.stop] in ".!?…"
    return ctx.text[q.start : q.start + 1].isupper() and not has_verb and not ends


def _pointed_noun(ctx: Context, q: Quoted) -> bool:
    """The title noun before the marks is a common noun with a pointing word, its quoted
    predicate in lowercase (такой союз «опасен для веры»): no name follows it."""
    k = ctx.token_at(q.start - 1)
    det = ctx.toks[k - 2] if k is not None and k > 1 else None
    lowercase = ctx.text[q.start : q.start + 1].islower()
    return det is not None and det.pos == "DET" and det.low in POINTING_DETS and lowercase


POINTING_DETS = ("такой", "такая", "такое", "такие", "этот", "эта", "это", "эти", "подобный")


def direct_quotes(ctx: Context, spans: list[Quoted]) -> list[Quote]:
    """Quotation-mark pairs with an attribution, outermost first; inner pairs are skipped."""
    out: list[Quote] = []
    taken: list[Quoted] = []
    for q in spans:
        if any(p.start <= q.start and q.stop <= p.stop for p in taken):
            continue
        quote = attributed(ctx, q)
        if quote:
            taken.append(q)
            parts = split_quote(ctx, quote)
            out.extend(parts)
            # the attribution inside a split quote (— напомнил Медведев. —) stays visible
            ctx.quoted.extend((p.start - 1, p.stop + 1) for p in parts)
            ctx.spoken.append((q.start, quote.speaker))
    return out


@dataclass
class Marked:
    """A quoted span being attributed, with what several frames look at (computed once)."""

    ctx: Context
    q: Quoted

    @cached_property
    def n_words(self) -> int:
        return len(words(self.ctx.text[self.q.start : self.q.stop]))

    @cached_property
    def before(self) -> str:
        """The text before the opening mark, trailing spaces stripped."""
        return self.ctx.text[: self.q.start - 1].rstrip(" \u00a0")

    @cached_property
    def opens_sentence(self) -> bool:
        """Nothing but a dash or wiki italics between the sentence's start and the opening
        mark (Фильм «Война и мир» — X does not open its sentence)."""
        lead = self.before.rstrip(self.ctx.lex.dashes + " \u00a0'")
        return not lead or lead[-1] in ".!?…\n"

    @cached_property
    def title(self) -> bool:
        return is_title(self.ctx, self.q)

    @cached_property
    def after(self) -> int:
        return after_closing(self.ctx.text, self.q.stop)

    @cached_property
    def cue_before(self) -> int | None:
        return clause_cue_before(self.ctx, self.q.start)

    def quote(self, speaker: Speaker, cue: str) -> Quote:
        """The quote between the marks, without spaces inside them (« Q »)."""
        inner = self.ctx.text[self.q.start : self.q.stop]
        start = self.q.start + len(inner) - len(inner.lstrip())
        return Quote(start, max(start, self.q.start + len(inner.rstrip())), "direct", speaker, cue)


def dash_after_quoting(ctx: Context, m: Marked) -> Quote | None:
    """«Q», — цитирует ТАСС министра X: a quoting verb after the dash gives its object's words."""
    after = dash_after(ctx, m.after)
    k = cue_after(ctx, after) if after is not None else None
    if k is None or not is_quoting(ctx, ctx.toks[k]):
        return None
    return m.quote(quoted_source(ctx, k) or speaker_of(ctx, k), ctx.toks[k].text)


def dash_after_cue(ctx: Context, m: Marked) -> Quote | Stop | None:
    """«Q», — сказал X.: a speech verb after the closing mark and a dash."""
    after = dash_after(ctx, m.after)
    k = cue_after(ctx, after) if after is not None else None
    if k is not None and m.title and m.before.rstrip("' \u00a0")[-1:].isalpha():
        return None  # один из лидеров «Движения чаепития» — намекал ...: a name, then the verb
    if k is None and after is not None:
        return _these_words(ctx, m, after) or _author_words(ctx, m, after)
    if k is not None and ruling_says(ctx, ctx.toks[k]):
        return STOP  # «Q», — говорится в решении суда: a ruling, not a quote (the guideline)
    return None if k is None else m.quote(speaker_of(ctx, k), ctx.toks[k].text)


THESE_WORDS = ("такими", "этими")  # «Q» — такими словами X завершил: `словами` after one
VERB_AFTER_WORDS = 10  # tokens after `такими словами` searched for the finite verb (marks count)


def _these_words(ctx: Context, m: Marked, after: int) -> Quote | None:
    """«Q» — такими словами X завершила интервью: `такими (этими) словами` right after the
    dash names the quote as someone's words, and the finite verb after it its speaker,
    whatever the verb."""
    k = ctx.first_token_after(after)
    if k is None or k + 1 >= len(ctx.toks) or ctx.toks[k].low not in THESE_WORDS:
        return None
    if ctx.toks[k + 1].low != "словами":
        return None
    for t in ctx.toks[k + 2 : k + 2 + VERB_AFTER_WORDS]:
        if t.text in ".!?;:":
            return None
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
            speaker = speaker_of(ctx, t.i)
            return m.quote(speaker, f"{ctx.toks[k].text} словами") if speaker.name else None
    return None


def _author_words(ctx: Context, m: Marked, after: int) -> Quote | None:
    """«Q», — раскрыл свою мысль режиссёр: a quoted sentence, a comma (or ! ? …) and a dash,
    then the author's words opening with a finite verb in the indicative: whatever the verb,
    its subject is the one who spoke (Russian punctuation of direct speech); a quote of one or
    two words only with a verb of manner (`«Нет», — отрезал он`, quote_manner_verbs.txt)."""
    marked = re.match(r"[,!?…]", ctx.text[m.after : m.after + 1])
    if not (marked or ctx.text[m.q.stop - 1 : m.q.stop] in "!?…"):
        return None  # «Q?» — ...: the question or exclamation mark ends the speech itself
    k = ctx.first_token_after(after)
    if k is None or "\n" in ctx.text[m.q.stop : ctx.toks[k].start]:
        return None
    verb = ctx.toks[k]
    if m.n_words < 3 and verb.lemma not in MANNER_VERBS:
        return None  # «Да», — кивнул он: a short quote needs a verb of speech or manner
    if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Mood") == "Imp":
        return None
    speaker = speaker_of(ctx, k)
    return m.quote(speaker, verb.text) if speaker.name else None


def comma_after_cue(ctx: Context, m: Marked) -> Quote | None:
    """«Q», заявила X.: the closing mark, a comma (no dash) and a speech verb in the inverted
    order of attribution (verb first, then its subject); the quote opens its sentence."""
    if not re.match(r"[,!?…]\s", ctx.text[m.after : m.after + 2]):
        return None
    lead = m.before.rstrip(ctx.lex.dashes + " \u00a0'")  # ''«Q»'', заявила X
    if lead and lead[-1] not in '.!?…:\n»"”':
        return None  # inside a sentence of the author's: называют «Q», говорят ...
    k = ctx.first_token_after(m.after + 1)
    if k is not None and ctx.toks[k].low == "так" and k + 1 < len(ctx.toks):
        k += 1  # «Q», так сказал X: `так` points back to the quote
    if k is not None and is_quoting(ctx, ctx.toks[k]):  # «Q», цитирует РБК министра X
        speaker = quoted_source(ctx, k)
        return m.quote(speaker, ctx.toks[k].text) if speaker and speaker.name else None
    if k is None or not ctx.is_finite_cue(ctx.toks[k]) or ctx.toks[k].low in ctx.lex.impersonal:
        return None
    speaker = speaker_of(ctx, k)
    return m.quote(speaker, ctx.toks[k].text) if speaker.name else None


def split_inside(ctx: Context, m: Marked) -> Quote | None:
    """«Q1, — сказал X. — Q2»: the attribution inside the marks."""
    inner = split_quote(ctx, m.quote(Speaker(None), ""))
    return m.quote(inner[0].speaker, inner[0].cue) if len(inner) > 1 else None


def colon_before(ctx: Context, m: Marked) -> Quote | Stop | None:
    """X сказал: «Q» (a long verbless statement after a colon is no title: «Количество ...: 0»)."""
    lead = colon_lead(ctx, m)  # говорит X: — «Q»
    if not lead.endswith(":"):
        return None
    k = clause_cue_before(ctx, len(lead))
    spoken = k is not None and speech_right_before(ctx, k, len(lead)) and _ends_sentence(ctx, m)
    if m.title and not spoken and (m.n_words <= TITLE_WORDS or after_title_noun(ctx, m.q)):
        return None
    return STOP if k is None else m.quote(speaker_of(ctx, k), ctx.toks[k].text)


def _ends_sentence(ctx: Context, m: Marked) -> bool:
    """The quote ends its sentence: final punctuation inside or right after the closing mark."""
    tail = ctx.text[m.q.stop - 1] + ctx.text[m.after : m.after + 1]  # ''«Q»''.
    return any(ch in ".!?…" for ch in tail) or ctx.text[m.after : m.after + 1] in ("", "\n")


def short_or_title(ctx: Context, m: Marked) -> Stop | None:
    """Fewer than three words, or a name in quotes (газета «Известия»), or a term after
    `так называемый` (так называемый «надзорный список»): no quote. A short quote that is
    the whole content after `По словам X,` (По словам президента, «мы победим».) is one."""
    if m.title or so_called(ctx, m.q):
        return STOP
    return STOP if m.n_words < 3 and not _all_after_source(ctx, m) else None


def _all_after_source(ctx: Context, m: Marked) -> bool:
    """The quote follows the comma of a source phrase (По словам X,; Как отметил X,) and ends
    the sentence."""
    if not ctx.text[: m.q.start - 1].rstrip(" \u00a0").endswith(",") or not _ends_sentence(ctx, m):
        return False
    start, _ = ctx.sentence_of(m.q.start)
    line = ctx.text.rfind("\n", 0, m.q.start) + 1
    if source_phrase(ctx, max(start, line), m.q.start) is not None:
        return True
    toks = ctx.tokens_in(max(start, line), m.q.start)
    return len(toks) > 2 and toks[0].low == "как" and any(ctx.is_finite_cue(t) for t in toks[1:3])


def so_called(ctx: Context, q: Quoted) -> bool:
    """`так называемый «Q»`, `т. н. «Q»` right before the opening mark: a term or name."""
    before = ctx.text[max(0, q.start - 1 - SO_CALLED_REACH) : q.start - 1]
    before = before.lower().replace("\u00a0", " ").rstrip(" '")
    return any(re.search(rf"(?<!\w){re.escape(e)}\w*$", before) for e in SO_CALLED)


SO_CALLED_REACH = 20  # characters before the opening mark that may hold `так называемый`


def source_before(ctx: Context, m: Marked) -> Quote | None:
    """По словам X, «Q»: a source phrase earlier in the sentence (unless a speech verb
    nearer to the quote speaks: По данным следствия, X ..., сообщив, что «Q»)."""
    q = m.q
    start, _ = ctx.sentence_of(q.start)
    line = ctx.text.rfind("\n", 0, q.start) + 1
    found = source_phrase(ctx, max(start, line), q.start)
    k = m.cue_before
    if k is not None and found and in_relative_clause(ctx, found[1], k):
        k = None  # По словам X, которого цитирует «Интерфакс», ...: the cue describes X
    if not found or (k is not None and k > found[1] and not ctx.text[q.start].isupper()):
        return None
    a, noun, k = found
    speaker = document_speaker(ctx, a, k) or source_speaker(ctx, k)
    if speaker.name is None and ctx.toks[k].low in POSSESSIVES:  # По их словам: named before
        speaker = next(iter(earlier_speaker(ctx, start) or ()), speaker)
    return m.quote(speaker, source_cue(ctx, a, noun))


def cue_in_sentence(ctx: Context, m: Marked) -> Quote | None:
    """X пообещал «сделать всё возможное»: a 3+ word fragment (not a capitalised sentence)
    in a sentence with a speech verb before it."""
    k = m.cue_before
    if k is None or ctx.text[m.q.start].isupper():
        return None
    speaker = speaker_of(ctx, k)
    if speaker.name is None and ctx.toks[k].low not in ctx.lex.impersonal:
        return None
    return m.quote(speaker, ctx.toks[k].text)


# tried in order on each quoted span; the first that applies decides
DIRECT_FRAMES = (
    Frame("direct:signed", signed_after),
    Frame("direct:dash_words_of", dash_words_of),  # «Q», — слова X приводит Y
    Frame("direct:dash_after_quoting", dash_after_quoting),
    Frame("direct:dash_after", dash_after_cue),
    Frame("direct:comma_after", comma_after_cue),
    Frame("direct:split_inside", split_inside),
    Frame("direct:cue_next_line", cue_next_line),
    Frame("direct:name_colon", name_colon),
    Frame("direct:quote_then_name", quote_then_name),  # «Q»: Путин о ... (quote_labels.py)
    Frame("direct:colon_subject", colon_subject),
    Frame("direct:verbless_colon", verbless_colon),
    Frame("direct:dash_name", dash_name),
    Frame("direct:colon_words_of", words_of),
    Frame("direct:agent_colon", agent_colon),  # Требования, выдвинутые X: «Q» (agent_colon.py)
    Frame("direct:colon_carried", colon_carried),
    Frame("direct:colon_before", colon_before),
    Frame("direct:listed", listed),
    Frame("stop:short_or_title", short_or_title),
    Frame("direct:po_slovam", source_before),
    Frame("direct:clause_cue", cue_in_sentence),
    Frame("direct:conj_clause", conj_clause),
    Frame("direct:thought_clause", thought_clause),
    Frame("direct:felt_clause", felt_clause),  # X-а возмутило, что «Q» (felt_clause.py)
    Frame("direct:ob_etom", ob_etom_after),
    Frame("direct:fragment_then_cue", fragment_then_cue),
    Frame("direct:pointed_back", pointed_back),  # «Q». Так сказал X. (pointed_back.py)
    Frame("direct:carried_fragment", carried_fragment),  # carried_fragment.py
    Frame("direct:continued", lambda ctx, m: continued(ctx, m.q)),
    Frame("direct:introduced", lambda ctx, m: introduced(ctx, m.q)),
    Frame("direct:carried", carried),
    Frame("direct:presented", presented),  # presented.py
    Frame("direct:sole_speaker", sole_speaker),
)


def attributed(ctx: Context, q: Quoted) -> Quote | None:
    """The quote of a quotation-mark pair, by the first frame of ``DIRECT_FRAMES`` that applies."""
    m = Marked(ctx, q)
    if m.n_words == 0:
        return None
    for frame in DIRECT_FRAMES:
        found = frame.match(ctx, m)
        if found is None:
            continue
        if isinstance(found, Stop):
            return None
        found.rule = frame.name
        return found
    return None


CONTINUED_GAP = 12  # words of attribution at most between a quote and the one it continues


def continued(ctx: Context, q: Quoted) -> Quote | Stop | None:
    """A quoted sentence of its own with no cue (`«Q1», — сказал X. «Q2».`, a next paragraph
    `«Q2»`) continues the speaker of the direct quote just before it."""
    line = ctx.text.rfind("\n", 0, q.start) + 1
    lead = ctx.text[line : q.start - 1].rstrip(" \u00a0'" + ctx.lex.dashes)
    if lead and lead[-1] not in '.!?…»"“':
        return STOP  # inside a sentence of the author's
    if not ctx.text[q.start : q.start + 1].isupper():
        return STOP
    after = after_closing(ctx.text, q.stop)  # ''«Q2»''.: wiki italics closed with the marks
    tail = ctx.text[q.stop - 1] + ctx.text[after : after + 1]
    ends_line = ctx.text[after : after + 1] in ("", "\n")  # «Q2»\n: a paragraph's end
    ends_line = ends_line and len(words(ctx.text[q.start : q.stop])) > TITLE_WORDS  # no name
    if not any(ch in ".!?…" for ch in tail) and not ends_line:
        return STOP  # a name or title in quotes, not a sentence
    earlier = [(pos, speaker) for pos, speaker in ctx.spoken if pos < q.start]
    if earlier and _only_attribution_between(ctx, earlier[-1][0], q.start):
        speaker = earlier[-1][1]
        return Quote(q.start, q.stop, "direct", speaker, "") if speaker.name else STOP
    return None  # the next frame: introduced


def introduced(ctx: Context, q: Quoted) -> Quote | None:
    """A quoted sentence right after a sentence with a speech verb and its subject
    (`Песков прокомментировал решение суда. «Q».`): that subject speaks."""
    p = q.start - 2
    while p > 0 and (ctx.text[p].isspace() or ctx.text[p] in ctx.lex.dashes + "'"):
        p -= 1
    if p <= 0 or ctx.in_quote(p) or ctx.text.count("\n", p, q.start) > 2:
        return None
    start, _ = ctx.sentence_of(p)
    cues = [
        t for t in ctx.tokens_in(start, p + 1) if ctx.is_finite_cue(t) and not ctx.in_quote(t.start)
    ]
    if not cues:
        return None
    speaker = speaker_of(ctx, cues[-1].i)
    return Quote(q.start, q.stop, "direct", speaker, cues[-1].text) if speaker.name else None


def _only_attribution_between(ctx: Context, pos: int, start: int) -> bool:
    """Between the earlier quote and this one: its attribution and at most one paragraph."""
    end = next((b for a, b in ctx.quoted if a <= pos < b), pos)
    gap = ctx.text[end:start]
    return gap.count("\n") <= 2 and len(words(gap)) <= CONTINUED_GAP


# a dash of attribution is never glued to a word before it (рабоче-крестьянский is a word)
SPLIT = r"([,.!?…]?)\s*(?<!\w)[{d}]\s*(?P<attr>[^{d}\n]{{3,120}}?)[.,:]\s*(?<!\w)[{d}]\s*"


def split_quote(ctx: Context, quote: Quote) -> list[Quote]:
    """«Q1, — сказал X. — Q2»: two quotes, one speaker."""
    body = ctx.text[quote.start : quote.stop]
    pattern = re.compile(SPLIT.format(d=re.escape(ctx.lex.dashes)))
    pos = 0
    while (match := pattern.search(body, pos)) is not None:
        attr_start = quote.start + match.start("attr")
        k = cue_after(ctx, attr_start, window=3)
        if k is None:  # «Это — признак ..., — сказал X. — Q2»: a dash of the speaker's own
            pos = match.start("attr")  # the dash that closed it may open the attribution
            continue
        speaker = speaker_of(ctx, k)
        if speaker.name is None:
            speaker = quote.speaker
        cue = ctx.toks[k].text
        first = Quote(quote.start, quote.start + match.start(), "direct", speaker, cue, quote.rule)
        second = Quote(quote.start + match.end(), quote.stop, "direct", speaker, cue, quote.rule)
        return [first, *split_quote(ctx, second)]
    return [quote]
