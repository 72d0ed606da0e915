"""JupyterLab as `make.py lab` starts it: on loopback, rooted at the project, one kernel that has the package, plots inline."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("jupyterlab")
websocket = pytest.importorskip("tornado.websocket")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(base: str, token: str, path: str, method: str = "GET", body: dict | None = None) -> dict | list:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{base}{path}", data=data, method=method,
                                 headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else {}


def _make():
    """make.py as a module: the tests start the Lab exactly as `python3 make.py lab` does."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make", ROOT / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    return make


def start_lab(runtime: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str, str]:
    """JupyterLab as `make.py lab` starts it, on 127.0.0.1, a free port and a random token; waits until up.

    `extra` arguments come last (so `--ServerApp.root_dir=...` there overrides make.py's); `env` adds variables.
    """
    make = _make()
    make.write_lab_settings(Path(sys.prefix))
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(make.lab_env(), JUPYTER_RUNTIME_DIR=str(runtime), JUPYTER_PLATFORM_DIRS="1", **(env or {}))
    env.pop("MPLBACKEND", None)  # as a user's shell: the test runner's own Agg must not leak in
    cmd = make.lab_command("--no-browser", "--ip=127.0.0.1", f"--port={port}",
                           f"--IdentityProvider.token={token}", "--ServerApp.open_browser=False", *extra)
    cmd[0] = sys.executable  # this Python (the project's venv when run by make.py test)
    overridden = {a.split("=", 1)[0] for a in extra if a.startswith("--") and "=" in a}
    cmd = cmd[:1] + [a for a in cmd[1:-len(extra) or None] if a.split("=", 1)[0] not in overridden] + list(extra)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            _api(base, token, "/api/status")
            return proc, base, token
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"JupyterLab did not start: {proc.stderr.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.3)


def stop_lab(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    proc, base, token = start_lab(tmp_path_factory.mktemp("jupyter-runtime"))
    yield base, token
    stop_lab(proc)


def test_make_lab_keeps_agg_out_of_the_lab_and_opens_on_notebooks(monkeypatch):
    make = _make()
    monkeypatch.delenv("MPLBACKEND", raising=False)  # a user's shell
    assert "MPLBACKEND" not in make.lab_env()
    assert make._env()["MPLBACKEND"] == "Agg"  # but jobs and tests never open windows
    cmd = make.lab_command()
    assert f"--ServerApp.root_dir={ROOT}" in cmd and "--LabApp.default_url=/lab/tree/notebooks" in cmd


def test_lab_is_rooted_at_the_project(lab):
    base, token = lab
    top = {item["name"] for item in _api(base, token, "/api/contents/")["content"]}
    assert {"notebooks", "data", "figures", "seeds"} <= top


def test_lab_offers_one_python_kernel(lab):
    base, token = lab
    specs = _api(base, token, "/api/kernelspecs")
    assert list(specs["kernelspecs"]) == ["python3"], specs["kernelspecs"].keys()


def test_lab_lists_the_notebooks(lab):
    base, token = lab
    listing = _api(base, token, "/api/contents/notebooks")
    names = sorted(item["name"] for item in listing["content"] if item["type"] == "notebook")
    expected = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert names == expected and names


def _execute(ws_url: str, code: str) -> tuple[str, str]:
    """Send one execute_request over the kernel's websocket; return (reply status, stdout)."""
    import asyncio

    async def run() -> tuple[str, str]:
        conn = await websocket.websocket_connect(ws_url)
        msg_id = uuid.uuid4().hex
        conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test", "session": uuid.uuid4().hex,
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        status, out, idle = "", "", False
        while not (status and idle):
            raw = await asyncio.wait_for(conn.read_message(), timeout=60)
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["header"]["msg_type"]
            if kind == "stream":
                out += msg["content"]["text"]
            elif kind == "execute_reply":
                status = msg["content"]["status"]
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
        conn.close()
        return status, out

    return asyncio.run(run())


def test_kernel_imports_the_package(lab):
    base, token = lab
    kernel = _api(base, token, "/api/kernels", method="POST", body={"name": "python3"})
    try:
        ws = f"{base.replace('http', 'ws')}/api/kernels/{kernel['id']}/channels?token={token}"
        status, out = _execute(ws, "import mobilization, mobilization.pipeline; print(mobilization.__version__)")
        assert status == "ok"
        assert out.strip() == __import__("mobilization").__version__
        # plt.show() in a new notebook draws: the kernel's backend is the inline one, not Agg
        status, out = _execute(ws, "import matplotlib; print(matplotlib.get_backend())")
        assert status == "ok" and "inline" in out, out
    finally:
        _api(base, token, f"/api/kernels/{kernel['id']}", method="DELETE")
