"""Place, step 5b (pick): the division the report is about, from the tally: the heaviest, at the level the report is
about (`levels`, `selves`), then the part that acts, the scene, the county whose organs speak, the site of the work
(`senders`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ..gazetteer import ancestors, divisions
from .headline_levels import _headline_address, _one_county_story, _roundup_frame
from .levels import (_drill_down, _headline_sections, _hosts_roundup, _level_up, _other_roundup,
                     _parts_of_one, _scene_district)
from .mentions import Hit
from .selves import (_CITY_UNIT, Speech, _acting_part, _county_speaks, _organ_level, _prefecture_speaks, _scenes_of_one,
                     _speaker)
from .senders import _acting_headline_county, _sender_above, _site_of_work, _stationed_site
from .tally import ZONE_WEIGHT, Mentions, Tally, _add_support
from .townships import TOWNSHIP_WEIGHT


class Pick(NamedTuple):
    """The division picked and what the checks after it read: the ranking by weight, the divisions that act, and
    how often each level's government speaks (`Speech`, read once)."""

    best: str
    ranked: list[str]
    acts: set[str]
    speech: Speech


def pick(m: Mentions, t: Tally, text: str) -> Pick:
    """The division the report is about: the heaviest at its level, then its acting part or scene, then the county
    whose organs speak or where the work is; a prefecture given only by its parts takes their support.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> from mobilization.places.tally import sorted_mentions, tally
    >>> z = [Zone(0, 9, "title"), Zone(9, 200, "body")]
    >>> t = "秦皇岛下沉干部\\n海港区300人，山海关区200人，北戴河区100人，秦皇岛市共计600人。"
    >>> m = sorted_mentions(resolve(find_hits(t, z)), t)
    >>> pick(m, tally(m, t), t).best
    '130300'
    """
    resolved = m.resolved
    # a tie goes to the place the page's own host names (开平市人民政府门户网站 … 广东 … 开平市)
    # and, at equal weight, to the place that acts (六枝供电局组建抢修队 … 重创湛江 … 为湛江群众): the sender, not the scene
    acts = {code for h, code in resolved if h.actor and not h.dest}
    ranked = sorted(t.score, key=lambda c: (-t.score[c], -t.host.get(c, 0.0), c not in acts, t.first[c].start))
    towns: dict[str, int] = defaultdict(int)  # township mentions of each county, counted or not
    for h, code in m.townships:
        towns[code] += not h.dest
    best = _level_of_heaviest(ranked[0], m, t, acts, towns, text)
    speech = Speech(text, resolved)  # how often each level's government speaks: read once, asked for by four rules
    best, part = _acting_part_or_scene(best, m, t, towns, speech, text)
    best, organs = _organs_or_site(best, m, t, speech, text)
    _named_by_parts(best, part, t)
    t.score[best] += organs  # the unnamed city's organs speak for it, like 我市
    return Pick(best, ranked, acts, speech)


def _level_of_heaviest(heaviest: str, m: Mentions, t: Tally, acts: set[str], towns: dict[str, int],
                       text: str) -> str:
    """The heaviest division moved up to the roundup or division its parts make, or down to the part it is about,
    or to the division whose government speaks of itself (我市)."""
    resolved, score, host = m.resolved, t.score, t.host
    named = {code for h, code in resolved if not h.dest}
    leads = {code for h, code in resolved if (h.actor or h.zone == "title") and not h.dest}
    best = _hosts_roundup(_level_up(_other_roundup(heaviest, score, named), score, host, leads), score, host)
    filed = _filed_from(resolved)
    parts = {c: w for c, w in score.items() if c not in filed or c == best}
    drilled = _drill_down(best, parts, t.count, t.best_hit, t.where, towns, acts)
    if drilled != best:  # … but not into one county of a division named with its parts one by one (某地区各县)
        drilled = _roundup_frame(drilled, best, resolved, text) or drilled
    return _speaker(drilled, t.selves, score)


def _acting_part_or_scene(best: str, m: Mentions, t: Tally, towns: dict[str, int], speech: Speech,
                          text: str) -> tuple[str, str]:
    """The county that acts or the district that is the scene, the sender above a team's destination, the
    headline's address, the county whose story the region's name only locates, a division named as the sum of its
    parts; with the division whose hit stands for it when it is named only as its parts' qualifier."""
    resolved, townships, selves, score, count, where = m.resolved, m.townships, t.selves, t.score, t.count, t.where
    acting = _acting_part(best, score, count, towns, resolved, selves, text, townships, speech)
    if acting != best:  # the county that acts (its township's office at work) has its townships as its mentions
        for h, code in townships:
            if code == acting and not h.dest:
                score[acting] += ZONE_WEIGHT[h.zone] * TOWNSHIP_WEIGHT
                count[acting] += 1
                where[acting].add(h.zone)
        best = acting
    best = _sender_above(best, m.sent_to, score, count)
    scene = _scene_district(best, score, resolved, townships, selves)
    if scene != best:  # the city's mentions open the district's addresses: they speak for it
        score[scene] += score[best]
        best = scene
    best = _headline_address(best, resolved)
    story = _one_county_story(best, resolved, townships, speech(), _unit_acts(best, resolved, text), text)
    located = story != best
    if story != best:  # the headline's region only locates the county's story: its weight is the county's
        _locators_to(story, best, score)
        best = story
    # the hit that stands for it when it is named only as its parts' qualifier (攀枝花市 of 攀枝花市盐边县)
    part = best if best in t.first else max((c for c in score if best in ancestors(c)), key=lambda c: score[c])
    lifted = _parts_of_one(best, score, resolved, text)
    # a list of the prefecture's counties (寿光、青州、昌乐、临朐等地: the disaster's extent) lifts no story whose
    # townships all lie in one of them: the list only locates it, as a headline's bare region does
    if lifted == best or _one_county_story(lifted, resolved, townships, speech(), _unit_acts(lifted, resolved, text), text) != best:
        best = lifted
    elif not located:
        _locators_to(best, lifted, score)
    return best, part


def _organs_or_site(best: str, m: Mentions, t: Tally, speech: Speech, text: str) -> tuple[str, int]:
    """The division whose organs or government speak (市委市政府, 县三防办), then the county where the work happens
    (help stationed in a village, an event at a venue); with the weight of the unnamed city's organs."""
    resolved, townships, selves, score = m.resolved, m.townships, t.selves, t.score
    best = _headline_sections(best, resolved, text)
    best = _scenes_of_one(best, score, resolved, townships, text, speech)
    best, organs = _organ_level(best, score, resolved, text, townships)
    if not organs:  # the county whose government speaks (县委书记, 县三防办) over the province its outlet names
        best, organs = _county_speaks(best, score, resolved, text, speech)
    if not organs:  # the city whose government speaks (市委市政府, 全市) over the province or a district it names
        best, organs = _prefecture_speaks(best, score, resolved, text, speech)
    site = _site_of_work(best, resolved, townships, text, selves, organs)
    site = _acting_headline_county(site, resolved, selves, organs) if site == best else site
    if site == best:  # help stationed in one county's village, whoever sent it: the village's county
        site = _stationed_site(site, resolved, townships, text, selves)
        if site != best:
            _posted_site(site, resolved + townships, score, t.count, t.where, t.first, t.best_hit)
    if site == best:  # an activity held at a venue in one county, its organisers named after higher divisions
        site = _venue_county(site, resolved, text)
    if site != best:  # the county where the work happens; the division above only made the page, sent the worker
        # or framed the story of the county whose organ acts
        _locators_to(site, best, score)
        best = site
    return best, organs


def _named_by_parts(best: str, part: str, t: Tally) -> None:
    """A prefecture never named (or only as the host), given by its parts: their support becomes its own.

    >>> from mobilization.places.tally import Tally
    >>> t = Tally(); t.score.update({"130302": 1.0, "130303": 2.0}); t.count.update({"130302": 1, "130303": 1})
    >>> t.where.update({"130302": {"body"}, "130303": {"title"}}); t.first.update({"130302": "h1", "130303": "h2"})
    >>> t.best_hit.update(t.first); _named_by_parts("130300", "130303", t)
    >>> t.score["130300"], t.count["130300"], sorted(t.where["130300"]), t.first["130300"], t.score["130303"]
    (3.0, 2, ['body', 'title'], 'h2', 0.0)
    """
    score, count, where, first, best_hit = t.score, t.count, t.where, t.first, t.best_hit
    if best not in first or not count.get(best):  # a prefecture never named (or only as the host), given by its parts
        parts = [c for c in list(score) if best in ancestors(c)]
        score[best] = sum(score[c] for c in parts)
        count[best] = sum(count[c] for c in parts)
        where[best] = set().union(*(where[c] for c in parts))
        first[best] = best_hit[best] = best_hit.get(part) or first[part]
        for c in parts:  # the parts are counted in the prefecture's own support now
            score[c] = 0.0

def _locators_to(county: str, region: str, score: dict[str, float]) -> None:
    """The county whose story a region's name and its list of counties only locate takes their weight: the other
    counties of the list (寿光、青州、临朐、昌乐等地, the disaster's extent) are no rival of the one it happens in.

    >>> s = {"370700": 2.0, "370783": 6.0, "370725": 6.0}
    >>> _locators_to("370725", "370700", s); s
    {'370700': 2.0, '370783': 6.0, '370725': 14.0}
    """
    score[county] += score[region] + sum(w for c, w in score.items() if region in ancestors(c) and c != county)


# An organisation's own name right after a division's (山东省医学会, 济宁医学院, 某市人民医院): who it is, not where.
_ORG_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:协会|学会|商会|联合会|基金会|公司|集团|银行|学院|医院|大学)")
# 在 + a county + its venue (a hospital, a hall; no stop between) + a verb of holding an event: where it takes place.
_VENUE_VERB = re.compile(r"[^，,。；;！？!?\n]{0,12}?(?:举办|举行|召开|开展|启动)")


def _venue_county(best: str, resolved: list[tuple[Hit, str]], text: str) -> str:
    """The one county where the activity is held (某省医学会的行动在某市人民医院举办), over a province or prefecture
    named only in its organisers' own names (山东省医学会, 济宁医学院): an organisation's name says who it is, the
    venue where the story happens, and a county's story is the county's (the codebook: an activity's scene). The
    county must be named right after 在 with the verb of holding the event in the same clause, and no other division
    may be named but as an organisation's name. Round r41.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "3月1日，山东省医学会的义诊活动在邹城市人民医院举办。来自济宁医学院的专家授课。"
    >>> _venue_county("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), t)
    '370883'
    >>> t = t.replace("山东省医学会", "山东省卫健委组织")
    >>> _venue_county("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), t)
    '370000'
    """
    table = divisions()
    if table[best].level not in ("province", "prefecture"):
        return best
    named = [(h, c) for h, c in resolved if not h.abbreviation and not h.township]
    counties = {c for h, c in named if table[c].level == "county"}
    if len(counties) != 1:
        return best
    county = next(iter(counties))
    if any(h.dest or h.host or h.zone not in ("title", "body") for h, c in named):
        return best
    if any(c != county and not _ORG_NAME.match(text, h.end) for h, c in named):
        return best  # a higher division named as a place, not only in an organisation's name
    held = any(text[h.start - 1:h.start] == "在" and _VENUE_VERB.match(text, h.end) for h, c in named if c == county)
    return county if held else best


def _posted_site(county: str, found: list[tuple[Hit, str]], score: dict[str, float], count: dict[str, int],
                 where: dict[str, set[str]], first: dict[str, Hit], best_hit: dict[str, Hit]) -> None:
    """The county where a province's unit posts its workers takes its mentions as the report's place, those read as
    the post's destination too (某省某某学院第一书记帮扶曹县某镇某村: where the workers serve is the story's site,
    not a place they were sent away to); its townships count as in `_township_support` (round r37).

    >>> from mobilization.gazetteer import Entry
    >>> h = Hit(5, 7, "曹县", ("371721",), "title", False, Entry("曹县", ("371721",), False, False, False), dest=True)
    >>> score, count, where, first, best = {}, {}, {}, {}, {}
    >>> _posted_site("371721", [(h, "371721")], score, count, where, first, best); score, count, where
    ({'371721': 4.0}, {'371721': 1}, {'371721': {'title'}})
    """
    for h, code in found:
        if code == county:
            _add_support(county, h, score, count, where, first, best_hit)


def _unit_acts(best: str, resolved: list[tuple[Hit, str]], text: str) -> bool:
    """Whether a prefecture's own unit acts right after its name (亳州市扫雪除冰指挥部; round 18's guard)."""
    return divisions()[best].level == "prefecture" and any(c == best and _CITY_UNIT.match(text, h.end) for h, c in resolved)


def _filed_from(resolved: list[tuple[Hit, str]]) -> set[str]:
    """The places named only as a news agency's bureau in its dispatch line (新华社呼和浩特12月25日电): where the
    reporter files from, not a part of the place the report is about (it does not split a province's story
    about one prefecture into two parts).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "内蒙古草原遭受雪灾\\n新华社呼和浩特12月25日电 巴彦淖尔市委组织抗灾。"
    >>> sorted(_filed_from(resolve(find_hits(t, [Zone(0, 9, "title"), Zone(10, 22, "source"), Zone(22, len(t), "body")]))))
    ['150100']
    """
    return {c for h, c in resolved if h.bureau} - {c for h, c in resolved if not h.bureau}
