"""Entities counted right: place and body variants, nested mentions, organisations the
text introduces, people's names across a corpus, the user's aliases over all of it, and a
floor on the held-out half of the factRuEval devset."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.eval.entities import evaluate, group_predictions, load_devset, split
from helpers.io.text import find_dateline
from helpers.nlp.entities.article import entity_records
from helpers.nlp.entities.corpus_names import merge_full_names
from helpers.nlp.entities.known_names import canonical
from helpers.nlp.entities.translit import skeleton
from helpers.pipeline.analysis import natasha_doc
from helpers.pipeline.models import default_models

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
# count-weighted F1 on all 58 held-out (odd id) devset texts, measured once at the end of
# the accuracy round (docs/entities.md), matching gold chains through names and mention
# texts, the printed name still naming the entity (the scorer's default; 0.829 with the
# older name-only matching); the floor is that figure minus 0.02
HELDOUT_F1 = 0.882
HELDOUT_FLOOR = HELDOUT_F1 - 0.02


@pytest.fixture(scope="module")
def models():
    return default_models()


def records(text: str, models) -> pd.DataFrame:
    doc = natasha_doc(text, models)
    return pd.DataFrame(entity_records(text, doc, find_dateline(text), models))


def analyse(*texts: str, aliases=None) -> helpers.Corpus:
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    return helpers.analyze(frame, cache_dir=None, progress=False, aliases=aliases)


def counted(corpus, **options) -> dict[str, int]:
    counts = helpers.entity_counts(corpus, **options)
    return dict(zip(counts["name"], counts["mentions"], strict=True))


# --- variant tables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Петербург", "LOC", "Санкт-Петербург"),
        ("Питер", "LOC", "Санкт-Петербург"),
        ("СПб", "LOC", "Санкт-Петербург"),
        ("Соединённые Штаты", "LOC", "США"),
        ("Соединенные Штаты Америки", "LOC", "США"),
        ("Британия", "LOC", "Великобритания"),
        ("Соединённое Королевство", "LOC", "Великобритания"),
        ("Российская Федерация", "LOC", "Россия"),
        ("РФ", "ORG", "Россия"),
        ("Минобороны России", "ORG", "Министерство обороны России"),
        ("МО РФ", "ORG", "Министерство обороны России"),
        ("Министерство обороны Российской Федерации", "ORG", "Министерство обороны России"),
        ("Минобороны", "ORG", "Министерство обороны"),
        ("МИД Турции", "ORG", "МИД Турции"),
        ("Министерство иностранных дел РФ", "ORG", "МИД России"),
        ("ФСБ России", "ORG", "ФСБ"),
        ("Центральный банк РФ", "ORG", "Банк России"),
        ("ЦБ Турции", "ORG", "Центральный банк Турции"),
        ("Совфед", "ORG", "Совет Федерации"),
    ],
)
def test_variant_names_take_one_canonical_name(name, type_, expected):
    assert canonical(name, type_)[0] == expected


@pytest.mark.parametrize(
    ("name", "type_"),
    [("Питер", "PER"), ("МО", "ORG"), ("Газпром", "ORG"), ("Москва областная", "LOC")],
)
def test_names_the_tables_do_not_know_stay(name, type_):
    assert canonical(name, type_) in (None, (name, "LOC"))


# --- nested mentions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("Об этом сообщили в Минобороны России в понедельник.", "Минобороны России", "России"),
        ("Заявление сделал МИД Турции накануне вечером.", "МИД Турции", "Турции"),
        (
            "Решение приняло Министерство обороны Российской Федерации.",
            "Министерство обороны Российской Федерации",
            "Российской Федерации",
        ),
    ],
)
def test_a_place_inside_an_organisation_is_nested(models, text, org, place):
    frame = records(text, models)
    inner = frame[frame["text"] == place]
    assert inner["nested"].tolist() == [True]
    assert not frame.loc[frame["text"] == org, "nested"].any()


def test_a_place_on_its_own_is_not_nested(models):
    frame = records("Делегация прибыла в Турцию, а затем вернулась в Россию.", models)
    assert frame["nested"].tolist() == [False, False]


def test_nested_places_are_counted_only_when_asked():
    corpus = analyse(
        "Минобороны России сообщило об учениях. Россия проведёт их летом.",
        "МИД Турции выступил с заявлением. В Турции ждут ответа.",
    )
    default, everything = counted(corpus), counted(corpus, nested=True)
    assert default["Россия"] == 1 and everything["Россия"] == 2
    assert default["Турция"] == 1 and everything["Турция"] == 2
    assert default["Министерство обороны России"] == 1
    assert default["МИД Турции"] == 1


def test_cooccurrence_leaves_nested_mentions_out():
    corpus = analyse("Минобороны России сообщило об учениях в Калининградской области.")
    pairs = helpers.cooccurrence(corpus)
    names = set(pairs["name_a"]) | set(pairs["name_b"])
    assert "Россия" not in names
    assert "Россия" in set(helpers.cooccurrence(corpus, nested=True)["name_a"]) | set(
        helpers.cooccurrence(corpus, nested=True)["name_b"]
    )


# --- organisations the text introduces ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Акции компании «Газпром нефть» выросли на бирже.", "Газпром нефть"),
        ("Депутаты от партии «Единая Россия» поддержали закон.", "Единая Россия"),
        ("Вкладчики банка «Восточный экспресс» получили деньги.", "Восточный экспресс"),
        ("Об этом сообщило агентство Reuters со ссылкой на источники.", "Reuters"),
        ("Концерн Siemens построит завод под Воронежем.", "Siemens"),
    ],
)
def test_a_name_after_a_generic_noun_is_an_organisation(models, text, name):
    frame = records(text, models)
    assert (frame.loc[frame["type"] == "ORG", "name"] == name).sum() == 1


def test_a_quoted_name_in_the_genitive_is_not_taken_as_written(models):
    frame = records("Представитель пресс-службы «Газпрома» отказался от комментариев.", models)
    assert "Газпрома" not in frame["name"].tolist()


def test_an_abbreviation_defined_with_dalee_takes_the_full_name(models):
    text = (
        "Федеральная налоговая служба (далее — ФНС) проверила отчётность. "
        "Позже ФНС опубликовала итоги проверки."
    )
    frame = records(text, models)
    orgs = frame[frame["type"] == "ORG"]
    assert set(orgs["name"]) == {"Федеральная налоговая служба"}
    assert len(orgs) == 3


def test_an_organisation_before_one_in_the_genitive_takes_it(models):
    frame = records("Делегация выступила на сессии Парламентской ассамблеи Совета Европы.", models)
    assert "Парламентская ассамблея Совета Европы" in frame["name"].tolist()
    inner = frame[frame["text"] == "Совета Европы"]
    assert inner["nested"].tolist() == [True]


# --- places, adjectives, people ----------------------------------------------------------


def test_petersburg_is_one_place_under_all_its_names():
    corpus = analyse(
        "В Санкт-Петербурге открылась выставка.",
        "Гости Петербурга пришли на открытие, а жители Питера ждали вечера.",
    )
    counts = counted(corpus)
    assert counts["Санкт-Петербург"] == 3
    assert "Петербург" not in counts and "Питер" not in counts


def test_an_adjective_of_a_country_is_not_a_place():
    corpus = analyse("Российские военные и турецкие дипломаты провели встречу.")
    assert "Россия" not in counted(corpus) and "Турция" not in counted(corpus)


@pytest.mark.parametrize(
    "text",
    [
        "Александра Панфилова рассказала о планах. Панфилова уверена в успехе.",
        "Вчера Александра Панфилова выступила на конференции.",
        "Со Александрой Панфиловой встретились журналисты.",
    ],
)
def test_a_womans_name_keeps_its_gender(models, text):
    names = set(records(text, models)["name"])
    assert names == {"Александра Панфилова"}


def test_a_mans_name_in_the_accusative_stays_male(models):
    names = set(records("Журналисты встретили Александра Панфилова в аэропорту.", models)["name"])
    assert names == {"Александр Панфилов"}


def test_one_person_under_one_name_when_first_name_and_surname_agree():
    corpus = analyse(
        "Реджеп Тайип Эрдоган прибыл в Анкару.",
        "Реджеп Эрдоган провёл переговоры. Реджеп Эрдоган остался доволен.",
    )
    people = helpers.entity_counts(corpus).query("type == 'PER'")
    assert people["name"].tolist() == ["Реджеп Эрдоган"]
    assert people["mentions"].item() == 3


# --- the user's aliases override everything -----------------------------------------------


def test_user_aliases_override_the_place_variants():
    texts = ("Жители Питера вышли на улицы.", "В Санкт-Петербурге прошёл дождь.")
    mine = pd.DataFrame({"alias": ["Питер"], "name": ["Питер"], "type": ["LOC"]})
    counts = counted(analyse(*texts, aliases=mine))
    assert counts["Питер"] == 1 and counts["Санкт-Петербург"] == 1


def test_user_aliases_override_the_shipped_aliases():
    mine = pd.DataFrame({"alias": ["РФ"], "name": ["Российская Федерация"], "type": ["LOC"]})
    counts = counted(analyse("Бюджет РФ обсудили вчера. Россия ждёт решения.", aliases=mine))
    assert counts["Российская Федерация"] == 1 and counts["Россия"] == 1


def test_user_aliases_override_the_body_variants():
    mine = pd.DataFrame({"alias": ["Минобороны России"], "name": ["Минобороны"], "type": ["ORG"]})
    counts = counted(analyse("Минобороны России сообщило об учениях.", aliases=mine))
    assert counts["Минобороны"] == 1 and "Министерство обороны России" not in counts


def test_user_aliases_override_the_person_merge():
    mine = pd.DataFrame(
        {"alias": ["Реджеп Тайип Эрдоган"], "name": ["Эрдоган (полное имя)"], "type": ["PER"]}
    )
    corpus = analyse(
        "Реджеп Тайип Эрдоган прибыл в Анкару.", "Реджеп Эрдоган провёл переговоры.", aliases=mine
    )
    assert counted(corpus)["Эрдоган (полное имя)"] == 1


# --- the seed and the held-out half of the devset ------------------------------------------


def test_the_seed_still_counts_shoigu_seven_times_and_not_the_dateline():
    text = SEED.read_text(encoding="utf-8")
    corpus = analyse(text)
    counts = counted(corpus)
    assert counts["Сергей Шойгу"] == 7 == len(re.findall(r"\bШойгу\b", text))
    assert "ТАСС" not in counts and "Москва" not in counts


def test_heldout_devset_f1_stays_above_the_floor():
    devset = SHARED / "factrueval-2016" / "devset.jsonl"
    if not devset.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"devset not found at {devset}")
        pytest.skip(f"devset not found at {devset}")
    docs = split(load_devset(devset), "heldout")
    corpus = analyse(*[doc.text for doc in docs])
    ids = {f"a{i}": doc.id for i, doc in enumerate(docs)}
    # factRuEval annotates places inside organisation names, so nested mentions count here
    content = corpus.entities[~corpus.entities["in_dateline"]]
    predictions = {
        ids[article_id]: group_predictions(
            zip(group["type"], group["name"], group["text"], strict=True)
        )
        for article_id, group in content.groupby("article_id")
    }
    score = evaluate(docs, predictions)
    assert score.f1 >= HELDOUT_FLOOR, score.row()


def test_a_surname_misread_in_an_oblique_case_joins_the_written_one():
    frame = pd.DataFrame(
        {
            "name": ["Джулиан Ассанжа", "Джулиан Ассанжа", "Джулиан Ассанж"],
            "text": ["Джулиана Ассанжа", "Джулиану Ассанжу", "Джулиан Ассанж"],
            "type": ["PER"] * 3,
        }
    )
    assert set(merge_full_names(frame)["name"]) == {"Джулиан Ассанж"}


def test_people_whose_first_names_differ_stay_apart():
    frame = pd.DataFrame(
        {
            "name": ["Александра Панфилова", "Александр Панфилов"],
            "text": ["Александра Панфилова", "Александр Панфилов"],
            "type": ["PER", "PER"],
        }
    )
    assert merge_full_names(frame)["name"].tolist() == frame["name"].tolist()


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Facebook", "Фэйсбук"), ("Volkswagen", "Фольксваген"), ("Microsoft", "Майкрософт")],
)
def test_latin_and_cyrillic_spellings_share_a_skeleton(latin, cyrillic):
    assert skeleton(latin) == skeleton(cyrillic)


def test_one_name_for_latin_and_cyrillic_spellings_in_an_article(models):
    text = (
        "Концерн Volkswagen отчитался о продажах. Акции концерна Volkswagen выросли, "
        "а в «Фольксвагене» ждут новых заказов."
    )
    frame = records(text, models)
    assert set(frame.loc[frame["type"] == "ORG", "name"]) == {"Volkswagen"}


def test_different_names_keep_apart(models):
    assert skeleton("Siemens") != skeleton("Сбербанк")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд вынес приговор. 69-летний Младич выслушал его молча.", "Младич"),
        ("Папа Римский Франциск прибыл в Лиссабон.", "Франциск"),
    ],
)
def test_common_words_before_a_name_are_cut_off(models, text, name):
    frame = records(text, models)
    assert frame.loc[frame["type"] == "PER", "name"].tolist() == [name]


@pytest.mark.parametrize(
    "text", ["Вера Брежнева выступила в Киеве.", "Лев Толстой жил в Ясной Поляне."]
)
def test_first_names_that_are_common_words_stay(models, text):
    people = records(text, models).query("type == 'PER'")["name"].tolist()
    assert people == [" ".join(text.split()[:2])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Отравление Сергея Скрипаля расследуют.", "Сергей Скрипаль"),
        ("Разговор с Сергеем Скрипалем записали.", "Сергей Скрипаль"),
        ("Адвокат Джулиана Ассанжа подал иск.", "Джулиан Ассанж"),
        ("Письмо Гарриет Табмен нашли в архиве.", "Гарриет Табмен"),
    ],
)
def test_foreign_names_in_oblique_cases_take_their_nominative(models, text, name):
    assert records(text, models).query("type == 'PER'")["name"].tolist() == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Концерт Уитни Хьюстон прошёл с успехом.", "Уитни Хьюстон"),
        ("Выступление Ольги Бузовой понравилось зрителям.", "Ольга Бузова"),
    ],
)
def test_womens_names_in_oblique_cases(models, text, name):
    assert records(text, models).query("type == 'PER'")["name"].tolist() == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом заявила Нора Донда журналистам.", "Нора Донда"),
        ("Экс-советник Трампа Майкл Флинн дал показания.", "Трамп"),
    ],
)
def test_only_digits_adjectives_and_roles_are_cut_before_a_name(models, text, name):
    assert records(text, models).query("type == 'PER'")["name"].tolist()[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Продюсер похвалил Юлию Савичеву за новый альбом.", "Юлия Савичева"),
        ("Об этом рассказал Эдер Маседу журналистам.", "Эдер Маседу"),
    ],
)
def test_case_endings_and_names_that_end_like_them(models, text, name):
    assert records(text, models).query("type == 'PER'")["name"].tolist() == [name]
