"""Place, step 2 (cues): the cue words around a name (data/place_role_words.csv) compiled into the regexes of its roles.

`mentions.find_hits` gives each name its role from these (`cues()`: the actor, the host, a destination, an
event, an informant, an honour …); `decide` reads some of them again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation, word_lists

# The cue words of data/place_role_words.csv, one tuple a list (longest first), read once.
@lru_cache(maxsize=1)
def role_words() -> dict[str, tuple[str, ...]]:
    """The cue words around a name, by list (aid, destination, institution …; see the file's header).

    >>> "驰援" in role_words()["aid"], "医院" in role_words()["institution"]
    (True, True)
    """
    return word_lists("place_role_words.csv")


def _alt(*lists: str) -> str:
    """The words of the named lists as one regex alternation (never empty: an empty list matches nothing)."""
    return alternation(w for name in lists for w in role_words().get(name, ()))


@dataclass(frozen=True)
class Cues:
    """The regexes that give a name its role, built once from data/place_role_words.csv (`cues()`)."""

    actor: re.Pattern[str]
    host: re.Pattern[str]
    dest: re.Pattern[str]
    sends: re.Pattern[str]
    event: re.Pattern[str]
    informant_before: re.Pattern[str]
    informant_verb: re.Pattern[str]
    institution: re.Pattern[str]
    title_after: re.Pattern[str]
    origin: re.Pattern[str]
    honour: re.Pattern[str]
    honour_verb_before: re.Pattern[str]
    honour_after: re.Pattern[str]
    giver: re.Pattern[str]
    giver_after: re.Pattern[str]
    job_before: re.Pattern[str]
    job_after: re.Pattern[str]
    neighbour: re.Pattern[str]
    border_before: re.Pattern[str]
    border_after: re.Pattern[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The role regexes (compiled once).

    >>> c = cues()
    >>> bool(c.dest.search("驰援")), bool(c.sends.match("援疆")), bool(c.actor.match("县委")), bool(c.host.match("日报"))
    (True, True, True, True)
    >>> bool(c.title_after.match("长说")), bool(c.title_after.match("长沙"))
    (True, False)
    """
    # After a name, the actor: the Party committee, government or department of that place, or one of its
    # people's organizations or directly led organs (actor_organ); a functional zone of the place (商洛高新区党工委,
    # actor_zone) acts for it too; and any bureau or department of its government (兰州市地震局, 四川省应急管理厅,
    # 宕昌县水务局), not a person's post there (潼南区审计局副局长: someone from it). A rescue team carries its home's
    # name (庆云县雷锋救援队, 桂林市蓝天救援队, 三穗县红十字赈济救援队): the team of that place, wherever it works; a verb
    # between them (甘肃省派出救援队, 组建救援队) is a sentence, not a team's name.
    actor = re.compile(f"(?:{_alt('actor_zone')})?(?:{_alt('actor_organ')}|"
                       r"(?:(?![市县区省州旗])[\u4e00-\u9fff]){1,6}?(?<!中心|医院|大学|学院|公司|集团)(?:局|厅)(?![长副])|"
                       r"(?:(?![市县区省州旗派组建出的和与及赴到])[\u4e00-\u9fff]){0,5}?救援队)")
    # After a name, a media outlet or website of that place (深圳新闻网, 兰州晚报, 颍上先锋网, 阳城县融媒体中心):
    # the host that published the page, which says the report is within its area, not which unit it is about.
    # A government's release account (大连发布, 上海发布: the name and 发布 ending the phrase) is one too, and so is
    # a site's name on a line of its own (安庆市中小企业公共服务示范平台, 某某县人民政府门户网站), not a headline
    # on building one (某县搭建志愿服务平台: site_building).
    host = re.compile(r"发布(?![\u4e00-\u9fff])|"
                      rf"(?:(?!{_alt('site_building')})[\u4e00-\u9fff]){{0,12}}?"
                      r"(?:平台|门户网站|门户网|网站)[ \t　]*(?=\n|$)|[\u4e00-\u9fff]{0,3}?"
                      f"(?:{_alt('outlet')}|"
                      r"网(?![格点络上购店民友])|报(?=$|[社:：\s·]))")
    # Before a name, a verb of going or sending to it (驰援武汉, 赶赴湖北, 运往深圳): the place is the
    # destination of a team or of goods, not the unit whose mobilization is reported. 远在 (far away in) says the
    # place is elsewhere; 灾区 (给灾区郑州新密市捐赠) names it as the disaster area receiving aid.
    dest = re.compile(f"(?:{_alt('aid', 'destination', 'disaster_area')})$")
    # After a name, the same verbs of aid make it the sender (庆阳市驰援兰州), and so do the counterpart-aid
    # programmes (江苏援疆, 对口援乌: the province that gives the aid acts; the place aided is where it works).
    sends = re.compile(f"(?:{_alt('aid', 'counterpart_aid')})")
    # After a name, an event named after the place (“4·20”芦山7.0级地震, 玉树强震): where the disaster struck,
    # which may or may not be the unit reporting on its work: it counts half.
    event = re.compile(r"(?:\d+(?:\.\d+)?级)?(?:特大|大|强)?" f"(?:{_alt('event', 'disaster_area')})")
    # An informant (记者从青海省民政厅获悉, 据县应急局介绍): the unit the news came from, not the one acting; it
    # counts half, never as the actor. The verb of telling closes the same clause.
    informant_before = re.compile(f"(?:{_alt('informant_before')})$")
    informant_verb = re.compile(r"[^，。；！？,;!?\n]{0,24}?" f"(?:{_alt('informant_verb')})")
    institution = re.compile(f"(?:{_alt('institution')})$")
    # After a one-character-stem division (温县, 和县), the rest of a post (温县长 = county head Wen; 温县委书记):
    # a surname before a title, unless 长 begins a name (长沙, 长江).
    title_names = "|".join(re.escape(w[1:]) for w in role_words().get("title_name", ()) if w.startswith("长"))
    title_after = re.compile(f"长(?!{title_names or '(?!)'})|委(?:副)?书记")
    # Before a name, a person's origin (她的家乡是, 籍贯, 我来自): where someone comes from, not the story's place;
    # not after 回, 返, 到 (回到家乡 is where they are now), and 来自 only after a person (来自县医院的医生 is a sender).
    origin = re.compile(f"(?:(?<![回返到])(?:{_alt('origin')})(?:是|在|为|[:：])?"
                        f"|(?:[我你他她]们?|本人)(?:都|也|均|就)?是?(?:{_alt('origin_person')}))$")
    # Where a name is part of an honour (“广东省中学生志愿服务示范校”, 荣获全省优秀共产党员称号) or its giver
    # (被共青团广东省委员会命名为 …): the honour's level, not the story's place.
    clause = r"[^，。；！？,;!?\n]"
    honour = re.compile(f"(?:{_alt('honour')})$")
    honour_verb_before = re.compile(f"(?:{_alt('honour_verb')}){clause}{{0,8}}$")
    honour_after = re.compile(f"{clause}{{0,20}}?(?:{_alt('honour')})")
    giver = re.compile(f"被{clause}{{0,6}}$")
    giver_after = re.compile(f"{clause}{{0,10}}?(?:{_alt('honour_verb')})")
    # Around a name, where people go to work away from home (到拉萨就业, 去广州打工, 赴某市务工): a verb of going
    # before it and a word of working after it make it the place of their jobs, a destination (round r43).
    job_before = re.compile(f"(?:{_alt('job_going')})$")
    job_after = re.compile(f"(?:{_alt('job_work')})")
    # A neighbour named to say where the story's place lies (某县紧邻重庆; 与某区、某县接壤): no place of the story,
    # weighed as a destination (round r44). 与 opens the list of neighbours; the verb of bordering closes its clause.
    neighbour = re.compile(f"(?:{_alt('neighbour')})$")
    border_before = re.compile(f"与{clause}{{0,16}}$")
    border_after = re.compile(f"{clause}{{0,16}}?(?:{_alt('border_verb', 'neighbour')})")
    return Cues(actor, host, dest, sends, event, informant_before, informant_verb, institution, title_after,
                origin, honour, honour_verb_before, honour_after, giver, giver_after, job_before, job_after,
                neighbour, border_before, border_after)
