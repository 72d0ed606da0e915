"""The session's review (seventeenth): two date rules of r43/r44 narrowed so that no event date is taken silently.

Sentences invented for the purpose.
"""
from mobilization.date_scan import find_dates
from mobilization.dates import _in_template


def test_an_itinerary_arrow_is_no_template_residue():
    text = "某县疫情防控通告\n发布时间:2020-02-05 09:00:00\n2020-01-22 09:30:00 某市-->某县\n正文。"
    assert [_in_template(text, f) for f in find_dates(text)] == [False, False]


def test_the_template_residue_still_wins():
    text = "标题\n时间:2015-05-17 09:09:20\n2015-03-26 10:36:00{#Index}新闻null/enpproperty-->\n正文。"
    assert [_in_template(text, f) for f in find_dates(text)] == [False, True]


def test_a_number_in_a_column_of_numbers_is_no_month():
    text = "全县粮食产量(吨)\n1856.40\n2019.12\n2310.07\n"
    assert [f.iso for f in find_dates(text)] == []


def test_a_month_alone_under_an_item_is_still_read():
    text = "某县召开防汛会议\n2022.03\n会议要求全县做好准备。"
    assert [(f.iso, f.precision) for f in find_dates(text)] == [("2022-03", "month")]
