"""The grammar of a subject phrase (round 8): a role's dependants up to the name in
apposition (a list of genitives, a title before the name), and names that are no subject
because they end a prepositional phrase or name the common noun before them; the asides a
search for the subject steps over going left from the verb (a participial or `который`
phrase between commas, an apposition between dashes: moved from speakers.py in round 16).
"""

from __future__ import annotations

from .records import OPENING, Context, Speaker, Tok, ends_clause
from .roles import nominative, role_phrase

OF_SUBJECT = ("NOUN", "ADJ", "DET")  # genitive dependants of a subject (создатели этого альянса)
APPOSED_WORDS = 14  # words at most between a role noun and the name in apposition to it


def listed_dependant(ctx: Context, comma: Tok) -> bool:
    """A comma inside a list of dependants of a role (комитета по вопросам семьи, женщин и
    детей): the words on both sides are nouns in the same oblique case."""
    if comma.i < 1 or comma.i + 1 >= len(ctx.toks):
        return False
    before, after = ctx.toks[comma.i - 1], ctx.toks[comma.i + 1]
    case = before.feats.get("Case")
    return (
        before.pos == "NOUN"
        and after.pos in ("NOUN", "ADJ")
        and case not in (None, "Nom")
        and after.feats.get("Case") == case
        and ctx.mention_at(after) is None
    )


def titled_name(ctx: Context, t: Tok, cases: tuple) -> bool:
    """A person noun right before a person's name in the same case (доктор Фредерик Мис,
    генерал Иван Петров): a title of that name inside a longer apposition."""
    if t.pos != "NOUN" or t.feats.get("Animacy") != "Anim" or t.feats.get("Case") != "Nom":
        return False  # по словам дочери актёра X: in an oblique case the noun owns the name
    if "Nom" not in cases:
        return False
    nxt = ctx.next_tok(t.i)
    m = ctx.mention_at(nxt) if nxt is not None else None
    return m is not None and m.type == "PER" and m.start == nxt.start


PP_CHAIN = 6  # words at most between a preposition and a name at the end of its phrase


def inside_pp(ctx: Context, p: int) -> bool:
    """The name opening at token ``p``, not in the nominative, ends a prepositional phrase
    (на страницах американского издания The New York Times): oblique words lead back to a
    preposition, so it is no subject."""
    if ctx.toks[p].feats.get("Case") == "Nom" or ctx.mention_at(ctx.toks[p]) is None:
        return False
    for t in reversed(ctx.toks[max(p - PP_CHAIN, 0) : p]):
        if t.pos == "ADP":
            return True
        if t.text in OPENING:
            continue
        if t.pos not in ("NOUN", "ADJ", "DET", "NUM") or t.feats.get("Case") in (None, "Nom"):
            return False
    return False


def named_noun(ctx: Context, j: int) -> bool:
    """A capitalised word the entity pass did not take, right after a common inanimate noun
    in an oblique case (бюро города Вустера, жители села Ивановка): the noun's own name;
    not a role word written with a capital (В ходе церемонии Папа подчеркнул: a title)."""
    t = ctx.toks[j]
    if t.pos != "PROPN" or ctx.mention_at(t) is not None or j < 1 or t.lemma in ctx.lex.roles:
        return False
    prev = ctx.toks[j - 1]
    return (
        prev.pos == "NOUN"
        and prev.text.islower()
        and prev.feats.get("Animacy") == "Inan"
        and prev.feats.get("Case") not in (None, "Nom")
    )


def titled_oblique(ctx: Context, p: int) -> bool:
    """The name opening at token ``p`` names the title noun right before it, and that noun is
    in an oblique case (в эфире телеканала РБК заявил, по просьбе агентства ТАСС; also in
    quotation marks: в интервью телеканалу «Россия 24» отметил): an indeclinable name
    tagged nominative there is no subject."""
    m = ctx.mention_at(ctx.toks[p])
    if p < 1 or m is None or m.type == "PER":
        return False  # организаторов акции Владимир Дорош: a person names no title noun
    k = p - 1
    while k > 0 and ctx.toks[k].text in OPENING:
        k -= 1  # в интервью телеканалу «Россия 24» отметил: the name in quotation marks
    prev = ctx.toks[k]
    # a quoted name after a noun the tagger may read either way (движение «Талибан»: Nom or
    # Acc) counts only after a case that is never the subject's
    case = prev.feats.get("Case")
    oblique = case in OBLIQUE if k < p - 1 else case not in (None, "Nom")
    return prev.pos == "NOUN" and prev.lemma in ctx.lex.titles and oblique


OBLIQUE = ("Gen", "Dat", "Ins", "Loc")


def quantified_subject(ctx: Context, k: int) -> Speaker | None:
    """The parser's subject of the plural verb at ``k`` when it is a genitive plural noun
    counted by a numeral (несколько торговых сетей объявили, пять компаний заявили): the
    phrase from the numeral, as written (the numeral is in the nominative)."""
    counted = counted_before(ctx, k)
    if counted is not None:
        return counted
    heads = ctx.heads(k)
    for j, (head, rel) in heads.items():
        t = ctx.toks[j]
        if head != k or rel != "nsubj" or t.pos != "NOUN" or t.feats.get("Case") != "Gen":
            continue
        counts = [n for n, (h, r) in heads.items() if h == j and r.startswith("nummod") and n < j]
        if not counts or ctx.in_quote(t.start):
            return None
        phrase = role_phrase(ctx, j)
        first, last = ctx.toks[min(counts)], phrase[-1]
        name = ctx.text[first.start : last.stop]
        if first.pos == "NUM":  # Несколько сетей opening the sentence: a common phrase
            name = name[:1].lower() + name[1:]
        return Speaker(name, first.start, last.stop)
    return None


def counted_before(ctx: Context, k: int) -> Speaker | None:
    """A numeral and its genitive noun right before the verb at ``k``, over a participial
    phrase set off by commas (пять сетей, имеющих магазины в городе, объявили)."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    j = k - 1
    if j > 0 and ctx.toks[j].text == ",":
        opening = next((u.i for u in reversed(ctx.toks[max(j - 15, 0) : j]) if u.text == ","), None)
        after = ctx.toks[opening + 1] if opening is not None else None
        if after is None or after.feats.get("VerbForm") != "Part" or after.start < start:
            return None
        j = opening - 1
    noun = ctx.toks[j] if j >= 0 else None
    if noun is None or noun.feats.get("Case") != "Gen" or not _counted_noun(ctx, j):
        return None
    n = j - 1
    while n >= 0 and ctx.toks[n].pos == "ADJ" and ctx.toks[n].feats.get("Case") == "Gen":
        n -= 1
    first = n + 1  # the group's first word
    if n > 0 and _share(ctx.toks[n]):
        n -= 1  # 45% россиян считают, 40 процентов опрошенных: a share counts the group too
    count = ctx.toks[n] if n >= 0 else None
    if count is None or count.start < start or ctx.in_quote(count.start):
        return None
    if count.pos == "NUM" and count.text.isdigit() and noun.feats.get("Number") == "Plur":
        # более 50 женщин рассказали: a figure counts the group; the group in the nominative
        phrase = ctx.toks[first : j + 1]
        return Speaker(nominative(ctx, phrase), phrase[0].start, noun.stop)
    if count.pos != "NUM" or count.feats.get("Case") not in ("Nom", "Acc"):
        return None
    name = ctx.text[count.start : noun.stop]
    return Speaker(name[:1].lower() + name[1:], count.start, noun.stop)


def _share(tok: Tok) -> bool:
    """A word of share before a counted group: `%` or `процент`."""
    return tok.text == "%" or tok.lemma == "процент"


def _counted_noun(ctx: Context, j: int) -> bool:
    """A noun, or a participle or adjective used as one in the plural right after a figure or
    share (40 процентов опрошенных, 45% пострадавших): the counted group's head."""
    t = ctx.toks[j]
    if t.pos == "NOUN":
        return True
    prev = ctx.toks[j - 1] if j > 0 else None
    counted = prev is not None and (_share(prev) or prev.pos == "NUM")
    return counted and t.pos in ("ADJ", "VERB") and t.feats.get("Number") == "Plur"


PP_WORDS = 5  # words at most in a prepositional phrase inside a source's genitive phrase


def named_after_pp(ctx: Context, k: int, j: int) -> Speaker | None:
    """A person named in the genitive after a prepositional phrase that ends a role's
    genitive phrase (по мнению полпреда президента в округе Виктора Ишаева, члена комитета
    по обороне и безопасности Валерия Шнякина): the phrase describes the role, the name is
    its holder. ``j`` is the first word in another case, right after the preposition."""
    if j < 1 or ctx.toks[j - 1].pos != "ADP":
        return None
    lex = ctx.lex
    if not any(
        t.lemma in lex.roles or (t.pos == "NOUN" and t.feats.get("Animacy") == "Anim")
        for t in ctx.toks[k : j - 1]
    ):
        return None
    for u in ctx.toks[j : j + PP_WORDS]:
        m = ctx.mention_at(u)
        if m is not None and m.type == "PER":
            case = u.feats.get("Case")
            return Speaker(m.name, m.start, m.stop) if case in ("Gen", None) else None
        if u.pos not in ("NOUN", "ADJ", "PROPN", "CCONJ", "DET") or ends_clause(u, lex):
            return None
    return None


def parsed_as_participle(ctx: Context, tok: Tok) -> bool:
    """A word the tagger read as a noun or finite verb whose every analysis is a full
    participle (прооперировавшие, возглавляющий): it opens a participial phrase."""
    if tok.pos not in ("NOUN", "VERB") or not tok.text.isalpha() or not tok.text.islower():
        return False
    parses = ctx.morph.parse(tok.text)
    return bool(parses) and all(p.tag.POS == "PRTF" for p in parses)


def overt_subject(ctx: Context, k: int, gender: str | None) -> int | None:
    """A nominative noun before the verb at ``k`` in its clause that agrees with it
    (законопроект предполагал ..., журнал «Time» называл ...): its token index."""
    start, _ = ctx.sentence_of(ctx.toks[k].start)
    for t in reversed(ctx.tokens_in(start, ctx.toks[k].start)):
        if t.text in (",", ":") or t.text in ctx.lex.dashes or ctx.in_quote(t.start):
            return None
        if t.pos != "NOUN" or t.feats.get("Case") != "Nom" or t.feats.get("Number") == "Plur":
            continue
        if t.i > 0 and ctx.toks[t.i - 1].pos == "ADP":
            continue
        return None if gender and t.feats.get("Gender") not in (gender, None) else t.i
    return None


TITLE_NAME_WORDS = 3  # tokens at most of an outlet's name the entity pass missed


def unmarked_title(ctx: Context, k: int) -> Speaker | None:
    """The name right after a title noun at ``k`` that the entity pass did not take and no
    quotation marks enclose (газета 7Плюс, газета Вечерка): capitalised, Latin or digit
    tokens up to the next punctuation or lowercase word."""
    if ctx.toks[k].feats.get("Number") == "Plur":
        return None  # по данным изданий: several outlets, the words after are the clause
    name = []
    for t in ctx.toks[k + 1 : k + 1 + TITLE_NAME_WORDS]:
        if not (t.text[:1].isupper() or t.text.isdigit()) or t.pos in ("PUNCT", "ADJ"):
            break  # 39-летний уроженец: an age, no name
        name.append(t)
    if not name or ctx.mention_at(name[0]) is not None:
        return None
    if name[0].text.isdigit() and len(name) == 1:
        return None  # газета 5 мая: a date
    return Speaker(ctx.text[name[0].start : name[-1].stop], name[0].start, name[-1].stop)


OWNER_WORDS = 6  # words at most between a relative's role noun and its comma


def relative_role(ctx: Context, j: int) -> int | None:
    """The role noun a relative `который` at token ``j`` stands for when the words before its
    comma are that noun's genitive dependants (процитировал представителя американского
    правительства, который заявил: the представитель, not the правительство): a person or
    role noun agreeing with `который` in gender and number; none when the word before the
    comma is itself such a noun or nothing of the kind stands there."""
    rel = ctx.toks[j]
    if j < 2 or ctx.toks[j - 1].text != ",":
        return None
    last = ctx.toks[j - 2]
    if last.feats.get("Case") != "Gen" or last.pos not in ("NOUN", "PROPN", "ADJ", "X"):
        return None

    def agrees(t: Tok) -> bool:
        same = all(t.feats.get(f) == rel.feats.get(f) for f in ("Number", "Gender"))
        return same and (t.feats.get("Animacy") == "Anim" or t.lemma in ctx.lex.roles)

    if agrees(last):
        return None  # the word before the comma is the antecedent itself
    for k in range(j - 3, max(j - 3 - OWNER_WORDS, -1), -1):
        t = ctx.toks[k]
        if t.pos == "NOUN" and agrees(t):
            return k
        if t.pos not in ("NOUN", "PROPN", "ADJ", "X") or t.feats.get("Case") not in ("Gen", None):
            return None  # the noun that governs the genitives is no person: no role
    return None


INDEFINITE_COUNTS = ("несколько", "много", "немало")
GENDERED = ("Masc", "Fem")  # написала несколько книг: a counted group agrees as Plur or Neut


def counted_group(ctx: Context, j: int) -> bool:
    """An indefinite count in the nominative (несколько, много) before people or bodies in
    the genitive plural, adjectives between (несколько российских СМИ, несколько очевидцев);
    a number (пять депутатов) leaves the speaker the group's noun, as before."""
    t = ctx.toks[j]
    if t.low not in INDEFINITE_COUNTS or t.feats.get("Case") not in ("Nom", "Acc", None):
        return False  # (the tagger reads the subject numeral after its verb as accusative)
    k = j + 1
    while k < len(ctx.toks) and ctx.toks[k].pos == "ADJ":
        k += 1
    if k >= len(ctx.toks):
        return False
    noun, lex = ctx.toks[k], ctx.lex
    if noun.pos != "NOUN" or noun.feats.get("Case") != "Gen" or noun.feats.get("Number") != "Plur":
        return False
    return noun.feats.get("Animacy") == "Anim" or any(
        noun.lemma in group for group in (lex.roles, lex.org_roles, lex.anonymous, lex.titles)
    )


def skip_inserted_phrase(ctx: Context, comma: int, start: int) -> int:
    """Going left from a comma: jump over `, возглавляющий мечеть в Бруклине,` (a participle,
    gerund or `который` phrase set off by commas) to its opening comma."""
    j = comma - 1
    while j >= 0 and ctx.toks[j].start >= start and ctx.toks[j].text != ",":
        j -= 1
    if j < 0 or ctx.toks[j].start < start or j + 1 >= comma:
        return comma
    first = ctx.toks[j + 1]
    if first.feats.get("VerbForm") in ("Part", "Conv") or first.lemma == "который":
        return j
    return j if parsed_as_participle(ctx, first) else comma  # Врачи, прооперировавшие X, говорят


def skip_parenthetical(ctx: Context, comma: int) -> int:
    """Going left from a comma: jump over a parenthetical word or two set off by commas
    (`Критики, впрочем, называют`: adverbs, particles, conjunctions) to the word before its
    opening comma; else stay at ``comma``."""
    i = comma - 1
    while i > 0 and comma - i < 4 and ctx.toks[i].pos in ("ADV", "PART", "CCONJ"):
        i -= 1
    return i - 1 if i > 0 and ctx.toks[i].text == "," and comma - i > 1 else comma


APPOSITION_DASHES = "—–"


def dash_aside(ctx: Context, dash: int, k: int, start: int) -> int:
    """Going left from a dash right before the verb at ``k`` (adverbs between): jump over an
    apposition set off by dashes (`Круз — один из фаворитов движения — намекал`) to its
    opening dash; no finite verb, quotation or person's name inside (`её мать — актриса X —
    сказала`: the name is the subject). Else stay at ``dash``."""
    if any(ctx.toks[i].pos not in ("ADV", "PART") for i in range(dash + 1, k)):
        return dash
    j = dash - 1
    while j >= 0 and ctx.toks[j].start >= start and ctx.toks[j].text not in APPOSITION_DASHES:
        t = ctx.toks[j]
        if ctx.in_quote(t.start) or t.feats.get("VerbForm") == "Fin":
            return dash
        m = ctx.mention_at(t)
        if m is not None and m.type == "PER":
            return dash
        j -= 1
    if j < 1 or ctx.toks[j].start < start or j + 1 >= dash:
        return dash
    before = ctx.toks[j - 1]
    return dash if before.pos == "PUNCT" and before.text != "," else j
