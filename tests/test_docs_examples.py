"""Every example in README.md and docs/**/*.md runs as printed, and every link in them resolves.

The convention (also in docs/examples.md):

- a ```python block runs as a script and must exit 0; if it has `>>> ` lines it is a doctest
  instead, and the printed results are checked (ELLIPSIS and NORMALIZE_WHITESPACE on);
- a ```bash / ```sh / ```shell / ```console block runs line by line in bash (`set -e`) and
  must exit 0; if it has `$ ` lines it is a transcript: each `$ command` runs and its stdout
  and stderr together must equal the lines under it (`...` matches anything), and a command
  that exits non-zero must be followed by `$ echo $?` showing the code;
- a ```text block is an illustration unless its first line is a `$ command` (a transcript);
- any other language (csv, json, toml, ...) is not run; a fence without a language fails
  the test (say what the block is);
- `<!-- not-run: reason -->` on the line just before a fence skips it (for long jobs, a
  cluster, a server): use it sparingly, the reason is required.

Blocks run in document order in ONE temporary copy of the project (so one block may read
what an earlier one wrote), with this Python's environment first on PATH and the copy's
lib/ first on PYTHONPATH: nothing is written into the project itself.
"""
from __future__ import annotations

import doctest
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]  # the round logs of docs/rounds/ too
SHELLS = {"bash", "sh", "shell", "console"}
NOT_RUN = re.compile(r"<!--\s*not-run:\s*(?P<reason>.*?)\s*-->")
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>```+|~~~+)\s*(?P<lang>[\w+-]*)[^\n]*$")
MARK = "@@@docs-example-{}@@@"
TIMEOUT = 120


@dataclass(frozen=True)
class Block:
    """One fenced code block of a Markdown file."""

    path: Path
    line: int  # 1-based line of the opening fence
    lang: str
    code: str
    not_run: str | None  # the reason, when marked <!-- not-run: reason -->

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def kind(self) -> str:
        """python, doctest, shell, transcript, or skip."""
        lines = self.code.splitlines()
        if self.lang == "python":
            return "doctest" if any(ln.lstrip().startswith(">>> ") for ln in lines) else "python"
        if self.lang in SHELLS:
            return "transcript" if any(ln.startswith("$ ") for ln in lines) else "shell"
        if self.lang == "text" and lines and lines[0].startswith("$ "):
            return "transcript"
        return "skip"


def blocks(path: Path) -> list[Block]:
    """The fenced blocks of one Markdown file, with the not-run reason written just before each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, start = m.group("fence"), i
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence[0] * len(fence)):
            j += 1
        prev = next((lines[k] for k in range(start - 1, -1, -1) if lines[k].strip()), "")
        marked = NOT_RUN.search(prev)
        out.append(Block(path, start + 1, m.group("lang").lower(), "\n".join(lines[start + 1:j]) + "\n",
                         marked.group("reason") if marked else None))
        i = j + 1
    return out


ALL_BLOCKS = [b for p in DOC_FILES for b in blocks(p)]
RUNNABLE = [b for b in ALL_BLOCKS if b.kind != "skip"]


def test_every_block_says_its_language():
    bare = [b.id for b in ALL_BLOCKS if not b.lang]
    assert not bare, f"fences without a language (use text for an illustration): {bare}"


def test_every_not_run_marker_gives_a_reason():
    assert all(b.not_run for b in ALL_BLOCKS if b.not_run is not None), \
        [b.id for b in ALL_BLOCKS if b.not_run == ""]


def test_the_runner_finds_examples_to_run():
    assert len([b for b in RUNNABLE if b.not_run is None]) >= 5


# ------------------------------------------------------------------------------ the workspace

def _ignore(folder: str, names: list[str]) -> set[str]:
    skip = {".venv", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "artifacts", ".ipynb_checkpoints"}
    return {n for n in names if n in skip or n.endswith(".egg-info")}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A temporary copy of the project and the environment the examples run in."""
    copy = tmp_path_factory.mktemp("docs-examples") / "project"
    shutil.copytree(ROOT, copy, ignore=_ignore, symlinks=True)
    venv = Path(sys.prefix)
    if (venv / "pyvenv.cfg").exists():
        (copy / ".venv").symlink_to(venv)  # examples may say .venv/bin/python or .venv/bin/mobilization
    env = {k: v for k, v in os.environ.items() if k not in {"MOBILIZATION_DATA", "PYTHONPATH"}}
    bindir = str(Path(sys.executable).parent)
    env.update(PATH=f"{bindir}{os.pathsep}{env.get('PATH', '')}", PYTHONPATH=str(copy / "lib"),
               PYTHONHASHSEED="0", MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1", COLUMNS="120")
    return copy, env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run an example in its own process group; on timeout the whole group is killed (a server too)."""
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"{' '.join(args)[:200]}: still running after {TIMEOUT} s (a long job or a server? "
                    "mark it <!-- not-run: reason -->)")
    return subprocess.CompletedProcess(args, proc.returncode, out, "")


def transcript(code: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a `$ command` transcript; `\\` continues a command.

    >>> transcript("$ echo a \\\\\\n  b\\na b\\n$ echo $?\\n0\\n")
    [('echo a \\\\\\n  b', 'a b\\n'), ('echo $?', '0\\n')]
    """
    pairs: list[tuple[str, str]] = []
    lines = code.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        cmd = [lines[i][2:]]
        while cmd[-1].endswith("\\") and i + 1 < len(lines):
            i += 1
            cmd.append(lines[i])
        i += 1
        out = []
        while i < len(lines) and not lines[i].startswith("$ "):
            out.append(lines[i])
            i += 1
        pairs.append(("\n".join(cmd), "".join(ln + "\n" for ln in out)))
    return pairs


def _script(pairs: list[tuple[str, str]]) -> str:
    """A bash script that runs each command, its stderr into stdout, and prints a marker after it."""
    parts = ["exec 2>&1"]
    for n, (cmd, _) in enumerate(pairs):
        parts.append(f"{{ {cmd}\n}}; __rc=$?; printf '\\n{MARK.format(n)} %s\\n' \"$__rc\"; (exit $__rc)")
    return "\n".join(parts) + "\n"


def _same(expected: str, got: str) -> bool:
    norm = lambda s: "".join(ln.rstrip() + "\n" for ln in s.strip("\n").splitlines())  # noqa: E731
    checker = doctest.OutputChecker()
    return checker.check_output(norm(expected), norm(got), doctest.ELLIPSIS)


@pytest.mark.parametrize("block", RUNNABLE, ids=[b.id for b in RUNNABLE])
def test_example_runs_as_printed(block: Block, workspace, tmp_path):
    if block.not_run is not None:
        pytest.skip(f"marked not-run: {block.not_run}")
    copy, env = workspace
    where = f"{block.id} ({block.kind})"
    if block.kind == "python":
        script = tmp_path / "example.py"
        script.write_text(block.code, encoding="utf-8")
        res = _run([sys.executable, str(script)], copy, env)
        assert res.returncode == 0, f"{where} exited {res.returncode}:\n{res.stdout[-3000:]}"
    elif block.kind == "doctest":
        text = tmp_path / "example.txt"
        text.write_text(block.code, encoding="utf-8")
        res = _run([sys.executable, "-m", "doctest", "-o", "ELLIPSIS", "-o", "NORMALIZE_WHITESPACE", str(text)],
                   copy, env)
        assert res.returncode == 0, f"{where}: printed results differ:\n{res.stdout[-4000:]}"
    elif block.kind == "shell":
        res = _run(["bash", "-e", "-o", "pipefail", "-c", block.code], copy, env)
        assert res.returncode == 0, f"{where} exited {res.returncode}:\n{res.stdout[-3000:]}"
    else:
        pairs = transcript(block.code)
        res = _run(["bash", "-c", _script(pairs)], copy, env)
        pieces = re.split(r"\n?" + MARK.format(r"(\d+)") + r" (\d+)\n", res.stdout)
        outputs = pieces[0::3][: len(pairs)]
        codes = [int(c) for c in pieces[2::3]]
        assert len(codes) == len(pairs), f"{where}: the transcript stopped early:\n{res.stdout[-3000:]}"
        for n, ((cmd, expected), got, code) in enumerate(zip(pairs, outputs, codes)):
            assert _same(expected, got), f"{where}: `$ {cmd}` printed\n{got}\ninstead of\n{expected}"
            if code:
                following = pairs[n + 1][0].strip() if n + 1 < len(pairs) else ""
                assert following == "echo $?", f"{where}: `$ {cmd}` exited {code}; show it with `$ echo $?`"


# ------------------------------------------------------------------------------ links

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CODE_PATH = re.compile(r"`([\w./-]+/[\w.-]+\.(?:md|csv|py|ipynb|toml|yml|txt))`")


def _links(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # links inside code blocks are code
    text = re.sub(r"`[^`\n]*`", "", text)  # and so are links in inline code
    return LINK.findall(text)


@pytest.mark.parametrize("path", DOC_FILES, ids=[str(p.relative_to(ROOT)) for p in DOC_FILES])
def test_every_relative_link_resolves(path: Path):
    broken = []
    for target in _links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue  # a web address, mailto:, or an anchor in the same page
        file = target.split("#", 1)[0]
        if file.startswith("/") or not (path.parent / file).exists():
            broken.append(target)
    assert not broken, f"{path.relative_to(ROOT)}: links that do not resolve inside the project: {broken}"


@pytest.mark.parametrize("path", DOC_FILES, ids=[str(p.relative_to(ROOT)) for p in DOC_FILES])
def test_paths_named_in_the_text_exist(path: Path):
    """A file named in backquotes (`docs/tables.md`) exists, from the project root or the page's folder."""
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    missing = sorted({p for p in CODE_PATH.findall(text)
                      if not p.startswith("/") and not (ROOT / p).exists() and not (path.parent / p).exists()})
    absolute = sorted(set(re.findall(r"(?<![\w/.])/(?:work|home|tmp|Users)/[^\s`)]+", text)))
    assert not missing and not absolute, \
        f"{path.relative_to(ROOT)}: paths outside the project or not in it: {missing + absolute}"


def test_transcript_checks_catch_a_wrong_output():
    assert _same("mobilization: 5 of 8 inputs failed\n", "mobilization: 5 of 8 inputs failed  \n\n")
    assert not _same("mobilization: 5 of 8 inputs failed\n", "mobilization: 4 of 8 inputs failed\n")
    assert _same("took ... s\nend\n", "took 3.2 s\nend\n")
    pairs = transcript("$ printf 'a\\\\n'; false\na\n$ echo $?\n1\n")
    res = subprocess.run(["bash", "-c", _script(pairs)], stdout=subprocess.PIPE, text=True)
    assert re.findall(MARK.format(r"\d+") + r" (\d+)", res.stdout) == ["1", "0"]
