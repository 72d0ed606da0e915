"""Round 23 (corpus AK opened): a page stamp with a stray slash after the day, and a disclosure item's issue date
(invented reports, each failing on the code before)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe

_BODY = ("  疫情防控,人人有责。近日,某区广大群众在做好自我防护的同时,踊跃参与到疫情防控知识宣传、体温测量等工作中。\n\n"
         "  连日来,某社区居民一直忙于小区环境消杀、核酸检测点帐篷搭建、人员信息登记等工作,每天提醒居民进行核酸检测。\n\n"
         "  疫情面前没有旁观者。全区群众拧成一根绳,用责任和担当为疫情防控注入强大动力。\n")


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


def test_a_stamp_with_a_slash_after_the_day_and_then_a_time_is_the_pages_date_not_a_path():
    text = "您当前的位置 : 某某网 > 社会\n\n某区:同心战“疫” 筑起防线\n\n 2021/10/29/ 14:35 来源:某某报 记者 某某\n\n" + _BODY
    assert _date(text) == "2021-10-29"


def test_a_date_in_an_address_path_is_still_no_page_date():
    text = "某区:同心战“疫” 筑起防线\n\n 图片 /2021/10/29/a.jpg\n\n" + _BODY
    assert _date(text) == ""


def test_a_disclosure_items_issue_date_is_its_page_date_over_the_stamp_under_the_organs_name():
    text = ("首页 >> 公开信息内容\n\n某州灾情快报第18期\n\n  • 索引号:11532300MB19155603-/2021-0426001\n"
            "  • 发布机构:某州应急管理局\n  • 发文日期: 2021年04月26日\n  • 文号:\n\n"
            "某州应急管理局          2021年4月25日 19:10\n\n某州旱灾灾情报告(续报八)\n\n" + _BODY)
    assert _date(text) == "2021-04-26"


def test_a_notices_issue_date_on_an_ordinary_page_is_still_no_page_date():
    # no disclosure catalogue (索引号): 发文日期 is the cited notice's, the page prints its own date
    text = ("某区转发防疫通知\n\n2021-05-03 10:00 来源:某某网\n\n通知发文日期: 2021年04月26日\n\n" + _BODY)
    assert _date(text) == "2021-05-03"
