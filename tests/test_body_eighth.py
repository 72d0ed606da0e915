"""Body detection, eighth session (docs/rounds/body-closing-lines.md): a report's own short closing lines are no sidebar.

Government monthly summaries end with short numbered sections whose lines are short clauses; the rule
"after the last paragraph, three or more short lines are a sidebar" dropped their figures. Pages are
made up for the test, each with a look-alike where the lines stay furniture.
"""
from __future__ import annotations

from invented import body_lines, body_values
from mobilization.script import convert

PARA = ("二、临时救助工作开展情况\n本月实施临时救助31户90人,发放救助资金18.5万元,其中东城镇4户12人,"
        "救助资金2.6万元,西山乡2户7人,救助资金1.1万元。")
TAIL = ("三、特困供养工作开展情况\n本月在册特困供养人员642户655人,发放特困供养金98.7万元,\n"
        "四、高龄津贴发放情况\n本月发放高龄津贴1204人,共计36.1万元。")


def test_the_closing_sections_of_a_summary_are_body():
    page = f"某县民政局11月工作简报\n{PARA}\n{TAIL}"
    values = body_values(page)
    assert {642.0, 655.0, 987000.0, 1204.0, 361000.0} <= set(values)


def test_the_same_in_traditional_script():
    values = body_values(convert(f"某县民政局11月工作简报\n{PARA}\n{TAIL}", "s2hk"))
    assert {642.0, 1204.0} <= set(values)


def test_related_titles_after_the_story_stay_out():
    # titles end with no sentence mark: still a sidebar
    page = f"某县民政局11月工作简报\n{PARA}\n热点推荐\n全县发放救助资金500万元\n全县新建敬老院3所\n全县走访困难群众800户"
    assert 800.0 not in body_values(page)
    assert "全县新建敬老院3所" not in body_lines(page)


def test_a_caption_that_restates_a_figure_stays_out():
    # a clause, but its figure is the story's: a picture's caption
    page = f"某县民政局11月工作简报\n{PARA}\n局长带队走访\n本月实施临时救助31户90人。\n走访现场"
    assert body_values(page).count(31.0) == 1
