"""Indirect precision and extent, round 8 (qg8), in invented sentences: `об этом` that is a
demonstrative on a noun, and a forward-pointing `Так/Вот как ... об этом ...:` sentence,
point back to nothing."""

from __future__ import annotations

import pytest
from quote_rows import found

BEFORE = "В городе открылся новый мост через реку."


def back_rows(text: str, models) -> list[tuple[str, str, str | None, str]]:
    return [q for q in found(text, models) if q[0] == "indirect" and q[1].startswith("В городе")]


DEMONSTRATIVE = [
    pytest.param(f"{BEFORE} Об этом проекте жители спорили много лет.", id="project"),
    pytest.param(f"{BEFORE} Об этом человеке в городе говорят разное.", id="person"),
    pytest.param(f"{BEFORE} Об этом новом мосте рассказал мэр Олег Сомов.", id="adjective"),
    pytest.param(f"{BEFORE} Об этом событии сообщали все местные газеты.", id="event"),
]


@pytest.mark.parametrize("text", DEMONSTRATIVE)
def test_demonstrative_about_points_back_to_nothing(text, models):
    assert back_rows(text, models) == []


FORWARD = [
    pytest.param(
        f"{BEFORE} Вот как об этом сообщается в заявлении мэрии: мост строили два года.",
        id="vot_kak",
    ),
    pytest.param(
        f"{BEFORE} Так об этом сказал мэр Олег Сомов в эфире радио:\nМы строили его пять лет.",
        id="tak",
    ),
]


@pytest.mark.parametrize("text", FORWARD)
def test_forward_pointing_sentence_reports_what_follows(text, models):
    assert back_rows(text, models) == []


POINTING_BACK = [
    pytest.param(f"{BEFORE} Об этом сообщил мэр Олег Сомов.", id="plain"),
    pytest.param(f"{BEFORE} Об этом журналистам сообщил мэр Олег Сомов.", id="dative"),
    pytest.param(f"{BEFORE} Об этом сообщил мэр Олег Сомов:\nМы строили его пять лет.", id="colon"),
]


@pytest.mark.parametrize("text", POINTING_BACK)
def test_about_this_still_points_back(text, models):
    rows = back_rows(text, models)
    assert [r[3] for r in rows] == ["indirect:ob_etom"]
    assert rows[0][2] == "Олег Сомов"


def indirect(text: str, models) -> list[tuple[str, str, str | None, str]]:
    return [q for q in found(text, models) if q[0] == "indirect"]


PARTICIPIAL = [
    pytest.param(
        "Министр Олег Петров оценил итоги года, сильно разочаровавшие экономистов, как приемлемые.",
        "итоги года, сильно разочаровавшие экономистов",
        id="adverb_participle_read_as_gerund",
    ),
    pytest.param(
        "Депутат Иван Орлов раскритиковал законопроект, недавно принятый Думой, на встрече.",
        "законопроект, недавно принятый Думой",
        id="adverb_passive_participle",
    ),
    pytest.param(
        "Главный тренер сборной оценил итоги матча, разочаровавшие всех болельщиков, как приемлемые.",
        "итоги матча, разочаровавшие всех болельщиков",
        id="participle_alone",
    ),
]


def test_noun_phrase_ends_before_a_new_subject(models):
    text = "Депутат Иван Орлов сообщил о проекте, губернатор области одобрил его."
    assert "о проекте" in [row[1] for row in indirect(text, models)]


@pytest.mark.parametrize(("text", "content"), PARTICIPIAL)
def test_noun_phrase_goes_on_over_a_participial_phrase(text, content, models):
    assert content in [row[1] for row in indirect(text, models)]


GERUND = [
    pytest.param("Министр Олег Петров сообщил о росте цен, вчера опубликовав доклад.", id="adv"),
    pytest.param("Министр Олег Петров отрицал свою вину, настаивая на невиновности.", id="aya"),
]


@pytest.mark.parametrize("text", GERUND)
def test_noun_phrase_ends_before_a_gerund(text, models):
    assert all("," not in row[1] for row in indirect(text, models))


CELEBRATED = [
    pytest.param("В Самаре пятидесятую годовщину основания завода отметили концертом.", id="ann"),
    pytest.param("Юбилей театра артисты отметили большим спектаклем.", id="jubilee"),
]


@pytest.mark.parametrize("text", CELEBRATED)
def test_fronted_celebration_reports_nothing(text, models):
    assert indirect(text, models) == []


def test_fronted_report_still_found(models):
    text = "Гибель пилота подтвердили в штабе округа."
    assert [row[1] for row in indirect(text, models)] == ["Гибель пилота"]
