"""Stage 4 (vocabulary): how places talk: term counts, distinctive terms, keyword in context.

Each document is repaired, converted to simplified (t2s) and segmented (jieba + the domain
dictionary); only tokens in the article body count (repair decides what is boilerplate).
Token offsets refer to `DocTokens.text`, the repaired simplified text; `DocTokens.original_span`
maps them to the decoded ORIGINAL text through the script map and the repair map, so a
keyword-in-context line can be checked against the source file.

Distinctive terms use the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi and Quinn (2008), "Fightin' Words", Political Analysis 16(4), a minimum
count and a Benjamini–Hochberg false discovery rate over the terms tested: see
`distinctive_terms`.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from .corpus import Document
from .lexicon import data_dir, read_rows
from .offsets import OffsetMap
from .repair import Repaired, repair
from .script import convert_with_map
from .segment import Token, is_content, tokenize

if TYPE_CHECKING:  # pandas and matplotlib load when a table or chart is made
    import numpy as np
    import pandas as pd
    from matplotlib.figure import Figure

# Prior strength for the log-odds: the prior counts add up to A0_SHARE of the corpus's counted
# tokens, spread like the whole corpus (Monroe et al.'s informative prior, scaled to the corpus).
# 0.4 is strong enough to calm terms seen once or twice in a short report, weak enough for a
# place's own vocabulary to show (on the five seed bodies: about 1,000 pseudo-counts).
A0_SHARE = 0.4
# A term is tested only when the whole corpus uses it at least MIN_COUNT times. The filter looks
# at the corpus total, not at the place's own count, so it does not depend on which place uses the
# term: filtering this way keeps the false discovery control valid (Bourgon, Gentleman and Huber
# 2010) while sparing it hundreds of terms that could never be significant.
MIN_COUNT = 5
# False discovery rate for the Benjamini–Hochberg procedure over one place's tested terms.
ALPHA = 0.05


@dataclass(frozen=True)
class DocTokens:
    """One document's body tokens; offsets index `text` (repaired, simplified)."""

    doc_id: str
    place: str
    text: str
    tokens: tuple[Token, ...]
    repaired: Repaired
    script_map: OffsetMap
    body_only: bool = True

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Span of the decoded original text that `text[start:end]` came from.

        >>> d = document_tokens(Document("x", "x.txt", "", "utf-8", "建立臨(lín)時(shí)黨支部。"), body_only=False)
        >>> t = [t for t in d.tokens if t.word == "临时党支部"][0]
        >>> s, e = d.original_span(t.start, t.end)
        >>> d.repaired.original[s:e]
        '臨(lín)時(shí)黨支部'
        """
        r_start, r_end = self.script_map.span(start, end)
        return self.repaired.original_span(r_start, r_end)


def document_tokens(doc: Document, backend: str = "jieba", body_only: bool = True) -> DocTokens:
    """Repair, convert to simplified and segment one document; keep the article-body tokens
    (all tokens with `body_only=False`; the repair stage decides what is body).

    >>> d = document_tokens(Document("x", "x.txt", "", "utf-8", "組建黨員突擊隊"), body_only=False)
    >>> [t.word for t in d.tokens]
    ['组建', '党员突击队']
    """
    rep = repair(doc.text)
    simplified, smap = convert_with_map(rep.text, "t2s")
    tokens = tuple(t for t in tokenize(simplified, backend) if not body_only or rep.in_body(smap(t.start)))
    return DocTokens(doc.doc_id, doc.meta.get("place_id", "") or doc.doc_id, simplified, tokens, rep, smap,
                     body_only)


def corpus_tokens(docs: Iterable[Document], backend: str = "jieba", body_only: bool = True) -> list[DocTokens]:
    """`document_tokens` for each document, in the given order."""
    return [document_tokens(d, backend, body_only) for d in docs]


def term_counts(docs: Iterable[DocTokens], min_chars: int = 2) -> "pd.DataFrame":
    """Per-place term frequencies of content tokens (see segment.is_content).

    Columns: place, term, count, share (count / all content tokens of the place); sorted
    by place, then count (high first), then term.

    >>> d = document_tokens(Document("x", "x.txt", "", "utf-8", "党员带头，党员突击队带头。", {"place_id": "p"}), body_only=False)
    >>> term_counts([d]).to_dict("records")[0]
    {'place': 'p', 'term': '带头', 'count': 2, 'share': 0.5}
    """
    import pandas as pd

    counts: dict[str, Counter[str]] = {}
    for d in docs:
        counts.setdefault(d.place, Counter()).update(t.word for t in d.tokens if is_content(t.word, min_chars))
    rows = [(place, term, n, n / sum(c.values())) for place, c in counts.items() for term, n in c.items()]
    df = pd.DataFrame(rows, columns=["place", "term", "count", "share"])
    return df.sort_values(["place", "count", "term"], ascending=[True, False, True], ignore_index=True)


def distinctive_terms(counts: "pd.DataFrame", a0: float | None = None, min_count: int = MIN_COUNT,
                      alpha: float = ALPHA) -> "pd.DataFrame":
    """Each place against all the others: weighted log-odds with an informative Dirichlet prior, FDR-controlled.

    For term w, place i and the rest j (Monroe, Colaresi and Quinn 2008, eqs. 16-19):

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    where y_iw counts w in place i, n_i counts all of i's tokens (likewise j), and the prior
    a_w = a0 * y_w / n spreads a0 pseudo-counts like the whole corpus (y_w, n: corpus counts;
    a0 defaults to A0_SHARE * n). `p` is the one-sided p-value of z (the place uses w MORE).
    Thousands of terms are tested at once, so the z > 1.96 of one test would call dozens of
    generic words distinctive by chance: only terms the corpus uses at least `min_count` times
    are `tested`, `q` is the Benjamini–Hochberg adjusted p-value over one place's tested terms,
    and `distinctive` is q <= alpha (a false discovery rate of alpha among the terms called
    distinctive for that place).

    `counts` has columns place, term, count (as from `term_counts`). Returns place, term,
    count, count_rest, delta, var, z, p, tested, q, distinctive for every place and every corpus
    term, sorted by place and z (high first), then term; q is NaN for terms not tested.

    >>> import pandas as pd
    >>> c = pd.DataFrame({"place": ["A", "A", "A", "B", "B", "B"], "term": ["党员", "社区", "网格", "党员", "社区", "网格"],
    ...                   "count": [30, 10, 10, 10, 10, 30]})
    >>> d = distinctive_terms(c, a0=10)
    >>> d[d.place == "A"][["term", "z", "q", "distinctive"]].round(4).to_dict("records")[0]
    {'term': '党员', 'z': 4.5909, 'q': 0.0, 'distinctive': True}
    """
    import numpy as np
    import pandas as pd

    wide = counts.pivot_table(index="term", columns="place", values="count", aggfunc="sum", fill_value=0)
    y_all = wide.sum(axis=1)
    n_all = float(y_all.sum())
    a0 = A0_SHARE * n_all if a0 is None else a0
    a_w = a0 * y_all / n_all
    tested = (y_all >= min_count).to_numpy()
    frames = []
    for place in wide.columns:
        y_i = wide[place]
        y_j = y_all - y_i
        n_i = float(y_i.sum())
        n_j = n_all - n_i
        delta = (np.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
                 - np.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
        var = 1.0 / (y_i + a_w) + 1.0 / (y_j + a_w)
        z = (delta / np.sqrt(var)).to_numpy()
        p = np.array([0.5 * math.erfc(v / math.sqrt(2)) for v in z])
        q = np.full(len(p), np.nan)
        q[tested] = benjamini_hochberg(p[tested])
        frames.append(pd.DataFrame({"place": place, "term": wide.index, "count": y_i.to_numpy(),
                                    "count_rest": y_j.to_numpy(), "delta": delta.to_numpy(),
                                    "var": var.to_numpy(), "z": z, "p": p, "tested": tested, "q": q,
                                    "distinctive": tested & (q <= alpha)}))
    out = pd.concat(frames, ignore_index=True)
    out["count"] = out["count"].astype(int)
    out["count_rest"] = out["count_rest"].astype(int)
    return out.sort_values(["place", "z", "term"], ascending=[True, False, True], ignore_index=True)


def benjamini_hochberg(p: "Sequence[float]") -> "np.ndarray":
    """Benjamini–Hochberg (1995) adjusted p-values (q-values), in the order given.

    q_(k) = min over m >= k of p_(m) * n / m, capped at 1, for the p-values sorted ascending.

    >>> benjamini_hochberg([0.01, 0.04, 0.03, 0.20]).round(4).tolist()
    [0.04, 0.0533, 0.0533, 0.2]
    """
    import numpy as np

    p = np.asarray(p, dtype=float)
    n = len(p)
    if n == 0:
        return p
    order = np.argsort(p, kind="stable")
    scaled = p[order] * n / np.arange(1, n + 1)
    q_sorted = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)
    q = np.empty(n)
    q[order] = q_sorted
    return q


def top_per_place(table: "pd.DataFrame", column: str, n: int = 10, order: list[str] | None = None) -> "pd.DataFrame":
    """The n rows with the highest `column` per place (ties broken by term).

    Places come sorted, or in `order` (e.g. the documents' order; places not in it are left out).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"place": ["A", "A", "B"], "term": ["x", "y", "z"], "count": [1, 2, 3]})
    >>> top_per_place(t, "count", 1).to_dict("records")
    [{'place': 'A', 'term': 'y', 'count': 2}, {'place': 'B', 'term': 'z', 'count': 3}]
    >>> list(top_per_place(t, "count", 1, order=["B", "A"])["place"])
    ['B', 'A']
    """
    rank = {p: i for i, p in enumerate(order or sorted(table["place"].unique()))}
    ordered = table.assign(_rank=table["place"].map(rank)).sort_values(["_rank", column, "term"],
                                                                      ascending=[True, False, True])
    return ordered.groupby("_rank", sort=True).head(n).drop(columns="_rank").reset_index(drop=True)


def place_order(docs: Iterable[DocTokens]) -> list[str]:
    """Places in the order their first document appears.

    >>> place_order([DocTokens("b", "q", "", (), None, None), DocTokens("a", "p", "", (), None, None)])
    ['q', 'p']
    """
    return list(dict.fromkeys(d.place for d in docs))


def kwic(docs: Iterable[DocTokens], term: str, width: int = 12, whole_token: bool = True) -> "pd.DataFrame":
    """Keyword-in-context lines for `term` in the article bodies.

    `whole_token=True` finds the term where the segmenter made it one token; False finds
    every occurrence of the characters (also inside longer words, e.g. 下沉 in 下沉干部).
    Columns: doc, place, start, end (offsets into DocTokens.text, where text[start:end] ==
    term), orig_start, orig_end (offsets into the decoded original file text), written (the
    original text there, traditional characters and pinyin residue included), left, term,
    right (`width` characters of simplified context, line breaks shown as ⏎).

    >>> doc = Document("x", "x.txt", "", "utf-8", "市南區(qū)建立臨時黨支部751個。", {"place_id": "p"})
    >>> d = document_tokens(doc, body_only=False)
    >>> kwic([d], "临时党支部")[["start", "end", "orig_start", "orig_end", "written", "left", "right"]].to_dict("records")
    [{'start': 5, 'end': 10, 'orig_start': 9, 'orig_end': 14, 'written': '臨時黨支部', 'left': '市南区建立', 'right': '751个。'}]
    """
    import pandas as pd

    rows = []
    for d in docs:
        for start, end in _occurrences(d, term, whole_token):
            o_start, o_end = d.original_span(start, end)
            rows.append((d.doc_id, d.place, start, end, o_start, o_end, d.repaired.original[o_start:o_end],
                         _flat(d.text[max(0, start - width):start]), term, _flat(d.text[end:end + width])))
    columns = ["doc", "place", "start", "end", "orig_start", "orig_end", "written", "left", "term", "right"]
    return pd.DataFrame(rows, columns=columns)


def _occurrences(d: DocTokens, term: str, whole_token: bool) -> list[tuple[int, int]]:
    if whole_token:
        return [(t.start, t.end) for t in d.tokens if t.word == term]
    spans = []
    at = d.text.find(term)
    while at >= 0:
        if not d.body_only or d.repaired.in_body(d.script_map(at)):
            spans.append((at, at + len(term)))
        at = d.text.find(term, at + 1)
    return spans


def _flat(text: str) -> str:
    return text.replace("\r", "").replace("\n", "⏎")


def drop_place_names(table: "pd.DataFrame") -> "pd.DataFrame":
    """Rows whose term is not part of a place's name (市南区, 宕昌, 秦皇岛市 …): a report naming
    its own place is trivially distinctive.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"place": ["tanchang"] * 3, "term": ["宕昌县", "宕昌", "单元"]})
    >>> list(drop_place_names(t)["term"])
    ['单元']
    """
    names = set(place_names().values()) | {r["name_zh"] for r in read_rows("places.csv")}
    keep = [not any(term in name for name in names) for term in table["term"]]
    return table[keep].reset_index(drop=True)


def place_names() -> dict[str, str]:
    """Short Chinese labels of the places (data/place_labels.csv, else places.csv name_zh).

    >>> place_names()["fenyang"]
    '汾阳市'
    """
    names = {r["place_id"]: r["name_zh"] for r in read_rows("places.csv")}
    if (data_dir() / "place_labels.csv").exists():
        names.update({r["place_id"]: r["label_zh"] for r in read_rows("place_labels.csv") if r.get("label_zh")})
    return names


def plot_top_terms(table: "pd.DataFrame", column: str, n: int = 8, title: str = "", xlabel: str = "",
                   order: list[str] | None = None) -> "Figure":
    """One horizontal bar panel per place (sorted, or in `order`) with its n top terms by `column`.

    The caller shows or saves the figure; the CJK font comes from `charts.use_cjk_font`.
    """
    import matplotlib.pyplot as plt

    from .charts import BAR_COLOUR, place_label, use_cjk_font

    use_cjk_font()
    top = top_per_place(table, column, n, order)
    places = list(dict.fromkeys(top["place"]))
    zh, en = place_names(), _english_names()
    fig, axes = plt.subplots(1, len(places), figsize=(2.6 * len(places), 0.32 * n + 1.5), squeeze=False)
    for ax, place in zip(axes[0], places):
        part = top[top["place"] == place].iloc[::-1]
        ax.barh(part["term"], part[column], color=BAR_COLOUR)
        ax.set_title(place_label(zh.get(place, place), en.get(place, "")).replace(" ", "\n", 1), fontsize=9)
        ax.tick_params(axis="both", labelsize=8)
        ax.set_xlabel(xlabel or column, fontsize=8)
    if title:
        fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def _english_names() -> dict[str, str]:
    if not (data_dir() / "place_labels.csv").exists():
        return {}
    return {r["place_id"]: r.get("label_en", "") for r in read_rows("place_labels.csv")}
