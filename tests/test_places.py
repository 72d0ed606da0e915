"""Place of a report read from its text: short reports written for these tests (no third-party text)."""
from __future__ import annotations

import pytest

from mobilization.gazetteer import entries, short_forms
from mobilization.places import detect_place, resolve_name
from mobilization.repair import repair
from mobilization.script import convert_with_map


def place(text: str):
    rep = repair(text)
    simplified, _ = convert_with_map(rep.text, "t2s")
    return detect_place(rep, simplified)


@pytest.mark.parametrize("text, code", [
    # the same district name in several cities: the city named nearby decides
    ("鼓楼区党员下沉社区\n来源：南京市鼓楼区委组织部\n全区组建临时党支部40个。\n", "320106"),
    ("鼓楼区党员下沉社区\n来源：福州市鼓楼区委组织部\n全区组建临时党支部40个。\n", "350102"),
    ("朝阳区：党员冲在前\n北京市朝阳区各街道成立临时党支部。朝阳区委组织部统筹。\n", "110105"),
    # short forms of counties, and the autonomous county's news form
    ("宕昌：党旗飘扬在抗疫一线\n宕昌县委组织部\n全县党员踊跃参与。\n", "621223"),
    ("积石山县：临时党支部建在卡点上\n积石山县委组织部供稿\n全县设卡点30个。\n", "622927"),
    ("杭锦旗党员干部下沉一线\n杭锦旗委组织部\n全旗党员积极参与。\n", "150625"),
])
def test_named_place(text, code):
    assert place(text).code == code


def test_traditional_script_with_pinyin_residue():
    g = place("青島市市南區(qū)：黨員隊伍築起堡壘\n2020-02-19 來源：慈善公益報\n山東省青島市市南區(qū)各級黨組織行動起來。\n")
    assert (g.code, g.name, g.level) == ("370202", "市南区", "county")


def test_prefecture_report_listing_its_counties_is_about_the_prefecture():
    text = ("陇南市：干部下沉一线\n来源：陇南市委组织部\n陇南市各县区行动起来，武都区下沉干部300人，"
            "成县200人，宕昌县150人，康县120人，全市共计下沉干部2000余人。\n")
    g = place(text)
    assert (g.code, g.level) == ("621200", "prefecture")


def test_county_report_naming_its_prefecture_stays_the_county():
    text = "甘肃陇南市宕昌县：临时党支部建起来\n宕昌县委组织部\n在陇南市委领导下，宕昌县建立临时党支部143个。\n"
    assert place(text).code == "621223"


def test_body_says_only_our_district_but_the_source_line_names_it():
    text = "我区党员冲锋在前\n来源：青岛市市南区委组织部\n我区各级党组织迅速行动，区委统一部署，建立临时党支部。\n"
    assert place(text).code == "370202"


@pytest.mark.parametrize("text", [
    "宜城街道爱民社区党员值守\n社区党支部书记带头。中心城区各小区封闭管理。新华网消息。\n",
    "市委和县委统一部署\n第一代县委书记的故事。\n",
])
def test_short_forms_inside_longer_words_are_not_places(text):
    g = place(text)
    assert g.code == "" and g.reason


def test_unknown_when_ambiguous_or_national_or_hong_kong():
    assert place("城关区党员下沉\n城关区各社区设立临时党支部。\n").code == ""
    assert place("全国党员踊跃捐款\n中共中央组织部通知，全国党员自愿捐款。\n").reason.startswith("national")
    hk = place("香港：义工队伍抗疫\n香港特区政府感谢义工。香港各区设立检测站。\n")
    assert hk.code == "" and "Hong Kong" in hk.reason


def test_new_area_maps_to_its_parent():
    g = place("镇江新区：党员志愿者上岗\n镇江新区党工委部署，党员志愿者走上卡点。镇江新区共有党员志愿者500人。\n")
    assert g.code == "321100"


def test_short_forms_are_rule_made_and_editable_data():
    assert short_forms("积石山保安族东乡族撒拉族自治县", "county")[1][0] == "积石山县"
    assert entries()["宕昌"].alias and not entries()["宕昌县"].alias
    assert entries()["城区"].common  # a district name that is also an ordinary word


def test_user_place_names_resolve_only_when_unambiguous():
    assert resolve_name("甘肃省陇南市宕昌县") == "621223"
    assert resolve_name("朝阳区") == "" and resolve_name("北京市朝阳区") == "110105"
