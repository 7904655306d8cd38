"""Wiki markup around quotation marks: ``''«Q»''`` (italics in the page source) read as ``«Q»``.

Wikinews pages keep the italics markup of quoted words: two or three apostrophes right
before an opening mark or right after a closing one. They are not part of the words and
they hide the mark from the frames that look at its neighbours (``»'', — сказал X``), so
the rules see the text with such runs blanked, and punctuation right after a closing run
moved up to its mark (``»'', —`` reads ``», —``); the view has the same length, so offsets
hold.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"'{2,3}(?=[«„“\"])")
_CLOSING = re.compile(r"(?<=[»“”\"])('{2,3})([,.!?…:;]*)")


def markup_view(text: str) -> str:
    """``text`` with wiki italics/bold runs that touch a quotation mark blanked.

    >>> markup_view("''«Да»'', — сказал он.")
    '  «Да»,   — сказал он.'
    """
    if "''" not in text:
        return text
    text = _OPENING.sub(lambda m: " " * len(m.group()), text)
    return _CLOSING.sub(lambda m: m.group(2) + " " * len(m.group(1)), text)
