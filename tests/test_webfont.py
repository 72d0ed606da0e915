"""HTML reports carry the bundled CJK font, cut to their own characters."""
from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest

from mobilization.webfont import FAMILY, embed_cjk_font, page_characters, subset_font

ROOT = Path(__file__).resolve().parents[1]
PAGE = "<html><head><title>t</title></head><body><table><td>临时党支部</td><td>751个</td></table></body></html>"


def _embedded_font(html: str) -> bytes:
    m = re.search(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", html)
    assert m, "no embedded WOFF font"
    return base64.b64decode(m.group(1))


def test_the_embedded_font_draws_every_chinese_character_of_the_page():
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(_embedded_font(embed_cjk_font(PAGE))))
    cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in "临时党支部个")
    assert ord("A") not in cmap  # Latin stays in the page's own fonts
    assert f"font-family: '{FAMILY}'" in embed_cjk_font(PAGE)


def test_the_subset_is_small_and_the_same_on_every_run():
    chars = page_characters(PAGE)
    data = subset_font(chars)
    assert len(data) < 20_000
    subset_font.cache_clear()
    assert subset_font(chars) == data


def test_a_page_without_chinese_is_left_alone():
    assert embed_cjk_font("<html><head></head><body>abc</body></html>") == "<html><head></head><body>abc</body></html>"


@pytest.mark.parametrize("report", sorted((ROOT / "reports").glob("*.html")), ids=lambda p: p.name)
def test_every_committed_report_carries_the_font_of_its_characters(report: Path):
    from fontTools.ttLib import TTFont

    html = report.read_text(encoding="utf-8")
    cmap = TTFont(io.BytesIO(_embedded_font(html))).getBestCmap()
    han = {ch for ch in html if "\u4e00" <= ch <= "\u9fff"}
    assert han and all(ord(ch) in cmap for ch in han)
