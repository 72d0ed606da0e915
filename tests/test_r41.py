"""Round r41 (sixteenth session): places and dates read from reports we invented (docs/rounds/r41.md).

BU's errors and AG 027's wrong high by general cause: a division named with its parts one by one (某地区各县) frames a
roundup; a prefecture's leader touring a list of its counties; provinces listed after 来自 as origins; an activity held
at a venue in one county, its organisers named after higher divisions; an e-paper's issue date past the page's head.
"""
from __future__ import annotations

from tests.invented import code_and_name, date_of, place


def test_a_prefecture_named_with_its_counties_one_by_one_frames_the_roundup_not_one_countys_village() -> None:
    # the reporters go through the prefecture's counties; one stationed team is their example (AG 027's kind)
    text = ("走进新疆驻村工作队\n"
            "在新疆，许多干部每年都有一段时间住在村里，白天走家串户，晚上整理台账。驻村工作已经进入第五个年头，"
            "工作队给村里带来了哪些变化？带着这个问题，记者走访喀什地区各县，看一看驻村工作队的日常。\n"
            "莎车县是著名的巴旦木之乡。位于莎车县的恰尔巴格乡某某村有三百多户人家，来自喀什地区人民医院的六名"
            "队员在这里驻村。2月15日上午，我们来到该村村委会，这里也是喀什地区人民医院驻村工作队的办公地。\n")
    assert code_and_name(text) == ("653100", "喀什地区")
    assert place(text).confidence != "high"


def test_a_prefectures_secretary_touring_a_list_of_its_counties_is_the_prefectures_story() -> None:
    # 市委书记深入甲市、乙县和丙县: the city's tour through its parts, none of which acts
    text = ("某某检查秋冬森林防火工作\n"
            "10月9日，宜昌市委书记某某深入当阳市、远安县和兴山县检查森林防火。\n在当阳市某某林场，他察看了瞭望塔。"
            "在远安县某某镇，他听取了防火汇报。随后来到当阳市某某管护站，又在当阳市某某检查站察看值守。在远安县"
            "某某林区，他要求压实责任。当阳市某某村的护林员汇报了巡山情况。\n")
    assert code_and_name(text) == ("420500", "宜昌市")


def test_provinces_listed_after_laizi_are_the_partners_homes_when_the_county_acts() -> None:
    # the county's own party committee acts; the provinces are where its partners come from
    text = ("我要买房家居装修租房转铺亲子营车友会\n"
            "互动论坛\n\n"
            "近年来，临夏县委、县政府与来自浙江、江苏、福建等地的商会签订协议，临夏县先后组织多批务工人员外出学艺。"
            "临夏县籍务工人员在外开店三千余家，临夏县的面点师傅成了致富带头人。\n")
    assert code_and_name(text) == ("622921", "临夏县")


def test_an_activity_held_at_a_venue_in_one_county_is_the_countys() -> None:
    # the province and the city are named only in the organisers' own names
    text = ("5月12日，“健康同行”基层行——河南省护理学会基层护理能力提升活动在林州市人民医院举办。"
            "来自安阳职业技术学院等单位的专家开展授课、义诊。\n")
    assert code_and_name(text) == ("410581", "林州市")


def test_an_epapers_issue_date_on_its_readers_bar_past_the_head() -> None:
    # the reader lists the page's headlines first; the date stands beside its zoom controls
    page = ("第03版:要闻\n上一版  下一版\n" + "".join(f"某某新闻标题第{n}条\n" for n in range(1, 14))
            + "版面导航\n下一篇 2019年4月8日 放大 缩小 默认\n\n某县党员干部植树造林\n"
            "本报讯 连日来，某县组织党员干部上山植树，栽下树苗两万余株，绿化荒山五百亩，群众纷纷参与。\n")
    assert date_of(page) == "2019-04-08"


def test_an_epapers_labelled_issue_date_not_the_viewing_day() -> None:
    page = ("top\n第A05版:社区 上一版  下一版\n" + "".join(f"某某社团活动第{n}则\n" for n in range(1, 14))
            + "今日日期: 2025年3月2日星期日\n當前報紙日期:\n2021 11月5日 星期\n\n某社团义工探访长者\n"
            "【本报消息】某社团组织义工探访独居长者，送上慰问品，了解长者生活所需，长者们十分感动。\n")
    assert date_of(page) == "2021-11-05"

