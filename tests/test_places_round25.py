"""Round 25 (AO opened; the level of the story, pooled): invented reports, each failing on the code before the rule
(or a guard that passes on both). Reports written for these tests, never third-party text."""
from __future__ import annotations

from invented import code_and_name, place, surfaces

# The headline printed again between the photos is no new mention of the city it names.
BANNER = ("钦州党员在行动\n"
          "据悉，钦州钦南区发出志愿者招募通知，很多党员主动报名。\n"
          "钦州党员在行动\n"
          "志愿者小李是钦南区卫健局的一名干部，每天到社区值守。\n"
          "钦州党员在行动\n"
          "他们活跃在钦南区的各个小区，劝导群众减少聚集。\n"
          "钦州党员在行动\n"
          "钦州党员在行动\n"
          "截至目前，钦南区参与志愿服务的党员达300多人次。\n"
          "钦州党员在行动\n")


def test_the_headline_repeated_in_the_body_is_no_new_mention() -> None:
    assert code_and_name(BANNER) == ("450702", "钦南区")


def test_a_headline_said_once_keeps_its_city_over_a_district_named_once() -> None:
    text = "钦州党员在行动\n钦州市组织党员下沉社区，钦南区的党员也参加。\n"
    assert place(text).code == "450700"


# The level of the story: a region's bare name in the headline over a body whose every place lies in one county.
LOCATOR = ("十堰“封闭管理”下的小区：五十名志愿者守护五千名居民\n"
           "2月15日，十堰下起了雨夹雪。小李是十堰市张湾区花园小区的居民，也是志愿者队的一员。2月12日，十堰发布通告，让十堰备受"
           "关注。按照张湾区疫情防控指挥部的要求，小区实施封闭管理。早在1月24日，十堰就封闭了进城的公路。据张湾区花园社区负责人介"
           "绍，小区建立了50人的志愿者队伍，每天在张湾区的各个小区分菜送菜。\n")


def test_a_headlines_bare_region_over_one_countys_story_is_the_county() -> None:
    assert code_and_name(LOCATOR) == ("420303", "张湾区")


def test_the_region_named_in_full_in_the_headline_keeps_the_report() -> None:
    # 文山州 with its suffix names the government; here the city's government is the subject in the body too
    text = ("文山州党员奋战在防台风一线\n"
            "文山州第一时间安排部署，文山州严格落实责任。富宁县印发通知，富宁县谷拉乡的党员转移群众。\n")
    assert place(text).code == "532600"


def test_a_second_county_named_keeps_the_region() -> None:
    text = LOCATOR.replace("每天在张湾区的各个小区", "每天在茅箭区的各个小区")
    assert place(text).code == "420300"


def test_the_regions_full_name_in_the_headline_keeps_the_report() -> None:
    assert place(LOCATOR.replace("十堰“封闭管理”", "十堰市“封闭管理”")).code == "420300"


def test_the_region_acting_keeps_the_report() -> None:
    text = LOCATOR.replace("十堰发布通告", "十堰市委发布通告")
    assert place(text).code == "420300"


# The county a story happens in is where its townships lie; a neighbour named to place them is no second scene.
BETWEEN = ("运城：小山村里的“富”办法\n"
           "处于盐湖区与夏县之间的解州镇某某村是这里有名的穷村。近年来，村里的党员带头种花椒，解州镇的干部也常来帮忙，"
           "全村人均收入翻了一番。\n")


def test_a_neighbour_named_to_place_the_township_is_no_second_scene() -> None:
    assert code_and_name(BETWEEN) == ("140802", "盐湖区")


def test_townships_of_two_counties_keep_the_region() -> None:
    assert place(BETWEEN.replace("解州镇的干部", "夏县瑶峰镇的干部")).code == "140800"


# The mirror: a county named in the headline only inside the scene's address, the body telling the prefecture's story.
ADDRESS = ("山沟里的新路子，便是贵州毕节黔西市新仁苗族乡化屋村。\n"
           "在毕节，像化屋村这样的村寨还有很多。多年来，毕节广大干部群众牢记嘱托，把毕节建设成为示范区。"
           "近年来，村里办起了苗绣工坊，毕节的党员干部驻村帮扶。\n")


def test_a_county_only_in_the_headlines_address_under_the_prefectures_story_is_the_prefecture() -> None:
    assert code_and_name(ADDRESS) == ("520500", "毕节市")


def test_the_county_spoken_of_in_the_body_keeps_the_report() -> None:
    text = ADDRESS.replace("毕节的党员干部驻村帮扶", "黔西市的党员干部驻村帮扶，黔西市还办起了培训班")
    assert place(text).code == "520522"


def test_the_county_named_alone_in_the_headline_keeps_the_report() -> None:
    assert place(ADDRESS.replace("便是贵州毕节黔西市", "便是黔西市")).code == "520522"


# A short form that begins a facility's name (桃源堤 a dyke, 长泰城小区 a housing estate) is no mention of the place.
def test_a_dyke_and_an_estate_named_after_a_place_are_no_mentions() -> None:
    assert surfaces("湖水几与桃源堤同高，党员们在桃源堤上装土。桃源县党员值守。") == ["桃源县"]
    assert surfaces("长泰城小区的党员组建服务队，长泰城区的干部值守。") == ["长泰"]


ESTATE = ("党员志愿者守小区\n"
          "3月17日，长泰城小区5号楼划为管控区。疫情来袭，闽清县迅速行动，长泰城小区的党员组建服务队。"
          "长泰城小区共有11栋楼，服务点就在长泰城小区北门对面，闽清县的干部轮流值守。\n")


def test_the_county_named_in_full_over_an_estate_named_after_another() -> None:
    assert code_and_name(ESTATE) == ("350124", "闽清县")


# A national outlet's examples from two provinces, neither in the headline: no single census place.
EXAMPLES = ("央视网消息(新闻联播)：\n"
            "在抗旱一线，党员干部冲在前面。\n"
            "四川省盐源县梅雨镇是一个边远山区乡镇。旱情蔓延以来，年轻党员组成送水小分队，为梅雨镇的乡亲们送水。\n"
            "旱情发生以来，甘肃定西通渭县的老党员王某日夜守护着提灌站，乡亲们的饮用水才有保障。\n")


def test_a_national_outlets_examples_from_two_provinces_are_no_single_place() -> None:
    guess = place(EXAMPLES)
    assert guess.code == "" and "examples from two or more provinces" in guess.reason


def test_a_national_outlets_one_example_keeps_its_county() -> None:
    assert place(EXAMPLES.replace("甘肃定西通渭县的老党员", "村里的老党员")).code == "513423"
