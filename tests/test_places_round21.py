"""Round 21 (corpus AG opened, with every earlier place corpus): invented reports, each failing on the code before.

Dates: a page's own date stands with the story's headline, dateline or source line; the dates of the other stories
listed under a short page's story are theirs; a date the page labels its own is not a caption's event; a stamp
followed by its source label is read though a stray digit is glued before it.
"""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe

from invented import code_and_name

_STORY = ("某某县党员突击队连夜转移群众\n"
          "某某网讯 连日来，某某县普降暴雨，全县党员干部闻令而动，组建党员突击队12支，连夜转移群众300余人，并在各村设立临时安置点，安排专人值守，确保受灾群众有饭吃、有衣穿、有地方住。\n"
          "突击队员在堤坝上巡查，排除险情5处，确保群众安全。\n")


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_the_dates_of_other_stories_listed_under_a_short_page_are_not_its_date() -> None:
    listed = "甲校举行开学典礼\n时间:2024-09-23 08:10:12\n乙县召开防汛会议\n时间:2024-09-23 08:10:25\n"
    assert _date(_STORY + listed) == ""
    loaded = "加载更多\n-\n某市举办招聘会\n2018-03-02 08:58:39\n-\n某地一所学校只剩一名学生\n2018-03-01 14:40:53\n"
    assert _date(_STORY + loaded) == ""


def test_a_date_inside_another_storys_headline_under_the_story_is_not_its_date() -> None:
    related = ("某省人民代表大会常务委员会免职名单(2022年1月13日某省第十三届人民代表大会常务委员会第二十九次会议通过)\n"
               "某省人民代表大会常务委员会关于接受某某辞去某省第十三届人民代表大会常务委员会委员职务的请求\n")
    assert _date(_STORY + related) == ""


def test_a_single_dateline_or_signature_under_the_story_is_still_read() -> None:
    assert _date(_STORY + "2024-09-23\n") == "2024-09-23"


def test_a_date_the_page_labels_its_own_is_read_on_a_caption_line() -> None:
    text = (" date 2025-10-16 某某所昨天召开第一次协调会，三位乡长与会。（记者某某摄）\n\n"
            "台风可能侵袭，某某乡昨天召开防台会议，多位村长在会中反映意见。\n")
    assert _date(text) == "2025-10-16"
    # without the label, a caption's date is the picture's event, as before
    assert _date(text.replace(" date ", "")) == ""


def test_a_stamp_before_its_source_label_is_read_with_a_stray_digit_glued_before_it() -> None:
    text = ("手机版网站\n某镇: 党员先锋筑牢防汛安全堤 -d88某某z62024-07-19 17:52来源:某某镇\n"
            "在连日暴雨的严峻考验下，某某镇防汛工作成了检验基层党组织战斗力的试金石。\n")
    assert _date(text) == "2024-07-19"
    # a number ending in a digit before a date with no time and no source stays another number
    assert _date(text.replace(" 17:52来源:某某镇", " 编号")) == ""


# Places: a prefecture's roundup is not one of its counties.

_ROUNDUP = ("汉中市各级党组织和党员干部奋战抗洪一线\n"
            "入汛以来，汉中多地连遭强降雨，全市各级党委政府第一时间启动预案，领导干部靠前指挥。\n"
            "8月3日，一场强降雨袭扰略阳，两河口等镇灾害严重。县委县政府迅速部署，副县长某某带领应急队伍赶到两河口镇；"
            "副县长某某赶到金家河镇组织救援。\n"
            "8月1日凌晨，暴雨突袭镇巴县渔渡镇，渔渡镇干部一夜未合眼，组织群众撤离。\n"
            "城固、西乡、宁强、略阳、镇巴等县区迅速行动，转移群众2万余人。\n")


def test_an_unnamed_county_government_among_several_counties_does_not_bring_a_roundup_down() -> None:
    # 县委县政府, 副县长 speak for 略阳 (named by its short form); 镇巴县, the one county named in full, is not the speaker
    assert code_and_name(_ROUNDUP) == ("610700", "汉中市")


def test_the_county_government_still_speaks_for_the_one_county_named() -> None:
    text = ("海南省万宁市… 陵水黎族自治县三防指挥部召开会议，县委书记部署防御工作，副县长带队检查。\n"
            "台风向海南南部靠近，经过海南近海。县三防办发出紧急通知。\n")
    assert code_and_name(text.replace("海南省万宁市… ", "海南省")) == ("469028", "陵水黎族自治县")


def test_a_prefecture_before_a_list_of_its_counties_names_them_as_a_set() -> None:
    text = ("昨日凌晨，楚雄州双柏县发生5.0级地震，记者从省民政厅获悉，地震造成楚雄州双柏县、南华县和牟定县共2万人受灾。\n"
            "据测定，零时48分，双柏县发生5.0级地震。1时5分，南华县又发生4.6级地震。\n"
            "省地震局启动三级响应，派出工作队赶赴灾区。\n")
    assert code_and_name(text) == ("532300", "楚雄彝族自治州")
    # the prefecture qualifying one county only: that county's story
    one = text.replace("楚雄州双柏县、南华县和牟定县共2万人", "楚雄州双柏县2万人").replace("1时5分，南华县又发生4.6级地震。", "")
    assert code_and_name(one) == ("532322", "双柏县")


# Places: what frames a report (its outlet, a firm's name) is not its scene.

def test_a_provincial_portal_named_x_zaixian_is_the_outlet_not_the_place() -> None:
    text = ("宜宾一小区业主自主加入志愿者 全民总动员抗击疫情\n"
            "2020-02-11 18:24:34来源:四川在线-宜宾频道编辑:某某\n"
            "四川在线宜宾频道讯(记者 某某)连日来，在宜宾市翠屏区某某小区，业主某某自发加入志愿者队伍，守在小区门口测温登记。\n"
            "某某生活工作都在宜宾，受疫情影响，他主动联系南岸街道办事处，申请成为志愿者。\n"
            "据南岸街道办事处副主任某某介绍，辖区已有200余名业主报名。\n")
    assert code_and_name(text) == ("511502", "翠屏区")


def test_a_firm_named_by_its_brand_after_a_province_is_no_mention_of_the_province() -> None:
    text = ("大雨，暴雨，特大暴雨！救援，紧急救援！\n"
            "7月以来，连续强降雨导致多地受灾。在这紧急时刻，湖北华瓷企业共产党员挺身而出，组成应急分队。\n"
            "接到防汛指挥部命令，湖北华瓷企业迅速动员，40名党员奔赴一线。7月4日9时，湖北华瓷企业应急分队抵达堤坝，连续奋战10小时。\n")
    assert code_and_name(text) == ("", "")  # the scene is not named: unknown, not 湖北省
    # a place's own team (its veterans' volunteer team) is the place at work, as before
    own = text.replace("湖北华瓷企业", "常熟市退役军人应急志愿服务队")
    assert code_and_name(own) == ("320581", "常熟市")


def test_some_townships_hold_no_township_named_fen() -> None:
    # 部分乡镇 is "some townships": the word 部分 runs into 分乡镇 (a township of 夷陵区) from before it
    text = "连日来，我市普降暴雨，部分地方出现内涝、部分乡镇出现道路塌方等险情，党员干部冲在一线。\n"
    assert code_and_name(text) == ("", "")
    # glued to its county, a township is read as before (the county's address)
    assert code_and_name("宜昌市夷陵区分乡镇党员干部冲在一线。\n")[0] == "420506"
