"""Round 21, batch 2, in invented sentences (not from any article), each with a near-miss
that must stay as it was.

- `— Q, — цитирует Петрова пресс-служба ФХР`: in dash speech, a quoting verb gives its
  object's words, as after a closing mark.
- `Его слова приводит ТАСС: «Q»`: the owner of the words (a possessive before `слова`).
- `шутить`, `пошутить`, `иронизировать` are speech verbs (`X шутит, что C`).
- A headline `Лавров: «Запад проиграл»` whose claim is one quotation is a direct record of
  the words inside the marks (was an indirect record with the marks in its span).
- `«Россия готова к диалогу»: Путин о переговорах`: a line that opens with a quote, then a
  colon and a person's name: the person speaks; not a title (`«Игра престолов»: вышел
  новый сезон`).
- `«Спартак» — «Зенит»: хозяева победили`: a label of two names joined by a dash is a
  pairing, no source.

Batch 3:
- `Ведомство заявило` (quote_anaphoric_orgs.txt, a bare noun as the subject): the body that
  spoke last, else the only one named in the sentences before.
- `в кабмине`: кабмин is a collective source (quote_org_roles.txt); `парламентарий`,
  `градоначальник` are role words (not `монарх`: a synonym of `король`, it took up the next
  king named inside a quote, round 14's test).
- `Как отметил X, «Q»`: a quote of two words after the comma of a `как` clause with a speech
  verb is direct, as after `По словам X,`.
- `Как сообщила газета, «Спартак» проиграл`: the outlet's name is not looked for past the
  comma that ends its phrase.

Batch 4:
- A role followed by a word in another case than its own and not in the genitive is bare
  (`приводит слова футболиста официальный сайт клуба`: the quoting outlet, no dependant), as a
  dative addressee already was.

Batch 5:
- `говорится в сообщении ведомства в Telegram-канале`: after the document's genitive author,
  `в X` is where it was posted, not who speaks (was `Telegram-канал`).
- `Эту информацию РИА Новости подтвердили в МЧС`: an outlet between the pointing object and
  its verb (found nothing).

Batch 6:
- A former holder's role (`экс-премьер`, `бывший министр`) takes up the person introduced as a
  former holder of that post (`Бывший премьер Великобритании X`, `Экс-министр финансов X`),
  not the current one; `экс-премьер`, `экс-глава`, `экс-губернатор` ... are role words.
"""

from __future__ import annotations

import pytest
from quote_rows import found

BATCH_2 = [
    pytest.param(
        "Главный тренер россиян Иван Петров доволен игрой.\n\n- Ребята молодцы, сыграли "
        "дисциплинированно, - цитирует Петрова пресс-служба ФХР.",
        [("direct", "Ребята молодцы, сыграли дисциплинированно", "Иван Петров")],
        id="dash-speech-quoting-verb",
    ),
    pytest.param(
        "Главный тренер россиян Иван Петров доволен игрой.\n\n- Ребята молодцы, сыграли "
        "дисциплинированно, - сказал Петров.",
        [("direct", "Ребята молодцы, сыграли дисциплинированно", "Иван Петров")],
        id="near-miss-dash-speech-as-before",
    ),
    pytest.param(
        "Министр Иван Петров выступил на форуме. Его слова приводит ТАСС: «Мы готовы к "
        "переговорам».",
        [("direct", "Мы готовы к переговорам", "Иван Петров")],
        id="his-words-fronted",
    ),
    pytest.param(
        "Слова министра Ивана Петрова приводит ТАСС: «Мы готовы к переговорам».",
        [("direct", "Мы готовы к переговорам", "Иван Петров")],
        id="near-miss-words-of-named-fronted",
    ),
    pytest.param(
        "Иван Петров шутит, что его главный тренер — жена.",
        [("indirect", "его главный тренер — жена", "Иван Петров")],
        id="joking-verb",
    ),
    pytest.param(
        "Иван Петров любит шутить.",
        [],
        id="near-miss-joking-without-content",
    ),
    pytest.param(
        "Лавров: «Запад проиграл»\n\nГлава МИД России Сергей Лавров выступил на форуме.",
        [("direct", "Запад проиграл", "Сергей Лавров")],
        id="headline-label-quoted-claim",
    ),
    pytest.param(
        "Путин: Россия готова к диалогу\n\nПрезидент России Владимир Путин выступил на форуме.",
        [("indirect", "Россия готова к диалогу", "Владимир Путин")],
        id="near-miss-headline-label-plain-claim",
    ),
    pytest.param(
        "«Россия готова к диалогу»: Путин о переговорах с Западом\n\nПрезидент России "
        "Владимир Путин выступил на форуме.",
        [("direct", "Россия готова к диалогу", "Владимир Путин")],
        id="quote-then-name",
    ),
    pytest.param(
        "«Игра престолов»: вышел новый сезон\n\nТелеканал HBO выпустил новый сезон.",
        [],
        id="near-miss-title-then-colon",
    ),
    pytest.param(
        "«Спартак» — «Зенит»: хозяева победили\n\nМатч прошел в Москве.",
        [],
        id="pairing-label",
    ),
]


BATCHES_3_4 = [
    pytest.param(
        "В Роскомнадзоре подтвердили блокировку мессенджера. Ведомство заявило, что "
        "мессенджер нарушил закон.",
        [
            ("indirect", "блокировку мессенджера", "Роскомнадзор"),
            ("indirect", "мессенджер нарушил закон", "Роскомнадзор"),
        ],
        id="anaphoric-body-as-subject",
    ),
    pytest.param(
        "Компания сообщила, что поставки начнутся в январе.",
        [("indirect", "поставки начнутся в январе", "компания")],
        id="near-miss-anaphoric-body-nothing-before",
    ),
    pytest.param(
        "Газпром и Роснефть заключили сделку. Компания сообщила, что поставки начнутся в январе.",
        [("indirect", "поставки начнутся в январе", "компания")],
        id="near-miss-anaphoric-body-two-named",
    ),
    pytest.param(
        "Правительство утвердило новые правила. Как пояснили в кабмине, изменения вступят "
        "в силу с 1 января.",
        [("indirect", "изменения вступят в силу с 1 января", "кабмин")],
        id="cabinet-as-source",
    ),
    pytest.param(
        "Сенатор Андрей Клишас внес законопроект. Как пояснил парламентарий, меры "
        "направлены против мошенников.",
        [("indirect", "меры направлены против мошенников", "Андрей Клишас")],
        id="parliamentarian-as-role",
    ),
    pytest.param(
        "Депутаты и сенаторы обсудили закон. Парламентарии считают, что закон нужен.",
        [("indirect", "закон нужен", "парламентарии")],
        id="near-miss-parliamentarians-plural",
    ),
    pytest.param(
        "Как отметил Иванов, «ситуация стабилизировалась».",
        [("direct", "ситуация стабилизировалась", "Иванов")],
        id="short-quote-after-kak-clause",
    ),
    pytest.param(
        "Как известно, «Спартак» проиграл.",
        [],
        id="near-miss-kak-without-speech-verb",
    ),
    pytest.param(
        "Как сообщила газета, «Спартак» проиграл.",
        [("indirect", "«Спартак» проиграл", "газета")],
        id="outlet-name-not-past-comma",
    ),
    pytest.param(
        "Как сообщила газета «Коммерсантъ», клуб проиграл.",
        [("indirect", "клуб проиграл", "Коммерсантъ")],
        id="near-miss-outlet-named-in-marks",
    ),
    pytest.param(
        "Нападающий «Зенита» Иван Петров продлил контракт. «Я счастлив остаться в "
        "Петербурге», — приводит слова футболиста официальный сайт клуба.",
        [("direct", "Я счастлив остаться в Петербурге", "Иван Петров")],
        id="role-before-quoting-subject",
    ),
    pytest.param(
        "Нападающий «Зенита» Иван Петров продлил контракт. «Я счастлив остаться в "
        "Петербурге», — приводит слова футболиста сборной Бразилии официальный сайт клуба.",
        [("direct", "Я счастлив остаться в Петербурге", "футболист сборной Бразилии")],
        id="near-miss-role-with-genitive-before-subject",
    ),
]


BATCH_5 = [
    pytest.param(
        "Минобороны сообщило об уничтожении беспилотников. «Перехвачены 40 аппаратов», — "
        "говорится в сообщении ведомства в Telegram-канале.",
        [
            ("indirect", "об уничтожении беспилотников", "Министерство обороны"),
            ("direct", "Перехвачены 40 аппаратов", "Министерство обороны"),
        ],
        id="document-author-then-venue",
    ),
    pytest.param(
        "Перехвачены 40 аппаратов, говорится в сообщении на сайте Кремля.",
        [("indirect", "Перехвачены 40 аппаратов", "Кремль")],
        id="near-miss-document-on-a-site",
    ),
    pytest.param(
        "Пожар на складе ликвидирован. Эту информацию РИА Новости подтвердили в МЧС.",
        [("indirect", "Пожар на складе ликвидирован", "МЧС")],
        id="pointing-object-outlet-verb",
    ),
    pytest.param(
        "Пожар на складе ликвидирован. Эту информацию подтвердили в МЧС.",
        [("indirect", "Пожар на складе ликвидирован", "МЧС")],
        id="near-miss-pointing-object-as-before",
    ),
]


BATCH_6 = [
    pytest.param(
        "Бывший премьер Великобритании Борис Джонсон раскритиковал правительство. Экс-премьер "
        "заявил, что кабинет провалил экономическую политику.",
        [
            ("indirect", "правительство", "Борис Джонсон"),
            ("indirect", "кабинет провалил экономическую политику", "Борис Джонсон"),
        ],
        id="ex-role-after-former-role",
    ),
    pytest.param(
        "Министр финансов Антон Силуанов и экс-министр финансов Алексей Кудрин выступили на "
        "форуме. Бывший министр заявил, что бюджет не сбалансирован.",
        [("indirect", "бюджет не сбалансирован", "Алексей Кудрин")],
        id="former-role-not-the-current-holder",
    ),
    pytest.param(
        "Министр финансов Антон Силуанов и экс-министр финансов Алексей Кудрин выступили на "
        "форуме. Министр заявил, что бюджет сбалансирован.",
        [("indirect", "бюджет сбалансирован", "Антон Силуанов")],
        id="near-miss-current-role-not-the-former-holder",
    ),
]


@pytest.mark.parametrize("text, rows", BATCH_2 + BATCHES_3_4 + BATCH_5 + BATCH_6)
def test_round21_batches_2_to_6(models, text, rows):
    assert [(kind, quote, speaker) for kind, quote, speaker, _ in found(text, models)] == rows
