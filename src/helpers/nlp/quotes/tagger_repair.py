"""Where the tagger misreads a speech verb, pymorphy3 decides: a finite verb read as a noun
(передаёт) becomes a verb, and a future is a future only when every verb reading of the word
is one (сообщит, назовёт; not клянутся, a present the tagger marks as future).
The token is a records.Tok (not imported here: records imports this module)."""

from __future__ import annotations

PYMORPHY_FEATS = {
    "pres": ("Tense", "Pres"),
    "futr": ("Tense", "Fut"),
    "past": ("Tense", "Past"),
    "sing": ("Number", "Sing"),
    "plur": ("Number", "Plur"),
    "masc": ("Gender", "Masc"),
    "femn": ("Gender", "Fem"),
    "neut": ("Gender", "Neut"),
    "3per": ("Person", "3"),
    "1per": ("Person", "1"),
    "2per": ("Person", "2"),
    "perf": ("Aspect", "Perf"),
    "impf": ("Aspect", "Imp"),
}


def verb_misread(morph, tok) -> None:
    """A finite speech verb the tagger read as a noun (передаёт, сообщает in some spellings):
    when every pymorphy3 reading of the word is a finite verb, the token becomes one."""
    parses = morph.parse(tok.low)
    if not parses or any(p.tag.POS != "VERB" for p in parses):
        return
    tag = parses[0].tag
    tok.pos = "VERB"
    tok.feats = {"VerbForm": "Fin", "Mood": "Ind"}
    for grammeme, (name, value) in PYMORPHY_FEATS.items():
        if grammeme in tag:
            tok.feats[name] = value


def is_future_verb(morph, tok) -> bool:
    """A perfective future the tagger marks and pymorphy3 confirms: every verb reading of
    the word is a future (X сообщит об этом позже, назовёт победителей: nothing said yet)."""
    if tok.feats.get("Tense") != "Fut":
        return False
    verbs = [p for p in morph.parse(tok.text) if p.tag.POS == "VERB"]
    return bool(verbs) and all("futr" in p.tag for p in verbs)


PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init")


def opening_noun_misread(morph, tok) -> None:
    """A capitalised common noun opening a sentence (``repair_openers``) that the tagger read
    as a proper name, in an oblique case (Внук политика рассказал:, Синоптики предупредили) or
    the nominative (Эксперт считает): when pymorphy3's first reading is a known animate
    nominative common noun and no reading has a proper-name grammeme, the token is that noun
    in the nominative, with pymorphy3's number."""
    if tok.pos != "PROPN" or tok.feats.get("Case") is None:
        return
    parses = morph.parse(tok.low)
    if not parses or parses[0].tag.POS != "NOUN" or "nomn" not in parses[0].tag:
        return
    if not parses[0].is_known:
        return  # a guess from the ending (Сингха): a foreign name, not a common noun
    if "anim" not in parses[0].tag:
        return  # a person's noun only (внук, врач): the speakers the tagger hid
    if any(g in p.tag for p in parses for g in PROPER):
        return
    tok.pos = "NOUN"
    number = {"sing": "Sing", "plur": "Plur"}.get(parses[0].tag.number or "")
    tok.feats = {**tok.feats, "Case": "Nom", **({"Number": number} if number else {})}


def repair_openers(ctx) -> None:
    """``opening_noun_misread`` on the first word of each sentence that ends with a colon
    (Внук политика рассказал:) or whose next word is a finite verb, adverbs and particles
    skipped (Синоптики предупредили, Монарх также призвал), a comma (Министр, отвечая ...),
    a common noun in the genitive that depends on it (Мать девушки Анна Петрова заявила) or
    a preposition (Пенсионерка из Омска пожаловалась)."""
    for a, b in ctx.sents:
        first = ctx.first_token_after(a)
        if first is None:
            continue
        if not ctx.text.startswith(".", ctx.toks[first].stop):  # И. Петров: an initial
            conjunction_misread(ctx.toks[first])  # А спустя десять дней, ...: not a name
        k = first + 1
        while k < len(ctx.toks) and ctx.toks[k].pos in ("ADV", "PART"):
            k += 1
        nxt = ctx.toks[k] if k < len(ctx.toks) else None
        verb = nxt is not None and nxt.pos == "VERB" and nxt.feats.get("VerbForm") == "Fin"
        comma = nxt is not None and nxt.text == ","  # Министр, отвечая на вопрос, заявил
        owner = nxt is not None and _genitive_dependant(nxt)  # Мать девушки Анна Петрова
        place = nxt is not None and nxt.pos == "ADP"  # Пенсионерка из Омска пожаловалась
        if verb or comma or owner or place or ctx.text[a:b].rstrip().endswith(":"):
            opening_noun_misread(ctx.morph, ctx.toks[first])


OPENING_CONJUNCTIONS = ("а", "и", "но")


def conjunction_misread(tok) -> None:
    """A sentence-opening `А`/`И`/`Но` with no period after it that the tagger read as a
    proper name: the conjunction."""
    if tok.pos == "PROPN" and tok.low in OPENING_CONJUNCTIONS:
        tok.pos, tok.feats = "CCONJ", {}


def _genitive_dependant(tok) -> bool:
    """A lower-case noun, adjective or participle in the genitive (the owner after a
    relational noun: Мать девушки, Отец погибшего)."""
    nominal = tok.pos in ("NOUN", "ADJ") or tok.feats.get("VerbForm") == "Part"
    return nominal and tok.text.islower() and tok.feats.get("Case") == "Gen"


def repair_tags(morph, tok, cues) -> None:
    """The repairs of every token: a speech verb read as a noun (verb_misread), a compound
    of common nouns read as a proper name (compound_noun_misread)."""
    if tok.pos == "NOUN" and tok.lemma in cues:
        verb_misread(morph, tok)  # передаёт read as a noun
    elif tok.pos == "PROPN" and "-" in tok.text:
        compound_noun_misread(morph, tok)  # Активисты-правозащитники read as a name


def compound_noun_misread(morph, tok) -> None:
    """A capitalised hyphenated compound of common nouns (Активисты-правозащитники,
    Врачи-онкологи) that the tagger read as a proper name: when pymorphy3's first reading of
    each part is a common noun in the same case and number and no reading has a proper-name
    grammeme, the token is that noun (its number and case from the first part)."""
    parts = tok.low.split("-")
    if len(parts) != 2 or not all(parts):
        return
    tags = []
    for part in parts:
        parses = morph.parse(part)
        if not parses or parses[0].tag.POS != "NOUN":
            return
        if any(g in p.tag for p in parses for g in PROPER):
            return
        tags.append(parses[0].tag)
    if tags[0].case != tags[1].case or tags[0].number != tags[1].number:
        return
    tok.pos = "NOUN"
    tok.feats = {**tok.feats, "Number": "Plur" if tags[0].number == "plur" else "Sing"}
    cases = {
        "nomn": "Nom",
        "gent": "Gen",
        "datv": "Dat",
        "accs": "Acc",
        "ablt": "Ins",
        "loct": "Loc",
    }
    tok.feats["Case"] = cases.get(tags[0].case, tok.feats.get("Case"))
