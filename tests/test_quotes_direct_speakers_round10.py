"""Direct quotes and their speakers, round 10 second wave (branch qh10), in invented
sentences: a subject made of a numeral and `из X` speaks as the counted part (`Трое из
задержанных заявили: «Q»`); a parenthetical connective after a document noun (`В заявлении
в частности говорится: «Q»`) is never the speaker."""

from __future__ import annotations

import pytest
from quote_rows import direct_rows


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        pytest.param(
            "Трое из задержанных вчера заявили журналистам: «Мы не уйдём с площади до утра».",
            "Мы не уйдём с площади до утра",
            "трое из задержанных",
            id="numeral_before_colon_verb",
        ),
        pytest.param(
            "Обоих туристов нашли к вечеру. Двое из спасателей в тот же день выложили фото в "
            "сеть с подписью: «Все живы. Завтра поедем домой».",
            "Все живы. Завтра поедем домой",
            "двое из спасателей",
            id="numeral_before_colon_caption",
        ),
        pytest.param(
            "«Мы не уйдём с площади до утра», — заявили пятеро из задержанных.",
            "Мы не уйдём с площади до утра",
            "пятеро из задержанных",
            id="numeral_after_verb",
        ),
    ],
)
def test_counted_part_speaks(text, quote, speaker, models):
    rows = direct_rows(text, models)
    assert any(t == quote and s and s.lower() == speaker for t, s, _ in rows), rows


def test_digit_count_is_no_speaker(models):
    """`5 из 7 депутатов` written in digits is a tally, not a subject phrase the rule reads."""
    text = "Вчера 5 из 7 депутатов заявили: «Мы не уйдём с площади до утра»."
    rows = direct_rows(text, models)
    assert all(s is None or not s.startswith("5 из") for _, s, _ in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Совет директоров фабрики собрался утром. В обращении в частности говорится: "
            "«Мы благодарим всех, кто помогал нам в трудный год».",
            id="no_commas",
        ),
        pytest.param(
            "Совет директоров фабрики собрался утром. В обращении, в свою очередь, говорится: "
            "«Мы благодарим всех, кто помогал нам в трудный год».",
            id="with_commas",
        ),
    ],
)
def test_connective_is_no_speaker(text, models):
    rows = direct_rows(text, models)
    quote = "Мы благодарим всех, кто помогал нам в трудный год"
    found = [s for t, s, _ in rows if t == quote]
    assert found, rows
    assert found[0] not in ("частность", "очередь") and found[0] is not None


@pytest.mark.parametrize(
    "text, quotes, speaker",
    [
        pytest.param(
            "Вчера Олег Соколов отправил сестре пять писем, которые оканчивались словами "
            "«Береги себя» и «Передай привет всем нашим соседям по дому».",
            ("Береги себя", "Передай привет всем нашим соседям по дому"),
            "Олег Соколов",
            id="relative_clause_list",
        ),
        pytest.param(
            "Директор школы Анна Белова закончила речь словами «Удачи вам».",
            ("Удачи вам",),
            "Анна Белова",
            id="verb_object_words",
        ),
    ],
)
def test_words_in_the_instrumental(text, quotes, speaker, models):
    rows = direct_rows(text, models)
    for quote in quotes:
        assert (quote, speaker, "direct:uttered") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Вдоль трассы стоял щит, который заканчивался словами «Добро пожаловать».",
            id="no_person_host",
        ),
        pytest.param(
            "Олег Соколов долго ехал молча. Вчера он отправил сестре письмо, которое оканчивалось "
            "словами «Береги себя».",
            id="pronoun_host_is_too_weak",
        ),
    ],
)
def test_words_in_the_instrumental_near_miss(text, models):
    assert not any(r == "direct:uttered" for _, _, r in direct_rows(text, models))


def test_split_straight_quote_after_nested_name(models):
    """With straight quotes, a first part ending in a quoted name (`"Заря", - сказал X. -`)
    does not close the whole quote: the second part is found too."""
    text = (
        'Вечером экипаж вернулся. "Мы ходили в море на шхуне "Заря", - сказал капитан '
        'Павел Орлов. - Она была нашим домом десять лет". Потом все разошлись.'
    )
    rows = direct_rows(text, models)
    assert ("Она была нашим домом десять лет", "Павел Орлов", "direct:split_inside") in rows
    assert any(t.startswith("Мы ходили в море") and s == "Павел Орлов" for t, s, _ in rows)


def test_collapsed_straight_quotes_still_close(models):
    """No second part after the attribution: the nested name's mark closes both quotes."""
    text = 'Утром прошёл парад. "Мы были на параде "Победа-2020", - сказал Павел Орлов. Все ушли.'
    rows = direct_rows(text, models)
    assert any(t == 'Мы были на параде "Победа-2020' and s == "Павел Орлов" for t, s, _ in rows)


DECREE = (
    "Вчера мэр подписал постановление о ремонте дорог. В подписанном мэром города документе "
    "говорится:\nА. Б. Иванов\nПровести ремонт всех дорог города до конца летнего сезона.\n\n"
    "Работы начнутся в июне."
)


def test_caption_line_is_no_block(models):
    """`говорится:` then a line with a name only (a decree's caption): the block is the next
    line, and the document named through a participle phrase speaks."""
    rows = direct_rows(DECREE, models)
    assert (
        "Провести ремонт всех дорог города до конца летнего сезона",
        "документ",
        "direct:colon_block",
    ) in rows
    assert not any(t.startswith("А. Б.") for t, _, _ in rows), rows


def test_statement_line_after_colon_is_kept(models):
    """A line that is a statement, not a bare name, stays the block."""
    text = DECREE.replace("А. Б. Иванов\n", "")
    rows = direct_rows(text, models)
    assert (
        "Провести ремонт всех дорог города до конца летнего сезона",
        "документ",
        "direct:colon_block",
    ) in rows


ORDER = (
    "Директор подписал приказ о переводе. В приказе говорится:\n"
    "В связи с реорганизацией отдела и по решению совета приказываю:\n\n"
    "1. Перевести инженера Сомова в отдел снабжения с первого марта.\n\n"
    "2. Настоящий приказ вступает в силу со дня подписания.\n\n"
    "Сомов уже приступил к работе."
)


def test_numbered_items_go_on_with_the_block(models):
    """A block ending in a colon (приказываю:) goes on with its numbered items, one record
    each, without the number; the narrative after them is not taken."""
    rows = [(t, r) for t, _, r in direct_rows(ORDER, models)]
    assert (
        "Перевести инженера Сомова в отдел снабжения с первого марта",
        "direct:colon_block",
    ) in rows
    assert ("Настоящий приказ вступает в силу со дня подписания", "direct:colon_block") in rows
    assert not any(t.startswith("Сомов уже") for t, _ in rows), rows


def test_numbered_items_need_an_announcing_colon(models):
    """Without the colon ending the block, numbered paragraphs after it are the author's."""
    text = ORDER.replace("приказываю:", "приказываю.")
    rows = [t for t, _, _ in direct_rows(text, models)]
    assert not any(t.startswith("Перевести инженера") for t in rows), rows


def test_text_begins_thus(models):
    """`Повесть «X» начинается так:` ending a line: the next paragraph is the text's own
    words, the text (its whole quoted title kept) speaks."""
    text = (
        "Писатель прожил в деревне десять лет.\n\n"
        "Его первая повесть «Тихая река» начинается так:\n"
        "Каждое утро над рекой поднимался густой туман, и деревня долго спала.\n"
    )
    rows = direct_rows(text, models)
    quote = "Каждое утро над рекой поднимался густой туман, и деревня долго спала"
    assert any(t == quote and s and s.endswith("«Тихая река»") for t, s, _ in rows), rows


def test_text_begins_without_thus(models):
    """`начинается в восемь:` is a time, not the text's words: no block."""
    text = (
        "Фестиваль продлится три дня.\n\n"
        "Программа первого дня начинается в восемь:\n"
        "Утром на площади выступят местные оркестры и хоры города.\n"
    )
    assert not direct_rows(text, models)
