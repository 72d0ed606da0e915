"""Place, a pass on the resolved names: a division named only to say where one of its parts lies.

News locates a smaller place by its larger one and a point of the compass (新疆西北部塔城地区, 甘肃南部的某县): the
larger name frames the part, as the province in 浙江宁波 does, and is no mention of its own. Such a name is dropped
where the name right after the compass word is one of its own divisions (round r44). The compass words are data
(data/place_role_words.csv, list `direction_part`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..gazetteer import ancestors
from ..lexicon import alternation
from .cues import role_words

if TYPE_CHECKING:
    from .mentions import Hit


@lru_cache(maxsize=1)
def _compass() -> re.Pattern[str]:
    """A compass word for a part of a division (西北部, 南部), with an optional 的 after it."""
    return re.compile(f"(?:{alternation(role_words().get('direction_part', ()))})的?")


def drop_locating_frames(found: list[tuple["Hit", str]], text: str) -> list[tuple["Hit", str]]:
    """The resolved names without a division that only locates one of its parts (新疆西北部塔城地区: not 新疆).

    >>> from mobilization.places.mentions import find_hits
    >>> from mobilization.places import Zone
    >>> t = "大雪致使新疆西北部塔城地区普降暴雪,新疆各地"
    >>> hits = find_hits(t, [Zone(0, len(t), "body")])
    >>> [(h.surface, c) for h, c in drop_locating_frames([(h, h.codes[0]) for h in hits], t)]
    [('塔城地区', '654200'), ('新疆', '650000')]
    """
    starts: dict[int, list[str]] = {}
    for h, code in found:
        starts.setdefault(h.start, []).append(code)
    out = []
    for h, code in found:
        m = _compass().match(text, h.end)
        if m and any(code in ancestors(c) for c in starts.get(m.end(), ())):
            continue  # 新疆 in 新疆西北部塔城地区: the frame of its part
        out.append((h, code))
    return out
