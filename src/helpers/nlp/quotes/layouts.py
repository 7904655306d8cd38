"""Direct quotes set apart by the page's layout rather than by a sentence of attribution:
an interview's `Name: answer` paragraphs, an interview written as dialogue (`— вопрос?` /
`— ответ.`, round 12) and a quoted paragraph signed on the next line (`«Q»` / `— Name,
role`).
"""

from __future__ import annotations

import re

from .marks import paragraph_end, words
from .records import OPENING, Context, Mention, Quote, Speaker, skip_space

LABEL_WORDS = 4  # a speaker's label before the colon of an interview line has at most this
INTERVIEW_LINES = 2  # a person labels at least this many paragraphs in an interview
# lemmas that say a person was interviewed (дал интервью, в беседе с, ответил на вопросы)
INTERVIEW_WORDS = frozenset(
    {
        "интервью",
        "беседа",
        "вопрос",
        "ответить",
        "отвечать",
        "разговор",
        "поговорить",
        "побеседовать",
    }
)
ATTRIBUTED = re.compile(r"[,.!?…][ \u00a0]*[—–][ \u00a0]")  # — В магазин, — ответил он.


def person_label(ctx: Context, start: int, colon: int) -> Mention | None:
    """The person whose name is all of ``text[start:colon]`` (Мустафа Джемилев): a person
    mention, or 2-3 capitalised words that open with a given name (Виктор Понедельник,
    which the entity pass may miss)."""
    label = ctx.text[start:colon].rstrip()
    parts = label.split()
    if not label or not label[0].isupper() or len(parts) > LABEL_WORDS:
        return None
    for m in ctx.mentions:
        if m.type == "PER" and m.start == start and m.stop == start + len(label):
            return m
    if 2 <= len(parts) <= 3 and all(p.isalpha() and p[0].isupper() for p in parts):
        if any("Name" in parse.tag for parse in ctx.morph.parse(parts[0])[:1]):
            return Mention(start, start + len(label), "PER", label)
    return None


def _labelled_lines(ctx: Context) -> list[tuple[Mention, int, int]]:
    """Paragraphs (not the headline) that open with a person's name and a colon: the name's
    mention, where the words after the colon begin and where the paragraph ends."""
    out = []
    for match in re.finditer(r"(?m)^([^\n:]{2,60}):[ \u00a0]+(?=\S)", ctx.text):
        if match.start() == 0:
            continue  # a headline `X: claim` is an indirect report
        m = person_label(ctx, match.start(1), match.end(1))
        if m is None:
            continue
        end = ctx.text.find("\n", match.end())
        out.append((m, match.end(), len(ctx.text) if end == -1 else end))
    return out


def interview_answers(ctx: Context) -> list[Quote]:
    """An interview written as `Name: words` paragraphs (`Голос Америки: вопрос?` /
    `Мустафа Джемилев: ответ.`): each paragraph of a person who labels two or more of them
    is that person's direct quote; questions (ending in `?`) are left out."""
    lines = _labelled_lines(ctx)
    out = []
    for m, begin, end in lines:
        if sum(other.name == m.name for other, _, _ in lines) < INTERVIEW_LINES:
            continue
        body = ctx.text[begin:end].rstrip()
        if ctx.in_quote(begin) or body[:1] in OPENING or body.endswith("?"):
            continue
        if len(words(body)) < 2:
            continue
        speaker = Speaker(m.name, m.start, m.stop)
        out.append(
            Quote(
                begin,
                paragraph_end(ctx.text, begin, end),
                "direct",
                speaker,
                ":",
                "direct:interview",
            )
        )
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
    return out


def dash_interview(ctx: Context) -> list[Quote]:
    """An interview written as dialogue: paragraphs that open with a dash, questions ending
    in `?` and the answers after them (two of each at least). Each answer paragraph with no
    attribution of its own is a direct quote of the person interviewed: the one the article
    names before the first question in a sentence about an interview (дал интервью, в беседе
    с, ответил на вопросы); no such person, no quotes (a story's dialogue). The questions are
    the interviewer's and left out."""
    pattern = rf"(?m)^[ \u00a0]*[{re.escape(ctx.lex.dashes)}][ \u00a0]+(?=\S)"
    lines = []
    for match in re.finditer(pattern, ctx.text):
        end = ctx.text.find("\n", match.end())
        lines.append((match.end(), len(ctx.text) if end == -1 else end))
    asked = [ctx.text[b:e].rstrip().endswith("?") for b, e in lines]
    if sum(asked) < INTERVIEW_LINES or len(asked) - sum(asked) < INTERVIEW_LINES:
        return []
    first = next(b for (b, _), q in zip(lines, asked, strict=True) if q)
    speaker = _interviewee(ctx, first)
    if speaker is None:
        return []
    out = []
    for n, (begin, end) in enumerate(lines):
        if asked[n] or not n or not asked[n - 1] or ctx.in_quote(begin):
            continue  # a question, or a dash line that answers none
        if len(words(ctx.text[begin:end])) < 2 or ATTRIBUTED.search(ctx.text, begin, end):
            continue  # a line with its own attribution is the dialogue rules' to read
        stop = paragraph_end(ctx.text, begin, end)
        out.append(Quote(begin, stop, "direct", speaker, "—", "direct:interview_dash"))
        ctx.quoted.append((begin, end))
        ctx.spoken.append((begin, speaker))
    return out


def _interviewee(ctx: Context, pos: int) -> Speaker | None:
    """The person interviewed, named before ``pos`` outside quotes (``dash_interview``)."""
    named = [m for m in ctx.mentions if m.type == "PER" and m.stop <= pos]
    named = [m for m in named if not ctx.in_quote(m.start)]
    for m in reversed(named):
        if any(t.lemma in INTERVIEW_WORDS for t in ctx.tokens_in(*ctx.sentence_of(m.start))):
            return Speaker(m.name, m.start, m.stop)
    return None


SIGNATURE = r"[ \u00a0]*\n\s*[{d}][ \u00a0]*"


def signed_after(ctx: Context, m) -> Quote | None:
    """`«Q».` ending a paragraph and, on the next line, a dash and the person's name alone or
    with a role after a comma (`— Иван Петров, глава пресс-службы`): the signature speaks."""
    after = m.after  # ''«Q»''.: wiki italics closed with the marks
    while after < len(ctx.text) and ctx.text[after] in ".!?…":
        after += 1
    dash = re.match(SIGNATURE.format(d=re.escape(ctx.lex.dashes)), ctx.text[after : after + 12])
    if dash is None:
        return None
    begin = skip_space(ctx.text, after + dash.end())
    for person in ctx.mentions:
        if person.type != "PER" or person.start != begin:
            continue
        stop = ctx.text.find("\n", person.stop)
        rest = ctx.text[person.stop : len(ctx.text) if stop == -1 else stop]
        if rest.strip() and not rest.lstrip().startswith(","):
            return None  # a sentence that goes on after the name is narration
        end = person.stop + len(rest)
        if "?" in rest or any(
            t.feats.get("VerbForm") == "Fin" for t in ctx.tokens_in(person.stop, end)
        ):
            return None  # — Максим Геннадьевич, когда ...?: an interviewer's address, no role
        return m.quote(Speaker(person.name, person.start, person.stop), "—")
    return None
