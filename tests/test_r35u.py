"""Round r35u (thirteenth session): places left unknown although the text names them, read from reports we invented
(docs/rounds/r35u.md)."""
from __future__ import annotations

from tests.invented import code_and_name, place


def test_a_platforms_posting_location_is_not_the_storys_place() -> None:
    # 发布于:北京市 is where the account posted from; the story is a community of a district of 深圳, given with its
    # street office, and the fellow-villagers' provinces (湖南、江西等地的老乡) are where people come from
    text = ("首页 > 新闻正文\n"
            "  • 红岭社区“邻里+乡情” 建起城中村“连心桥”\n\n"
            "  • 2021-05-12 10:20:31 发布于:北京市 \n"
            "  •   城中村是深圳城市发展中的特色单元。为提升城中村治理实效，罗湖区桂园街道红岭社区党委持续深化“邻里+乡情”"
            "党建品牌建设，打造有温度的社区。\n\n"
            "      社区党委新建党群服务中心，日均服务超过500人次。社区党委设立了深圳市首个城中村党员驿站。\n\n"
            "      社区党委设立“乡情联席会”，由社区外来人口较多的湖南、江西、四川等地的老乡推选党员代表参加。\n")
    assert code_and_name(text) == ("440303", "罗湖区")


def test_the_posting_stamp_alone_names_no_place() -> None:
    text = ("志愿服务暖人心\n"
            "2022-03-01 09:00 发布于湖北 阅读数 120\n"
            "社区党员志愿者上门为老人送菜送药，帮助独居老人解决生活难题。\n")
    assert place(text).code == ""


def test_villagers_from_an_address_down_to_their_township_are_the_storys_people() -> None:
    # 来自…县…乡…村的村民 gives the village of the team's work, written out from the prefecture down; the train runs to
    # 乌鲁木齐 (开往: where it is bound), where the villagers visit the team
    text = ("7月20日，从喀什开往乌鲁木齐的列车上，几位村民收拾好行李。原来他们是来自喀什地区疏附县塔什米里克乡某某村的村民，"
            "自发到乌鲁木齐看望曾在村里驻村的工作队员。\n"
            "来到自治区某厅，老乡们见到了曾经驻村的队员们。老党员说：“是你们让村里发生了翻天覆地的变化。”\n"
            "2018年，自治区某厅工作队来到喀什地区的村里，住在村里、工作在村里，为困难群众送农资、送温暖。\n")
    assert code_and_name(text) == ("653121", "疏附县")


def test_a_lone_street_named_with_its_city_still_gives_its_district() -> None:
    # 锁金村街道 is a street office of one district only; the province's name beside it (in a law's name) agrees with
    # it and is no rival
    text = ("中心党支部开展无偿献血进社区活动\n"
            "9月10日上午，中心党支部联合锁金村街道某社区党委开展无偿献血进社区主题党日活动。\n"
            "活动中，支部委员为社区党员讲解了血液知识，宣传了江苏省献血条例等内容。\n")
    assert code_and_name(text) == ("320102", "玄武区")


def test_a_district_named_once_with_its_city_named_in_a_charitys_name() -> None:
    text = ("敬老院里的生日会\n"
            "8月11日，固原市某某爱心公益社的志愿者来到原州区某某敬老院，为五保老人过集体生日。\n"
            "固原市某某爱心公益社准备了生日蛋糕，志愿者给老人戴上生日帽，为老人表演节目。\n")
    assert code_and_name(text) == ("640402", "原州区")
