"""Round q15 (issue 12): sums that are no sums given, sums whose 元 is implied, counts with no classifier.

Invented sentences; those marked `was …` gave another result on main 6cff443.
"""
import pytest

from mobilization.quantities import extract


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in extract(text)]


@pytest.mark.parametrize("text, kept", [
    # the spread of single gifts or shares, closed by 不等, is no tally (was: every sum of the spread)
    ("居民踊跃捐款,数额从20元、50元甚至500元不等,共筹得善款3万元。", ["善款3万元"]),
    ("分红金额从800元到200元不等。", []),
    ("各组人数从3人到8人不等。", []),
    # 不等于 is "is not equal to": the sum stays
    ("捐款100万元不等于完成任务。", ["捐款100万元"]),
    # a bar that names a class (its members listed or named next) is no sum given (was: the bar)
    ("其中,企业捐赠10万元以上的有:甲公司、乙公司。", []),
    ("超过五十万元的捐款包括甲基金会和乙集团的捐款。", []),
    ("表彰了年产值超10亿元的民营企业。", []),
    # a bar before goods is their value, and stays
    ("爱心企业捐赠超过100万元的防疫物资。", ["超过100万元"]),
])
def test_sums_that_are_no_sums_given(text, kept):
    assert _surfaces(text) == kept
