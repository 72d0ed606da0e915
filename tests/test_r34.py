"""Round r34 (twelfth session): places and dates read from reports we invented (docs/rounds/r34.md)."""
from __future__ import annotations

from dataclasses import replace

from mobilization.places.zones import _headline_list
from mobilization.repair import repair
from mobilization.repair.edits import Span
from tests.invented import code_and_name


def test_the_sites_sponsor_line_is_no_headline() -> None:
    # 主办/承办 names who runs the site (a province's committee and its paper), not who acts in the story: the story
    # is the district's community, named twice with its street
    text = ("欢迎来到某某平安网\n"
            "主办:中共河北省委政法委员会    承办:河北法制报社\n\n"
            "邻里互助 小区变了样\n\n"
            "来源:河北法制报 | 作者:本报记者 王某 | 发布时间: 2025-09-08 08:49\n\n"
            "  石家庄市长安区建北街道红星社区成立于2019年，下辖三个小区，老年居民占四成。社区党委组建8支志愿服务队。\n"
            "  “志愿者比亲人还贴心!”石家庄市长安区建北街道红星社区居民李阿姨说。如今小区里有了食堂和活动室。\n")
    assert code_and_name(text) == ("130102", "长安区")


def test_the_reporters_newsroom_in_the_byline_is_no_organ_at_work() -> None:
    # 市融媒体中心记者: the city's newsroom wrote the page; the county's village team is the story
    text = ("村里来了年轻的工作队\n\n"
            "——记岷县梅川镇某某村驻村工作队\n\n"
            "来源:定西日报 2025-06-03\n\n"
            "市融媒体中心记者 张某 李某\n\n"
            "在定西市岷县梅川镇某某村，有一支由年轻人组成的驻村工作队。\n"
            "清晨，工作队在村部点名，随后分头走访农户。驻村第一书记说，点名是责任。\n")
    assert code_and_name(text) == ("621126", "岷县")


def test_a_photo_credit_with_its_agency_is_a_caption() -> None:
    # 通讯员 某某 摄/视觉某地: the picture's credit, not the page's source line; the province's name in it is the
    # agency's, and the story is the county's village
    text = ("凌晨五点的敲门声\n"
            "某村干部第一时间预警，全镇转移300人\n"
            "本报记者 周某\n\n"
            "  老人回忆山洪暴发时的情况。通讯员 卢某 摄/视觉四川\n\n"
            "  7月6日下午，青川县乔庄镇某村，村民在河边望着自家房屋曾经所在的位置。近日四川多地遭遇暴雨。\n"
            "  “我们能实现全镇零伤亡，有一个意外因素。”乔庄镇党委书记说。\n")
    assert code_and_name(text) == ("510822", "青川县")


def test_an_epapers_list_of_headlines_run_into_one_line_is_still_the_list() -> None:
    # the page's list of headlines printed twice, once run into one long line above the list itself: where repair
    # keeps both as one stretch of body, the stretch is the list (its lines come again below), not the story
    heads = ["安全巡查排查风险", "各区县:全面除险清患 及时发布预警", "蓝色预警:多地有山洪灾害风险", "凌晨五点的敲门:洪水来了快撤",
             "烟火气:洪水后又见赶集", "水利部门对风险较高区县电话叫应", "广大党员干部冲在防汛救灾第一线"]
    listed = "".join(heads) + "\n第003版:众志成城\n" + "\n".join(heads) + "\n"
    story = ("2023 年 07 月 07 日\n凌晨五点的敲门:洪水来了快撤\n"
             "  7月6日下午，青川县乔庄镇某村，村干部挨家挨户敲门，全村转移群众80人。乔庄镇党委书记说，预警及时。\n")
    rep = replace(repair(listed + story), body=(Span(0, len(listed)), Span(len(listed) + 16, len(listed + story))))
    assert _headline_list(rep) == [(0, len(listed))]
