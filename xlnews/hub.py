"""Finding model weights the way the Hugging Face hub does it, without its minutes of retries when
offline: a local directory as it is, a hub id from the HF cache, a download only when the hub can
be reached and ``HF_HUB_OFFLINE`` is not set. Shared by the translators and the embedders."""

from __future__ import annotations

import os
from pathlib import Path

from xlnews.errors import XlnewsError


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise XlnewsError("--device cuda: no CUDA device is available here")
    if device not in ("cpu", "cuda"):
        raise XlnewsError(f"--device must be auto, cpu or cuda, not {device!r}")
    return device


HUB_HOST = "huggingface.co"


def hub_reachable(timeout: float = 3.0) -> bool:
    import socket

    try:
        socket.create_connection((os.environ.get("XLNEWS_HUB_HOST", HUB_HOST), 443), timeout=timeout).close()
        return True
    except OSError:
        return False


def locate_model(model: str) -> Path:
    """A local directory for ``model``: the path itself, its snapshot in the HF cache, or a fresh
    download when the hub can be reached. Fails fast, with one line, instead of retrying for minutes."""
    local = Path(model).expanduser()
    if local.exists():
        if not (local / "config.json").exists():
            raise XlnewsError(f"{model}: not a model directory (no config.json)")
        return local
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, local_files_only=True))
    except Exception:  # noqa: BLE001 - not in the cache, whatever the library calls it
        pass
    how = f"fetch it on a connected machine with `huggingface-cli download {model}`, or pass --model DIR"
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        raise XlnewsError(f"model {model!r} is not in the HF cache and HF_HUB_OFFLINE=1 is set: {how}")
    if not hub_reachable():
        raise XlnewsError(f"model {model!r} is not in the HF cache and the hub cannot be reached: {how}")
    try:
        return Path(snapshot_download(model))
    except Exception as exc:  # noqa: BLE001
        raise XlnewsError(f"cannot download model {model!r}: {type(exc).__name__}: {exc}") from None


def dir_revision(path: Path) -> str:
    """A local model's identity: the size and mtime of its weight files."""
    if not path.exists():
        return "unknown"
    parts = [f"{p.name}:{p.stat().st_size}:{int(p.stat().st_mtime)}" for p in sorted(path.glob("*")) if p.is_file()]
    return "local:" + ",".join(parts)


def quiet_model_loading() -> None:
    """Turns off the "Loading weights" bar transformers draws on stderr for every model it loads: the
    CLI shows its own progress, and a bar per model amid it reads as output."""
    try:
        from transformers.utils import logging as transformers_logging
    except ImportError:
        return
    transformers_logging.disable_progress_bar()
