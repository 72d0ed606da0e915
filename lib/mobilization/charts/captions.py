"""Stage 7, charts: the words on a chart — place labels, tick text, and captions built from the data."""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from ..place_filter import SET_ASIDE_COLUMN, confidence_words, text_column

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def place_label(zh: str, en: str) -> str:
    """Chinese name with the English beside it.

    >>> place_label("市南区", "Shinan"), place_label("", "Shinan")
    ('市南区 Shinan', 'Shinan')
    """
    return " ".join(p for p in (zh, en) if p)


def _two_lines(label: str, longest: int = 16) -> str:
    """Break a long 'Chinese English' label after the Chinese name."""
    return label.replace(" ", "\n", 1) if len(label) > longest else label


def _caption(fig: "Figure", *paragraphs: str) -> None:
    """Write the caption under the axes (wrapped to the figure's width), leaving room for it."""
    width = int(fig.get_figwidth() * 16)
    lines = [ln for p in paragraphs if p for ln in wrap_display(p, width)]
    height_in = 0.15 * len(lines) + 0.1
    fig.text(0.01, 0.01, "\n".join(lines), fontsize=7.5, ha="left", va="bottom", color="#333333")
    fig.subplots_adjust(bottom=min(0.6, (height_in + 0.6) / fig.get_figheight()))


def display_width(text: str) -> int:
    """Columns `text` takes: Chinese characters (East Asian wide/full-width) count twice.

    >>> display_width("市南区 Shinan")
    13
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_display(text: str, width: int) -> list[str]:
    """Wrap at spaces so that no line is wider than `width` columns (Chinese counts double).

    >>> wrap_display("Sources: 000 慈善公益报 2020-02-19; 001 山西组工 2020-02-04.", 30)
    ['Sources: 000 慈善公益报', '2020-02-19; 001 山西组工', '2020-02-04.']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and display_width(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _compact_tick(value: float, _pos=None) -> str:
    """Axis tick text: 20 M rather than 2e7 and an offset label.

    >>> _compact_tick(2e7), _compact_tick(2500.0), _compact_tick(0.5)
    ('20 M', '2,500', '0.5')
    """
    if abs(value) >= 1e6:
        return f"{value / 1e6:g} M"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:g}"


def source_line(doc_ids: Iterable[str], documents_df: pd.DataFrame | None = None, most: int = 8) -> str:
    """'Sources: N reports, dated … to …: doc (date), …' built from the documents table.

    >>> d = pd.DataFrame(dict(doc=["a", "b"], date=["2020-02-19", "2020"], date_precision=["day", "year"]))
    >>> source_line(["b", "a"], d)
    'Sources: 2 reports: a (2020-02-19); b (2020, year only).'
    >>> source_line([], d)
    'Sources: no report.'
    """
    docs = sorted(set(doc_ids))
    if not docs:
        return "Sources: no report."
    meta = documents_df.set_index("doc") if documents_df is not None and len(documents_df) else None
    parts = []
    for doc in docs[:most]:
        if meta is not None and doc in meta.index and str(meta.at[doc, "date"] or "") not in ("", "nan"):
            precision = str(meta.at[doc, "date_precision"])
            note = f", {precision} only" if precision in ("month", "year") else ""
            parts.append(f"{doc} ({meta.at[doc, 'date']}{note})")
        else:
            parts.append(f"{doc} (undated)")
    more = f"; and {len(docs) - most} more (see the documents table)" if len(docs) > most else ""
    return f"Sources: {len(docs)} report{'s' if len(docs) != 1 else ''}: " + "; ".join(parts) + more + "."


def set_aside_rows(documents_df: pd.DataFrame | None) -> list[tuple[str, str, str]]:
    """(doc, place read, confidence word) of each report set aside in a `places_used` view, sorted by doc; the word as
    the filter read it (`place_filter.confidence_words`: the column, else the evidence of an older table).

    >>> d = pd.DataFrame(dict(doc=["b", "a"], place_code=["", "621223"], place_confidence=["low", "high"],
    ...     place_set_aside=["河南省", ""]))
    >>> set_aside_rows(d), set_aside_rows(d.drop(columns="place_set_aside")), set_aside_rows(None)
    ([('b', '河南省', 'low')], [], [])
    >>> set_aside_rows(d.drop(columns="place_confidence"))
    [('b', '河南省', '')]
    """
    if documents_df is None or SET_ASIDE_COLUMN not in documents_df.columns or not len(documents_df):
        return []
    read = text_column(documents_df, SET_ASIDE_COLUMN)
    aside = read != ""
    return sorted(zip(documents_df.loc[aside, "doc"].astype(str), read[aside], confidence_words(documents_df)[aside]))


def place_or_set_aside(name: str, read: str = "", word: str = "") -> str:
    """A report's place as a chart labels it: the place used, else the place read and set aside, else "(no place)".

    >>> place_or_set_aside("宕昌县"), place_or_set_aside("", "河南省", "low"), place_or_set_aside("")
    ('宕昌县', '河南省 (set aside: low)', '(no place)')
    """
    if name:
        return name
    if read:
        return f"{read} (set aside: {word})" if word else f"{read} (set aside)"
    return "(no place)"


def set_aside_note(documents_df: pd.DataFrame | None, most: int = 8) -> str:
    """The caption's sentence on the reports set aside (their place read below the run's confidence bar), or "".

    >>> d = pd.DataFrame(dict(doc=["b", "a"], place_code=["", ""], place_confidence=["low", ""],
    ...     place_set_aside=["河南省", ""]))
    >>> set_aside_note(d)
    'Set aside: 1 report whose place was read below the confidence bar (--min-confidence) counts in no place: b (河南省, low); check it and give its place with --documents to count it.'
    >>> set_aside_note(d.drop(columns="place_set_aside"))
    ''
    """
    rows = set_aside_rows(documents_df)
    if not rows:
        return ""
    n = len(rows)
    named = "; ".join(f"{doc} ({read}, {word})" if word else f"{doc} ({read})" for doc, read, word in rows[:most])
    more = f"; and {n - most} more (see the documents table)" if n > most else ""
    return (f"Set aside: {n} report{'s' if n != 1 else ''} whose place was read below the confidence bar "
            f"(--min-confidence) count{'s' if n == 1 else ''} in no place: {named}{more}; check "
            f"{'it' if n == 1 else 'them'} and give {'its place' if n == 1 else 'their places'} with --documents "
            f"to count {'it' if n == 1 else 'them'}.")


def indicator_caption(part: pd.DataFrame, per_capita: bool, top: int,
                      documents_df: pd.DataFrame | None = None) -> list[str]:
    """The caption of one indicator chart, from its rows: counts, gaps, bounds, rules, denominators, sources.

    >>> part = pd.DataFrame(dict(place_code=["1", "2"], value=[5.0, float("nan")], per_10k=[1.0, float("nan")],
    ...     bound=["lower_bound", ""], rule_applied=["largest figure of 2", ""], docs=["a", "b"], sources=["a@1:2 5名", ""],
    ...     denominator_status=["census", "census"], place_level=["county", "county"]))
    >>> indicator_caption(part, False, 40)[0]
    '2 places: 1 with a value (1 of them a lower bound, ▶), 1 not reported (no report gives the figure: not zero).'
    """
    column = "per_10k" if per_capita else "value"
    n = len(part)
    valued = int(part[column].notna().sum())
    no_report = int(part["value"].isna().sum())
    no_denominator = int((part["value"].notna() & part[column].isna()).sum()) if per_capita else 0
    lower = int((part["bound"] == "lower_bound").sum())
    about = int((part["bound"] == "about").sum())
    counts = [f"{valued} with a value" + (f" ({lower} of them a lower bound, ▶)" if lower else "")]
    if about:
        counts.append(f"{about} approximate (~)")
    if no_denominator:
        counts.append(f"{no_denominator} with a value but no denominator (no population for the place)")
    if no_report:
        counts.append(f"{no_report} not reported (no report gives the figure: not zero)")
    lines = [f"{n} place{'s' if n != 1 else ''}: " + ", ".join(counts) + "."]
    said = what_it_counts(str(part["indicator_id"].iloc[0])) if "indicator_id" in part and n else ""
    if said:
        lines.insert(0, said)
    if n > top:
        drawn = min(top, valued)
        rest = rest_file(str(part["indicator_id"].iloc[0]), per_capita) if "indicator_id" in part else "the rest table"
        lines.append((f"The chart draws the {drawn} largest; the other {n - drawn} places are listed in {rest}."
                      if drawn else f"All {n} places are listed in {rest}."))
    rules = part["rule_applied"][part["rule_applied"].astype(str) != ""].astype(str)
    if len(rules):
        common = rules.map(rule_kind).value_counts()
        lines.append("How values were combined: " + "; ".join(f"{k} ({v})" for k, v in common.items()) +
                     ". Within a report a stated total is used, never added to its parts; copies of one story "
                     "count once; several reports of a place give their largest value (a lower bound). A value is "
                     "exact only when the report states it for the whole place (共计, 累计, 全县 …) or as the sum of "
                     "a list; a figure from one story (三名党员干部…) is a lower bound.")
    levels = part["place_level"].astype(str).value_counts() if "place_level" in part else pd.Series(dtype=int)
    if len(levels) > 1:
        lines.append("Not like for like: the places are of different levels (" +
                     ", ".join(f"{v} {k}" for k, v in levels.items()) + ").")
    if per_capita and "denominator_status" in part:
        status = part.loc[part["value"].notna(), "denominator_status"].astype(str).value_counts()
        if len(status):
            lines.append("Denominators: " + ", ".join(f"{v} {k}" for k, v in status.items()) +
                         " (census = 2020 census residents of the place; curated = data/denominators.csv, "
                         "where the census unit is not the population served).")
    used = [d.split("@")[0] for cell in part.get("sources", []) for d in str(cell).split("; ") if "@" in d]
    lines.append(source_line(used, documents_df))
    aside = set_aside_note(documents_df)
    if aside:
        lines.append(aside)
    return lines


def what_it_counts(indicator_id: str) -> str:
    """The line a chart prints to say what its indicator counts (data/indicators.csv, column `counts`), or "".

    "Not reported" on a chart means no report gives THIS figure: the line says what the figure is, so a reader
    who sees special Party dues in a report knows they are not the Party dues allocated.

    >>> what_it_counts("party_dues")
    'Counts: Party-dues money allocated by Party organizations (not special Party dues members pay: see special_party_dues).'
    >>> what_it_counts("no_such_indicator")
    ''
    """
    from ..tables import rules

    said = next((r.counts for r in rules() if r.indicator_id == indicator_id), "")
    return f"Counts: {said}." if said else ""


def rest_file(indicator_id: str, per_capita: bool = False) -> str:
    """The table of the places a chart leaves out, as a run writes it (`mobilization run --out DIR`: DIR/tables/).

    >>> rest_file("temp_party_orgs"), rest_file("party_dues", per_capita=True)
    ('tables/rest_temp_party_orgs.csv', 'tables/rest_party_dues_per_10k.csv')
    """
    return f"tables/rest_{indicator_id}{'_per_10k' if per_capita else ''}.csv"


def rule_kind(rule_applied: str) -> str:
    """The short name of how a value was combined (for captions), from the `rule_applied` text.

    >>> rule_kind("largest of 2 reports (stated total)"), rule_kind("largest figure; 4 matching facts, 1 used")
    ('largest of several reports', 'largest figure')
    >>> rule_kind("stated total, 2 parts not added"), rule_kind("sum of 3 parts (no total stated)")
    ('stated total', 'sum of parts')
    """
    text = str(rule_applied)
    for start, name in (("largest of", "largest of several reports"), ("stated total", "stated total"),
                        ("the figure that is the sum", "a figure equal to the sum of the others"),
                        ("sum of distinct", "sum of distinct figures"), ("sum of", "sum of parts"),
                        ("largest figure", "largest figure"), ("one figure", "one figure")):
        if text.startswith(start):
            return name
    return text
