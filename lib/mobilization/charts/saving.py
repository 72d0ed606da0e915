"""Stage 7, charts: a figure written to figures/<stem>.png and .svg, each whole or not at all."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..outputs import atomic_path

if TYPE_CHECKING:
    from matplotlib.figure import Figure


FIGURES_DIR = Path(__file__).resolve().parents[3] / "figures"


def save_figure(fig: "Figure", stem: str, folder: str | Path | None = None,
                formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Write <folder>/<stem>.png and .svg (default folder: figures/), each atomically.

    Metadata that changes from run to run (dates, software version) is left out.
    """
    import matplotlib

    folder = FIGURES_DIR if folder is None else Path(folder)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": "mobilization"}):
        for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            if fmt not in formats:
                continue
            path = folder / f"{stem}.{fmt}"
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format=fmt, dpi=150, metadata=meta)
            written.append(path)
    return written
