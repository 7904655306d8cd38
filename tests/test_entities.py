"""Entities: canonical names per article and per corpus, counts, co-occurrence, gold F1."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers import tables
from helpers.eval.entities import Score, evaluate, group_predictions, load_devset, norm_name, split
from helpers.nlp.entities.lexicon import lexicon, ordered, words
from helpers.nlp.entities.mentions import ROLE_WORDS, Mention, doc_mentions
from helpers.nlp.entities.orgs import defines_common_phrase, initials
from helpers.nlp.entities.repeats import repeat_mentions
from helpers.nlp.entities.variants import adjective_of
from helpers.pipeline.analysis import natasha_doc
from helpers.store.corpus import Corpus

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
# regression guard: count-weighted F1 on the first DEVSET_DOCS held-out (odd id) devset
# texts was 0.780 after the second-pass rules (0.768 before; 0.832 on all 58 held-out
# texts, see benchmarks/entities.py); the floor sits a little below it
DEVSET_DOCS = 20
F1_FLOOR = 0.77


def articles(*texts: str, dates=None) -> pd.DataFrame:
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    if dates is not None:
        frame["date"] = dates
    return frame


def analyse(*texts: str, aliases=None, dates=None) -> Corpus:
    return helpers.analyze(
        articles(*texts, dates=dates), cache_dir=None, progress=False, aliases=aliases
    )


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text) -> Corpus:
    return helpers.analyze(
        pd.DataFrame({"article_id": ["seed"], "text": [seed_text], "date": ["2022-06-23"]}),
        cache_dir=None,
        progress=False,
    )


# --- the seed ----------------------------------------------------------------------------


def test_seed_counts_shoigu_once_with_all_his_mentions(seed, seed_text):
    counts = helpers.entity_counts(seed)
    shoigu = counts[counts["name"].str.contains("Шойгу")]
    assert shoigu[["type", "name"]].values.tolist() == [["PER", "Сергей Шойгу"]]
    assert shoigu["mentions"].item() == len(re.findall(r"\bШойгу\b", seed_text))


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Россия", {"РФ", "России", "Российской Федерации"}),
        ("Казахстан", {"Казахстана", "Казахстаном", "Казахстан", "Республики Казахстан"}),
    ],
)
def test_seed_merges_country_forms(seed, name, forms):
    entities = seed.entities
    assert forms <= set(entities.loc[entities["name"] == name, "text"])
    assert set(entities.loc[entities["text"].isin(forms), "name"]) == {name}
    counts = helpers.entity_counts(seed)
    assert (counts["name"] == name).sum() == 1


def test_seed_dateline_is_flagged_and_not_counted(seed):
    entities = seed.entities
    dateline = entities[entities["in_dateline"]]
    assert set(dateline["name"]) == {"Москва", "ТАСС"}
    assert not {"Москва", "МОСКВА", "ТАСС"} & set(helpers.entity_counts(seed)["name"])


def test_seed_role_is_not_an_organisation(seed):
    orgs = seed.entities[seed.entities["type"] == "ORG"]
    assert not orgs["name"].str.lower().str.contains("министр обороны").any()
    assert not orgs["text"].str.startswith("Министр").any()


def test_seed_adjective_agrees_with_its_noun(seed):
    assert "Центрально-Азиатский регион" in set(seed.entities["name"])


def test_seed_ministry_takes_its_full_name(seed):
    orgs = seed.entities[seed.entities["type"] == "ORG"]
    assert set(orgs.loc[orgs["text"].str.startswith("Минобороны"), "name"]) == {
        "Министерство обороны России"
    }


# --- word lists --------------------------------------------------------------------------


def test_one_role_list_for_entities_and_quotes():
    from helpers.nlp.quotes.lexicons import lexicon as quote_lexicon

    roles = {entry.word for entry in lexicon("roles.txt")}
    quotes = quote_lexicon()
    assert quotes.roles == words("roles.txt", without="-quotes") and quotes.roles <= roles
    assert quotes.offices == words("roles.txt", mark="office") <= quotes.roles
    assert {"министр", "глава", "президент"} <= quotes.roles & ROLE_WORDS
    assert not Path(str(resources.files("helpers") / "data" / "quote_roles.txt")).exists()


@pytest.mark.parametrize(
    "word, read",
    [
        ("министр", True),
        ("пресс-секретарь", True),
        ("замминистра", True),  # an entity role word the quote roles lacked
        ("генеральный", True),  # a role modifier too: reading it changes nothing
        ("врач", False),  # "Врачи без границ" is an organisation
        ("корреспондент", False),
    ],
)
def test_entities_read_the_roles_not_marked_for_quotes_only(word, read):
    assert (word in ROLE_WORDS) == read


@pytest.mark.parametrize(
    "name", ["entity_place_adjective_suffixes.txt", "entity_place_endings.txt"]
)
def test_endings_come_before_the_shorter_endings_they_end_with(name):
    endings = ordered(name)
    assert len(set(endings)) == len(endings)
    for index, ending in enumerate(endings):
        assert not [short for short in endings[:index] if ending.endswith(short)], ending


def test_descriptor_markers():
    assert words("entity_org_descriptors.txt", mark="person") == {"пресс-служба"}
    assert "сборная" in words("entity_org_descriptors.txt")


# --- names in one article ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "name"),
    [
        (
            "Брифинг провела Мария Захарова. Вопросы задали Марии Захаровой.",
            "PER",
            "Мария Захарова",
        ),
        ("Встреча с Марией Захаровой прошла утром.", "PER", "Мария Захарова"),
        # a surname declined as an adjective keeps its own form (not Ярова from Яров)
        ("Слово дали Ирине Яровой.", "PER", "Ирина Яровая"),
        ("Депутат Ирина Яровая внесла закон. Закон Яровой приняли.", "PER", "Ирина Яровая"),
        ("Книгу подписали у Татьяны Толстой.", "PER", "Татьяна Толстая"),
        # "Анне" is also an indeclinable name, but Анна is the one declined here
        ("Премию вручили Анне Петровой.", "PER", "Анна Петрова"),
        # a surname in -ых/-их does not decline (not Сырая, Черный)
        ("Слово дали писательнице Юлии Сырых.", "PER", "Юлия Сырых"),
        ("Встреча с инженером Алексеем Черных прошла утром.", "PER", "Алексей Черных"),
        # a foreign man's surname in -и does not decline (not Дескальсь)
        ("Хозяин крупной плантации Джино Дескальси:\nМы шокированы.", "PER", "Джино Дескальси"),
        # the parts of a name agree in case: a surname the tagger reads as a nominative at
        # the end of a sentence is an instrumental beside its first name (not Фиданом)
        (
            "Министр встретился с коллегой из Турции Хаканом Фиданом. Они обсудили Сирию.",
            "PER",
            "Хакан Фидан",
        ),
        # a man's name in -ей the dictionary reads as a verb form (милеем: милеть)
        ("Президент встретился с Хавьером Милеем.", "PER", "Хавьер Милей"),
        # near-miss: a part that may be a nominative (Меир) gives no case to the other
        (
            "Первой женщиной, премьер-министром Израиля, была в 1969-1974 годах Голда Меир.",
            "PER",
            "Голда Меир",
        ),
        ("Делегация прибыла в Нидерланды. В Нидерландах её встретили.", "LOC", "Нидерланды"),
        ("Переговоры прошли в Центрально-Азиатском регионе.", "LOC", "Центрально-Азиатский регион"),
        ("Он работал в Северо-Кавказском федеральном округе.", "LOC", None),
        ("Об этом сообщили в Министерстве иностранных дел Франции.", "ORG", None),
    ],
)
def test_names_are_nominative(text, type_, name):
    entities = helpers.extract_entities(text)
    names = set(entities.loc[entities["type"] == type_, "name"])
    if name is not None:
        assert names == {name}
    for found in names:  # every name is a nominative phrase: its first word is nominative
        first = found.split()[0].lower()
        parses = helpers.default_models().morph_vocab.parse(first)
        assert any(p.tag.case == "nomn" for p in parses), found


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Министр встретился с Русланом Жаксылыковым. Жаксылыков поблагодарил коллег.",
            "Жаксылыков",
            "Руслан Жаксылыков",
        ),
        ("Сергей Шойгу прибыл в Астану. С. Шойгу провёл переговоры.", "С. Шойгу", "Сергей Шойгу"),
        (
            "Владимир Владимирович Путин выступил. Путин сказал, что всё идёт по плану.",
            "Путин",
            "Владимир Путин",
        ),
    ],
)
def test_short_forms_take_the_full_name_of_the_article(text, short, full):
    entities = helpers.extract_entities(text)
    people = entities[entities["type"] == "PER"]
    assert short in set(people["text"])
    assert set(people["name"]) == {full}


def test_two_people_with_one_surname_in_an_article_stay_apart():
    text = "Барак Обама и Мишель Обама прибыли в Берлин. Барак Обама выступил, Мишель Обама — нет."
    people = helpers.extract_entities(text)
    people = people[people["type"] == "PER"]
    assert {"Барак Обама", "Мишель Обама"} <= set(people["name"])


def test_all_caps_header_is_title_cased_but_abbreviations_stay():
    text = "ЛОНДОН, 5 мая. /ТАСС/. Представители НАТО и ООН прибыли в Лондон."
    names = set(helpers.extract_entities(text)["name"])
    assert "Лондон" in names
    assert "ЛОНДОН" not in names
    assert {"НАТО", "ООН"} <= names


def test_yo_is_kept_for_display():
    text = "Лидер партии Пётр Королёв выступил на съезде. Королёв говорил долго."
    people = helpers.extract_entities(text)
    assert set(people.loc[people["type"] == "PER", "name"]) == {"Пётр Королёв"}


@pytest.mark.parametrize(
    ("text", "surface", "type_", "name", "count"),
    [
        (
            "Президент США Барак Обама прибыл в Берлин. Обаму встретили у трапа. "
            "Обама прокомментировал итоги визита.",
            "Барак Обама",
            "PER",
            "Барак Обама",
            3,
        ),
        (
            "Агентство Интерпол расширило базу. Интерполу выделили грант, и Интерпол "
            "откроет центр в Сингапуре.",
            "Интерпол",
            "ORG",
            "Интерпол",
            3,
        ),
        (
            "Компания Volkswagen отчиталась о продажах. Продажи Volkswagen выросли.",
            "Volkswagen",
            "ORG",
            "Volkswagen",
            2,
        ),
    ],
)
def test_repeats_of_a_recognised_name_are_mentions_of_it(text, surface, type_, name, count):
    """Only the first mention is given: the second pass finds the others in any case form."""
    models = helpers.default_models()
    doc = natasha_doc(text, models)
    start = text.index(surface)
    first = Mention(start, start + len(surface), type_, surface, name, False)
    found = repeat_mentions([first], doc, text, None, models)
    assert [(m.type, m.name) for m in found] == [(type_, name)] * count
    assert all(text[m.start : m.stop] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # two people share the surname: a lone "Обама" names neither
        "Барак Обама и Мишель Обама прибыли в Берлин. Обама выступил.",
        # lowercase common word, not the name
        "Компания Мир открыла офис. Весь мир следит за ней.",
        # the same surname as part of another, unrecognised name
        "Рамзан Кадыров выступил. Именем Ахмат Кадыров назван проспект.",
    ],
)
def test_repeats_skip_ambiguous_lowercase_and_other_names(text):
    models = helpers.default_models()
    doc = natasha_doc(text, models)
    first = text.split(".")[0]
    mentions = [m for m in doc_mentions(text, doc, None, models) if m.stop <= len(first)]
    found = repeat_mentions(mentions, doc, text, None, models)
    assert [m for m in found if m.start > len(first)] == []


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "Организация по безопасности и сотрудничеству в Европе (ОБСЕ) направила "
            "наблюдателей. ОБСЕ опубликует доклад.",
            "ОБСЕ",
            3,
        ),
        (
            "Компания Sun Microsystems выпустила сервер. Акции Sun выросли, и Sun "
            "наймёт инженеров.",
            "Sun Microsystems",
            3,
        ),
    ],
)
def test_variant_names_of_one_organisation_share_a_name(text, name, count):
    entities = helpers.extract_entities(text)
    assert (entities["name"] == name).sum() == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Совет Безопасности ООН поддержал назначение.",
            ["Совет Безопасности ООН", "ООН"],
        ),
        (
            "Парламентская ассамблея ОБСЕ приняла резолюцию.",
            ["Парламентская ассамблея ОБСЕ", "ОБСЕ"],
        ),
        (  # near-miss: an abbreviation no alias gives another full name is the short form
            "Международная федерация футбола ФИФА оштрафовала клуб.",
            ["Международная федерация футбола", "Международная федерация футбола"],
        ),
    ],
)
def test_a_known_body_after_a_name_is_its_owner(text, names):
    """A known body's abbreviation right after another name, no parentheses, is its owner in
    the genitive (one mention with it nested), not that name's short form."""
    assert helpers.extract_entities(text)["name"].tolist() == names


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Глава Минцифры Максут Шадаев выступил на форуме.",
            [("Минцифры", "ORG"), ("Максут Шадаев", "PER")],
        ),
        ("Сергей Минин выступил на форуме.", [("Сергей Минин", "PER")]),  # near-miss
    ],
)
def test_a_body_opening_a_person_mention_is_its_own(text, rows):
    """natasha reads `Минцифры Максут Шадаев` as one person: the known body is cut off."""
    entities = helpers.extract_entities(text)
    assert list(zip(entities["name"], entities["type"], strict=True)) == rows


@pytest.mark.parametrize(
    ("name", "abbreviation"),
    [
        ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"),
        ("Запорожский автомобилестроительный завод", "ЗАЗ"),
        ("Федеральная служба безопасности", "ФСБ"),
        ("Hewlett-Packard", "HP"),
    ],
)
def test_initials_of_a_name(name, abbreviation):
    assert abbreviation in (initials(name), initials(name.replace("-", " ")))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Заседание японского правительства прошло во вторник.", "японское правительство"),
        ("Глава японского МИДа прибыл в Москву.", "японский МИД"),
        (
            "Представители российского министерства финансов выступили.",
            "российское министерство финансов",
        ),
    ],
)
def test_place_adjective_and_descriptor_name_an_organisation(text, name):
    entities = helpers.extract_entities(text)
    assert name in set(entities.loc[entities["type"] == "ORG", "name"])


def test_plural_descriptors_after_an_adjective_are_not_one_organisation():
    entities = helpers.extract_entities("Российские министерства подготовили отчёты.")
    assert not entities["name"].str.contains("министерства", case=False).any()


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Барак Обама и Мишель Обама прибыли в Берлин. Вечером Обама выступил с речью.",
            "Обама",
            "Барак Обама",
        ),
        (
            "Виктор Бут и его жена Алла Бут пришли в суд. Бут заявила, что муж невиновен.",
            "Бут",
            "Алла Бут",
        ),
    ],
)
def test_gender_in_context_tells_people_with_one_surname_apart(text, short, full):
    entities = helpers.extract_entities(text)
    last = entities[entities["text"] == short].iloc[-1]
    assert last["name"] == full


def test_first_name_guessed_from_an_oblique_form_joins_the_written_one():
    text = (
        "Фестиваль может пройти без Раймонда Паулса. Раймон Паулс ещё не принял решения. "
        "Паулс считает, что конкурс нужен."
    )
    people = helpers.extract_entities(text)
    assert set(people.loc[people["type"] == "PER", "name"]) == {"Раймон Паулс"}


def test_repeats_of_a_two_word_name_in_other_case_forms():
    text = "Худрук Большого театра выступил. Гастроли Большого театра прошли с успехом."
    models = helpers.default_models()
    doc = natasha_doc(text, models)
    first = Mention(
        text.index("Большого"), text.index(" выступил"), "ORG", "", "Большой театр", False
    )
    found = repeat_mentions([first], doc, text, None, models)
    assert [text[m.start : m.stop] for m in found] == ["Большого театра"] * 2
    assert {m.name for m in found} == {"Большой театр"}


def test_a_truncated_name_takes_the_whole_one():
    text = "Новая сессия Конгресса США открылась. Члены Конгресса избрали спикера."
    entities = helpers.extract_entities(text)
    assert set(entities.loc[entities["type"] == "ORG", "name"]) == {"Конгресс США"}


def test_a_name_does_not_run_across_a_line_break():
    text = "Корабль вернулся на Землю\n\nВсе члены экипажа чувствуют себя хорошо. Земля ждала их."
    entities = helpers.extract_entities(text)
    assert not entities["text"].str.contains("\n").any()
    assert "Все" not in set(entities["name"])


@pytest.mark.parametrize(
    ("name", "place", "same"),
    [
        ("Турецкая республика", "Турция", True),
        ("Молдавская республика", "Молдавия", True),
        ("Курильские острова", "Курилы", True),
        ("Австрийская республика", "Австралия", False),
        ("Краснодарский край", "Краснодар", False),
        ("Ленинградская область", "Ленинград", False),
    ],
)
def test_adjective_and_kind_of_place_name_the_place(name, place, same):
    assert adjective_of(name, place) is same


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Всё, на что способен парламент Крыма, — решать мелкие вопросы.", "парламент Крыма"),
        ("Правительство Пакистана одобрило закон.", "Правительство Пакистана"),
        ("Об этом сообщила пресс-служба Рамзана Кадырова.", "пресс-служба Рамзана Кадырова"),
        ("В Ереване сборная России потеряла два очка.", "сборная России"),
    ],
)
def test_descriptor_before_a_name_in_the_genitive_is_an_organisation(text, name):
    entities = helpers.extract_entities(text)
    assert name in set(entities.loc[entities["type"] == "ORG", "name"])


def test_descriptor_after_an_agreeing_adjective_is_left_alone():
    entities = helpers.extract_entities("Новое правительство Италии приступило к работе.")
    assert "правительство Италии" not in set(entities["name"])


@pytest.mark.parametrize(
    ("text", "common"),
    [
        ("Не произошло отсоединения приборно-агрегатного отсека (ПАО), что привело к сбою.", True),
        ("Организация по безопасности и сотрудничеству в Европе (ОБСЕ) выступила.", False),
    ],
)
def test_abbreviation_of_a_common_phrase_is_not_an_entity(text, common):
    abbreviation = text[text.index("(") + 1 : text.index(")")]
    assert defines_common_phrase(abbreviation, text) is common


@pytest.mark.parametrize(
    "text",
    [
        "Корабль «Союз» вернулся на Землю. Следующий «Союз» стартует в октябре.",
        "Экипаж станции «Мир» провёл эксперимент.",
    ],
)
def test_craft_named_in_quotes_are_not_organisations(text):
    entities = helpers.extract_entities(text)
    assert not entities["name"].isin(["Союз", "Мир"]).any()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a common noun opening a sentence, tagged as a person: no name to count
        (
            "Алина Загитова и ее тренер Этери Тутберидзе дали интервью. Наставница добавила, "
            "что гордится ученицей.",
            {"Алина Загитова", "Этери Тутберидзе"},
        ),
        # near-miss: the same kind of word as a surname the article spells in full
        (
            "Министр Иван Мельник выступил на форуме. Мельник заявил, что бюджет исполнен.",
            {"Иван Мельник"},
        ),
        # a common noun with a prefix of a former or deputy post
        (
            "Генпрокурор заявил о задержании министра. Экс-чиновник подозревается в растрате.",
            set(),
        ),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_person(text, people):
    entities = helpers.extract_entities(text)
    assert set(entities.loc[entities["type"] == "PER", "name"]) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a role word opening a sentence, tagged as the first word of a name: the name alone
        (
            "Пресс-агент Гибсона подтвердил эту информацию.",
            {"Гибсон"},
        ),
        # near-miss: a name of two words opening the sentence keeps both
        (
            "Алан Нироб подтвердил эту информацию.",
            {"Алан Нироб"},
        ),
    ],
)
def test_a_role_word_opening_a_sentence_is_no_part_of_a_name(text, people):
    entities = helpers.extract_entities(text)
    assert set(entities.loc[entities["type"] == "PER", "name"]) == people


# --- the corpus --------------------------------------------------------------------------


def test_surname_alone_takes_the_corpus_full_name_when_unambiguous():
    corpus = analyse(
        "Премьер-министр Михаил Мишустин провёл совещание.",
        "Мишустин заявил, что бюджет будет исполнен.",
    )
    people = corpus.entities[corpus.entities["type"] == "PER"]
    assert set(people["name"]) == {"Михаил Мишустин"}


def test_shared_surnames_across_articles_stay_apart():
    corpus = analyse(
        "Барак Обама выступил в Чикаго.",
        "Мишель Обама открыла школу.",
        "Об этом заявил Обама.",
    )
    people = corpus.entities[corpus.entities["type"] == "PER"]
    assert set(people["name"]) == {"Барак Обама", "Мишель Обама", "Обама"}


def test_user_aliases_apply_from_a_csv(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,name,type\nГазпром,ПАО «Газпром»,ORG\n", encoding="utf-8")
    corpus = analyse("Компания Газпром увеличила добычу.", aliases=path)
    assert "ПАО «Газпром»" in set(corpus.entities["name"])


def test_user_aliases_apply_from_a_frame():
    frame = pd.DataFrame({"alias": ["Россия"], "name": ["Российская Федерация"]})
    corpus = analyse("Россия и Казахстан подписали договор.", aliases=frame)
    assert "Российская Федерация" in set(corpus.entities["name"])


def test_alias_table_has_its_columns_and_shipped_rows():
    table = helpers.load_aliases()
    assert list(table.columns) == ["alias", "name", "type"]
    assert table.set_index("alias").loc["РФ", "name"] == "Россия"
    assert set(table["type"]) <= {"", "PER", "LOC", "ORG"}


def test_bad_alias_table_says_what_to_do(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("from,to\nРФ,Россия\n", encoding="utf-8")
    with pytest.raises(ValueError, match="alias,name"):
        helpers.load_aliases(path)
    with pytest.raises(FileNotFoundError, match="alias"):
        helpers.load_aliases(tmp_path / "missing.csv")


def test_resolve_corpus_keeps_the_entities_columns(seed):
    resolved = helpers.resolve_corpus(seed.entities)
    assert list(resolved.columns) == list(tables.ENTITIES)
    empty = helpers.resolve_corpus(tables.make_frame(None, tables.ENTITIES))
    assert list(empty.columns) == list(tables.ENTITIES) and empty.empty


# --- counts and co-occurrence ------------------------------------------------------------


def test_entity_counts_by_date():
    corpus = analyse(
        "Сергей Шойгу прибыл в Казахстан.",
        "Шойгу встретился с коллегами в Казахстане.",
        "Казахстан и Россия подписали договор.",
        dates=["2022-06-23", "2022-06-23", "2022-06-24"],
    )
    counts = helpers.entity_counts(corpus)
    assert list(counts.columns) == ["type", "name", "mentions", "articles"]
    assert counts["mentions"].is_monotonic_decreasing
    kz = counts.set_index("name").loc["Казахстан"]
    assert (kz["mentions"], kz["articles"]) == (3, 3)
    by_date = helpers.entity_counts(corpus, by="date")
    assert list(by_date.columns) == ["date", "type", "name", "mentions", "articles"]
    assert by_date["mentions"].sum() == counts["mentions"].sum()
    with pytest.raises(ValueError, match="no column"):
        helpers.entity_counts(corpus, by="outlet")


@pytest.mark.parametrize("level", ["sentence", "article"])
def test_cooccurrence_counts_pairs_with_a_dice_score(level):
    corpus = analyse(
        "Сергей Шойгу прибыл в Казахстан. Погода была хорошей.",
        "В Казахстане переговоры провёл Шойгу. Москва ждёт итогов.",
    )
    pairs = helpers.cooccurrence(corpus, level=level)
    assert list(pairs.columns) == ["name_a", "type_a", "name_b", "type_b", "count", "score"]
    assert pairs["score"].between(0, 1).all()
    pair = pairs[(pairs["name_a"] == "Казахстан") & (pairs["name_b"] == "Сергей Шойгу")]
    assert pair["count"].item() == 2 and pair["score"].item() == 1.0
    moscow = pairs[(pairs["name_a"] == "Казахстан") & (pairs["name_b"] == "Москва")]
    assert len(moscow) == (1 if level == "article" else 0)


def test_empty_corpus_gives_empty_frames_with_columns():
    corpus = analyse()
    assert list(helpers.entity_counts(corpus).columns) == ["type", "name", "mentions", "articles"]
    assert helpers.entity_counts(corpus).empty
    assert helpers.cooccurrence(corpus).empty
    assert list(helpers.cooccurrence(corpus, level="article").columns)[-1] == "score"
    with pytest.raises(ValueError, match="level"):
        helpers.cooccurrence(corpus, level="paragraph")


def test_highlight_marks_each_mention_in_the_colour_of_its_type():
    from helpers.viz.highlight import ENTITY_COLORS

    text = "<b>Сергей Шойгу</b> & Казахстан"
    entities = helpers.extract_entities(text)
    html = helpers.highlight_entities(text, entities)
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    marks = re.findall(
        r'<span class="hl-entity" data-label="(\w+)" data-start="(\d+)" data-stop="(\d+)" '
        r'title="([^"]*)" style="background: (#\w+);[^"]*">([^<]*)',
        html,
    )
    expected = [
        (row.type, str(row.start), str(row.stop), row.name, ENTITY_COLORS[row.type], row.text)
        for row in entities.itertuples()
    ]
    assert marks == expected
    assert [(m[0], m[5]) for m in marks] == [("PER", "Сергей Шойгу"), ("LOC", "Казахстан")]


def test_plots_return_axes(seed):
    import matplotlib

    matplotlib.use("Agg")
    counts = helpers.entity_counts(seed)
    for ax in (
        helpers.plot_top_entities(counts, type="LOC"),
        helpers.plot_entity_cloud(counts),
        helpers.plot_entity_trends(helpers.entity_counts(seed, by="date")),
        helpers.plot_cooccurrence_network(helpers.cooccurrence(seed)),
    ):
        assert ax.figure is not None
    trends = helpers.plot_entity_trends(helpers.entity_counts(seed, by="date"))
    assert "мало данных" in trends.texts[0].get_text()


# --- the evaluator and the gold regression guard -----------------------------------------


def test_evaluator_scores_counts_one_to_one():
    from helpers.eval.entities import Gold

    gold = [
        Gold("PER", "Сергей Шойгу", 3, frozenset({norm_name("Сергей Шойгу")})),
        Gold("LOC", "РФ", 2, frozenset({"рф", "россия"})),
    ]
    pred = group_predictions(
        [("PER", "Сергей Шойгу")] * 2 + [("PER", "Шойгу"), ("LOC", "Россия"), ("ORG", "Россия")]
    )
    score = Score()
    score.add(gold, pred)
    row = score.row()
    # matched: Шойгу 2 of 3, Россия 1 (the one-to-one match takes one of the two Россия)
    assert (row["gold"], row["pred"]) == (5, 5)
    assert row["precision"] == pytest.approx(3 / 5) and row["recall"] == pytest.approx(3 / 5)
    assert norm_name(" «Газпром»  Нефть ") == "газпром нефть"


@pytest.mark.parametrize(
    ("gold_type", "gold_name", "gold_texts", "pred_type", "pred_name", "pred_texts", "hits"),
    [
        # a correct merge under another canonical name: matched through the mention texts
        (
            "LOC",
            "Петербург",
            ["Петербурге", "Петербурга"],
            "LOC",
            "Санкт-Петербург",
            ["Санкт-Петербурге", "Петербурга"],
            (2, 0),
        ),
        ("LOC", "РФ", ["РФ", "России"], "LOC", "Россия", ["России", "РФ"], (2, 0)),
        ("PER", "Путин", ["Путина"], "PER", "Владимир Путин", ["Путина"], (1, 0)),
        # the printed name must still name the entity: not a misread form, not a name the
        # article never writes for it
        ("LOC", "Лета", ["Лету"], "LOC", "Лет", ["Лету"], (0, 0)),
        ("ORG", "ЦБ", ["ЦБ"], "ORG", "Банк России", ["ЦБ"], (0, 0)),
        # the same name always matched; a shared text across the PER boundary never does
        ("ORG", "Газпром", ["Газпрома"], "ORG", "Газпром", ["Газпрому"], (1, 1)),
        ("PER", "Лена", ["Лена"], "LOC", "Лена", ["Лена"], (0, 0)),
        # nothing shared: no match
        ("LOC", "Курилы", ["Курил"], "LOC", "Япония", ["Японии"], (0, 0)),
    ],
)
def test_evaluator_matches_a_chain_through_the_texts_of_its_mentions(
    gold_type, gold_name, gold_texts, pred_type, pred_name, pred_texts, hits
):
    from helpers.eval.entities import Gold, Predicted

    texts = frozenset(norm_name(text) for text in gold_texts)
    gold = [Gold(gold_type, gold_name, len(gold_texts), frozenset({norm_name(gold_name)}), texts)]
    pred = [Predicted(pred_type, pred_name, len(pred_texts), frozenset(pred_texts))]
    found = []
    for match in ("mentions", "names"):
        score = Score()
        score.add(gold, pred, match)
        found.append(sum(score.matched.values()))
    assert tuple(found) == hits


def test_gold_kept_without_texts_is_read_with_the_corpus_text(tmp_path):
    from helpers.eval.entities import load_gold

    text = "Мэр Твери Иван Орлов открыл мост. Орлов доволен."
    (tmp_path / "wikinews-ru").mkdir()
    (tmp_path / "wikinews-ru" / "articles.jsonl").write_text(
        json.dumps({"id": "wikinews-1", "text": text}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    chain = {
        "chain": "1",
        "type": "PER",
        "name": "Иван Орлов",
        "attrs": {"firstname": ["Иван"], "lastname": ["Орлов"]},
        "count": 2,
        "mentions": [
            {"start": 10, "stop": 20, "type": "PER", "text": "Иван Орлов"},
            {"start": 34, "stop": 39, "type": "PER", "text": "Орлов"},
        ],
    }
    gold = tmp_path / "entities.jsonl"
    record = {"corpus": "wikinews-ru", "article_id": "wikinews-1", "entities": [chain]}
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = load_gold(gold, tmp_path)
    assert (doc.id, doc.text) == ("wikinews-1", text)
    assert [(g.name, g.count) for g in doc.gold] == [("Иван Орлов", 2)]
    assert doc.gold[0].texts == {"иван орлов", "орлов"}
    pred = group_predictions([("PER", "Иван Орлов", "Иван Орлов"), ("PER", "Иван Орлов", "Орлов")])
    assert evaluate([doc], {"wikinews-1": pred}).f1 == 1.0


def test_group_predictions_keeps_the_surface_texts():
    pred = group_predictions(
        [("LOC", "Москва", "Москве"), ("LOC", "Москва", "Москвы"), ("LOC", "Москва", "Москве")]
    )
    assert pred == [("LOC", "Москва", 3, frozenset({"Москве", "Москвы"}))]


def test_devset_f1_stays_above_the_floor(shared_corpora):
    docs = split(load_devset(shared_corpora / "factrueval-2016" / "devset.jsonl"), "heldout")
    docs = docs[:DEVSET_DOCS]
    corpus = helpers.analyze(
        pd.DataFrame({"article_id": [d.id for d in docs], "text": [d.text for d in docs]}),
        cache_dir=None,
        progress=False,
    )
    content = corpus.entities[~corpus.entities["in_dateline"]]
    predictions = {
        doc_id: group_predictions(zip(group["type"], group["name"], strict=True))
        for doc_id, group in content.groupby("article_id")
    }
    score = evaluate(docs, predictions)
    assert score.f1 >= F1_FLOOR, score.row()


# --- short forms from the reference lists, one type per name ------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Эксперты из Америки и Канады приехали в Париж.", "Америки", "США"),
        ("Грузия хочет вступить в Атлантический альянс.", "Атлантический альянс", "НАТО"),
        ("Команда из Коста Рика приехала на турнир.", "Коста Рика", "Коста-Рика"),
        (
            "Грузия хочет вступить в Североатлантический альянс.",
            "Североатлантический альянс",
            "НАТО",
        ),
    ],
)
def test_reference_short_forms_take_the_canonical_name(text, mention, name):
    entities = helpers.extract_entities(text)
    assert entities.loc[entities["text"] == mention, "name"].tolist() == [name]


@pytest.mark.parametrize(
    ("mentions", "types"),
    [
        # an unknown name read as ORG once and LOC twice: one entity, the majority type
        ([("ORG", "Бел-Тон"), ("LOC", "Бел-Тон"), ("LOC", "Бел-Тон")], ["LOC", "LOC", "LOC"]),
        # a tie goes to the first mention's type
        ([("ORG", "Арт-Дом"), ("LOC", "Арт-Дом")], ["ORG", "ORG"]),
        # a place the dictionary knows stays two entities: the club and the land
        ([("ORG", "Бавария"), ("LOC", "Бавария")], ["ORG", "LOC"]),
        # people are left alone
        ([("PER", "Роза Хутор"), ("LOC", "Роза Хутор")], ["PER", "LOC"]),
    ],
)
def test_one_name_has_one_type_in_an_article(mentions, types):
    from helpers.nlp.entities.mentions import Mention
    from helpers.nlp.entities.variants import one_type_per_name

    records = [Mention(i * 10, i * 10 + 5, t, n, n, False) for i, (t, n) in enumerate(mentions)]
    one_type_per_name(records, helpers.default_models().morph_vocab)
    assert [m.type for m in records] == types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера власти Португалии объявили траур.", "власти Португалии"),
        ("Письмо направили властям Норвегии.", "власти Норвегии"),
        ("Ночью было шумно. Парижская полиция задержала троих.", "Парижская полиция"),
        ("Лидер фракции КПРФ выступил против.", "фракция КПРФ"),
        (
            "Оппозиция потребовала, чтобы руководство Молдавии ушло в отставку.",
            "руководство Молдавии",
        ),
    ],
)
def test_state_bodies_before_a_country_are_organisations(text, name):
    entities = helpers.extract_entities(text)
    assert name in set(entities.loc[entities["type"] == "ORG", "name"])


@pytest.mark.parametrize(
    ("words", "abbreviation", "spelled"),
    [
        ("Белоярской атомной электростанции", "БАЭС", True),
        ("Саяно-Шушенская гидроэлектростанция", "СШГЭС", True),
        ("Федеральная служба по труду", "ФСТ", True),
        # a short word gives only its initial, a long one only the starts of its parts
        ("Новая волна", "НВЛ", False),
        ("Московская государственная консерватория", "МГКС", False),
    ],
)
def test_an_abbreviation_is_spelled_by_initials_and_compound_parts(words, abbreviation, spelled):
    from helpers.nlp.entities.orgs_defined import spells

    assert spells(words.replace("-", " ").split(), abbreviation) is spelled


def test_an_abbreviation_defined_for_a_compound_name_is_an_organisation():
    text = "Кредит выделен на ремонт Белоярской атомной электростанции (БАЭС). На БАЭС рады."
    entities = helpers.extract_entities(text)
    assert set(entities.loc[entities["type"] == "ORG", "text"]) >= {
        "Белоярской атомной электростанции",
        "БАЭС",
    }


@pytest.mark.parametrize(
    ("text", "outer", "inner", "repeats"),
    [
        (
            "Он рассказал Русской службе «Голоса Америки» о планах. "
            "Голос Америки: Что будет дальше?",
            "Русская служба «Голоса Америки»",
            "Голос Америки",
            1,
        ),
        (
            "Заявление сделала пресс-служба «Северной верфи» в среду.",
            None,
            "Северная верфь",
            0,
        ),
    ],
)
def test_a_quoted_name_inside_an_organisation_is_one_too(text, outer, inner, repeats):
    entities = helpers.extract_entities(text)
    orgs = entities[entities["type"] == "ORG"]
    if outer is not None:
        assert outer in set(orgs["name"])
    assert (orgs["name"] == inner).sum() == 1 + repeats


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # a one-word name misread in another case form joins the one written so
        ([("Брэдфорд", "Брэдфорд"), ("Брэдфорде", "Брэдфорда")], {"Брэдфорд"}),
        # the name stays the nominative even when the misread form is the more frequent
        (
            [("Лидсе", "Лидса"), ("Лидсе", "Лидса"), ("Лидс", "Лидс")],
            {"Лидс"},
        ),
        ([("Курилы", "Курилы"), ("Курил", "Курил"), ("Курилах", "Курилы")], {"Курилы"}),
        # different words stay apart
        ([("Ирак", "Ирак"), ("Иран", "Иран")], {"Ирак", "Иран"}),
        # a hyphen kept as written
        ([("Форт-Уэрт", "Форт-Уэрт"), ("Форт Уэрте", "Форт Уэрт")], {"Форт-Уэрт"}),
    ],
)
def test_one_word_names_differing_in_the_ending_are_one_place(mentions, expected):
    from helpers.nlp.entities.mentions import Mention
    from helpers.nlp.entities.variants import merge_variants

    text = " ".join(written for written, _ in mentions)
    records, start = [], 0
    for written, name in mentions:
        records.append(Mention(start, start + len(written), "LOC", written, name, False))
        start += len(written) + 1
    merge_variants(records, text)
    assert {m.name for m in records} == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a quoted name after an abbreviation is one name with it
        ("Об этом сообщило РИА «Новости» в среду.", "Новость"),
        # фракция after an adjective is no one body
        ("Сегодня две парламентские фракции выступили против.", "парламентские фракция"),
    ],
)
def test_no_organisation_is_made_from(text, absent):
    entities = helpers.extract_entities(text)
    assert absent not in set(entities["name"])


@pytest.mark.parametrize(
    "text",
    [
        "Решение ВАДА опротестовали спортсмены.",
        "Международное агентство (ВАДА) проверило пробы. ВАДА признало ошибку.",
    ],
)
def test_an_organisation_abbreviation_stays_caps_where_it_spells_a_place(text):
    entities = helpers.extract_entities(text)
    assert "ВАДА" in set(entities.loc[entities["type"] == "ORG", "name"])
    assert "Вад" not in set(entities["name"])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Король Испании Филипп VI посетил Валенсию.", "Филипп VI"),
        ("Встречу провела королева Елизавета II.", "Елизавета II"),
        ("Папа Бенедикт XVI отрёкся от престола.", "Бенедикт XVI"),
    ],
)
def test_regnal_number_stays_as_written(text, name):
    names = set(helpers.extract_entities(text).query("type == 'PER'")["name"])
    assert name in names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Канцлер встретился с премьер-министром Италии Джорджей Мелони.", "Джорджа Мелони"),
        ("Канцлер встретился с Анной Петровой.", "Анна Петрова"),
        ("Канцлер встретился с Андреем Ивановым.", "Андрей Иванов"),  # a man's -ем
        ("Встреча с Ангелой Меркель прошла в Берлине.", "Ангела Меркель"),
    ],
)
def test_feminine_instrumental_names_a_woman(text, name):
    names = set(helpers.extract_entities(text).query("type == 'PER'")["name"])
    assert name in names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Премьер-министр Италии Джорджа Мелони выступила в парламенте.", "Джорджа Мелони"),
        ("Сын Джорджа Буша выступил в парламенте.", "Джордж Буш"),  # his genitive, no woman
        ("Встреча с Джорджем Клуни прошла в Риме.", "Джордж Клуни"),
    ],
)
def test_womans_name_read_as_a_mans_genitive_keeps_its_form(text, name):
    # round 19: a part the tagger calls feminine makes the name a woman's, and a masculine
    # genitive reading (Джорджа from Джордж) is then her nominative, as the text writes it
    names = set(helpers.extract_entities(text).query("type == 'PER'")["name"])
    assert name in names


def test_mans_genitive_on_another_part_keeps_his_given_name():
    # the tagger reads Куглера as a feminine subject of получила; another part ending as a
    # man's genitive does (-а) keeps Райана his (Райан); the surname is left as written, as
    # it was before round 19 (noticed, not fixed: Райан Куглера)
    text = "Лента 26-летнего Райана Куглера получила приз жюри."
    names = set(helpers.extract_entities(text).query("type == 'PER'")["name"])
    assert any(name.startswith("Райан ") for name in names)
