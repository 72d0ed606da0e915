"""Place rules added in round 12 (held-out corpus L opened after scoring): short reports written for these tests,
each failing on the code before its rule."""
from __future__ import annotations

import pytest

from mobilization.places import Zone, find_hits

from invented import place, surfaces


def test_township_named_after_another_county_is_no_county() -> None:
    # 龙泉寺乡 (a township of 信都区) begins with 龙泉, the short form of 龙泉市 in another province; and 龙泉寺
    # later in the same text is the same township
    text = ("山村转移群众\n7月20日，邢台市信都区龙泉寺乡连降暴雨。龙泉寺乡干部挨家挨户动员村民转移。"
            "龙泉寺一带雨量最大，龙泉寺村党员守在河边。信都区白岸乡也转移群众。\n")
    assert place(text).code == "130503"


def test_surname_before_a_title_is_no_county() -> None:
    # 温县长 = county head Wen (温 a surname, 县长 a title), not 温县 in 河南; 温县 named otherwise stays a place
    text = "在甘肃宕昌，见到“温县长”不是件容易的事。他刚从外地开会回来，又赶去村里看大棚。"
    assert surfaces(text) == ["甘肃", "宕昌"]
    assert place("温县党员下沉\n\n温县县长说，温县组织党员下沉社区。\n").code == "410825"


def test_team_of_a_placeless_sender_is_where_it_works() -> None:
    # a central organ's team (no census place) stationed in a county the report keeps naming: that county;
    # a city's bureau that sends its team keeps the report
    text = ("挂职干部的一天\n\n王明是中国某出版局定点帮扶宕昌县挂职扶贫工作队队长，他和队员们走遍了全县的村子。\n\n"
            "宕昌县位于甘肃南部，山大沟深。到2019年底，宕昌县整体脱贫。王明说，宕昌县的花椒很有名，要让更多人知道。\n")
    assert place(text).code == "621223"
    text = ("驻村帮扶\n\n陇南市财政局开始结对帮扶宕昌县城关镇，派出工作队住进村里。\n\n"
            "宕昌县位于甘肃南部，山大沟深。到2019年底，宕昌县整体脱贫。工作队说，宕昌县的花椒很有名。\n")
    assert place(text).code == "621200"


def test_district_named_with_its_city_and_its_streets_is_the_scene() -> None:
    # the city sets the scene (对于兰州来说) and never acts; the story is at the test points of one district's
    # streets: the district. A city named often with one district's town as its example keeps the city.
    text = ("我是党员我带头 疫情防控当先锋——党员教师志愿者在行动\n发布时间：2021-08-30 来源：本站\n\n这个夏天，对于兰州来说很不平凡，病毒来势汹汹，共同抗击疫情、守卫家园成为每一个生活在兰州的人的大事。"
            "学校党支部号召党员积极参与志愿服务，协助社区做好防控工作。\n\n"
            "我校作为兰州市城关区雁南街道的检测点，党员教师积极报名。不久雁北街道检测展开，党员教师又去服务。\n\n"
            "有些党员教师不在兰州，也在当地报名参加志愿者活动。\n")
    assert place(text).code == "620102"
    text = ("我是党员我带头 疫情防控当先锋——党员志愿者在行动\n发布时间：2022-04-07 来源：本站\n\n兰州的党员纷纷到社区报到。兰州各级党组织行动起来，兰州的志愿者遍布街巷。\n\n"
            "凌晨两点的兰州仍有寒意，城关区雁南街道一处隔离点里，党员还在值守。\n")
    assert place(text).code != "620102"


def test_city_opening_the_address_of_a_village_gives_the_county() -> None:
    # 走进天水市X县道北街道: the city is named once, opening the address of a place in one county (here a
    # street of 麦积区, named by its township alone): the county
    text = ("驻村工作队办实事\n发布时间：2017-08-30 来源：本站\n\n“快表扬表扬我们的工作队吧，他们给我们办了两件大好事，让我们吃上了自来水！”"
            "走进甘肃省天水市道北街道采访，居民围住记者，不停地夸赞驻村工作队，要求记者好好宣传宣传。\n\n"
            "工作队进村后打了三眼机井，解决了人畜吃水困难，还帮群众种上了花椒。\n")
    assert place(text).code == "620503"


def test_typhoon_name_is_no_place() -> None:
    # 台风「凤凰」 and 凤凰台风 name the storm, not 凤凰县; a report from outside the census then has no place
    text = ("救灾队北上驰援\n\n受今年第26号台风「凤凰」外围环流影响，当地遭受豪雨侵袭，造成严重灾情，建设局立即派队支援清淤。\n\n"
            "局长表示，因为凤凰台风外围环流，单日雨量创新高，灾后复原艰巨。\n")
    assert place(text).code == ""


def test_city_nickname_with_cheng_is_the_city() -> None:
    # 阜城 in a text about 阜阳市 is the city's nickname (阜阳城), not 阜城县 in 河北
    text = ("我为七一献热血\n发布时间：2023-07-03 来源：本站\n\n为弘扬人道、博爱、奉献精神，在建党102周年之际，党员干部踊跃献血。\n\n"
            "日前，阜阳市直机关工委、市卫生健康委联合发出无偿献血倡议书，组织党员干部无偿献血。\n\n"
            "活动以市政府办公区为主场，阜城8个采血点实行联动。阜城各级党组织积极响应，阜城累计献血者达645人。\n")
    assert place(text).code == "341200"


def test_organs_under_a_place_act_for_it() -> None:
    # 宕昌县直机关工委 (the organs directly under the county) acts for the county: no passing mention
    text = ("献血活动\n发布时间：2023-07-03 来源：本站\n\n为弘扬无私奉献精神，在建党102周年之际，党员干部踊跃献血。\n\n"
            "日前，宕昌县直机关工委组织机关党员干部无偿献血，共有120人参加，献血总量达3万毫升。\n")
    assert place(text).code == "621223"


def test_motto_word_is_no_county() -> None:
    # 人道、博爱、奉献 (the Red Cross motto): 博爱 is a word there; 博爱县 only in full or after its prefecture
    text = "弘扬人道、博爱、奉献精神"
    assert find_hits(text, [Zone(0, len(text), "body")]) == []
    assert surfaces("焦作博爱党员") == ["焦作", "博爱"]


def test_media_group_is_a_host() -> None:
    # 大连新闻传媒集团记者: the outlet's name, not the story's place; the street named is in 甘井子区
    text = ("社区志愿者守好门\n2020-02-10 来源：大连天健网\n\n天健网消息（大连新闻传媒集团记者 王明）连日来，泉水街道的党员志愿者在"
            "小区门口值守，为居民测体温、登记出入，守好社区大门。\n")
    assert place(text).code == "210211"


def test_headline_column_tag_is_no_headline_place() -> None:
    # 【抗击疫情 甘肃在行动】 is the series the story is filed under: its province counts as a body mention
    text = ("【抗击疫情 甘肃在行动】党员志愿者守好社区门\n2020-02-10 来源：本站\n\n连日来，雁南街道的党员志愿者在小区门口值守，"
            "为居民测体温、登记出入。雁南街道还组织党员为独居老人送菜上门。眼下甘肃各地都在抗疫，雁南街道的党员说，守好门就是贡献。\n")
    assert place(text).code == "620102"


def test_place_people_came_back_from_is_not_the_unit() -> None:
    # 从兰州回来的居民: the place a returnee came from; with 我市 the text would otherwise take it for its own city
    text = ("网格员守好社区门\n2020-02-10 来源：本站\n\n我市社区工作人员坚守岗位，织牢抵御疫情的防控网。社区通过微信群第一时间掌握返乡人员情况。"
            "“真没想到我刚一进家门，就有人马上联系我。”几天前从兰州回来的一位居民感慨道。\n")
    assert place(text).code == ""


def test_tie_stays_with_district_when_its_city_only_names_institutions() -> None:
    # 兰州 only in the names of colleges (兰州老年大学, 兰州交大老年大学) neither acts nor heads the report: at equal
    # weight the district whose foundation runs the tour keeps it
    text = ("敬老文艺巡演\n2016-10-10 来源：本站\n\n为弘扬尊老敬老的传统，城关区老年基金会在区民政局的支持下，组织实施敬老公益文艺巡演项目，"
            "努力让养老院入住的老人共享经济社会发展成果，安享幸福晚年生活，营造良好的社会环境与文化氛围。\n\n参与巡演的兰州老年大学、城关区老年大学、兰州交大老年大学等文艺团体积极排练，提供丰富多彩的节目。\n")
    assert place(text).code == "620102"


def test_two_parts_of_a_named_city_weighing_the_same_give_the_city() -> None:
    # 兰州 named with two of its parts, each as much as the other: neither part is the report's subject
    text = ("党员干部冲在防汛一线\n2020-07-20 来源：本站\n\n入汛以来，兰州持续出现强降雨天气，各级党组织迅速行动。"
            "兰州市城关区雁南街道的党员干部连夜转移群众，兰州市七里河区西园街道的党员突击队加固堤防。\n")
    assert place(text).code == "620100"


def test_government_release_account_is_a_host() -> None:
    # (来源微博用户：兰州发布) names the city's release account: the page's place when nothing else is named
    text = ("志愿服务队守好执勤点\n\n以中国好人的名字命名的志愿服务队，现有志愿者200多人。疫情发生后，志愿者就近参加社区疫情防控工作，"
            "每天从早上6点执勤到晚上10点。（来源微博用户：兰州发布 文字：王明）\n")
    assert place(text).code == "620100"
