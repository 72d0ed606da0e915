"""Evaluation, the quoted numbers: the held-out scores recorded round by round in `data/accuracy_*.csv`, read and
summed up as the paragraphs, tables and first-contact curve that the README, the docs and the notebooks quote.

- `heldout_accuracy()`, `figures_rounds()`, `places_rounds()`: the three files, with their ratios (recall and precision;
  value-level and strict F1, category accuracy; place and date accuracy);
- `heldout_summary`, `figures_summary`, `places_summary`: one paragraph each (`benchmarks/heldout/quote_summaries.py`
  writes them into the README and the docs; `tests/test_quoted_numbers.py` checks they are there);
- `figures_table`, `places_table`: per corpus, first contact beside after the fixes;
- `first_contact_curve`, `pooled_first_contact`: each corpus's blind score in the order it was met (the chart of
  `charts.accuracy`).

Nothing here scores a prediction: `evaluate` does (its scores become rows of these files by hand, round by round).
Every name is also importable from `mobilization.evaluate`, as the notebooks call them.
"""
from __future__ import annotations

import pandas as pd

from .lexicon import read_rows

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _rounds(name: str, counts: tuple[str, ...], optional: tuple[str, ...] = ()) -> pd.DataFrame:
    """A data file of held-out rounds with its count columns as integers (`optional` ones: NaN where empty)."""
    df = pd.DataFrame(list(read_rows(name)))
    for col in counts:
        df[col] = df[col].astype(int)
    for col in optional:
        df[col] = pd.to_numeric(df[col].replace("", None))
    return df


def heldout_accuracy() -> pd.DataFrame:
    """The held-out rounds of data/accuracy_heldout.csv, one row per round and stage, with recall and precision.

    >>> h = heldout_accuracy(); list(h.columns[-2:]), set(h["stage"]) == {"first_contact", "after_fixes"}
    (['recall', 'precision'], True)
    """
    df = _rounds("accuracy_heldout.csv", ("reports", "figures", "found", "extras", "all_right"))
    df["recall"] = df["found"] / df["figures"]
    df["precision"] = df["found"] / (df["found"] + df["extras"])
    return df


def heldout_summary(h: pd.DataFrame | None = None) -> str:
    """The held-out accuracy in one paragraph: what the README and the notebooks quote, from one file.

    Rounds are the numbered ones (the last is "the latest"); a round named "fresh" was judged
    only after the latest round's fixes.

    >>> rows = [("1", "first_contact", 10, 20, 19, 1, 15), ("1", "after_fixes", 10, 20, 20, 0, 18)]
    >>> h = pd.DataFrame(rows, columns=["round", "stage", "reports", "figures", "found", "extras", "all_right"])
    >>> print(heldout_summary(h)[:97])
    Held-out checks: one round of hand-judged excerpts of 10 other published reports (20 figures). As
    >>> "found 19 figures (recall 0.95) with 1 false positive " in heldout_summary(h)
    True
    """
    h = heldout_accuracy() if h is None else h
    rounds = h[h["round"].str.isdigit()]
    first = rounds[rounds["stage"] == "first_contact"]
    n = len(first)
    latest = rounds["round"].astype(int).max()
    lf = first[first["round"].astype(int) == latest].iloc[0]
    la = rounds[(rounds["round"].astype(int) == latest) & (rounds["stage"] == "after_fixes")].iloc[0]
    found, figures, extras = int(first["found"].sum()), int(first["figures"].sum()), int(first["extras"].sum())
    text = (f"Held-out checks: {_WORDS.get(n, str(n))} round{'s' * (n != 1)} of hand-judged excerpts of "
            f"{int(first['reports'].sum())} other published reports ({figures} figures). As the extractor first "
            f"met each round it found {found} figures (recall {found / figures:.2f}) with {_count(extras, 'false positive')} "
            f"(precision {found / (found + extras):.2f}); in the latest round ({lf['reports']} reports, "
            f"{lf['figures']} figures) {lf['all_right'] / lf['figures']:.0%} had every field right. After general "
            f"fixes made from what each round showed (so no longer blind), that round gives recall "
            f"{la['found'] / la['figures']:.2f}, {_count(la['extras'], 'false positive')} and "
            f"{la['all_right'] / la['figures']:.0%} fully right.")
    fresh = h[(h["round"] == "fresh") & (h["stage"] == "first_contact")]
    if len(fresh):
        f = fresh.iloc[0]
        text += (f" {_WORDS.get(int(f['reports']), str(f['reports'])).capitalize()} further reports judged only "
                 f"after those fixes ({f['figures']} figures): {f['found']} found, "
                 f"{_count(f['extras'], 'false positive')}, {f['all_right'] / f['figures']:.0%} fully right.")
    return text


def _count(n: int, noun: str) -> str:
    """'no false positive', '1 false positive', '2 false positives'.

    >>> _count(0, "extra"), _count(2, "extra")
    ('no extra', '2 extras')
    """
    n = int(n)
    return f"no {noun}" if n == 0 else f"{n} {noun}{'s' if n != 1 else ''}"


def figures_rounds() -> pd.DataFrame:
    """data/accuracy_figures.csv with value-level and strict F1 and category accuracy per corpus and code.

    >>> r = figures_rounds(); {"value_f1", "strict_f1", "category_accuracy"} <= set(r.columns)
    True
    """
    df = _rounds("accuracy_figures.csv", ("reports", "gold", "predicted", "value_found", "strict_found", "category_right"))
    df["value_f1"] = 2 * df["value_found"] / (df["gold"] + df["predicted"])
    df["strict_f1"] = 2 * df["strict_found"] / (df["gold"] + df["predicted"])
    df["category_accuracy"] = df["category_right"] / df["strict_found"]
    return df


def _latest(df: pd.DataFrame, stage: str) -> pd.DataFrame:
    """Per corpus, the last row of `stage` (rows are in the order the rounds were judged)."""
    return df[df["stage"] == stage].groupby("corpus", sort=False).tail(1)


def _span(values: pd.Series) -> str:
    lo, hi = f"{values.min():.2f}", f"{values.max():.2f}"
    return lo if lo == hi else f"{lo}–{hi}"


def figures_summary(df: pd.DataFrame | None = None) -> str:
    """The strict held-out scores in one paragraph (what the README quotes), from data/accuracy_figures.csv.

    First contact is each corpus's last blind score (the newest code that had not seen it).

    >>> rows = [("X", "q0", "first_contact", 2, 10, 10, 9, 8, 7), ("X", "q1", "after_fixes", 2, 10, 10, 10, 10, 9)]
    >>> cols = ["corpus", "code", "stage", "reports", "gold", "predicted", "value_found", "strict_found", "category_right"]
    >>> df = pd.DataFrame(rows, columns=cols).assign(value_f1=[.9, 1.], strict_f1=[.8, 1.], category_accuracy=[.875, .9])
    >>> print(figures_summary(df)[:123])
    Scored strictly (a figure counts only with its value and its counted noun) on one held-out corpus of 2 reports (10 figures)
    """
    df = figures_rounds() if df is None else df
    first, after = _latest(df, "first_contact"), _latest(df, "after_fixes")
    n, newest = len(first), first.iloc[-1]
    text = (f"Scored strictly (a figure counts only with its value and its counted noun) on "
            f"{_WORDS.get(n, str(n))} held-out {'corpus' if n == 1 else 'corpora'} of {first['reports'].sum()} reports "
            f"({first['gold'].sum()} figures), each met before any fix was made from it: value-level F1 "
            f"{_span(first['value_f1'])}, strict F1 {_span(first['strict_f1'])}, category accuracy "
            f"{_span(first['category_accuracy'])} at first contact (the newest, {newest['corpus']}: "
            f"{newest['reports']} reports, strict F1 {newest['strict_f1']:.3f}, category {newest['category_accuracy']:.3f}).")
    if len(after):
        text += (f" After the fixes each prompted (no longer blind), the corpora they were made from give strict F1 "
                 f"{_span(after['strict_f1'])} and category accuracy {_span(after['category_accuracy'])}.")
    return text


def places_rounds() -> pd.DataFrame:
    """data/accuracy_places.csv with place accuracy (all documents, and where the text gives the place) and date accuracy.

    >>> r = places_rounds(); {"place_accuracy", "text_gives_accuracy", "date_accuracy"} <= set(r.columns)
    True
    """
    df = _rounds("accuracy_places.csv", ("documents", "right", "dates_printed", "dates_right", "undated", "dates_invented"),
                 optional=("wrong", "unknown", "not_in_text", "not_in_text_right"))
    df["place_accuracy"] = df["right"] / df["documents"]
    given = df["documents"] - df["not_in_text"]
    df["text_gives_accuracy"] = (df["right"] - df["not_in_text_right"]) / given
    df["date_accuracy"] = df["dates_right"] / df["dates_printed"]
    return df


def places_summary(df: pd.DataFrame | None = None) -> str:
    """The held-out place and date scores in one paragraph (what the README quotes), from data/accuracy_places.csv.

    >>> rows = [("X", "r0", "first_contact", 10, 7, 2, 1, 1, 0, 5, 5, 5, 0)]
    >>> cols = ["corpus", "code", "stage", "documents", "right", "wrong", "unknown", "not_in_text", "not_in_text_right",
    ...         "dates_printed", "dates_right", "undated", "dates_invented"]
    >>> df = pd.DataFrame(rows, columns=cols).assign(place_accuracy=.7, text_gives_accuracy=7 / 9, date_accuracy=1.)
    >>> print(places_summary(df)[:103])
    Places read from the text were right at first contact for 0.70 of one held-out corpus (10 reports); the
    """
    df = places_rounds() if df is None else df
    first, after = _latest(df, "first_contact"), _latest(df, "after_fixes")
    n, newest = len(first), first.iloc[-1]
    counted = first.dropna(subset=["wrong"])
    text = (f"Places read from the text were right at first contact for {_span(first['place_accuracy'])} of "
            f"{_WORDS.get(n, str(n))} held-out {'corpus' if n == 1 else 'corpora'} ({first['documents'].sum()} reports); the "
            f"newest, {newest['corpus']} ({newest['documents']} reports taken as they came), "
            f"{newest['place_accuracy']:.2f}, and {newest['text_gives_accuracy']:.2f} of the "
            f"{int(newest['documents'] - newest['not_in_text'])} whose text gives the place at all")
    if len(counted):
        text += (f"; where counted, {int(counted['wrong'].sum())} of {counted['documents'].sum()} reports got a "
                 f"wrong code and {int(counted['unknown'].sum())} an honest unknown")
    text += (f". Printed dates were read right for {_span(first['date_accuracy'])} at first contact, "
             f"with {_count(first['dates_invented'].sum(), 'date')} invented where none is printed")
    if len(after):
        text += (f"; after the fixes each corpus prompted (no longer blind), places {_span(after['place_accuracy'])} "
                 f"and dates {_span(after['date_accuracy'])} on those corpora")
    return text + "."


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(r) + " |" for r in lines)


def _per_corpus(df: pd.DataFrame, size: str, cell) -> list[list[str]]:
    """Per corpus (in the file's order): its `size`, and `cell` of its last first-contact and after-fixes rows."""
    first, after = _latest(df, "first_contact").set_index("corpus"), _latest(df, "after_fixes").set_index("corpus")
    rows = []
    for corpus in dict.fromkeys(df["corpus"]):
        base = first.loc[corpus] if corpus in first.index else after.loc[corpus]
        rows.append([corpus, str(int(base[size])), *(cell(t.loc[corpus]) if corpus in t.index else "—" for t in (first, after))])
    return rows


def figures_table(df: pd.DataFrame | None = None) -> str:
    """Per held-out corpus, its scores at first contact and after the fixes it prompted (data/accuracy_figures.csv).

    >>> print(figures_table().splitlines()[0])
    | corpus | reports | first contact: value F1 / strict F1 / category (code) | after fixes: value F1 / strict F1 / category (code) |
    """
    df = figures_rounds() if df is None else df
    cell = lambda r: f"{r['value_f1']:.3f} / {r['strict_f1']:.3f} / {r['category_accuracy']:.3f} ({r['code']})"  # noqa: E731
    return _markdown(["corpus", "reports", "first contact: value F1 / strict F1 / category (code)",
                      "after fixes: value F1 / strict F1 / category (code)"], _per_corpus(df, "reports", cell))


def places_table(df: pd.DataFrame | None = None) -> str:
    """Per held-out corpus, place and date accuracy at first contact and after the fixes it prompted
    (data/accuracy_places.csv); in brackets, places over the reports whose text gives the place.

    >>> print(places_table().splitlines()[0])
    | corpus | reports | first contact: places (text gives it) / dates printed read right (code) | after fixes: the same (code) |
    """
    df = places_rounds() if df is None else df

    def cell(r) -> str:
        given = "" if pd.isna(r["text_gives_accuracy"]) else f" ({r['text_gives_accuracy']:.3f})"
        return f"{r['place_accuracy']:.3f}{given} / {r['dates_right']}/{r['dates_printed']} ({r['code']})"
    return _markdown(["corpus", "reports", "first contact: places (text gives it) / dates printed read right (code)",
                      "after fixes: the same (code)"], _per_corpus(df, "documents", cell))


def first_contact_curve(kind: str) -> pd.DataFrame:
    """Each held-out corpus of `kind` ("places" or "figures"), in the order it was met, with its score at first
    contact (the code that first met it), its latest blind score (the newest code that had still not seen it) and
    its score after the fixes it prompted (NaN if none). The score is place accuracy, or strict F1 for figures.

    This is the question a researcher asks before trusting the software on a corpus nobody has read: does a report
    of a new kind come out better now than one did a few rounds ago?

    >>> c = first_contact_curve("places"); list(c.columns)
    ['order', 'corpus', 'size', 'first_code', 'first', 'blind_code', 'latest_blind', 'after']
    >>> bool(c["first"].between(0, 1).all()), list(c["order"][:3])
    (True, [1, 2, 3])
    """
    if kind == "places":
        df, score, size = places_rounds(), "place_accuracy", "documents"
    elif kind == "figures":
        df, score, size = figures_rounds(), "strict_f1", "gold"
    else:
        raise ValueError(f"kind must be 'places' or 'figures', not {kind!r}")
    met = df[df["stage"] == "first_contact"].groupby("corpus", sort=False)
    first, blind = met.head(1).set_index("corpus"), met.tail(1).set_index("corpus")
    after = _latest(df, "after_fixes").set_index("corpus")[score]
    out = pd.DataFrame({"corpus": first.index, "size": first[size].astype(int).to_numpy(),
                        "first_code": first["code"].to_numpy(), "first": first[score].to_numpy(),
                        "blind_code": blind.loc[first.index, "code"].to_numpy(),
                        "latest_blind": blind.loc[first.index, score].to_numpy(),
                        "after": after.reindex(first.index).to_numpy()})
    out.insert(0, "order", range(1, len(out) + 1))
    return out


def pooled_first_contact(curve: pd.DataFrame, last: int) -> float:
    """The first-contact score of the `last` corpora met, pooled (weighted by their size), from `first_contact_curve`.

    >>> pooled_first_contact(pd.DataFrame({"size": [10, 30], "first": [0.5, 0.9]}), 2)
    0.8
    """
    tail = curve.tail(last)
    return round(float((tail["first"] * tail["size"]).sum() / tail["size"].sum()), 6)
