"""Picture captions as long as a paragraph (round q34), told apart from the story's own paragraphs."""
from __future__ import annotations

import re

# A picture's caption as long as a paragraph (round q34): it says what the picture shows (图为…) and ends in the
# photographer's credit in brackets (（某某摄）). A paragraph of the story does neither; both together, it is apparatus.
_SHOWS = re.compile(r"[图圖](?:为|為|片为|片為)")
_BRACKET_CREDIT_END = re.compile(r"[（(][^（()）]{1,24}(?<!拍)[摄攝][)）]\W*$")


def long_caption(line: str) -> bool:
    """A line saying what a picture shows and ending in its photographer's credit in brackets.

    >>> long_caption("全村志愿者连夜装运物资五十车。图为志愿者在村口装车。（张某摄）")
    True
    >>> long_caption("全村志愿者连夜装运物资五十车，一直忙到凌晨。（张某摄）")
    False
    """
    return bool(_BRACKET_CREDIT_END.search(line)) and bool(_SHOWS.search(line))
