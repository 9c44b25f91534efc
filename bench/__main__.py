"""``python -m bench``: measure Parla on this machine (a developer tool, not shipped).

Run it from the repository root (``make bench`` does): the harness imports the
GGUF writer from ``tests.support``. Relative paths are taken from the current
folder, like any command's.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench",
                                     description="Measure Parla's speed on this machine.")
    parser.add_argument("--out", type=Path, default=Path("docs/performance"),
                        help="folder for results.json, plots and performance.md "
                             "(default: %(default)s)")
    parser.add_argument("--page", type=Path, default=None,
                        help="where to write the markdown report (default: OUT/performance.md)")
    parser.add_argument("--models-dir", type=Path, default=Path(".cache/bench-models"),
                        help="where the random-weight StableLM files are kept "
                             "(default: %(default)s)")
    parser.add_argument("--smollm2", type=Path,
                        default=Path(".cache/test-models/SmolLM2-135M-Instruct.Q4_1.gguf"),
                        help="the real SmolLM2 model (make test-models fetches it)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and only Q4_K_M: checks that everything runs")
    parser.add_argument("--no-stablelm", action="store_true",
                        help="skip the 1.6B-shaped model (it takes minutes to write once)")
    parser.add_argument("--only", action="append",
                        choices=("core", "api", "remote", "resume", "kv", "lookup", "peers"),
                        default=[],
                        help="measure only this section (core: what a full run measures "
                             "besides the sections below, about 30 minutes; "
                             "api: the local API server; "
                             "remote: the remote engine on llama-server; resume: returning "
                             "to a chat from snapshots; kv: f16 against q8_0 context and "
                             "decode speed by context length; lookup: prompt-lookup "
                             "speculative decoding on copying and other tasks; peers: "
                             "Parla beside GPT4All and llama-server on the same file; a few "
                             "minutes each) "
                             "into OUT's earlier results.json and the page, keeping the "
                             "other sections' figures; each section records its run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(arguments)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.run import BenchOptions
    from bench.run import run as run_benchmarks

    app = QApplication.instance() or QApplication([])
    assert app is not None
    smollm2 = args.smollm2 if args.smollm2 and args.smollm2.is_file() else None
    if smollm2 is None:
        print(f"SmolLM2 not found at {args.smollm2}; run `make test-models` to include it.")
    run_benchmarks(BenchOptions(out=args.out, models_dir=args.models_dir, smollm2=smollm2,
                                quick=args.quick, stablelm=not args.no_stablelm,
                                page=args.page, only=tuple(args.only),
                                command=" ".join(["python -m bench", *arguments])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
