"""Precision of quotes, round 9, in invented sentences (not from any article): wiki italics
markup around quotation marks (``''«Q»'', — сказал X``) hides nothing from the direct
frames and gives no indirect duplicate."""

from __future__ import annotations

import pytest

from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def rows(text: str, models) -> list[tuple[str, str, str]]:
    """(kind, text, rule) of every quote of ``text``."""
    return [(r.kind, r.text, r.rule) for r in extract_quotes(text, models).itertuples()]


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "''«Мы построим новую школу до конца года»'', — пообещал мэр Олег Смирнов.",
            "Мы построим новую школу до конца года",
        ),
        (
            "''«Переговоры зашли в тупик, но мы продолжим работу»'', — заявила Анна Петрова.",
            "Переговоры зашли в тупик, но мы продолжим работу",
        ),
    ],
)
def test_wiki_italics_around_direct_quote(text, quote, models):
    found = rows(text, models)
    assert ("direct", quote) in [(k, t) for k, t, _ in found]
    assert not [r for r in found if r[0] == "indirect"], found


def indirect_texts(text: str, models) -> list[str]:
    return [t for k, t, _ in rows(text, models) if k == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        # a verdict: признать + object + instrumental adjective, also with a long object
        "Районный суд признал бывшего директора завода Ивана Сидорова виновным в растрате.",
        "Арбитраж признал сделку между двумя компаниями незаконной.",
        "Городской суд признал жителя Томска, участника нескольких митингов Петра Орлова,"
        " виновным в хулиганстве.",
        # a nomination: назвать + object + a post or distinction
        "Главный тренер Олег Смирнов назвал Антона Белова первым вратарём сборной.",
        "Губернатор Анна Петрова назвала своего заместителя Игоря Лисина своим преемником.",
    ],
)
def test_rulings_and_nominations_are_not_quotes(text, models):
    assert indirect_texts(text, models) == []


@pytest.mark.parametrize(
    "text, start",
    [
        # an evaluation with назвать stays speech
        ("Министр Олег Смирнов назвал эту реформу серьёзной ошибкой.", "эту реформу"),
        ("Депутат Анна Петрова назвала нового мэра достойным человеком.", "нового мэра"),
        # признать with a clause, or with a plain object, stays speech
        ("Министр Олег Смирнов признал, что реформа провалилась.", "реформа провалилась"),
        # a guilty plea is an admission (the plea rule), not a verdict
        ("Обвиняемый Пётр Орлов признал себя виновным в краже.", "в краже"),
    ],
)
def test_evaluations_and_admissions_stay(text, start, models):
    assert any(t.startswith(start) for t in indirect_texts(text, models)), rows(text, models)


@pytest.mark.parametrize(
    "text, span",
    [
        # the addressee of a report (an institution in the dative or after `в`) ends the topic
        ("Вечером водитель Пётр Орлов сообщил о краже властям.", "о краже"),
        ("Сторож Иван Белов сообщил о пожаре в полицию.", "о пожаре"),
        ("О находке в прокуратуру сообщили местные жители.", "О находке"),
        ("О краже утром сообщили сотрудники музея.", "О краже"),
    ],
)
def test_report_addressee_ends_topic(text, span, models):
    assert span in indirect_texts(text, models), rows(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Олег Смирнов трижды становился чемпионом Европы по версии WBA.",
        "Фильм Анны Петровой стал лучшим фильмом года по версии журнала «Экран».",
        "В пятницу суд начнёт слушание дела по заявлению жителей района о незаконной стройке.",
    ],
)
def test_source_phrase_bound_to_noun_names_no_source(text, models):
    assert indirect_texts(text, models) == [], rows(text, models)


@pytest.mark.parametrize(
    "text, span",
    [
        ("По версии следствия, водитель скрылся с места аварии.", "водитель скрылся"),
        ("Ущерб по данным МЧС составил пять миллионов рублей.", "Ущерб"),
    ],
)
def test_sentence_source_phrases_stay(text, span, models):
    assert any(t.startswith(span) for t in indirect_texts(text, models)), rows(text, models)


@pytest.mark.parametrize(
    "text, span",
    [
        # a clause of the author's own after a comma (a subject and a finite verb, no
        # conjunction) ends a promised or requested action
        (
            "Губернатор Олег Смирнов пообещал построить новую больницу, на площадке уже"
            " работает строительная техника.",
            "построить новую больницу",
        ),
        # a relative clause stays inside the action
        (
            "Мэр Анна Петрова попросила жителей сдать старые вещи, которые им больше не нужны.",
            "сдать старые вещи, которые им больше не нужны",
        ),
    ],
)
def test_infinitive_action_ends_before_authors_clause(text, span, models):
    assert span in indirect_texts(text, models), rows(text, models)


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("В приговоре отмечается, что вина подсудимого полностью доказана.", False),
        ("В решении суда говорится, что договор аренды был заключён незаконно.", False),
        ("В сообщении министерства отмечается, что пожар полностью потушен.", True),
    ],
)
def test_ruling_is_no_impersonal_report(text, quoted, models):
    assert bool(indirect_texts(text, models)) == quoted, rows(text, models)


@pytest.mark.parametrize(
    "text, indirect",
    [
        # Y entirely quoted with a clause of its own: the direct fragment only
        (
            "Мэр Олег Смирнов назвал Анну Петрову «лучшим выбором для того, чтобы вести"
            " город вперёд».",
            [],
        ),
        # a quoted noun phrase as Y: X Y stays indirect beside the fragment
        (
            "Депутат Анна Петрова назвала реформу «ударом по малому бизнесу».",
            ["реформу «ударом по малому бизнесу"],
        ),
    ],
)
def test_naming_with_quoted_clause(text, indirect, models):
    found = indirect_texts(text, models)
    assert [t for t in found if not any(t.startswith(i) for i in indirect)] == [], found
    assert len(found) == len(indirect), rows(text, models)


@pytest.mark.parametrize(
    "text, span",
    [
        # the speaker's apposition (a role word, a relative clause on it) is not content
        (
            "Как заявила Анна Петрова, пресс-секретарь районного суда, который рассматривал"
            " дело, заседание перенесено на май.",
            "заседание перенесено на май",
        ),
        (
            "Как сообщил Олег Смирнов, глава района, дорогу откроют в мае.",
            "дорогу откроют в мае",
        ),
        # a role noun that is the content's own subject stays
        ("Как сообщил Олег Смирнов, министр обороны уволен.", "министр обороны уволен"),
    ],
)
def test_speaker_apposition_after_kak(text, span, models):
    assert span in indirect_texts(text, models), rows(text, models)


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a court's sentence: a verb of sentencing with на/к and a term
        ("В прошлом году Петра Орлова осудили на 5 лет за мошенничество.", False),
        # a declared act whose instrumental word is inside a prepositional phrase
        ("Власти области объявили двухдневный траур в связи с гибелью горняков.", False),
        # condemnation in words stays
        ("Министр Олег Смирнов осудил эти нападения на журналистов.", True),
    ],
)
def test_sentences_and_declared_acts(text, quoted, models):
    assert bool(indirect_texts(text, models)) == quoted, rows(text, models)


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a distinction is given whatever its adjective; a post evaluated is speech
        ("Тренер Олег Смирнов назвал Антона Белова лучшим игроком турнира.", False),
        ("Депутат Анна Петрова назвала Игоря Лисина худшим мэром города.", True),
        # naming oneself is a self-description (the self_naming rule)
        ("Политик Олег Смирнов называл себя капитаном своей команды.", True),
    ],
)
def test_distinctions_posts_and_self_naming(text, quoted, models):
    assert bool(indirect_texts(text, models)) == quoted, rows(text, models)


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a caption line with only a name states nothing for `Об этом` to point back to
        ("Анна Петрова\nОб этом заявил её адвокат Олег Смирнов.", False),
        ("Завод закроют в мае.\nОб этом заявил губернатор Олег Смирнов.", True),
    ],
)
def test_ob_etom_after_a_name_line(text, quoted, models):
    assert bool(indirect_texts(text, models)) == quoted, rows(text, models)


def direct_texts(text: str, models) -> list[str]:
    return [t for k, t, _ in rows(text, models) if k == "direct"]


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a quoted name of a law after a verb is a name
        ("Губернатор Олег Смирнов заявил, что подпишет «закон о защите городских парков».", False),
        # a quoted statement that opens with a law word stays a quote
        (
            "Министр Анна Петрова заявила, что «законы страны обязательны для всех компаний».",
            True,
        ),
    ],
)
def test_quoted_law_names(text, quoted, models):
    assert bool(direct_texts(text, models)) == quoted, rows(text, models)
