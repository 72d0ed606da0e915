"""Stage 7, charts: the CJK font every chart draws Chinese with (a system face, else the pip-installed Noto Sans SC).

Latin text stays in DejaVu Sans. No font: `CJKFontError`, never tofu.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable


# System faces first (better hinting, full coverage), then the face the pip package ships.
PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC")

_family: str | None = None


class CJKFontError(RuntimeError):
    """No font that can draw Chinese was found (neither a system CJK font nor the pip-installed one)."""


CJKFontError.__module__ = "mobilization.charts"  # its public name, in messages and tracebacks


def use_cjk_font() -> str:
    """Make matplotlib draw Chinese; return the CJK family used. Cheap to call again.

    font.family becomes ["DejaVu Sans", <CJK family>]: Latin letters and digits from
    DejaVu, every glyph DejaVu lacks from the CJK face.

    >>> use_cjk_font() in PREFERRED_FAMILIES
    True
    >>> import matplotlib; matplotlib.rcParams["font.family"][0]
    'DejaVu Sans'
    """
    import matplotlib

    global _family
    if _family is None:
        _family = find_cjk_family()
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", _family]
    return _family


def find_cjk_family(preferred: Iterable[str] = PREFERRED_FAMILIES, bundled: Path | None = None) -> str:
    """The first installed family of `preferred`, else the bundled Noto Sans SC (registered).

    Debian's NotoSansCJK-Regular.ttc holds several faces (the first is Japanese): asking
    for "Noto Sans CJK SC" by name picks the Simplified Chinese one.

    >>> find_cjk_family(["No Such Font"], bundled=Path("/no/such.otf"))
    Traceback (most recent call last):
    ...
    mobilization.charts.CJKFontError: no CJK font: none of No Such Font is installed and /no/such.otf does not exist (pip install pylopdf-fonts-zh-cn)
    """
    from matplotlib import font_manager

    preferred = tuple(preferred)
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in preferred:
        if name in installed:
            return name
    path = bundled if bundled is not None else _bundled_font()
    if path is None or not path.is_file():
        raise CJKFontError(f"no CJK font: none of {', '.join(preferred)} is installed and "
                           f"{path or 'pylopdf_fonts_zh_cn'} does not exist (pip install pylopdf-fonts-zh-cn)")
    if str(path) not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _bundled_font() -> Path | None:
    try:
        import pylopdf_fonts_zh_cn
    except ImportError:
        return None
    return Path(pylopdf_fonts_zh_cn.__file__).with_name("NotoSansSC-Regular.otf")
