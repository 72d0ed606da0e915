"""Round r36 (fourteenth session): places and dates read from reports we invented (docs/rounds/r36.md)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe
from tests.invented import code_and_name, place


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_a_disclosure_catalogue_that_gives_only_the_date_of_writing_dates_the_item() -> None:
    # a district bureau's news item in the government's disclosure catalogue: its block (索引号 …) labels no date of
    # issue or publication, only 成文日期; the festival in the story is its event
    text = ("索引号 113302000000000000/2021-100000\n"
            "组配分类 政务动态 发布机构 区民政局\n"
            "成文日期 2021-10-14 公开方式 主动公开\n\n"
            "重阳敬老 暖在身边\n\n"
            "重阳节前夕，某某街道组织志愿者走进辖区敬老院，为老人们送去重阳糕和慰问品，陪老人们聊天、理发。"
            "街道还为80岁以上独居老人送餐上门，共服务老人120余人次。\n"
            "志愿者们表示，将把敬老爱老的活动常态化，让老人们感受到社会的温暖。\n\n"
            "活动现场，社区卫生服务站的医生为老人们测量血压、血糖，讲解秋冬季节常见病的预防知识。\n\n"
            "“孩子们都在外地工作，今天这么热闹，就像过年一样。”一位老人笑着说。\n\n"
            "据介绍，街道今年已开展各类敬老志愿服务活动30余场，参与志愿者600余人次。\n\n"
            "下一步，街道将继续完善居家养老服务体系，让辖区老人老有所依、老有所乐。\n")
    assert _date(text) == "2021-10-14"


def test_a_development_zone_is_named_by_its_own_name_without_its_city() -> None:
    # 合肥新站高新技术产业开发区 (a census row of its own) as its own papers write it: 新站高新区, without 合肥
    text = ("新站高新区开展“文明交通”志愿服务\n\n"
            "3月5日，新站高新区党工委组织机关干部、社区志愿者200余人，在辖区主要路口开展文明交通劝导活动。\n"
            "志愿者们手持小旗，劝导行人和非机动车驾驶人遵守交通信号，并向群众发放宣传资料1000余份。\n"
            "新站高新区各街道还同步开展了清洁家园活动，清理卫生死角80余处。\n")
    assert code_and_name(text) == ("340173", "合肥新站高新技术产业开发区")


def test_a_zones_own_name_that_is_an_ordinary_word_needs_its_city() -> None:
    # 滨海开发区 alone is any seaside zone; only after its city (潍坊滨海) is it the census row
    from tests.invented import surfaces
    assert "滨海开发区" not in surfaces("滨海开发区组织志愿者清理海滩垃圾。")


def test_a_management_area_called_a_district_for_short_is_not_another_provinces_district() -> None:
    # 宜城市 places its 东湖管理区 (no census unit); the text then calls it 东湖区, which is also 南昌's census district
    text = ("关爱老人 温暖重阳\n\n"
            "10月12日，宜城市东湖管理区组织党员志愿者走进辖区困难老人家中，为他们打扫卫生、送去米面油。\n"
            "东湖区团委还联合社区卫生服务站，为60名老人免费体检。东湖管理区党委书记表示，将把关爱老人常态化。\n")
    assert code_and_name(text) == ("420684", "宜城市")


def test_a_districts_own_zone_keeps_the_district() -> None:
    # the zone is placed under the very district that shares its name: the district stays
    text = ("东湖区开展志愿服务\n\n"
            "南昌市东湖区东湖开发区组织党员志愿者走进社区，为老人们打扫卫生。东湖区团委还为60名老人免费体检。\n")
    assert code_and_name(text)[0] == "360102"


def test_a_town_shared_by_several_counties_is_the_one_whose_county_the_page_names() -> None:
    # 王集镇 is a town of six counties; the story names no division, and the page's footer names 新野县's media centre
    text = ("退伍老兵组成抢险突击队\n\n"
            "发布时间:2021-07-22 来源:本站\n\n"
            "连日强降雨，王集镇多个村庄受灾。一支由8名退伍军人组成的志愿突击队出现在王集镇抢险一线，帮助转移群众。\n"
            "截至目前，突击队已协助镇政府转移群众200余人，清理淤泥30余处。\n\n"
            "关于我们 | 联系我们\n"
            "主办:新野县融媒体中心 版权所有\n")
    assert code_and_name(text) == ("411329", "新野县")


def test_a_districts_media_centre_in_the_source_line_places_a_village_story_low() -> None:
    # the story names only its village; the source line names the district's convergence media centre (自流井融媒)
    text = ("近日，某某村新时代文明实践站组织20名党员、群众开展环境卫生整治志愿活动，清理村内道路和河道垃圾。\n"
            "志愿者们分工协作，经过两个多小时的努力，村容村貌焕然一新。\n"
            "下一步，某某村将继续开展各类志愿服务活动，推动志愿服务常态化。\n"
            "来源:自流井融媒\n")
    guess = place(text)
    assert (guess.code, guess.confidence) == ("510302", "low")


def test_a_street_written_without_its_office_and_a_municipality_named_as_frame_is_the_district() -> None:
    # 什刹海街 (the subdistrict 什刹海街道, written as the capital writes it) with its community: 西城区's; 北京市 is
    # named once, as the weather bureau that issued the warning
    text = ("某某社区全力应对强降雨\n\n"
            "2021-07-12 09:30:00\n\n"
            "近日持续降雨，北京市气象台发布暴雨黄色预警。什刹海街某某社区工作人员与下沉干部冒雨排查积水点位，"
            "在低洼院落门口摆放沙袋，提醒居民注意安全。\n"
            "社区还安排工作人员24小时值守，确保居民平安度汛。\n")
    assert code_and_name(text) == ("110102", "西城区")


def test_a_streets_own_community_is_no_subdistrict() -> None:
    # 什刹海街社区 would be a community named after a street; only X街 + a community's own name + 社区 is the subdistrict
    from mobilization.places import Zone, find_hits, find_townships
    for text, want in (("什刹海街社区开展活动", []), ("什刹海街某某社区开展活动", ["什刹海街道"])):
        zones = [Zone(0, len(text), "body")]
        assert [h.entry.key for h in find_townships(text, zones, find_hits(text, zones))] == want


def test_toneless_pinyin_residue_with_a_blank_is_removed_where_a_page_has_several() -> None:
    # a mirror's converter wrote toneless readings and a blank after some characters; the county's name is cut by one
    from mobilization.repair import repair
    text = "某某村位於(yu) 四川省甘孜州鄉(xiang) 城縣。村裏養(yang) 了藏香豬,下載應用(app)看看。"
    assert repair(text).text == "某某村位於四川省甘孜州鄉城縣。村裏養了藏香豬,下載應用(app)看看。"
    assert repair("下載應用(app) 看看,他說(me) 好").text == "下載應用(app) 看看,他說(me) 好"


def test_the_start_of_a_route_to_the_village_is_not_the_story_place() -> None:
    # the lead line travels from the provincial capital over the mountains to the village; the village's county is
    # named in the body with its township
    text = ("从西宁出发，翻过3座海拔4000米以上的垭口，沿着河谷前行，就到了某某村。\n"
            "某某村位于青海省玉树州称多县称文镇。驻村干部扎西带领村民发展牦牛养殖，建起合作社。\n"
            "如今，村里的牦牛存栏量达到800头，村民人均收入增加了3000元。\n"
            "扎西说，下一步要把牦牛肉加工好，让村民的日子越过越红火。称多县农牧局还派来技术人员指导养殖。\n")
    assert code_and_name(text) == ("632723", "称多县")


def test_a_pairing_of_two_provinces_counted_back_is_no_single_place() -> None:
    # the report is on the partnership of two provinces (named as a pair, then 两省); one county's scene is an example
    text = ("6月2日，沪滇扶贫协作联席会议在上海召开。自1996年上海市与云南省建立对口帮扶关系以来，两省市每年召开联席会议，"
            "共同研究解决帮扶中的重大问题。\n"
            "二十多年来，沪滇协作从单向帮扶拓展到产业合作、劳务协作、人才交流等多个领域。\n"
            "在云南省文山州广南县，上海援滇干部帮助当地建起了扶贫车间，200多名群众在家门口就业。\n"
            "上海援滇干部说，要接好沪滇协作的接力棒。\n")
    assert code_and_name(text) == ("", "")


def test_a_corps_farm_stands_for_the_county_it_lies_in() -> None:
    # a farm of the Xinjiang corps (兵团) is no census division; its residents' compounds are the story
    text = ("下沉干部守护小区平安\n\n"
            "连日来，新湖农场机关干部下沉到农场各居民小区，协助社区做好疫情防控。新湖农场医院的医护人员为居民做核酸检测。\n"
            "干部们每天为居民代购生活物资，帮助老人配送药品。\n")
    assert code_and_name(text) == ("652324", "玛纳斯县")
