"""Repair, pass 1: HTML markup and entities removed (`strip_html`), in linear time.

Script, style and comment blocks go whole; tags become nothing or a line break (block tags);
entities become their characters. An unclosed opener is left as text.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Iterator

from .edits import apply_edits, Edit, HTML


_BLOCK_TAGS = ("p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|header|footer|nav|aside|"
               "blockquote|pre|hr|title|dd|dt|dl|form|td|th|figure|figcaption|main|body|html|head")
_HTML_SIGNAL = re.compile(r"<(?:/?(?:" + _BLOCK_TAGS + r"|span|a|img|meta|script|style|b|strong|em|i|font)\b[^<>]*|!--|!DOCTYPE)>?",
                          re.I)
# Tokens of a page, tried in this order at each position: a script, style or comment opener (the
# token is dropped whole, up to its closer), a DOCTYPE, a block tag (a line break), another tag,
# an entity. `[^<>]` (not `[^>]`): a scan inside a tag stops at the next `<`.
_OPENERS = {"script": r"<script\b[^<>]*>", "style": r"<style\b[^<>]*>", "comment": r"<!--"}
_CLOSERS = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I),
            "comment": re.compile(r"-->")}
_OTHER_TOKENS = (r"(?P<drop><!DOCTYPE[^<>]*>)"
                 r"|(?P<block></?(?:" + _BLOCK_TAGS + r")\b(?:\s[^<>]*)?/?>)"
                 r"|(?P<tag></?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>)"
                 r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)")


@lru_cache(maxsize=None)
def _html_tokens(kinds: frozenset[str]) -> re.Pattern:
    """The token pattern, with openers of `kinds` only (the other kinds have no closer left)."""
    openers = "|".join(_OPENERS[k] for k in _OPENERS if k in kinds)
    return re.compile((f"(?P<open>{openers})|" if openers else "") + _OTHER_TOKENS, re.I | re.S)


def _html_matches(text: str) -> Iterator[tuple[int, int, str]]:
    """The HTML tokens of a page as (start, end, kind), in time linear in the page.

    A script, style or comment runs from its opener to the first closer after it (the token
    kind is `drop`). An opener with no closer after it is read as the other alternatives read
    it (`<script>` as a tag, `<!--` as nothing); since no later opener of that kind can be
    closed either, the kind is then left out of the pattern: `<!--` repeated 100,000 times costs
    one scan of the page, not one per opener.

    >>> t = "<!--a<p>-->b<script>x</SCRIPT ><!--c<script>d"
    >>> [(t[s:e], kind) for s, e, kind in _html_matches(t)]
    [('<!--a<p>-->', 'drop'), ('<script>x</SCRIPT >', 'drop'), ('<script>', 'tag')]
    """
    kinds = set(_OPENERS)
    pattern = _html_tokens(frozenset(kinds))
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.lastgroup == "open":
            opener = m.group().lower()
            kind = "comment" if opener.startswith("<!--") else "script" if opener.startswith("<script") else "style"
            closer = _CLOSERS[kind].search(text, m.end())
            if closer is not None:
                yield m.start(), closer.end(), "drop"
                pos = closer.end()
                continue
            kinds.discard(kind)
            pattern = _html_tokens(frozenset(kinds))
            start = m.start()
            m = pattern.match(text, start)  # what the rest of the alternatives make of it
            if m is None:
                pos = start + 1
                continue
        yield m.start(), m.end(), m.lastgroup or ""
        pos = m.end()


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def strip_html(text: str) -> list[Edit]:
    """Edits that turn an HTML page into text: tags, scripts and styles go, entities are decoded.

    Pages saved from a browser arrive as markup; block tags become line breaks so that the
    paragraph structure the boilerplate rules read is kept. Text without a known HTML tag is
    plain text: a stray `<` (as in `印發<關于…>的通知`) is left alone, only entities are decoded.

    >>> apply_edits(t := "<p>黨&#20826;&amp;</p><script>x()</script>", strip_html(t))
    '\\n黨党&\\n'
    >>> strip_html("印發<關于組織動員>的通知")
    []
    """
    if "<" in text and _HTML_SIGNAL.search(text):
        tokens = None  # every kind of token (`_html_matches`)
    elif "&" in text:
        tokens = _ENTITY
    else:
        return []
    edits: list[Edit] = []
    found = _html_matches(text) if tokens is None else ((m.start(), m.end(), "entity") for m in tokens.finditer(text))
    for start, end, kind in found:
        raw = text[start:end]
        if raw[0] == "&":
            after = html.unescape(raw)
            if after == raw:
                continue
        elif kind == "block":
            after = "\n"
        else:
            after = ""
        edits.append(Edit(start, end, raw, after, HTML))
    return edits
