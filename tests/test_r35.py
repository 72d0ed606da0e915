"""Round r35 (thirteenth session): places read from reports we invented (docs/rounds/r35.md)."""
from __future__ import annotations

from mobilization.places.zones import _DISPATCH
from tests.invented import code_and_name


def test_the_headline_above_an_editors_line_that_closed_the_body_is_still_the_headline() -> None:
    # a spam line, then the story's headline, then the portal's editor line (责任编辑), which repair takes for the end
    # of a body that has hardly begun: the headline above it names the district, the lead names the city's committee
    text = ("在线观看免费视频网站,精品一区二区三区在线观看,免费高清视频在线观看网站,最新电影电视剧在线观看\n\n"
            "重庆江津区描绘民生新图景 给居民幸福“加码”\n\n"
            "发布时间:2022-03-08 10:46:32 来源:某某网 责任编辑:某某\n\n"
            "近年来，重庆市江津区按照党中央、重庆市委市政府和区委区政府的决策部署，紧扣中心工作，各街道工作成效明显。"
            "几江街道先后荣获“重庆市文明单位”等荣誉称号，连续三年综合目标考核优秀。\n\n"
            "“真是感谢社区工作室，帮我解决了房屋漏水的大问题。”家住几江街道某社区的居民高兴地说。据了解，几江街道坚持"
            "党建引领，培育了一批社区治理品牌，注册志愿者1.3万名，组建志愿服务队47支，其中5个社区成功创建重庆市"
            "“民主法治示范社区”。\n\n"
            "在法治建设方面，几江街道深入实施“法律点亮生活”行动，整合社区居民调解资源，将矛盾纠纷化解在最基层，"
            "开展法治宣传教育和法律进社区活动，全面新建社区警务室。\n")
    assert code_and_name(text) == ("500116", "江津区")


def test_a_lakes_bank_is_no_county() -> None:
    # 太湖南岸: the south bank of the lake, not 太湖县 (安庆); the city whose paper tells the typhoon's week stays
    text = ("太湖南岸的抗台记忆\n\n"
            "来源:湖州晚报\n\n"
            "从8月6日湖州启动防御台风的应急响应，到昨天全市解除应急响应，整整七天。这七天，留下了太湖南岸的抗台记忆。\n"
            "湖州数万军民顶风冒雨，日夜巡堤，转移群众2万余人。\n")
    assert code_and_name(text) == ("330500", "湖州市")


def test_the_village_the_headline_names_is_the_place_not_the_bureau_that_sent_its_first_secretary() -> None:
    # the headline names the county and its village as the story's subject; the prefecture is named only as the
    # writer's employer (its bureau stationed him there) and in the outlet's name
    text = ("为了侗寨不再贫困——从江县岜扒村脱贫工作纪实\n\n"
            "2021-03-15 黔东南新闻\n\n"
            "我叫王某，是黔东南州林业局派驻从江县岜扒村第一书记。每当想起岜扒村的变化，心里总是很激动。\n"
            "村里成立了十户一体卫生小组，村民轮流打扫寨子，调解纠纷。村集体发展乡村旅游，去年接待游客2万人次。\n")
    assert code_and_name(text) == ("522633", "从江县")


def test_the_bureau_that_stations_its_first_secretary_gives_the_villages_county_though_the_headline_is_its_own() -> None:
    # the bureau named in the headline as the one whose secretary works in a village of 从江县: the codebook
    # (2026-12-07, round r38; BC 006 relabelled) gives stationed help the village's county; round r35 kept the sender
    text = ("——记黔东南州林业局驻从江县岜扒村第一书记王某\n\n"
            "2021-03-15 黔东南新闻\n\n"
            "王某是黔东南州林业局派驻从江县岜扒村第一书记。他带领村民成立十户一体卫生小组，发展乡村旅游。\n"
            "去年村里接待游客2万人次，村集体收入增加。\n")
    assert code_and_name(text) == ("522633", "从江县")


def test_the_city_leader_who_accompanies_a_provincial_visit_is_no_organ_at_work() -> None:
    # the city's paper files the story; the province's office visits a village of one district, named with its
    # township; the city's Party secretary only goes along (一同慰问): the village's district is the place
    text = ("汉中日报 - 汉中之窗讯 (记者 王某)2月11日，省委副秘书长张某带领省委办公厅部分干部深入汉台区武乡镇某某村，"
            "走访慰问困难群众和老党员，为他们送去党的温暖和新年祝福。市委书记李某一同慰问。\n"
            "某某村地处秦岭南麓，距武乡镇政府驻地7公里。2014年初，省委办公厅将某某村作为包抓联系对象，村上发展"
            "食用菌产业，群众收入明显增加。\n")
    assert code_and_name(text) == ("610702", "汉台区")


def test_a_headline_opening_with_a_word_ending_in_dian_is_no_dispatch() -> None:
    # 供电 ends the headline's first words: no dispatch line (新华社某地某日电), so the city is no source line's place
    # and the headline is read as the headline
    assert _DISPATCH.match("新甘肃:“党员在前”--某市供电公司抗冰保电攻坚战侧记") is None
    assert _DISPATCH.match("新华社兰州2月3日电 记者某某").group().endswith("日电")
    assert _DISPATCH.match("据新华社电 某地").group().endswith("社电")


def test_the_county_the_headline_names_and_whose_organ_acts_is_the_place_in_its_prefectures_frame() -> None:
    # the prefecture frames the story (its fire season, past fires in two other counties) and is named as often as
    # the county, but never acts; the county's own headquarters issues the order the story is about
    text = ("在防火警示日前夕，四川省凉山州下辖德昌县发布的一则“最严防火令”引发热议。\n"
            "这份由德昌县森林草原防灭火指挥部和德昌县市场监督管理局联合发布的通告规定，打火机实行实名购买。\n"
            "2019年3月30日，凉山州木里县发生森林火灾。2020年3月30日，西昌市经久乡发生森林火灾。凉山州成为舆论焦点。"
            "每年1-6月是凉山州的森林防火季。德昌县组织200余名扑火队员巡山，转移群众300人。\n")
    assert code_and_name(text) == ("513424", "德昌县")
