"""A report naming Hong Kong and Macau equally often gets the same no-place reason on every run."""
from __future__ import annotations

import os
import subprocess
import sys

TEXT = "澳门特区政府与香港特区政府合作，义工服务社区"
PROBE = ("from mobilization.places.no_place import _outside_weight; "
         f"print(_outside_weight({TEXT!r})[1])")


def _reason(hash_seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_a_tie_goes_to_the_region_named_first_whatever_the_hash_seed():
    # string hashing is salted per process, so a set's order (the old tie-break) changed from run to run
    assert {_reason(seed) for seed in range(1, 7)} == {"Macau (no census division)"}
