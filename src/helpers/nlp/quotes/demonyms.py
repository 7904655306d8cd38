"""A nationality noun standing alone for a person the article has just named (`Итальянец
сказал, что ...` after `Наставник гостей Энцо Мареска похвалил ...`; `По словам англичанина`
after `Полузащитник «Челси» Коул Палмер`): sports and foreign news name people so on second
mention. The noun is a nationality by morphology: the adjective it makes (итальян|ец ->
итальян|ский, бельги|ец -> бельги|йский, росси|янин -> росси|йский, or one listed in
quote_demonyms.txt) is one that names a country (nationality.lemma_country). The person is
the last one named in this or the sentence before who was not introduced with another
country (introductions.near_compatriot); none, and the noun stays as written.
"""

from __future__ import annotations

from .introductions import near_compatriot
from .lexicons import DEMONYMS
from .nationality import lemma_country
from .records import Context, Speaker, Tok
from .roles import role_phrase

# the noun's ending, then the endings of the adjectives it may make
ADJECTIVE_ENDINGS = (
    ("иец", ("ийский",)),  # бельгиец, австриец, индиец
    ("ец", ("ский", "ьский", "ецкий", "йский")),  # итальянец, бразилец, немец, китаец
    ("янин", ("йский", "янский")),  # россиянин, армянин
    ("анин", ("анский",)),
    ("янка", ("йский", "янский")),  # россиянка
    ("анка", ("анский", "ский")),  # американка, итальянка
    ("ийка", ("ийский",)),  # бельгийка
    ("ка", ("ский", "ецкий")),  # испанка
    ("", ("ский",)),  # француз, швед, грузин
)


def demonym_person(ctx: Context, tok: Tok) -> Speaker | None:
    """The person a bare singular nationality noun at ``tok`` stands for, or None."""
    if tok.pos != "NOUN" or tok.feats.get("Number") == "Plur" or tok.lemma in ctx.lex.roles:
        return None
    if len(role_phrase(ctx, tok.i)) != 1:
        return None  # итальянец из Милана, a noun with dependants: someone described
    stem = demonym_country(ctx, tok.lemma)
    if stem is None:
        return None
    gender = tok.feats.get("Gender") if tok.feats.get("Gender") in ("Masc", "Fem") else None
    return near_compatriot(ctx, tok, gender, stem)


def demonym_country(ctx: Context, lemma: str) -> str | None:
    """The country stem of a nationality noun (итальянец -> итальян), or None."""
    if lemma in DEMONYMS:
        return lemma_country(ctx, DEMONYMS[lemma])
    for ending, adjectives in ADJECTIVE_ENDINGS:
        if not lemma.endswith(ending) or len(lemma) - len(ending) < 3:
            continue
        base = lemma[: len(lemma) - len(ending)]
        for adjective in (base + a for a in adjectives):
            if _known_adjective(ctx, adjective) and (stem := lemma_country(ctx, adjective)):
                return stem
    return None


def _known_adjective(ctx: Context, word: str) -> bool:
    return any(p.is_known and p.tag.POS == "ADJF" for p in ctx.morph.parse(word)[:3])
