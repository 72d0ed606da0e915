"""Round q21c (eighth session): the codebook's eighth-session category lines (remains found, facilities built,
posts set up or covered, wards, applicants), pinned on small reports written for this test (docs/rounds/q21c.md).
Cases marked `was …` gave something else before the round; the others pin what the new rules leave alone.
"""
from __future__ import annotations

import pytest

from invented import category


@pytest.mark.parametrize("text, part, expected", [
    # remains and the dead FOUND or recovered by a search are its reach, coverage; the toll stays other
    ("截至昨日,救援队已寻获12名遇难者,仍有3人失联。", "12名遇难者", "coverage"),           # was other
    ("搜救人员已搜寻到遗体6具,其余人员仍在搜寻中。", "6具", "coverage"),                 # was other
    ("消防官兵在废墟中发掘出9具遗体。", "9具遗体", "coverage"),                          # was other
    ("已找到三具遇难渔民遗体。", "三具遇难渔民遗体", "coverage"),                        # was other
    ("塌方已造成遇难者12人。", "12人", "other"),
    ("截至目前,遇难人数上升至12人。", "12人", "other"),
    ("仍有3人失联。", "3人", "other"),
])
def test_remains_found(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # facilities built, rebuilt or under construction are activity, whatever they do once built
    ("全县建成8个乡镇综合养老服务中心。", "8个乡镇综合养老服务中心", "activity"),        # was organization
    ("改扩建城关小学等3所学校,新增学位900个。", "3所学校", "activity"),                   # was organization
    ("全市建成5G基站320个。", "基站320个", "activity"),                                # was coverage
    ("全县46个安置点已全部开工。", "46个安置点", "activity"),                          # was organization
    ("全省共建成集中安置点52个、住房1.2万套。", "集中安置点52个", "activity"),         # was organization
    ("全省共建成集中安置点52个、住房1.2万套。", "住房1.2万套", "activity"),             # was supplies
    ("全县建起12座大棚。", "12座大棚", "activity"),                                     # was not activity
    # hospitals, outlets and institutions counted by 家 stay organizations once built; units set up too
    ("新改扩建4座方舱医院。", "4座方舱医院", "organization"),
    ("全省已建成600多家助农工坊,带动农民就业。", "600多家助农工坊", "organization"),
    ("建设9个扶贫电商网点。", "9个扶贫电商网点", "organization"),
    ("建立社区服务站30个。", "社区服务站30个", "organization"),
    ("全县新建党支部12个。", "党支部12个", "organization"),
    ("帮助县医院新建临床专科40个。", "40个", "organization"),
    ("建成6个示范村。", "6个示范村", "coverage"),
])
def test_facilities_built(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # posts, stations and wards set up, opened or staffed are units, organization; guarded, taken over, supplied or
    # worked in, they are places reached, coverage
    ("我们全镇16个检查点,每天早上上报值班情况。", "16个检查点", "organization"),          # was coverage
    ("老李负责三个送水点。", "三个送水点", "organization"),                             # was coverage
    ("该方舱医院曾经有12个病区。", "12个病区", "organization"),                         # was coverage
    ("防疫组在镇上5个安置点开展消杀。", "5个安置点", "organization"),
    ("志愿者给5个安置点送去物资。", "5个安置点", "coverage"),
    ("活动在全省9个据点同时举办。", "9个据点", "organization"),
    ("医疗队整建制接管2个重症病区。", "2个重症病区", "coverage"),
    ("民兵日夜值守8个卡口。", "8个卡口", "coverage"),
    ("全县设立了20个防控卡点。", "20个防控卡点", "organization"),
    ("全县46个安置点已全部开工。", "46个安置点", "activity"),
    ("在山坡上找到了一个较小的起火点。", "一个较小的起火点", "coverage"),
])
def test_posts_set_up_or_covered(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # people who apply for aid are reached and checked by the scheme, coverage; people a noun marks as reached who
    # are chosen (for a grant) stay reached; people chosen to serve stay personnel
    ("后来又有25名学生申请资助。", "25名学生", "coverage"),                              # was personnel
    ("最终选定90名学子。", "90名学子", "coverage"),                                     # was personnel
    ("最终选定20人前往社区。", "20人", "personnel"),
    ("选拔30名党员。", "30名党员", "personnel"),
    ("组织1000名群众参加义务劳动。", "1000名群众", "personnel"),
])
def test_applicants_and_chosen(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # a place's own population is its description, other; so is a part of it after 其中, with no verb of its own
    ("该村共有8个村民组,人口1136人,312户。", "人口1136人", "other"),                    # was coverage
    ("该市总面积5007平方公里,人口149万人。", "人口149万人", "other"),                  # was coverage
    ("全村共310户1237人,其中脱贫户50户154人。", "脱贫户50户", "other"),                # was coverage
    ("全村共310户1237人,其中脱贫户50户154人。", "154人", "other"),                     # was coverage
    ("帮助脱贫户30户发展产业。", "脱贫户30户", "coverage"),
    ("转移群众1200人,其中老人300人。", "老人300人", "coverage"),
    ("受灾10万人,其中转移安置2万人。", "2万人", "coverage"),
    ("惠及人口3万人。", "人口3万人", "coverage"),
])
def test_population_described(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # the groups a village is divided into are places: before a count of people harmed, they are where the harm is
    ("受寒潮影响,某县6个乡镇90个村小组3000户8000人受灾。", "90个村小组", "other"),         # was organization
    ("受寒潮影响,某县6个乡镇90个村小组3000户8000人受灾。", "6个乡镇", "other"),           # was coverage
    ("成立5个党员小组。", "5个党员小组", "organization"),
    # people brought out of danger or transferred for care, said right after their count: reached
    ("救援船赶到,使得船上3名被困渔民化险为夷。", "3名被困渔民", "coverage"),              # was other
    ("其中12名重伤员已转送到市级医院治疗。", "12名重伤员", "coverage"),                  # was other
    ("救援人员表示被埋的20人生还希望渺茫。", "20人", "other"),
])
def test_places_harmed_and_people_rescued(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # the toll: an adverb between the harm and its count, a 户 count listed before the people harmed, the parts of
    # a toll after 其中
    ("此次雪灾受灾人口已达到2100户、7300人,其中有300户900人取暖困难。", "2100户", "other"),   # was coverage
    ("此次雪灾受灾人口已达到2100户、7300人,其中有300户900人取暖困难。", "7300人", "other"),   # was coverage
    ("此次雪灾受灾人口已达到2100户、7300人,其中有300户900人取暖困难。", "300户", "other"),    # was coverage
    ("暴雪造成5个嘎查村的800户、2600名牧民受灾。", "800户", "other"),
    ("受灾群众已转移3000人。", "3000人", "coverage"),
    ("走访300户、1000名群众受益。", "300户", "coverage"),
])
def test_toll(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # a screening given to the people after 为 is a service given: they are reached
    ("该县为800名入境人员做了核酸检测。", "800名入境人员", "coverage"),                  # was personnel
    ("医院为300名党员进行核酸检测。", "300名党员", "coverage"),                         # was personnel
    ("为200名志愿者做了培训。", "200名志愿者", "personnel"),
])
def test_screening_given(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # stations of transport and measurement are a place's infrastructure where a drive is held, not posts set up
    ("铁路公司分别于总公司及沿线11个车站启动巡回募血。", "11个车站", "coverage"),          # was organization
    ("全市共有9个客运站实行进站测温。", "9个客运站", "coverage"),                        # was organization
    ("全县设立12个检查站。", "12个检查站", "organization"),
])
def test_stations_of_a_place(text, part, expected):
    assert category(text, part) == expected
