"""Direct-quote recall, round 10 (branch qc10), in invented sentences: a line ending with a
noun of what was said before a colon (`закончил речь заявлением:`, `В ответ на реплику X:`)
over a paragraph whose quotation marks were lost (direct:colon_noun_block); a `по словам X`
line whose only speech verb stands in a relative clause (direct:colon_source); quoted words
after a verb of uttering are never their own speaker (direct:uttered)."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows, found


def _has(rows, text: str, speaker: str, rule: str) -> bool:
    return any(t == text and s and s.endswith(speaker) and r == rule for t, s, r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Вчера на пресс-конференции выступил министр спорта Олег Карпов.\n"
            "В конце встречи Олег Карпов выступил с неожиданным заявлением:\n"
            "Тренер сборной Иван Лосев уходит в отставку, его место займёт Пётр Рудин.\n",
            (
                "Тренер сборной Иван Лосев уходит в отставку, его место займёт Пётр Рудин",
                "Олег Карпов",
                "direct:colon_noun_block",
            ),
            id="subject_of_the_verb_speaks",
        ),
        pytest.param(
            "Матч комментировали Иван Зотов и Пётр Лунин.\n\n"
            "В ответ на реплику Ивана Зотова:\n"
            "Вторая половина игры будет гораздо интереснее первой\n\n"
            "Пётр Лунин ответил шуткой.\n",
            (
                "Вторая половина игры будет гораздо интереснее первой",
                "Иван Зотов",
                "direct:colon_noun_block",
            ),
            id="owner_in_the_genitive_speaks",
        ),
        pytest.param(
            "Телеведущий Антон Рябов посвятил юбилею города комментарий длительностью пять "
            "минут:\n"
            "Город вырос вдвое за двадцать лет и стал одним из самых красивых в стране\n",
            (
                "Город вырос вдвое за двадцать лет и стал одним из самых красивых в стране",
                "Антон Рябов",
                "direct:colon_noun_block",
            ),
            id="noun_with_its_modifiers",
        ),
        pytest.param(
            "Глава завода Илья Смолин объяснил, почему цех закрыли.\n\n"
            "По его словам, решение приняли владельцы, которые считают цех убыточным:\n\n"
            "Мы не могли больше терпеть убытки. Мы сохраним всех рабочих на других участках.\n",
            (
                "Мы не могли больше терпеть убытки. Мы сохраним всех рабочих на других участках",
                "Илья Смолин",
                "direct:colon_source",
            ),
            id="source_line_with_a_relative_clause_verb",
        ),
    ],
)
def test_block_after_a_colon(text, expected, models):
    assert _has(direct_rows(text, models), *expected)


@pytest.mark.parametrize(
    "text",
    [
        # a noun of what was said, but a list follows, with no predicate of a statement
        pytest.param(
            "Директор Олег Карпов выступил с заявлением:\nБорис Орлов, Иван Зотов, Пётр Лунин\n",
            id="names_listed",
        ),
        # no noun of speech before the colon: a schedule
        pytest.param(
            "Олег Карпов опубликовал расписание поездов на лето:\n"
            "Первый поезд уходит в шесть утра, последний отправляется в полночь\n",
            id="schedule",
        ),
        # a description with no name: whose words they are is not said
        pytest.param(
            "Знаменитая гостья закончила вечер неожиданным заявлением:\n"
            "Город Иваново стал для неё вторым домом, она обязательно сюда вернётся.\n",
            id="unnamed_subject",
        ),
        # the noun is negated
        pytest.param(
            "Олег Карпов ушёл не попрощавшись и не дав никакого комментария:\n"
            "Журналисты прождали его у входа три часа\n",
            id="negated_noun",
        ),
    ],
)
def test_no_block_after_a_colon(text, models):
    assert not any(r == "direct:colon_noun_block" for _, _, r in direct_rows(text, models))


def test_earlier_rules_keep_their_blocks(models):
    """A block an earlier rule takes (a speech verb, the speaker's own voice) keeps its rule."""
    text = "Тренер Игорь Белов выступил с заявлением:\nМы готовы к финалу и будем играть на победу."
    rows = direct_rows(text, models)
    assert [(q, s) for q, s, _ in rows] == [
        ("Мы готовы к финалу и будем играть на победу", "Игорь Белов")
    ]
    assert all(r != "direct:colon_noun_block" for _, _, r in rows)


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        # a nominative inside the marks is what was shouted, not who shouted it
        (
            "Вчера в центре города напали на прохожих. Во время нападения он кричал «Аллах велик».",
            "Аллах велик",
            None,
        ),
        # the subject after the gerund still speaks
        (
            "Охранник Иван Петров задержал вора. Убегая, вор кричал «Помогите, люди».",
            "Помогите, люди",
            "вор",
        ),
    ],
)
def test_uttered_words_are_not_their_speaker(text, said, speaker, models):
    rows = [(q, s) for k, q, s, r in found(text, models) if r == "direct:uttered"]
    assert all(s != "Аллах" for _, s in rows)
    if speaker is not None:
        assert (said, speaker) in rows
