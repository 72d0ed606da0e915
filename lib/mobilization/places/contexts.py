"""Place, step 2 (mentions), contexts: where a division's name found in a text is no place acting.

Tests on the text around one name, each a pure function of (text, offsets), used by
`mentions.find_hits`: the place someone came back from (从沈阳回丹), the column tag of a headline
(【抗击疫情 辽宁在行动】), a short quoted name (“山东老兵”志愿服务队), a firm's registered name
(南宁某某生物科技有限公司), a forum user's name (新疆亮子 发表于), a typhoon's name (台风「凤凰」), and
whether a bare short form is a whole word of its sentence (not 上高 in 堤防上高高飘扬).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, word_lists


# After 从 and a name, a verb of coming back (从沈阳回丹, 从武汉返乡): the place people returned from, elsewhere.
_RETURN_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?)?(?:回|返|归来)")


def _left_behind(text: str, start: int, end: int) -> bool:
    """Is the name the place someone came back from (从沈阳回丹的居民, 从武汉返乡人员)? Like a destination, it
    is not the unit whose work is reported. (从唐山出发: a team setting out from home is not so read.)

    >>> t = "几天前从沈阳回丹的一位居民。从唐山出发。"
    >>> _left_behind(t, 4, 6), _left_behind(t, t.index("唐山"), t.index("唐山") + 2)
    (True, False)
    """
    return text[start - 1:start] == "从" and bool(_RETURN_AFTER.match(text, end))


def _tail_of_township(text: str, start: int, end: int, free_from: int = 0) -> bool:
    """Is the short form text[start:end] the tail of a longer name the text uses, a township's name without its
    suffix (独龙江, the river and the township of 独龙江乡, holds 龙江)? Read leftmost-longest, the longer name is the
    word; the characters before the short form must belong to no other name found (`free_from`: where the last one
    ends), so 浙江宁波 stays 浙江 and 宁波.

    >>> t = "驻村扶贫在独龙江畔。黑龙江龙江县"
    >>> _tail_of_township(t, t.index("龙江"), t.index("龙江") + 2), _tail_of_township(t, t.rindex("龙江"), t.rindex("龙江") + 2, t.rindex("龙江"))
    (True, False)
    """
    from ..gazetteer import township_stems

    stems = township_stems()
    for lo in range(start - 1, max(free_from, start - 4) - 1, -1):
        if not "\u4e00" <= text[lo] <= "\u9fff":
            return False
        if text[lo:end] in stems:
            return True
    return False


# After a name that ends in a word for water (怒江, 九江, 丽水 ... 江, 河, 湖, 溪, 川, 水), a word of its banks or its
# water (边, 畔, 岸, 两岸, 流域, 之滨, 的激流 …): the river or lake the division is named after, not the division.
# 边境, 边防, 边界, 边疆 (a border) and 边上的村 are no bank: 黑龙江边境 is the province's border.
_WATER_SIDE = re.compile(r"(?:边(?![境防界疆缘区远])|畔|沿岸|两岸|岸边|流域|之滨|江面|河面|湖面|水面|"
                         r"的激流|的江水|的河水|的湖水|圩堤|大堤|堤坝|堤防|堤段|决口|水位)")


def _river_name(text: str, start: int, end: int) -> bool:
    """Is the name the river or lake a division is named after (工作在怒江边, 伴着怒江的激流, 漫步丽水河畔)?

    >>> t = "工作在怒江边，伴着怒江的激流。怒江州委书记。黑龙江边境管控"
    >>> [_river_name(t, m, m + 2) for m in (3, 9)], _river_name(t, 15, 17), _river_name(t, 23, 26)
    ([True, True], False, False)
    """
    return text[end - 1:end] in "江河湖溪川" and bool(_WATER_SIDE.match(text, end))


# A route's start (从成都出发，翻过7座雪山…就到了某村): the traveller sets out from the name and goes over the land to the
# story's place; the journey's verbs say so. A team that sets out to help (从庆阳出发驰援) names no route: its sender.
_ROUTE = re.compile(r"[,，]?[^。；;\n]{0,6}?(?:翻过|翻越|沿着|沿著|驱车|行驶|车程|颠簸|穿过|一路向)")


def _route_start(text: str, start: int, end: int) -> bool:
    """Is the name the start of a route the text travels to the story's place (从成都出发，翻过7座雪山)?

    >>> t = "从成都出发，翻过7座雪山，就到了某村。从庆阳出发驰援兰州。"
    >>> _route_start(t, 1, 3), _route_start(t, t.index("庆阳"), t.index("庆阳") + 2)
    (True, False)
    """
    return (text[start - 1:start] in ("从", "自") and start > 0 and text.startswith("出发", end)
            and bool(_ROUTE.match(text, end + 2)))


# A bracketed tag opening a headline (【抗击疫情 辽宁在行动】, [战疫一线]): the column or series it is filed under.
_COLUMN_TAG = re.compile(r"[【\[〖]([^】\]〗\n]{1,20})[】\]〗]")


def _in_column_tag(text: str, start: int) -> bool:
    """Is the name at `start` inside the bracketed tag that opens its headline line (【抗击疫情 辽宁在行动】)?

    >>> t = "【抗击疫情 辽宁在行动】志愿者在社区值守"
    >>> _in_column_tag(t, t.index("辽宁")), _in_column_tag(t, t.index("社区"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    m = _COLUMN_TAG.match(text, line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip()))
    return bool(m) and m.start() < start < m.end()


# After a name in the headline, what makes it qualify something other than the story's unit: the scope of a
# superlative (山东省首家党员志愿服务驿站在罗庄区启用: the first in the province, opened in the district) and a spirit
# named after the place (践行新时代辽宁精神; not 精神卫生, 精神病, 精神文明). Such a name counts as a body mention.
_HEADLINE_QUALIFIER = re.compile(r"(?:成立的|的)?(?:首家|首个|首支|第一家|第一个|第一支|唯一|惟一)|精神(?![卫病科文])")


def _qualifies_other(text: str, end: int) -> bool:
    """Is the headline's name ending at `end` the scope of a superlative or a spirit's name, not the story's unit?

    >>> t = "山东省首家党员驿站在罗庄区启用"
    >>> _qualifies_other(t, t.index("山东省") + 3), _qualifies_other(t, t.index("罗庄区") + 3)
    (True, False)
    >>> t = "践行新时代辽宁精神 江苏省精神卫生中心"
    >>> _qualifies_other(t, t.index("辽宁") + 2), _qualifies_other(t, t.index("江苏省") + 3)
    (True, False)
    """
    return bool(_HEADLINE_QUALIFIER.match(text, end))


# A typhoon's name (台风「凤凰」, “凤凰”台风, 台风"海马"): the storm, not the place it shares its name with. A bare
# name before 台风 (浙江台风) may be the place the storm struck, and stays a place.
_TYPHOON_BEFORE = re.compile(r"台风[「“\"'『（(]?$")
_TYPHOON_AFTER = re.compile(r"[」”\"'』]号?台风")


_QUOTED_NAME = 10  # the longest quoted phrase read as a name (a brand, a team's or a campaign's name)


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """Is the name part of a short quoted name (“山东老兵”志愿服务队, “齐鲁样板”): a brand or a campaign that
    carries the place's name, cited like a title, not the place acting?

    >>> t = "县退役军人事务局为“山东老兵”志愿服务队授旗"; _in_quoted_name(t, t.index("山东"), t.index("山东") + 2)
    True
    >>> t = "队员们说：“武汉加油”。来到“武汉”"; _in_quoted_name(t, t.rindex("武汉"), t.rindex("武汉") + 2)
    False
    """
    opened = text.rfind("“", max(0, start - _QUOTED_NAME), start)
    if opened < 0 or text.find("”", opened, start) >= 0:
        return False
    closed = text.find("”", end, opened + _QUOTED_NAME + 2)
    return closed >= 0 and closed - opened - 1 > end - start and "，" not in text[opened:closed] \
        and "," not in text[opened:closed]


# After a name, the rest of a firm's registered name (南宁某某生物科技有限公司): the place the firm was registered in,
# part of a name like a cited title (half weight), not the place acting. Likewise a firm or a private charity named
# by its brand after the place (湖北中瓷企业, 固原市宁南爱心公益社: two or more characters of its own name before 企业,
# 公益社); not a place's own teams (常熟市退役军人应急志愿服务队 is the city's unit at work).
_FIRM_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:股份有限公司|有限责任公司|有限公司)|"
                         r"[\u4e00-\u9fff]{2,12}?(?:公益社|企业)")


# After a name, a trade name of the organisation's own (two characters that begin no level of the place) and, within
# a few more characters holding no organ of a government (委, 局, 厅, 办, 府: 重庆市农业农村委帮扶集团 is the city's
# organ), a word of a firm's or private charity's name (data/place_context_words.csv brand_end).
@lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern[str]:
    return re.compile(r"((?![省市县区州旗盟])(?:(?![委局厅办府])[\u4e00-\u9fff]){2})(?:(?![委局厅办府])[\u4e00-\u9fff]){0,8}?"
                      f"(?:{_context_alt('brand_end')})")


def _brand(text: str, end: int) -> str:
    """The brand of a firm or charity named after the place ending at `end` (广东昭信集团 → 昭信), else "".

    A firm or charity carries the place it was registered in (广东昭信集团, 宿州阳光天使公益助学中心): the story names
    the organisation, however often, not the place; `decide` counts its name once. Not a place's own unit named
    after its level (宕昌县中心医院: 县中 begins with a level character), nor its government's organ.

    >>> t = "广东昭信集团党委发动员工。宕昌县中心医院。宿州阳光天使公益助学中心。重庆市农业农村委帮扶集团"
    >>> _brand(t, 2), _brand(t, t.index("县中")), _brand(t, t.index("阳光")), _brand(t, t.index("农业"))
    ('昭信', '', '阳光', '')
    """
    m = _brand_pattern().match(text, end)
    return m.group(1) if m else ""


# Before a verb of arrival, a natural force in the same clause (洪水到达, 从枢纽下泄的洪水到达, 台风已于…抵达).
@lru_cache(maxsize=1)
def _force_before() -> re.Pattern[str]:
    return re.compile(f"(?:{_context_alt('force')})" r"[^，。；！？,;!?\n]{0,8}$")


def _force_arrives(text: str, verb_start: int) -> bool:
    """Is the one arriving where the verb at `verb_start` points a natural force (洪水到达霸州市, 洪峰抵达), not a team
    or goods? Then the place is where the disaster reaches, not a destination weighed at nothing.

    >>> t = "下泄的洪水到达霸州市。医疗队到达霸州市。"
    >>> _force_arrives(t, t.index("到达")), _force_arrives(t, t.rindex("到达"))
    (True, False)
    """
    return bool(_force_before().search(text, max(0, verb_start - 16), verb_start))


# A forum post's header line: the poster's user name, then 发表于 and the time (新疆亮子 发表于 2010-8-5 14:05).
_FORUM_POST = re.compile(r"[ \t　]*\S{1,20}?[ \t　]*发表于")


def _forum_user(text: str, start: int) -> bool:
    """Is the name at `start` part of a forum user's name (新疆亮子 发表于 …)? A poster's nickname says where the
    poster may come from, not where the story is; it is not read.

    >>> t = "新疆亮子 发表于 2010-8-5 14:05\\n和田县抗洪抢险"
    >>> _forum_user(t, 0), _forum_user(t, t.index("和田县"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    m = _FORUM_POST.match(text, line_start)
    return bool(m) and start < m.end() - 3


@lru_cache(maxsize=1)
def _posting_label() -> re.Pattern[str]:
    """A platform's posting-location label (data/place_context_words.csv posting_label: 发布于, IP属地 …) with its colon or
    blanks, ending right before a name."""
    return re.compile(f"(?:{_context_alt('posting_label')})" r"[ \t　]*[:：]?[ \t　]*$", re.IGNORECASE)


_LABEL_REACH = 8  # characters before a name that may hold its posting label
# A clock time and a blank right before a name that ends its line: a post's stamp, its location unlabelled (round r43)
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?[ \t　]+$")
_LINE_END = re.compile(r"[ \t　]*(?:\n|$)")


def _posted_from(text: str, start: int, end: int) -> bool:
    """Is the name where the page's account posted from (2020-11-10 09:45:47 发布于:北京市, IP属地:广东), not the story's?

    Platforms stamp a post with the province or city the account posted from, beside its time. Like a site's sponsor
    line or a byline's newsroom (round r34), that says who made the page and where, not where the story happens, so
    the name is not read (round r35u). The label stands right before the name, and the name ends its phrase (a blank,
    the line's end or another stamp follows): 该通知发布于湖北省政府网站 is a sentence, not a stamp.

    >>> t = "2020-11-10 09:45:47 发布于:北京市\\n福田区福保街道石厦社区党委 IP属地：广东 阅读 12"
    >>> _posted_from(t, t.index("北京市"), t.index("北京市") + 3), _posted_from(t, t.index("广东"), t.index("广东") + 2)
    (True, True)
    >>> _posted_from(t, t.index("福田区"), t.index("福田区") + 3)
    False
    >>> t = "该通知发布于湖北省政府网站。"; _posted_from(t, t.index("湖北省"), t.index("湖北省") + 3)
    False

    An account's label (专业号:, 头条号:) before the account's name marks the poster, whose name runs on (某县林草局):

    >>> t = "专业号:云龙县林草局 2025/1/9"; _posted_from(t, t.index("云龙县"), t.index("云龙县") + 3)
    True

    So does a place right after a post's clock time that ends its line (某某公众号 2024年12月31日 16:02 北京):

    >>> t = "中国某某 2024年12月31日 16:02 北京\\n"; _posted_from(t, t.index("北京"), t.index("北京") + 2)
    True
    >>> t = "16:02 北京市民政局发布"; _posted_from(t, t.index("北京市"), t.index("北京市") + 3)
    False
    """
    if _account_label().search(text, max(0, start - _LABEL_REACH), start):
        return True  # 专业号:某县林草局, 头条号：某市发布: the account that posted the page, whatever its name holds
    if _CLOCK_BEFORE.search(text, max(0, start - _LABEL_REACH), start) and _LINE_END.match(text, end):
        return True  # 2024年12月31日 16:02 北京: an account's post stamped with its time and, unlabelled, its location
    if not _posting_label().search(text, max(0, start - _LABEL_REACH), start):
        return False
    return end >= len(text) or not _HAN_CHAR.match(text, end)


@lru_cache(maxsize=1)
def _account_label() -> re.Pattern[str]:
    """A platform's label of the account that posted a page (data/place_context_words.csv account_label: 头条号,
    百家号, 专业号 …) with its colon, ending right before the account's name: like the posting location, the poster
    says who made the page (a repost of another place's story, round r43), not where the story happens.

    >>> bool(_account_label().search("专业号:")), bool(_account_label().search("百家号 ")), bool(_account_label().search("号召"))
    (True, True, False)
    """
    return re.compile(f"(?:{_context_alt('account_label')})" r"[ \t　]*[:：]?[ \t　]*$")


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=None)
def _context_alt(name: str) -> str:
    """The words of one list of data/place_context_words.csv as one alternation (longest first), read once.

    >>> "责编" in _context_alt("credit_label").split("|")
    True
    """
    return alternation(word_lists("place_context_words.csv").get(name, ()))


@lru_cache(maxsize=1)
def _credit_label() -> re.Pattern[str]:
    """A credit label of a page (data/place_context_words.csv credit_label: 文字:, 图片:, 编辑:, 责编:, 审核: …; blanks or a
    colon after it) ending right before a surname: a person's name follows.

    >>> bool(_credit_label().search("责编:")), bool(_credit_label().search("前往"))
    (True, False)
    """
    return re.compile(f"(?:{_context_alt('credit_label')})" r"\s*[:：]?\s*$")


def _credited_person(text: str, start: int, surnames: frozenset[str]) -> bool:
    """Is the name at `start` the given name of a person credited on the page (责编:曾朝阳, 编辑 陈宁安)? A page's
    credit line names its writers, photographers and editors: a surname right after a credit label begins a
    person's name, never a place.

    >>> t = "文字:曾湘衡 编辑:陈灿灿 责编:曾朝阳\\n10月23日,学校驻祁东县延塘村工作队宴请老人。"
    >>> s = frozenset("曾陈")
    >>> _credited_person(t, t.index("朝阳"), s), _credited_person(t, t.index("祁东"), s)
    (True, False)
    """
    if start < 1 or text[start - 1] not in surnames:
        return False
    line_start = text.rfind("\n", 0, start - 1) + 1
    return bool(_credit_label().search(text, line_start, start - 1))


def _typhoon_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the name of a typhoon (台风「凤凰」, “凤凰”台风) rather than a place?

    >>> t = "受台风「凤凰」影响，“凤凰”台风过境，凤凰县党员值守。"
    >>> _typhoon_name(t, 4, 6), _typhoon_name(t, 11, 13), _typhoon_name(t, 19, 22)
    (True, True, False)
    >>> _typhoon_name("浙江台风防御", 0, 2)
    False
    """
    return bool(_TYPHOON_BEFORE.search(text, max(0, start - 3), start) or _TYPHOON_AFTER.match(text, end))


_WORD_WINDOW = 6  # characters each side of a bare short form that jieba segments to judge it


def _whole_words(text: str, start: int, end: int) -> bool:
    """Does a bare short form end where its word ends (jieba's segmentation of its sentence)?

    A bare short form (上高 for 上高县, 上海 for 上海市) is often two characters of other words
    (堤防上高高飘扬, 世界上海拔最高, 高亭镇安澜社区): its last character then begins a word that runs
    past it. A word that begins with the name (深圳特区, 海南岛) is fine, and so is a name whose first
    character the segmenter joined to the word before (和平潭综合实验区: 和 is the conjunction).
    Only a small window around the name is segmented (cached).

    >>> _whole_words("党旗在堤防上高高飘扬", 5, 7), _whole_words("甘肃宕昌临时党支部", 2, 4)
    (False, True)
    >>> _whole_words("是世界上海拔最高的", 3, 5), _whole_words("记深圳特区战疫", 1, 3)
    (False, True)
    """
    if not _crossing_word_possible(text, start, end):
        return True  # no dictionary word starts inside the name and runs past it: nothing to segment
    lo, hi = _sentence_window(text, start, end)
    for w_start, w_end in _word_spans(text[lo:hi]):
        if w_start + lo < end < w_end + lo:  # a word runs past the name's end ...
            return w_start + lo == start  # ... fine only if it begins with the name (党和政府 holds 和政 whole)
    return True


def _ordinary_word(key: str) -> bool:
    """Is a short form also a word of the language's dictionary, not as a place name (天柱 n "pillar of heaven",
    白玉 nr "white jade", a given name)?

    >>> _ordinary_word("白玉"), _ordinary_word("舟曲")
    (True, False)
    """
    from ..segment import dictionary_tag

    tag = dictionary_tag(key)
    return tag is not None and tag != "ns"


def _crossing_word_possible(text: str, start: int, end: int) -> bool:
    """Is there a dictionary word that starts inside text[start:end] and runs past its end?"""
    from ..segment import jieba_tokenizer

    freq = jieba_tokenizer().FREQ
    return any(freq.get(text[p:q]) for p in range(start + 1, end) for q in range(end + 1, min(len(text), p + 5) + 1))


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around text[start:end] that jieba segments: at most _WORD_WINDOW characters each side, within
    the sentence (not past a line break or a sentence's end).

    >>> _sentence_window("甲。乙丙丁戊。己", 3, 5)
    (2, 6)
    """
    lo, hi = max(0, start - _WORD_WINDOW), min(len(text), end + _WORD_WINDOW)
    for stop in "\n。！？!?":
        k = text.rfind(stop, lo, start)
        if k >= 0:
            lo = k + 1
        k = text.find(stop, end, hi)
        if k >= 0:
            hi = k
    return lo, hi


@lru_cache(maxsize=8192)
def _word_spans(window: str) -> tuple[tuple[int, int], ...]:
    from ..segment import jieba_tokenizer

    out, pos = [], 0
    for word in jieba_tokenizer().lcut(window, HMM=False):
        out.append((pos, pos + len(word)))
        pos += len(word)
    return tuple(out)


def _starts_a_word(text: str, start: int, end: int) -> bool:
    """Does a name found by its suffix (a township: 分乡镇) begin where its word begins? Not when a word of its
    sentence begins before it and ends inside it (部分|乡镇: "some townships", not 夷陵区's 分乡镇).

    >>> t = "部分乡镇出现内涝"; _starts_a_word(t, 1, 4)
    False
    >>> t = "干部来到分乡镇检查"; _starts_a_word(t, 4, 7)
    True
    """
    from ..segment import jieba_tokenizer

    freq = jieba_tokenizer().FREQ
    if not any(freq.get(text[p:q]) for p in range(max(0, start - 3), start) for q in range(start + 1, end)):
        return True  # no dictionary word could cross the name's start: nothing to segment
    lo, hi = _sentence_window(text, start, end)
    for w_start, w_end in _word_spans(text[lo:hi]):
        if w_start + lo < start < w_end + lo:  # a word runs into the name from before it
            return False
    return True
