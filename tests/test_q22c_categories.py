"""Round q22c (ninth session): category kinds common to the opened corpora (docs/rounds/q22c.md): institutions aid
reaches, students reached unless they act, schools, facilities put up, places a disaster hit, teams named after 的,
cases treated, things a measure halts. Every sentence is invented for this test.
Cases marked `was …` gave something else on the round's starting commit; the others pin what the rules leave alone.
"""
from __future__ import annotations

import pytest

from invented import category


@pytest.mark.parametrize("text, part, expected", [
    # an institution that a verb of aid or of handing over takes as its object is reached (coverage)
    ("基金会捐款予20家本地慈善机构。", "20家本地慈善机构", "coverage"),                         # was organization
    ("省内30家三级医院对口支援西部25家县级医院。", "25家县级医院", "coverage"),                 # was organization
    ("省内30家三级医院对口支援西部25家县级医院。", "30家三级医院", "organization"),
    ("月饼分送给县内3家养老机构、6家儿童福利机构及2家残障机构。", "6家儿童福利机构", "coverage"),  # was organization
    ("月饼分送给县内3家养老机构、6家儿童福利机构及2家残障机构。", "2家残障机构", "coverage"),      # was organization
    ("防疫物资送往全市9家区级医院。", "9家区级医院", "coverage"),                               # was organization
    # not the doers of a relative clause, nor teams reinforcing the hospitals they work in
    ("参与帮扶的12家企业共捐款50万元。", "12家企业", "organization"),
    ("医疗队共支援当地9所方舱医院。", "9所方舱医院", "organization"),
    # jobs offered reach the people given work
    ("招聘会为退役军人提供工作岗位860个。", "工作岗位860个", "coverage"),                       # was organization
])
def test_institutions_reached(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # students are people reached unless they act
    ("地震后,该校600多名学生也正式复课。", "600多名学生", "coverage"),                          # was personnel
    ("今年基金会帮扶各类学生1500人。", "各类学生1500人", "coverage"),                          # was personnel
    ("全市2万多名大学生组成300支服务队。", "2万多名大学生", "personnel"),
    ("28名学生发出倡议并带头捐款。", "28名学生", "personnel"),
    ("6000名大学生开展暑期支教服务。", "6000名大学生", "personnel"),
    ("向30名学生捐款5万元。", "30名学生", "coverage"),
    # schools are places reached unless they act
    ("基金会选定6所乡村学校,向学生送上开学物资。", "6所乡村学校", "coverage"),                # was organization
    ("已有40间学校响应参与。", "40间学校", "organization"),
    # veterans at a job fair are the people it reaches
    ("800多名退役士兵应聘。", "800多名退役士兵", "coverage"),                                  # was personnel
])
def test_students_schools_veterans(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # places a disaster hit are its scale
    ("一场地震震动了全省5县30乡。", "5县", "other"),                                            # was coverage
    ("强台风袭击了沿海12个县。", "12个县", "other"),                                             # was coverage
    ("此次洪灾重灾区8个县共有300所学校受灾。", "8个县", "other"),                               # was coverage
    ("上游等6县市出现暴雨。", "6县市", "other"),                                                # was coverage
    ("据初步统计,发放慰问金前初估3村共800户受灾。", "3村", "other"),                            # was coverage
    ("据初步统计,发放慰问金前初估3村共800户受灾。", "800户", "other"),                          # was coverage
    # places the response goes to stay reached
    ("救援队赶赴灾区4个乡镇。", "4个乡镇", "coverage"),
    ("6县市出现新变化。", "6县市", "coverage"),
])
def test_places_hit(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # a team named after 的 is made of the people counted
    ("这次还来了40人的省疾控中心流调溯源工作队。", "40人", "personnel"),                       # was other
    ("各省派出近2000人的核酸检测队伍。", "近2000人", "personnel"),                              # was coverage
    # a verb of the response between a word of harm and the count: the harm is the occasion
    ("两个村民小组山体滑坡共组织救援力量600余人开展搜救。", "600余人", "personnel"),          # was other
    ("山体滑坡造成6人受伤。", "6人", "other"),
    # cases treated are the patients served; cases of the toll stay other
    ("医院累计收治560例,出院410例。", "560例", "coverage"),                                     # was other
    ("医院累计收治560例,出院410例。", "410例", "coverage"),                                     # was other
    ("全省累计确诊病例560例。", "560例", "other"),
])
def test_people_in_the_clause(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # facilities put up are built; tents pitched stay goods
    ("灾区计划搭建板房800间。", "板房800间", "activity"),                                       # was supplies
    ("消防员共搭建帐篷50顶、排危除险30处。", "帐篷50顶", "supplies"),
    # what a preventive measure halts is its reach
    ("全省12条客运航线停航。", "12条客运航线", "coverage"),                                     # was other
    # stoves and nozzles are goods
    ("卡车运来300个煤炉。", "300个煤炉", "supplies"),                                           # was other
    ("战斗员携带两支水枪进入火场。", "两支水枪", "supplies"),                                   # was organization
    ("县里派出3支医疗队。", "3支医疗队", "organization"),
])
def test_things(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    # bare counts of people listed under a numbered heading of screening are the people screened
    ("一、返乡人员摸排情况\n1、外省返回86人,共计120人。\n二、卡点布置情况\n全镇设卡点12个。", "86人", "coverage"),   # was other
    ("一、返乡人员摸排情况\n1、外省返回86人,共计120人。\n二、卡点布置情况\n全镇设卡点12个。", "120人", "coverage"),  # was other
    ("一、卡点布置情况\n全镇共有86人。", "86人", "other"),
])
def test_screening_section(text, part, expected):
    assert category(text, part) == expected
