"""Round q26 (twelfth session): categories, on sentences written for this test (docs/rounds/q26.md). Cases marked
`was …` gave another category on the round's starting commit; the others pin what the new rules leave alone.
"""
from __future__ import annotations

import pytest

from invented import category


@pytest.mark.parametrize("text, part, expected", [
    ("这次换届登记选民4200人，实际参加投票3900人。", "3900人", "coverage"),           # was personnel
    ("全镇共有选民人数6100人，参加选举人数5800人，参选率95%。", "5800人", "coverage"),  # was personnel
    ("本次选举共有选民人数6100人，参加选举人数5800人。", "选民人数6100人", "other"),    # was coverage
    ("今年全省有近300万农民参加了换届选举。", "300万农民", "coverage"),                 # was personnel
    ("这次换届登记选民4200人，实际参加投票3900人。", "登记选民4200人", "other"),
    ("票站有600名登记选民，其中有520人投票。", "520人", "coverage"),
    ("参加投票选民480人。", "投票选民480人", "coverage"),
    ("会议选举产生新一届居委会成员15人。", "15人", "personnel"),
])
def test_voters_who_take_part_are_reached_the_electorate_is_other(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("今年修复水毁工程28处，整修山塘6口、拦河坝9座。", "工程28处", "coverage"),   # was activity
    ("今年修复水毁工程28处，整修山塘6口、拦河坝9座。", "山塘6口", "activity"),    # reinforced (CODEBOOK.md 2026-12-07, q30)
    ("台风来临前，全镇共加固渔排210个。", "210个", "activity"),                   # reinforced (CODEBOOK.md 2026-12-07, q30)
    ("今年改造灌溉渠18条，新建机耕道4条。", "灌溉渠18条", "activity"),              # was other
    ("今年新建山塘6口。", "山塘6口", "activity"),
    ("三年来新建村级服务中心4座36间,幸福院6座30间。", "幸福院6座", "activity"),      # was coverage
    ("安置点附近已打造产业基地45个。", "产业基地45个", "activity"),                  # was other
    ("新建安置点12个,转移群众3000人。", "群众3000人", "coverage"),
    ("电网改造、山塘整修等12个项目已全部落实。", "12个项目", "activity"),
    ("市里组建电力抢修队5支。", "抢修队5支", "organization"),
])
def test_works_repaired_are_reached_works_built_are_work_done(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("培训确保全区26个党组织覆盖到位。", "26个党组织", "coverage"),                  # was organization
    ("实现8600名党员全覆盖。", "8600名党员", "coverage"),                            # was personnel
    ("慰问组深入全县30余个企事业单位，送去防暑用品。", "30余个企事业单位", "coverage"),  # was organization
    ("划分“党员责任区”45个。", "45个", "coverage"),                                  # was organization
    ("视频系统共有3个主会场、900多个分会场。", "3个主会场", "organization"),          # was other
    ("分会场设在12个县委党校、180个乡镇党校。", "180个乡镇党校", "organization"),      # was coverage
    ("全县党员深入一线，组织20家企业复工。", "20家企业", "organization"),
])
def test_what_a_campaign_covers_or_goes_into(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("截至目前，个人累计捐款人数已达860余人。", "860余人", "personnel"),              # was other
    ("救出120人 失联人数降至40人", "40人", "other"),                                  # was coverage
    ("全省组建抢险机动队9支,人数420人。", "420人", "personnel"),                     # was other
    ("统计这次撤离人数，全乡有2300人。", "2300人", "coverage"),
])
def test_the_verb_before_renshu_says_who_the_people_are(text, part, expected):
    assert category(text, part) == expected


@pytest.mark.parametrize("text, part, expected", [
    ("演练共设置了9个科目。", "9个科目", "activity"),                 # was other
    ("厂里添购12部机台投入生产。", "12部机台", "supplies"),            # was other
    ("党员共为群众办实事好事320余件。", "320余件", "activity"),        # was other
    ("开通便民服务热线60余条。", "60余条", "organization"),            # was other
    ("现场认领“微心愿”40余个。", "40余个", "activity"),                # was other
    ("医疗队共完成各类手术3000余例。", "3000余例", "activity"),         # was other
    ("镇里发放春节慰问信450份。", "450份", "activity"),                 # was supplies
    ("化解“登记难”问题,首次登记2400套。", "2400套", "supplies"),
])
def test_nouns_read_by_their_form(text, part, expected):
    assert category(text, part) == expected
