"""HTML reports carry their own Chinese font: the bundled CJK font, cut to the characters used, as @font-face.

A reader without a CJK system font would otherwise see boxes for every Chinese character in
tables and text (the charts are images and draw with the bundled font already). The font is
the one `charts` uses (Noto Sans SC, SIL Open Font License, from pylopdf-fonts-zh-cn), subset
with fontTools to the non-ASCII characters of the page and embedded as base64 WOFF, so each
report grows by tens of kB, not by the font's megabytes. Latin text keeps the page's fonts.
"""
from __future__ import annotations

import base64
import io
import re
from functools import lru_cache
from pathlib import Path

FAMILY = "Mobilization CJK"
MARKER = "mobilization-cjk-font"  # the id of the <style> element, so a page is never given two


def page_characters(html: str) -> str:
    """The non-ASCII characters a page shows, sorted (markup, scripts and data URIs are ASCII).

    >>> page_characters("<td>临时党支部</td><td>751 個</td>")
    '临個党支时部'
    """
    return "".join(sorted({ch for ch in html if ord(ch) > 127}))


@lru_cache(maxsize=8)
def subset_font(chars: str, font: Path | None = None) -> bytes:
    """WOFF bytes of `font` (default: the bundled CJK font) holding only `chars`; the same input, the same bytes."""
    from fontTools import subset

    from .charts import CJKFontError, _bundled_font

    path = font or _bundled_font()
    if path is None or not Path(path).exists():
        raise CJKFontError(f"no bundled CJK font to embed ({path or 'pylopdf_fonts_zh_cn'}); "
                           "pip install pylopdf-fonts-zh-cn")
    options = subset.Options()
    options.flavor = "woff"  # zlib only (WOFF2 would need brotli)
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # a re-run writes the same report
    fnt = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(fnt)
    out = io.BytesIO()
    subset.save_font(fnt, out, options)
    return out.getvalue()


def font_css(chars: str, font: Path | None = None) -> str:
    """A <style> element: the subset font as @font-face, placed before the generic family of each font list."""
    data = base64.b64encode(subset_font(chars, font)).decode("ascii")
    ui = f"system-ui, -apple-system, 'Segoe UI', helvetica, arial, '{FAMILY}', sans-serif"
    code = f"menlo, consolas, 'DejaVu Sans Mono', '{FAMILY}', monospace"
    return (f'<style id="{MARKER}">\n'
            f"@font-face {{ font-family: '{FAMILY}'; src: url(data:font/woff;base64,{data}) format('woff'); }}\n"
            f":root {{ --jp-ui-font-family: {ui}; --jp-content-font-family: {ui}; "
            f"--jp-code-font-family-default: {code}; --jp-code-font-family: {code}; }}\n"
            f"body {{ font-family: {ui}; }}\n"
            f"pre, code, kbd, samp {{ font-family: {code}; }}\n"
            "</style>\n")


def embed_cjk_font(html: str, font: Path | None = None) -> str:
    """The page with the font of its own characters in its <head> (unchanged if it has no non-ASCII text).

    >>> page = "<html><head><title>t</title></head><body>临时党支部</body></html>"
    >>> out = embed_cjk_font(page)
    >>> "@font-face" in out and out.index("@font-face") < out.index("</head>"), embed_cjk_font(out) == out
    (True, True)
    """
    if MARKER in html:
        return html
    chars = page_characters(html)
    if not chars:
        return html
    style = font_css(chars, font)
    m = re.search(r"</head\s*>", html, re.I)
    return html[: m.start()] + style + html[m.start():] if m else style + html
