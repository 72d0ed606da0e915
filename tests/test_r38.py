"""Round r38 (fifteenth session): places read from reports we invented (docs/rounds/r38.md)."""
from __future__ import annotations

from tests.invented import code_and_name, place


# Help STATIONED in a village goes to the village's county, whoever sent it (codebook, 2026-12-07).

def test_a_city_hospitals_paired_village_gives_the_villages_county() -> None:
    # the city's hospital heads the page and acts; its 联建村 lies in one county: the county's
    text = ("菏泽市某医院开展送健康下乡活动\n"
            "6月3日，菏泽市某医院党委书记带领十名专家，来到该院联建村——鄄城县旧城镇某某村，为村民测血压、讲养生。"
            "菏泽市某医院驻村干部介绍，该村老人多，医院每季度来一次。\n")
    assert code_and_name(text) == ("371726", "鄄城县")


def test_a_city_bodys_poverty_point_gives_its_county_though_the_citys_organs_act_unnamed() -> None:
    # 市人大, 市人民医院: the city's organs, named without the city; they are the senders of the help
    text = ("5月9日，市政协副主席、民进商丘市委主委带领市人民医院专家十余人，来到市政协机关帮扶点—虞城县某某乡某某村，"
            "开展送医下乡活动。虞城县某某村是贫困村，村民看病不便。专家们为二百多名村民义诊。\n")
    assert code_and_name(text) == ("411425", "虞城县")


def test_a_first_secretary_from_another_provinces_district_gives_the_villages_county() -> None:
    # the sender is a district of another province, named only as its committee; the village's county stands
    text = ("某某区委组织部驻台江县某某村第一书记的一天\n"
            "天刚亮，某某区委组织部选派的第一书记就走进了台江县某某镇某某村的蔬菜大棚。他说，要让村里的菜卖到城里去。\n"
            .replace("某某区", "宁波市鄞州区"))
    assert code_and_name(text) == ("522630", "台江县")


def test_a_firms_work_team_posted_in_a_village_gives_the_villages_county() -> None:
    text = ("国网某某供电公司驻村工作队修通灌溉渠\n"
            "连日来，国网岳阳供电公司驻平江县安定镇某某村工作队带领村民修通了三公里灌溉渠。岳阳供电公司还捐赠了水泵两台。\n")
    assert code_and_name(text) == ("430626", "平江县")


def test_a_contingent_sent_out_stays_with_its_sender() -> None:
    # a medical team sent to help elsewhere (驰援) is the codebook's contingent: its sender, not where it works
    text = ("岳阳市医疗队驰援平江县\n"
            "岳阳市人民医院医疗队今日驰援平江县安定镇某某村，岳阳市人民医院二十名医护人员到达后立即投入救治。\n")
    assert place(text).code != "430626"


def test_a_citys_roundup_of_its_stationed_teams_stays_the_citys() -> None:
    # the city speaks of itself (全市, 我市): its campaign, of which one county's village is an example
    text = ("全市驻村工作队助力春耕\n"
            "我市各驻村工作队积极投身春耕生产。全市三百多支工作队进村入户。岳阳市民政局驻平江县安定镇某某村工作队帮助村民育秧。"
            "我市将继续加强驻村帮扶。\n")
    assert place(text).code != "430626"


# A page copied with a line of spam above the story, and the headline run into its date and source line.
_ROUNDUP = ("免费视频在线观看精品,精品无码中文字幕在线,高清电影免费在线看,最新电视剧在线观看\n\n"
            "当前位置:首页 > 国内 >\n\n"
            "众志成城保家园——东北各界抗洪一线见闻2023-08-10 09:12:30 | 编辑:admin | 来源:某某新闻网\n\n"
            "入汛以来,东北多地遭遇强降雨。8月5日,在吉林省桦甸市某某村,消防员转移被困群众。"
            "8月5日晚,黑龙江省五常市部分路段被淹,五常市党员干部连夜值守,哈尔滨市消防支队赶来增援。"
            "8月6日,辽宁省本溪市应急管理局组织二百余人清淤。\n")


def test_a_line_of_search_phrases_is_no_headline_and_a_headline_before_its_stamp_is_read() -> None:
    from mobilization.places.zones import _headline_before_stamp, _search_phrases
    assert _search_phrases(_ROUNDUP.split("\n")[0])
    line = _ROUNDUP.split("\n")[4]
    assert line[:_headline_before_stamp(line)] == "众志成城保家园——东北各界抗洪一线见闻"


def test_a_regions_roundup_whose_headline_is_run_into_its_stamp_has_no_census_place() -> None:
    # the headline names 东北各界 (all walks of the Northeast); the body names places of its three provinces
    assert place(_ROUNDUP).code == ""


def test_a_pick_beside_places_of_two_other_provinces_that_weigh_as_much_is_not_strong() -> None:
    # one county among places of three provinces: a roundup as likely as the county's story, so not high
    from mobilization.places.confidence import Signals, signals_of, strength
    s = signals_of("230184", 3.0, 2.0, {"body"}, 2, {"230184": 3.0, "220282": 2.0, "210500": 2.0})
    assert s.elsewhere == 4.0 and strength(s) == "weak"
    s = signals_of("511402", 3.0, 2.0, {"body"}, 2, {"511402": 3.0, "420000": 2.0, "420100": 2.0})
    assert strength(s) == "strong"  # its returnees' one province (湖北 武汉) is no roundup
    assert strength(Signals(3.0, 2.0, frozenset({"body"}), 2, "county")) == "strong"


def test_a_county_that_works_under_its_citys_plan_keeps_its_story() -> None:
    # 按照市委部署: the city's committee is named as whose plan the banner follows, not as an organ at work
    text = ("今年以来，达拉特旗按照市委部署，组建一百二十支志愿服务队走进农村牧区，开展移风易俗宣传。"
            "达拉特旗把志愿服务作为乡风文明的抓手，各苏木镇设立志愿服务站。"
            "达拉特旗还评选出一批文明家庭。\n")
    assert code_and_name(text) == ("150621", "达拉特旗")


def test_a_central_organs_overview_whose_examples_act_in_two_provinces_has_no_census_place() -> None:
    # the centre's notice leads; its examples (a county's bureau in 河北 that acts, a province named after) are examples
    text = ("发布时间:2024-01-05 10:00:00\n"
            "近期多地出现强降温天气。\n"
            "中共中央组织部印发通知,要求各地基层党组织在防范应对低温雨雪冰冻灾害中发挥作用。"
            "有关地方和部门组织党员干部冲锋在前。\n"
            "1月3日,河北保定市易县交通运输局党员突击队在国道上撒布融雪剂,保障车辆通行。\n"
            "近日,寒潮使湖南多地降温,党员干部走访困难群众。\n")
    assert place(text).code == ""


def test_a_browser_plugins_notice_is_no_headline_so_a_forum_posts_stamp_is_read() -> None:
    from mobilization.corpus import Document
    from mobilization.documents import describe
    notice = "此页面上的内容需要较新版本的 Adobe Flash Player。\n\n获取 Adobe Flash Player\n\n"
    text = ("某某论坛\n\n" + notice * 4 + "查看: 120|回复: 8\n打印 上一主题 下一主题\n\n"
            "【志愿者巡河】九月巡查某某溪\n\n  [复制链接]\n1#\n跳转到指定楼层\n"
            "发表于 2020-9-6 10:11:12 | 只看该作者 |只看大图 回帖奖励 |倒序浏览 |阅读模式 来自 湖北省 电信\n"
            "        今天和几位志愿者一起沿某某溪巡查了一遍,捡拾垃圾两大袋,河道整体干净。以前只是到过,巡河还是第一次。"
            "由于对河道不了解,巡河前特意查看了去年网友的帖文。\n")
    assert describe(Document("x", "x.txt", "", "utf-8", text)).date == "2020-09-06"


def test_poverty_relief_brought_to_one_countys_village_gives_the_county() -> None:
    # a party branch of another city and the prefecture's hospital go to one village of a county (赴 the
    # prefecture): a village's story, its county; the senders are named only by their units
    text = ("民建洛阳某某支部赴南阳开展扶贫捐赠活动\n"
            "为助力精准扶贫,民建洛阳某某支部携手南阳市第一人民医院,于5月9日前往西峡县开展扶贫捐赠及义诊活动。"
            "洛阳某某支部向西峡县某某沟村村委会捐赠棉被40套,南阳市第一人民医院为村民免费诊治。"
            "活动得到西峡县领导的支持。\n")
    assert code_and_name(text) == ("411323", "西峡县")
