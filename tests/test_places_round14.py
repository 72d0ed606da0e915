"""Round 14 of the place detector (corpus T opened): each rule on a small invented report."""
from __future__ import annotations

from invented import code_and_name as place


def test_at_equal_weight_the_place_that_acts_wins_over_the_scene() -> None:
    # 湄潭供电局 acts (weight 2); 阳江 is struck and helped, named twice: the sender is the report's
    text = ("台风重创阳江，当地电网受损严重，民生用电告急。南方电网启动应急联动后，贵州遵义湄潭供电局迅速响应，"
            "组建30人抢修队，备齐物资奔赴受灾一线，为阳江群众恢复供电。\n通讯员 李某\n")
    assert place(text) == ("520328", "湄潭县")


def test_a_power_utility_named_for_its_area_acts_for_it() -> None:
    # 国网通化供电公司党委 organizes the drive: the utility serving 通化 is the city's unit, named once
    text = ("本报讯(某某)自3月1日起，国网通化供电公司党委组织各单位党组织开展“亮党旗保供电”行动，对设备全面排查。"
            "该公司党委成立多支青年党员运维小组，已发现并处理隐患4处。\n")
    assert place(text) == ("220500", "通化市")


def test_a_township_no_other_county_has_as_the_one_place_gives_its_county() -> None:
    # only 曹路镇 is named, once, with its suffix: no other county has a 曹路镇 (a name shared by several gives nothing)
    text = ("抗旱应急分队连夜送水\n今年入夏以来持续干旱，曹路镇组织党员组成18支应急分队，为群众送水。"
            "分队队员每天往返三趟，保障了群众的饮水安全。\n")
    assert place(text) == ("310115", "浦东新区")
    assert place(text.replace("曹路镇", "龙王庙镇")) == ("", "")


def test_a_city_speaking_of_its_township_is_the_city() -> None:
    # 我院 … 赴我市沟赵乡: the hospital of the city speaks; 沟赵乡 is a township of 中原区, a district, not 我市
    text = ("门诊支部组织党员赴我市郊区偏远山村义诊\n7月1日上午，我院门诊支部组织党员志愿者赴我市沟赵乡某村举办义诊活动，"
            "为当地居民进行健康宣教。本次活动也是我院庆七一的系列活动之一。\n")
    assert place(text) == ("410100", "郑州市")


def test_a_development_zone_by_its_short_name_is_the_zone() -> None:
    # 德州开发区 is the news name of 德州经济技术开发区, a census unit with a code of its own
    text = ("党员教师进社区\n德州开发区第三中学党支部组织党员教师走进某社区，开展防溺水宣传。"
            "德州开发区教育部门表示，将常态化开展此类活动。\n")
    assert place(text) == ("371471", "德州经济技术开发区")


def test_a_short_form_always_after_the_same_surname_is_a_given_name() -> None:
    # 吕建平 (a cadre's name) holds 建平, a county's short form; the story is 黄龙县's
    text = ("吕建平：扶贫路上的女汉子\n来源：某某日报\n今年30岁的吕建平，是黄龙县某某镇的扶贫专干。"
            "吕建平向记者介绍了全镇的贫困户。吕建平说，这只是她工作的一部分。\n")
    assert place(text) == ("610631", "黄龙县")


def test_a_prefecture_sending_teams_to_its_county_is_the_report() -> None:
    # the headline names the county where the cases are; the prefecture acts and sends testers there
    text = ("阿克苏地区温宿县新增病例12例\n阿克苏地区疫情防控指挥部当晚启动一级响应。专家组迅速赶赴温宿县开展工作。"
            "阿克苏地区已抽调本地医务人员500名支援温宿县开展核酸检测。阿克苏地区要求各单位全力配合。\n")
    assert place(text) == ("652900", "阿克苏地区")
