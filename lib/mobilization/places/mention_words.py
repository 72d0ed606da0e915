"""Place, step 2 (mentions), words of a name: is a name found the place's name where it stands, and what it names.

Tests on one name with the words of its phrase and the text's other names, used by `mentions.find_hits`: a short
form that is also an ordinary word needs the text's support (`_word_supported`), a person's origin (`_origin`), an
honour's name or giver (`_in_honour`), a transport line named after a place (`_TRANSPORT_LINE`), an institution's
organ (`_INSTITUTION_ORGAN`), the full name of the headline's unit (`_names_headline_unit`). The tests on the text
around a name alone (a typhoon, a forum user, a quoted name …) are `contexts`.
"""
from __future__ import annotations

import re

from ..gazetteer import Entry, ancestors, divisions, place_words
from .cues import cues

_LEVEL_CHARS = "省市县区州旗盟"


_WORD_MIN_FREQ = 50  # how common in jieba's dictionary a short form must be to be read as a word first


def _word_supported(text: str, start: int, end: int, entry: Entry, raw: list, in_full: set[str]) -> bool:
    """Does the text say that a short form which is also an ordinary word names the place: the division named in
    full anywhere in the text (天柱县), a division above it named in the same sentence (贵州…天柱), one of its
    organs or outlets right after it (白玉党委, 文成新闻网), or another place beside it in a list (宁海、象山、余姚)?
    A rare word (宕昌, 2 in jieba's counts) needs nothing.

    >>> from mobilization.gazetteer import entries
    >>> e = entries()["白玉"]
    >>> _word_supported("牧民白玉春清扫积雪。", 2, 4, e, [], set())
    False
    """
    from ..segment import jieba_tokenizer

    if jieba_tokenizer().FREQ.get(entry.key, 0) < _WORD_MIN_FREQ or not _county_level(entry.codes):
        return True
    if set(entry.codes) & in_full or cues().actor.match(text, end) or cues().host.match(text, end):
        return True
    if any(e is not entry and (s1 == start - 1 and text[s1] == "、" or s0 == end + 1 and text[end] == "、")
           for s0, s1, e, _ in raw):
        return True  # one of a list of places (鄞州、奉化、宁海、象山、余姚)
    lo = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    hi = min((k for k in (text.find(c, end) for c in "。！？!?\n") if k >= 0), default=len(text))
    above = {a for c in entry.codes for a in ancestors(c)}
    return any(lo <= s0 < hi and set(e.codes) & above for s0, _, e, _ in raw) or _headline_and_self(text, entry, raw)


def _headline_and_self(text: str, entry: Entry, raw: list) -> bool:
    """Does the text name a short form that is also a word in its headline and again elsewhere (the source line,
    the body), while it speaks of itself at that division's level (我县, 全县, 本县 for a 县)? A page that heads
    with 大厂 and says 我县 three lines later is the county's own; a word (比如, 清水) seldom heads a page, and
    never with the text speaking as the county it would name.

    >>> from mobilization.gazetteer import entries
    >>> e = entries()["大厂"]
    >>> t = "情暖大厂\\n我县开展无偿献血活动，传递大厂正能量。"
    >>> raw = [(2, 4, e, "title"), (17, 19, e, "body")]
    >>> _headline_and_self(t, e, raw), _headline_and_self(t.replace("我县", "工厂"), e, raw)
    (True, False)
    """
    zones = [z for _, _, e, z in raw if e is entry]
    if "title" not in zones or len(zones) < 2:
        return False
    table = divisions()
    suffixes = {table[c].name[-1] for c in entry.codes if c in table}
    return any(re.search(f"(?:我|全|本|该){s}(?![长委城])", text) for s in suffixes if s in "县区市旗")


def _origin(text: str, start: int, end: int) -> bool:
    """Is the name at `start` a person's origin (我来自江西新余, 他的老家在, 籍贯), not the story's place?

    A work unit after the name is where they were sent from, not their origin (他们来自黄石市机关事务管理局: the
    sender), and so is an institution of it (我来自萍乡市人民医院).

    >>> t = "我来自江西新余，她的老家是萍乡。回到家乡芦溪县。他们来自黄石市机关事务管理局"
    >>> _origin(t, t.index("江西"), t.index("江西") + 2), _origin(t, t.index("萍乡"), t.index("萍乡") + 2)
    (True, True)
    >>> _origin(t, t.index("芦溪县"), t.index("芦溪县") + 3), _origin(t, t.index("黄石市"), t.index("黄石市") + 3)
    (False, False)

    An address that runs down to a township is the home of the story's own people (`_address_to_township`, round r35u):

    >>> t = "他们是来自喀什地区岳普湖县色也克乡的村民。"
    >>> _origin(t, t.index("喀什地区"), t.index("喀什地区") + 4)
    False
    """
    return (bool(cues().origin.search(text, max(0, start - 8), start)) and not _UNIT_AFTER.match(text, end)
            and not _address_to_township(text, end))


_ADDRESS_REACH = 16  # characters after a name in which its address may reach a township (…县色也克乡)


def _address_to_township(text: str, end: int) -> bool:
    """Does the address that a name opens run on, without a break, down to a township (喀什地区岳普湖县色也克乡…村的村民,
    上党区韩店街道长乐社区的王大爷)? Then 来自 gives the home of people met at the story's scene, its villagers and
    residents, not a distant hometown: a person's origin is told by province, city or county (我来自江西新余), and a
    report gives the township and village where it goes there. Of the opened corpora's three such origins (BG 002,
    AY 017, AM 009), the county was the story's place in all three (round r35u).

    >>> t = "他们是来自喀什地区岳普湖县色也克乡阿克提坎村的村民。我来自江西新余。我来自江西萍乡。"
    >>> _address_to_township(t, t.index("喀什地区") + 4), _address_to_township(t, t.index("江西") + 2)
    (True, False)
    >>> _address_to_township(t, t.rindex("江西") + 2)
    False
    """
    from ..gazetteer_townships import TOWNSHIP_SUFFIXES, township_keys

    keys = township_keys()
    tail = re.match(r"[\u4e00-\u9fff]*", text[end:end + _ADDRESS_REACH]).group()
    for k in range(len(tail)):
        for suffix in TOWNSHIP_SUFFIXES:
            at = tail.find(suffix, k)
            if at > k and tail[k:at + len(suffix)] in keys:
                return True
    return False


# After a name, within its phrase, a work unit or institution (机关事务管理局, 人民医院, 中学, 公司 …).
_UNIT_AFTER = re.compile(r"[^，。；！？,;!?\n的]{0,12}?(?:局|厅|委|政府|单位|部门|医院|学校|大学|学院|中学|小学|公司|集团|中心|队)")


def _county_level(codes: tuple[str, ...]) -> bool:
    """Are all of the codes a county's or district's (not a province's or prefecture's)?

    >>> _county_level(("540425",)), _county_level(("440000",)), _county_level(("540400",)), _county_level(())
    (True, False, False, False)
    """
    table = divisions()
    return bool(codes) and all(table[c].level == "county" for c in codes)


# After a name, a transport line or its operator named after it (广西沿海铁路, 山东高速集团): the line's name, not the
# story's scene; not its bureau or station (铁路局, 高铁站) and not a list of the ways in (航空铁路公路全部正常).
_TRANSPORT_LINE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:铁路|高速|高铁)(?![局段处站]|公路)")

_QUOTED_HONOUR = 30  # the longest quoted honour's name read


def _in_honour(text: str, start: int, end: int) -> bool:
    """Is the name part of an honour's or prize's name, or its giver's (see `cues`)?

    >>> t = "该校被共青团广东省委员会命名为“广东省中学生志愿服务示范校”。她荣获全省优秀共产党员称号。广东省委部署"
    >>> [_in_honour(t, k, k + 3) for k in (t.index("广东省"), t.index("广东省", 15))]
    [True, True]
    >>> _in_honour(t, t.rindex("广东省"), t.rindex("广东省") + 3)
    False
    >>> t = "“山东老兵”志愿服务队荣获一等奖"; _in_honour(t, 1, 3)
    False
    """
    c = cues()
    opened = text.rfind("“", max(0, start - _QUOTED_HONOUR), start)
    if opened >= 0 and text.find("”", opened, start) < 0:
        closed = text.find("”", end, opened + _QUOTED_HONOUR + 2)
        if closed >= 0 and not re.search(r"[，。,；;！？]", text[opened:closed]) and c.honour.search(text, end, closed):
            return True
    lo = max(0, start - 10)
    return bool(c.honour_verb_before.search(text, lo, start) and c.honour_after.match(text, end)
                or c.giver.search(text, lo, start) and c.giver_after.match(text, end)) or _in_honour_list(text, start, end)


# A list of honours a verb of winning opens (曾获中国红十字优秀志愿者、湖南省抗冰救灾先进义工、…先进个人的金灿): each item
# one title, ending in an honour's word or in 先进/优秀 and the one so honoured (先进义工, 优秀党员).
_WON = re.compile(r"(?:曾|先后|多次|还|并)?获")
_TITLE_END = re.compile(r"(?:先进|优秀|最美)[\u4e00-\u9fff]{1,3}$")
_CLAUSE_END = "，。；！？,;!?\n"


def _in_honour_list(text: str, start: int, end: int) -> bool:
    """Is the name inside one item of a list of honours that a verb of winning opens (她曾获全国优秀志愿者、湖北省
    抗洪先进个人、…)? Each item, up to the next 、 or the 的 before the person, is a title, not the story's place
    (round 33: `_in_honour` read only the list's first item, within ten characters of the verb).

    >>> t = "曾获中国红十字优秀志愿者、湖南省抗冰救灾先进义工、湖南省赴川救灾先进个人的金灿同志。湖南省防汛。"
    >>> [_in_honour_list(t, k, k + 3) for k in (t.index("湖南省"), t.index("湖南省", 15), t.rindex("湖南省"))]
    [True, True, False]
    """
    opens = max(text.rfind(ch, 0, start) for ch in _CLAUSE_END) + 1
    verbs = list(_WON.finditer(text, opens, start))
    if not verbs or "的" in text[verbs[-1].end():start]:
        return False
    stop = min((k for k in (text.find(ch, end) for ch in _CLAUSE_END + "、的") if k >= 0), default=len(text))
    item = text[end:stop]
    return stop - end <= 20 and bool(_TITLE_END.search(item) or cues().honour.search(item))


# After a name, an institution named after the place (徐州医科大学附属医院, 漯河食品职业学院) and one of its own organs
# (its Party committee or branch, its Youth League, its students' office): the institution acts, and it is the
# place's (a university's or hospital's city, as the codebook takes it).
# The name runs on without a word that joins two (的, 和, 与, 及, 等: 甘肃等地的兰州大学党委 is no 甘肃's).
_INSTITUTION_ORGAN = re.compile(r"(?:(?![的和与及等])[\u4e00-\u9fff]){0,10}?(?:大学|学院|医院)"
                                r"(?:(?![的和与及等])[\u4e00-\u9fff]){0,8}?(?:党委|党总支|党支部|团委|学生工作部|学生处)")


def _names_headline_unit(text: str, end: int, entry: Entry, title: str) -> bool:
    """Does the name begin the full name of a unit the headline names without its place?

    Headlines drop the place an institution is named after (市中心医院, 县人民医院); the body gives the
    name whole (驻马店市中心医院). The name's level character and at least three characters after it
    must stand in the headline.

    >>> e = Entry("驻马店市", ("411700",), False, False, False)
    >>> _names_headline_unit("成立驻马店市中心医院临时党支部", 6, e, "市中心医院把支部建在一线")
    True
    >>> _names_headline_unit("驻马店市中心城区", 4, e, "市中心医院把支部建在一线")
    False
    """
    level = entry.key[-1:]
    if not title or level not in "省市州盟县区旗":
        return False
    follows = re.match(r"[\u4e00-\u9fff]{3,8}", text[end:end + 8])
    if not follows:
        return False
    unit = follows.group()
    # a head of the unit's name, at least 3 characters after the level, ending in an institution's
    # word, that the headline holds (not any phrase: 全县党员干部 is no unit)
    return any(level + unit[:k] in title and cues().institution.search(unit[:k]) for k in range(len(unit), 2, -1))


_ADDRESS_UNIT = re.compile(r"(?:社区|村|镇|乡|街道|苏木|嘎查)")
_ADDRESS_SPAN = 14  # characters after a county's name that its address down to the headline's unit may take


def _addresses_headline_unit(text: str, end: int, entry: Entry, title: str) -> bool:
    """Does a county-level name in the body open the address of the community, village or town the headline names
    without its place (headline 石厦社区“党情+乡情”…; body 福田区福保街道石厦社区党委)?

    A headline names its unit by its own short name; the body places it once, from the district down through its
    street office. The district is then the headline's unit's own, as 驻马店市 is the headline's 市中心医院's
    (`_names_headline_unit`), so it counts as the headline's (round r35u). The unit's name (four characters or more,
    ending in 社区, 村, 镇 …) must stand in the headline, and the address must run on without a break from a township.

    >>> e = Entry("福田区", ("440304",), False, False, False)
    >>> t = "福田区福保街道石厦社区党委持续深化党建品牌"
    >>> _addresses_headline_unit(t, 3, e, "石厦社区打造城中村同心圆"), _addresses_headline_unit(t, 3, e, "城中村打造同心圆")
    (True, False)
    >>> _addresses_headline_unit("福田区的社区", 3, e, "社区打造同心圆")
    False

    The address opens with a township's name (`_opens_with_township`): 某县建立了在职党员进社区 is a sentence.

    >>> _addresses_headline_unit("福田区建立了在职党员进社区工作台账", 3, e, "3000名党员进社区做志愿者")
    False
    """
    if not title or entry.key[-1:] not in "县区市旗":
        return False
    chain = re.match(r"[\u4e00-\u9fff]*", text[end:end + _ADDRESS_SPAN]).group()
    if not _opens_with_township(chain):
        return False  # 栾川县建立了在职党员进社区: a sentence, no address
    for m in _ADDRESS_UNIT.finditer(chain):
        for k in range(0, m.start() - 1):
            if chain[k:m.end()] in title and m.end() - k >= 4:
                return True
    return False


def _opens_with_township(chain: str) -> bool:
    """Does the text open with a township's name with its suffix (data/townships.csv: 福保街道, 大青沟镇)?

    >>> _opens_with_township("福保街道石厦社区党委"), _opens_with_township("建立了在职党员进社区")
    (True, False)
    """
    from ..gazetteer_townships import township_keys

    keys = township_keys()
    return any(chain[:n] in keys for n in range(3, len(chain) + 1))


def _is_parent_of(parent: Entry, child: Entry) -> bool:
    """Is some division `parent` may name above some division `child` may name?"""
    return any(p in ancestors(c) for c in child.codes for p in parent.codes)


_AREA_STEM = (2, 4)  # the characters of an area's own name between its county's name and its kind (清河 管理区)


def _placed_areas(text: str, raw: list) -> dict[str, set[str]]:
    """The areas of a county that are no census division (data/place_words.csv `area`: 管理区, 开发区 …) which the text
    places with the division named right before them (南漳县清河管理区): the area's own name → the divisions placing it.

    >>> from mobilization.gazetteer import entries
    >>> t = "南漳县清河管理区团委"
    >>> _placed_areas(t, [(0, 3, entries()["南漳县"], "body")])
    {'清河': {'420624'}}
    """
    kinds = "|".join(sorted(place_words()["area"], key=len, reverse=True))
    if not kinds:
        return {}
    area = re.compile(rf"([\u4e00-\u9fff]{{{_AREA_STEM[0]},{_AREA_STEM[1]}}}?)(?:{kinds})")
    out: dict[str, set[str]] = {}
    for _, end, entry, _ in raw:
        m = area.match(text, end)
        if m and entry.codes:
            out.setdefault(m.group(1), set()).update(entry.codes)
    return out


def _area_short_form(entry: Entry, areas: dict[str, set[str]]) -> bool:
    """Is a district's name (清河区) the short form of an area the text places under another division (南漳县清河管理区
    … 清河区团委)? One name has one sense in one text: the census district of that name lies elsewhere. Not when the
    placing division is that district or lies above it (鄞州区鄞州开发区: the district's own zone).

    >>> from mobilization.gazetteer import entries
    >>> e = entries()["清河区"]
    >>> _area_short_form(e, {"清河": {"420624"}}), _area_short_form(e, {"清河": {"211200"}})
    (True, False)
    """
    if not entry.key.endswith("区") or entry.key[:-1] not in areas:
        return False
    placing = areas[entry.key[:-1]]
    return bool(entry.codes) and not any(c in placing or set(ancestors(c)) & placing for c in entry.codes)

