"""Date rules added in round 6 (development corpus P): short pages written for these tests."""
from __future__ import annotations

from mobilization.dates import detect_date
from mobilization.places import zones_of
from mobilization.repair import repair


def when(text: str):
    rep = repair(text)
    return detect_date(rep.text, zones_of(rep, rep.text))


def test_label_on_the_line_above_and_a_notice_date_of_writing():
    g = when("关于印发应急预案的通知\n[ 成文日期 ]\n2022-05-27\n[ 发布日期 ]\n2022-06-23\n"
             "各乡镇人民政府：预案已经县政府同意，现印发给你们。\n")
    assert (g.date, g.how) == ("2022-06-23", "labelled")


def test_dates_of_related_stories_are_not_the_page_date():
    g = when("义工在社区派发防疫物资\n义工协助检测站工作，为独居老人送上口罩。\n相关新闻\n"
             "- 2022-02-16各界同心抗疫\n- 2022-02-16元宵节活动\n")
    assert g.date == ""


def test_bracketed_labels_on_one_line():
    g = when("[ 成文日期 ]2024-09-25 [ 发布日期 ]2024-09-26 [ 有效性 ]有效\n关于印发救助预案的通知\n"
             "各乡镇人民政府：预案已经县政府同意，现印发给你们。\n")
    assert g.date == "2024-09-26"
