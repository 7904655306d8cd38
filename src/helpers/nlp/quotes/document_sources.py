"""`Согласно` + a reporting document (round 10): `Согласно опубликованной декларации, C`,
`согласно апрельским опросам, C`, `Согласно материалам уголовного дела, C`, `Согласно
последнему рейтинг-листу ФИДЕ, C`: the document (quote_reporting_documents.txt, after up to
two agreeing modifiers, with its genitive dependents) is the source, or the organisation or
person its genitive names. The phrase must end with a comma before the clause. A constitution
speaks too (согласно конституции Малави, C: round 24, as the gold names it); a bare law, an
order or a ruling is no report (согласно закону, указу), nor data with no author."""

from __future__ import annotations

from .lexicons import REPORTING_DOCUMENTS
from .records import CLOSING, OPENING, Context, Speaker, Tok
from .roles import nominative
from .source_forms import MODIFIERS, hyphen_head

GENITIVES = 5  # words of the document's genitive dependents (материалам уголовного дела)
DATIVE = ("Dat", "Gen")  # согласно governs the dative; the tagger reads -ии/-ой as Gen too


def document_source(ctx: Context, toks: list[Tok]) -> int | None:
    """For the words ``toks`` after `согласно`: the index of the source's first word (the
    owner named in the genitive, else the document phrase's first word), or None."""
    j = 0
    while j < min(MODIFIERS, len(toks) - 1) and _dative_modifier(toks[j]):
        j += 1
    if j >= len(toks):
        return None
    noun = toks[j]
    if noun.pos != "NOUN" or noun.feats.get("Case") not in DATIVE:
        return None
    if noun.lemma not in REPORTING_DOCUMENTS and hyphen_head(noun) not in REPORTING_DOCUMENTS:
        return None
    owner = None
    for t in toks[j + 1 : j + 2 + GENITIVES]:
        if t.text == ",":
            return owner if owner is not None else toks[0].i
        if t.text in OPENING or t.text in CLOSING:
            continue
        mention = ctx.mention_at(t)
        if mention is not None and mention.type in ("ORG", "PER"):
            owner = t.i if owner is None else owner
            continue
        if t.feats.get("Case") != "Gen" and t.pos not in ("PROPN", "X"):
            return None  # согласно отчёту в понедельник ...: no comma-closed phrase
    return None


def _dative_modifier(t: Tok) -> bool:
    """An adjective or participle in the dative, in lower case (опубликованной, последнему)."""
    if not t.text.islower() or t.feats.get("Case") not in DATIVE:
        return False
    return t.pos == "ADJ" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Part")


def document_speaker(ctx: Context, a: int, k: int) -> Speaker | None:
    """The document phrase after `согласно` at ``a`` when ``k`` (the source phrase's first
    word) opens it: its words up to the comma, in the nominative (опубликованная декларация,
    материалы уголовного дела); None when the source is a name in its genitive."""
    if k != a + 1 or ctx.toks[a].low != "согласно":
        return None
    toks = ctx.toks[k : k + MODIFIERS + 2 + GENITIVES]
    end = next((n for n, t in enumerate(toks) if t.text == ","), None)
    if not end or document_source(ctx, toks) != k:
        return None
    phrase = toks[:end]
    return Speaker(nominative(ctx, phrase), phrase[0].start, phrase[-1].stop)
