"""Place of a report, read from its text: the division whose mobilization it describes, with evidence.

`detect_place(rep, simplified)` looks at the repaired, simplified text of one document (the
pipeline's `Analysis.repaired` and `.simplified`) and returns a `PlaceGuess`: a census division
code with the span that decided it and a confidence, or an explicit unknown with the reason
(national report, Hong Kong or Macau, no place named, names that stay ambiguous).

How (see docs/places.md):
1. Every division name and short form is found in one pass of an Aho-Corasick automaton
   (`gazetteer.automaton`), leftmost-longest, so 中心城区 and 新华网 are read as the words they are.
2. A hit counts where a reader would look for the reporting unit: the headline (the first body
   line), the dateline and source lines (来源, 作者, 通讯员, 本报…讯), and the body; navigation,
   link lists, teasers and page furniture are left out. Weights: headline 4, source line 3, body 1;
   a name followed by 委, 党委, 政府, 组织部 … (the actor) counts double.
3. A short form followed by 街道, 社区, 镇 … names a township or street, not the county; a name
   that is also a common word (城区, 公安) and a one-character-stem name (和县) count only right
   after the name of a division above them (阳泉市城区) or, for the latter, after no Han character.
4. A name shared by several divisions (城关区, 鼓楼区, 朝阳) is resolved by the divisions above or
   below it named in the same text; unresolved it is left out (never guessed).
5. A parent named right before its child (甘肃陇南市宕昌县) only qualifies the child.
6. The winner is the division with the most weight; a prefecture or province replaces it when
   it is named and its children are listed (a report about the whole city lists its counties).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import Entry, ancestors, automaton, divisions, place_words
from .repair import Repaired

ZONE_WEIGHT = {"title": 4.0, "source": 3.0, "body": 1.0}
# After a name, the actor: the Party committee, government or department of that place.
_ACTOR = re.compile(r"(?:委|党委|党工委|政府|人民政府|组织部|宣传部|统战部|纪委|县委|市委|区委|州委|旗委|省委|融媒体中心|新闻中心|应急管理局|卫健局|卫生健康局)")
# A line that names the source, author or correspondent of the report.
_SOURCE_LINE = re.compile(r"来源|来自|作者|通讯员|记者|供稿|稿源|撰稿|出处|发布单位|信息来源")
# The opening of a dispatch: 本报宕昌讯, 新华社兰州2月3日电 (the prefix names where it comes from).
_DISPATCH = re.compile(r"^[\s　]*[（(]?[^，。,.\n]{2,24}?(?:讯|日电|电)[）)]?")
_BYLINE_MARKERS = ("记者", "来源", "作者", "通讯员", "供稿", "稿源", "撰稿")
# Words that say a report is about the whole country or the centre, not one place.
_NATIONAL = re.compile(r"全国|中共中央|党中央|国务院|中央组织部|中组部|中央和国家机关|国家卫健委|国家卫生健康委")
# Places outside the census divisions: the report is about them, the table has no code for them.
_OUTSIDE = {"香港": "Hong Kong", "澳门": "Macau", "台湾": "Taiwan"}
_OUTSIDE_RE = re.compile("|".join(_OUTSIDE))
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Hit:
    """One name found in the text (offsets in the analysed, simplified text)."""

    start: int
    end: int
    surface: str
    codes: tuple[str, ...]
    zone: str
    actor: bool
    entry: Entry


@dataclass(frozen=True)
class PlaceGuess:
    """The reporting unit of one document, or why there is none.

    `code` is empty when unknown; then `reason` says why. `start`/`end` are offsets of the
    deciding hit in the analysed text (the caller maps them to the original).
    """

    code: str
    name: str
    level: str
    start: int
    end: int
    surface: str
    confidence: str  # high | medium | low | "" (unknown)
    mentions: int
    zones: str  # where it was named: "title+source+body"
    reason: str = ""


UNKNOWN = PlaceGuess("", "", "", -1, -1, "", "", 0, "", "no division named")


# ---------------------------------------------------------------------------- zones of the text

@dataclass(frozen=True)
class Zone:
    """A span of the analysed text and where it stands in the page (title, source, body)."""

    start: int
    end: int
    kind: str


def zones_of(rep: Repaired, simplified: str) -> list[Zone]:
    """The headline, source lines and body of a repaired text, as spans of its simplified text.

    Lines of the repaired and the simplified text correspond one to one (conversion keeps line
    breaks), so each line of the simplified text takes the zone of its repaired line.

    >>> from mobilization.repair import repair
    >>> rep = repair("甘肃宕昌:临时党支部建起来\\n2021-11-26 来源:宕昌县委组织部\\n全县建立临时党支部143个。\\n")
    >>> [(z.kind, rep.text[z.start:z.end].strip()) for z in zones_of(rep, rep.text)][:2]
    [('title', '甘肃宕昌:临时党支部建起来'), ('source', '2021-11-26 来源:宕昌县委组织部')]
    """
    lines_r = rep.text.split("\n")
    lines_s = simplified.split("\n")
    if len(lines_r) != len(lines_s):  # never expected; fall back to the simplified lines alone
        lines_r = lines_s
    kinds = _boilerplate_index(rep)
    has_body = bool(rep.body)
    out: list[Zone] = []
    title_seen = False
    pos_r = pos_s = 0
    for line_r, line_s in zip(lines_r, lines_s):
        start, end = pos_s, pos_s + len(line_s)
        pos_r_line = pos_r
        pos_r += len(line_r) + 1
        pos_s = end + 1
        if not line_s.strip():
            continue
        first = pos_r_line + (len(line_r) - len(line_r.lstrip()))
        kind = _line_kind(line_s, rep.in_body(first) if has_body else True, kinds(first))
        if kind == "body" and not title_seen and _HAN.search(line_s) and len(line_s.strip()) <= 80:
            kind, title_seen = "title", True
        elif kind == "body":
            title_seen = True
            m = _DISPATCH.match(line_s)
            if m and _HAN.search(m.group()):
                out.append(Zone(start, start + m.end(), "source"))
                start += m.end()
        if kind:
            out.append(Zone(start, end, kind))
    return out


def _boilerplate_index(rep: Repaired):
    spans = sorted(rep.boilerplate)
    starts = [s.start for s in spans]

    def kind_at(i: int) -> str:
        k = bisect_right(starts, i) - 1
        return spans[k].kind if k >= 0 and spans[k].start <= i < spans[k].end else ""

    return kind_at


def _line_kind(line: str, in_body: bool, boilerplate: str) -> str:
    """title/source/body for a line of the page; "" for navigation, teasers and furniture.

    >>> _line_kind("2020-02-04 来源:山西组工", False, "dateline"), _line_kind("首页 社会", False, "marker:首页")
    ('source', '')
    >>> _line_kind("(本报记者 白雪 通讯员 刘春梅)", True, ""), _line_kind("全县建立143个支部。", True, "")
    ('source', 'body')
    """
    short = len(line.strip()) <= 120
    if in_body:
        return "source" if short and _SOURCE_LINE.search(line) and len(line.strip()) <= 60 else "body"
    if boilerplate == "dateline" or (boilerplate.startswith(("marker:", "end:")) and
                                     any(w in boilerplate for w in _BYLINE_MARKERS)):
        return "source"
    if boilerplate.startswith("end:") and short and _SOURCE_LINE.search(line):
        return "source"
    return ""


def _zone_index(zones: list[Zone]):
    starts = [z.start for z in zones]

    def zone_at(i: int) -> str:
        k = bisect_right(starts, i) - 1
        return zones[k].kind if k >= 0 and zones[k].start <= i < zones[k].end else ""

    return zone_at


# ---------------------------------------------------------------------------- hits

def find_hits(text: str, zones: list[Zone]) -> list[Hit]:
    """Division names in the counted zones of `text`, after the context rules (not yet resolved).

    >>> z = [Zone(0, 40, "body")]
    >>> [h.surface for h in find_hits("宜城街道和爱民社区在中心城区，宕昌县委组织部", z)]
    ['宕昌县']
    >>> [h.surface for h in find_hits("市委和县委，安徽和县，阳泉市城区", z)]
    ['安徽', '和县', '阳泉市', '城区']
    """
    zone_at = _zone_index(zones)
    words = place_words()
    after_words = words["after"]
    raw = []
    for end_index, entry in automaton().iter_long(text):
        start = end_index - len(entry.key) + 1
        zone = zone_at(start)
        if zone and entry.codes:
            raw.append((start, end_index + 1, entry, zone))
    hits: list[Hit] = []
    prev: tuple[int, int, Entry, str] | None = None
    for start, end, entry, zone in raw:
        qualified = prev is not None and prev[1] >= start - 1 and _is_parent_of(prev[2], entry)
        follows = text[end:end + 3]
        one_char_stem = len(entry.key) == 2 and not entry.alias
        if entry.common and not qualified:
            prev = (start, end, entry, zone)
            continue
        if (entry.alias or one_char_stem) and any(follows.startswith(w) for w in after_words):
            prev = (start, end, entry, zone)
            continue
        if one_char_stem and not qualified and start > 0 and _HAN.match(text[start - 1]):
            prev = (start, end, entry, zone)
            continue
        actor = bool(_ACTOR.match(text, end))
        hits.append(Hit(start, end, text[start:end], entry.codes, zone, actor, entry))
        prev = (start, end, entry, zone)
    return hits


def _is_parent_of(parent: Entry, child: Entry) -> bool:
    """Is some division `parent` may name above some division `child` may name?"""
    return any(p in ancestors(c) for c in child.codes for p in parent.codes)


# ---------------------------------------------------------------------------- resolution

def resolve(hits: list[Hit]) -> list[tuple[Hit, str]]:
    """Each hit with the one division it names; hits that stay ambiguous are dropped.

    A candidate is supported by another hit that names (without ambiguity) a division above or
    below it, or by the hit right before it naming its parent. Several supported candidates:
    the one supported by the nearest level. None: a province among them is taken (河南 the
    province, not 河南县), else a candidate containing all others; else the hit is dropped.

    >>> z = [Zone(0, 60, "body")]
    >>> [(h.surface, c) for h, c in resolve(find_hits("兰州市城关区和拉萨市", z))]
    [('兰州市', '620100'), ('城关区', '620102'), ('拉萨市', '540100')]
    >>> [(h.surface, c) for h, c in resolve(find_hits("城关区", z))]
    []
    """
    sure = {h.codes[0] for h in hits if len(h.codes) == 1}
    sure_related = set(sure)
    for c in sure:
        sure_related.update(ancestors(c))
    out: list[tuple[Hit, str]] = []
    prev: Hit | None = None
    for h in hits:
        code = h.codes[0] if len(h.codes) == 1 else _choose(h, prev, sure, sure_related)
        if code:
            out.append((h, code))
        prev = h
    return out


def _choose(h: Hit, prev: Hit | None, sure: set[str], sure_related: set[str]) -> str:
    table = divisions()
    if prev is not None and prev.end >= h.start - 1:
        qualified = [c for c in h.codes if any(p in ancestors(c) for p in prev.codes)]
        if len(qualified) == 1:
            return qualified[0]
    supported = [c for c in h.codes if set(ancestors(c)) & sure or c in sure_related]
    if len(supported) == 1:
        return supported[0]
    if len(supported) > 1:  # the nearest support: a prefecture named beats a province named
        by_prefecture = [c for c in supported if ancestors(c)[:1] and ancestors(c)[0] in sure or c in sure_related]
        if len(by_prefecture) == 1:
            return by_prefecture[0]
        return ""
    provinces = [c for c in h.codes if table[c].level == "province"]
    if len(provinces) == 1:
        return provinces[0]
    containing = [c for c in h.codes if all(c == o or c in ancestors(o) for o in h.codes)]
    return containing[0] if len(containing) == 1 else ""


# ---------------------------------------------------------------------------- decision

def _weight(h: Hit) -> float:
    return ZONE_WEIGHT[h.zone] * (2.0 if h.actor else 1.0)


def decide(resolved: list[tuple[Hit, str]], text: str = "") -> PlaceGuess:
    """The reporting unit from resolved hits (see the module docstring, steps 5 and 6).

    >>> z = [Zone(0, 9, "title"), Zone(9, 200, "body")]
    >>> t = "秦皇岛下沉干部\\n海港区300人，山海关区200人，北戴河区100人，秦皇岛市共计600人。"
    >>> g = decide(resolve(find_hits(t, z)), t); g.name, g.level, g.confidence
    ('秦皇岛市', 'prefecture', 'high')
    """
    table = divisions()
    score: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    where: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Hit] = {}
    best_hit: dict[str, Hit] = {}
    for k, (h, code) in enumerate(resolved):
        nxt = resolved[k + 1] if k + 1 < len(resolved) else None
        if nxt and nxt[0].start <= h.end + 1 and code in ancestors(nxt[1]):
            continue  # a qualifier: 陇南市 in 陇南市宕昌县 only says which 宕昌县
        score[code] += _weight(h)
        count[code] += 1
        where[code].add(h.zone)
        first.setdefault(code, h)
        if code not in best_hit or _weight(h) > _weight(best_hit[code]):
            best_hit[code] = h
    outside = _outside_weight(text)
    if not score:
        if outside:
            return _unknown(outside[1])
        return _unknown("national report" if text and _national(text) else "no division named")
    ranked = sorted(score, key=lambda c: (-score[c], first[c].start))
    best = ranked[0]
    best = _level_up(best, score)
    if outside and outside[0] >= score[best]:
        return _unknown(outside[1])
    # A national report names many provinces, none of them much: no single place.
    provinces = {table[c].level == "province" and c for c in score} - {False}
    if _national(text) and table[best].level == "province" and len(provinces) >= 3:
        return _unknown("national report (several provinces)")
    rivals = [c for c in ranked if c != best and c not in ancestors(best) and best not in ancestors(c)
              and not (set(ancestors(c)) & {best})]
    rival = score[rivals[0]] if rivals else 0.0
    if score[best] < 2.0 and not (where[best] & {"title", "source"}):
        return _unknown("only one passing mention of a place")
    if rival >= score[best] and not (where[best] & {"title", "source"}):
        return _unknown("two places named as often")
    confidence = _confidence(score[best], rival, where[best])
    h = best_hit.get(best) or first[best]
    d = table[best]
    return PlaceGuess(best, d.name, d.level, h.start, h.end, h.surface, confidence, count[best],
                      "+".join(z for z in ("title", "source", "body") if z in where[best]))


def _level_up(best: str, score: dict[str, float]) -> str:
    """The prefecture (or province) above `best` when the report is about it and lists its parts.

    The parent replaces the child when it is named and either weighs as much as the child, or
    at least two other children are named and the child holds less than half of the children's
    weight. Applied again one level up (a province report that lists its prefectures).
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
        spread = len(branch) >= 3 and own < 0.5 * sum(branch.values())
        if score[parent] >= own or (spread and score[parent] >= 1.0):
            best = parent
        else:
            return best
    return best


def _branch_of(code: str, parent: str) -> str:
    chain = (code,) + ancestors(code)
    return chain[chain.index(parent) - 1] if parent in chain and chain.index(parent) > 0 else code


def _confidence(best: float, rival: float, zones: set[str]) -> str:
    if zones & {"title", "source"} and best >= 2 * rival and best >= 4:
        return "high"
    if best >= 1.5 * rival and best >= 3:
        return "medium"
    return "low"


def _national(text: str) -> bool:
    head = text[:300]
    return bool(_NATIONAL.search(head))


def _outside_weight(text: str) -> tuple[float, str] | None:
    """(how often, which) when Hong Kong, Macau or Taiwan is named in the first lines."""
    found = _OUTSIDE_RE.findall(text[:400])
    if not found:
        return None
    top = max(set(found), key=found.count)
    return 4.0 + found.count(top), f"{_OUTSIDE[top]} (no census division)"


def _unknown(reason: str) -> PlaceGuess:
    return PlaceGuess("", "", "", -1, -1, "", "", 0, "", reason)


def detect_place(rep: Repaired, simplified: str, zones: list[Zone] | None = None) -> PlaceGuess:
    """The reporting unit of one repaired document (`simplified` = its text converted by t2s).

    >>> from mobilization.repair import repair
    >>> rep = repair("鼓楼区：党员下沉社区\\n来源：福州市鼓楼区委组织部\\n我区建立临时党支部50个。\\n")
    >>> g = detect_place(rep, rep.text); g.code, g.name, g.confidence
    ('350102', '鼓楼区', 'high')
    """
    zones = zones_of(rep, simplified) if zones is None else zones
    return decide(resolve(find_hits(simplified, zones)), simplified)


@lru_cache(maxsize=4096)
def resolve_name(name: str) -> str:
    """The code of a place written by a user (`宕昌县`, `甘肃省陇南市宕昌县`, `宕昌`), or "" if unknown
    or ambiguous.

    >>> resolve_name("甘肃省陇南市宕昌县"), resolve_name("宕昌"), resolve_name("鼓楼区"), resolve_name("福州市鼓楼区")
    ('621223', '621223', '', '350102')
    """
    zones = [Zone(0, len(name), "title")]
    resolved = resolve(find_hits(name, zones))
    if not resolved:
        return ""
    codes = [c for _, c in resolved]
    last = codes[-1]
    return last if all(c == last or c in ancestors(last) for c in codes) else ""
