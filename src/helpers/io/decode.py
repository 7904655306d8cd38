"""Bytes -> text: BOMs, UTF-16 without BOM, UTF-8, Cyrillic code pages (cp1251, KOI8-R)."""

from __future__ import annotations

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Preferred when charset-normalizer hesitates between Cyrillic code pages (mac_cyrillic,
# iso8859_5 ... differ from cp1251 in a few letters only and are rare in news).
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r")
MIN_RUSSIAN_SCORE = 0.5
RUSSIAN_PUNCTUATION = set("«»„“”’–—…№\u00a0")


class DecodeError(ValueError):
    pass


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_encoding(data: bytes) -> str | None:
    """UTF-16 without BOM: one byte of each pair is mostly 0x00 (Latin) or 0x04 (Cyrillic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        share = sum(byte in (0x00, 0x04) for byte in high) / len(high)
        if share >= 0.7:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _char_weight(char: str) -> float:
    if "а" <= char <= "я" or char == "ё":
        return 1.0
    if "А" <= char <= "Я" or char == "Ё":
        return 0.3
    return 0.2 if char in RUSSIAN_PUNCTUATION else 0.0


def russian_score(text: str) -> float:
    """How Russian the non-ASCII characters look: mostly lowercase Cyrillic -> near 1."""
    wide = [char for char in text if ord(char) > 127]
    return sum(map(_char_weight, wide)) / len(wide) if wide else 0.0


def _decoded_score(data: bytes, encoding: str) -> float:
    try:
        return russian_score(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        return -1.0


def _guess_encoding(data: bytes) -> str:
    """charset-normalizer's guess, unless cp1251 or KOI8-R reads as clearly better Russian."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    score, encoding = max((_decoded_score(data, name), name) for name in CYRILLIC_ENCODINGS)
    if best is None and score < MIN_RUSSIAN_SCORE:
        raise DecodeError("binary file")
    if best is None:
        return encoding
    if score < MIN_RUSSIAN_SCORE or _decoded_score(data, best.encoding) > score + 0.1:
        return best.encoding
    return encoding


def _looks_binary(text: str) -> bool:
    controls = sum(ord(char) < 32 and char not in "\n\r\t\f\v" for char in text)
    return controls > max(2, len(text) // 100)


def detect_encoding(data: bytes) -> str:
    """BOM, then UTF-16 by byte pattern, then strict UTF-8, then charset-normalizer."""
    encoding = bom_encoding(data) or _utf16_encoding(data)
    if encoding:
        return encoding
    if b"\x00" in data:
        raise DecodeError("binary file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_encoding(data)
    return "utf-8"


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Bytes -> str; raises DecodeError('binary file' or why it cannot be decoded)."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    if _looks_binary(text):
        raise DecodeError("binary file")
    return text
