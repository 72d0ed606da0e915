"""Body vs furniture: general page signals found on held-out news pages (docs/rounds/repair-held-out-pages.md).

Every page here is made up for the test (no text of a real page): a few lines with the shape of
page furniture around an article body, in simplified and traditional script. Each test fails
without its rule; each also checks that a look-alike body line stays in the body.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import mobilization.repair as repair_module
from invented import body_lines, body_values, kinds
from mobilization.script import convert

PARA = "全镇组织机关干部下沉到各个小区,协助社区开展排查登记、测温消杀等工作,共成立临时党支部12个。"
PARA2 = "各支部每天安排党员轮流值守卡口,为居家隔离的群众代购生活物资,累计服务群众3000余人次。"


# ------------------------------------------------------------------------------- menus

def test_a_menu_of_short_items_is_furniture_even_before_the_headline():
    page = f"新闻中心 图片频道 专题报道 视频\n疫情与民生 疫情与教育 疫情与就业\n某镇成立十二个临时党支部筑牢防线\n{PARA}\n"
    assert body_lines(page) == ["某镇成立十二个临时党支部筑牢防线", PARA]
    assert kinds(page) == ["menu"]


def test_a_menu_line_in_traditional_script_with_ideographic_spaces():
    page = convert(f"{PARA}\n党建动态\u3000基层风采\u3000理论学习\n{PARA2}\n", "s2t")
    assert len(body_lines(page)) == 2


def test_short_items_with_a_figure_are_never_a_menu():
    line = "共分3组 每组5人 轮流值守"
    page = f"{PARA}\n{line}\n{PARA2}\n"
    assert line in body_lines(page)
    # the line's figure is kept: 3组 (组 is a classifier that names itself); 每组5人 is the size of
    # each of the groups just counted, dropped by the per-unit rule of quantities
    assert 3.0 in body_values(page)


# ------------------------------------------------------------------------------- credits

def test_a_block_of_credit_lines_at_the_end_is_furniture():
    page = f"{PARA}\n{PARA2}\n策划:王明 李华\n监制:赵强\n新媒体编辑:孙丽 周杰(实习)\n本网联合制作\n【纠错】 责任编辑:钱进\n"
    assert body_lines(page) == [PARA, PARA2]
    assert kinds(page)[0] == "credits"


def test_one_role_and_name_line_in_the_body_stays():
    page = f"{PARA}\n临时党支部书记:王明\n{PARA2}\n"
    assert "临时党支部书记:王明" in body_lines(page)


def test_a_credit_block_takes_in_no_line_with_a_figure():
    page = f"{PARA}\n摄影:王明 李华\n摄像:赵强\n捐款3万元\n"
    assert "捐款3万元" in body_lines(page)


# ------------------------------------------------------------------------------- lines without Han

def test_lines_without_han_are_furniture_unless_they_hold_words():
    page = f"{PARA}\n{{$}}\n, }}1 K4 `* r, V2 j' v\nhttps://img.example.com/a/b.jpg\nParty members on duty at the gate\n{PARA2}\n"
    assert body_lines(page) == [PARA, "Party members on duty at the gate", PARA2]
    assert kinds(page) == ["symbols", "url"]


# ------------------------------------------------------------------------------- link lists with `_`

def test_an_underscore_list_of_titles_is_a_link_list():
    page = f"首页_地方新闻_社会民生_图片频道_专题\n某镇成立十二个临时党支部筑牢防线\n{PARA}\n"
    assert kinds(page) == ["link_list"]
    page = f"{PARA}\n文件名为2020_03_05_通知\n"
    assert "文件名为2020_03_05_通知" in body_lines(page)


# ------------------------------------------------------------------------------- repeated paragraph

def test_a_paragraph_that_the_next_line_repeats_and_continues_is_furniture():
    page = f"某镇党员干部下沉一线筑牢防线\n{PARA}\n{PARA}(通讯员 王明)\n{PARA2}\n"
    assert body_lines(page) == ["某镇党员干部下沉一线筑牢防线", f"{PARA}(通讯员 王明)", PARA2]
    assert kinds(page) == ["repeated"]
    assert body_values(page).count(12.0) == 1


# ------------------------------------------------------------------------------- footers and page furniture

def test_footer_pagination_comment_and_loading_lines_are_furniture():
    tail = ["京ICP备12345678号-1", "某公网安备 11010502000001号", "上一页 1 2 3 下一页", "共有 5 条评论",
            "加载中,请稍候......", "Copyright © 2020 Example News"]
    for line in tail:
        page = f"{PARA}\n{PARA2}\n{line}\n"
        assert body_lines(page) == [PARA, PARA2], line
    page = f"{PARA}\n{PARA2}\n留言与评论(共有 0 条评论)\n"
    assert 0.0 not in body_values(page)


def test_a_link_to_the_next_article_is_furniture_with_its_figures():
    page = f"{PARA}\n{PARA2}\n下一篇:某县新建56个临时党支部\n"
    assert 56.0 not in body_values(page)
    assert 12.0 in body_values(page)


# ------------------------------------------------------------------------------- title-like lines

def test_a_sentence_ending_in_a_chinese_ellipsis_before_the_first_paragraph_stays():
    lead = "他们奔走在小区里,测温、登记、送菜……"
    page = convert(f"志愿者的一天\n{lead}\n{PARA}\n", "s2t")
    assert convert(lead, "s2t") in body_lines(page)
    teaser = "他们奔走在小区里,测温、登记、送菜..."
    assert teaser not in body_lines(f"{teaser}\n{PARA}\n")


# ------------------------------------------------------------------------------- the tail sidebar

def test_furniture_lines_count_towards_a_sidebar_after_the_last_paragraph():
    page = f"{PARA}\n{PARA2}\n(本网)\n暂无\n来源:某某网\n"
    assert body_lines(page) == [PARA, PARA2]


def test_one_short_body_line_before_a_furniture_line_stays():
    page = f"{PARA}\n{PARA2}\n截至目前共捐款3万元。\n来源:某某网\n2021-01-01\n"
    assert "截至目前共捐款3万元。" in body_lines(page)
    assert 30000.0 in body_values(page)


# ------------------------------------------------------------------------------- the joint scan

LINE = st.lists(st.sampled_from(list("首页新闻 \u3000:出品人张三李四(实习)3{$}abc://、。") + ["https", "data:"]),
                min_size=1, max_size=14).map("".join)


def _line_shapes_one_by_one(filled: list[str], sizes: list[int], ends: list) -> list:
    """What `_line_shapes` must find: the rule for one line matched on each line on its own, then
    the credit-block rule (lines between and after two credit lines) over the credit lines so found."""
    why: list = [None] * len(filled)
    credits = []
    for k, ln in enumerate(filled):
        m = re.fullmatch(repair_module._LINE_SHAPE_BRANCHES, ln)
        if m is None or sizes[k] > repair_module._SHAPE_LINE_MAX:
            continue
        if m.lastgroup == "credit":
            credits.append(k)
        elif m.lastgroup == "menu":
            why[k] = "menu"
        else:
            why[k] = repair_module._no_han(ln)
    if len(credits) >= 2:
        repair_module._credit_blocks(filled, sizes, why, ends, credits)
    return why


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=8))
# a line that is no credit line alone is one inside a block (between two credit lines, or after
# them at the end of the text): the block rule, not a fault of the joint scan
@example(["首:首首", "首:首首", "首"])
@example(["首:首首", "首", "首:首首"])
def test_line_shapes_found_together_are_found_one_by_one(lines: list[str]):
    filled = [ln.strip() for ln in lines if ln.strip()]
    sizes, ends = list(map(len, filled)), [None] * len(filled)
    why: list = [None] * len(filled)
    repair_module._line_shapes(filled, sizes, why, ends)
    assert why == _line_shapes_one_by_one(filled, sizes, ends)
