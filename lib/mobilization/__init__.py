"""mobilization: audited numbers from Chinese news reports on Party mobilization.

Stages, one module each: `corpus` (load) → `repair` → `script` (OpenCC) → `segment`
(jieba) → `quantities` → `tables` → `charts`; `pipeline` strings them together per
document, `cli` is the command line and `scale` runs the same per-document function
over large corpora (processes or Dask).
"""
__version__ = "0.1.0"
