"""Stage 7, charts: tables → matplotlib figures with Chinese labels, honest gaps and captions.

Every chart function takes DataFrames and returns a `Figure` (nothing is shown or saved),
so tests can inspect it. Rules every chart follows:

- Chinese through a real CJK font (`use_cjk_font`): a system Noto Sans CJK SC / Source Han
  Sans SC if installed, else the OFL Noto Sans SC of the pip package pylopdf-fonts-zh-cn;
  Latin text stays in DejaVu Sans. No font: `CJKFontError`, never tofu.
- Any number of places (1 to 300): a chart grows with its rows, sorts them, draws the top
  `TOP` and leaves the rest to a table (`rest_table`); the caption says how many are left out.
- A value no report gives is "not reported", a value without population "no denominator",
  neither drawn as 0; a lower bound is drawn open-ended (a lighter bar ending in ▶).
- Dates at their precision: a month-only or year-only date is a span, never its first day.
- Captions are built from the data: the reports, their dates, the denominators and rules used.
- `prefecture_map`: prefecture-level units shaded by an indicator per 10,000 residents,
  boundaries from data/prefecture_boundaries_2020.csv (MIT, Lei Dong's China Census).

`save_figure(fig, stem)` writes figures/<stem>.png and .svg, each whole or not at all.

The steps, one module each:

- `fonts`: `use_cjk_font`, `find_cjk_family`, `CJKFontError`;
- `style`: categories, their labels and colours, bar colours, `TOP`;
- `captions`: place labels, tick text, `source_line`, `indicator_caption`, `rest_file`, `rule_kind`,
  `set_aside_note` (the reports set aside for a place read below the confidence bar);
- `bars`: `ranked`, `drawn`, `rest_table`, `indicator_chart`, `indicator_panels`;
- `composition`: `composition_chart`;
- `timeline`: `date_span`, `timeline_chart`;
- `maps`: `boundaries`, `map_unit`, `map_values`, `place_names`, `prefecture_map`;
- `accuracy`: `first_contact_chart` (held-out scores as each corpus was met);
- `saving`: `save_figure`.

Every name is importable from here (`from mobilization.charts import indicator_chart`), as before
the module became a package. A test that replaces a name (monkeypatch) must patch the module that
looks it up, e.g. `mobilization.charts.bars.use_cjk_font`.
"""
from __future__ import annotations

from ..formatting import NO_DENOMINATOR_MARK, NOT_REPORTED_MARK, format_rate, format_value  # noqa: F401 - re-exported
from .fonts import PREFERRED_FAMILIES, CJKFontError, _bundled_font, find_cjk_family, use_cjk_font
from .style import BAR_COLOUR, CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, LOWER_COLOUR, MISSING_COLOUR, TOP
from .captions import (_caption, _compact_tick, _two_lines, display_width, indicator_caption, place_label,
                       place_or_set_aside, rest_file, rule_kind, set_aside_note, set_aside_rows, source_line,
                       wrap_display)
from .bars import _bar, drawn, indicator_chart, indicator_panels, ranked, rest_table
from .composition import composition_chart
from .timeline import _span_note, date_span, timeline_chart
from .maps import BOUNDARIES, _polygon_path, boundaries, map_unit, map_values, place_names, prefecture_map
from .accuracy import first_contact_chart
from .saving import FIGURES_DIR, save_figure

__all__ = ["BAR_COLOUR", "BOUNDARIES", "CATEGORIES", "CATEGORY_COLOURS", "CATEGORY_LABELS", "CJKFontError",
           "FIGURES_DIR", "LOWER_COLOUR", "MISSING_COLOUR", "NOT_REPORTED_MARK", "NO_DENOMINATOR_MARK",
           "PREFERRED_FAMILIES", "TOP", "boundaries", "composition_chart", "date_span", "display_width", "drawn",
           "find_cjk_family", "first_contact_chart", "format_rate", "format_value", "indicator_caption", "indicator_chart",
           "indicator_panels", "map_unit", "map_values", "place_label", "place_names", "place_or_set_aside",
           "prefecture_map", "ranked", "rest_file", "rest_table", "rule_kind", "save_figure", "set_aside_note",
           "set_aside_rows", "source_line", "timeline_chart", "use_cjk_font", "wrap_display"]
