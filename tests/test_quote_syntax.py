"""Quotes from the structure of the sentence, written from the language (not from any
article): speech after a colon without marks, inverted attribution with a comma, short
attributed quotes, block quotes over several paragraphs, role speakers through the article."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers.nlp.quotes.lexicons import lexicon
from helpers.nlp.quotes.records import Context
from helpers.nlp.quotes.speakers import tree_subject
from helpers.pipeline.analysis import analyze_text, extract_quotes, natasha_doc
from helpers.pipeline.models import default_models


@pytest.fixture(scope="module")
def models():
    return default_models()


def rows(text: str, models) -> list[tuple[str, str, str | None]]:
    quotes = extract_quotes(text, models)
    return [(r.kind, r.text, r.speaker) for r in quotes.itertuples()]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Врач сказал: операция прошла успешно.",
            ("direct", "операция прошла успешно", "врач"),
        ),
        (
            "Вечером губернатор Иван Соколов заявил: все дороги области уже открыты.",
            ("direct", "все дороги области уже открыты", "Иван Соколов"),
        ),
    ],
)
def test_speech_after_a_colon_without_marks(text, expected, models):
    assert rows(text, models) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "В списке три города: Москва, Казань и Пермь.",
        "Новость опубликована в разделе Политика :: Новости дня и быстро разошлась.",
        "Он не сказал: когда и где пройдут переговоры.",
    ],
)
def test_a_colon_without_a_speech_verb_before_it_is_no_quote(text, models):
    assert rows(text, models) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"Это временная мера", заявила пресс-секретарь компании Анна Иванова.',
            ("direct", "Это временная мера", "Анна Иванова"),
        ),
        (
            "«Мы не получали никаких писем», сообщил представитель банка.",
            ("direct", "Мы не получали никаких писем", "представитель банка"),
        ),
    ],
)
def test_inverted_attribution_with_a_comma_and_no_dash(text, expected, models):
    assert rows(text, models) == [expected]


def test_comma_rule_needs_the_quote_to_open_its_sentence(models):
    text = "Этот закон называют «законом о тишине», говорят депутаты."
    assert "direct:comma_after" not in set(extract_quotes(text, models)["rule"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Министр сказал: «Ни за что».", ("direct", "Ни за что", "министр")),
        (
            "Тренер ответил журналистам: «Без комментариев».",
            ("direct", "Без комментариев", "тренер"),
        ),
    ],
)
def test_short_quote_after_a_speech_verb_and_colon(text, expected, models):
    assert rows(text, models) == [expected]


def test_a_title_after_a_colon_is_still_no_quote(models):
    assert rows("Фильм назвали так: «Ночной дозор».", models) == []


def test_one_line_statement_is_no_headline(models):
    text = "Министр обороны Сергей Шойгу заявил: «Армия готова ко всему»"
    assert rows(text, models) == [("direct", "Армия готова ко всему", "Сергей Шойгу")]


def test_block_quote_over_several_paragraphs(models):
    text = (
        "Глава района Иван Петров выступил перед жителями. Он сказал:\n"
        "Мы сделали всё, что могли. Дорогу починили.\n"
        "Теперь нам нужно строить школу. Я уверен, что всё получится.\n"
        "Жители выслушали его молча."
    )
    assert rows(text, models) == [
        ("direct", "Мы сделали всё, что могли. Дорогу починили", "Иван Петров"),
        ("direct", "Теперь нам нужно строить школу. Я уверен, что всё получится", "Иван Петров"),
    ]


def test_first_person_paragraph_after_a_colon_line(models):
    text = (
        "Тренер Олег Смирнов пригласил молодого вратаря в свою команду:\n"
        "Я давно слежу за ним, и мы ждём его на сборах уже в июле."
    )
    found = rows(text, models)
    assert found == [
        ("direct", "Я давно слежу за ним, и мы ждём его на сборах уже в июле", "Олег Смирнов")
    ]


def test_role_with_a_place_goes_to_the_person_introduced_with_that_place(models):
    text = (
        "Министр иностранных дел России Сергей Лавров встретился с министром иностранных дел "
        "Турции Хаканом Фиданом.\nЛавров заявил, что Россия готова к диалогу.\n"
        "«Турция готова предоставить площадку для переговоров», - заявил глава МИД Турции."
    )
    assert rows(text, models)[-1] == (
        "direct",
        "Турция готова предоставить площадку для переговоров",
        "Хакан Фидан",
    )


def test_role_with_another_place_keeps_its_phrase(models):
    text = (
        "Глава МИД России Сергей Лавров прибыл в Анкару. Его встретил турецкий коллега Хакан "
        "Фидан.\n«Турция готова предоставить площадку», - заявил глава МИД Турции."
    )
    assert rows(text, models)[-1][2] == "глава МИД Турции"


def test_a_coordinated_name_is_not_introduced_by_the_role_before_the_first(models):
    text = (
        "Министр иностранных дел Турции Хакан Фидан и Сергей Лавров провели переговоры.\n"
        "Лавров сказал, что переговоры были трудными.\n"
        "«Турция готова предоставить площадку», - заявил глава МИД Турции."
    )
    assert rows(text, models)[-1][2] == "Хакан Фидан"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Родители погибшего заявили, что будут добиваться суда.", "родители погибшего"),
        ("Близкие пострадавших рассказали, что ждут новостей.", "близкие пострадавших"),
    ],
)
def test_role_speaker_keeps_its_substantive_dependant(text, speaker, models):
    assert rows(text, models)[0][2] == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Рубль, уверен Иван Петров, продолжит падать.",
            ("indirect", "Рубль, уверен Иван Петров, продолжит падать", "Иван Петров"),
        ),
        (
            "Цены, считают аналитики, вырастут к весне.",
            ("indirect", "Цены, считают аналитики, вырастут к весне", "аналитики"),
        ),
        (
            "Экономика, по мнению экспертов, восстановится через год.",
            ("indirect", "Экономика, по мнению экспертов, восстановится через год", "эксперты"),
        ),
    ],
)
def test_cue_inserted_after_the_subject_reports_the_whole_clause(text, expected, models):
    assert rows(text, models) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Иван Петров говорил, будто он ничего не знал.",
            ("indirect", "он ничего не знал", "Иван Петров"),
        ),
        (
            "Соседи утверждают, якобы взрыв был слышен за километр.",
            ("indirect", "взрыв был слышен за километр", "соседи"),
        ),
    ],
)
def test_budto_and_yakoby_open_reported_content(text, expected, models):
    assert rows(text, models) == [expected]


def test_budto_of_comparison_is_no_report(models):
    assert rows("Дом выглядел так, будто в нём давно никто не жил.", models) == []


HEADLINE_ARTICLE = (
    "Лавров: переговоры с Киевом зашли в тупик\n"
    "Министр иностранных дел Сергей Лавров заявил, что переговоры с Киевом зашли в тупик."
)


def test_headline_restating_a_body_quote_is_marked(models):
    quotes = extract_quotes(HEADLINE_ARTICLE, models)
    assert list(quotes.columns)[-1] == "in_headline_repeat"
    assert list(zip(quotes["rule"], quotes["in_headline_repeat"], strict=True)) == [
        ("indirect:headline", True),
        ("indirect:chto_clause", False),
    ]


def test_headline_of_another_statement_is_not_a_repeat(models):
    text = (
        "Лавров: Москва ждёт ответа от Вашингтона\n"
        "Сергей Лавров заявил, что переговоры с Киевом зашли в тупик."
    )
    assert not extract_quotes(text, models)["in_headline_repeat"].any()


def test_quote_counts_count_a_restated_headline_once(models):
    articles = pd.DataFrame({"article_id": ["a"], "text": [HEADLINE_ARTICLE]})
    corpus = helpers.analyze(articles, models=models, cache_dir=None, progress=False)
    once = helpers.quote_counts(corpus).set_index("speaker")["quotes"]
    every = helpers.quote_counts(corpus, headline_repeats=True).set_index("speaker")["quotes"]
    assert (once["Сергей Лавров"], every["Сергей Лавров"]) == (1, 2)


def _context(text: str, models, syntax):
    entities = analyze_text(text, models).entities
    columns = {name: list(entities[name]) for name in entities.columns}
    doc = natasha_doc(text, models)
    return Context(text, doc, columns, lexicon(), models.morph_vocab, syntax)


def test_tree_subject_through_a_coordinated_verb(models):
    text = (
        "Потом гостей встретил и рассказал, что музей откроется в мае, его директор Павел Сидоров."
    )
    ctx = _context(text, models, models.syntax)
    verb = next(t for t in ctx.toks if t.text == "рассказал")
    assert tree_subject(ctx, verb.i, "Masc").name == "Павел Сидоров"
    assert tree_subject(_context(text, models, None), verb.i, "Masc") is None


def test_the_parser_runs_only_on_sentences_it_is_asked_about(models):
    text = "Погода была тёплой. Потом гостей встретил и рассказал, что музей откроется в мае, его директор Павел Сидоров."
    ctx = _context(text, models, models.syntax)
    assert extract_quotes(text, models)["speaker"].tolist() == ["Павел Сидоров"]
    verb = next(t for t in ctx.toks if t.text == "рассказал")
    ctx.heads(verb.i)
    assert len(ctx._heads) == 1  # the one sentence asked about, not the article


def test_pronoun_with_no_person_named_takes_the_role_that_spoke(models):
    text = (
        "Министр заявил журналистам, что бюджет будет принят. «Денег хватит на всё», — добавил он."
    )
    assert rows(text, models)[-1] == ("direct", "Денег хватит на всё", "министр")


def test_quoting_outlet_is_not_part_of_the_quoted_role(models):
    text = "«Мы сделаем всё возможное», — цитирует губернатора РИА Новости."
    assert rows(text, models) == [("direct", "Мы сделаем всё возможное", "губернатор")]


def test_tree_subject_agrees_in_number_with_the_verb(models):
    text = "Организация концерта сопровождалась скандалами и его требовали отменить."
    ctx = _context(text, models, models.syntax)
    verb = next(t for t in ctx.toks if t.text == "требовали")
    assert tree_subject(ctx, verb.i, None) is None
