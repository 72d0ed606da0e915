"""Place, step 6 (rerank): a learned linear re-ranker over the rules' candidates (on when measured to help).

The rules (`decide`) give one pick. The re-ranker scores every candidate division of the document
(`features.candidates`: the divisions named, those above them, the rules' pick) with the weights of
data/place_model.csv (a conditional logit: a candidate's probability is exp(score) over the document's sum)
and keeps the rules' pick unless another candidate scores higher. It never turns the rules' explicit
unknowns (a national report, overseas Chinese, Hong Kong, Macau or Taiwan, several provinces) into a place,
nor the other unknowns unless `SOFT_UNKNOWNS` is set. A changed pick keeps the evidence of its best mention and
takes its confidence from the margin between the two most probable candidates.
The weights are learned by benchmarks/heldout/train_place_model.py; docs/rounds/learned-re-ranking.md
gives the leave-one-corpus-out measurement that decides `ENABLED`.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..gazetteer import divisions
from ..lexicon import read_rows
from .decide import PlaceGuess
from .features import FEATURES, Candidate, candidates
from .mentions import Hit

# None: as data/place_model.csv's `_enabled` row says, which the training script sets from its leave-one-corpus-out
# measurement (docs/rounds/learned-re-ranking.md): on only when the re-ranker beats the rules out of sample
# overall and lowers no corpus by more than one report. True or False overrides it.
ENABLED: bool | None = None
# Unknowns the re-ranker may turn into a place (none by default: no silent wrong value).
SOFT_UNKNOWNS: tuple[str, ...] = ()
# Margins between the two most probable candidates for high and medium confidence.
HIGH_MARGIN, MEDIUM_MARGIN = 0.8, 0.4


@lru_cache(maxsize=1)
def _model_rows() -> dict[str, float]:
    return {r["feature"]: float(r["weight"]) for r in read_rows("place_model.csv")}


def model_weights() -> tuple[float, ...]:
    """The weights of data/place_model.csv in `FEATURES` order (a feature missing from the file is an error).

    >>> len(model_weights()) == len(FEATURES)
    True
    """
    rows = _model_rows()
    missing = [f for f in FEATURES if f not in rows]
    if missing:
        raise ValueError(f"data/place_model.csv has no weight for {missing}: retrain "
                         "(benchmarks/heldout/train_place_model.py)")
    return tuple(rows[f] for f in FEATURES)


def enabled_by_default() -> bool:
    """Is the re-ranker on when the caller does not say: `ENABLED`, else the model file's `_enabled` row.

    >>> isinstance(enabled_by_default(), bool)
    True
    """
    return bool(_model_rows().get("_enabled", 0.0)) if ENABLED is None else ENABLED


def probabilities(cands: list[Candidate], weights: tuple[float, ...]) -> list[float]:
    """Each candidate's probability under the linear scores (softmax over the document's candidates).

    >>> from mobilization.places.features import Candidate
    >>> [round(p, 3) for p in probabilities([Candidate("a", (1.0, 0.0), None), Candidate("b", (0.0, 1.0), None)], (2.0, 0.0))]
    [0.881, 0.119]
    """
    scores = [sum(w * x for w, x in zip(weights, c.values)) for c in cands]
    top = max(scores, default=0.0)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def choose(cands: list[Candidate], weights: tuple[float, ...]) -> tuple[Candidate, float] | None:
    """The most probable candidate and its margin over the next (ties go to the rules' pick, then the lower code),
    among the rules' pick and the candidates with support (`Candidate.supported`).

    >>> from mobilization.places.features import Candidate
    >>> c, m = choose([Candidate("a", (0.0, 1.0), None), Candidate("b", (1.0, 0.0), None)], (1.0, 3.0)); c.code, round(m, 3)
    ('a', 0.762)
    """
    picked = list(FEATURES).index("picked")
    cands = [c for c in cands if c.supported or c.values[picked]]
    if not cands:
        return None
    probs = probabilities(cands, weights)
    order = sorted(range(len(cands)), key=lambda i: (-probs[i], -cands[i].values[picked], cands[i].code))
    margin = probs[order[0]] - (probs[order[1]] if len(order) > 1 else 0.0)
    return cands[order[0]], margin


def may_rerank(guess: PlaceGuess, soft_unknowns: tuple[str, ...] = SOFT_UNKNOWNS) -> bool:
    """Does the re-ranker look at this document: the rules gave a place, or an unknown listed in `soft_unknowns`?

    >>> from mobilization.places.decide import UNKNOWN
    >>> may_rerank(UNKNOWN), may_rerank(UNKNOWN, ("no division named",))
    (False, True)
    """
    return bool(guess.code) or any(guess.reason.startswith(r) for r in soft_unknowns)


def rerank(guess: PlaceGuess, found: list[tuple[Hit, str]], text: str, enabled: bool | None = None,
           weights: tuple[float, ...] | None = None) -> PlaceGuess:
    """The rules' `guess`, or the candidate the learned weights prefer (when `enabled`, default `enabled_by_default()`).

    >>> from mobilization.places import Zone, find_hits, resolve, decide
    >>> t = "宕昌县党员下沉\\n全县建立临时党支部。"
    >>> found = resolve(find_hits(t, [Zone(0, 7, "title"), Zone(8, len(t), "body")]))
    >>> g = decide(found, t); rerank(g, found, t, enabled=True) == g
    True
    """
    if not (enabled_by_default() if enabled is None else enabled) or not may_rerank(guess):
        return guess
    cands = candidates(found, guess, text)
    best = choose(cands, model_weights() if weights is None else weights)
    if best is None or best[0].code == guess.code or best[0].hit is None:
        return guess
    cand, margin = best
    h, d = cand.hit, divisions()[cand.code]
    confidence = "high" if margin >= HIGH_MARGIN else "medium" if margin >= MEDIUM_MARGIN else "low"
    own = [(x, c) for x, c in found if c == cand.code and not x.dest and not x.host]
    zones = {x.zone for x, _ in own} or {h.zone}
    return PlaceGuess(cand.code, d.name, d.level, h.start, h.end, h.surface, confidence, len(own) or 1,
                      "+".join(z for z in ("title", "source", "body") if z in zones))
