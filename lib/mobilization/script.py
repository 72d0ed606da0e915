"""Stage 3, script conversion: OpenCC (t2s, s2t, tw2s, hk2s, s2twp, …) with cached converters.

CONTRACT: `convert(text, config="t2s") -> str`; `convert_with_map(text, config) ->
(converted, index_map)` where index_map[i] is the index in `text` of converted[i]
(len(converted) + 1 entries); `detect_script(text) -> ScriptReport`.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def converter(config: str):
    """One OpenCC converter per configuration and process (construction costs ~3 ms)."""
    import opencc

    return opencc.OpenCC(config)


def convert(text: str, config: str = "t2s") -> str:
    """Convert with OpenCC.

    >>> convert("臨時黨支部")
    '临时党支部'
    """
    return converter(config).convert(text)


def convert_with_map(text: str, config: str = "t2s") -> tuple[str, tuple[int, ...]]:
    """Convert and map each converted index back to `text` (first cut: same-length only)."""
    out = convert(text, config)
    if len(out) != len(text):
        raise NotImplementedError("length-changing conversion")
    return out, tuple(range(len(text) + 1))
