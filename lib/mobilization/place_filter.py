"""Stage 6, tables: which places the place tables use — a detected place below the run's confidence word is set aside.

A detected place carries a confidence word (`place_confidence`: high, medium or low; round c11, data/place_confidence.csv).
At first contact high was right 0.965 of the time, medium 0.68 and low 1 time in 28: a low place is almost always a
province or prefecture whose story is one of its parts', so its figures would go into the wrong place's indicators.
The facts, the indicators, the charts and the map therefore read the documents table through `places_used`: a
detected place below `min_confidence` (default medium) is emptied there, and its report counts in no place's tables
(the run's summary names it as set aside, neither placed nor unplaced). The documents table itself keeps what was
read, word and evidence included, so a reader sees what was set aside.
A place the user gave always counts.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

CONFIDENCE_WORDS = ("low", "medium", "high")  # in order: a word passes a bar at or below it
DEFAULT_MIN_CONFIDENCE = "medium"
_PLACE_FIELDS = ("place_code", "place_name", "place_level")  # what a set-aside report loses in the place tables
SET_ASIDE_COLUMN = "place_set_aside"  # in `places_used`' view only: the place read, for a set-aside report
_WORD_IN_EVIDENCE = re.compile(r"; confidence (high|medium|low);")


def check_min_confidence(word: str) -> str:
    """The word, if it is one of high, medium, low; else a UsageError saying which are.

    >>> check_min_confidence("low")
    'low'
    >>> check_min_confidence("certain")
    Traceback (most recent call last):
    ...
    mobilization.errors.UsageError: min_confidence: must be one of high, medium, low (got 'certain')
    """
    if word not in CONFIDENCE_WORDS:
        raise UsageError("min_confidence", f"must be one of high, medium, low (got {word!r})")
    return word


def confidence_words(documents_df: "pd.DataFrame") -> "pd.Series":
    """The confidence word of each row's detected place ("" for a user's place, no place, or a word not known):
    what the filter, the summary and the charts' captions and labels read, so that they agree.

    Read from `place_confidence`; a documents table written before that column existed still has the word in
    `place_evidence`. Only a detected place has a word, so a table built by hand without `place_source` has its
    words taken as they are (and none where it gives none).

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(place_source=["detected", "user", "detected"], place_confidence=["low", "", None],
    ...     place_evidence=["1:3 河北; confidence low; 2 mentions (title)", "", "4:6 宕昌; confidence high; 3 mentions (body)"]))
    >>> confidence_words(d).tolist(), confidence_words(d.drop(columns="place_source")).tolist()
    (['low', '', 'high'], ['low', '', 'high'])
    """
    n = len(documents_df)
    given = text_column(documents_df, "place_confidence")
    from_evidence = text_column(documents_df, "place_evidence").str.extract(_WORD_IN_EVIDENCE, expand=False).fillna("")
    words = given.where(given.isin(CONFIDENCE_WORDS), from_evidence) if n else given
    if "place_source" not in documents_df.columns:
        return words
    return words.where(text_column(documents_df, "place_source") == "detected", "")


def set_aside_words(documents_df: "pd.DataFrame", min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> "pd.Series":
    """The confidence word of each row whose detected place is below `min_confidence`, "" for every other row: which
    rows are set aside and why, read once (`set_aside_mask` is where it is not ""; a user's place never is).

    A detected place with no word at all (a table built by hand) is kept: nothing says it is weak.

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["a", "b", "c"], place_code=["620000", "621223", "620000"],
    ...     place_source=["detected", "detected", "user"], place_confidence=["low", "medium", ""]))
    >>> set_aside_words(d).tolist(), set_aside_words(d, "high").tolist(), set_aside_words(d, "low").tolist()
    (['low', '', ''], ['low', 'medium', ''], ['', '', ''])
    """
    rank = {w: k for k, w in enumerate(CONFIDENCE_WORDS)}
    bar = rank[check_min_confidence(min_confidence)]
    words = confidence_words(documents_df)
    placed = text_column(documents_df, "place_code") != ""
    below = words.map(lambda w: w in rank and rank[w] < bar).astype(bool)
    return words.where(placed & below, "")


def set_aside_mask(documents_df: "pd.DataFrame", min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> "pd.Series":
    """True for the rows whose detected place is below `min_confidence` (`set_aside_words`).

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["a", "b"], place_code=["620000", "621223"], place_source=["detected", "user"],
    ...     place_confidence=["low", ""]))
    >>> set_aside_mask(d).tolist()
    [True, False]
    """
    return set_aside_words(documents_df, min_confidence) != ""


def set_aside(documents_df: "pd.DataFrame", min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> list[str]:
    """The documents whose detected place is below `min_confidence`, sorted: they count in no place's tables.

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["b", "a"], place_code=["620000", "621200"], place_source=["detected"] * 2,
    ...     place_confidence=["low", "medium"]))
    >>> set_aside(d), set_aside(d, "high"), set_aside(d, "low")
    (['b'], ['a', 'b'], [])
    """
    if not len(documents_df):
        return []
    return sorted(documents_df.loc[set_aside_mask(documents_df, min_confidence), "doc"].astype(str))


def places_used(documents_df: "pd.DataFrame", min_confidence: str = DEFAULT_MIN_CONFIDENCE) -> "pd.DataFrame":
    """The documents table as the place tables read it: a detected place below `min_confidence` emptied (code,
    name, level, population), so its report is in no place's facts, indicators, charts or map. Source, evidence and
    word stay, to say what was read, and the name read moves to a column `SET_ASIDE_COLUMN` (only when some place
    was set aside), so that a chart can label the report with it. A new frame; the input is left as it was.

    >>> import pandas as pd
    >>> d = pd.DataFrame(dict(doc=["a", "b"], place_code=["620000", "621223"], place_name=["甘肃省", "宕昌县"],
    ...     place_level=["province", "county"], place_source=["detected", "user"], place_confidence=["low", ""],
    ...     population_2020=pd.array([25019831, 291940], dtype="Int64")))
    >>> places_used(d)[["doc", "place_code", "place_name", "population_2020", SET_ASIDE_COLUMN]].values.tolist()
    [['a', '', '', <NA>, '甘肃省'], ['b', '621223', '宕昌县', 291940, '']]
    """
    mask = set_aside_mask(documents_df, min_confidence) if len(documents_df) else None
    if mask is None or not mask.any():
        return documents_df
    out = documents_df.copy()
    # (the name read, or the code when a table has no name: a chart must still be able to say something was read)
    read = text_column(out, "place_name").where(text_column(out, "place_name") != "", text_column(out, "place_code"))
    out[SET_ASIDE_COLUMN] = read.where(mask, "")
    for column in _PLACE_FIELDS:
        if column in out.columns:
            out.loc[mask, column] = ""
    if "population_2020" in out.columns:
        out.loc[mask, "population_2020"] = None  # (missing in any dtype: NA in Int64, NaN in float)
    return out


def text_column(df: "pd.DataFrame", name: str) -> "pd.Series":
    """A column as stripped strings ("" for a missing cell, "nan", or a missing column): how the summary, the filter
    and the charts read the documents table's text columns (codes, dates, words), in one place.

    >>> import pandas as pd
    >>> text_column(pd.DataFrame(dict(date=["2020-02-01", None, float("nan")])), "date").tolist()
    ['2020-02-01', '', '']
    >>> text_column(pd.DataFrame(dict(doc=["a"])), "date").tolist()
    ['']
    """
    import pandas as pd

    if name not in df.columns:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[name].astype(object).where(df[name].notna(), "").astype(str).str.strip().replace("nan", "")
