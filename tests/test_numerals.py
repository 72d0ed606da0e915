"""Numeral parsing: Arabic, full-width, separators, decimals, Chinese numerals, 万/亿 scales."""
from __future__ import annotations

import pytest

from mobilization.numerals import parse_arabic, parse_chinese, parse_numeral


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
