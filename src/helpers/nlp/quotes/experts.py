"""A bare noun of expertise takes up the person quoted before it (round 17).

News introduces a commentator by title or post (`доцент Финансового университета Игорь
Балынин`, `политолог Алексей Мартынов`) and goes on with a noun of expertise: `По словам
эксперта, ...`, `Эксперт ожидает, что ...`, `отметил аналитик`. With no dependant and nothing
before it that makes it another one (`другой эксперт`, `один из аналитиков`, `эксперт ВШЭ`),
the singular noun is definite: it is the person the article quoted last. With no one quoted
yet, or an organisation quoted last, the noun stays a phrase (an unnamed source).
"""

from __future__ import annotations

from .anaphora import is_person
from .records import Context, Speaker, Tok
from .roles import role_phrase

EXPERTS = frozenset({"эксперт", "аналитик", "специалист"})
OTHER = ("ADJ", "DET", "NUM")  # другой эксперт, один эксперт, независимый аналитик


def quoted_expert(ctx: Context, tok: Tok) -> Speaker | None:
    """The person quoted last before ``tok``, a bare singular noun of expertise (по словам
    эксперта), or None."""
    if tok.lemma not in EXPERTS or tok.feats.get("Number") == "Plur":
        return None
    if len(role_phrase(ctx, tok.i)) > 1 or (tok.i and ctx.toks[tok.i - 1].pos in OTHER):
        return None
    for pos, speaker in reversed(ctx.spoken):
        if pos < tok.start:
            return speaker if speaker.name and is_person(ctx, speaker) else None
    return None
