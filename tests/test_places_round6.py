"""Place rules added in round 6 (development corpus P): short reports written for these tests."""
from __future__ import annotations

import pytest

from mobilization.places import Zone, detect_place, find_hits, resolve
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str):
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


@pytest.mark.parametrize("text, code", [
    # a breadcrumb above the headline is navigation, and 频道 after a name is the outlet's channel
    ("人民網>>內蒙古頻道>>內蒙古:共同戰疫\n杭錦旗:黨員沖在前\n2021年11月02日 來源:人民網-內蒙古頻道\n"
     "杭錦旗委部署防控工作。全旗各鎮設卡點。\n", "150625"),
    # 全旗 speaks of the one banner the text names
    ("左旗:防控一线党旗红\n时间:2020/2/3 18:10:21\n巴林左旗党员干部冲在前，全旗各级党组织行动起来。\n", "150422"),
    # 我市 / 全市 with the city named only by its newspaper (and a district named once in the body)
    ("市直机关党员下沉社区\n曾都区发现一例无症状感染者，我市迅速行动。市直单位在全市率先完成检测，"
     "随州日报社突击队赶到社区。\n", "421300"),
    # 和政治 (and politics) holds no 和政县; 我县 and 全县 then name the one county
    ("企业复工复产党员当先锋\n我县非公企业党组织发挥政治核心和政治引领作用，全县51家企业复工。\n"
     "职工向郁南县慈善会捐款。\n", "445322"),
    # a special district's short form (六枝特区 → 六枝), like 林区 (神农架)
    ("六枝：党员突击队抗洪\n六枝特区党员干部连夜转移群众。\n", "520203"),
    # a bureau of the city acts for it (not 甘肃省, named once as a partner)
    ("防震减灾知识进社区\n兰州市地震局会同甘肃省地震局开展宣传。兰州市地震局党员讲解自救知识。\n", "620100"),
    # the city that sends a team (庆阳市驰援兰州) is the actor; 兰州 is where it went
    ("市中医医院医护人员出征\n我院医护人员集结出征，庆阳市驰援兰州核酸采样队今晨出发，奔赴兰州。\n", "621000"),
    # laws and plans cited in 《》 name their issuers, not the unit (half weight); 中华人民共和国 holds no 共和县
    ("地震应急预案\n依据《中华人民共和国防震减灾法》《安徽省地震应急预案》《六安市地震应急预案》，结合我县实际制定。\n"
     "本预案适用于我县行政区域，由县抗震救灾指挥部和武警霍邱中队负责，全县各乡镇落实。\n", "341522"),
    # a short form shared by a city and the prefecture around it: the one named in full elsewhere
    # a one-character-stem county after the Party's 中共 (中共宁县县委组织部 in the author's unit)
    ("党员冲在防汛一线\n某某镇党委组织党员巡堤查险。\n（作者单位：中共宁县县委组织部）\n", "621026"),
    # Hong Kong as the destination of a city's team is not the report's place
    ("深圳施工队驰援香港\n深圳市组织施工队伍驰援香港，建设方舱医院。\n", "440300"),
    ("新疆塔城某某村:抗击疫情,我们在行动!\n中国网讯(通讯员张三报道)2020年7月,疫情突袭乌鲁木齐,新疆塔城市委、"
     "市政府采取防控措施。\n驻扎在塔城市各村的工作队员们不畏艰险。\n", "654201"),
])
def test_round6_place(text, code):
    assert place(text).code == code


def test_national_agency_dateline_city_is_not_the_place():
    g = place("新华社北京3月12日电 题:基层党组织投入复工复产\n各级党组织和广大党员冲锋在前，推动复工复产。\n")
    assert g.code == ""


def test_national_outlet_naming_one_village_as_its_example():
    g = place("奋战在脱贫一线的村党支部书记\n2018-11-25 16:26 来源：新华社\n党的十八大以来，在全国12.8万个贫困村中，"
              "村党支部书记冲锋在前。\n贵州省罗甸县某某村所处的地方，被称为天坑。\n")
    assert g.code == ""


def test_mongolian_place_names_hold_no_short_form():
    z = [Zone(0, 40, "body")]
    codes = [c for _, c in resolve(find_hits("扎鲁特旗巴彦塔拉苏木党员值守卡点", z))]
    assert codes == ["150526"]


def test_a_line_with_a_sentence_is_no_byline():
    from mobilization.places import _line_kind
    assert _line_kind("记者来到某某村。村民正在大棚里劳动。", True, "") == "body"
    assert _line_kind("（记者 张三 通讯员 李四）", True, "") == "source"
