"""JupyterLab starts headless on loopback, lists the notebooks and runs a kernel that has the package."""
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


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = _free_port(), secrets.token_hex(16)
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(runtime), JUPYTER_PLATFORM_DIRS="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT / 'notebooks'}",
         "--ServerApp.open_browser=False", *(["--allow-root"] if os.geteuid() == 0 else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            _api(base, token, "/api/status")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"JupyterLab did not start: {proc.stderr.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.3)
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_lab_lists_the_notebooks(lab):
    base, token = lab
    listing = _api(base, token, "/api/contents/")
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
    finally:
        _api(base, token, f"/api/kernels/{kernel['id']}", method="DELETE")
