"""Round r42 (sixteenth session): a county picked with a strong naming that is only part of its prefecture's story is
said medium, not high (docs/rounds/r42.md). Reports we invented.

Two signals: the city's own release naming one of its counties while the city itself goes unnamed (市委, 全市 speak);
and a second county of the same prefecture visited as a scene, its villages counted (某县3个村).
"""
from __future__ import annotations

from tests.invented import place


def test_a_county_in_the_citys_own_release_the_city_unnamed_is_not_high() -> None:
    # the city's organs act (市委、市政府, 全市, 我市); a leader visits villages of one 县; the city is never named
    text = ("今年入夏以来，我市持续高温少雨，市委、市政府高度重视，市防汛抗旱指挥部启动抗旱应急响应。"
            "在襄汾县，王某某先后来到某某镇某某村、某某乡某某村查看旱情，询问群众用水情况。"
            "襄汾县积极组织，部门联动，全县已完成灌溉面积一万亩。王某某强调，全市各级各部门要加强领导，"
            "确保全市秋粮生产。\n")
    g = place(text)
    assert g.name == "襄汾县"
    assert g.confidence == "medium"


def test_a_second_county_of_the_city_visited_with_its_villages_counted_makes_the_pick_not_high() -> None:
    # a leader tours flood damage in two counties of one city: 某县N个村, then the other county's villages
    text = ("某某查看了双辽市3个村的受灾情况，随后在市委常委某某陪同下，到铁东区某某镇某某村、某某村踏查，"
            "了解铁东区村党组织在抗洪中的作用。铁东区某某村党支部提前组织群众转移，铁东区干部冲在一线。"
            "他说，四平市农村基层党组织经受住了考验。\n")
    g = place(text)
    assert g.name == "铁东区"
    assert g.confidence == "medium"


def test_a_countys_own_story_with_the_city_named_and_speaking_stays_high() -> None:
    # guard: the county acts through its own organs, and the city that speaks is named: nothing doubtful
    text = ("襄汾县抗旱保苗\n"
            "临汾市委、市政府部署抗旱后，襄汾县委、县政府迅速行动，全县组织各部门开展抗旱。"
            "襄汾县某某镇打井十眼，襄汾县已完成灌溉面积一万亩。\n")
    g = place(text)
    assert g.name == "襄汾县"
    assert g.confidence == "high"
