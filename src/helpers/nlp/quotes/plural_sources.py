"""Sources that are no single named person: the place or body of an indefinite plural verb
(`в МИД России отметили`), a plural adjective used as a noun (`близкие пары рассказали`),
the group that opens a gerund's clause (`толпа перекрыла проспект, требуя ...`), the group
that opens the sentence before `Они сказали` / `По их словам` (round 13), the body that
spoke in the sentence before `Там отметили` (round 14), a place that speaks as the subject
right before its verb (`Белый дом охарактеризовал X как ...`, round 17), the body the
sentence before turned to (`обратились в Минобороны. Там сообщили`, round 22).
"""

from __future__ import annotations

from .adverbials import adverbial_length
from .anaphora import is_person
from .antecedents import opens_relative
from .lexicons import INDEFINITE_SUBJECTS, TIME_NOUNS
from .org_names import fronted_body
from .owners import anaphoric_body
from .records import OPENING, Context, Speaker, Tok
from .roles import nominative, place_of, role_phrase

GROUP_WORDS = 8  # words of the sentence before searched for the group opening it


def place_source(ctx: Context, k: int, before: list[Tok] | None = None) -> Speaker | None:
    """`В МИД России отметили, что`, `В феврале из Сеула сообщили`: an indefinite plural
    verb speaks for the place or body named by `в/из X` right before it (not a time);
    ``before``: the words of its sentence before it to look at (all, by default)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = ctx.tokens_in(start, ctx.toks[k].start) if before is None else before
    if toks and toks[-1].text == ",":
        toks = _before_relative(toks)  # В больнице, куда его доставили, сообщили: в больнице
        if not toks:
            return None  # сети, имеющие магазины в Новой Англии, объявили: a phrase set off
    if (body := fronted_body(ctx, toks, k)) is not None:
        return body  # В пресс-службе ГУ МВД России по Москве уточнили: the whole name
    if (there := _there(ctx, toks, start)) is not None:
        return there  # В МИД заявили ... Там также отметили: the same body
    for n in range(len(toks) - 2, -1, -1):
        t, nxt = toks[n], toks[n + 1]
        if t.pos == "PUNCT" and t.text not in OPENING and t.text not in '»“”"':
            return None
        if t.low not in ("в", "во", "из") or nxt.lemma in TIME_NOUNS or nxt.pos == "NUM":
            continue
        if adverbial_length(toks, n):
            continue  # в общей сложности более 50 женщин рассказали: no place
        if nxt.text in OPENING and n + 2 < len(toks):
            nxt = toks[n + 2]  # В «Лаборатории Касперского» подтвердили
        m = ctx.mention_at(nxt, places=True)
        if m and m.type in ("ORG", "LOC") and m.stop > toks[-1].stop:
            phrase = toks[n + 1 :]  # МИД России | РИА Новости, read as one name: the body
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
        if m and m.type in ("ORG", "LOC"):
            return Speaker(m.name, m.start, m.stop)
        venue = next((u for u in toks[n + 1 : n + 4] if u.pos == "NOUN"), None)
        if venue is not None and venue.lemma in TIME_NOUNS:
            continue  # в настоящий момент, в прошлом году: a time, no place
        if venue is not None and venue.lemma in ctx.lex.venues:
            return None  # в российской прессе стали сравнивать: no source named
        phrase = toks[n + 1 :]
        if nxt.pos not in ("NOUN", "ADJ") or any(u.pos in ("VERB", "ADP") for u in phrase):
            return None
        if not any(u.pos in ("NOUN", "PROPN") for u in phrase):
            return None  # оставшиеся в живых: no place
        if (found := anaphoric_body(ctx, phrase)) is not None:
            return found  # в ведомстве, в военном ведомстве: the body spoken of
        place = place_of(ctx, t.i)[1:]  # в российской прессе | практически сразу же ...
        if place and place[-1].stop < phrase[-1].stop and not _quoted_name_after(phrase, place):
            phrase = place
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def _before_relative(toks: list[Tok]) -> list[Tok]:
    """The words before a relative clause set off by commas that ends ``toks`` (в больнице,
    куда его доставили,), or none when the phrase set off is something else."""
    for n in range(len(toks) - 2, 0, -1):
        if toks[n].text != ",":
            continue
        return toks[:n] if opens_relative(toks[n + 1 :]) else []
    return []


def _quoted_name_after(phrase: list[Tok], place: list[Tok]) -> bool:
    """The words of ``phrase`` after ``place`` are a name in quotation marks (В пресс-службе
    «Аэрофлота» рассказали): the name belongs to the place."""
    rest = phrase[len(place) :]
    return len(rest) > 2 and rest[0].text in OPENING and rest[-1].text in '»“”"'


def _there(ctx: Context, toks: list[Tok], start: int) -> Speaker | None:
    """`Там (же, также) отметили` opening a sentence: the body or place that spoke last in
    the sentence before (В ведомстве подчеркнули, что C. Там также пообещали ...)."""
    if not any(t.low == "там" for t in toks) or any(
        t.pos not in ("ADV", "PART", "CCONJ") and not _told(t) for t in toks
    ):
        return None
    return there_source(ctx, start)


def there_source(ctx: Context, start: int) -> Speaker | None:
    """Who `там` stands for in the sentence at ``start``: the body or place that spoke last
    in the sentence before, else the body that sentence turned to; none for a person."""
    before = [s for s in ctx.sents if s[1] <= start][-1:]
    for pos, speaker in reversed(ctx.spoken):
        if before and pos >= before[0][0] and pos < start and speaker.name:
            return None if is_person(ctx, speaker) else speaker
    return _contacted(ctx, ctx.tokens_in(*before[0])) if before else None


def _told(t: Tok) -> bool:
    """A dative pronoun or noun between `Там` and its verb: whom it was told (Там нам
    ответили, Там журналистам пояснили), not who spoke."""
    return t.pos in ("PRON", "NOUN") and t.feats.get("Case") == "Dat"


def _contacted(ctx: Context, toks: list[Tok]) -> Speaker | None:
    """The body the sentence before ``toks`` turned to, when nobody spoke there (Журналисты
    обратились в Минобороны. Там сообщили ...; направила запрос в пресс-службу мэрии. Там
    пояснили ...): the last `в/на/с` + an organisation's name or a body noun (пресс-служба,
    мэрия), as its phrase in the nominative; not a city or a country."""
    for n in range(len(toks) - 2, -1, -1):
        if toks[n].low not in ("в", "во", "на", "с", "со"):
            continue
        head = next((u for u in toks[n + 1 : n + 4] if u.pos in ("NOUN", "PROPN")), None)
        if head is None:
            continue
        m = ctx.mention_at(head)
        if m is not None and m.type == "ORG":
            return Speaker(m.name, m.start, m.stop)
        if m is None and head.lemma in ctx.lex.org_roles:
            phrase = role_phrase(ctx, head.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def substantive_subject(ctx: Context, k: int) -> Speaker | None:
    """A plural adjective or participle used as a noun right before the plural verb at
    ``k``, with its dependants (Близкие звёздной пары рассказали, оставшиеся в живых
    утверждали): the phrase as written."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = [t for t in ctx.tokens_in(start, ctx.toks[k].start)][-5:]
    for n, t in enumerate(toks):
        if t.pos not in ("ADJ", "VERB") or t.feats.get("Case") != "Nom":
            continue
        if t.feats.get("Number") != "Plur" or t.feats.get("VerbForm") not in (None, "Part"):
            continue
        rest = toks[n + 1 :]
        if rest and rest[0].pos in ("NOUN", "PROPN") and rest[0].feats.get("Case") == "Nom":
            continue  # an adjective of a noun subject, not a noun itself
        if any(u.pos in ("PUNCT", "VERB", "AUX") or u.feats.get("Case") == "Nom" for u in rest):
            continue
        phrase = ctx.text[t.start : toks[-1].stop]
        return Speaker(phrase[:1].lower() + phrase[1:], t.start, toks[-1].stop)
    return None


def gerund_subject(ctx: Context, k: int) -> Speaker | None:
    """The nominative noun that opens the clause of a gerund at ``k`` when no person or role
    is named (толпа болельщиков перекрыла проспект, требуя ...): it speaks, not someone
    named in an earlier sentence."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    for t in ctx.tokens_in(start, ctx.toks[k].start):
        if ctx.in_quote(t.start) or t.pos in ("VERB", "AUX"):
            return None  # the subject comes before the main verb
        if t.pos == "NOUN" and t.feats.get("Case") == "Nom":
            if t.i > 0 and ctx.toks[t.i - 1].pos == "ADP":
                continue
            between = ctx.toks[t.i + 1 : k]
            if any(
                u.feats.get("Voice") == "Pass" or u.feats.get("Variant") == "Short" for u in between
            ):
                return None  # Решение было принято мэром, ...: the subject is acted on
            phrase = role_phrase(ctx, t.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None


def opening_group(ctx: Context, start: int) -> Speaker | None:
    """The plural subject that opens the sentence before the one starting at ``start``, when
    it names people or a body (Представители Роскосмоса молчали. Они лишь сказали ...;
    Аналитики банка снизили прогноз. По их мнению, ...), as its phrase in the nominative."""
    before = [a for a, b in ctx.sents if b <= start]
    return _group_in(ctx, before[-1], start) if before else None


def _group_in(ctx: Context, start: int, stop: int) -> Speaker | None:
    """The plural subject that opens the text between ``start`` and ``stop``, naming people
    or a body, as its phrase in the nominative."""
    for t in ctx.tokens_in(start, stop)[:GROUP_WORDS]:
        if t.feats.get("Case") == "Nom" and t.pos in ("NOUN", "PROPN"):
            if t.feats.get("Number") != "Plur" or not person_like(t) or ctx.in_quote(t.start):
                return None
            phrase = role_phrase(ctx, t.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
        if t.pos in ("VERB", "AUX"):
            return None
    return None


def opening_owner(ctx: Context, tok: Tok) -> Speaker | None:
    """`их` in the source phrase opening a sentence (По их словам, C; По их данным, C): the
    group opening the sentence before (``opening_group``) when no source was quoted before;
    after a colon (Автомобилисты не согласны: по их словам, C), the group opening the
    sentence before the colon."""
    start, _ = ctx.sentence_of(tok.start)
    first = ctx.first_token_after(start)
    if tok.low != "их" or first is None:
        return None
    if tok.i - first <= 2:
        return opening_group(ctx, start)
    colon = ctx.toks[tok.i - 2]
    if colon.text in (":", ";") and ctx.toks[tok.i - 1].pos == "ADP":
        return _group_in(ctx, start, colon.start)
    return None


def person_like(tok: Tok) -> bool:
    """A word that names someone, not something: an animate noun, a proper name, an
    abbreviation (СМИ, МВД) or a pronoun standing for people (некоторые, многие)."""
    return (
        tok.feats.get("Animacy") == "Anim"
        or tok.pos == "PROPN"
        or tok.text.isupper()
        or tok.low in INDEFINITE_SUBJECTS
    )


def place_subject(ctx: Context, k: int) -> Speaker | None:
    """A place's name in the nominative right before the verb at ``k``, the verb's subject
    in the parser's tree (Белый дом, Кремль, Вашингтон: the body that sits there speaks; not
    the dependant of a noun: Закон штата Массачусетс требует)."""
    t = ctx.toks[k - 1] if k > 0 else None
    place = ctx.mention_at(t, places=True) if t is not None else None
    if place is None or place.type != "LOC" or t.feats.get("Case") != "Nom":
        return None
    heads = ctx.heads(k)
    if not any(heads.get(u.i) == (k, "nsubj") for u in ctx.tokens_in(place.start, place.stop)):
        return None
    return Speaker(place.name, place.start, place.stop)
