"""Body detection round (docs/rounds/body-detection-round.md): figures a reader finds in the story
that the body detection used to drop, and the furniture figures that must stay out.

Every page here is made up for the test: a few lines with the shape of a news page, in simplified and
traditional script. Each rule has a page it fixes and a look-alike page where nothing changes.
"""
from __future__ import annotations

from invented import body_lines, body_values, kinds
from mobilization.script import convert

PARA = "受台风影响,全省各地全力防范。截至昨晚9时,3879艘渔船全部进港避风,船上2.5万余人全部撤离上岸。"
PARA2 = "目前全省维持防台风二级应急响应,派出4个工作组分赴沿海各市检查,两市推迟中小学开学时间。"
PARA3 = "全省旅游景区关闭115家,在建项目停工314个,港口企业关停67家,客运航线全部停航。"


# ------------------------------------------------------------------ the story goes on after a related list

RELATED = "相关新闻:\n台风来袭 多市宣布停课停工\n台风过后 交通安排一览\n"


def test_the_story_goes_on_after_an_inline_list_of_related_links():
    page = f"全省转移群众逾10万人\n{PARA}\n{RELATED}{PARA2}\n{PARA3}\n"
    assert body_lines(page) == ["全省转移群众逾10万人", PARA, PARA2, PARA3]
    assert kinds(page) == ["end:相关新闻", "related_list"]  # the links stay furniture
    assert {4.0, 115.0, 314.0, 67.0} <= set(body_values(page))


def test_the_same_in_traditional_script():
    page = convert(f"全省转移群众逾10万人\n{PARA}\n{RELATED}{PARA2}\n{PARA3}\n", "s2hk")
    assert 314.0 in body_values(page)


def test_a_related_story_after_the_list_stays_out():
    # its own lead (本报讯, 记者), or cut off by an ellipsis, or one paragraph only, or headline / text pairs
    lead = "本报讯(记者 某某)昨日,全市组织500名志愿者走访社区,为800户居民送去防疫物资。"
    for after in (f"{lead}\n{PARA3}\n", f"{PARA2[:-1]}...\n{PARA3}\n", f"{PARA3}\n",
                  f"{PARA2}\n另一个故事的标题在这里\n{PARA3}\n"):
        page = f"全省转移群众逾10万人\n{PARA}\n{RELATED}{after}"
        assert 314.0 not in body_values(page), after


def test_an_editor_line_or_a_notice_still_closes_the_story():
    notice = "本网所有文字、图片和音视频等,版权均属本网所有,未经协议授权不得转载、链接或以其他方式复制发表。"
    page = f"全省转移群众逾10万人\n{PARA}\n责任编辑:某某\n{PARA2}\n{PARA3}\n"
    assert body_lines(page) == ["全省转移群众逾10万人", PARA]
    page = f"全省转移群众逾10万人\n{PARA}\n{RELATED}{notice}\n{notice}\n"
    assert notice not in body_lines(page)


# ------------------------------------------------------------------ the headline is part of the story

def test_a_short_headline_that_states_the_storys_figure_is_body():
    # fewer than 8 Han characters, printed twice (title and page heading): the body repeats its 2000万
    lead = "内地雪灾牵动人心,港人发挥助人精神,短时间内已捐款逾2000万港元,学界及商界亦纷纷响应。"
    page = f"港人捐款2000万\n港人捐款2000万\n2008年2月5日\n{lead}\n{PARA}\n"
    assert body_lines(page)[:2] == ["港人捐款2000万", "港人捐款2000万"]
    assert body_values(page).count(20000000.0) == 3


def test_a_headline_on_the_dateline_is_body_when_the_story_repeats_its_figure():
    lead = "某校今天举办慈善募款捐赠仪式,师生于去年募得的善款共145万元全数捐赠弱势家庭。"
    page = f"2026-01-08 某校慈善募款 145万元全捐赠弱势\n{lead}\n{PARA}\n"
    assert body_values(page).count(1450000.0) == 2
    # a dateline with a page counter the story does not state stays out
    page = f"发布时间:2026-01-08 浏览次数:717次\n{lead}\n{PARA}\n"
    assert kinds(page) == ["dateline"] and 717.0 not in body_values(page)


def test_a_headline_before_empty_table_cells_is_no_link_list():
    page = f"全省转移群众逾10万人 | |||||||\n---|---|---|---|---|---|\n{PARA}\n"
    assert body_lines(page)[0].startswith("全省转移群众逾10万人")
    assert kinds(page) == ["link_list"]  # the separator row
    assert kinds(f"新闻 | 图片 | 视频 | 评论\n{PARA}\n") == ["link_list"]


def test_the_heading_of_the_storys_own_list_is_body():
    lead = "为方便市民,协会在全港设置10部自助派发机,由下月起陆续投入服务,市民凭证件领取检测包。"
    page = f"{lead}\n{PARA}\n10部自助派发机位置\n商场:\n中环街市\n港铁站:\n"
    assert "10部自助派发机位置" in body_lines(page)
    assert body_values(page).count(10.0) == 2
    assert "中环街市" not in body_lines(page)  # the list itself stays a sidebar


def test_furniture_figures_the_story_does_not_state_stay_out():
    # a view counter before the headline, related headlines with their own figures after the story
    page = (f"阅读 806 次\n全省转移群众逾10万人\n{PARA}\n{PARA2}\n热点新闻\n"
            "某地400名学生参加夏令营活动\n全市新增300辆公交车\n")
    values = body_values(page)
    assert 806.0 not in values and 400.0 not in values and 300.0 not in values
    # a related headline that shares no figure with the story stays a sidebar
    page = f"{PARA}\n{PARA2}\n某地400名学生参加夏令营活动\n全市新增300辆公交车\n某区开展义诊活动\n"
    assert 400.0 not in body_values(page)


def test_a_caption_that_repeats_the_storys_figure_stays_out():
    lead = "灾后,全乡组织130余人的志愿者队伍抢修道路,协调铲车清淤,帮助群众恢复生产生活秩序。"
    page = f"{lead}\n{PARA}\n乡党委书记一线指挥\n130余人的志愿者队伍在乡政府集合。\n村民自救\n"
    assert "130余人的志愿者队伍在乡政府集合。" not in body_lines(page)
    page = f"{lead}\n{PARA}\n图4:图为全乡130余人的志愿者队伍\n村民自救\n群众清淤\n"
    assert body_values(page).count(130.0) == 1
    # a year, or a name made of one, is no figure a headline states
    page = f"2019冠状病毒病专页\n{PARA}\n2019冠状病毒病的防控仍在继续,全省上下共同努力。\n"
    assert kinds(page)[0] == "header"
