"""Every relative link of README.md and docs/**/*.md resolves: to a file of the project and, where it has an #anchor
to a Markdown file, to a heading of that file (GitHub's anchor rule). The round logs live in docs/rounds/, so a link
written before a section moved there would otherwise break without anyone noticing."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: its text as rendered (links and code marks dropped), lower case, every
    character but letters, digits, `_`, `-` and spaces left out, spaces as `-`.

    >>> anchor("Lexicon files (all in `data/`, CSV with `#` comment lines; edit them without Python)")
    'lexicon-files-all-in-data-csv-with--comment-lines-edit-them-without-python'
    >>> anchor("Round q24b (tenth session): a part after 其中"), anchor("What each of several gives (各)")
    ('round-q24b-tenth-session-a-part-after-其中', 'what-each-of-several-gives-各')
    """
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"<[^>]+>", "", text).replace("`", "").replace("*", "")
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors of a Markdown file's headings (outside code blocks); a repeated one also as `-1`, `-2` …"""
    seen: dict[str, int] = {}
    out, fence = set(), None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = FENCE.match(line)
        if m:
            mark = m.group(1)[0]
            fence = mark if fence is None else (None if mark == fence else fence)
            continue
        h = HEADING.match(line) if fence is None else None
        if h:
            a = anchor(h.group(1))
            out.add(a if a not in seen else f"{a}-{seen[a]}")
            seen[a] = seen.get(a, 0) + 1
    return out


def links(path: Path) -> list[str]:
    """The link targets of a Markdown file, leaving out code blocks and inline code."""
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    return LINK.findall(text)


def broken_links(path: Path, root: Path = ROOT) -> list[str]:
    """The relative links of `path` that name no file under `root`, or no heading of the Markdown file they name."""
    broken = []
    for target in links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
            continue  # a web address, mailto:
        file, _, frag = target.partition("#")
        dest = (path.parent / file) if file else path
        if file.startswith("/") or not dest.exists() or root.resolve() not in dest.resolve().parents:
            broken.append(target)
        elif frag and dest.suffix == ".md" and frag not in anchors(dest):
            broken.append(target)
    return broken


@pytest.mark.parametrize("path", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_relative_link_resolves_to_a_file_and_heading(path: Path):
    assert not broken_links(path), f"{path.relative_to(ROOT)}: links that do not resolve: {broken_links(path)}"


def test_a_broken_link_or_anchor_is_found(tmp_path):
    (tmp_path / "docs" / "rounds").mkdir(parents=True)
    (tmp_path / "docs" / "rounds" / "q1.md").write_text("# Round q1 (first session)\n\n## What was wrong\n", "utf-8")
    page = tmp_path / "docs" / "page.md"
    page.write_text("# Page\n\n## Known limits\n\n"
                    "[ok](rounds/q1.md) [ok](rounds/q1.md#what-was-wrong) [ok](#known-limits) [web](https://x.org/#y)\n"
                    "[gone](rounds/q2.md) [no heading](rounds/q1.md#round-q1) [moved](#round-q1-first-session)\n"
                    "`[in code](nowhere.md)`\n\n```text\n[in a block](nowhere.md)\n```\n", "utf-8")
    assert broken_links(page, tmp_path) == ["rounds/q2.md", "rounds/q1.md#round-q1", "#round-q1-first-session"]


def test_the_pages_include_the_round_logs():
    assert any(p.parent.name == "rounds" for p in PAGES)
