"""Stage 5b, duplicates: documents that tell the same story (any outlet, any script) found and grouped.

Web corpora are full of copies: a county's report is reprinted by its prefecture's site, a
provincial portal and a traditional-script mirror. Counting each copy would multiply its
figures. Documents are compared on their SIMPLIFIED repaired article body (so a
traditional mirror meets its original), as sets of character shingles (`SHINGLE`
characters, punctuation and spaces removed), by MinHash signatures (datasketch) and an
LSH index that finds candidate pairs without comparing every pair. A pair whose
estimated Jaccard similarity reaches `threshold` is a duplicate; clusters are the
connected groups (union-find), listed in a table: cluster, doc, representative (the
cluster's first document by id), similarity (to the representative, estimated).

Deterministic: fixed seed and permutation count, documents taken in id order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

import pandas as pd

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.6
SEED = 1
DUPLICATE_COLUMNS = ["cluster", "doc", "representative", "similarity", "n_docs"]
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    """One document's shingle count and MinHash."""

    doc: str
    n_shingles: int
    minhash: object


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """The character k-grams of a text, spaces and punctuation removed.

    >>> sorted(shingles("党员, 干部!", 3))
    ['党员干', '员干部']
    """
    s = _NOISE.sub("", text)
    if len(s) < k:
        return {s} if s else set()
    return {s[i:i + k] for i in range(len(s) - k + 1)}


def signature(doc: str, text: str, num_perm: int = NUM_PERM) -> Signature:
    """The MinHash of a text's shingles (UTF-8 bytes, hashed in one batch)."""
    from datasketch import MinHash

    grams = shingles(text)
    m = MinHash(num_perm=num_perm, seed=SEED)
    m.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return Signature(doc, len(grams), m)


def simplified_body(analysis) -> str:
    """The repaired article body of an analysed document, in simplified script."""
    from .script import convert

    return convert(analysis.repaired.body_text(), "t2s")


def find(texts: Mapping[str, str] | Iterable[tuple[str, str]], threshold: float = THRESHOLD,
         num_perm: int = NUM_PERM) -> pd.DataFrame:
    """Clusters of near-duplicate documents among doc → simplified text; one row per clustered document.

    >>> a = "全县共划拨党费28.2万元，用于支持疫情防控一线工作，慰问奋战在一线的党员干部和志愿者。" * 3
    >>> b = a.replace("慰问", "看望")
    >>> c = "某区成立临时党支部十二个，组织党员下沉社区，参与值守和排查，群众纷纷点赞。" * 3
    >>> find({"x": a, "y": b, "z": c})[["cluster", "doc", "representative"]].values.tolist()
    [['dup001', 'x', 'x'], ['dup001', 'y', 'x']]
    """
    from datasketch import MinHashLSH

    items = sorted(texts.items() if isinstance(texts, Mapping) else texts)
    sigs = [signature(doc, text, num_perm) for doc, text in items]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    parent = {s.doc: s.doc for s in sigs}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    by_doc = {}
    for s in sigs:
        if s.n_shingles < 10:  # too short to call a copy
            continue
        for other in lsh.query(s.minhash):
            if s.minhash.jaccard(by_doc[other].minhash) >= threshold:
                a, b = sorted((root(s.doc), root(other)))
                parent[b] = a
        lsh.insert(s.doc, s.minhash)
        by_doc[s.doc] = s
    groups: dict[str, list[str]] = {}
    for s in sigs:
        groups.setdefault(root(s.doc), []).append(s.doc)
    rows = []
    clusters = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
    for k, members in enumerate(clusters, start=1):
        rep = members[0]
        for doc in members:
            similarity = 1.0 if doc == rep else round(by_doc[doc].minhash.jaccard(by_doc[rep].minhash), 3)
            rows.append({"cluster": f"dup{k:03d}", "doc": doc, "representative": rep, "similarity": similarity,
                         "n_docs": len(members)})
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def from_analyses(analyses: Iterable, threshold: float = THRESHOLD) -> pd.DataFrame:
    """The duplicates table of analysed documents (their simplified repaired bodies)."""
    return find({a.doc.doc_id: simplified_body(a) for a in analyses}, threshold)


def merged_away(duplicates_df: pd.DataFrame) -> int:
    """How many documents are copies of another (cluster members that are not representatives).

    >>> merged_away(pd.DataFrame(dict(cluster=["c", "c", "c"], doc=["a", "b", "d"], representative=["a"] * 3)))
    2
    """
    return int((duplicates_df["doc"] != duplicates_df["representative"]).sum()) if len(duplicates_df) else 0
