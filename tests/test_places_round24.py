"""Round 24 (corpus AM opened, with every earlier place corpus): invented reports, each failing on the code before.
"""
from __future__ import annotations

from invented import code_and_name


def test_a_citys_bare_stem_before_its_organ_is_the_city_when_only_the_city_is_named_in_full() -> None:
    # 辽阳 is the short form of both 辽阳市 and its county 辽阳县; the text writes 辽阳市 and never 辽阳县,
    # so 辽阳红十字会 is the city's Red Cross; 北京 is only where the prize was given
    text = ("辽阳红十字会北京领奖\n"
            "在全国代表大会上，辽阳市被授予先进集体称号。大会在北京举行。\n"
            "辽阳红十字会一直致力于救助弱势群体。辽阳红十字会积极组织无偿献血，辽阳市有1845名志愿者登记。\n")
    assert code_and_name(text) == ("211000", "辽阳市")


def test_a_county_of_the_citys_stem_named_in_full_keeps_the_bare_stem_unresolved() -> None:
    text = ("辽阳县红十字会组织献血\n"
            "辽阳县红十字会组织党员献血，辽阳市中心血站派车。辽阳县各乡镇党员踊跃参与。\n")
    assert code_and_name(text) == ("211021", "辽阳县")


def test_a_province_that_scopes_a_superlative_in_the_headline_is_no_headline_place() -> None:
    # the first such station in the province, opened in one district: the district's report
    text = ("山东省首家党员志愿服务驿站在罗庄区启用\n"
            "来源：山东青年志愿者\n"
            "近日，党员志愿服务驿站在临沂市罗庄区双月湖公园启用。据了解，这是山东省成立的首家党员志愿服务驿站。"
            "驿站由罗庄区委组织部创办，党员志愿者轮值服务。\n")
    assert code_and_name(text) == ("371311", "罗庄区")


def test_a_city_papers_page_on_two_of_its_counties_is_the_citys() -> None:
    # the city's own paper hosts the page and names the city nowhere else; two of its counties, each in its section
    text = ("一座城一条心\n"
            "来源：嘉兴日报\n"
            "南湖凤桥党员突击队\n"
            "连日来，南湖区凤桥镇830多名党员组成突击队，奔赴一线抗台救灾。凤桥镇栖柽村党员突击队用沙袋围堵缺口。\n"
            "嘉善天凝这位“老兵支书”\n"
            "昨天中午，在嘉善天凝镇洪溪社区，党总支书记带领党员疏通下水道。\n")
    assert code_and_name(text) == ("330400", "嘉兴市")


def test_a_city_papers_page_on_one_county_stays_the_countys() -> None:
    text = ("党员突击队奋战一线\n"
            "来源：嘉兴日报\n"
            "连日来，南湖区凤桥镇830多名党员组成突击队，奔赴一线抗台救灾。凤桥镇栖柽村党员突击队用沙袋围堵缺口。"
            "南湖区委组织部表示，将表彰先进。\n")
    assert code_and_name(text) == ("330402", "南湖区")


def test_a_county_rescue_team_that_sets_out_for_a_flooded_city_is_the_countys() -> None:
    # the team is named once with its county; the sentence that sends it says only 救援队; the province of the
    # scene is named three times more, as the scene
    text = ("一方有难 八方支援\n"
            "受强降雨影响，河北涿州出现大面积积水。据河北省水利厅介绍，水位回落需要时间。"
            "一方有难，八方支援。武城县蓝天救援队立即响应，购买了饮用水、食品等物资。"
            "上午11时，救援队正式出发，驰援河北涿州！让我们一起行动起来，为河北的防灾救援工作贡献力量。\n")
    assert code_and_name(text) == ("371428", "武城县")


def test_a_citys_list_of_honoured_stations_in_four_of_its_counties_is_the_citys() -> None:
    # one district holds most of the items, each written with the city's name before it: still the city's list
    text = ("近日，从省文明办获悉，全省确定100个学雷锋志愿服务站点，其中运城市有9个站点。\n"
            "运城市入选的站点分别是：运城市盐湖区学苑社区志愿服务站、"
            "运城市盐湖区文化馆志愿服务站、运城市盐湖区烈士陵园志愿服务站、运城市盐湖区博物馆志愿服务站、"
            "河津市莲池社区志愿服务站、夏县堆云洞志愿服务站、国网万荣县供电公司志愿服务站。\n")
    assert code_and_name(text) == ("140800", "运城市")


def test_a_countys_flood_command_under_its_other_name_acts_for_it() -> None:
    # 防汛防旱指挥部 is the flood and drought command's name in several provinces, as 防汛抗旱指挥部 elsewhere;
    # (三河 of the sluice 三河闸 is still read as a place: it is outweighed, not dropped)
    text = ("农场防汛队上堤巡查\n"
            "“明天上午8时三河闸泄洪流量增加至5000立方米每秒……”根据盱眙县防汛防旱指挥部文件要求，农场防汛队立即行动。"
            "三河闸下游水位上涨，盱眙县防汛防旱指挥部要求上足巡查人数。队员们在新河洞段清除杂草。\n")
    assert code_and_name(text) == ("320830", "盱眙县")
