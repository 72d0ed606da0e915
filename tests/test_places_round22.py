"""Round 22 (corpus AI opened, with every earlier place corpus): invented reports, each failing on the code before.

X灾区 is where a disaster struck, as X地震 is: it counts half, like an event named after a place, so a county
whose schools and government give to another place's disaster area stays the report's place. A short form that is
also an ordinary word of the language (jieba's dictionary, not as a place; 白玉, 天柱) names the county only where
the text says so: the county named in full, a division above it in the same sentence, an organ of it right after.
A district's bare short form (松江) is read once its own city (上海) is named. A link to an organ's website
(市政府网站) and the publisher in a source line (来源:市红十字中心血站) are the page's furniture: no organ at work.
"""
from __future__ import annotations

from invented import code_and_name


def test_a_disaster_area_named_after_a_place_counts_half_like_its_event() -> None:
    text = ("岷县师生：舟曲灾区同胞我们在一起\n"
            "在地震重灾区甘肃省岷县，舟曲灾区同胞牵动着人们的心。岷县县委发出向舟曲灾区捐款的倡议，"
            "岷县一中组织募捐。舟曲同胞们，我们在一起！全县师生的捐款将转赠舟曲灾区。\n")
    assert code_and_name(text) == ("621126", "岷县")


def test_a_short_form_that_is_an_ordinary_word_needs_the_text_to_say_it_is_the_place() -> None:
    # 白玉 ("white jade", and a given name here) is 白玉县's short form: with no 白玉县, 四川 or 甘孜 in the text,
    # the herder 白玉春 is no mention of a county in Sichuan
    text = ("科尔沁左翼中旗牧民积极抗灾自救\n"
            "暴雪过后，科尔沁左翼中旗党员干部帮助牧民清扫积雪。牧民白玉春说，党员帮他家清扫了棚圈。"
            "白玉春家的牛安然无恙。白玉春感谢党员。白玉春说今年的雪很大。白玉春一家人很感动。白玉春又去帮邻居。\n")
    assert code_and_name(text) == ("150521", "科尔沁左翼中旗")


def test_an_ordinary_word_short_form_counts_where_its_province_stands_in_its_sentence() -> None:
    text = "四川白玉：党员干部连夜转移群众\n四川白玉党员干部连夜转移群众200余人。全县设立临时安置点12个。\n"
    assert code_and_name(text) == ("513331", "白玉县")


def test_an_organs_website_link_and_the_publisher_in_the_source_line_do_not_act() -> None:
    # a district's page: the link bar names the city's government website; the source line names a city unit
    # as the publisher; the story is the district's own
    text = ("首页 > 今日前进\n前进区学生志愿服务队在行动\n中国政府网 | 省政府网站 | 市政府网站\n来源:市红十字中心血站\n"
            "近日，前进区社区大院聚集了20多名佳木斯市第一中学的学生志愿者，他们打扫楼道、慰问老人。\n")
    assert code_and_name(text) == ("230804", "前进区")


def test_a_districts_bare_short_form_is_read_once_its_own_city_is_named() -> None:
    text = "松江党员下沉社区\n记者从上海获悉，松江党员干部500人下沉社区。松江各街道设立服务点30个。\n"
    assert code_and_name(text) == ("310117", "松江区")


def test_an_ordinary_word_short_form_in_a_list_of_places_or_before_its_outlet_is_read() -> None:
    from invented import surfaces

    assert "余姚" in surfaces("工作组分赴鄞州、奉化、宁海、象山、余姚检查指导防台工作。")
    assert "文成" in surfaces("文成新闻网讯 党员干部连夜转移群众。")
    assert "比如" not in surfaces("社区想办法，比如组织党员代购药品。")


def test_a_dike_or_water_level_after_a_short_form_ending_in_a_river_word_is_the_rivers() -> None:
    from invented import surfaces

    assert "昌江" not in surfaces("老兵们坚守在昌江圩堤上，昌江水位持续上涨。")
    assert "昌江" in surfaces("海南昌江党员干部巡查海堤。")


def test_a_word_that_holds_a_short_form_whole_is_no_mention() -> None:
    from invented import surfaces

    assert "和政" not in surfaces("他们把党和政府的关怀送到群众家中。")
    assert "深圳" in surfaces("记深圳特区战疫一线。")


def test_a_citys_peoples_organization_is_one_of_its_organs() -> None:
    from mobilization.places.selves import _bare_organs

    assert _bare_organs("近日，市红十字会负责同志带队走访慰问困难群众，市总工会、市妇联参与。", []) == {"市": 3}
    text = ("市红十字会：组织开展春节送温暖活动\n"
            "近日，市红十字会负责同志分别带队到泰山区、岱岳区走访慰问困难群众，把党和政府的关爱送到群众家中。"
            "全市各县市区也陆续开展送温暖活动。\n信息来源：泰安市卫健委\n")
    assert code_and_name(text) == ("370900", "泰安市")


def test_a_township_whose_name_begins_with_zhou_is_no_organ_of_an_unnamed_prefecture() -> None:
    text = ("宾川县中医医院深入挂钩村开展走访慰问活动\n来源：云南省中医药学会\n"
            "1月20日，宾川县中医医院联合州城镇武装部、州城镇前所村委会开展义诊活动，"
            "志愿者深入州城镇前所村委会清扫道路。宾川县中医医院将持续开展挂钩帮扶。\n")
    assert code_and_name(text) == ("532924", "宾川县")
