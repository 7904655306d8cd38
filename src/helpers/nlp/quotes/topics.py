"""Where the `о` of reported content stands after a speech verb (round 6), when words come
between them: a focus word (говорилось только о C), a time adverbial (сообщил в субботу о C, сообщил вчера о C) or, after a verb
of informing or asking, the addressee (предупредил правительство о C, попросил его о C). The frame `indirect:o_topic` (verbs.py) reads the content from there."""

from __future__ import annotations

from .lexicons import FOCUS_WORDS, INFORMING, TIME_ADVERBS, TIME_NOUNS
from .records import Context, Tok

NAME_MARKS = frozenset('«»„“”"')  # around an organisation's name in the addressee
ADDRESSEE_WORDS = 5  # words of the addressee's phrase: правительство Белоруссии, все партнёры
TOPIC = ("о", "об")
STOPS = ()  # `от X` + the object: the addressee is adjectives and one noun or name
VENUE_PREPS = ("в", "во", "на")  # where it was said: в интервью, на брифинге, в Twitter


def topic_after(ctx: Context, a: Tok, b: Tok) -> Tok:
    """The `о` of the speech verb ``a`` whose complement starts at ``b``, or ``b`` itself."""
    if b.low in TOPIC:
        return b
    j = None
    nxt = ctx.next_tok(b.i)
    if b.low in FOCUS_WORDS:
        j = b.i + 1  # говорилось только о C, сообщил лишь о C
    elif b.low in ("в", "во") and nxt is not None and nxt.lemma in TIME_NOUNS:
        j = nxt.i + 1  # сообщил в субботу об обнаружении
    elif b.lemma in TIME_ADVERBS:
        j = b.i + 1  # сообщил вчера о
    elif b.low in VENUE_PREPS and nxt is not None and nxt.feats.get("Case") in ("Loc", None):
        j = _phrase_end(ctx, nxt.i)  # сообщил в Инстаграме о C, на пресс-конференции о C
    elif b.low in ("в", "во") and nxt is not None and nxt.feats.get("Case") == "Acc":
        # пожаловались в прокуратуру на C, сообщил в полицию о C: where it was sent, then C
        j = _phrase_end(ctx, nxt.i, ("на", "о", "об"))
        if j is not None and (a.lemma, ctx.toks[j].low) in ctx.lex.pp_cues:
            return ctx.toks[j]
    elif a.lemma in INFORMING and _addressee(b):
        j = _phrase_end(ctx, b.i)  # предупредил правительство Белоруссии о
    elif (a.lemma, "к") in ctx.lex.pp_cues and _addressee(b):
        j = _phrase_end(ctx, b.i, ("к", "ко"), places=True)  # призывает граждан к C
        return ctx.toks[j] if j is not None else b
    elif (a.lemma, "о") in ctx.lex.pp_cues and _addressee(b):
        j = _phrase_end(ctx, b.i)  # попросил президента о C: the one asked, then the plea
        return ctx.toks[j] if j is not None else b
    elif b.low in ("от", "у", "для") and _asks_of(ctx, a):
        # требует от ООН C, требовал для подсудимого C: the object after the addressee
        j = _phrase_end(ctx, b.i + 1, STOPS)
        return ctx.toks[j] if j is not None and j > b.i + 1 else b
    if j is None or j >= len(ctx.toks):
        return b
    return ctx.toks[j] if ctx.toks[j].low in TOPIC else b


def _addressee(t: Tok) -> bool:
    """An accusative object; an animate plural reads as genitive (предупредили жителей)."""
    case = t.feats.get("Case")
    return case == "Acc" or (case == "Gen" and t.feats.get("Animacy") == "Anim")


def _asks_of(ctx: Context, a: Tok) -> bool:
    """A verb of demand or request whose addressee may come first with `от`/`у`."""
    return a.lemma in ctx.lex.infinitive_cues or a.lemma in ctx.lex.object_cues


def _phrase_end(
    ctx: Context, i: int, ends: tuple[str, ...] = TOPIC, places: bool = False
) -> int | None:
    """The token after the addressee's noun phrase that starts at ``i`` (nouns, names,
    adjectives, `и`): one of ``ends`` (or, for ``STOPS``, the word after its first noun or
    name), or None when it runs into a verb or punctuation first (the quotation marks around
    a name are no punctuation here and no word: ОАО «Белтрансгаз» и правительство о C). With
    ``places``, a place after a noun belongs to the phrase (стороны конфликта на Ближнем
    Востоке к C)."""
    words = 0
    for j in range(i, len(ctx.toks)):
        t = ctx.toks[j]
        if t.text in NAME_MARKS:
            continue
        words += 1
        if words > ADDRESSEE_WORDS + 1:
            return None
        if t.low in ends:
            return j
        if ends is STOPS and t.pos in ("NOUN", "PROPN"):
            k = j + 1  # от губернатора, от ООН: adjectives and one noun (names run on)
            while k < len(ctx.toks) and ctx.toks[k].pos == "PROPN":
                k += 1
            return k if k < len(ctx.toks) else None
        if places and j > i and place_of_noun(ctx, j):
            continue  # жителей в Курской области, стороны конфликта на Ближнем Востоке
        if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "CCONJ", "X"):
            return None
    return None


NOUNS = ("NOUN", "PROPN")


def place_of_noun(ctx: Context, j: int) -> bool:
    """`в`/`на` at ``j`` opens the named place of the noun before it (жителей в Курской
    области, стороны конфликта на Ближнем Востоке), not the setting of the speech act nor an
    adverbial (призвал жителей в своем обращении, коллегию в этой связи)."""
    if ctx.toks[j].low not in ("в", "во", "на") or ctx.toks[j - 1].pos not in NOUNS:
        return False
    head = next((t for t in ctx.toks[j + 1 : j + 4] if t.pos in NOUNS), None)
    return head is not None and ctx.mention_at(head, places=True) is not None


def fronted_opening(ctx: Context, lead: list[Tok]) -> bool:
    """Words that may open a sentence before a fronted `о X`: one adverb or instrumental
    adjective (Впервые, Первыми), or a parenthetical closed by a comma (Таким образом, о)."""
    if len(lead) == 1 and (
        lead[0].pos == "ADV" or (lead[0].pos == "ADJ" and lead[0].feats.get("Case") == "Ins")
    ):
        return True
    comma = ctx.next_tok(lead[-1].i) if lead else None
    return (
        comma is not None
        and comma.text == ","
        and all(t.pos not in ("VERB", "AUX", "PRON", "PROPN") for t in lead)
    )
