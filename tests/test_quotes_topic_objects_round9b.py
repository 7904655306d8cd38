"""Objects of a speech verb that report no words (round 9, qh9), in invented sentences (not
from any article): a topic only (рассказала о причинах решения, описал условия работы,
подчеркнул позицию страны) and a child named (назвали дочь Алисой) give no indirect quote;
an object that is content (рассказал о романе с коллегой, отрицает причастность) and a
naming that evaluates (назвал реформу ошибкой) stay."""

from __future__ import annotations

import pytest

from helpers.pipeline.analysis import extract_quotes
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def indirect(text: str, models) -> list[str]:
    return [r.text for r in extract_quotes(text, models).itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Позже в интервью журналу певица Анна Орлова подробно рассказала о причинах своего решения.",
        "Министр Олег Зуев рассказал о подробностях будущей реформы.",
        "Инженер Пётр Соколов описал условия работы на станции: «Мы живём в палатках».",
        "Посол Игорь Белов подчеркнул позицию своей страны: «Мы против санкций».",
        "Тренер Сергей Ломов объяснил мотивы своего ухода журналистам.",
        "Чемпионы по шахматам подтвердили свои титулы.",
        "Спортсменка Ольга Ким подтвердила звание сильнейшей.",
    ],
)
def test_topic_only_is_no_quote(text, models):
    assert indirect(text, models) == []


@pytest.mark.parametrize(
    "text",
    [
        "Актёры Иван и Мария Шубины назвали дочь Алисой.",
        "Супруги Петровы назвали сына Матвей.",
        "Певица Ольга Ким назвала новорождённую внучку Варварой.",
    ],
)
def test_child_named_is_no_quote(text, models):
    assert indirect(text, models) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Министр Олег Зуев рассказал о романе с коллегой по театру.",
            "о романе с коллегой по театру",
        ),
        ("Мэр Анна Белова отрицает причастность к махинациям.", "причастность к махинациям"),
        ("Депутат Игорь Громов назвал реформу ошибкой.", "реформу ошибкой"),
        ("Полиция подтвердила факт задержания.", "факт задержания"),
    ],
)
def test_content_objects_stay(text, quote, models):
    assert quote in indirect(text, models)


@pytest.mark.parametrize(
    "text",
    [
        "Законопроект поддержали 120 депутатов из 150.",
        "Кандидата от партии «Заря» Ивана Котова поддержало 52,3 % избирателей.",
        "Эту поправку одобрили 15 членов совета.",
    ],
)
def test_counted_vote_is_no_quote(text, models):
    assert indirect(text, models) == []


@pytest.mark.parametrize(
    "text, quote",
    [
        ("Губернатор Павел Орлов поддержал идею строительства моста.", "идею строительства моста"),
        (
            "В 2010 году губернатор Павел Орлов поддержал идею строительства моста.",
            "идею строительства моста",
        ),
    ],
)
def test_support_by_a_person_stays(text, quote, models):
    assert quote in indirect(text, models)


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "Певица Ольга Ким рассказала, что очень рада награде, а также поделилась планами.",
            "очень рада награде",
        ),
        (
            "Тренер Сергей Ломов сообщил, что команда готова к матчу, и отказался от интервью.",
            "команда готова к матчу",
        ),
    ],
)
def test_reflexive_second_predicate_ends_content(text, quote, models):
    assert quote in indirect(text, models)


def test_content_own_reflexive_conjunct_stays(models):
    text = "Соседи рассказали, что мужчина долго болел, но поправился."
    assert "мужчина долго болел, но поправился" in indirect(text, models)


def test_unnamed_twin_of_a_named_quote_dropped(models):
    text = (
        "Тренер Олег Зуев заявил, что останется в клубе. Клуб, по его словам, не ведёт "
        "переговоров с другими тренерами.\n\nОфициально об этом может быть объявлено уже завтра."
    )
    rows = [
        (r.text, r.speaker)
        for r in extract_quotes(text, models).itertuples()
        if r.kind == "indirect" and r.text.startswith("Клуб")
    ]
    assert len(rows) == 1 and rows[0][1] == "Олег Зуев", rows
