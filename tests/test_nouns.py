"""Counted nouns that jieba does not tag as nouns, read from their form (head_forms.csv): our own sentences."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


@pytest.mark.parametrize("text, entity, category", [
    ("向学校赠送80本英汉词典。", "英汉词典", "supplies"),          # tagged as a name by jieba
    ("为学生配发三角套尺120套。", "三角套尺", "supplies"),          # tagged as two measure words
    ("分发快速检测包3万份。", "快速检测包", "supplies"),            # a verbal noun inside (检测) and 包 tagged v
    ("捐赠5000盒抗原测试包。", "抗原测试包", "supplies"),
    ("紧急调运120顶安置帐篷。", "安置帐篷", "supplies"),            # a verb naming the goods' use
    ("接种新冠疫苗2万剂。", "新冠疫苗", "supplies"),                # 剂 counts doses
    ("调拨8万剂检测套装。", "检测套装", "supplies"),
    ("建成饮水工程5处。", "饮水工程", "activity"),                  # facilities built
    ("建成两座光伏电站。", "光伏电站", "activity"),
])
def test_form_nouns(text: str, entity: str, category: str) -> None:
    qs = extract(text)
    assert [(q.entity, q.category) for q in qs] == [(entity, category)]


def test_money_still_buys_its_goods() -> None:
    # a verb after money is what the money does, not a name of goods
    qs = extract("拿出积蓄2000元购买帐篷。")
    assert [q.entity for q in qs] != ["购买帐篷"]
