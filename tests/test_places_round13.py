"""Place rules added in round 13 (held-out corpora O and R opened after scoring): short reports written for these
tests, each failing on the code before its rule."""
from __future__ import annotations

from invented import place


def test_a_one_character_stem_county_before_its_hospital_is_the_county() -> None:
    # 涉县医院 is the county's hospital: the full name 涉县 before 医院 is no part of another name
    text = ("驰援武汉再出发——河北省第六批支援湖北医疗队队员踏上征途\n"
            "2月15日上午，在涉县医院援鄂医疗队出征仪式上，六位队员庄严宣誓。涉县医院大厅组织了欢送仪式。"
            "副县长在讲话中说，涉县会永远感谢你们。涉县是你们最坚实的后盾。涉县医院将照顾好队员家人。\n")
    assert place(text).code == "130426"


def test_a_place_inside_a_quoted_team_name_is_cited_and_a_long_bureau_name_acts() -> None:
    # “山东老兵” is the name of a volunteer brand; the county's 退役军人事务局 (six characters before 局) acts
    text = ("县退役军人事务局举行“山东老兵”志愿服务队湖区救援中队授旗仪式\n来源:微山县退役军人事务局 时间:2022-08-31\n"
            "8月30日，县退役军人事务局举行“山东老兵”志愿服务队湖区救援中队授旗仪式。副局长为“山东老兵”志愿服务队"
            "湖区救援中队授旗。组建“山东老兵”志愿服务队湖区救援中队，是服务退役军人的举措。\n")
    assert place(text).code == "370826"


def test_a_site_name_ending_in_platform_is_the_host_not_the_headline() -> None:
    # the page's header lines name the site (a province's and a city's service platform); the story is a county's
    text = ("某省中小企业公共服务示范平台\n安庆市中小企业公共服务示范平台\n重阳节义工进敬老院\n"
            "10月7日，重阳节，岳西县义工联合会在团县委的指导下，组织义工到敬老院开展活动。"
            "据了解，岳西县义工联合会多年来持续开展敬老活动。\n")
    assert place(text).code == "340828"


def test_a_headline_on_building_a_platform_keeps_its_county() -> None:
    text = "宕昌县搭建志愿服务平台\n全县组建志愿服务队12支，党员1200名参加。\n"
    assert place(text).code == "621223"


def test_a_county_named_beside_our_county_is_not_ours() -> None:
    # 我县与得荣县交界: the text sets 得荣县 apart from itself; one passing mention is no report's place
    text = ("我县与得荣县、香格里拉县交界地区，在8月28日凌晨发生5.1级地震后，8月31日又发生5.9级强烈地震，造成生命财产"
            "严重损失，情况十分危急。在县委县政府的统一安排部署下，县移民局局长带领干部六人紧急赶往重灾区。\n"
            "由于受强烈地震影响，县城通往灾区的交通要道多处中断，我县工作组徒步进入。\n"
            "同时工作组联合县医院卫生人员排查危房，转移群众。\n")
    assert place(text).code == ""


def test_a_prefecture_only_in_the_headline_over_one_county_and_its_towns_is_the_county() -> None:
    # 四川雅安 labels the region; the body is 名山区's team at work in its towns
    text = ("四川雅安我们身边有一群了不起的退役军人\n"
            "近期，名山区持续出现强降雨，名山区退役军人志愿服务队迅速响应，奔赴灾情最严重的地方。"
            "万古镇志愿服务队清除道路塌方落石。车岭镇退役军人志愿服务队清理河道垃圾。"
            "面对暴雨，名山区退役军人志愿服务队听令而行，全力战斗在防汛救灾一线。\n")
    assert place(text).code == "511803"


def test_a_prefecture_named_in_the_body_too_keeps_its_roundup() -> None:
    text = ("四川雅安退役军人在行动\n"
            "近期，雅安市持续出现强降雨，全市退役军人志愿服务队迅速响应。名山区退役军人清理道路。"
            "万古镇志愿服务队清除落石，车岭镇志愿服务队清理河道。雅安市退役军人事务局表示将继续组织。\n")
    assert place(text).code == "511800"


def test_a_county_that_acts_in_its_townships_under_a_series_prefecture_is_the_county() -> None:
    # 陇南 names the series and the disaster; 西和县's bureau acts, in its towns 大桥镇 and 太石河乡
    text = ("【陇南暴洪追踪】党员干部筑起一道冲不垮的堤坝\n关注陇南抢险救灾和灾后重建\n"
            "陇南暴洪泥石流灾害中，当地党员干部充分发挥先锋模范作用。8月6日晚，西和县水务局局长来到单位监测雨情。"
            "很快，大桥镇、太石河乡启动了应急预案，及时通知群众转移。等他赶到太石河乡的时候，通信、电力中断。"
            "此次灾害中，西和县共计213个村受灾。\n")
    assert place(text).code == "621225"


def test_a_place_called_the_disaster_area_receives_the_aid() -> None:
    # 给灾区郑州新密市捐赠: the disaster area receives; the village's county gives
    text = ("“陈堰村党支部联合爱心人士给灾区郑州新密市捐赠的一车物资已送达。”7月26日，信阳市潢川县谈店乡陈堰村"
            "党支部书记的朋友圈得到大家点赞。\n受持续强降雨影响，郑州、新密等地水位上涨，汛情牵动着谈店乡党员干部的心。"
            "满满的货车从潢川一路向北，抵达受灾区新密市牛店镇。\n除了爱心捐赠，谈店乡党员干部在安全度汛上也马力十足。\n")
    assert place(text).code == "411526"


def test_huimin_as_benefit_the_people_is_no_county() -> None:
    text = ("退役军人志愿服务进社区\n服务队常态化开展便民惠民、环境整治活动，落实惠民政策，把惠民实事办到群众心坎上。"
            "惠民工程让群众受益。\n")
    assert place(text).code == ""


def test_a_menu_of_regional_channels_is_no_headline() -> None:
    text = ("某某网\n旗下栏目: 北京 上海 广东 河北 天津 海南 山西 吉林 江苏 浙江 安徽 福建 江西\n\n黑河:志愿者战疫 暖心服务\n"
            "来源:某某网 发布时间:2021-11-17\n  大白们的身影穿梭在黑河市爱辉区金兰社区的小区各个角落。"
            "10月27日，爱辉区花园街金兰社区出现第一例病例，社区志愿者连夜集结。\n")
    assert place(text).code == "231102"


def test_a_district_by_its_former_county_name_named_alone_is_the_place_with_medium_confidence() -> None:
    # 高陵县 became 高陵区 (西安市) in 2014; the only place a short report names, in full, is its place
    # (medium since round c11: a county named weakly; the word goes by level and strength, docs/rounds/c11.md)
    text = ("九九重阳 青年志愿者送温暖\n在九九重阳节来临之际，高陵县20余名青年志愿者组织开展走进敬老院活动，"
            "为老人们打扫卫生、表演节目，送去节日的问候。\n")
    g = place(text)
    assert (g.code, g.confidence) == ("610117", "medium")


def test_a_single_short_form_stays_unknown() -> None:
    text = "重阳节志愿服务\n在重阳节来临之际，宕昌20余名青年志愿者走进敬老院，为老人们打扫卫生。\n"
    assert place(text).code == ""


def test_a_county_short_form_and_its_own_township_agree() -> None:
    # 新桥乡 is in two counties; 泰宁 (a firm's name) is one of them: together they give 泰宁县
    text = ("在九九重阳节即将来临之际，泰宁烟草志愿者服务队和新桥乡志愿者一起，来到新桥乡敬老院，为老人们送去慰问品，"
            "陪老人们聊天，帮老人们打扫房间、整理床铺，让老人们感受到社会大家庭的温暖和关爱。\n"
            "志愿者们表示，今后将继续开展敬老爱老志愿服务活动，把关爱送到老人们的身边。\n")
    assert place(text).code == "350429"
