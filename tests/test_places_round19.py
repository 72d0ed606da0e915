"""Round 19 of the place detector (AE opened): where a name found in a text is no mention of the story's place.

Three rules a reader of Chinese news would state without any corpus, on small invented reports:
- a short form is no mention where it is the tail of a longer name the text uses: a township's name without its
  suffix (独龙江, the river and the township of 独龙江乡, holds 龙江), a river by its bank (工作在怒江边), a
  mountain or a road (高黎贡山, 盘山公路);
- a person's origin (我来自江西新余, 他的老家在, 籍贯) is not the story's place; a work unit after 来自 is a sender;
- a place inside the name of an honour or prize (“广东省中学生志愿服务示范校”, 荣获全省优秀共产党员称号) is the
  honour's level, and the one who confers it (被共青团广东省委员会命名为) is no actor of the story.
And one that follows round 18's level principle: a township's own command post (新泉乡疫情防控指挥部) is its
government acting, and the one county that so acts keeps its townships as its mentions.
"""
from __future__ import annotations

from invented import code_and_name, surfaces



def test_a_short_form_ending_a_townships_bare_name_is_no_mention() -> None:
    assert surfaces("我们驻村扶贫在独龙江畔。烟雨中的独龙江，雨雾朦胧。") == []
    # a name before it keeps both (黑龙江龙江县: the province, then its county)
    assert surfaces("黑龙江龙江县党员下沉") == ["黑龙江", "龙江县"]


def test_a_river_by_its_bank_is_no_division() -> None:
    assert surfaces("她工作在怒江边，伴着怒江的激流进村。") == []
    assert surfaces("怒江州委部署防汛，黑龙江边境管控") == ["怒江州", "黑龙江"]


def test_a_mountain_and_a_mountain_road_are_words() -> None:
    assert surfaces("顺着盘山公路蜿蜒向上，穿越高黎贡山隧道。") == []


VALLEY = ("驻村扶贫的日子\n"
          "我们驻村扶贫在独龙江畔。烟雨中的独龙江，雨雾朦胧，独龙江的水声入耳。\n"
          "贡山县独龙江乡某某村党支部组织党员修路，干部进村入户。\n")


def test_a_county_story_in_a_valley_named_like_another_county() -> None:
    assert code_and_name(VALLEY) == ("533324", "贡山独龙族怒族自治县")


def test_a_persons_origin_is_not_read() -> None:
    assert surfaces("“我来自江西新余，这里是我的第二个家。”她说。") == []
    assert surfaces("他的老家在会东县，籍贯四川。") == []
    # 回到家乡: where they are now; 来自 a work unit: the sender; 来自 after no person: a team's sender
    assert surfaces("他回到家乡芦溪县参加防疫。他们来自黄石市机关事务管理局。来自宕昌县的医生") == ["芦溪县", "黄石市", "宕昌县"]


ORIGIN = ("大学生志愿者冲在防疫一线\n"
          "“我来自江西新余，萍乡是我的第二个家。”近日，在新泉乡疫情防控指挥部门口，大学生志愿者某某说。\n"
          "今年9月，她来到芦溪县新泉中心学校实习。连日来，新泉乡号召党员就地转为志愿者，新泉乡的230余名党员到村报到。\n")


def test_a_volunteers_home_town_does_not_decide_and_the_township_that_acts_does() -> None:
    assert code_and_name(ORIGIN) == ("360323", "芦溪县")


def test_an_honour_and_its_giver_are_not_read() -> None:
    text = "该校被共青团广东省委员会命名为“广东省中学生志愿服务示范校”。她荣获全省优秀共产党员称号。"
    assert surfaces(text) == []
    # a province acting, and a quoted brand that is no honour, stay
    assert surfaces("广东省委部署防疫，“山东老兵”志愿服务队出发") == ["广东省", "山东"]


HONOUR = ("志愿服务示范校风采\n"
          "为发挥“广东省中学生志愿服务示范校”的引领作用，团市委推出“广东省中学生志愿服务示范校”风采展示栏目。\n"
          "去年，潮安区某某中学被共青团广东省委员会认定命名为“广东省中学生志愿服务示范校”。\n"
          "学校志愿者服务队参与潮安区垃圾分类宣传活动，开展关爱老人活动。\n")


def test_a_schools_story_is_not_the_province_of_its_honour() -> None:
    assert code_and_name(HONOUR) == ("445103", "潮安区")


def test_round18s_county_story_with_another_countys_member_stays_the_countys() -> None:
    # round 18's speech guard, now that a member's home (老家在兴国县长冈乡) is no longer read: a member from another
    # county's township, named as such, is still no second scene while the county's government speaks
    text = ("党员冲在抗洪一线\n"
            "6月以来，赣州市遭遇持续强降雨。县委、县政府连夜部署，于都县银坑镇党员突击队守在堤上。\n"
            "县里调来冲锋舟，于都县的党员干部转移群众。兴国县长冈乡的队员某某三天没有回家。\n")
    assert code_and_name(text) == ("360731", "于都县")
