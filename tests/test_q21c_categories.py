"""Round q21c (eighth session): the codebook's eighth-session category lines (remains found, facilities built,
posts set up or covered, wards, applicants), pinned on small reports written for this test (docs/quantities.md,
"Round q21c (eighth session)"). Cases marked `was …` gave something else before the round; the others pin what
the new rules leave alone.
"""
from __future__ import annotations

import pytest

from invented import category


@pytest.mark.parametrize("text, part, expected", [
    # remains and the dead FOUND or recovered by a search are its reach, coverage; the toll stays other
    ("截至昨日,救援队已寻获12名遇难者,仍有3人失联。", "12名遇难者", "coverage"),           # was other
    ("搜救人员已搜寻到遗体6具,其余人员仍在搜寻中。", "6具", "coverage"),                 # was other
    ("消防官兵在废墟中发掘出9具遗体。", "9具遗体", "coverage"),                          # was other
    ("已找到三具遇难渔民遗体。", "三具遇难渔民遗体", "coverage"),                        # was other
    ("塌方已造成遇难者12人。", "12人", "other"),
    ("截至目前,遇难人数上升至12人。", "12人", "other"),
    ("仍有3人失联。", "3人", "other"),
])
def test_remains_found(text, part, expected):
    assert category(text, part) == expected
