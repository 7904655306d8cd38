"""Documents and places that speak: `в сообщении МИД говорится`, `сообщили в
пресс-службе МВД`, `на сайте Кремля`; the author when named, else the document.
"""

from __future__ import annotations

from .adverbials import adverbial_length
from .anaphora import is_person, resolve, resolve_role
from .antecedents import last_spoken_any
from .lexicons import POSSESSIVES, PUBLISHING, SPOKEN_DOCUMENTS
from .org_names import author_before, body_source, degree, site_noun
from .outlets import without_outlet
from .owners import anaphoric_body
from .plural_sources import there_source
from .records import OPENING, Context, Speaker, Tok, ends_clause
from .roles import nominative, role_phrase


def document_source(ctx: Context, k: int) -> Speaker:
    """`В сообщении МИД говорится`: the author of the document, else the document itself
    (`В резолюции говорится` -> резолюция); none when no document is named."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    toks = ctx.tokens_in(start, ctx.toks[k].start)
    for j, t in enumerate(toks):
        p = j - 1
        while p > 0 and (toks[p].pos in ("ADJ", "DET") or degree(toks[p], toks[p + 1])):
            p -= 1  # в официальном комментарии, в этой публикации, в более позднем письме
        if t.lemma in ctx.lex.documents and j > 0 and toks[p].low in ("в", "во"):
            return document_author(ctx, t.i, k)
        if t.lemma in ctx.lex.documents and _participle_before(toks, j):
            return document_author(ctx, t.i, k)  # в подписанном главой государства документе
        relative = t.low.startswith("котор") and j > 1 and toks[j - 1].low in ("в", "во")
        if relative or (t.low == "где" and j > 1 and toks[j - 1].text == ","):
            # справку, в которой говорилось / характеристику из колонии, где говорится: the
            # document is the noun before the comma, or the one its dependants follow
            at = j - 1 if relative else j
            ante = _antecedent_document(ctx, toks[:at])
            if ante is not None:
                return document_author(ctx, ante.i, toks[at].i - 1)  # из интервью CNN,
    if len(toks) >= 2 and toks[0].low in ("в", "во") and toks[1].low in ("нем", "ней", "них"):
        found = publisher_before(ctx, start)  # МИД опубликовал комментарий. В нём сказано ...
        return found if found.name else last_spoken_any(ctx, start) or found
    return source_after(ctx, k) or Speaker(None)  # как отмечается в материалах банка


def _antecedent_document(ctx: Context, toks: list[Tok]) -> Tok | None:
    """The document noun a relative clause after ``toks`` (ending with its comma) refers
    to: the last noun before the comma, or a document noun that the nouns after it
    depend on (характеристику из колонии, где): none across a verb."""
    for u in reversed(toks[:-1] if toks and toks[-1].text == "," else toks):
        if u.pos in ("VERB", "AUX") or (u.pos == "PUNCT" and u.text not in OPENING + "»"):
            return None
        if u.pos == "NOUN" and (u.lemma in ctx.lex.documents or site_noun(ctx, u)):
            return u
    return None


def document_author(ctx: Context, d: int, stop: int) -> Speaker:
    """Who speaks through the document noun at token ``d`` (words up to token ``stop``):
    a name after it (в заявлении МИД России), a genitive owner (в сообщении лейбла), the
    site it is on (на официальном сайте президента), else the document itself."""
    rest = _past_connective(ctx.toks[d + 1 : stop])
    owner = False  # a genitive noun right after the document: its author
    for n, u in enumerate(rest):
        owner = owner or (n == 0 and u.pos == "NOUN" and u.feats.get("Case") == "Gen")
        if owner and u.low in ("в", "во", "на"):
            break  # в сообщении ведомства | в Telegram-канале: where it was posted, not who
        m = ctx.mention_at(u, places=True)
        if m:
            return Speaker(m.name, m.start, m.stop)
    if rest and rest[0].low in ("на", "в") and len(rest) > 1 and rest[1].pos in ("NOUN", "ADJ"):
        head = next((u for u in rest[1:] if u.pos == "NOUN"), None)
        if head is not None:
            phrase = role_phrase(ctx, head.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    first = rest[0] if rest else None
    role = first is not None and first.lemma in ctx.lex.roles  # телеграмме Президента: PROPN
    if first and first.feats.get("Case") == "Gen" and (first.pos in ("NOUN", "ADJ") or role):
        head = first if role else next((u for u in rest if u.pos == "NOUN"), None)
        if head is not None:  # в сообщении лейбла -> лейбл, украинских СМИ -> украинские СМИ
            phrase = role_phrase(ctx, head.i)
            if (body := anaphoric_body(ctx, phrase)) is not None:
                return body  # в сообщении надзорного ведомства: the body spoken of before
            holder = _role_holder(ctx, head)
            if holder is not None:
                return holder  # в заявлении президента: the president the article named
            phrase = role_phrase(ctx, head.i)
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    doc = ctx.toks[d]
    if doc.lemma in SPOKEN_DOCUMENTS:  # «Q», — говорится в интервью: the person last quoted
        found = last_spoken_any(ctx, doc.start)
        if found is None or not is_person(ctx, found):
            found = resolve(ctx, doc.start, None)  # X дал интервью ...: the subject before
        if found is not None and is_person(ctx, found):
            return found
    if (owner := _possessor(ctx, d)) is not None:
        return owner  # «Q», — говорится в его заявлении: the person the pronoun stands for
    if first is not None and first.text.isdigit():
        phrase = role_phrase(ctx, d)  # в статье 49 кодекса: the numbered part of a document
        if len(phrase) > 2:
            return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    bare = all(u.pos in ("ADV", "PART") for u in rest)  # В заявлении также говорится
    if bare or rest[0].pos == "PUNCT" or ends_clause(rest[0], ctx.lex):
        if (author := author_before(ctx, doc)) is not None:
            return author  # ЦТАК сообщило ... В сообщении говорится: the agency again
        if (author := publisher_before(ctx, ctx.sentence_of(doc.start)[0], True)).name:
            return author  # Губернатор подписал указ. В документе говорится: the governor
    words_ = [doc]
    j = d - 1
    while j >= 0 and (ctx.toks[j].pos == "ADJ" or degree(ctx.toks[j], words_[0])):
        words_.insert(0, ctx.toks[j])
        j -= 1
    return Speaker(nominative(ctx, words_), words_[0].start, words_[-1].stop)


def _possessor(ctx: Context, d: int) -> Speaker | None:
    """`его`/`её` before the document noun at ``d`` (в его заявлении, в её обращении, over
    adjectives: в его последнем интервью): the person it stands for, as a pronoun subject."""
    j = d - 1
    while j >= 0 and ctx.toks[j].pos == "ADJ":
        j -= 1
    word = ctx.toks[j].low.replace("ё", "е") if j >= 0 else ""
    if word not in POSSESSIVES or word == "их":
        return None
    found = resolve(ctx, ctx.toks[j].start, POSSESSIVES[word])
    return found if found is not None and is_person(ctx, found) else None


PARTICIPLE_REACH = 5  # words at most between `в` and the document noun over a participle


def _participle_before(toks: list[Tok], j: int) -> bool:
    """`в` + a participle in the locative + its agent or object (nouns in the instrumental or
    genitive), then the document noun at ``j``: в подписанном главой государства документе."""
    for p in range(j - 1, max(j - 1 - PARTICIPLE_REACH, -1), -1):
        t = toks[p]
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Part" and t.feats.get("Case") == "Loc":
            return p > 0 and toks[p - 1].low in ("в", "во")
        if t.pos not in ("NOUN", "PROPN", "ADJ") or t.feats.get("Case") not in ("Ins", "Gen"):
            return False
    return False


def _past_connective(rest: list[Tok]) -> list[Tok]:
    """The words after a document noun without a fixed adverbial that opens them (в заявлении
    в частности говорится, в письме, в свою очередь, ...): such a phrase is never the place or
    owner that speaks."""
    lead = 1 if rest and rest[0].text == "," else 0
    if not (n := adverbial_length(rest, lead)):
        return rest
    after = rest[lead + n :]
    return after[1:] if after and after[0].text == "," else after


def _role_holder(ctx: Context, head: Tok) -> Speaker | None:
    """The person who holds the role that owns a document (в заявлении президента, в письме
    министра обороны): a singular role noun resolved through the article, like a subject."""
    if head.lemma not in ctx.lex.roles or head.feats.get("Number") == "Plur":
        return None
    found = resolve_role(ctx, head, "Fem" if head.feats.get("Gender") == "Fem" else None)
    return found if found is not None and is_person(ctx, found) else None


def publisher_before(ctx: Context, start: int, published: bool = False) -> Speaker:
    """The subject (a nominative name) of the sentence before ``start`` when that sentence
    names a document (МИД России опубликовал комментарий): its author; with ``published``,
    only when a verb there publishes or signs it (подписал указ, not получил письмо), in one
    of the few sentences before (подписал постановление. Как говорится в документе, ...
    уточняется в постановлении)."""
    prev = [(a, b) for a, b in ctx.sents if b <= start]
    for sent in reversed(prev[-PUBLISHED_SENTENCES:] if published else prev[-1:]):
        toks = ctx.tokens_in(*sent)
        if not any(t.lemma in ctx.lex.documents for t in toks):
            continue
        if published and not any(t.lemma in PUBLISHING for t in toks):
            continue
        if published and not any(_made(ctx, t) for t in toks):
            continue  # Как говорится в документе, выплата составит ...: it speaks, not made
        for t in toks:
            m = ctx.mention_at(t)
            if m and m.type in ("PER", "ORG") and t.feats.get("Case") in ("Nom", None):
                return Speaker(m.name, m.start, m.stop)
        return Speaker(None)
    return Speaker(None)


PUBLISHED_SENTENCES = 3  # sentences back where a signed or published document is looked for


def _made(ctx: Context, tok: Tok) -> bool:
    """A document noun that is made or made public (its subject or object: подписал
    постановление, документ опубликован), not one a quote comes from (в документе)."""
    return tok.lemma in ctx.lex.documents and tok.feats.get("Case") in ("Nom", "Acc", None)


def _addressee(tok: Tok) -> bool:
    """A noun in the dative right after the verb: whom it was told (агентству, журналистам,
    корреспонденту), not who told it."""
    return tok.pos in ("NOUN", "PROPN") and tok.feats.get("Case") == "Dat"


def _place_head(toks: list[Tok]) -> Tok:
    """The noun of the place phrase after `в` / `на` (на официальном сайте -> сайте), not
    crossing a comma (в МЧС, пожар ...: МЧС)."""
    for t in toks:
        if t.pos == "PUNCT":
            break
        if t.pos == "NOUN":
            return t
    return toks[0]


def source_after(ctx: Context, k: int) -> Speaker | None:
    """`в X` (or `из X`) right after an impersonal or indefinite plural verb at ``k``: the
    place or document that speaks (говорится в заявлении МИД России, сообщили в пресс-службе
    МВД, как сообщили из прокуратуры)."""
    toks = ctx.toks[k + 1 : k + 8]
    told = ctx.mention_at(toks[0]) if toks and toks[0].text not in OPENING else None
    if told is None and toks and toks[0].text in OPENING and len(toks) > 1:
        told = ctx.mention_at(toks[1])  # сообщили «Интерфаксу» в пресс-службе
    if told is not None and told.type == "ORG":  # сообщили ТАСС в пресс-службе: the addressee
        nxt = ctx.first_token_after(told.stop)
        while nxt is not None and ctx.toks[nxt].text in "»”\"'":
            nxt += 1
        toks = ctx.toks[nxt : nxt + 7] if nxt is not None else []
    if len(toks) > 1 and _addressee(toks[0]) and toks[1].low in ("в", "во", "из"):
        toks = ctx.toks[toks[1].i : toks[1].i + 7]  # сообщили агентству в пресс-службе
    if toks and (skip := adverbial_length(toks, 0)) and skip < len(toks):
        toks = ctx.toks[toks[skip].i : toks[skip].i + 7]  # сообщили в частности в МВД
    if toks and toks[0].low == "там" and (len(toks) == 1 or toks[1].pos == "PUNCT"):
        return there_source(ctx, ctx.sentence_of(toks[0].start)[0])  # C, уточнили там.
    if len(toks) < 2 or toks[0].low not in ("в", "во", "на", "из"):
        return None
    head = _place_head(toks[1:4])  # на официальном сайте; в МЧС, ...
    if toks[0].low == "на" and (head.lemma not in ctx.lex.settings or head.i + 1 >= len(ctx.toks)):
        return None
    if toks[0].low == "на":  # сообщается на сайте Кремля: the site's owner
        return document_author(ctx, head.i, min(head.i + 6, len(ctx.toks)))
    if head.lemma in ctx.lex.documents:  # the document's author, else the document
        end = head.i + 1
        while end < len(ctx.toks) and end < head.i + 8 and not ends_clause(ctx.toks[end], ctx.lex):
            end += 1
        return document_author(ctx, head.i, end)
    return without_outlet(ctx, _place_after(ctx, head, toks))  # в правительстве | РИА Новости


def _place_after(ctx: Context, head: Tok, toks: list[Tok]) -> Speaker | None:
    m = ctx.mention_at(head, places=True)
    if m and m.type in ("ORG", "LOC"):
        return Speaker(m.name, m.start, m.stop)
    if (body := body_source(ctx, head.i)) is not None:
        return body  # сообщили в пресс-службе ГУ МВД России по Москве: the whole name
    if head.pos == "NOUN" and (head.lemma in ctx.lex.org_roles or ctx.mention_at(toks[2])):
        phrase = role_phrase(ctx, head.i)
        if (body := anaphoric_body(ctx, phrase)) is not None:
            return body  # сообщили в американской компании: the company spoken of
        return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
    return None
