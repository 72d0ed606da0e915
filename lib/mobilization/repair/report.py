"""Repair, the summaries for notebooks: one row per document, and examples of each repair.
"""
from __future__ import annotations

from typing import Iterable

from .edits import HTML, MOJIBAKE, Repaired, RESIDUE
from .stage import repair


def repair_summary(doc_id: str, rep: Repaired) -> dict[str, object]:
    """One row of `repair_report`: what the repair found and changed in one document.

    >>> repair_summary("x", repair("區(qū)委"))["pinyin_residue"]
    1
    """
    boiler = sum(s.end - s.start for s in rep.boilerplate)
    return {
        "doc": doc_id,
        "chars": len(rep.original),
        "pinyin_residue": rep.count(RESIDUE),
        "mojibake_fixed": rep.count(MOJIBAKE),
        "damaged_spans": len(rep.damaged),
        "damaged_chars": sum(s.end - s.start for s in rep.damaged),
        "html_edits": rep.count(HTML),
        "boilerplate_share": round(boiler / max(1, len(rep.text)), 3),
    }


def repair_report(docs: Iterable) -> "object":
    """A DataFrame, one row per document (`Document`s), sorted by doc id: see `repair_summary`.

    >>> from mobilization.corpus import Document
    >>> repair_report([Document("x", "x.txt", "", "utf-8", "區(qū)委")]).loc[0, "pinyin_residue"]
    np.int64(1)
    """
    import pandas as pd

    rows = [repair_summary(d.doc_id, repair(d.text)) for d in docs]
    return pd.DataFrame(rows).sort_values("doc", ignore_index=True)


def repair_examples(doc_id: str, rep: Repaired, context: int = 6) -> list[dict[str, str]]:
    """The first example of each kind of change in one document: original and repaired excerpt.

    Kinds: every edit kind, then `damaged` (first unrepairable span) and `boilerplate` (first furniture span).

    >>> [(e["kind"], e["before"], e["after"]) for e in repair_examples("x", repair("社區(qū)委\\n責編:某"), context=1)]
    [('pinyin_residue', '區(qū)委', '區委'), ('boilerplate', '責編:某', '(left out of the body: marker:责编)')]
    """
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for e in rep.edits:
        if e.kind in seen:
            continue
        seen.add(e.kind)
        a, b = max(0, e.start - context), min(len(rep.original), e.end + context)
        r_a = _repaired_index(rep, a)
        r_b = _repaired_index(rep, b)
        out.append({"doc": doc_id, "kind": e.kind, "before": rep.original[a:b], "after": rep.text[r_a:r_b]})
    if rep.damaged:
        s = rep.damaged[0]
        a, b = max(0, s.start - context), min(len(rep.original), s.end + context)
        out.append({"doc": doc_id, "kind": "damaged", "before": rep.original[a:b],
                    "after": "(flagged, left as is: " + rep.original[s.start:s.end] + ")"})
    if rep.boilerplate:
        s = max(rep.boilerplate, key=lambda s: s.end - s.start)
        out.append({"doc": doc_id, "kind": "boilerplate", "before": rep.text[s.start:s.end][:2 * context + 10],
                    "after": f"(left out of the body: {s.kind})"})
    return out


def _repaired_index(rep: Repaired, original_index: int) -> int:
    """Smallest repaired index whose character comes from `original_index` or later (binary search)."""
    lo, hi = 0, len(rep.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if rep.to_original(mid) < original_index:
            lo = mid + 1
        else:
            hi = mid
    return lo
