"""Mentions of one article from natasha's NER spans, each with its own (not yet merged) name.

A span is cut at list separators, parentheses and line breaks (``Бахрейн • Барбадос``);
ORG spans lose role words and legal forms (``Министр обороны РФ`` -> ``РФ``, ``ОАО
«Газпром»`` -> ``Газпром``); each part is named by ``names.span_name``; PER tags on places
the dictionary knows only as places become LOC (``Эфиопия``); mentions inside the dateline
(``МОСКВА, 23 июня. /ТАСС/.``) are flagged ``in_dateline``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ...io.text import Dateline, fold_text
from .lexicon import words
from .names import WORD, span_name

COLUMNS = ("start", "stop", "type", "text", "name", "in_dateline", "nested")
# words that name a post, not an organisation: natasha often tags "Министр обороны" as ORG
ROLE_WORDS = words("roles.txt", without="-entities")
# every role word: one alone, capitalised, is a title, not a person's name ("напомнил Папа")
ALL_ROLE_WORDS = words("roles.txt")
# pymorphy3 grammemes of a personal name: a role word that is also one may be a surname
NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr"})
# adjectives that may stand before a role word ("Генеральный секретарь", "первый заместитель")
ROLE_MODIFIERS = words("entity_role_modifiers.txt")
# legal forms before a company name (ОАО «Газпром» is counted as Газпром)
LEGAL_FORMS = words("entity_legal_forms.txt")
# common nouns natasha tags as entities that readers do not count as one ("СМИ": the media)
NOT_ENTITIES = words("entity_not_entities.txt")
# tokens a mention never spans: natasha sometimes joins list items or a name and its
# parenthesised original ("Барри Лоуенкрон (Barry Lowenkron)", "Бахрейн • Барбадос")
SPLIT_TOKENS = frozenset("( ) [ ] , ; • · | / — – -".split())


@dataclass
class Mention:
    start: int
    stop: int
    type: str
    text: str
    name: str
    in_dateline: bool


def role_length(tokens) -> int:
    """How many leading tokens of an ORG span are a role (``Министр обороны`` in ``Министр
    обороны РФ``): role word, its modifiers and the lowercase words after it."""
    index = 0
    while index < len(tokens) and fold_text(tokens[index].lemma or "") in ROLE_MODIFIERS:
        index += 1
    if index >= len(tokens) or fold_text(tokens[index].lemma or tokens[index].text) not in (
        ROLE_WORDS
    ):
        return 0
    index += 1
    while index < len(tokens) and tokens[index].text[:1].islower():
        index += 1
    return index


def legal_form_length(tokens) -> int:
    """Leading legal-form tokens of a company name (``ОАО``, ``ООО``) and quotes after them."""
    index = 0
    while index < len(tokens) and fold_text(tokens[index].text) in LEGAL_FORMS:
        index += 1
    if index == 0:
        return 0
    while index < len(tokens) and not WORD.search(tokens[index].text):
        index += 1
    return index if index < len(tokens) else 0


@dataclass
class Part:
    """A piece of a natasha span: its tokens and whether it stood in parentheses."""

    tokens: list
    type: str
    in_parens: bool

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def stop(self) -> int:
        return self.tokens[-1].stop


def span_parts(span, text: str = "") -> list[Part]:
    """A span cut at list separators, parentheses and line breaks (a name never runs
    from a heading into the paragraph: "Землю\\n\\nВсе"), role words and legal forms
    removed."""
    parts, current, in_parens, broken = [], [], False, False
    for token in [*span.tokens, None]:
        if current and token is not None and "\n" in text[current[-1].stop : token.start]:
            if any(WORD.search(t.text) for t in current):
                parts.append(Part(current, span.type, in_parens))
            current = []
            broken = True
        if token is None or token.text in SPLIT_TOKENS:
            # one word after a line break starts the next paragraph, it names nothing
            if any(WORD.search(t.text) for t in current) and not (broken and len(current) == 1):
                parts.append(Part(current, span.type, in_parens))
            broken = False
            current = []
            if token is not None:
                in_parens = token.text == "(" or (in_parens and token.text != ")")
            continue
        current.append(token)
    for part in parts:
        if part.type == "ORG":
            part.tokens = part.tokens[role_length(part.tokens) :]
            part.tokens = part.tokens[legal_form_length(part.tokens) :]
    return [part for part in parts if any(WORD.search(t.text) for t in part.tokens)]


def is_latin(text: str) -> bool:
    """Only Latin letters (with diacritics: "Jürgen Klinsmann")."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("LATIN") for char in letters)


def lone_title(part: Part, vocab) -> bool:
    """A PER part that is one role word and no name (``Папа``, ``Понтифик`` capitalised
    in "напомнил Папа"): a title standing for a person, not a name to count."""
    return part.type == "PER" and len(part.tokens) == 1 and title_word(part.tokens[0], vocab)


def title_word(token, vocab) -> bool:
    """A role word the dictionary never reads as a name (``Папа``, ``Пресс-агент``)."""
    parses = vocab.parse(token.text.lower())
    return any(p.normal_form in ALL_ROLE_WORDS for p in parses) and not any(
        NAME_GRAMMEMES & p.tag.grammemes for p in parses
    )


def without_leading_title(part: Part, vocab) -> Part:
    """A PER part of several words whose first is a role word written with a capital only
    because it opens the sentence (``Пресс-агент Гибсона``, ``Адвокат Петрова`` tagged as
    one name): the words after it, the name; the part itself otherwise, also when the word
    after the role is an adjective of a title (``Папа Римский``, ``Патриарх Болгарский``)."""
    if part.type != "PER" or len(part.tokens) < 2 or not title_word(part.tokens[0], vocab):
        return part
    parses = vocab.parse(part.tokens[1].text.lower())
    if parses and parses[0].tag.POS in ("ADJF", "ADJS"):
        return part
    return Part(part.tokens[1:], part.type, part.in_parens)


def common_noun_opening(part: Part, text: str, vocab, names: set[str]) -> bool:
    """A PER part that is one word opening a sentence, capitalised only for that, which the
    dictionary knows as a common animate noun and never as a name (``Наставница добавила``,
    ``Хакер``, ``Маэстро``, ``Экс-чиновник`` tagged PER by natasha), and which is no word of
    a longer name in the same text (``names``: Иван Мельник ... Мельник заявил)."""
    if part.type != "PER" or len(part.tokens) != 1:
        return False
    token = part.tokens[0]
    before = token.start - 1  # the last character before it that is no space
    while before >= 0 and text[before].isspace():
        before -= 1
    if before >= 0 and text[before] not in ".!?…":
        return False  # not after a full stop, ! ? … or at the start of the text
    word = token.text.lower()
    if word in names:
        return False
    word = word.removeprefix("экс-").removeprefix("вице-")  # Экс-чиновник: чиновник
    parses = vocab.parse(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    first = parses[0].tag
    if first.POS != "NOUN" or "anim" not in first or "nomn" not in first:
        return False
    return not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def retype(part: Part, vocab) -> str:
    """PER tags on place names the dictionary knows only as places (Эфиопия) become LOC."""
    if part.type != "PER":
        return part.type
    for token in part.tokens:
        parses = vocab.parse(token.text.lower())
        if not parses or not all("Geox" in p.tag for p in parses if p.is_known):
            return part.type
        if not parses[0].is_known:
            return part.type
    return "LOC"


def doc_mentions(text: str, doc, dateline: Dateline | None, models) -> list[Mention]:
    """Mentions of one natasha Doc with their own (not yet merged) names.

    A person's name in Latin letters in parentheses right after the Russian one
    ("Барри Лоуенкрон (Barry Lowenkron)") is a mention of the same person.
    """
    mentions: list[Mention] = []
    names = {  # the words of the names of more than one word
        t.text.lower()
        for span in doc.spans
        if span.type == "PER" and len(span.tokens) > 1
        for t in span.tokens
    }
    for span in doc.spans:
        previous = None
        for part in span_parts(span, text):
            part = without_leading_title(part, models.morph_vocab)
            name = span_name(part, models.morph_vocab)
            surface = text[part.start : part.stop]
            if (
                previous is not None
                and part.in_parens
                and part.type == "PER"
                and is_latin(surface)
                and not is_latin(previous.text)
            ):
                name = previous.name
            if (
                not name.strip()
                or fold_text(name) in NOT_ENTITIES
                or lone_title(part, models.morph_vocab)
                or common_noun_opening(part, text, models.morph_vocab, names)
            ):
                continue
            previous = Mention(
                start=part.start,
                stop=part.stop,
                type=retype(part, models.morph_vocab),
                text=surface,
                name=name,
                in_dateline=dateline is not None and dateline.covers(part.start),
            )
            mentions.append(previous)
    return mentions
