"""Stage 7, charts: the look every chart shares — categories, their labels and colours, bar colours, bars per chart."""
from __future__ import annotations


CATEGORIES = ("organization", "personnel", "funds", "coverage", "activity", "supplies", "other")
CATEGORY_LABELS = {"organization": "组织 organization", "personnel": "人员 personnel", "funds": "资金 funds",
                   "coverage": "覆盖 coverage", "activity": "活动 activity", "supplies": "物资 supplies",
                   "other": "其他 other"}
# Colour-blind-safe (Okabe–Ito), one fixed colour per category so charts can be compared.
CATEGORY_COLOURS = {"organization": "#D55E00", "personnel": "#0072B2", "funds": "#E69F00", "coverage": "#009E73",
                    "activity": "#CC79A7", "supplies": "#56B4E9", "other": "#999999"}
BAR_COLOUR = "#B03A2E"
LOWER_COLOUR = "#E6A49C"
MISSING_COLOUR = "#DDDDDD"
TOP = 40  # bars drawn per chart; the rest go to a table
