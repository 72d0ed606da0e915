"""Round r43 (seventeenth session): the errors left on the opened place corpora, by kind (docs/rounds/r43.md).
Reports and sentences we invented.

- a street office written by the street's own name (北街办事处 for 北街街道), and a township whose own office acts
  keeps its county over the city's 我市;
- a place between a verb of going and a word of work (到拉萨就业) is where people go for jobs, a destination;
- the account that posted a page (专业号:某县林草局) and a place right after a post's clock time are the poster's.
"""
from __future__ import annotations

from mobilization.places import Zone, find_hits, find_townships

from tests.invented import place, surfaces


def _townships(text: str) -> list[tuple[str, tuple[str, ...]]]:
    zones = [Zone(0, len(text), "body")]
    return [(h.surface, h.codes) for h in find_townships(text, zones, find_hits(text, zones))]


def test_a_street_office_named_by_the_streets_own_name_is_the_street() -> None:
    # 北街办事处 is 北街街道's office: the street's own name ends in 街 (the list has 北街街道, and 建北街道 too)
    found = _townships("机关干部到结对共建北街办事处某某社区开展入户宣传。")
    assert [s for s, _ in found] == ["北街"]
    assert "140502" in found[0][1]


def test_a_street_whose_suffix_is_cut_keeps_its_name() -> None:
    # guard: 兴南街某某社区 is 兴南街道 with its suffix cut, as before (not a street 南街 of another county)
    assert _townships("南开区兴南街某某社区开展活动。") == [("兴南街", ("120104",))]


def test_a_street_office_at_work_is_its_districts_story_though_the_city_speaks() -> None:
    # 我市 names the city's snow; the street's own office acts: a street story, its district's
    g = place("我市迎来一场大雪，道路结冰。中同街办事处迅速行动，组织社区干部和党员志愿者清扫积雪。\n")
    assert g.name == "卫滨区"


def test_where_villagers_go_to_work_is_a_destination() -> None:
    text = ("驻村工作队助力群众增收\n"
            "八宿县各驻村工作队帮助群众增收。某某村工作队帮助村民某某到拉萨就业，某某村工作队组织村民外出务工。\n")
    zones = [Zone(0, len(text), "body")]
    assert [(h.surface, h.dest) for h in find_hits(text, zones)] == [("八宿县", False), ("拉萨", True)]
    assert place(text).name == "八宿县"


def test_the_account_that_posted_a_page_is_not_the_story() -> None:
    # a platform's account label before the account's name, and an unlabelled location after a post's clock time
    assert "云龙县" not in surfaces("专业号:云龙县林草局 2025/1/9 16:36:35\n")
    assert "北京" not in surfaces("某某防火 2024年12月31日 16:02 北京\n")
    assert "北京市" in surfaces("16:02 北京市民政局发布通知。\n")


def test_the_originals_time_in_a_copied_pages_template_wins_over_the_mirrors_stamp() -> None:
    # the codebook (seventeenth session): a mirror's labelled stamp and the original's time left in the template
    from mobilization.dates import detect_date
    from mobilization.places import zones_of
    from mobilization.repair import repair

    text = ("某某网首页 > 资讯 > 某某乡走出一批大学生\n\n某某乡走出一批大学生\n\n"
            "文章编辑:某某网  时间:2016-05-17 09:09:20 浏览:\n\n"
            "2016-03-26 10:36:00{#Index}新闻null/enpproperty-->\n\n"
            "某某日报讯 3月25日，记者在某某乡采访时了解到，全乡近年来有两百多人从大学毕业，乡党委组织党员结对助学。\n")
    rep = repair(text)
    assert detect_date(rep.text, zones_of(rep, rep.text)).date == "2016-03-26"


def test_the_headline_stands_right_above_its_publication_time_under_a_sites_links() -> None:
    # a portal's links to other stories stand above the story; its own headline is the line over 发布时间
    from mobilization.places import zones_of
    from mobilization.repair import repair

    text = ("某某论坛开幕 多国嘉宾出席\n深入学习贯彻全会精神的有效途径\n某某路上谱新篇|某某村的明白账\n\n"
            "石阡县某某镇专职消防队扑灭山火 邻村群众送锦旗\n\n发布时间:2019-05-10  来源:某某新闻网\n\n"
            "本网讯 5月3日，石阡县某某镇专职消防队接到报警，赶赴邻近的思南县某某镇某某村扑救山火，连续奋战六个小时。"
            "近日，村两委代表送来锦旗表示感谢。\n")
    rep = repair(text)
    titles = [rep.text[z.start:z.end] for z in zones_of(rep, rep.text) if z.kind == "title"]
    assert titles == ["石阡县某某镇专职消防队扑灭山火 邻村群众送锦旗"]


def test_hong_kongs_own_press_speaking_of_the_whole_territory_is_hong_kong() -> None:
    # 全港 (like 全市) marks a Hong Kong story; 大埔 there is Hong Kong's district, not Guangdong's 大埔县
    text = ("社区团体向安老院舍送抗疫物资\n"
            "疫情持续，全港18区多间院舍物资紧缺。全港某某联盟发起行动，义工把口罩和检测包送到大埔、沙田等区的院舍，"
            "又到大埔某某学校派发物资。\n")
    g = place(text)
    assert (g.code, g.reason) == ("", "Hong Kong (no census division)")
