"""Sources named before a word that points back without a role: the last source quoted
(`По его словам` after `заявил пресс-секретарь губернатора`), the name a relative `который`
stands for, a name in an oblique case (`на что тот ответил`), the last organisation quoted
(split from anaphora.py, round 13).
"""

from __future__ import annotations

from .lexicons import LATTER, POSSESSIVES, QUANTIFIERS, RELATIVES
from .records import Context, Speaker, Tok, mention_case


def last_spoken_any(ctx: Context, before: int) -> Speaker | None:
    """The last source quoted before ``before`` (В пресс-релизе полиции говорится: ... В нём
    поясняется, что ...: the document's author again)."""
    for pos, speaker in reversed(ctx.spoken):
        if pos < before and speaker.name:
            return speaker
    return None


def last_spoken(ctx: Context, before: int, plural: bool) -> Speaker | None:
    """A pronoun with no person named before it points back to the last source quoted,
    named by a role or a group (заявил пресс-секретарь губернатора. По его словам, ...;
    полагают собеседники издания. По их словам, ...): its head noun agrees in number."""
    found = _last_source(ctx, before)
    head = ctx.token_at(found[1].start) if found is not None else None
    if found is None or head is None:
        return None
    t = ctx.toks[head]  # несколько российских СМИ, ряд изданий: a counted group is many
    many = t.feats.get("Number") == "Plur" or t.pos == "NUM" or t.lemma in QUANTIFIERS
    return found[1] if many == plural else None


def last_body_spoken(ctx: Context, before: int) -> Speaker | None:
    """`их` with no group before it: the organisation quoted last, in this sentence or the one
    before (В ГИБДД сообщили о C. По их информации, D; Телеканал X опроверг это. По их словам,
    D): a body speaks through its people, so the plural points back to it."""
    found = _last_source(ctx, before)
    if found is None or found[0] < sentence_before(ctx, before):
        return None
    speaker = found[1]
    end = speaker.stop or speaker.start
    body = any(m.type == "ORG" and speaker.start <= m.start < end for m in ctx.mentions)
    return speaker if body else None


def _last_source(ctx: Context, before: int) -> tuple[int, Speaker] | None:
    """Where and by whom the last source named in the text was quoted before ``before``."""
    for pos, speaker in reversed(ctx.spoken):
        if pos < before and speaker.name and speaker.start is not None:
            return pos, speaker
    return None


def sentence_before(ctx: Context, pos: int) -> int:
    """Where the sentence before the one at ``pos`` starts (its own start when it is the
    first)."""
    own = ctx.sentence_of(pos)[0]
    return max((a for a, b in ctx.sents if b <= own), default=own)


def recent_role(
    ctx: Context, tok: Tok, gender: str | None, found: Speaker | None
) -> Speaker | None:
    """A role with no name that the person ``found`` for the pronoun ``tok`` owns, quoted in
    this or the sentence before (Его адвокат заявил, что C. По его словам, D: the lawyer, not
    his client; отец Джеймсона сказал ... По его словам): the nearer antecedent, of the
    pronoun's number and gender."""
    if found is None or found.stop is None:
        return None
    before = sentence_before(ctx, tok.start)
    for pos, speaker in reversed(ctx.spoken):
        if pos >= tok.start:
            continue
        if pos < before or not speaker.name or speaker.start is None:
            return None
        if any(m.type == "PER" and m.start == speaker.start for m in ctx.mentions):
            return None  # a person quoted: the pronoun's own resolution names them
        head = ctx.token_at(speaker.start)
        t = ctx.toks[head] if head is not None else None
        if t is None or t.feats.get("Number") == "Plur" or speaker.stop < found.stop:
            return None
        owned = head > 0 and POSSESSIVES.get(ctx.toks[head - 1].low) is not None  # его, её
        if not (owned or speaker.start <= found.start < speaker.stop):
            return None  # only a role the person owns (его адвокат, отец Джеймсона)
        if gender and t.feats.get("Gender") in ("Masc", "Fem") and t.feats["Gender"] != gender:
            return None
        return speaker
    return None


def resolve_other(ctx: Context, before: int, gender: str | None) -> Speaker | None:
    """The last named person before ``before`` in an oblique case (спросил у Орешкина, на
    что тот ответил -> Орешкин)."""
    for m in reversed([m for m in ctx.mentions if m.type == "PER" and m.stop <= before]):
        if ctx.in_quote(m.start) or (gender and m.gender and m.gender != gender):
            continue
        if mention_case(ctx, m) not in ("Nom", None):
            return Speaker(m.name, m.start, m.stop)
    return None


def latter(ctx: Context, k: int) -> Speaker | None:
    """`Последний`/`Последняя` at token ``k`` standing for a noun (no noun, name or adjective
    after it): the last person named in an oblique case (Белоусов встретился с Хрениным.
    Последний заявил -> Хренин), as for `тот`; None before a noun (Последний опрос)."""
    nxt = ctx.next_tok(k)
    if nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ", "X"):
        return None
    return resolve_other(ctx, ctx.toks[k].start, LATTER.get(ctx.toks[k].low))


def opens_relative(toks: list[Tok]) -> bool:
    """``toks`` open a relative clause: a relative word, also after its preposition
    (куда его доставили, в которую его доставили, где он лечится)."""
    if toks and toks[0].pos == "ADP":
        toks = toks[1:]
    return bool(toks) and toks[0].lemma in RELATIVES


def oblique_apposition(ctx: Context, p: int) -> bool:
    """The name starting at token ``p`` stands in apposition to a common noun in an oblique
    case (из квартиры своей дочери Челси, к сыну Ивану): it is no subject, whatever its
    own (often indeclinable) tag says."""
    k = p - 1
    if k < 0 or ctx.toks[k].pos != "NOUN" or ctx.toks[k].feats.get("Case") in ("Nom", None):
        return False
    if ctx.toks[k].feats.get("Animacy") != "Anim":
        return False  # пресс-служба фракции ЛДПР: an organisation's name, not a person's
    while k >= 0 and (ctx.toks[k].pos in ("NOUN", "ADJ", "DET") or _opening_role(ctx, k)):
        if ctx.toks[k].pos == "NOUN" and ctx.toks[k].feats.get("Case") == "Nom":
            return False  # пресс-секретарь президента Дмитрий Песков
        if _opening_role(ctx, k):
            return False  # the same, the role opening its line read as a proper name
        k -= 1
    return True


def _opening_role(ctx: Context, k: int) -> bool:
    """A role word opening its sentence, capitalised, that the tagger read as a proper name
    in an oblique case (Пресс-секретарь президента ...): it is the nominative head."""
    t = ctx.toks[k]
    return t.pos == "PROPN" and t.lemma in ctx.lex.roles and ctx.sentence_of(t.start)[0] == t.start


def antecedent(ctx: Context, j: int, gender: str | None) -> Speaker | None:
    """The name a relative `который` at token ``j`` stands for: the one right before its
    comma (за исключением России, которая настаивала -> Россия)."""
    k = j - 1
    if ctx.toks[k].text != ",":
        return None
    m = ctx.mention_at(ctx.toks[k - 1], places=True)
    if m is None:
        k = _apposition_comma(ctx, k)  # Джо Арпайо, своего союзника, который: over it
        m = ctx.mention_at(ctx.toks[k - 1], places=True) if k is not None else None
    if m is None or (gender and m.gender and m.gender != gender):
        return None
    return Speaker(m.name, m.start, m.stop)


APPOSITION_WORDS = 6  # an apposition between a name and its `который` has at most this many


def _apposition_comma(ctx: Context, comma: int) -> int | None:
    """The comma opening a noun-phrase apposition that ends at the comma at ``comma`` (X,
    своего политического союзника, который ...): no verb, preposition or name inside."""
    for j in range(comma - 1, max(0, comma - 1 - APPOSITION_WORDS), -1):
        t = ctx.toks[j]
        if t.text == ",":
            return j if j < comma - 1 and j > 0 else None
        if t.pos not in ("NOUN", "ADJ", "DET") or ctx.mention_at(t) is not None:
            return None
    return None


def last_org_speaker(ctx: Context, before: int) -> Speaker | None:
    """The organisation that spoke last before ``before`` (МИД России ... в ведомстве)."""
    for pos, speaker in reversed(ctx.spoken):
        if pos < before and any(m.type == "ORG" and m.start == speaker.start for m in ctx.mentions):
            return Speaker(speaker.name, speaker.start, speaker.stop)
    return None
