"""Quantities, the whole step: `extract(text)`: blanks closed, scan, rules, offsets mapped back.
"""
from __future__ import annotations

import re

from ..offsets import MapBuilder, OffsetMap
from .records import Quantity
from .wordlists import lexicon
from .candidate import scan
from .rules import apply_rules
from .situations import situate
from .money import local_currency


# A blank between a Chinese character and a digit is web typesetting (机关 6 名党员干部,
# 2600名 党员), not a boundary: figures are read as if it were not there.
# (The blank first: the engine skips to blanks, then the look-arounds check their neighbours.)
# So is a blank between digits and a Latin unit of classifiers.csv (献血400 CC, 50 kg大米).
# Not a blank after 万 or 亿 written tight to its digits (慰助150万 244弱势户): it ends one figure and the digits begin
# the next, and closing it would read one wrong number, 1500244 (round q22); a page that spaces every unit
# (18 万 3202 笔, 4 亿 3353 万 4219 元) writes one figure.
_DIGIT_BLANK = re.compile(r"[ \u00a0\u3000](?:(?<=[\u3400-\u9fff].)(?<![0-9０-９][万亿萬億].)(?=[0-9０-９])"
                          r"|(?<=[0-9０-９].)(?=[\u3400-\u9fff]"
                          r"|(?:cc|CC|ml|mL|ML|kg|KG|Kg)(?![A-Za-z])))")


def close_digit_blanks(text: str) -> tuple[str, OffsetMap | None]:
    """`text` without blanks between Chinese characters and digits, and the map back (None: unchanged).

    >>> t, m = close_digit_blanks("抽调 6 名党员")
    >>> t, m.span(2, 5)
    ('抽调6名党员', (3, 7))
    """
    blanks = [m.start() for m in _DIGIT_BLANK.finditer(text)]
    if not blanks:
        return text, None
    b, pieces, last = MapBuilder(), [], 0
    for i in blanks:
        b.copy(last, i - last)
        pieces.append(text[last:i])
        last = i + 1
    b.copy(last, len(text) - last)
    pieces.append(text[last:])
    return "".join(pieces), b.build(len(text))


def extract(text: str, traditional: bool = False) -> list[Quantity]:
    """Counted quantities in simplified text, sorted by start.

    `traditional`: the report was written in traditional script (its 元 may be a Hong Kong, Macau or
    Taiwan dollar: `money.local_yuan`); the pipeline says so, the text itself is already simplified.

    >>> [(q.value, q.unit, q.entity, q.category) for q in extract("全市建立751个临时党支部")]
    [(751.0, '个', '临时党支部', 'organization')]
    >>> [(q.surface, q.value, q.approx) for q in extract("共计捐款4600余万元,20余名志愿者")]
    [('捐款4600余万元', 46000000.0, 'more_than'), ('20余名志愿者', 20.0, 'more_than')]
    >>> extract("2020年2月1日,开展“六个一”活动,24小时值班")
    []
    >>> [(q.surface, q.value, q.entity) for q in extract("机关 6 名党员干部下沉")]
    [('6 名党员干部', 6.0, '党员干部')]
    >>> [(q.surface, q.value) for q in extract("捐款150万 244名志愿者参加")]
    [('捐款150万', 1500000.0), ('244名志愿者', 244.0)]
    >>> [(q.surface, q.value) for q in extract("共 18 万 3202 笔捐款")]
    [('18 万 3202 笔捐款', 183202.0)]
    """
    compact, back = close_digit_blanks(text)
    found = local_currency(_extract(compact), compact, traditional)
    if back is None:
        return found
    # Web pages often have one such blank in the dateline at the top: quantities that end
    # before the first blank have the same offsets in both texts and need no mapping.
    first = _DIGIT_BLANK.search(text).start()
    return [q if q.end <= first else _mapped(q, back, text) for q in found]


def _mapped(q: Quantity, back: OffsetMap, text: str) -> Quantity:
    """A quantity found in the compacted text, with offsets and surface of `text`."""
    start, end = back.span(q.start, q.end)
    number_start, number_end = back.span(q.number_start, q.number_end)
    # The constructor, not dataclasses.replace, which costs several times more per call.
    return Quantity(start, end, text[start:end], q.value, q.approx, q.value_high, q.unit, q.entity,
                    q.category, number_start, number_end, q.currency, q.unreadable, q.noun_from, q.category_from)


def _extract(text: str) -> list[Quantity]:
    """`extract` on a text without digit blanks."""
    lex = lexicon()
    return apply_rules(situate(scan(text, lex), text, lex), text, lex)
