"""Publication date read from the text: short pages written for these tests (no third-party text)."""
from __future__ import annotations

import pytest

from mobilization.dates import detect_date, find_dates
from mobilization.places import zones_of
from mobilization.repair import repair


def when(text: str):
    rep = repair(text)
    return detect_date(rep.text, zones_of(rep, rep.text))


@pytest.mark.parametrize("text, iso, precision", [
    ("党员下沉社区\n发布时间：2020/2/3 11:20:46\n全区建立临时党支部。\n", "2020-02-03", "day"),
    ("党员下沉社区\n刊发日期：2020年03月09日\n全区建立临时党支部。\n", "2020-03-09", "day"),
    ("党员下沉社区\n2020-02-19 11:44:27 来源：某某日报\n全区建立临时党支部。\n", "2020-02-19", "day"),
    ("党员下沉社区\n来源：某县融媒体中心 时间：2021-08-10\n全区建立临时党支部。\n", "2021-08-10", "day"),
])
def test_printed_date(text, iso, precision):
    g = when(text)
    assert (g.date, g.precision) == (iso, precision)
    assert text[g.start:g.end] == g.surface


def test_no_date_and_event_date_without_year_give_nothing():
    assert when("党员下沉社区\n全区建立临时党支部。\n").date == ""
    assert when("党员下沉社区\n3月29日，全区建立临时党支部52个。\n").date == ""


def test_crawl_stamp_is_told_apart():
    g = when("党员下沉社区\n抓取时间：2024-05-01 08:00\n发布时间：2020-02-10\n全区建立临时党支部。\n")
    assert g.date == "2020-02-10"
    assert when("党员下沉社区\n采集时间：2024-05-01\n全区建立临时党支部。\n").date == ""


def test_impossible_dates_are_not_dates():
    assert [f.iso for f in find_dates("2020-02-30 与 2020-13-01 与 2020-02-29")] == ["2020-02-29"]


@pytest.mark.parametrize("text, iso", [
    ("当前报纸日期:\n2022 6月25日 星期六\n义工支援抗疫。\n", "2022-06-25"),  # a blank for 年
    ("防疫关键时刻\n22-04-07 11:33 来源:人民日报\n党员报到。\n", "2022-04-07"),  # two-digit year with a time
    ("中总续收到捐款\n助灾区\n2021-08-10\n【特讯】商会昨续收到捐款。\n", "2021-08-10"),  # alone under the headline
    ("市委组织部划拨党费\n本报讯 2月1日，市委组织部划拨党费150万元，用于全市疫情防控工作。\n"
     "2020-02-04 市委组织部: 1 1 某某日报 c55251.html 划拨党费\n", "2020-02-04"),  # a page footer
])
def test_date_forms_found_after_first_contact(text, iso):
    assert when(text).date == iso


@pytest.mark.parametrize("text", [
    "标题\n22-04-07 来源：某报\n正文。\n",  # a two-digit year without a time is not read
    "标题\n全县2020 6人参加。\n",  # a year-like number before a count is no date
])
def test_no_date_from_look_alikes(text):
    assert when(text).date == ""


@pytest.mark.parametrize("text, iso", [
    ("党员冲在前\n某某健康网 2022-04-15380834\n医疗队成立临时党支部。\n", "2022-04-15"),  # a date run into a view counter
    ("花莲强震 基金会持续募款\n中央社\n(中央社记者台北15日电)基金会今天说，募款持续。\n基金会将持续募款。(编辑:某某)1130415\n"
     "新闻来源:中央社\n", "2024-04-15"),  # a Taiwan news agency's ROC date code after the editor's credit
    ("党员冲在前\n发布时间：民国113年4月15日\n基金会持续募款。\n", "2024-04-15"),  # an ROC year
    ("探访扶贫主战场：第一书记\n\n25.12.2015  19:41\n\n今年全省选派第一书记9395名。\n", "2015-12-25"),  # day.month.year
])
def test_date_forms_found_after_corpus_c(text, iso):
    assert when(text).date == iso


def test_a_picture_caption_date_is_no_dateline():
    text = ("医院成立临时党支部\n面对疫情，2020年2月3日下午，某县人民医院临时党支部成立，用行动践行使命担当，全体党员宣誓坚守一线。\n"
            "2020年2月3日下午，医院党委书记给临时党支部授旗。（某某 摄）\n")
    assert when(text).date == ""
    assert when("某某网 2022-4-153\n正文。\n").date == ""  # a date without zero-padding run into digits is not read


def test_a_chinese_date_with_a_slip_in_its_month_gives_no_date_and_no_crash():
    # 十十月 / 一二月 fit the date pattern's characters but are no month: the page has no date there (it raised KeyError)
    assert find_dates("二〇二〇年十十月三日 发布") == []
    assert find_dates("二〇二〇年一二月三日 发布") == []
    assert [f.iso for f in find_dates("二〇二〇年十二月三十一日 发布")] == ["2020-12-31"]
