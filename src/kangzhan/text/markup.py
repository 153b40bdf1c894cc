"""Find the HTML markup a page copied as source keeps: tags (<p class="…">, <font color="…">, <br>) and entities (&nbsp;).

A post copied from a blog or a share page (美篇, a forum, a CMS) often keeps its markup around every paragraph. Left in,
the tags stand where the text has a line break (…折服。</p><p class="ql-block">X突围战,是…): no rule that looks
for a name at a line's or a sentence's start sees one, and the tags' Latin words cut names and clauses apart.
A block tag (p, div, h1–h6, li, br, tr …) is a line break: its first character becomes a newline (same length) and the rest is dropped; an inline tag (font, b, span, a …) and an entity are dropped whole. Dropped
like inline glosses (glosses.drop_spans), so offsets map back. Only tags of HTML's own names are read: a "<" in
prose (a < b, 《》 are other characters) is no tag.
"""

from __future__ import annotations

import re

_BLOCK = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
          "tbody", "thead", "section", "article", "blockquote", "hr", "center", "header", "footer", "figure",
          "figcaption", "pre", "caption")
_INLINE = ("font", "b", "strong", "em", "i", "u", "s", "a", "span", "img", "sup", "sub", "small", "big", "strike",
           "code", "td", "th", "mark", "abbr", "label", "wbr")
_TAG = re.compile(rf"<(?P<close>/)?(?P<name>{'|'.join(sorted(_BLOCK + _INLINE, key=len, reverse=True))})"
                  r"(?=[\s/>])[^<>\n]{0,400}?/?>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")
_BLOCK_NAMES = frozenset(_BLOCK)


def find_markup(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the first character of every block tag made a newline (same length, same offsets), and the
    (start, end) of the markup to drop from it: a block tag but that newline, an inline tag and an entity whole."""
    tags = list(_TAG.finditer(text)) if "<" in text else []
    spans = [m.span() for m in _ENTITY.finditer(text)] if "&" in text else []
    if not tags:
        return text, spans
    chars = list(text)
    for m in tags:
        if m.group("name").lower() in _BLOCK_NAMES:
            chars[m.start()] = "\n"
            spans.append((m.start() + 1, m.end()))
        else:
            spans.append(m.span())
    return "".join(chars), sorted(spans)
