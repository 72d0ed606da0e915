"""Round r40 (sixteenth session): places read from reports we invented (docs/rounds/r40.md).

BQ's errors by general cause: a development zone's street filed by the township list under the district it was taken
from, a zone's names as news writes them, a list of provinces closed by 等 and their count, a district acting through an
organ named by its level alone, a headline's column named after the page's own outlet.
"""
from __future__ import annotations

from tests.invented import code_and_name, place


def test_a_street_written_beside_the_bare_word_of_a_development_zone_is_the_census_zones() -> None:
    # the township list files 雪松街道 under 驿城区; the census counts the zone as a county of its own
    text = ("近日，驻马店市某局组织党员志愿服务队，主动包保雪松街道经开区某某社区，下沉一线协助社区做好值守、"
            "登记等工作。\n")
    assert code_and_name(text) == ("411771", "河南驻马店经济开发区")


def test_a_street_alone_in_a_city_with_a_census_zone_is_not_said_high() -> None:
    # the street may be the zone's, which the township list files under a district: no strong pick
    text = ("雪松街道某某社区开展志愿服务\n"
            "雪松街道某某社区党支部组织党员清扫楼道、清理杂物，雪松街道办事处干部一同参加。居民纷纷点赞。\n")
    assert place(text).confidence != "high"


def test_a_zone_named_after_its_province_and_city_is_named_by_its_city_alone() -> None:
    # 河南商丘经济开发区 in the census; 商丘经开区 in the news
    text = ("商丘经开区党员志愿者清扫积雪\n"
            "连日来，商丘经开区组织党员志愿者上路清雪，商丘经开区各社区也行动起来，保障群众出行。\n")
    assert code_and_name(text) == ("411472", "河南商丘经济开发区")


def test_a_new_area_named_by_its_own_name_after_its_city() -> None:
    text = ("拥军慰问暖人心\n"
            "近日，邯郸市冀南新区退役军人服务站走访慰问困难退役军人。冀南新区志愿者协会一同参加。"
            "冀南新区各村也开展了慰问活动。\n")
    assert code_and_name(text) == ("130473", "邯郸冀南新区")


def test_a_new_areas_own_name_after_another_city_is_not_the_census_zone() -> None:
    # guard: many cities have a 新区 of that name that is no census unit; read only after its own city
    text = ("合肥市滨湖新区志愿者清扫街巷\n近日，合肥市滨湖新区志愿者走上街头清扫积雪。\n")
    assert place(text).code != "131172"


def test_provinces_listed_before_deng_and_their_count_are_several_provinces() -> None:
    text = ("某部拨付资金支持河北、山西等6省份抢险救灾\n"
            "近日，某部向河北、山西等6个省份拨付专项资金1亿元，用于支持抢险救灾。\n")
    assert place(text).code == ""


def test_the_one_district_named_acts_through_an_organ_named_by_its_level_alone() -> None:
    # the city is named once, as whose campaign the district's plan serves; 区某某服务中心 is the district's organ
    text = ("为贯彻落实邢台市创建全国文明城市信都区“包街包巷”工作部署，区某某服务中心组织全体干部深入达活泉街道"
            "某某小区开展志愿服务，清扫楼院、清理小广告。\n")
    assert code_and_name(text) == ("130503", "信都区")


def test_a_headlines_column_named_after_the_pages_outlet_is_the_outlets() -> None:
    # 品读驻马店·印象 | … on 驻马店新闻网: the column, not the story's place; the story is one county's village
    text = ("品读驻马店·印象 | 山村里的合作社\n"
            "2023-08-25 09:18 来源:驻马店新闻网\n\n"
            "清晨，薄雾笼罩着山村。合作社位于西平县柏城街道某某村，是驻马店市三个示范项目之一。"
            "村民以土地入股合作社，当上了股东。\n")
    assert code_and_name(text) == ("411721", "西平县")
