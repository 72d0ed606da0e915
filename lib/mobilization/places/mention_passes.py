"""Place, step 2 (mentions), last pass: the names found, reread beside one another before they are resolved.

`mentions.find_hits` reads each name alone; these passes read a hit with its neighbours: an organ stationed in one of
its parts (江苏省委驻睢宁…: the part is formal, the organ no actor), a functional zone's name with its district in
brackets (乌鲁木齐经济技术开发区(头屯河区)), a surname and title read as a one-character-stem county (温县长), a given
name read as a short form (吕建平 is no 建平县), a headline's column named after the page's own outlet (阅读昭通·视界 | …
on 昭通新闻网).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from ..gazetteer import ancestors
from .cues import cues, role_words
from .mention_words import _LEVEL_CHARS

if TYPE_CHECKING:
    from .mentions import Hit


def _stationed_organs(text: str, hits: list[Hit]) -> list[Hit]:
    """An organ of a division stationed in one of its parts (江苏省委驻睢宁帮扶工作队, 某市委驻某县工作组): the
    team works in the part, so the part named after 驻 is where the story happens (formal) and the division that
    sent the team is only its sender there, not the actor.

    >>> from mobilization.places import Zone
    >>> from mobilization.places.mentions import find_hits
    >>> t = "江苏省委驻睢宁帮扶工作队看望留守儿童。"
    >>> [(h.surface, h.actor, h.formal) for h in find_hits(t, [Zone(0, len(t), "body")])]
    [('江苏省', False, False), ('睢宁', False, True)]
    """
    out = list(hits)
    for k in range(len(out) - 1):
        h, nxt = out[k], out[k + 1]
        if not h.actor or nxt.dest:
            continue
        m = cues().actor.match(text, h.end)
        if not m or text[m.end():nxt.start] != "驻":
            continue
        if not any(c in ancestors(n) for c in h.codes for n in nxt.codes):
            continue
        out[k] = replace(h, actor=False)
        out[k + 1] = replace(nxt, formal=True)
    return out


# A functional zone's full name and, in brackets right after it, the district that shares its government
# (乌鲁木齐经济技术开发区(头屯河区)政府: one administration with two names).
_ZONE_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|经开区|新区|园区)[(（]")


def _zone_districts(text: str, hits: list[Hit]) -> list[Hit]:
    """A city's name that opens a functional zone's name with its district in brackets (乌鲁木齐经济技术开发区
    (头屯河区)): the zone and the district are one administration, so the district is named formally, and acts when
    an organ follows the bracket (…(头屯河区)政府, …(头屯河区)区委宣传部); the city's name is the zone's qualifier,
    no mention of the city.

    >>> from mobilization.places import Zone
    >>> from mobilization.places.mentions import find_hits
    >>> t = "乌鲁木齐经济技术开发区(头屯河区)政府慰问志愿者。"
    >>> [(h.surface, h.actor, h.formal) for h in find_hits(t, [Zone(0, len(t), "body")])]
    [('头屯河区', True, True)]
    """
    hits, drop = list(hits), set()
    for k, h in enumerate(hits):
        m = _ZONE_BRACKET.match(text, h.end)
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if not m or nxt is None or nxt.start != m.end() or text[nxt.end:nxt.end + 1] not in ")）":
            continue
        if not any(c in ancestors(n) for c in h.codes for n in nxt.codes):
            continue
        drop.add(k)
        acts = bool(cues().actor.match(text, nxt.end + 1))
        hits[k + 1] = replace(nxt, formal=True, actor=nxt.actor or acts)
    return [h for k, h in enumerate(hits) if k not in drop]


def _without_titles(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without a surname and title read as a one-character-stem division (见“温县长”: Wen, the county
    head), when no other mention names that division.

    >>> from mobilization.places.zones import Zone
    >>> from mobilization.places.mentions import find_hits
    >>> t = "在山西左权，见“温县长”不容易。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['山西', '左权']
    >>> t = "温县长说，温县党员下沉。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['温县', '温县']
    """
    def title(h: Hit) -> bool:
        return len(h.entry.key) == 2 and not h.entry.alias and bool(cues().title_after.match(text, h.end))
    named = {c for h in hits if not title(h) for c in h.codes}
    return [h for h in hits if not title(h) or set(h.codes) & named]


_YU = "于 after a post"  # the mark of the surname 于 (於), told from the preposition by the post before it


def _without_given_names(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits without a short form that is a person's given name (吕建平 is no 建平县): every time it is named,
    twice or more, it stands right after the same common surname (data/place_role_words.csv), which is no part of
    another name (浙江宁波), and the text names its division in no other way. 于 is left out of the surnames (于东明
    may be "at 东明"), except right after a post (书记于东明: secretary Yu; 於 before t2s), where no preposition stands.

    >>> from mobilization.places.zones import Zone
    >>> from mobilization.places.mentions import find_hits
    >>> t = "吕建平是黄龙县的扶贫专干。吕建平说，黄龙县脱贫了。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['黄龙县', '黄龙县']
    >>> t = "街道党工委书记于东明部署安保。街道领导于东明带队检查。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    []
    >>> t = "浙江宁波党员下沉。浙江宁波志愿者出发。"
    >>> [h.surface for h in find_hits(t, [Zone(0, len(t), "body")])]
    ['浙江', '宁波', '浙江', '宁波']
    """
    surnames = set(role_words().get("surname", ())) | {_YU}
    posts = tuple(role_words().get("post", ()))
    before: dict[str, set[str]] = defaultdict(set)
    for h in hits:
        mark = text[h.start - 1:h.start]
        if mark in surnames and any(o.start < h.start <= o.end for o in hits if o is not h):
            mark = ""  # 浙江宁波: 江 is the tail of 浙江, no surname
        if mark == "于" and text[max(0, h.start - 4):h.start - 1].endswith(posts):
            mark = _YU  # 书记于东明: the surname Yu after a post, not the preposition
        before[h.surface].add(mark)
    count = Counter(h.surface for h in hits)

    def given_name(h: Hit) -> bool:
        marks = before[h.surface]
        return (h.entry.alias and h.surface[-1] not in _LEVEL_CHARS and count[h.surface] >= 2
                and len(marks) == 1 and next(iter(marks)) in surnames)
    named = {c for h in hits if not given_name(h) for c in h.codes}
    return [h for h in hits if not given_name(h) or set(h.codes) & named]


# A headline that opens with its column's name and a bar (阅读昭通·视界 | 某某的乡村锦绣图): the column, a short label.
_COLUMN_BAR = re.compile(r"[ \t　]*[|｜]")
_COLUMN_MAX = 12  # characters of a column's name before the bar


def _outlet_columns(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a place named in the headline's column, when the page's own outlet is named after that place
    (阅读昭通·视界 | … on a page whose source line is 昭通新闻网), read as the outlet's (a host), not the headline's.

    A paper's or site's series carries its region's name (阅读某地, 某地视界): the column says whose page it is, as the
    source line does, and the headline proper, after the bar, says what the story is. The column must hold more than
    the place's name (a bare 某县 | … labels the story's place, as many accounts write it) and stand before a bar at
    the head of the headline's line (round r40).

    >>> from mobilization.places import Zone
    >>> from mobilization.places.mentions import find_hits
    >>> t = "阅读昭通·视界 | 苗寨的锦绣图\\n来源:昭通新闻网\\n彝良县某镇的苗寨。"
    >>> z = [Zone(0, 14, "title"), Zone(15, 24, "source"), Zone(25, len(t), "body")]
    >>> [(h.surface, h.zone, h.host) for h in find_hits(t, z)][:2]
    [('昭通', 'source', True), ('昭通', 'source', True)]
    >>> t = "昭通 | 苗寨的锦绣图\\n来源:昭通新闻网\\n彝良县某镇的苗寨。"
    >>> [(h.surface, h.zone, h.host) for h in find_hits(t, [Zone(0, 10, "title"), Zone(11, 20, "source")])][:1]
    [('昭通', 'title', False)]
    """
    hosts = {c for h in hits if h.host for c in h.codes}
    if not hosts:
        return hits
    out = []
    for h in hits:
        if h.zone == "title" and not h.dest and set(h.codes) & hosts:
            line_start = text.rfind("\n", 0, h.start) + 1
            bar = _COLUMN_BAR.search(text, h.end, min(len(text), line_start + _COLUMN_MAX + 2))
            column = text[line_start:bar.start()].strip() if bar else ""
            if bar and "\n" not in text[h.end:bar.start()] and len(column) <= _COLUMN_MAX and column != h.surface:
                h = replace(h, zone="source", host=True, actor=False)
        out.append(h)
    return out
