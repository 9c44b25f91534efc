"""Logging set-up: a rotating file in the log folder, warnings also on stderr.

Users attach the log file to bug reports, so it carries everything, including
llama.cpp's own output (see ``engine.llama.logs``); the terminal stays quiet.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, console_level: int = logging.WARNING) -> None:
    """Configure the root logger once; calling it again replaces the old handlers."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (handler.get_name() or "").startswith("parla-"):
            root.removeHandler(handler)
            handler.close()

    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.setLevel(logging.DEBUG)
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("parla: %(levelname)s: %(message)s"))
    console.setLevel(console_level)
    # llama.cpp warns about routine things (e.g. a context shorter than trained); file only.
    console.addFilter(lambda record: not record.name.startswith("parla.llama_cpp"))
    file_handler.set_name("parla-file")
    console.set_name("parla-console")
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(logging.DEBUG)
