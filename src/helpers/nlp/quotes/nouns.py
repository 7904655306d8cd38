"""Indirect speech through a speech noun: `с просьбой/с требованием` + infinitive, a verb and
a speech noun that make one act (подверг критике, выразил недоумение), a report that
appeared in a named place (в газете X появилась информация о ...). ``rule_that`` tries
them after the verb frames of ``verbs.VERB_FRAMES``.
"""

from __future__ import annotations

from .cues import infinitive_after, is_object, is_question_start, that_after
from .lexicons import RUMOURS
from .light_objects import feeling_content, object_before_noun
from .records import OPENING, Context, Quote, Speaker, Tok, is_reported_form, negated, skip_space
from .roles import named_by_title, nominative, role_phrase
from .spans import content_end, joined_clause_end, phrase_end
from .subjects import speaker_of

# the noun frames rule_that tries after the verb frames, by the names they give their quotes
NOUN_RULES = (
    "indirect:request_noun",
    "indirect:light_verb",
    "indirect:light_verb_object",
    "indirect:report_noun",
)


def request_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """`с просьбой/с требованием` + infinitive (обратилась к премьеру с просьбой передать
    собор; направил уведомления с требованием предоставить ...): the requested action,
    said by the subject of the clause's verb."""
    if noun.lemma not in ctx.lex.request_nouns or noun.i == 0 or ctx.toks[noun.i - 1].low != "с":
        return None
    inf = infinitive_after(ctx, noun.i)
    if inf is None:
        return None
    start, _ = ctx.sentence_of(noun.start)
    verbs = [
        t
        for t in ctx.tokens_in(start, noun.start)
        if t.pos == "VERB" and is_reported_form(t) and t.feats.get("VerbForm") == "Fin"
    ]
    if not verbs or negated(ctx, verbs[-1]):
        return None
    speaker = speaker_of(ctx, verbs[-1].i, zero=False)
    if speaker.name is None:
        return None
    begin = ctx.toks[inf].start
    end = joined_clause_end(ctx, begin, content_end(ctx, begin, stop))
    return Quote(begin, end, "indirect", speaker, noun.text, "indirect:request_noun")


def light_verb_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """A verb and a speech noun that make one speech act (quote_light_cues: подверг резкой
    критике законопроект, выразил недоумение, почему ...; выразил уверенность, что ...):
    the content follows the noun."""
    if noun.i == 0 or noun.lemma not in ctx.lex.light_nouns:
        return None
    j = noun.i - 1
    while j > 0 and ctx.toks[j].pos in ("ADJ", "DET"):
        j -= 1  # подверг резкой критике, выразил своё мнение
    verb = ctx.toks[j]
    inner = object_before_noun(ctx, noun, j)  # подверг решение суда резкой критике
    if inner is not None:
        return _inner_object_quote(ctx, noun, j, *inner)
    if (verb.lemma, noun.lemma) not in ctx.lex.light_cues or negated(ctx, verb):
        return None
    if verb.feats.get("VerbForm") not in ("Fin", "Conv") or not is_reported_form(verb):
        return None
    nxt = ctx.next_tok(noun.i)
    that = that_after(ctx, noun.i)
    phrase = False
    if that is not None:
        begin = ctx.toks[that].stop
    elif nxt is not None and nxt.text == "," and is_question_start(ctx, nxt.i + 1, True):
        begin = nxt.stop  # выразили недоумение, почему ...
    elif nxt is not None and is_object(nxt):
        begin, phrase = nxt.start, True  # подверг критике законопроект
    elif nxt is not None and _act_or_stance(nxt):
        begin, phrase = nxt.start, nxt.feats.get("VerbForm") != "Inf"
    elif (found := feeling_content(ctx, noun, nxt)) is not None:
        begin, phrase = found, True  # выразил обеспокоенность ростом цен
    else:
        return None
    begin = skip_space(ctx.text, begin)
    end = content_end(ctx, begin, stop)
    end = phrase_end(ctx, begin, end) if phrase else end
    speaker = speaker_of(ctx, verb.i)
    if speaker.name is None or end <= begin:
        return None
    cue = ctx.text[verb.start : noun.stop]
    return Quote(begin, end, "indirect", speaker, cue, "indirect:light_verb")


def _inner_object_quote(ctx: Context, noun: Tok, j: int, verb: Tok, first: Tok) -> Quote | None:
    """The object between a light verb and its noun (X подверг Y критике): Y, said by the
    verb's subject."""
    if negated(ctx, verb) or verb.feats.get("VerbForm") not in ("Fin", "Conv"):
        return None
    if not is_reported_form(verb):
        return None
    speaker = speaker_of(ctx, verb.i)
    if speaker.name is None:
        return None
    begin, end = first.start, ctx.toks[j].stop
    if ctx.toks[j].text in "»”" and ctx.toks[first.i - 1].text in OPENING:
        end = ctx.toks[j].start  # подверг «законопроект» критике: the span goes without its marks
    cue = f"{verb.text} {noun.text}"
    return Quote(begin, end, "indirect", speaker, cue, "indirect:light_verb_object")


def _act_or_stance(tok: Tok) -> bool:
    """What follows a light verb's noun as its content: an infinitive (выразили намерение
    сформировать комиссию), `против` or `о` (выразило протест против визита, выразил мнение о
    необходимости ...) or a dative object
    (выразили одобрение решению)."""
    return (
        tok.feats.get("VerbForm") == "Inf"
        or tok.low in ("против", "о", "об")  # выразил мнение о C
        or (tok.pos in ("NOUN", "PROPN", "ADJ", "DET") and tok.feats.get("Case") == "Dat")
    )


PLACE_POS = ("NOUN", "PROPN")  # в газете, из Манчестера


def _owner_outlet(ctx: Context, head: Tok, verb: Tok) -> Speaker | None:
    """The outlet a place noun belongs to, before the report's verb: an organisation named
    after it (на сайте китайской газеты Global Times), a body (на сайте ведомства), or the
    press itself (в прессе, в СМИ)."""
    if head.lemma in PRESS:
        return Speaker(head.lemma if head.lemma != "сми" else "СМИ", head.start, head.stop)
    for t in ctx.tokens_in(head.stop, verb.start):
        m = ctx.mention_at(t)
        if m is not None and m.type == "ORG":
            return Speaker(m.name, m.start, m.stop)
        if t.lemma in ctx.lex.titles and t.feats.get("Case") == "Gen":
            found = named_by_title(ctx, t.i)
            if found is not None:
                return found
        if t.pos == "NOUN" and t.feats.get("Case") == "Gen" and t.lemma in ctx.lex.org_roles:
            phrase = role_phrase(ctx, t.i)  # на сайте ведомства, на странице министерства X
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


PRESS = ("пресса", "сми")  # в прессе появилась информация: the press, as the gold names it


def report_noun_quote(ctx: Context, noun: Tok, stop: int) -> Quote | None:
    """A report that appeared in a named place (quote_report_nouns: в газете X появилась
    информация о ...; в сети циркулируют слухи, что ...): the content after the noun; the
    outlet speaks, an unnamed place (в сети, из Самары) gives no speaker. Without a place
    (поступила информация о пожаре) no source is given and nothing is reported, except for
    rumours and guesses (quote_rumour_nouns: ходят слухи о C, высказываются предположения,
    что C) and, round 10, a `что` clause (появились сообщения о том, что C: speaker null,
    as for сообщается, что C)."""
    if noun.lemma not in ctx.lex.report_nouns or noun.feats.get("Case") != "Nom":
        return None
    start, _ = ctx.sentence_of(noun.start)
    clause = ctx.tokens_in(start, noun.start)
    verbs = [t for t in clause[-3:] if t.lemma in ctx.lex.report_verbs and t.pos == "VERB"]
    if not verbs or negated(ctx, verbs[-1]):
        return None
    place = next((n for n, t in enumerate(clause) if t.low in ("в", "во", "на", "из")), None)
    while place is not None and place + 2 < len(clause) and clause[place + 1].pos == "ADJ":
        place += 1  # на официальном сайте X: the place is the noun after its adjectives
    if place is None or place + 1 >= len(clause) or clause[place + 1].pos not in PLACE_POS:
        if noun.lemma not in RUMOURS and that_after(ctx, noun.i) is None:
            return None
        place = None  # курсировали слухи о C; появилась информация о том, что C (unnamed)
    nxt = ctx.next_tok(noun.i)
    that = that_after(ctx, noun.i)
    if that is not None:
        begin, phrase = skip_space(ctx.text, ctx.toks[that].stop), False
    elif nxt is not None and nxt.low in ("о", "об") and nxt.i + 1 < len(ctx.toks):
        begin, phrase = ctx.toks[nxt.i + 1].start, True
    else:
        return None
    end = content_end(ctx, begin, stop)
    end = phrase_end(ctx, begin, end) if phrase else end
    speaker = Speaker(None)
    head = clause[place + 1] if place is not None else None
    if head is not None and head.lemma in ctx.lex.titles:
        speaker = named_by_title(ctx, head.i) or speaker  # в газете «Московский комсомолец»
    m = ctx.mention_at(head) if head is not None else None
    if m is not None and m.type == "ORG":
        speaker = Speaker(m.name, m.start, m.stop)
    if speaker.name is None and head is not None:
        speaker = _owner_outlet(ctx, head, verbs[-1]) or speaker  # на сайте газеты X
    if end <= begin:
        return None
    cue = ctx.text[verbs[-1].start : noun.stop]
    return Quote(begin, end, "indirect", speaker, cue, "indirect:report_noun")
