"""Round 23 (corpus AK opened, with every earlier place corpus): invented reports, each failing on the code before.

A short form that is also an ordinary word (大厂 "a big factory") names its county when it heads the page, is named
again below and the text speaks at the county's level (我县, 全县): round 22's rule wanted the full name, a parent in
the sentence or an organ after it, and a county's own outlet seldom writes any of them.
"""
from __future__ import annotations

from invented import code_and_name


def test_an_ordinary_word_short_form_in_the_headline_and_the_body_of_a_page_that_says_our_county() -> None:
    text = ("【我是大厂正能量】我县开展无偿献血活动 情暖大厂\n"
            "(本网讯)连日来，我县在全县范围内开展无偿献血活动，党员干部踊跃参与，传递大厂正能量。"
            "县文化广场上，消防员们早早来到这里献血。\n")
    assert code_and_name(text) == ("131028", "大厂回族自治县")


def test_an_ordinary_word_in_the_headline_without_the_text_speaking_as_a_county_stays_a_word() -> None:
    # 大厂 "a big factory" in the headline and the body of a firm's story: no 我县, no place
    text = ("大厂担当：职工踊跃献血\n"
            "连日来，这家大厂的职工踊跃参与无偿献血活动，传递大厂正能量。\n")
    assert code_and_name(text) == ("", "")


def test_a_city_bureau_that_stations_a_first_secretary_in_a_village_of_its_county_gives_the_county() -> None:
    # the city's bureau stations the secretary in a village of 墨脱县: the codebook (2026-12-07, round r38) gives
    # stationed help the village's county whoever sent it; round 23 gave the sender
    text = ("公路进山 带动产业发展\n"
            "从西藏林芝市墨脱县城出发，沿着盘山公路行驶一个多小时，格林村的楼房跃然眼前。背崩乡格林村曾经深居大山。"
            "“2013年，墨脱结束了不通公路的历史。”林芝市公安局派驻格林村第一书记、驻村工作队队长说。"
            "2018年，格林村开始种植茶树。\n")
    assert code_and_name(text) == ("540423", "墨脱县")


def test_a_city_branchs_staff_sent_down_to_a_community_of_its_district_give_the_district() -> None:
    # staff posted (下沉) in one community: help stationed in a community, the district's (codebook 2026-12-07,
    # round r38); round 23 gave the city's branch that sent them
    text = ("疫情防控 体彩在行动\n"
            "近日，宁夏体育彩票管理中心石嘴山市分中心积极响应号召，全体工作人员迅速下沉到石嘴山市大武口区青山街道永乐社区，"
            "与社区工作人员共同做好疫情防控工作。分中心还向石嘴山市大武口区青山街道永乐社区捐赠额温枪等物资。\n")
    assert code_and_name(text) == ("640202", "大武口区")


def test_a_city_units_secretary_in_a_county_that_heads_the_page_stays_the_countys() -> None:
    # the district heads the page and organizes its secretaries: the city's museum is one sender among many
    text = ("第一书记组团推进乡村振兴——汉滨区整合驻村力量\n"
            "1月30日，在安康市汉滨区茨沟镇的乡村振兴工坊里，西沟村第一书记和同伴准时上岗。"
            "作为安康市群众艺术馆派驻西沟村第一书记，她组织群众创作村歌。汉滨区第一书记直播助农收益超20万元。\n")
    assert code_and_name(text) == ("610902", "汉滨区")


def test_a_development_zone_with_its_district_in_brackets_is_the_districts_administration() -> None:
    # the city opens the zone's name (and files the dateline); the zone and the district are one government
    text = ("乌鲁木齐8月21日讯 记者报道：21日上午，乌鲁木齐经济技术开发区(头屯河区)政府在澎湖路社区为8名志愿者代表"
            "送上健康慰问包。乌鲁木齐经济技术开发区(头屯河区)区委宣传部负责人介绍，该区1.55万名志愿者坚守一线。\n")
    assert code_and_name(text) == ("650106", "头屯河区")


def test_a_county_named_by_its_name_before_it_became_a_district_is_that_district() -> None:
    # 林芝县 became 巴宜区 in 2015; a report from 2012 names the old county, whose stem is also the city's short form
    text = ("驻村工作队帮扶扎西岗村\n"
            "鲁朗镇扎西岗村位于西藏自治区林芝县八一镇以东78公里处。林芝县旅游局驻扎西岗村工作队进村后，"
            "帮助村民发展家庭旅馆。\n")
    assert code_and_name(text) == ("540402", "巴宜区")


def test_a_citys_border_police_detachment_at_work_in_one_district_keeps_the_city() -> None:
    # 北海 ("north sea") is a word: read bare once the text names it with its province (广西北海); its border-police
    # detachment acts, so the one district where it works is the scene, not the report's unit
    text = ("劝导渔民撤离\n"
            "10月4日，广西北海正面迎接强台风。北海边防支队机动大队官兵紧急出动，协助疏散未上岸的渔船民。\n"
            "北海铁山港区石头埠码头附近地势低洼。边防官兵深入港口码头、渔船，紧急疏散养殖户。\n")
    assert code_and_name(text) == ("450500", "北海市")


def test_a_city_bureaus_contact_village_gives_its_county_though_named_only_as_the_authority() -> None:
    # the city bureau's 联系点 village and its first secretary: the village's county (codebook 2026-12-07, round
    # r38), though the county is named only in the deference formula (在兴宾区委…领导下); round 23 gave the city
    text = ("驻村工作队助力古车村脱贫\n"
            "2018年3月，来宾市科技局扶贫联系点调整到兴宾区七洞乡古车村，同时向联系点派驻第一书记和工作队员。"
            "三年来，在兴宾区委、区政府的正确领导下，古车村驻村工作队团结村“两委”班子，扎实推进脱贫攻坚。"
            "古车村距七洞乡人民政府所在地5公里。\n")
    assert code_and_name(text) == ("451302", "兴宾区")


def test_bazhou_is_bayingolins_abbreviation_unless_the_text_names_bazhong() -> None:
    # 巴州 is how Xinjiang writes 巴音郭楞蒙古自治州 (as 克州, 博州); 巴中's district 巴州区 keeps its bare short form
    # where 巴中 is named
    text = ("驻村工作队帮村民春耕\n"
            "6月的天刚刚亮，巴州环保局驻夏尔沟村“访惠聚”工作队就来到夏尔沟村的农田，帮助村民耕种土豆、小麦。"
            "今年5月，和静县夏尔沟村的农作物错过了播种期，工作队协调农机帮助村民补种。\n")
    # the bureau's 访惠聚 team stationed in a village of 和静县: the village's county (AG 028's relabelling, 2026-12-07)
    assert code_and_name(text) == ("652827", "和静县")
    text = "巴中巴州：党员干部抢险\n巴中市巴州区党员干部连夜转移群众。巴州城区积水已排除。\n"
    assert code_and_name(text) == ("511902", "巴州区")
