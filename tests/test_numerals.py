"""Numeral parsing: Arabic, full-width, separators, decimals, Chinese numerals, 万/亿 scales."""
from __future__ import annotations

import pytest

from hypothesis import example, given, settings, strategies as st

from mobilization.numerals import FINANCIAL, IllFormedNumeral, parse_arabic, parse_chinese, parse_numeral, read_numeral
from mobilization.quantities import extract


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("两", 2), ("兩", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
    ("一百零八", 108), ("三千六百", 3600), ("两千零五十", 2050), ("两千零五", 2005),
    ("三千六", 3600), ("一万二", 12000), ("十万", 100000), ("一千二百万", 12_000_000),
    ("两万五千", 25000), ("三亿五千万", 350_000_000), ("二〇二〇", 2020), ("一九九八", 1998),
    ("贰佰", 200), ("壹仟零叁拾", 1030), ("萬", 10000),
])
def test_chinese_numerals(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text, value", [
    ("751", 751), ("1,234", 1234), ("1，234", 1234), ("1,234,567", 1234567), ("１２３", 123),
    ("1351824.99", 1351824.99), ("０．５", 0.5),
])
def test_arabic_numerals(text, value):
    assert parse_arabic(text) == value


@pytest.mark.parametrize("text, value", [
    ("1.5万", 15000), ("4600万", 46_000_000), ("2.3亿", 230_000_000), ("0.35亿", 35_000_000),
    ("１.２万", 12000), ("三千六百", 3600), ("1万", 10000),
])
def test_scaled_numerals_are_exact(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["", "党员", "一二三x", "二二十"])
def test_non_numerals_raise(text):
    with pytest.raises(ValueError):
        parse_numeral(text)


# --- every written form of issue 12 (phrases written for these tests) --------------------------

@pytest.mark.parametrize("text, value", [
    ("一百一十", 110), ("一千一百", 1100), ("三万一千", 31000), ("一千二百", 1200),
    ("十万", 100_000), ("十亿", 1_000_000_000), ("三点五万", 35_000), ("一点二亿", 120_000_000),
    ("叁千零五十", 3050), ("肆佰叁拾萬", 4_300_000), ("壹万二千三百四十五", 12345), ("四万万", 400_000_000),
    ("廿", 20), ("廿三", 23), ("卅", 30), ("卅五", 35), ("半百", 50), ("百三", 130),
    ("一万零二百五十", 10250), ("九百万零四百", 9_000_400), ("四千万零六千", 40_006_000),
    ("三万五千亿", 3_500_000_000_000), ("五兆六十二亿四万五千二", 5_006_200_045_200), ("一兆", 10 ** 12),
    ("拾亿零六万零五百零六", 1_000_060_506), ("两千两百贰拾二", 2222), ("十五点七", 15.7),
])
def test_every_chinese_form(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text, value", [
    ("3千", 3000), ("5千万", 50_000_000), ("3万4000", 34_000), ("1万600", 10_600), ("5万4千6百", 54_600),
    ("5亿1万4千6百", 500_014_600), ("1亿2000万", 120_000_000), ("10万万", 1_000_000_000), ("4.78万亿", 4.78e12),
    ("1万6", 16_000),  # colloquial, as 一万六: one digit after 万 is the thousands
])
def test_arabic_digits_with_chinese_units(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["三百五百", "一千一千", "十五点", "点五", "三点五十万二", "1千200", "五十百", "二二十"])
def test_malformed_numerals_raise(text):
    with pytest.raises(ValueError):
        parse_numeral(text)


# --- the property: a well-formed numeral in a sentence gives its true value or nothing ----------

_DIG = "零一二三四五六七八九"
_FIN = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ((1000, "千", "仟"), (100, "百", "佰"), (10, "十", "拾"))


def _section(n: int, draw, first: bool) -> str:
    """A section below 万 in standard form (零 for gaps), with random financial forms and 两."""
    out, gap, started = [], False, False
    for u, plain, fin in _UNITS + ((1, "", ""),):
        d = n // u % 10
        if d == 0:
            gap = gap or started
            continue
        if gap:
            out.append("零")
            gap = False
        financial = draw(st.booleans())
        if u == 10 and d == 1 and first and not started and draw(st.booleans()):
            digit = ""  # 十二, not 一十二, at the head of the numeral
        elif d == 2 and u >= 100 and draw(st.booleans()):
            digit = "两"
        else:
            digit = (_FIN if financial else _DIG)[d]
        out.append(digit + (fin if financial else plain))
        started = True
    return "".join(out)


@st.composite
def chinese_numerals(draw) -> tuple[str, float]:
    """(numeral, value): standard Chinese numerals up to 10^12 with 万/亿 groups, 零, 两, 十 alone and
    financial digits; Arabic digits with Chinese units; decimals with 点 before 万/亿."""
    kind = draw(st.sampled_from(["chinese", "chinese", "chinese", "mixed", "decimal"]))
    if kind == "chinese":
        n = draw(st.one_of(st.integers(1, 99_999), st.integers(1, 10 ** 12 - 1)))
        parts, first, out = [(n // 10 ** 8, "亿"), (n // 10 ** 4 % 10 ** 4, "万"), (n % 10 ** 4, "")], True, ""
        for value, big in parts:
            if value == 0:
                continue
            if out and value < 1000:
                out += "零"  # 一万零五十, 一亿零五万
            out += ("两" if value == 2 and big and draw(st.booleans()) else _section(value, draw, first)) + big
            first = False
        return out, float(n)
    if kind == "mixed":
        a = draw(st.integers(1, 9999))
        form = draw(st.sampled_from(["wan_digits", "qian", "qianwan", "wan", "yi"]))
        if form == "wan_digits":
            b = draw(st.integers(10, 9999))  # two digits or more: read as written (1万600)
            return f"{a}万{b}", float(a * 10 ** 4 + b)
        d = a % 9 + 1
        return {"qian": (f"{d}千", d * 1000.0), "qianwan": (f"{d}千万", d * 10.0 ** 7),
                "wan": (f"{a}万", a * 10.0 ** 4), "yi": (f"{a}亿", a * 10.0 ** 8)}[form]
    whole, frac = draw(st.integers(1, 99)), draw(st.integers(1, 9))
    big, scale = draw(st.sampled_from([("万", 10 ** 4), ("亿", 10 ** 8)]))
    return f"{_section(whole, draw, True)}点{_DIG[frac]}{big}", (whole * 10 + frac) * scale / 10


@settings(max_examples=300, deadline=None)
@given(chinese_numerals())
@example(("三点五万", 35_000.0))
@example(("一点二亿", 120_000_000.0))
@example(("叁千零五十", 3050.0))
@example(("一百一十", 110.0))
@example(("三万一千", 31_000.0))
@example(("十万", 100_000.0))
@example(("3万4000", 34_000.0))
def test_a_numeral_in_a_sentence_is_read_whole_or_not_at_all(pair):
    numeral, value = pair
    text = f"共有{numeral}名志愿者。"
    found = extract(text)
    assert parse_numeral(numeral) == value  # the reader reads the generator's numeral whole
    for q in found:
        assert q.unreadable or q.value == value, (text, q)
    if not (len(numeral) == 1 and numeral in FINANCIAL):  # 壹, 伍 alone are words (队伍), by design
        assert any(q.value == value for q in found), (text, found)  # and the extractor finds it


# --- the other side: a damaged numeral is flagged, never read -----------------------------------

@pytest.mark.parametrize("text", ["十二万七千万", "十二万七千多万", "一亿二千万五千亿", "1万2千万", "一亿零五万三千亿", "一亿万", "3兆亿"])
def test_a_big_unit_again_after_smaller_units_is_ill_formed(text):
    with pytest.raises(IllFormedNumeral):
        read_numeral(text.replace("多", ""))


@pytest.mark.parametrize("text, value", [
    ("四万万", 4e8), ("四万万五千万", 4.5e8), ("三千万", 3e7), ("十万", 1e5), ("三万五千亿", 3.5e12),
    ("一万亿", 1e12), ("三万五千亿四千万", 3_500_040_000_000), ("1.2万亿", 1.2e12),
])
def test_big_units_that_multiply_the_whole_stay_well_formed(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("sentence, value", [
    ("捐款三千多万元", 3e7), ("投入一万多亿元", 1e12), ("投入三万五千多亿元", 3.5e12),
])
def test_a_scale_after_more_than_is_the_numerals_own(sentence, value):
    assert [q.value for q in extract(sentence)] == [value]


@st.composite
def damaged_numerals(draw) -> str:
    """A well-formed numeral with a 万 or 亿 group followed by smaller units, then that big unit (or a
    smaller one already passed) written again: 十二万七千万, 一亿零五万三千亿, 三千万二百万; sometimes with
    多 before the repeated unit (十二万七千多万, a typo seen in a published report)."""
    numeral, _ = draw(chinese_numerals().filter(lambda p: "万" in p[0] or "亿" in p[0]))
    last = max(i for i, c in enumerate(numeral) if c in "万亿")
    if last == len(numeral) - 1 or "点" in numeral:
        numeral += draw(st.sampled_from(["三千", "五百", "二十", "7"]))  # smaller units after the group
    passed = sorted({c for c in numeral if c in "万亿"} & set("万亿"), key="万亿".index)
    # a unit at least the last one passed and at most the largest: 万 again after 万, 亿 after 万 when 亿 came first
    last_big = numeral[max(i for i, c in enumerate(numeral) if c in "万亿")]
    again = draw(st.sampled_from([u for u in passed if "万亿".index(u) >= "万亿".index(last_big)]))
    return numeral + draw(st.sampled_from(["", "多"])) + again


@settings(max_examples=150, deadline=None)
@given(damaged_numerals())
@example("十二万七千多万")
@example("十二万七千万")
def test_a_damaged_numeral_in_a_sentence_is_flagged_never_read(numeral):
    text = f"共有{numeral}名志愿者。"
    found = extract(text)
    assert found and all(q.unreadable for q in found), (text, found)
