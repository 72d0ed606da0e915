"""Stage 6, tables: the mention table → the facts table (repeated mentions of one fact merged, offsets kept)."""
from __future__ import annotations

import pandas as pd

from .clauses import _Read, read_clauses
from .columns import _FACT_PLACE, FACT_COLUMNS, SEP, _missing, _typed
from .mention_table import mention_frame  # noqa: F401 - the example of `facts` builds its mentions with it
from .merge_rule import _M, same_fact


def facts(mentions_df: pd.DataFrame, documents_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """Merge repeated mentions of the same fact, per document; every mention's offsets kept.

    Mentions are taken in text order; each joins every earlier fact that holds a mention
    it is `same_fact` with (merging them), else starts a new fact. So facts are the
    connected groups of the pairwise rule, and no mention of one fact matches a mention of
    another. The fact shows the mention with the longest counted noun (ties: the
    earliest); `mentions` lists every "start:end", `surfaces` every surface, `damaged` is
    true if any mention is, `confidence` is the word of the mention it shows (how far to trust its noun and
    category, docs/mention-table.md). Boilerplate mentions (in_body false) never become facts.

    Each fact also says what its clause says (`read_clauses`): `kind` of mobilization
    (sent_down, volunteered, donated, allocated, received, or ""), `role_in_total` (total:
    a stated total; part: one of the figures a total sums, or one of several 分别 figures;
    "" otherwise) and `total_fact` (the fact_id of its total). Place and date come from
    `documents_df` (the documents table, joined on `doc`), else from the mention columns.

    >>> m = mention_frame([
    ...     dict(doc="d", start=0, end=4, surface="751个", value=751.0, approx="exact", value_high=None, unit="个",
    ...          entity="临时党支部", category="organization", damaged=False, in_body=True, sentence="建立751个临时党支部",
    ...          place_code="370202", date="2020-02-19"),
    ...     dict(doc="d", start=90, end=98, surface="临时党支部751个", value=751.0, approx="exact", value_high=None,
    ...          unit="个", entity="临时党支部", category="organization", damaged=False, in_body=True,
    ...          sentence="已成立临时党支部751个", place_code="370202", date="2020-02-19")])
    >>> f = facts(m)
    >>> f[["fact_id", "value", "n_mentions", "mentions", "role_in_total"]].values.tolist()
    [['d#001', 751.0, 2, '0:4; 90:98', '']]
    """
    df = mentions_df
    if "in_body" in df.columns:
        df = df[df["in_body"].astype(bool)]
    df = df.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True)
    places = _doc_places(df, documents_df)
    out: list[dict] = []
    by_doc: dict[str, list[dict]] = {}
    for r in df.to_dict("records"):  # plain dicts: pandas row access would cost more than the reading
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, rows in sorted(by_doc.items()):
        read = read_clauses(rows)
        groups: list[list[_M]] = []
        for i, r in enumerate(rows):
            c = read[i]
            m = _M(i, int(r["start"]), int(r["end"]), float(r["value"]), _float(r["value_high"]), str(r["unit"]),
                   c.entity, str(r["category"]), str(r.get("sentence", "")), c.kind, c.context)
            linked = [g for g in groups if any(same_fact(m, other) for other in g)]
            if not linked:
                groups.append([m])
                continue
            home = linked[0]  # a mention that links several facts joins them into one
            for other in linked[1:]:
                home.extend(other)
                groups.remove(other)
            home.append(m)
            home.sort(key=lambda x: (x.start, x.end))
        ids = {m.index: f"{doc}#{k:03d}" for k, g in enumerate(groups, start=1) for m in g}
        for k, group in enumerate(groups, start=1):
            out.append(_fact_row(f"{doc}#{k:03d}", [rows[m.index] for m in group], [read[m.index] for m in group],
                                 ids, places.get(doc, {})))
    result = pd.DataFrame(out, columns=FACT_COLUMNS)
    return _typed(result).astype({"n_mentions": "int64"}) if len(result) else _empty_facts()


def _doc_places(mentions_df: pd.DataFrame, documents_df: pd.DataFrame | None) -> dict[str, dict]:
    """doc → place and date fields for the facts: from the documents table, else from the mentions."""
    if documents_df is not None and len(documents_df):
        return {str(r["doc"]): {c: r.get(c, "") for c in _FACT_PLACE} for r in documents_df.to_dict("records")}
    out = {}
    for doc, rows in mentions_df.groupby("doc"):
        first = rows.iloc[0]
        out[str(doc)] = {c: first.get(c, "") for c in _FACT_PLACE}
    return out


def _float(x) -> float:
    return float("nan") if _missing(x) or x == "" else float(x)


def _fact_row(fact_id: str, group: list[dict], read: list[_Read], ids: dict[int, str], place: dict) -> dict:
    entities = [r.entity for r in read]
    longest = max(range(len(group)), key=lambda k: (len(entities[k]), -k))  # ties: the earliest
    rep = group[longest]
    roles_ = {r.role for r in read}
    role = "total" if "total" in roles_ else "part" if "part" in roles_ else ""
    totals = [ids.get(r.total_of, "") for r in read if r.total_of >= 0]
    kind = next((r.kind for r in read if r.kind), "")
    row = {c: ("" if _missing(place.get(c)) else place.get(c, "")) for c in _FACT_PLACE}
    row.update({
        "fact_id": fact_id, "doc": rep["doc"], "surface": rep["surface"], "value": rep["value"],
        "approx": rep["approx"], "value_high": rep["value_high"], "unit": rep["unit"], "entity": entities[longest],
        "category": rep["category"], "kind": kind, "role_in_total": role,
        "total_fact": totals[0] if totals and totals[0] != fact_id else "",
        "damaged": any(bool(r["damaged"]) for r in group),
        "confidence": "" if _missing(rep.get("confidence")) else str(rep.get("confidence", "")),
        "n_mentions": len(group),
        "mentions": SEP.join(f"{r['start']}:{r['end']}" for r in group),
        "surfaces": SEP.join(r["surface"] for r in group), "sentence": rep.get("sentence", ""),
    })
    return row


def _empty_facts() -> pd.DataFrame:
    df = _typed(pd.DataFrame(columns=FACT_COLUMNS))
    return df.astype({"n_mentions": "int64"})
