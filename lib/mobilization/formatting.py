"""Figures as printed in tables and on charts (shared by the tables and charts packages, which import neither).

A missing value is never printed as 0: "not reported" (no report gives it) and "no
denominator" (a figure exists, but no population to divide it by) are told apart.
"""
from __future__ import annotations

import math

NOT_REPORTED_MARK = "not reported 未报告"
NO_DENOMINATOR_MARK = "no denominator 无人口数"
_PREFIX = {"more_than": "≥", "at_least": "≥", "about": "~", "at_most": "≤", "range": "~"}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def shown_approx(approx: str, bound: str = "") -> str:
    """The approximation a value is printed with: an exact figure that is a lower bound (the largest of several,
    or not stated for the whole place) is printed "at least" (≥), like a "more than" figure.

    >>> shown_approx("exact", "lower_bound"), shown_approx("exact", "exact"), shown_approx("about", "about")
    ('at_least', 'exact', 'about')
    """
    return "at_least" if bound == "lower_bound" and approx in ("exact", "") else approx


def format_value(value: float, approx: str = "exact") -> str:
    """A figure as printed on a bar: thousands separated, millions as M, ≥ for lower bounds.

    >>> format_value(751), format_value(7050000.0), format_value(3600, "more_than"), format_value(12.345)
    ('751', '7.05 M', '≥3,600', '12.3')
    >>> format_value(float("nan"))
    'not reported 未报告'
    """
    if _missing(value):
        return NOT_REPORTED_MARK
    prefix = _PREFIX.get(approx, "")
    if abs(value) >= 1e6:
        text = f"{value / 1e6:.3g} M"
    elif abs(value) >= 100 or float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:.3g}"
    return prefix + text


def format_rate(value: float, rate: float, approx: str = "exact") -> str:
    """A per-10,000 rate, or why there is none: not reported (no value) or no denominator (no population).

    >>> format_rate(300000.0, 6164.7), format_rate(float("nan"), float("nan")), format_rate(5.0, float("nan"))
    ('6,165', 'not reported 未报告', 'no denominator 无人口数')
    """
    if _missing(value):
        return NOT_REPORTED_MARK
    if _missing(rate):
        return NO_DENOMINATOR_MARK
    return format_value(rate, approx)
