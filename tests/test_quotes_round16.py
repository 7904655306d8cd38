"""Round 16, in invented sentences (not from any article), each with a near-miss that must
stay as it was.

- `директор банка "Открытие" Пётр Сидоров`, `аналитик „Финама“ Игорь Иванов`: any
  quotation mark of the lexicon's pairs around an organisation's name keeps the role and the
  name after it one phrase (only «» did; straight quotes are common in agency copy and CSV
  dumps).
- `X в эфире телеканала РБК заявил о C`: an indeclinable name the tagger reads as
  nominative right after a title noun in an oblique case names that noun, no subject (a
  person's name there still is: `Один из организаторов акции Владимир Дорош заявил`).
- `Согласно данным Организации Объединённых наций, C`: an organisation the entity pass
  named by a short name (ООН) keeps it in the quote pass (was `ООН Объединённых наций`);
  a foreign man's surname in -и keeps its form there too (`Джино Дескальси:`).
- `В соответствии с заявлением, сделанным X, C` (also without the comma): the agent of a
  participle on the noun of a paired source phrase, in its instrumental.
- `глава турецкого МИД`, `немецкий канцлер`, `итальянский политик`: a country adjective
  inside the role phrase, and adjectives whose stem spells no country
  (quote_country_adjectives.txt), tie the role to the person introduced with that country;
  a word of no one post (политик) takes any role so introduced.
- `гендиректор` is the `генеральный директор` introduced before (quote_role_synonyms.txt).
"""

from __future__ import annotations

import pytest
from quote_rows import direct_rows as direct
from quote_rows import indirect_rows as indirect

CLAUSE = "Рост цен связан с неурожаем"


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            f'{CLAUSE}, сказал директор банка "Открытие" Пётр Сидоров.',
            [(CLAUSE, "Пётр Сидоров")],
            id="straight-quotes",
        ),
        pytest.param(
            f"{CLAUSE}, рассказал аналитик „Финама“ Игорь Иванов.",
            [(CLAUSE, "Игорь Иванов")],
            id="low-high-quotes",
        ),
        pytest.param(
            f"{CLAUSE}, рассказал аналитик «Финама» Игорь Иванов.",
            [(CLAUSE, "Игорь Иванов")],
            id="guillemets-as-before",
        ),
        pytest.param(
            f'{CLAUSE}, рассказал директор банка "Открытие".',
            [(CLAUSE, 'директор банка "Открытие"')],
            id="near-miss-no-name-after",
        ),
    ],
)
def test_quoted_organisation_inside_a_role(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Вице-премьер Александр Новак в эфире телеканала РБК заявил о стабилизации "
            "ситуации с топливом.",
            [("о стабилизации ситуации с топливом", "Александр Новак")],
            id="channel-name-in-a-pp",
        ),
        pytest.param(
            "Один из организаторов акции Иван Петров заявил, что протест продолжится.",
            [("протест продолжится", "Иван Петров")],
            id="near-miss-a-person-after-a-title-noun",
        ),
        pytest.param(
            "Представитель компании Apple заявил о стабилизации ситуации.",
            [("о стабилизации ситуации", "представитель компании Apple")],
            id="near-miss-the-owner-of-a-subject",
        ),
        pytest.param(
            "Как сообщает агентство ТАСС, ситуация стабилизировалась.",
            [("ситуация стабилизировалась", "ТАСС")],
            id="near-miss-nominative-title",
        ),
    ],
)
def test_name_of_an_oblique_title_noun(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Согласно данным Организации Объединённых наций, в море погибли 800 человек.",
            [("в море погибли 800 человек", "ООН")],
            id="short-name-kept",
        ),
        pytest.param(
            "Пресс-служба городского управления МЧС сообщила, что пожар потушен.",
            [("пожар потушен", "пресс-служба городского управления МЧС")],
            id="near-miss-a-collective-name-as-written",
        ),
    ],
)
def test_organisation_names_of_the_entity_pass(models, text, expected):
    assert indirect(text, models) == expected


def test_foreign_surname_in_i_on_a_label_line(models):
    text = (
        "Розы дорожают\nЦветоводы жалуются на пошлины.\nХозяин крупной плантации Джино "
        "Дескальси:\nМы просто шокированы случившимся. Придётся менять все планы.\nСМИ "
        "отмечают, что цены выросли."
    )
    assert [speaker for _, speaker, _ in direct(text, models)] == ["Джино Дескальси"]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "В соответствии с заявлением, сделанным представителем ООН Адрианом Эдвардсом, "
            "эта катастрофа стала самой страшной.",
            [("эта катастрофа стала самой страшной", "Адриан Эдвардс")],
            id="paired-source-participle",
        ),
        pytest.param(
            "В соответствии с заявлением сделанным в интервью журналистам представителем "
            "агентства ООН по делам беженцев Адрианом Эдвардсом, эта катастрофа стала самой "
            "страшной.",
            [("эта катастрофа стала самой страшной", "Адриан Эдвардс")],
            id="no-comma-long-role",
        ),
        pytest.param(
            "В соответствии с докладом, подготовленным в прошлом году, катастрофа стала "
            "самой страшной.",
            [],
            id="near-miss-no-agent",
        ),
    ],
)
def test_participle_agent_of_a_paired_source(models, text, expected):
    assert indirect(text, models) == expected


TWO_MINISTERS = (
    "В Анкаре прошли переговоры министра иностранных дел Турции Мевлюта Чавушоглу и главы "
    "МИД России Сергея Лаврова.\n"
)


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            TWO_MINISTERS + "«Мы готовы к диалогу», — сказал глава турецкого МИД.",
            "Мевлют Чавушоглу",
            id="adjective-inside-the-phrase",
        ),
        pytest.param(
            TWO_MINISTERS + "«Мы готовы к диалогу», — сказал глава российского МИД.",
            "Сергей Лавров",
            id="home-adjective-inside-the-phrase",
        ),
        pytest.param(
            TWO_MINISTERS + "«Мы готовы к диалогу», — сказал глава МИД Турции.",
            "Мевлют Чавушоглу",
            id="genitive-country-as-before",
        ),
        pytest.param(
            "Путин провёл переговоры с Эрдоганом.\n«Мы готовы к диалогу», — сказал глава "
            "турецкого МИД.",
            "глава турецкого МИД",
            id="near-miss-no-one-introduced-with-turkey",
        ),
    ],
)
def test_country_adjective_in_a_role_phrase(models, text, speaker):
    assert [s for _, s, _ in direct(text, models)] == [speaker]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Канцлер Германии Олаф Шольц встретился с президентом Франции Эммануэлем "
            "Макроном. Немецкий канцлер заявил, что Европа должна быть единой.",
            [("Европа должна быть единой", "Олаф Шольц")],
            id="irregular-adjective",
        ),
        pytest.param(
            "Путин встретился с Олафом Шольцем и Эммануэлем Макроном. Немецкий канцлер "
            "заявил, что Европа должна быть единой.",
            [("Европа должна быть единой", "немецкий канцлер")],
            id="near-miss-no-one-introduced-with-germany",
        ),
        pytest.param(
            "Суд приговорил бывшего премьер-министра Италии Сильвио Берлускони. Адвокат Иван "
            "Петров подаст жалобу. Итальянский политик заявил, что не признаёт вину.",
            [("не признаёт вину", "Сильвио Берлускони")],
            id="generic-word-any-role",
        ),
        pytest.param(
            "Министр обороны Франции Жан Ив Ле Дриан встретился с Путиным. Французский "
            "президент заявил, что санкции продлят.",
            [("санкции продлят", "французский президент")],
            id="near-miss-a-post-needs-its-own-role",
        ),
    ],
)
def test_country_adjectives(models, text, expected):
    assert indirect(text, models) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Генеральный директор компании Артём Савиновский выступил на форуме. По словам "
            "гендиректора, сотрудники не пострадают.",
            [("сотрудники не пострадают", "Артём Савиновский")],
            id="gendirektor",
        ),
        pytest.param(
            "Генеральный секретарь ООН Антониу Гутерриш прибыл в Киев. Генсек заявил, что "
            "война должна закончиться.",
            [("война должна закончиться", "Антониу Гутерриш")],
            id="gensek",
        ),
    ],
)
def test_short_forms_of_a_post(models, text, expected):
    assert indirect(text, models) == expected
