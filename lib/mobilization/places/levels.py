"""Place, step 4a (levels and parts): the level a report is about, from the parts of a division it names.

A prefecture or province replaces the best-named division when it is named and its children are
listed (a report about the whole city lists its counties), or when the report gives its parts side
by side (sections headed by its counties, paragraphs turning to them: 。在陆川县，…, counties listed and
counted: 都兰、乌兰两县), or outweighs, summed with its parts, a single county of another prefecture; a
prefecture above the one district the body introduces formally or as the actor gives way to it (武汉 in
the headline, 武汉市武昌区 in the body), and so does one named only in the head over a body of one
county's townships (a township story is its county's). The headline's locator over one county's story, and a
county named only in its prefecture's address, are `headline_levels` (step 4a, part).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import ancestors, divisions
from .mentions import Hit

from .counted_places import _counted_runs


def _opens_line(text: str, start: int) -> bool:
    """Is text[start] the first non-blank character of its line?"""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


# After a list of sibling divisions, their count (都兰、乌兰两县, 椒江、黄岩2区): the report speaks of them all.
_PART_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十]+)个?(?:县|区|市|旗|县区|县市|县市区|区县)")
# ... or closed by 等 and their kind (青州、寿光、临朐等县市, 昭觉、普格、金阳等深度贫困县): "such counties as": the
# report speaks of the parts as a set, like a count does.
_PART_LIST = re.compile(_PART_COUNT.pattern + r"|等[\u4e00-\u9fff]{0,4}?(?:县市区|县区|县市|区县|县|区|市|旗)")
# A line that is only a division's name and a colon: the heading of one section of a roundup (椒江区：).
_SECTION_HEAD = re.compile(r"[ \t　]*[:：][ \t　]*(?:\n|$)")
# After 在 opening a sentence, a division (and maybe its town) and a comma: a roundup's paragraph that
# turns to one of its parts (…。在陆川县，米场镇… 。在福绵区，石和镇…).
_SCENE_OPENER = re.compile(r"(?:(?:(?![，,。])[\u4e00-\u9fff]){1,6}?(?:乡|镇|街道|社区|村))?[，,]")
_SENTENCE_ENDS = "。！？!?"


def _opens_scene(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] open a sentence as its scene (在陆川县，… / 在博白县沙河镇，…)?

    >>> t = "连日暴雨。在陆川县，米场镇干部转移群众。党员在陆川县值守。"
    >>> _opens_scene(t, 6, 9), _opens_scene(t, t.rindex("陆川县"), t.rindex("陆川县") + 3)
    (True, False)
    """
    if start < 1 or text[start - 1] != "在":
        return False
    before = start - 1
    opens = _opens_line(text, before) or text[before - 1:before] in tuple(_SENTENCE_ENDS)
    return opens and bool(_SCENE_OPENER.match(text, end))


def _parts_of_one(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]], text: str) -> str:
    """The prefecture whose parts the report gives side by side, none of them its subject.

    A roundup in sections headed by two or more of its counties (椒江区： … 黄岩区： …) or in paragraphs
    that turn to two or more of them (…。在陆川县，… 。在福绵区，…), counties listed
    and counted (都兰、乌兰两县), or three or more of its counties named with none holding half their
    weight while the prefecture itself is not named: the report is about the prefecture. Not when the headline names
    the county and none of the others (北京密云抗击暴雨…见闻 over 北京市密云区、怀柔区、延庆区发生极端强对流天气): the
    headline says whose story it is, and the body's list is the disaster's extent (a roundup's sections or scenes, 在陆川县，…
    在福绵区，…, still lift it).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 80, "body")]
    >>> t = "都兰、乌兰两县出现强降雪，都兰县受灾。"
    >>> r = resolve(find_hits(t, z)); _parts_of_one("632822", {"632822": 3.0, "632821": 1.0}, r, t)
    '632800'
    >>> t = "都兰县受灾，乌兰县支援。"
    >>> r = resolve(find_hits(t, z)); _parts_of_one("632822", {"632822": 1.0, "632821": 1.0}, r, t)
    '632822'
    """
    parents = ancestors(best)
    if not parents or divisions()[best].level != "county":
        return best
    parent = parents[0]
    siblings = {c for c in score if parents[:1] == ancestors(c)[:1] and c != parent}
    if len(siblings) < 2:
        return best
    titled = {code for h, code in resolved if h.zone == "title" and not h.dest}
    # the headline names the one county (北京密云…见闻): a list in the body is the disaster's extent, not the story's
    headlined = best in titled and not titled & (siblings - {best})
    if not headlined and any(best in run for run in _counted_runs(resolved, siblings.__contains__, _PART_LIST, text)):
        return parent
    if not headlined and best in _qualified_list(resolved, parent, siblings, text):
        return parent  # 大理州云龙县、洱源县和剑川县: the prefecture qualifies a list of its counties
    heads = {code for h, code in resolved
             if code in siblings and _opens_line(text, h.start) and _SECTION_HEAD.match(text, h.end)}
    if len(heads) >= 2:
        return parent
    scenes = {code for h, code in resolved if code in siblings and h.zone == "body" and _opens_scene(text, h.start, h.end)}
    if len(scenes) >= 2:
        return parent
    if not headlined and parent not in score and len(siblings) >= 3 and score[best] < 0.5 * sum(score[c] for c in siblings):
        return parent
    if not headlined and _tour_of_parts(resolved, parent, siblings, text) and best in _listed_run(resolved, siblings, text):
        return parent  # the prefecture's leader or organ goes through its counties (市委书记深入甲市、乙市和丙市)
    return best


def _tour_of_parts(resolved: list[tuple[Hit, str]], parent: str, siblings: set[str], text: str) -> bool:
    """Whether the prefecture acts (its organ or leader: 某市委书记, 某市防指) while two or more of its counties are
    named together and none of them acts: the prefecture's own tour or campaign through its parts, whose scenes are
    the counties (the codebook's level is the actor's when it works across its parts).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "荆州市委书记深入洪湖市、监利市和石首市检查防汛。在石首市调研。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _tour_of_parts(r, "421000", {"421083", "421088", "421081"}, t)
    True
    >>> t = "荆州市委书记深入洪湖市、监利市检查防汛。石首市委书记部署。"
    >>> _tour_of_parts(resolve(find_hits(t, [Zone(0, len(t), "body")])), "421000", {"421083", "421088", "421081"}, t)
    False
    """
    if not any(h.actor and not h.dest for h, c in resolved if c == parent):
        return False
    if any(h.actor and not h.dest for h, c in resolved if c in siblings):
        return False  # a county acts: its own story, the prefecture's visit is one event of it
    return len(_listed_run(resolved, siblings, text)) >= 2


# Between two names of a list: 、, 和, 与 or 及, after a level suffix the first name's mention may not hold (监利市和).
_LIST_JOINT = re.compile(r"[市县区旗]?[、和与及]")


def _listed_run(resolved: list[tuple[Hit, str]], siblings: set[str], text: str) -> set[str]:
    """The counties named together in a list (甲市、乙市和丙市), each joined to the next by 、, 和, 与 or 及.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "深入洪湖市、监利市和石首市检查。"
    >>> sorted(_listed_run(resolve(find_hits(t, [Zone(0, len(t), "body")])), {"421083", "421088", "421081"}, t))
    ['421081', '421083', '421088']
    """
    out: set[str] = set()
    run: list[str] = []
    prev_end = -10
    for h, code in [*resolved, (None, "")]:  # (a last item that is no county ends the last run)
        if code in siblings and run and _LIST_JOINT.fullmatch(text, prev_end, h.start):
            run.append(code)
        else:
            if len(set(run)) >= 2:
                out.update(run)
            run = [code] if code in siblings else []
        if h is not None:
            prev_end = h.end
    return out


def _qualified_list(resolved: list[tuple[Hit, str]], parent: str, siblings: set[str], text: str) -> set[str]:
    """The counties listed right after their prefecture's name (大理州云龙县、洱源县和剑川县): the prefecture qualifies
    the whole list, which names a set of its parts, as a count does.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "地震造成大理州云龙县、洱源县和剑川县受灾。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")])); sorted(_qualified_list(r, "532900", {"532929", "532930", "532931"}, t))
    ['532929', '532930', '532931']
    >>> t = "大理州云龙县受灾，洱源县支援。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")])); sorted(_qualified_list(r, "532900", {"532929", "532930"}, t))
    []
    """
    out: set[str] = set()
    run: list[str] = []
    prev: tuple[int, str] = (-10, "")
    for h, code in resolved:
        if code in siblings and run and h.start - prev[0] <= 1 and text[prev[0]:h.start] in ("", "、", "和", "与", "及"):
            run.append(code)
        elif code in siblings and prev[1] == parent and h.start == prev[0]:
            run = [code]
        else:
            if len(run) >= 2:
                out.update(run)
            run = []
        prev = (h.end, code)
    if len(run) >= 2:
        out.update(run)
    return out


_SECTION_LINE = 40  # a section heading is a short line without a full stop


def _headline_sections(best: str, resolved: list[tuple[Hit, str]], text: str) -> str:
    """The headline's prefecture when the county that weighs most heads a section of the body.

    A headline that names a prefecture (河北保定：党旗在一线飘扬) over a body whose county opens a
    short heading line (高碑店市千余名干部下沉镇村) is a roundup of the prefecture cut into sections,
    even when the page shows only the first: the prefecture. A county named in the headline, or
    met only inside sentences, keeps the report; so does a body cut by themes, whose headings before the
    county's name no place (25年前洪水中冲散家庭 … then 某县紧急启动应急预案): a roundup's first section is a place's.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "河北保定：党旗飘扬\\n保定连日降雨。\\n  高碑店市干部下沉镇村\\n高碑店市组织党员。高碑店市转移群众。"
    >>> z = [Zone(0, 10, "title"), Zone(10, len(t), "body")]
    >>> _headline_sections("130684", resolve(find_hits(t, z)), t)
    '130600'
    >>> t2 = t.replace("  高碑店", "高碑店市干部连夜值守，转移群众。" * 4 + "\\n  老人一家安全转移\\n  高碑店")
    >>> _headline_sections("130684", resolve(find_hits(t2, [Zone(0, 10, "title"), Zone(10, len(t2), "body")])), t2)
    '130684'
    """
    parent = _county_prefecture(best)
    if not parent:
        return best
    in_title = {c for h, c in resolved if h.zone == "title" and not h.dest}
    if parent not in in_title or best in in_title:
        return best
    for h, code in resolved:
        if code != best or h.zone != "body":
            continue
        line_start = text.rfind("\n", 0, h.start) + 1
        line_end = text.find("\n", h.start)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if _opens_line(text, h.start) and len(line) <= _SECTION_LINE and "。" not in line:
            return best if _theme_heading_before(text, line_start, resolved) else parent
    return best


_HEADING = re.compile(r"^[ \t　]*([^\s，,。；;：:！？!?、“”\"]{6,40})[ \t　]*$", re.M)


def _theme_heading_before(text: str, end: int, resolved: list[tuple[Hit, str]]) -> bool:
    """Is there, in the body before `end`, a heading line (a short line of words without a mark, between the
    paragraphs) that names no place: a story cut by themes (25年前洪水中冲散家庭今年大灾全家安全转移), not a roundup
    cut by places? Only headings after the story's first paragraph count (a subtitle or kicker under the headline is
    none).

    >>> lead = "连日降雨，某地党员干部挨家挨户劝说群众撤离，转移群众三百余人，无一伤亡。" * 2
    >>> t = "某地降雨\\n" + lead + "\\n  老人一家安全转移\\n正文。"; _theme_heading_before(t, len(t), [])
    True
    >>> t = "某地降雨\\n  老人一家安全转移\\n" + lead + "\\n正文。"; _theme_heading_before(t, len(t), [])
    False
    """
    story = re.search(r"[^\n]{60,}", text)
    first = story.end() if story else len(text)
    starts = [h.start for h, _ in resolved]
    for m in _HEADING.finditer(text, first, end):
        if not any(m.start(1) <= s < m.end(1) for s in starts):
            return True
    return False


def _drill_down(best: str, score: dict[str, float], count: dict[str, int], best_hit: dict[str, Hit],
                where: dict[str, set[str]] | None = None, towns: dict[str, int] | None = None,
                acting: set[str] | None = None) -> str:
    """The one division below `best` the report is about, when it names no other part of `best`.

    A prefecture in the headline above one district that the body introduces with its parent or
    its township (武汉 … 位于武汉市武昌区的小区) or as the actor (鼓楼区委), named at least as often as
    the prefecture: the report is about that district. A division that acts in the headline
    (江苏援疆…) stays, unless the part acts too: a part named with it in the body (在江苏常州的援助下) is
    its detail. A prefecture named only in the head (the headline, the dateline 本报舟山讯, the outlet)
    over a body that names only townships of one of its counties (沈家门街道, 广福桥镇) gives way to that
    county: a township story is its county's.
    A prefecture named only in the head over a body that names one county of it, two or more times, with
    two or more of its townships (`towns`: 四川雅安… over 名山区 and its 万古镇, 车岭镇), is a region's label over
    that county's story. A county that acts (西和县水务局), named twice, with two or more of its townships,
    under a prefecture that does not act and is named no more often than the county and its townships
    together (陇南 in a series tag, a banner, the disaster's name), is the story's unit too. (Counting a county's townships with its own mentions against a prefecture named in
    the body too tipped city roundups on A, E, I, L, P to one county: not done.)

    >>> from mobilization.places import Hit
    >>> from mobilization.gazetteer import Entry
    >>> town = Hit(40, 45, "沈家门街道", ("330903",), "body", False, Entry("沈家门街道", ("330903",), False, False, False),
    ...            township=True)
    >>> title = Hit(0, 2, "舟山", ("330900",), "title", False, Entry("舟山", ("330900",), True, False, False))
    >>> args = ({"330900": 4.0, "330903": 1.0}, {"330900": 1, "330903": 1}, {"330900": title, "330903": town})
    >>> _drill_down("330900", *args, {"330900": {"title"}}), _drill_down("330900", *args, {"330900": {"title", "body"}})
    ('330903', '330900')
    """
    below = [c for c in score if best in ancestors(c)]
    # a prefecture that acts in the head (北海边防支队 … 官兵紧急出动) is no label over its village's scene
    village = "" if best in (acting or set()) else _village_scene(best, below, best_hit, where, towns)
    if village:
        return village
    if not below or len({_branch_of(c, best) for c in below}) != 1:
        return best
    child = max(below, key=lambda c: (score[c], -len(ancestors(c))))
    h = best_hit.get(child)
    own = best_hit.get(best)
    headline_actor = own is not None and own.actor and own.zone == "title"
    if h is not None and (h.formal and not headline_actor or h.actor) and count[child] >= count[best]:
        return child
    if (h is not None and h.actor and not (own is not None and own.actor) and count[child] >= 2
            and (towns or {}).get(child, 0) >= 2 and count[child] + (towns or {}).get(child, 0) >= count[best]):
        return child
    if (h is not None and not h.township and not headline_actor and where is not None
            and not where.get(best, set()) & {"body"} and count[child] >= 2 and (towns or {}).get(child, 0) >= 2):
        return child
    if (h is not None and h.township and where is not None and not where.get(best, set()) & {"body"}
            and all(best_hit[c].township for c in below)):
        return child
    if h is not None and h.township and all(best_hit[c].township for c in below) and _municipal_frame(
            best, score, count, where, acting):
        return child
    return best


def _municipal_frame(best: str, score: dict[str, float], count: dict[str, int], where: dict[str, set[str]] | None,
                     acting: set[str] | None) -> bool:
    """Is `best` a province-level municipality (天津市: a province whose parts are districts) that the text names once,
    in the body only, without acting (天津市气象台 issues the warning the story's street responds to)? Then its one
    district's township (南营门街) is the story's unit: a street's story is its district's, as under a prefecture
    named only in the head.

    >>> _municipal_frame("120000", {"120000": 1.0}, {"120000": 1}, {"120000": {"body"}}, set())
    True
    >>> _municipal_frame("120000", {"120000": 2.0}, {"120000": 2}, {"120000": {"body"}}, set())
    False
    """
    return (best[:2] in _MUNICIPALITIES and divisions()[best].level == "province" and count.get(best, 0) == 1
            and score.get(best, 0.0) <= 1.0 and where is not None and where.get(best, set()) == {"body"}
            and best not in (acting or set()))


def _village_scene(best: str, below: list[str], best_hit: dict[str, Hit], where: dict[str, set[str]] | None,
                   towns: dict[str, int] | None) -> str:
    """The county whose township or village the body places the story in, under a prefecture named only in the
    head (the headline's 九江, 吕梁: as a label; the outlet's city): a village's story is its county's.

    The county must be the only part of the prefecture named, named in the body only, with a township of it or right
    before one (瑞昌市范镇东山村); a prefecture the body names too, or several of its parts, keeps the report (a
    roundup: 张家口市 over 桥东区 … 尚义县; a city's meeting held in one county's township, both in the lead).

    >>> from mobilization.places import Hit
    >>> from mobilization.gazetteer import Entry
    >>> county = Hit(30, 33, "瑞昌市", ("360481",), "body", False, Entry("瑞昌市", ("360481",), False, False, False),
    ...              formal=True)
    >>> _village_scene("360400", ["360481"], {"360481": county}, {"360400": {"title", "source"}}, {})
    '360481'
    >>> _village_scene("360400", ["360481"], {"360481": county}, {"360400": {"title", "body"}}, {})
    ''
    """
    table = divisions()
    if where is None or table[best].level != "prefecture" or where.get(best, set()) - {"title", "source"}:
        return ""
    counties = {c for c in below if table[c].level == "county"} | {c for c, n in (towns or {}).items()
                                                                   if n and best in ancestors(c)}
    if len(counties) != 1:  # several parts named: the prefecture's roundup, or a scene between two counties
        return ""
    county = next(iter(counties))
    # named in the body only (not in the head with the prefecture), with a township of it or right before one
    if where.get(county, set()) - {"body"} or not ((towns or {}).get(county, 0) or (
            county in best_hit and best_hit[county].formal and best_hit[county].zone == "body")):
        return ""
    return county


_MUNICIPALITIES = ("11", "12", "31", "50")  # 北京, 天津, 上海, 重庆: provinces whose parts are districts


def _scene_district(best: str, score: dict[str, float], resolved: list[tuple[Hit, str]],
                    townships: list[tuple[Hit, str]], selves: dict[str, int]) -> str:
    """The one county of a prefecture (or district of a municipality) where the story happens, named with its
    townships, over the prefecture that only sets the scene.

    A school's volunteers at the test points of 南京市栖霞区燕子矶街道 and 迈皋桥街道, in a text that says 南京
    often (对于南京来说) but never has the city act: the district is the report's, though named less. The county
    must be the only part of the prefecture named (by name or by its townships), named in full (or the
    prefecture named only to open addresses: 大同市X县杜庄乡), with a township of it named; the prefecture
    must not act (南京市委), speak of itself (全市, 我市), stand in the headline or be a destination, nor the
    county be one (a city's team sent to it). The scene is the county's when its townships are named twice or
    more, or the prefecture is named once, opening the address. A city-wide roundup names two or more of its
    parts and keeps the city; a city named often with one district's town as its example keeps it too.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> from mobilization.places.townships import find_townships, resolve_townships
    >>> t = "对于南京来说，夏天不平凡。学校是南京市栖霞区燕子矶街道的检测点，迈皋桥街道也有，南京的党员参加。"
    >>> z = [Zone(0, len(t), "body")]
    >>> r = resolve(find_hits(t, z)); tw = resolve_townships(find_townships(t, z, find_hits(t, z)), r)
    >>> _scene_district("320100", {"320100": 4.0, "320113": 2.0}, r, tw, {})
    '320113'
    >>> t = "南京市委部署。学校是南京市栖霞区燕子矶街道的检测点。"
    >>> z = [Zone(0, len(t), "body")]
    >>> r = resolve(find_hits(t, z)); tw = resolve_townships(find_townships(t, z, find_hits(t, z)), r)
    >>> _scene_district("320100", {"320100": 4.0, "320113": 2.0}, r, tw, {})
    '320100'
    """
    table = divisions()
    municipality = table[best].level == "province" and best[:2] in _MUNICIPALITIES
    if table[best].level != "prefecture" and not municipality or best in selves:
        return best
    own = [h for h, c in resolved if c == best]
    if not own or any(h.actor or h.dest or h.zone == "title" for h in own):
        return best
    parts = {c for h, c in resolved if best in ancestors(c) and not h.dest and table[c].level == "county"}
    parts |= {c for h, c in townships if best in ancestors(c) and not h.dest}
    if len(parts) != 1:
        return best
    child = parts.pop()
    towns = sum(1 for _, c in townships if c == child)
    if score.get(child, 0.0) <= 0 or not towns or any(h.dest for h, c in resolved if c == child):
        return best
    in_full = any(c == child and not h.entry.alias and h.formal for h, c in resolved)
    opens_address = len(own) == 1 and own[0].formal
    return child if in_full and towns >= 2 or opens_address else best


def _level_up(best: str, score: dict[str, float], host: dict[str, float] | None = None,
              leads: set[str] | None = None) -> str:
    """The prefecture (or province) above `best` when the report is about it and lists its parts.

    The parent replaces the child when it is named and either weighs as much as the child, or
    at least two other children are named and the child holds less than half of the children's
    weight, or exactly one other child is named and weighs as much (two parts of a named city, each an
    example: 合肥 with 包河区 and 巢湖市 alike), or four or more of a prefecture's counties are named and the prefecture
    weighs 2 or more on its own (其中运城市有9个站点 … a list of stations in 盐湖区 ×4, 河津市, 夏县, 万荣县: the city's
    list, however many of its items one district holds; not one level up, where a province's report names its cities
    as often as a city's story names its neighbours). Applied again one level up (a province report that lists its prefectures). At equal
    weight a parent that never acts nor stands in the headline (`leads` holds those that do: 上海 only
    in 上海老年大学, beside 徐汇区老年基金会) leaves the report to the child.

    >>> _level_up("310104", {"310104": 2.0, "310000": 2.0}), _level_up("310104", {"310104": 2.0, "310000": 2.0}, None, set())
    ('310000', '310104')
    >>> _level_up("340111", {"340100": 1.0, "340111": 4.0, "340181": 4.0})
    '340100'
    """
    for _ in range(2):
        parents = ancestors(best)
        parent = next((p for p in parents if p in score), "")
        if not parent:
            return best
        children = {c: s for c, s in score.items() if parent in ancestors(c) and c != parent}
        # weight of each direct-or-deeper child counted once per branch below the parent
        branch: dict[str, float] = defaultdict(float)
        for c, s in children.items():
            chain = (c,) + ancestors(c)
            top = chain[chain.index(parent) - 1]
            branch[top] += s
        own = branch.get(_branch_of(best, parent), score[best])
        spread = (len(branch) >= 3 and own < 0.5 * sum(branch.values())
                  or len(branch) == 2 and own <= 0.5 * sum(branch.values())
                  or len(branch) >= 4 and score[parent] >= 2.0 and divisions()[parent].level == "prefecture")
        # at equal weight the page's own host decides (开平市人民政府门户网站: the county-level city's page)
        tie_to_child = score[parent] == own and ((host or {}).get(best, 0.0) > (host or {}).get(parent, 0.0)
                                                 or leads is not None and parent not in leads)
        if (score[parent] >= own and not tie_to_child) or (spread and score[parent] >= 1.0):
            best = parent
        else:
            return best
    return best


def _branch_of(code: str, parent: str) -> str:
    chain = (code,) + ancestors(code)
    return chain[chain.index(parent) - 1] if parent in chain and chain.index(parent) > 0 else code


def _county_prefecture(code: str) -> str:
    """The prefecture right above a county ("" for a county under its province, or for any other level).

    >>> _county_prefecture("130684"), _county_prefecture("130600"), _county_prefecture("429004")
    ('130600', '', '')
    """
    table = divisions()
    parents = ancestors(code)
    if table[code].level != "county" or not parents or table[parents[0]].level != "prefecture":
        return ""
    return parents[0]


def _prefecture_of(code: str) -> str:
    """The prefecture a county lies in (itself for a prefecture; "" above or outside one)."""
    table = divisions()
    chain = (code,) + ancestors(code)
    return next((c for c in chain if table[c].level == "prefecture"), "")


def _other_roundup(best: str, score: dict[str, float], named: set[str]) -> str:
    """Another prefecture, named (`named`: in any role, 攀枝花市 of 攀枝花市盐边县 too) with two or more of its
    parts, that outweighs the best county's own.

    A report of one prefecture's events side by side (攀枝花市盐边县…, 攀枝花市仁和区…) that also
    mentions a county elsewhere (凉山州会理县, twice, as a side note) is read per county: the side note
    may weigh most. Summed by prefecture (its own mentions and its parts'), the roundup's prefecture wins.

    >>> named = {"510400", "513400"}
    >>> _other_roundup("513425", {"510422": 2.0, "510411": 2.0, "513400": 1.0, "513425": 2.0}, named)
    '510400'
    >>> _other_roundup("513425", {"510422": 2.0, "513400": 1.0, "513425": 4.0}, named)
    '513425'
    """
    if divisions()[best].level != "county":
        return best
    totals: dict[str, float] = defaultdict(float)
    parts: dict[str, set[str]] = defaultdict(set)
    for c, w in score.items():
        pref = _prefecture_of(c)
        if pref and w > 0:
            totals[pref] += w
            if c != pref:
                parts[pref].add(c)
    own = _prefecture_of(best)
    rivals = [p for p in totals if p != own and p in named and len(parts[p]) >= 2 and totals[p] > totals.get(own, 0.0)]
    return max(rivals, key=lambda p: totals[p]) if rivals else best



def _hosts_roundup(best: str, score: dict[str, float], host: dict[str, float]) -> str:
    """The prefecture whose own outlet hosts the page (来源：嘉兴日报) and that is named nowhere else, over two or more
    of its counties each weighing 2 or more (南湖区凤桥镇's shock team, 嘉善天凝镇's veteran secretary): the city
    paper's roundup of its counties, not one county's story.

    >>> _hosts_roundup("330402", {"330402": 5.0, "330421": 3.0}, {"330400": 3.0})
    '330400'
    >>> _hosts_roundup("330402", {"330402": 5.0, "330421": 1.0}, {"330400": 3.0})
    '330402'
    """
    pref = _prefecture_of(best)
    if divisions()[best].level != "county" or not pref or not host.get(pref) or score.get(pref, 0.0) > 0:
        return best
    parts = {_branch_of(c, pref) for c, w in score.items() if pref in ancestors(c) and w >= 2.0}
    return pref if len(parts) >= 2 else best
