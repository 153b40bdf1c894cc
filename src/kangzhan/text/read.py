"""Read a source file into text: detect the encoding (UTF-8/16, GB18030/GBK, Big5), refuse non-text.

I/O lives here and nowhere else in the text layer. Every refusal is an InputError with a one-line
reason that names the file.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kangzhan.errors import InputError

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CANDIDATES = ("gb18030", "big5")
_DOC_ID_BAD = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass
class SourceText:
    """A decoded document: its id (from the file name), the text and how it was read."""

    doc_id: str
    source_name: str
    text: str
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)


def doc_id_for(path: Path) -> str:
    """A stable document id from the file name (stem), safe for IRIs."""
    return _DOC_ID_BAD.sub("_", path.stem).strip("_") or "document"


def _cjk_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = 0
    for ch in text[:20000]:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or ch.isascii() or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            good += 1
    return good / min(len(text), 20000)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 50)


def decode_bytes(data: bytes, name: str = "<bytes>", encoding: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes → (text, encoding, warnings). Raises InputError when the bytes are not text."""
    warnings: list[str] = []
    if encoding:
        try:
            return data.decode(encoding), encoding, warnings
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"{name}: not valid {encoding} text ({e.__class__.__name__} at byte "
                             f"{getattr(e, 'start', '?')})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16") from None
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            warnings.append(f"{name}: truncated multi-byte character at the end was dropped")
            return data[: e.start].decode("utf-8"), "utf-8", warnings
        utf8_err = e
    best: tuple[float, str, str] | None = None
    for enc in _CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _cjk_ratio(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best and best[0] > 0.9:
        return best[2], best[1], warnings
    # mostly UTF-8 with a few bad bytes (e.g. encoded lone surrogates): keep the text, say so
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(1, len(text) // 1000):
        warnings.append(f"{name}: {bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        return text, "utf-8", warnings
    raise InputError(f"{name}: not text in a supported encoding (UTF-8, UTF-16, GB18030, Big5); "
                     f"first invalid UTF-8 byte at offset {utf8_err.start}")


_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop characters that cannot be stored in RDF literals (lone surrogates, C0 controls but tab/newline)."""
    if not _UNSTORABLE.search(text):
        return text  # the usual case, without a loop over every character
    out = []
    for ch in text:
        o = ord(ch)
        if 0xD800 <= o <= 0xDFFF:
            out.append("\ufffd")
        elif o < 32 and ch not in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) == "Cs":
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def read_source(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> SourceText:
    """Read one file as a SourceText, or raise InputError with a one-line reason."""
    p = Path(path)
    name = str(path)
    try:
        if not p.exists():
            if p.is_symlink():
                raise InputError(f"{name}: is a broken or looping symbolic link")
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a text file")
        if not p.is_file():
            raise InputError(f"{name}: is not a regular file (a device, socket or pipe)")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is larger than the limit of {max_bytes:,} bytes "
                             "(raise it with --max-bytes)")
        data = p.read_bytes()
    except InputError:
        raise
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise InputError(f"{name}: is empty")
    text, enc, warnings = decode_bytes(data, name, encoding)
    text = clean_text(text)
    if not text.strip():
        raise InputError(f"{name}: holds no text")
    return SourceText(
        doc_id=doc_id_for(p),
        source_name=p.name,
        text=text,
        encoding=enc,
        sha256=hashlib.sha256(data).hexdigest(),
        warnings=warnings,
    )


def source_from_string(text: str, doc_id: str = "text", source_name: str = "<text>") -> SourceText:
    """Wrap an in-memory string (tests, the web layer) as a SourceText."""
    text = clean_text(text)
    return SourceText(doc_id, source_name, text, "utf-8", hashlib.sha256(text.encode("utf-8", "replace")).hexdigest())
