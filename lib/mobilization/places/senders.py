"""Place, step 5 (part): sender or scene: the place that sends a team over the place it was sent to, and back.

A prefecture above the county it sends teams to (`_sender_above`), the county where help is stationed in a village,
whoever sent it (`_stationed_site`, the codebook's line of 2026-12-07), and the destination that is the story's place
because the sender names none (`_placeless_senders_scene`, `_team_named_before`). `decide` asks them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from .contexts import _brand, _context_alt
from .mentions import Hit


def _sender_above(best: str, sent_to: set[str], score: dict[str, float], count: dict[str, int]) -> str:
    """The prefecture above a county it sends teams to (喀什地区…抽调…支援疏附县): the county is the scene of the
    prefecture's work, named in the headline as where it happens; the prefecture, named twice or more and more
    often than the county is named outside its role as destination, is the report's."""
    if best not in sent_to:
        return best
    table = divisions()
    above = [c for c in ancestors(best) if table[c].level == "prefecture" and c not in sent_to]
    if above and count.get(above[0], 0) >= 2 and count[above[0]] > count[best]:
        return above[0]
    return best



_SCENE_MENTIONS = 3  # body mentions of a destination that make it the story's scene when no sender is named

# Senders counted as provinces (全国17个对口援助省市, 19个省份, 多个省区市): many places send, none is named; the place they
# send to stays their destination, not a placeless sender's scene.
_PROVINCES_COUNTED = re.compile(r"(?:[\d一二三四五六七八九十两多]+个|全国)[\u4e00-\u9fff]{0,6}?(?:省区市|省市区|省市|省份|省区)")



def _placeless_senders_scene(resolved: list[tuple[Hit, str]], sent_to: set[str], text: str) -> set[str]:
    """The destinations that are the story's place because the sender has none (a central organ's team in a
    county, 中国外文局定点帮扶左权县; a school's visit, 我校副校长…前往费县): the sentence that sends to it names
    no other division before it, nor counted provinces (全国12个对口支援省市: many senders, round 33), and the body
    names it again three times or more.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "外文局定点帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _placeless_senders_scene(r, {"140722"}, t)
    {'140722'}
    >>> t = "宕昌县委派人帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> _placeless_senders_scene(resolve(find_hits(t, [Zone(0, len(t), "body")])), {"140722"}, t)
    set()
    >>> t = "全国12个对口支援省市帮扶左权县。左权县脱贫。左权县党员。左权县群众。"
    >>> _placeless_senders_scene(resolve(find_hits(t, [Zone(0, len(t), "body")])), {"140722"}, t)
    set()
    """
    again: dict[str, int] = defaultdict(int)
    sent_by_someone: set[str] = set()
    for h, code in resolved:
        if code not in sent_to:
            continue
        if h.dest:
            opens = _sentence(text, h.start)[0]
            if (any(opens <= o.start < h.start and not o.dest and c != code for o, c in resolved)
                    or _team_named_before(resolved, text, opens, h.start, code)
                    or _PROVINCES_COUNTED.search(text, opens, h.start)):
                sent_by_someone.add(code)
        elif h.zone == "body" and not h.host:
            again[code] += 1
    return {c for c, n in again.items() if n >= _SCENE_MENTIONS and c not in sent_by_someone}



def _stationed_alone(resolved: list[tuple[Hit, str]], text: str) -> set[str]:
    """The county where a placeless sender's team is stationed (学校驻祁东县延塘村工作队: a school's team in a
    village), when the page names no other division: the codebook's "a sender that is no census unit → the county it
    works in". The team is stationed (驻 before an address down to a village or community) and its sentence names no
    division before it (the sender has no place); every other name of the page is that county or above it.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "学校驻村工作队宴请老人\\n学校驻祁东县延塘村工作队宴请老人。"
    >>> _stationed_alone(resolve(find_hits(t, [Zone(0, 11, "title"), Zone(12, len(t), "body")])), t)
    {'430426'}
    >>> t = "学校驻村工作队宴请老人\\n衡阳市学校驻祁东县延塘村工作队宴请老人。"
    >>> _stationed_alone(resolve(find_hits(t, [Zone(0, 11, "title"), Zone(12, len(t), "body")])), t)
    set()
    """
    codes = {c for _, c in resolved}
    out = set()
    for h, code in resolved:
        if not (h.dest and h.formal and text[h.start - 1:h.start] == "驻"):
            continue
        opens = _sentence(text, h.start)[0]
        if any(opens <= o.start < h.start for o, _ in resolved):
            continue  # a sender named before it (衡阳市…驻): the sender's
        if all(c == code or c in ancestors(code) for c in codes):
            out.add(code)
    return out


_SENTENCE_END = "。！？!?\n"

# A team that a sending sentence names without its place (救援队正式出发，驰援河北涿州), after the text has named it
# with its place (庆云县雷锋救援队立即响应): the same team, so the sender has a place.
_TEAM = re.compile(r"救援队|医疗队|工作队|突击队|服务队|志愿队")



def _team_named_before(resolved: list[tuple[Hit, str]], text: str, opens: int, start: int, code: str) -> bool:
    """Whether the team that sends to `code` in the sentence from `opens` to `start` was named earlier with another
    division acting for it (a place's name, a few characters, the same team word).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "庆云县雷锋救援队立即响应。救援队正式出发，驰援河北涿州！河北灾情严重。为河北加油。河北挺住。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _team_named_before(r, t, t.index("救援队正式"), t.index("河北涿州"), "130000")
    True
    >>> _team_named_before(r, t, t.index("救援队正式"), t.index("河北涿州"), "371423")
    False
    """
    words = {m.group() for m in _TEAM.finditer(text, opens, start)}
    return any(o.actor and not o.dest and c != code and o.start < opens
               and any(w in text[o.end:o.end + 8] for w in words) for o, c in resolved)


# A village right after its county's name (台江县长滩村, 商州区牧护关镇香铺村 has its township between): the site.
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?村(?![民委级])")
# … or a community (某区某社区): the codebook's stationed help reaches a village, township or community (round r39).
_SITE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村(?![民委级])|社区)")
# … and after a verb of stationing (下沉某区某街道某某社区), a longer address down to a township, village or community:
# the gazetteer lists few subdistricts, and the verb already says the name is where the staff are posted.
_POINTED_ADDRESS = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:村(?![民委级])|社区|镇|乡|街道)")


def _one_county_below(best: str, resolved: list[tuple[Hit, str]],
                      townships: list[tuple[Hit, str]]) -> tuple[list[tuple[Hit, str]], str] | None:
    """The mentions of `best` and of the divisions under it (no bureau's), and the one county among them; None when they
    name no county or several. The common start of the rules that put a story under one of its division's counties.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "山东省派驻郓城县的第一书记"
    >>> found = _one_county_below("370000", resolve(find_hits(t, [Zone(0, len(t), "body")])), [])
    >>> found[1], len(found[0])
    ('371725', 2)
    >>> _one_county_below("370000", resolve(find_hits("山东省郓城县和曹县", [Zone(0, 9, "body")])), []) is None
    True
    """
    table = divisions()
    named = [(h, c) for h, c in resolved + townships if not h.bureau and (c == best or best in ancestors(c))]
    counties = {c for _, c in named if table[c].level == "county"}
    if len(counties) != 1:
        return None
    return named, next(iter(counties))


def _site_of_work(best: str, resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]], text: str,
                  selves: dict[str, int], organs: int = 0) -> str:
    """The one county where the story's work happens, over the prefecture or province that only made the page, sent
    the worker there or names the actor's unit.

    A report is about where the work happens. A county named as the site (in the headline, or in the body with its
    township or village: 台江县长滩村, 商州区牧护关镇香铺村) is the report's place when the division above it is named
    only by those who made the page (its paper or site: 商洛日报, 黔东南新闻; a source line) or as the unit of an
    actor (黔东南州农业农村局派驻…第一书记, a firm named after its city), or in the county's own address (山西省晋城市陵川县).
    Not when the higher division stands in the headline (本溪市委宣传部驻…村第一书记: the sender's story), is named as a
    place of the story (在黔东南, 黔东南的群众), speaks of itself (全州, 我市), or when another of its counties is named
    (a roundup, or a team's sender county): then the higher division is the report's own. Where it owns the actor
    (its unit, named or bare, `organs`: 市政协 sends doctors to 桃源县青林村), the codebook's sender stands unless the
    headline names the county as its subject; where it only made the page, the body's county and village suffice.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "为了苗寨不再贫困——台江县长滩村纪实\\n黔东南新闻\\n我是黔东南州农业农村局派驻台江县长滩村第一书记。"
    >>> z = [Zone(0, 18, "title"), Zone(19, 24, "source"), Zone(25, len(t), "body")]
    >>> _site_of_work("522600", resolve(find_hits(t, z)), [], t, {})
    '522630'
    >>> t = t.replace("第一书记。", "第一书记。在黔东南，干部们走村入户。")
    >>> z = [Zone(0, 18, "title"), Zone(19, 24, "source"), Zone(25, len(t), "body")]
    >>> _site_of_work("522600", resolve(find_hits(t, z)), [], t, {})
    '522600'
    """
    table = divisions()
    if table[best].level not in ("prefecture", "province") or best in selves:
        return best
    found = _one_county_below(best, resolved, townships)
    if found is None:
        return best
    named, county = found
    chain = set(ancestors(county))
    if any(c != county and c not in chain for _, c in named):
        return best  # a prefecture of the province besides the county's own
    starts = {h.start: c for h, c in resolved + townships}
    headline = body_site = False
    owner = organs > 0  # its organs act unnamed (市政协副主席率…): its own unit at work, as below
    for h, c in named:
        if c == county:
            after = starts.get(h.end) or starts.get(h.end + 1)
            headline = headline or h.zone == "title" and not h.dest and not h.township
            body_site = body_site or not h.township and (after == county or bool(_VILLAGE_AFTER.match(text, h.end)))
            continue
        if h.dest or h.host or h.zone == "source" or starts.get(h.end, "") in chain | {county}:
            continue  # a destination; the page's maker (its outlet, its source line); a qualifier of the address
        if h.zone == "body" and (h.actor or _brand(text, h.end)):
            owner = True  # the unit of an actor: a sender, a firm (the codebook's "team FROM X → X" unless the
            continue      # headline names the county as its subject)
        return best  # named as a place of the story, or in the headline
    return county if headline or body_site and not owner else best


def _acting_headline_county(best: str, resolved: list[tuple[Hit, str]], selves: dict[str, int], organs: int = 0) -> str:
    """The one county the headline names whose own organ acts in the story (冕宁县森林草原防灭火指挥部 issues the order),
    over its prefecture or province that never acts: the county's story, told in its prefecture's frame (凉山州's
    fire season, its past fires in other counties).

    The report is about the unit that does the work; the headline says which, and the county's organ doing it says so
    again. Not when the higher division acts itself (its organ named, 凉山州委; or unnamed, 州委 …: `organs`) or speaks
    of itself (全州): then the county's work is a part of the prefecture's own campaign. Not when the headline names two
    or more of its counties (a roundup), nor a county only as a destination (驰援冕宁县).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "凉山州防火季，该州下辖冕宁县发布防火令\\n冕宁县森林草原防灭火指挥部发布通告。凉山州已连续两年发生火灾，凉山州的防火形势严峻。"
    >>> z = [Zone(0, 19, "title"), Zone(20, len(t), "body")]
    >>> _acting_headline_county("513400", resolve(find_hits(t, z)), {})
    '513433'
    >>> t = t.replace("凉山州已", "凉山州委部署，凉山州已")
    >>> _acting_headline_county("513400", resolve(find_hits(t, [Zone(0, 19, "title"), Zone(20, len(t), "body")])), {})
    '513400'
    """
    table = divisions()
    if table[best].level not in ("prefecture", "province") or best in selves or organs:
        return best
    if any(h.actor and not h.dest for h, c in resolved if c == best):
        return best
    titled = {c for h, c in resolved
              if h.zone == "title" and not h.dest and table[c].level == "county" and best in ancestors(c)}
    acting = {c for h, c in resolved if h.actor and not h.dest and c in titled}
    return next(iter(acting)) if len(titled) == 1 and acting else best


# A unit of a sender right after its name (某省某某学院, 某市人民医院, 安阳市委, 某区人大, 某县某某支部, 某市群众艺术馆):
# a college, a hospital, a department or committee, a firm, a party branch. No 的, 各, 全 or 在 between: 新疆各地 and
# 新疆的村委 are places of the story.
_SENDER_UNIT_NAME = re.compile(r"(?:(?![的各全在])[\u4e00-\u9fff]){0,10}?"
                               r"(?:院|大学|学校|厅|局|委|办|中心|公司|集团|银行|研究所|协会|人大|政协|支部|馆|支队)")


_GOES_TO = re.compile(r"(?:赴|前往|来到)$")  # a verb of going right before a name: where the team went


@lru_cache(maxsize=1)
def _stationed_help() -> re.Pattern[str]:
    """A word of help stationed in a village, township or community (data/place_context_words.csv stationed: 驻村,
    第一书记, 帮扶点, 联建村 …), or 驻, 帮扶 or 结对 before a village's name (驻冯家堡村, 帮扶的贫困村; 驻马店 is a city).

    >>> [bool(_stationed_help().search(t)) for t in ("市人大机关帮扶点", "驻某某村工作队", "驻马店市的村民", "捐赠物资")]
    [True, True, False, False]
    """
    return re.compile(f"(?:{_context_alt('stationed')})"
                      r"|(?:驻(?!马店)|帮扶|结对)(?:(?![。！？!?\n])[\u4e00-\u9fff]){0,12}?村")


@lru_cache(maxsize=1)
def _contingent() -> re.Pattern[str]:
    """A word of a contingent sent to work elsewhere for a while (data/place_context_words.csv contingent: 驰援, 出征,
    对口支援 …): the codebook keeps such a team with its sender.

    >>> bool(_contingent().search("医疗队驰援武汉")), bool(_contingent().search("第一书记进村"))
    (True, False)
    """
    return re.compile(_context_alt("contingent"))


def _stationed_site(best: str, resolved: list[tuple[Hit, str]], townships: list[tuple[Hit, str]], text: str,
                    selves: dict[str, int]) -> str:
    """The one county where help is stationed in a village, township or community (某市委宣传部驻某县某镇某村第一书记,
    市人大机关帮扶点—某县某乡某村, 该院联建村——某县某镇某村), over the division that sent it, named only as the
    sender's unit or by the page.

    The codebook (decided 2026-12-07): help STATIONED in a village (a 驻村 work team, a first secretary, a unit's
    帮扶点 or 结对 village) → that place's county, whoever sent it: a province, a prefecture, another county, a firm.
    The sender's name only says whose department, hospital or college the team is, as an outlet's name only says who
    printed the page. So the county stands when all of these hold:

    - a word of stationed help (`_stationed_help`) stands in a sentence that names the county's site;
    - the county is the one county named with its township or village (the site);
    - every other division is named only as the name of one of its units (安阳市委, 济宁市中医院, 某省农科院), in
      the page's source line or host, as the workers' home (从某市来到村里), as a qualifier of a name after it, or, for
      the county's own prefecture or province, as where the team went (赴平顶山).

    Not when the sender speaks of itself (全市, 我省; then the story is its campaign), is named as a place of the story
    (在某市, 某市各地), another county is named otherwise, or the page sends a contingent (驰援, 出征: the codebook
    keeps a contingent with its sender). Round r38; it generalises r37's rule for a province's units.

    >>> from mobilization.places import Zone, find_hits, resolve, find_townships, resolve_townships
    >>> def site(t, n):
    ...     z = [Zone(0, n, "title"), Zone(n + 1, len(t), "body")]
    ...     r = resolve(find_hits(t, z))
    ...     return _stationed_site("370800", r, resolve_townships(find_townships(t, z, [h for h, _ in r]), r), t, {})
    >>> t = "济宁市某医院送医进村\\n济宁市某医院专家来到该院联建村——嘉祥县大张楼镇某某村义诊。"
    >>> site(t, 10)
    '370829'
    >>> site(t.replace("义诊。", "义诊。济宁市各地都有联建村。"), 10)
    '370800'
    >>> site(t.replace("联建村", "对口支援的村"), 10)
    '370800'
    """
    table = divisions()
    if best in selves or _contingent().search(text):
        return best
    named = [(h, c) for h, c in resolved + townships if not h.bureau and c in table]
    pointed = _pointed_sites(named, text)
    sites = {c for h, c in named if table[c].level == "county"
             and (h.township or _SITE_AFTER.match(text, h.end)
                  or c in pointed and _POINTED_ADDRESS.match(text, h.end))}
    if len(sites) > 1:  # one county is where the team is posted (驻某县某镇), the other its sender's (某区某街道)
        sites &= set(pointed)
    if len(sites) != 1 or best in sites:
        return best
    county = sites.pop()
    senders = {c for c in pointed.get(county, ()) if c != county and c not in ancestors(county)}
    # the sentences that speak of the one site: those naming it, and those pointing back at it (该村, 村里)
    speaks = [_sentence(text, h.start) for h, c in named if c == county]
    speaks += [_sentence(text, m.start()) for m in _site_anaphor().finditer(text)]
    if not any(_stationed_help().search(text, *span) for span in speaks):
        return best  # no help stationed where the county is named
    chain = set(ancestors(county))
    starts = {h.start: c for h, c in named}
    for h, c in named:
        if c == county or starts.get(h.end) in chain | {county} or h.zone == "source" or h.host:
            continue  # the county; a qualifier in its address (阿克苏温宿县); the page's maker
        if _SENDER_UNIT_NAME.match(text, h.end) and not h.township:
            continue  # the sender's unit (its college, its hospital, its committee)
        if c not in chain and text[h.start - 1:h.start] == "从":
            continue  # where the workers come from (从省城来到村里): their home, not a place of the story
        if c in chain and (h.dest or _GOES_TO.search(text, max(0, h.start - 2), h.start)):
            continue  # the county's own region named as where the team went (赴平顶山 … 鲁山县某村)
        if _study_visit().match(text, h.end) and text[h.start - 1:h.start] in _VISIT_BEFORE:
            continue  # where villagers went to learn (在某县考察学习): a visit's destination, not the story's place
        if _of_story(text, h):
            return best  # 在某市, 某市各地: a place of the story
        if c in senders:
            continue  # the sender, named again (its office, its staff's home, their former work)
        if c in chain and _names_programme(text, *_sentence(text, h.start)):
            continue  # the county's own province or city that runs the programme (响应某省驻村工作号召, 某省提出驻镇帮镇扶村)
        return best
    return county


_VISIT_BEFORE = ("在", "赴", "到", "去")
# Words of help that name no programme of postings: relief or doctors brought to a village, staff sent down.
_NOT_A_PROGRAMME = frozenset({"扶贫", "送医下乡", "下沉"})


def _names_programme(text: str, start: int, end: int) -> bool:
    """Whether the span names a programme of stationed help (驻村工作, 驻镇帮镇扶村, 结对帮扶, 第一书记), not only a
    word of relief brought to a village (扶贫) or of staff sent down (下沉): a division named beside a programme is its
    owner (响应某省驻村工作号召), while 扶贫 beside a city is often the city's own campaign.

    >>> _names_programme("响应某省驻村工作号召", 0, 10), _names_programme("某市扶贫工作会议", 0, 8)
    (True, False)
    """
    return any(m.group() not in _NOT_A_PROGRAMME for m in _stationed_help().finditer(text, start, end))
_OF_STORY_AFTER = re.compile(r"的?各(?:地|县|区|市|乡|镇|级)")


def _of_story(text: str, h: Hit) -> bool:
    """Whether a division is named as a place of the story (在某市, 某市各地), not as a sender or a programme's owner.

    >>> from mobilization.places import Zone, find_hits
    >>> t = "济宁市各地都有联建村。"
    >>> _of_story(t, find_hits(t, [Zone(0, len(t), "body")])[0])
    True
    """
    return text[h.start - 1:h.start] == "在" or bool(_OF_STORY_AFTER.match(text, h.end))


@lru_cache(maxsize=1)
def _stationing_verb() -> re.Pattern[str]:
    """A verb that posts a team into the place named right after it (data/place_context_words.csv stationing_verb:
    驻, 派驻, 下沉 …), at the end of the text searched.

    >>> bool(_stationing_verb().search("工作队驻")), bool(_stationing_verb().search("工作队"))
    (True, False)
    """
    return re.compile(f"(?:{_context_alt('stationing_verb')})$")


@lru_cache(maxsize=1)
def _site_anaphor() -> re.Pattern[str]:
    """A word pointing back to the stationed site (data/place_context_words.csv site_anaphor: 该村, 村里 …).

    >>> bool(_site_anaphor().search("给村里建起了磨坊")), bool(_site_anaphor().search("给农户修路"))
    (True, False)
    """
    return re.compile(_context_alt("site_anaphor"))


@lru_cache(maxsize=1)
def _study_visit() -> re.Pattern[str]:
    """A visit made to learn (data/place_context_words.csv study_visit: 考察学习, 取经 …), right after a name.

    >>> bool(_study_visit().match("考察学习")), bool(_study_visit().match("考察灾情"))
    (True, False)
    """
    return re.compile(_context_alt("study_visit"))


def _pointed_sites(named: list[tuple[Hit, str]], text: str) -> dict[str, set[str]]:
    """The counties that a verb of stationing points at (驻四会下茆镇, 下沉某区某社区: the name right after 驻 or 下沉,
    or the first name of its address), each with the divisions named before the verb in the same sentence: the
    team's senders (由某市某区某街道、区人大办组成的驻…工作队), not places of the story. Round r39.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "由广州市荔湾区组成的驻梅州市梅县区工作队。"
    >>> sorted((k, sorted(v)) for k, v in _pointed_sites(resolve(find_hits(t, [Zone(0, len(t), "body")])), t).items())
    [('441400', ['440100', '440103']), ('441403', ['440100', '440103'])]
    """
    ends = {h.end for h, _ in named}
    heads: dict[int, int] = {}  # where the address that a name ends begins (梅州市 of 梅州市梅县区)
    for h, _ in sorted(named, key=lambda x: x[0].start):
        heads[h.end] = heads.get(h.start, h.start) if h.start in ends else h.start
    out: dict[str, set[str]] = {}
    for h, c in named:
        head = heads.get(h.end, h.start)
        if h.zone != "body" or not _stationing_verb().search(text, max(0, head - 3), head):
            continue
        opens = _sentence(text, head)[0]
        out.setdefault(c, set()).update(oc for oh, oc in named if opens <= oh.start < head and not _of_story(text, oh))
    return out


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence (or line) around offset `at`.

    >>> t = "甲乙。丙丁戊。己"
    >>> t[slice(*_sentence(t, 4))]
    '丙丁戊。'
    """
    opens = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    close = min((k for k in (text.find(c, at) for c in _SENTENCE_END) if k >= 0), default=len(text) - 1)
    return opens, close + 1
