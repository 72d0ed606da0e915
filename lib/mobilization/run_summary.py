"""The main job's summary (`mobilization run`): what was read, placed and dated, and why no place has an indicator."""
from __future__ import annotations

from .place_filter import DEFAULT_MIN_CONFIDENCE, set_aside_words, text_column


def coverage_warnings(docs, min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> list[str]:
    """What a reader must know before trusting a documents table: unplaced, set aside for a place read below
    `min_confidence`, undated, imprecise, no population.

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["a", "b"], place_code=["1", ""], place_name=["甲", ""], date=["2020", ""],
    ...     date_precision=["year", ""], population_2020=[float("nan"), float("nan")]))
    >>> for w in coverage_warnings(d): print(w)
    1 of 2 documents have no place and are in no indicator: b
    1 of 2 documents have no date: b
    1 documents are dated only to the month or year: a
    1 places have no 2020 population (rates: "no denominator"): 甲 (1)
    >>> d2 = d.assign(place_source=["detected", "none"], place_confidence=["low", ""])
    >>> coverage_warnings(d2)[1]
    '1 of 2 documents have a place read below medium confidence and are in no indicator (check them and give their places with --documents to count them; --min-confidence low uses every place read, unchecked): a (甲, low)'
    """
    import pandas as pd

    out = []
    n = len(docs)
    codes, dates = text_column(docs, "place_code"), text_column(docs, "date")
    words = set_aside_words(docs, min_confidence)  # (read once: the word of each set-aside report, else "")
    unplaced_docs = sorted(docs.loc[codes == "", "doc"])
    if unplaced_docs:
        out.append(f"{len(unplaced_docs)} of {n} documents have no place and are in no indicator: "
                   + ", ".join(unplaced_docs))
    aside = set_aside_lines(docs, min_confidence, words)
    if aside:
        out.append(f"{len(aside)} of {n} documents have a place read below {min_confidence} confidence and are in no "
                   f"indicator (check them and give their places with --documents to count them; --min-confidence "
                   f"low uses every place read, unchecked): " + ", ".join(aside))
    undated = sorted(docs.loc[dates == "", "doc"])
    if undated:
        out.append(f"{len(undated)} of {n} documents have no date: " + ", ".join(undated))
    coarse = sorted(docs.loc[docs["date_precision"].isin(["month", "year"]), "doc"])
    if coarse:
        out.append(f"{len(coarse)} documents are dated only to the month or year: " + ", ".join(coarse))
    pops = pd.to_numeric(docs["population_2020"], errors="coerce")
    no_pop = docs[(codes != "") & pops.isna() & (words == "")].drop_duplicates("place_code")
    if len(no_pop):
        out.append(f"{len(no_pop)} places have no 2020 population (rates: \"no denominator\"): "
                   + ", ".join(f"{n} ({c})" for n, c in zip(no_pop["place_name"], no_pop["place_code"])))
    return out


def places_with_values(ind) -> int:
    """How many places of an indicators table have at least one value: what the summary prints and what decides
    `run`'s exit code 3 (none), counted here once for both.

    >>> import pandas as pd
    >>> places_with_values(pd.DataFrame(dict(place_code=["1", "1", "2"], value=[5.0, None, None])))
    1
    """
    return int(ind.loc[ind["value"].notna(), "place_code"].nunique()) if len(ind) else 0


def set_aside_lines(docs, min_confidence: str = DEFAULT_MIN_CONFIDENCE, words=None) -> list[str]:
    """Each report whose detected place is below `min_confidence`, as "doc (place, word)", by doc (`words`:
    `place_filter.set_aside_words(docs, min_confidence)` when the caller has read them already).

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["b", "a"], place_code=["620000", "621200"], place_name=["甘肃省", "陇南市"],
    ...     place_source=["detected"] * 2, place_confidence=["low", "medium"]))
    >>> set_aside_lines(d), set_aside_lines(d, "high")
    (['b (甘肃省, low)'], ['a (陇南市, medium)', 'b (甘肃省, low)'])
    """
    if not len(docs):
        return []
    words = set_aside_words(docs, min_confidence) if words is None else words
    mask = words != ""
    rows = sorted(zip(docs.loc[mask, "doc"].astype(str), text_column(docs, "place_name")[mask], words[mask]))
    return [f"{doc} ({name}, {word})" for doc, name, word in rows]


def summary_lines(docs, dups, ind, read: int, failed: int, facts=None, with_values: int | None = None,
                  min_confidence: str = DEFAULT_MIN_CONFIDENCE, given_back: bool = False) -> list[str]:
    """The run's summary: documents read, placed (by source), dated, duplicates, unplaced, set aside, places with
    values; when no place has a value, one more line says why (`no_indicator_reason`, from `facts`, the facts table).
    `with_values`: `places_with_values(ind)` when the caller has counted it already (the main job has).

    `docs` is the documents table as read; a detected place below `min_confidence` is not counted as placed but
    named on a line of its own ("set aside", ending with the remedy: give the place with --documents to count it),
    which is printed whenever some place was read from the text and the bar is above low: such a report is in no
    place's indicators. `given_back`: the run was given back a documents table with rows marked detected, so the
    remedy is in that table (change place_code, or write user in place_source; round t12b).

    >>> import pandas as pd
    >>> docs = pd.DataFrame(dict(doc=["a", "b", "c"], place_code=["1", "1", ""], place_name=["甲", "甲", ""],
    ...     place_source=["user", "detected", "none"], place_confidence=["", "medium", ""],
    ...     date=["2020-02-01", "2020", ""], date_precision=["day", "year", ""]))
    >>> dups = pd.DataFrame(dict(cluster=["dup001"] * 2, doc=["a", "b"], representative=["a", "a"]))
    >>> ind = pd.DataFrame(dict(place_code=["1"], value=[5.0]))
    >>> for line in summary_lines(docs, dups, ind, 3, 1): print(line)
    documents read: 3 (1 more could not be read)
    placed: 2 (user 1, detected 1)
    dated: 2 (day 1, year 1)
    duplicates: 1 cluster, 1 copy counted once
    unplaced: 1 (c)
    set aside, place read below medium confidence: 0
    places with indicators: 1 of 1 places
    >>> summary_lines(docs, dups, ind, 3, 1, min_confidence="high")[1], summary_lines(docs, dups, ind, 3, 1, min_confidence="high")[5]
    ('placed: 1 (user 1)', 'set aside, place read below high confidence: 1 (b (甲, medium); give the place with --documents to count it)')
    """
    from .duplicates import merged_away
    from .tables import unplaced

    words = set_aside_words(docs, min_confidence)  # (read once: the word of each set-aside report, else "")
    placed = docs[(text_column(docs, "place_code") != "") & (words == "")]
    sources = placed["place_source"].value_counts()
    dated = docs[text_column(docs, "date") != ""]
    precision = dated["date_precision"].value_counts()
    clusters = dups["cluster"].nunique() if len(dups) else 0
    copies = merged_away(dups)
    missing = unplaced(docs)
    with_values = places_with_values(ind) if with_values is None else with_values
    return [
        f"documents read: {read}" + (f" ({failed} more could not be read)" if failed else ""),
        f"placed: {len(placed)}" + (" (" + ", ".join(f"{k} {v}" for k, v in sources.items()) + ")" if len(placed) else ""),
        f"dated: {len(dated)}" + (" (" + ", ".join(f"{k} {v}" for k, v in precision.items()) + ")" if len(dated) else ""),
        f"duplicates: {clusters} cluster{'s' if clusters != 1 else ''}, {copies} cop{'ies' if copies != 1 else 'y'} "
        "counted once",
        f"unplaced: {len(missing)}" + (f" ({', '.join(missing)})" if missing else ""),
    ] + _set_aside_line(docs, min_confidence, words, given_back) + [
        f"places with indicators: {with_values} of {ind['place_code'].nunique() if len(ind) else 0} places",
    ] + ([no_indicator_reason(docs, facts, min_confidence, words)] if facts is not None and not with_values else [])


def _set_aside_line(docs, min_confidence: str, words, given_back: bool = False) -> list[str]:
    """The summary's "set aside" line (empty when no place was read from the text or the bar is low)."""
    if min_confidence == "low" or not (text_column(docs, "place_source") == "detected").any():
        return []
    aside = set_aside_lines(docs, min_confidence, words)
    return [f"set aside, place read below {min_confidence} confidence: {len(aside)}"
            + (f" ({', '.join(aside)}; {_REMEDY[given_back, len(aside) == 1]})" if aside else "")]


# What the reader does about a set-aside report (README "Your corpus": check it, then give its place); in a
# documents table given back, a row left as read stays read, so the remedy is to change it there.
_REMEDY = {(False, True): "give the place with --documents to count it",
           (False, False): "give the places with --documents to count them",
           (True, True): "to count it, change its place_code or write user in its place_source in the table given",
           (True, False): "to count them, change their place_code or write user in their place_source in the table "
                          "given"}


def no_indicator_reason(docs, facts, min_confidence: str = DEFAULT_MIN_CONFIDENCE, words=None) -> str:
    """Why no place has an indicator value (exit code 3), in one line: no report has a place, every place was read
    below `min_confidence`, no figure was read, the figures are all in reports without a place, or none is of a kind
    an indicator counts (`words`: `place_filter.set_aside_words`, when the caller has read them).

    >>> import pandas as pd
    >>> docs = pd.DataFrame(dict(doc=["a"], place_code=["621223"]))
    >>> facts = pd.DataFrame(dict(doc=["a"], place_code=["621223"]))
    >>> print(no_indicator_reason(docs, facts.iloc[:0]))
    why: no figure was read in any report (nothing counted to make an indicator of)
    >>> print(no_indicator_reason(docs, facts))
    why: 1 figure read, none of a kind an indicator counts (data/indicators.csv says what each counts)
    >>> print(no_indicator_reason(docs.assign(place_source="detected", place_confidence="low"), facts))
    why: every place was read from the text below medium confidence and set aside (check them, then give them with --documents, or use --min-confidence low)
    """
    placed = text_column(docs, "place_code") != ""
    if not placed.any():
        return ("why: no report has a place (the text names none the software knows); give each report's place "
                "with --documents")
    words = set_aside_words(docs, min_confidence) if words is None else words
    if (placed & (words == "")).sum() == 0:
        return (f"why: every place was read from the text below {min_confidence} confidence and set aside (check them, "
                "then give them with --documents, or use --min-confidence low)")
    if not len(facts):
        return "why: no figure was read in any report (nothing counted to make an indicator of)"
    in_placed = facts[text_column(facts, "place_code") != ""]
    if not len(in_placed):
        read = "the one figure read is" if len(facts) == 1 else f"the {len(facts)} figures read are"
        return f"why: {read} all in reports without a place (give their places with --documents)"
    n = len(in_placed)
    return (f"why: {n} figure{'s' if n != 1 else ''} read, none of a kind an indicator counts "
            "(data/indicators.csv says what each counts)")
