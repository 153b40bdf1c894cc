"""Look at a SPARQL request before running it: what kind of operation it is and where it reaches out.

A small lexer (comments, strings and IRIs skipped the way the SPARQL grammar tokenizes them) finds
the operation keyword and the targets of `SERVICE` and `LOAD`. Anything it cannot resolve to an
absolute IRI on the allow-list is refused: the check fails closed, so an odd spelling the lexer does
not understand is refused rather than let through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from kangzhan.rdf.namespaces import PREFIXES

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")

_IRI = re.compile(r'<([^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>')
_WORD = re.compile(r"[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*(:[\w\-.:%\\\u00B7\u00C0-\uFFFF]*)?|:[\w\-.:%\\]*")
_VAR = re.compile(r"[?$][\w\u00B7\u00C0-\uFFFF]+")
_UESC = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class Refused(Exception):
    """The request is not allowed (→ 403); the message says why."""


@dataclass
class Analysis:
    """What a SPARQL text is: its operation keyword and the remote targets it names."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, an update keyword, or None if unknown
    services: list[str] = field(default_factory=list)  # resolved IRIs, "?var" or "<unresolved …>"
    loads: list[str] = field(default_factory=list)
    depth: int = 0  # deepest nesting of { ( [ — Oxigraph's recursive parser overflows its stack on thousands

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_FORMS


def _unescape(text: str) -> str:
    """SPARQL's \\uXXXX / \\UXXXXXXXX code point escapes, which may appear anywhere in a query."""

    def one(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return "\ufffd"

    return _UESC.sub(one, text)


def tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, text) pairs: 'iri', 'word', 'var', 'punct'; comments and string literals are dropped."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
        elif c == "<" and (m := _IRI.match(text, i)):
            yield "iri", _unescape(m.group(0)[1:-1])
            i = m.end()
        elif c in "?$" and (m := _VAR.match(text, i)):
            yield "var", m.group(0)
            i = m.end()
        elif m := _WORD.match(text, i):
            yield "word", m.group(0)
            i = m.end()
        else:
            yield "punct", c
            i += 1


_PLAIN_IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'  # _IRI in a text without backslashes
_PROLOGUE_FORM = re.compile(  # comments, PREFIX and BASE declarations, then the query form keyword
    r"(?:\s++|#[^\n]*+|PREFIX\s+(?:[A-Za-z][\w\-]*)?:\s*" + _PLAIN_IRI + r"|BASE\s*" + _PLAIN_IRI + r")*+"
    r"(?P<form>SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w\-.:%\\\u00B7\u00C0-\uFFFF])", re.IGNORECASE)


def plain_query_form(text: str, max_depth: int) -> str | None:
    """The query form of a plain read query, as `analyse` finds it, without tokenizing the whole text;
    None when the text needs the full analysis: it has a backslash (code point escapes), names
    SERVICE or LOAD anywhere, could nest brackets deeper than `max_depth`, or does not open with
    the usual prologue and a query keyword. Every fact it relies on is conservative: a `SERVICE` or
    `LOAD` token needs those letters in the text, and nesting needs that many opening brackets."""
    if "\\" in text or text.count("{") + text.count("(") + text.count("[") > max_depth:
        return None
    upper = text.upper()
    if "SERVICE" in upper or "LOAD" in upper:
        return None
    m = _PROLOGUE_FORM.match(text)
    return m.group("form").upper() if m else None


def analyse(text: str) -> Analysis:
    """Operation keyword and SERVICE / LOAD targets of a query or update (raw and unescaped text)."""
    first = _analyse_once(text)
    unescaped = _unescape(text)
    if unescaped != text:
        second = _analyse_once(unescaped)
        first.services += second.services
        first.loads += second.loads
        first.form = first.form or second.form
        first.depth = max(first.depth, second.depth)
    return first


def _analyse_once(text: str) -> Analysis:
    prefixes = dict(PREFIXES)
    base: str | None = None
    result = Analysis(form=None)
    toks = list(tokens(text))
    depth = 0
    k = 0
    while k < len(toks):
        kind, tok = toks[k]
        if kind == "punct":
            if tok in "{([":
                depth += 1
                result.depth = max(result.depth, depth)
            elif tok in "})]":
                depth -= 1
        upper = tok.upper() if kind == "word" else ""
        if upper == "PREFIX" and k + 2 < len(toks) and toks[k + 2][0] == "iri":
            prefixes[toks[k + 1][1].rstrip(":")] = _resolve_iri(toks[k + 2][1], base)
            k += 3
            continue
        if upper == "BASE" and k + 1 < len(toks) and toks[k + 1][0] == "iri":
            base = _resolve_iri(toks[k + 1][1], base)
            k += 2
            continue
        if result.form is None and upper in QUERY_FORMS + UPDATE_FORMS:
            result.form = upper
        if upper in ("SERVICE", "LOAD"):
            j = k + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            target = _target(toks[j] if j < len(toks) else ("punct", ""), prefixes, base)
            (result.services if upper == "SERVICE" else result.loads).append(target)
        k += 1
    return result


def _resolve_iri(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", iri) else iri


def _target(tok: tuple[str, str], prefixes: dict[str, str], base: str | None) -> str:
    kind, text = tok
    if kind == "iri":
        return _resolve_iri(text, base)
    if kind == "var":
        return text
    if kind == "word" and ":" in text:
        prefix, local = text.split(":", 1)
        if prefix in prefixes:
            return prefixes[prefix] + local.replace("\\", "")
    return f"<unresolved {text!r}>"


def check_targets(targets: Iterable[str], allowed: Iterable[str], what: str) -> None:
    """Refuse every target that is not exactly one of the allowed endpoint IRIs."""
    allow = {a.strip() for a in allowed if a.strip()}
    for t in targets:
        if t not in allow:
            hint = f"; allowed: {', '.join(sorted(allow))}" if allow else "; none is allowed"
            raise Refused(f"{what} to {t} is not allowed{hint}")
