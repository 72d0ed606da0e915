"""A documents table given back (`--meta`, `--documents`): which of its rows are still as the software wrote them,
and what became of the table, in a few lines (rounds t12, k13).

A row marked `detected` (`place_source`, `date_source`) holds what the text gave when the table was written. If the
text is read otherwise now (another version of the software, or the file changed), that row is read again when it is
as it was written (`as_written`: its evidence still names its place or date, its name not edited): the researcher
left it alone, so the reading is the software's to renew, and `given_back_notes` names every row whose reading
changed. A row whose code or date the researcher changed is theirs, as before.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .user_metadata import DETECTED, _name_of, normalise_date

if TYPE_CHECKING:
    import pandas as pd

_EVIDENCE = re.compile(r"\d+:\d+ (?P<surface>[^;]*)")  # "2:4 宕昌; confidence high; …": the span and what it says


def as_written(given: Mapping[str, str], mark: str) -> bool:
    """Whether the place (`mark` = "place_source") or date ("date_source") of a row given back, marked `detected`, is
    still the one the software wrote there: its evidence names that place or date, and (a place) its name was not
    edited (`read_user_metadata` keeps a `place_name` only when it is not its code's). A row the user changed, or
    one that cannot be told (no evidence, a township's name), is not: it stays the user's, as before round k13.

    >>> as_written({"place_source": "detected", "place_code": "410000", "place_evidence": "0:3 河南省; confidence low"},
    ...            "place_source")
    True
    >>> as_written({"place_source": "detected", "place_code": "621223", "place_evidence": "0:3 河南省; confidence low"},
    ...            "place_source")
    False
    >>> as_written({"date_source": "detected", "date": "2020-02-10", "date_evidence": "9:19 2020-02-10; label"},
    ...            "date_source"), as_written({"date_source": "detected", "date": "2020-02-13",
    ...                                        "date_evidence": "9:19 2020-02-10; label"}, "date_source")
    (True, False)
    """
    if given.get(mark) != DETECTED:
        return False
    if mark == "place_source":
        found = _EVIDENCE.match(given.get("place_evidence", ""))
        code = given.get("place_code", "")
        return bool(found and code and "place_name" not in given and _names_place(found["surface"], code))
    found = _EVIDENCE.match(given.get("date_evidence", ""))
    return bool(found and given.get("date") and _names_date(found["surface"], given["date"]))


def _names_place(surface: str, code: str) -> bool:
    """Whether the words of a place's evidence name the division `code`: as a key of the gazetteer that may name it
    (a full name, a short form, in either script), or as part of its census name.

    >>> _names_place("宕昌縣", "621223"), _names_place("宕昌", "621223"), _names_place("河南", "621223")
    (True, True, False)
    """
    from .gazetteer import entries
    from .script import convert

    words = convert(surface.strip(), "t2s")
    entry = entries().get(words)
    if entry is not None and (code in entry.codes or code in entry.qualified):
        return True
    return len(words) >= 2 and words in _name_of(code)


def _names_date(surface: str, date: str) -> bool:
    """Whether the numbers of a date's evidence hold the numbers of `date`, in order (2020年02月10日, 2020-02-10).

    >>> _names_date("2020年02月10日 08:30", "2020-02-10"), _names_date("2020年02月10日", "2020-02-11")
    (True, False)
    """
    want = [int(n) for n in re.findall(r"\d+", date)]
    got = [int(n) for n in re.findall(r"\d+", surface)]
    return bool(want) and any(got[i:i + len(want)] == want for i in range(len(got) - len(want) + 1))


def given_back_notes(meta: "str | Path | None", user: "Mapping | None", table: "pd.DataFrame") -> list[str]:
    """What became of a documents table given back (`--meta`, `--documents`), in at most three lines; none when no
    row of it is marked `detected`: how many places (and dates) read from the text stay read, with their confidence
    word, which ones the user changed, now the user's (`describe`; round t12), and which ones, left as written, the
    text now gives otherwise, read again (`as_written`; round k13); then the rows kept as read whose `place_name` was
    edited (a name is not read: the edit would be lost in silence).

    A row the user took as theirs by writing `user` in its `place_source` (it still carries the word it was read
    with) is named, and so is a kept row whose `place_confidence` was edited (the word is the text's, not read).

    >>> import pandas as pd
    >>> t = pd.DataFrame(dict(doc=["a", "b", "c", "d"], place_code=["620000", "621223", "621223", "620000"],
    ...     place_source=["detected", "user", "user", "user"], place_confidence=["low", "", "", ""],
    ...     date_source=["detected", "detected", "user", "detected"]))
    >>> user = {"a": {"place_source": "detected", "place_name": "宕昌县", "place_confidence": "high"},
    ...         "b": {"place_source": "detected", "date_source": "detected"}, "c": {"place_code": "621223"},
    ...         "d": {"place_code": "620000", "place_confidence": "low"}}
    >>> for line in given_back_notes("docs.csv", user, t): print(line)
    docs.csv: 2 places marked detected: 1 as read stays read, with its confidence word; 1 place changed is yours: b; 1 date marked detected: 1 as read stays read; 1 place taken as yours (user): d
    docs.csv: place_name is not read, and names another place than place_code in 1 row kept as read: a (宕昌县 ≠ 620000 甘肃省); change place_code, or give the place by name in a column `place`
    docs.csv: place_confidence is not read, and was edited in 1 row kept as read: a (high ≠ low); the word is the text's: to count a place, change place_code or write user in place_source
    >>> given_back_notes("m.csv", {"c": {"place_code": "621223"}}, t)
    []

    A row marked detected, left as written, whose text is read otherwise now is read again, and named (round k13):

    >>> t2 = pd.DataFrame(dict(doc=["e"], place_code=["620000"], place_source=["detected"]))
    >>> given_back_notes("docs.csv", {"e": {"place_source": "detected", "place_code": "410000"}}, t2)
    ['docs.csv: 1 place marked detected: 0 as read stay read; 1 read otherwise now than when the table was written, read again: e (410000 河南省 → 620000 甘肃省); to keep what the table says, write user in its place_source']
    """
    # (doc → its row's source columns and code; plain dicts: a doc id may stand twice in a table of two folders)
    rows = {column: dict(zip(table["doc"].astype(str), table[column].fillna("").astype(str)))
            for column in ("place_source", "date_source", "place_code", "date") if column in table.columns}
    words = dict(zip(table["doc"].astype(str), table["place_confidence"].fillna("").astype(str))) \
        if "place_confidence" in table.columns else {}
    parts: list[str] = []
    renamed: list[str] = []
    reworded: list[str] = []
    for mark, what in (("place_source", "place"), ("date_source", "date")):
        marked = [doc for doc, given in (user or {}).items() if given.get(mark) == DETECTED and doc in rows.get(mark, {})]
        if not marked:
            continue
        yours = sorted(doc for doc in marked if rows[mark][doc] == "user")
        value = "place_code" if what == "place" else "date"
        again = sorted(doc for doc in marked if doc not in yours and user[doc].get(value) and doc in rows.get(value, {})
                       and _same(value, user[doc][value]) != _same(value, rows[value][doc]))
        kept = len(marked) - len(yours) - len(again)
        part = (f"{len(marked)} {what}{'s' * (len(marked) != 1)} marked detected: {kept} as read "
                f"{'stay' if kept != 1 else 'stays'} read" + (f", with {'their' if kept != 1 else 'its'} confidence word"
                                                            if what == "place" and kept else ""))
        if yours:
            part += (f"; {len(yours)} {what}{'s' * (len(yours) != 1)} changed {'are' if len(yours) != 1 else 'is'} "
                     f"yours: {_some(yours)}")
        if again:
            part += (f"; {len(again)} read otherwise now than when the table was written, read again: "
                     f"{_some([_change(doc, what, user[doc][value], rows[value][doc]) for doc in again])}; to keep "
                     f"what the table says, write user in {'its' if len(again) == 1 else 'their'} {mark}")
        parts.append(part)
        if what == "place":
            kept_rows = sorted(set(marked) - set(yours) - set(again))
            renamed = [f"{doc} ({user[doc]['place_name']} ≠ {rows['place_code'][doc]} "
                       f"{_name_of(rows['place_code'][doc])})" for doc in kept_rows if user[doc].get("place_name")]
            reworded = [f"{doc} ({user[doc]['place_confidence']} ≠ {words.get(doc, '')})" for doc in kept_rows
                        if user[doc].get("place_confidence", words.get(doc, "")) != words.get(doc, "")]
    taken = _taken_as_yours(user, rows)
    if taken:
        parts.append(f"{len(taken)} place{'s' * (len(taken) != 1)} taken as yours (user): {_some(taken)}")
    lines = [f"{meta}: " + "; ".join(parts)] if parts else []
    if renamed:
        lines.append(f"{meta}: place_name is not read, and names another place than place_code in {len(renamed)} "
                     f"row{'s' * (len(renamed) != 1)} kept as read: {_some(renamed)}; change place_code, or give the "
                     "place by name in a column `place`")
    if reworded:
        lines.append(f"{meta}: place_confidence is not read, and was edited in {len(reworded)} "
                     f"row{'s' * (len(reworded) != 1)} kept as read: {_some(reworded)}; the word is the text's: to "
                     "count a place, change place_code or write user in place_source")
    return lines


def _taken_as_yours(user: "Mapping | None", rows: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Rows of a documents table given back that the user took as their own by writing `user` in `place_source` of a
    place read from the text (the row still carries the word it was read with) and leaving `place_code` as it was."""
    sources = rows.get("place_source", {})
    return sorted(doc for doc, given in (user or {}).items()
                  if given.get("place_confidence") and given.get("place_source") != DETECTED
                  and sources.get(doc) == "user")


def _same(column: str, value: str) -> str:
    """A code as it is, a date in the table's form (2020-2-10 and 2020-02-10 are one date)."""
    return normalise_date(value)[0] if column == "date" and value else value


def _change(doc: str, what: str, was: str, now: str) -> str:
    """One row read otherwise now: `doc (410000 河南省 → 620000 甘肃省)`, `doc (2020-02-10 → 2020-02-11)`."""
    if what == "place":
        was, now = (f"{code} {_name_of(code)}" if code else "none" for code in (was, now))
    return f"{doc} ({was} → {now or 'none'})"


def _some(names: list[str], most: int = 5) -> str:
    """The first `most` names, comma-joined, and how many more."""
    return ", ".join(names[:most]) + (f" (and {len(names) - most} more)" if len(names) > most else "")
