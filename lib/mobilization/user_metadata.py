"""The user's metadata of the documents table: a documents CSV or Parquet file (`--meta`, `--documents`) read and
checked, what each document takes from it, and what became of it (round t12: a documents table given back).

- `read_user_metadata(path)`: doc → {place_code, place, date}, each checked when read (a bad code, name or date is an
  error naming the file and row); a row whose `doc` is `*` applies to every document;
- a documents table given back keeps its marks: a place or date whose `place_source`/`date_source` is `detected` is
  the text's reading, and `documents.describe` keeps it as read (with its confidence word) while the text still
  gives it; a changed one is the user's (`given_back.given_back_notes` says which);
- `mention_overrides`/`apply_user_metadata`: the mention table's place and date columns the metadata sets.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import read_file
from .errors import InputError, MobilizationError
from .gazetteer import divisions
from .places import resolve_name

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Document

USER_FIELDS = ("place_code", "place", "date")
# A documents table given back says which place and date were read from the text (`detected`): such a row's value
# is the user's only where it differs from what the text gives (`_as_read`, round t12).
AS_READ_FIELDS = {"place_source": ("place_code", "place"), "date_source": ("date",)}
DETECTED = "detected"
# Beside a mark, what else the table wrote of that reading: an edited name is kept to be named, and the evidence to
# tell a row left alone from one the user changed (`given_back.as_written`, round k13).
AS_WRITTEN_FIELDS = {"place_source": ("place_name", "place_evidence"), "date_source": ("date_evidence",)}
_WRITTEN_ANY = frozenset(f for fields_ in AS_WRITTEN_FIELDS.values() for f in fields_)
SOURCE_MARKS = ("user", DETECTED, "none")  # what the documents table writes in place_source / date_source
_ISO = re.compile(r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?")
ALL_DOCUMENTS = "*"


def normalise_date(text: str, where: str = "date") -> tuple[str, str]:
    """(ISO date, precision) of a date a user wrote: 2020-02-19, 2020/2/3, 2020-02 or 2020.

    >>> normalise_date("2020/2/3"), normalise_date("2020-03"), normalise_date("2020"), normalise_date("")
    (('2020-02-03', 'day'), ('2020-03', 'month'), ('2020', 'year'), ('', ''))
    >>> normalise_date("2020-02-30", "meta.csv row 2")
    Traceback (most recent call last):
    ...
    mobilization.errors.InputError: meta.csv row 2: date '2020-02-30' is not a calendar date (use 2020-02-19, 2020-02 or 2020)
    """
    from datetime import date

    text = text.strip()
    if not text:
        return "", ""
    m = _ISO.fullmatch(text.split(" ")[0].split("T")[0])
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m["y"]), m["m"] and int(m["m"]), m["d"] and int(m["d"])
        if d:
            return date(y, mo, d).isoformat(), "day"
        if mo:
            if not 1 <= mo <= 12:
                raise ValueError
            return f"{y:04d}-{mo:02d}", "month"
        return f"{y:04d}", "year"
    except ValueError:
        raise InputError(where, f"date {text!r} is not a calendar date (use 2020-02-19, 2020-02 or 2020)") from None


def user_place(fields_: Mapping[str, str], where: str = "metadata") -> str:
    """The division code a user gave (place_code, else place resolved by name); "" if none.

    >>> user_place({"place_code": "621223"}), user_place({"place": "甘肃省陇南市宕昌县"}), user_place({})
    ('621223', '621223', '')
    >>> user_place({"place": "鼓楼区"}, "meta.csv row 3")
    Traceback (most recent call last):
    ...
    mobilization.errors.InputError: meta.csv row 3: place '鼓楼区' is ambiguous or not a census division; give place_code or a fuller name (福州市鼓楼区)
    """
    code = (fields_.get("place_code") or "").strip()
    if code:
        if code.endswith(".0"):  # a code read as a number by a spreadsheet
            code = code[:-2]
        if code not in divisions():
            raise InputError(where, f"place_code {code!r} is not a division code of the 2020 census")
        return code
    name = (fields_.get("place") or "").strip()
    if not name or no_census_place(fields_):
        return ""
    code = _resolve_either_script(name)
    if not code:
        raise InputError(where, f"place {name!r} is ambiguous or not a census division; "
                                "give place_code or a fuller name (福州市鼓楼区)")
    return code


def _resolve_either_script(name: str) -> str:
    """The code of a place name a user wrote in simplified or traditional script ("" if unknown or ambiguous).

    The gazetteer holds the census's simplified names, so a traditional name (a Big5 file, a Hong Kong or
    Taiwan researcher's sheet) was read only where its characters happen to be shared: 順德區 was refused,
    and 廣東省佛山市順德區 became 佛山市, the one part both scripts spell alike, in silence. So the name is
    read as written and in simplified (t2s); where both readings name a division and one lies inside the other,
    the inner one is what the whole name says. t2s may harm a simplified name (乾县, a county of 咸阳,
    becomes 干县, which names nothing): the reading as written then stands. Two readings that are unrelated
    are no answer.

    >>> _resolve_either_script("順德區"), _resolve_either_script("廣東省佛山市順德區"), _resolve_either_script("顺德区")
    ('440606', '440606', '440606')
    >>> _resolve_either_script("乾县"), _resolve_either_script("咸阳市乾县"), _resolve_either_script("陝西省咸陽市乾縣")
    ('610424', '610424', '610424')
    >>> _resolve_either_script("鼓樓區"), _resolve_either_script("福州市鼓樓區")
    ('', '350102')
    """
    from .gazetteer import ancestors
    from .script import convert

    as_written = resolve_name(name)
    simplified = convert(name, "t2s")
    in_simplified = resolve_name(simplified) if simplified != name else ""
    if not as_written or not in_simplified or as_written == in_simplified:
        return as_written or in_simplified
    if as_written in ancestors(in_simplified):
        return in_simplified
    if in_simplified in ancestors(as_written):
        return as_written
    return ""


@lru_cache(maxsize=1)
def _no_census_names() -> frozenset[str]:
    """The names of places outside the 2020 census (data/no_census_places.csv: 香港, 澳門, 台湾 ...)."""
    from .lexicon import read_rows

    return frozenset(r["word"] for r in read_rows("no_census_places.csv"))


def no_census_place(fields_: Mapping[str, str]) -> str:
    """The place a user gave when it is one with no census code (Hong Kong, Macao, Taiwan: data/no_census_places.csv)
    and no place_code was given, else "". Such a place is the user's word that the document is about no place of the
    census: its code stays empty and detection does not replace it (round q25v).

    >>> no_census_place({"place": "香港特別行政區"}), no_census_place({"place": "宕昌县"}), no_census_place({})
    ('香港特別行政區', '', '')
    """
    name = (fields_.get("place") or "").strip()
    if (fields_.get("place_code") or "").strip() or name not in _no_census_names():
        return ""
    return name


def read_user_metadata(path: str | Path, warn: "Callable[[str], None] | None" = None) -> dict[str, dict[str, str]]:
    """A documents CSV or Parquet file: column `doc` (or `doc_id`) plus any of place_code, place, date.

    Rows are checked when read (a bad code, name or date is an error naming the file and row);
    `doc` = `*` gives values for every document. A CSV is decoded as documents are (UTF-8 with
    or without BOM, GB18030/GBK as Excel saves it on Chinese Windows, Big5, UTF-16 with BOM).
    Other columns are not used: `warn` (if given) gets one line naming those that are not
    columns of the documents table either (a misspelt `plac_code`, a `notes` column), and the
    columns that are read (`unused_columns_warning`). A documents table given back keeps its
    `place_source`/`date_source` mark `detected` beside the place or date it gives (`_as_read`):
    `describe` keeps such a value as read when the text still gives it; and, in such a row, a
    `place_name` that is not its code's (not read: `given_back_notes` names it).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "meta.csv"
    >>> _ = p.write_text("doc,place,date\\na,宕昌县,2020-02\\n*,,2021\\n", encoding="utf-8")
    >>> read_user_metadata(p)
    {'a': {'place': '宕昌县', 'date': '2020-02'}, '*': {'date': '2021'}}
    >>> _ = p.write_bytes("doc,plac_code,date\\na,511528,2020\\n".encode("gbk"))
    >>> read_user_metadata(p, warn=print)
    /...meta.csv: column plac_code (a misspelling of place_code?) not used; the columns read are doc (or doc_id), place_code, place, date
    {'a': {'date': '2020'}}
    >>> _ = p.write_text("doc,place_code,place_source,date,date_source\\na,620000,detected,2020,user\\n", encoding="utf-8")
    >>> read_user_metadata(p)
    {'a': {'place_code': '620000', 'date': '2020', 'place_source': 'detected'}}
    """
    import pandas as pd

    path = Path(path)
    data = read_file(path)  # (a folder, a link loop, a FIFO: one line naming it, never a hang)
    try:
        if path.suffix.lower() == ".parquet":
            df = pd.read_parquet(io.BytesIO(data))
        else:
            df = _read_csv_any_encoding(data, path)
    except MobilizationError:
        raise
    except Exception as err:  # pandas raises many kinds for a malformed table
        raise InputError(str(path), f"cannot read as a table ({err})") from None
    key = "doc" if "doc" in df.columns else "doc_id" if "doc_id" in df.columns else ""
    given = [c for c in USER_FIELDS if c in df.columns]
    if not key or not given:
        raise InputError(str(path), "needs a 'doc' column and at least one of place_code, place, date "
                                    f"(has {', '.join(map(str, df.columns)) or 'no columns'})")
    warning = unused_columns_warning(path, df.columns)
    if warning and warn:
        warn(warning)
    out: dict[str, dict[str, str]] = {}
    for i, row in enumerate(df.to_dict("records"), start=2):
        where = f"{path} row {i}"
        values = {c: _cell(row[c]) for c in given if _cell(row[c])}
        values.update(_as_read(row, values))
        doc = _cell(row[key])
        if not doc:
            raise InputError(where, "empty doc")
        if doc in out:
            raise InputError(where, f"document {doc!r} listed twice")
        _check_marks(row, where)
        code = user_place(values, where)
        normalise_date(values.get("date", ""), where)
        if values.get("place_source") == DETECTED and _cell(row.get("place_name")) not in ("", _name_of(code)):
            values["place_name"] = _cell(row.get("place_name"))  # (not read: `given_back_notes` names an edit lost)
        if code and _cell(row.get("place_confidence")):  # a row of the documents table given back: its word, which
            values["place_confidence"] = _cell(row.get("place_confidence"))  # is not read (`given_back_notes`)
        for mark, field in (("place_source", "place_evidence"), ("date_source", "date_evidence")):
            if values.get(mark) == DETECTED and _cell(row.get(field)):  # what the text gave when the table was
                values[field] = _cell(row.get(field))  # written (`given_back.as_written`: was the row left alone?)
        out[doc] = values
    return out


def _check_marks(row: Mapping, where: str) -> None:
    """Refuse a `place_source`/`date_source` cell the documents table never writes (a typo would otherwise decide
    silently whether a place given back is the user's or as read).

    >>> _check_marks({"place_source": "detected", "date_source": ""}, "t.csv row 2")
    >>> _check_marks({"place_source": "detcted"}, "t.csv row 2")
    Traceback (most recent call last):
    ...
    mobilization.errors.InputError: t.csv row 2: place_source 'detcted' is none of user, detected, none
    """
    for mark in AS_READ_FIELDS:
        value = _cell(row.get(mark))
        if value and value not in SOURCE_MARKS:
            raise InputError(where, f"{mark} {value!r} is none of {', '.join(SOURCE_MARKS)}")


def _name_of(code: str) -> str:
    """The census name of a division code ("" for none)."""
    division = divisions().get(code) if code else None
    return division.name if division else ""


def _as_read(row: Mapping, values: Mapping[str, str]) -> dict[str, str]:
    """The marks of a documents table's row given back: `place_source`/`date_source` = `detected` beside a place
    or date it gives, i.e. a value the software read from the text, not one the user wrote (round t12).

    >>> _as_read({"place_source": "detected", "date_source": "user"}, {"place_code": "620000", "date": "2020"})
    {'place_source': 'detected'}
    >>> _as_read({"place_source": "detected"}, {"date": "2020"})
    {}
    """
    return {mark: DETECTED for mark, fields_ in AS_READ_FIELDS.items()
            if _cell(row.get(mark)) == DETECTED and any(values.get(f) for f in fields_)}


def _read_csv_any_encoding(data: bytes, path: Path) -> "pd.DataFrame":
    """The bytes of a CSV file `path`, every cell a string, decoded as `decode_csv_bytes` does."""
    import pandas as pd

    text = decode_csv_bytes(data, str(path))
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, comment="#")


def decode_csv_bytes(data: bytes, name: str = "<bytes>") -> str:
    """The text of a metadata CSV: UTF-8 (BOM or not), UTF-16/32 with BOM, GB18030/GBK or Big5.

    A metadata file is short and its only Chinese is place names and document ids, too little for
    charset-normalizer to tell GBK from Big5 (bytes of one are often valid in the other). So
    when both decode, the one whose characters occur more in the census division names (simplified
    or traditional) wins, GB18030 on a tie (what Excel writes on Chinese Windows); the documents
    themselves keep `corpus.decode_bytes`.

    >>> decode_csv_bytes("doc,place\\na,宕昌县\\n".encode("gbk")).split()[1]
    'a,宕昌县'
    >>> decode_csv_bytes("doc,place\\na,宕昌縣\\n".encode("big5")).split()[1]
    'a,宕昌縣'
    """
    import codecs

    from .corpus import decode_bytes

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, name)[0].lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = {}
    for encoding in ("gb18030", "big5"):
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not decoded:
        return decode_bytes(data, name)[0]
    chars = _place_name_chars()
    return max(decoded.values(), key=lambda text: sum(ch in chars for ch in text))


@lru_cache(maxsize=1)
def _place_name_chars() -> frozenset[str]:
    """Every character of the census division names, in simplified and traditional script."""
    from .script import convert

    names = "".join(d.name for d in divisions().values())
    return frozenset(names + convert(names, "s2t"))


def unused_columns_warning(path: "str | Path", columns: Iterable) -> str | None:
    """One line naming the columns of a metadata file that are not read, or None.

    The documents table's own columns (the output of `mobilization documents`, given back with
    some rows corrected) are known: they are derived from doc, place_code, place and date, so
    they pass without a word; anything else is named (a misspelling, a column of your own).

    >>> unused_columns_warning("m.csv", ["doc", "place_code", "place_name", "date_source"]) is None
    True
    >>> unused_columns_warning("m.csv", ["doc", "Place", "notes", "date"])
    'm.csv: columns Place (a misspelling of place?), notes not used; the columns read are doc (or doc_id), place_code, place, date'
    """
    from .documents import DOCUMENT_COLUMNS  # (the documents module imports this one)

    known = {"doc", "doc_id", *USER_FIELDS, *DOCUMENT_COLUMNS}
    unused = [str(c) for c in columns if str(c) not in known]
    if not unused:
        return None
    named = ", ".join(c + _misspelling_of(c, ("doc", *USER_FIELDS)) for c in unused)
    return (f"{path}: column{'s' if len(unused) > 1 else ''} {named} not used; "
            f"the columns read are doc (or doc_id), {', '.join(USER_FIELDS)}")


def _misspelling_of(column: str, read: Iterable[str]) -> str:
    """" (a misspelling of X?)" when `column` is close to a column that is read (case aside), else "".

    Only a near miss is called a misspelling: a column of one's own (file, outlet, place_id) is just not read.

    >>> _misspelling_of("plac_code", ["doc", "place_code"]), _misspelling_of("Place", ["place"])
    (' (a misspelling of place_code?)', ' (a misspelling of place?)')
    >>> _misspelling_of("place_id", ["doc", "place_code", "place", "date"]), _misspelling_of("date_note", ["date"])
    ('', '')
    """
    import difflib

    close = difflib.get_close_matches(column.strip().lower(), list(read), n=1, cutoff=0.8)
    return f" (a misspelling of {close[0]}?)" if close else ""


def unmatched_metadata(meta: "str | Path | None", user: "Mapping | None", docs: "Iterable[str]") -> str | None:
    """One line naming the rows of the user's metadata whose `doc` matches no input document (a typo,
    a renamed file): their place and date were given for nothing; None if every row matched.

    >>> unmatched_metadata("m.csv", {"a": {}, "AC_0001": {}, "*": {}}, {"a", "b"})
    'm.csv: 1 document(s) not among the inputs: AC_0001'
    """
    unknown = sorted(set(user or {}) - set(docs) - {ALL_DOCUMENTS})
    if not unknown:
        return None
    more = f" (and {len(unknown) - 5} more)" if len(unknown) > 5 else ""
    return f"{meta}: {len(unknown)} document(s) not among the inputs: {', '.join(unknown[:5])}{more}"


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _user_fields(doc: "Document", user: Mapping[str, Mapping[str, str]] | None) -> dict[str, str]:
    """The user's fields for one document: its own metadata, then `*`, then its row of `user`."""
    merged = {k: doc.meta[k] for k in USER_FIELDS if doc.meta.get(k)}
    for key in (ALL_DOCUMENTS, doc.doc_id):
        if user and key in user:
            row = user[key]
            for mark, fields_ in AS_READ_FIELDS.items():  # a place given replaces both forms (and a date the date)
                if any(row.get(k) for k in fields_):
                    for k in (*fields_, mark, *AS_WRITTEN_FIELDS[mark]):
                        merged.pop(k, None)
            merged.update({k: v for k, v in row.items() if (k in USER_FIELDS or k in AS_READ_FIELDS
                                                            or k in _WRITTEN_ANY) and v})
    return merged


def mention_overrides(user: Mapping[str, Mapping[str, str]] | None, doc_id: str) -> dict[str, str]:
    """The mention table's place and date columns the user's metadata sets for one document.

    Only what the user gave: a place sets place_code and place_name, a date sets date and
    date_precision; the rest stays as detected (or as the document's own metadata had it).

    >>> mention_overrides({"*": {"date": "2020-02"}, "a": {"place": "宕昌县"}}, "a")
    {'date': '2020-02', 'date_precision': 'month', 'place_code': '621223', 'place_name': '宕昌县'}
    >>> mention_overrides({"a": {"date": "2021"}}, "b")
    {}
    """
    given: dict[str, str] = {}
    for key in (ALL_DOCUMENTS, doc_id):
        row = (user or {}).get(key)
        if row:
            if any(row.get(k) for k in ("place_code", "place")):
                given.pop("place_code", None), given.pop("place", None)
            given.update({k: v for k, v in row.items() if k in USER_FIELDS and v})
    out: dict[str, str] = {}
    where = f"metadata of {doc_id}"
    day, precision = normalise_date(given.get("date", ""), where)
    if day:
        out.update(date=day, date_precision=precision)
    code = user_place(given, where)
    if code:
        out.update(place_code=code, place_name=divisions()[code].name)
    elif no_census_place(given):
        out.update(place_code="", place_name="")  # 香港: no census place, none detected in its stead
    return out


def apply_user_metadata(frame: "pd.DataFrame", user: Mapping[str, Mapping[str, str]] | None) -> "pd.DataFrame":
    """A mention table whose place and date columns take the user's metadata where given (it wins
    over detection, as in the documents table); a new frame, the input is left as it was."""
    if not user or frame.empty:
        return frame
    frame = frame.copy()
    for doc_id, index in frame.groupby("doc", sort=False).groups.items():
        for column, value in mention_overrides(user, str(doc_id)).items():
            if column in frame.columns:
                frame.loc[index, column] = value
    return frame
