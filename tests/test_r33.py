"""Round r33 (eleventh session): places read from reports we invented (docs/rounds/r33.md)."""
from __future__ import annotations

from tests.invented import code_and_name


def test_a_districts_team_named_after_its_city_posted_in_another_citys_town_is_the_towns_county() -> None:
    # 广州 only says which 越秀区: the team is the district's street office and bureaus, sent to another city's town.
    # Round 33 gave the sender (越秀区). The codebook's line of 2026-12-07 gives help stationed in a town (a
    # 驻镇帮扶工作队) the town's county whoever sent it (G 024 and AS 021, the same kind, relabelled); round r39 reads
    # the site from the verb of stationing (驻英德大站镇), so the town's county stands now.
    text = ("镇里来了帮扶工作队\n"
            "入秋后的英德依旧炎热。一群戴草帽的人在英德大站镇的田里帮农户收割。\n"
            "这些新面孔，正是由广州越秀区北京街道、区人大办、区教育局组成的驻英德大站镇帮扶工作队。\n"
            "队长李明来自广州越秀区北京街道农办，此次选派驻村，他带队员走访大站镇各村。\n"
            "大站镇位于英德市中部，距英德市城区二十公里。\n")
    assert code_and_name(text) == ("441881", "英德市")


def test_a_zones_team_is_no_citys_team() -> None:
    # 漳河新区 is a zone of 荆门市 with no census code: its committee's first secretaries work in 东宝区, the scene
    text = ("新任第一书记到村报到\n"
            "3月2日，湖北省荆门市漳河新区党工委副书记王林带领选派的4名第一书记到东宝区仙居乡李家村、仙居乡杨家村报到。\n"
            "王林一行先后同仙居乡李家村、仙居乡杨家村负责同志见面，了解村情。\n")
    assert code_and_name(text) == ("420802", "东宝区")


def test_a_citys_own_bureau_stationing_its_people_gives_the_villages_county() -> None:
    # 林芝市公安局 stations its first secretary in a village of 墨脱县: the codebook (2026-12-07, round r38) gives
    # stationed help the village's county whoever sent it; round 33 kept the city
    text = ("第一书记带村民修路\n"
            "林芝市公安局选派民警张强，派驻墨脱县格林村任第一书记，带领村民修通了进村公路。\n"
            "格林村村民说，路通了，日子好了。\n")
    assert code_and_name(text) == ("540423", "墨脱县")


def test_a_firm_named_after_its_province_again_and_again_is_one_firm() -> None:
    # 广东华信集团 is one firm however often it is named: the story is the district where its volunteers work
    text = ("党员志愿者支援社区核酸采样\n"
            "近日，江门市蓬江区潮连街道开展全员核酸检测。接到街道招募需求后，广东华信集团党委发动员工报名。\n"
            "4月11日，广东华信集团首批12名党员到潮连街道协助采样。\n"
            "截至4月14日，广东华信集团共30人次参与服务。\n"
            "广东华信集团团委书记说，大家都很自豪。\n")
    assert code_and_name(text) == ("440703", "蓬江区")


def test_a_charity_named_after_its_city_is_not_the_citys_story() -> None:
    # 固原市宁南爱心公益社 (a private charity) at 原州区's home for the elderly: the city is the charity's registration,
    # named twice; with one mention of the district, an honest unknown rather than the city
    text = ("爱心公益社慰问敬老院老人\n"
            "8月11日，固原市宁南爱心公益社组织20名志愿者在原州区杨郎敬老院开展敬老活动。\n"
            "固原市宁南爱心公益社为老人准备了水果和牛奶。\n")
    assert code_and_name(text)[0] != "640400"


def test_the_place_a_flood_reaches_is_no_teams_destination() -> None:
    # 洪水到达 is the disaster reaching the county, whose own response the report tells, not a team sent there
    text = ("8月2日凌晨，上游枢纽下泄的洪水到达固安县牛驼镇分洪口，水势平稳。\n"
            "固安县及时启动应急响应，全力组织做好各项防范准备，组建800人的巡堤护堤队伍。\n")
    assert code_and_name(text) == ("131022", "固安县")


def test_a_team_arriving_is_still_sent_there() -> None:
    # guard: a medical team arriving in 武汉 from 宕昌县 is 宕昌县's story (passes before and after)
    text = ("宕昌县医疗队出征\n宕昌县委组织医疗队驰援湖北。2月10日，医疗队到达武汉市，投入救治工作。\n")
    assert code_and_name(text) == ("621223", "宕昌县")


def test_the_central_enterprises_story_is_national() -> None:
    # 中央企业 / 央企 are the state's own firms, sent by the centre: the county hit by the quake is their scene
    text = ("央企挺身抗震救灾\n"
            "地震发生后，中央企业再次吹响集结号，央企各级党组织迅速行动。\n"
            "央企作为国民经济的脊梁，在危难时刻挺身而出，挑起抗震救灾的重担。\n"
            "青川县发生6.2级地震后，各央企紧急调集通信车、油机和医疗队赶赴现场。\n")
    assert code_and_name(text) == ("", "")


def test_counted_provinces_sending_to_a_region_are_many_senders() -> None:
    # 全国12个对口支援省市: many provinces send experts; 西藏 is their destination, not a placeless sender's scene
    text = ("组团式医疗援藏十年\n"
            "全国12个对口支援省市的医院遴派专家组团式帮扶西藏各级医疗机构。\n"
            "十年来，为西藏培育本地医务人员5000余名。\n"
            "西藏卫生健康服务网络愈加完善，西藏群众就医更加方便。\n")
    assert code_and_name(text) == ("", "")


def test_a_volunteers_list_of_honours_names_no_place_of_the_story() -> None:
    # 曾获…、江西省抗洪先进义工、江西省…先进个人的李华: titles she holds, not the province acting
    text = ("社区党员志愿者24小时守护江堤\n"
            "近期暴雨不断，南昌市东湖区豫章街道沿江社区组织党员志愿者在江边值守点24小时轮班巡堤。\n"
            "社区党员、曾获中国红十字优秀志愿者、江西省抗洪救灾先进义工、江西省红十字会赴皖救灾先进个人的李华同志，"
            "带领志愿者巡查堤岸。\n")
    assert code_and_name(text) == ("360102", "东湖区")
