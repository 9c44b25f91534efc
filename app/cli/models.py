"""``parla-cli models``: list, search the Hub, download, verify, import and remove models.

Exit codes: 0 success, 1 failed, 2 bad arguments, 3 the licence was not accepted,
130 interrupted (a partial download is kept and resumes next time).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from app.core.cancel import Cancelled, CancelToken
from app.core.engine.factory import engine_runtime
from app.core.models.catalog import (
    DEFAULT_QUANT,
    Catalog,
    CatalogFile,
    CatalogModel,
    default_catalog,
)
from app.core.models.downloads import Downloader, DownloadError, DownloadProgress, Phase
from app.core.models.fit import assess, assess_installed, recommend
from app.core.models.hardware import detect_machine
from app.core.models.hashing import sha256_file
from app.core.models.hub_search import NO_MATCH, HubClient, HubError
from app.core.models.library import Library, LibraryError
from app.core.models.token import clear_token, load_token, mask, save_token
from app.core.paths import AppPaths
from app.core.settings import Settings, load_settings, save_settings

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LICENSE = 3
EXIT_INTERRUPTED = 130


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    models = commands.add_parser("models", help="list, download and manage models")
    actions = models.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="catalog and installed models, with what fits")
    listing.add_argument("--ctx", type=int, default=None,
                         help="context length for the memory estimate (default: settings)")

    search = actions.add_parser("search", help="find GGUF models on the Hugging Face Hub")
    search.add_argument("query", help="part of the repository's name, e.g. smollm2")
    search.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    search.add_argument("--files", action="store_true",
                        help="also list the files of the first repository found")
    search.add_argument("--ctx", type=int, default=None,
                        help="context length for the memory estimate (default: settings)")

    files = actions.add_parser("files", help="a Hub repository's GGUF files, with what fits")
    files.add_argument("repo", help="as shown by `models search`, e.g. owner/name-GGUF")
    files.add_argument("--ctx", type=int, default=None,
                       help="context length for the memory estimate (default: settings)")

    download = actions.add_parser("download", help="download a model (resumes partial files)")
    download.add_argument("model", nargs="?",
                          help="catalog id, e.g. stablelm-2-zephyr-1_6b, or a Hub file as "
                          "REPO/FILE, e.g. owner/name-GGUF/name.Q4_K_M.gguf")
    download.add_argument("--quant", help="quantization (default: what fits this machine)")
    download.add_argument("--repo", help="a Hub repository (with --file)")
    download.add_argument("--file", help="a GGUF file of that repository")
    download.add_argument("--accept-license", action="store_true",
                          help="accept the model's licence (needed once per licence)")

    verify = actions.add_parser("verify", help="re-hash installed models against their SHA256")
    verify.add_argument("key", nargs="?", help="one model (default: all)")

    importing = actions.add_parser("import", help="add a local GGUF file to the library")
    importing.add_argument("path", type=Path)
    importing.add_argument("--link", action="store_true",
                           help="leave the file where it is instead of copying it")

    token = actions.add_parser("token", help="save a Hugging Face access token (read from "
                               "stdin) for gated models")
    token.add_argument("--clear", action="store_true", help="forget the saved token")

    remove = actions.add_parser("remove", help="delete an installed model")
    remove.add_argument("key", help="as shown by `models list`, e.g. stablelm-2-zephyr-1_6b:Q4_K_M")


def _gib(size: int) -> str:
    return f"{size / 2**30:.2f} GiB" if size >= 2**30 else f"{size / 2**20:.0f} MiB"


def _list(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    catalog = default_catalog()
    library = Library(paths.models)
    installed = {e.key: e for e in library.installed()}
    machine = detect_machine(gpu_backend=engine_runtime().gpu_offload)
    context = args.ctx or settings.context_length
    gpu = f", GPU {machine.gpu_name} {_gib(machine.vram)}" if machine.vram else ""
    print(f"This machine: {_gib(machine.total_ram)} RAM ({_gib(machine.available_ram)} free)"
          f"{gpu}. Estimates at a context of {context} tokens"
          f"{' stored as q8_0' if settings.kv_cache == 'q8_0' else ''}.")
    for model in catalog.models:
        rows = assess(catalog, model, machine, context, settings.kv_cache)
        best = recommend(catalog, rows, machine)
        print(f"\n{model.name} ({model.id}) — {model.license.name}")
        for row in rows:
            mark = "*" if best is not None and row.file == best.file else " "
            here = installed.get(row.file.key)
            status = f"installed {_gib(here.size)}" if here and here.present else ""
            quality = catalog.quantizations[row.file.quant].quality
            print(f" {mark} {row.file.quant:<7} {_gib(row.size):>10}  "
                  f"needs {_gib(row.memory.total):>9}  {row.verdict.value:<9}  {status:<18} "
                  f"{quality}")
    from_hub = [e for e in installed.values() if e.key.startswith("hub:")]
    if from_hub:
        print("\nFrom Hugging Face")
        for entry in from_hub:
            fit = assess_installed(entry, machine, context, settings.kv_cache)
            need = f"needs {_gib(fit.memory.total):>9}  {fit.verdict}" if fit.memory and \
                fit.verdict else "needs ?"
            print(f"   {entry.key}  {entry.quant} {_gib(entry.size)}  {need}")
    imported = [e for e in installed.values() if e.key.startswith("imported:")]
    if imported:
        print("\nImported")
        for entry in imported:
            print(f"   {entry.key}  {entry.architecture} {entry.quant} {_gib(entry.size)} "
                  f"({entry.source}: {entry.path})")
    print("\n* recommended for this machine")
    return 0


def _resolve_quant(catalog: Catalog, model: CatalogModel, quant: str | None,
                   settings: Settings) -> str:
    if quant:
        return quant
    machine = detect_machine(gpu_backend=engine_runtime().gpu_offload)
    best = recommend(catalog, assess(catalog, model, machine, settings.context_length,
                                     settings.kv_cache), machine)
    return best.file.quant if best else DEFAULT_QUANT


class _TerminalProgress:
    """One updating line on a terminal; a line per 10% when piped to a file."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last_decile = -1
        self._phase: Phase | None = None

    def __call__(self, p: DownloadProgress) -> None:
        if p.message and p.phase is not Phase.DOWNLOADING:
            self._newline()
            print(f"{p.message}", file=sys.stderr)
        if p.phase in (Phase.DOWNLOADING, Phase.VERIFYING) and p.total:
            pct = 100 * p.done / p.total
            label = "Verifying" if p.phase is Phase.VERIFYING else "Downloading"
            speed = f"  {p.bytes_per_second / 1e6:5.1f} MB/s" if p.bytes_per_second else ""
            eta = f"  ETA {int(p.eta_seconds) // 60}m{int(p.eta_seconds) % 60:02d}s" \
                if p.eta_seconds is not None else ""
            line = f"{label} {pct:5.1f}%  {p.done / 1e6:.1f}/{p.total / 1e6:.1f} MB{speed}{eta}"
            if self._tty:
                print(f"\r{line}\x1b[K", end="", file=sys.stderr, flush=True)
            elif int(pct // 10) != self._last_decile or p.phase is not self._phase:
                self._last_decile = int(pct // 10)
                print(line, file=sys.stderr)
        self._phase = p.phase

    def _newline(self) -> None:
        if self._tty and self._phase in (Phase.DOWNLOADING, Phase.VERIFYING):
            print(file=sys.stderr)


def _hub(paths: AppPaths) -> HubClient:
    """The Hub as huggingface_hub finds it (``HF_ENDPOINT``), with the saved token."""
    return HubClient(paths.cache, token=lambda: load_token(paths.config))


def _date(repo_date: object) -> str:
    return f"{repo_date:%Y-%m-%d}" if repo_date is not None else "?"


def _search(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    hub = _hub(paths)
    repos = hub.search(args.query, args.limit)
    if not repos:
        print(NO_MATCH.format(query=args.query))
        return 0
    width = max(len(r.id) for r in repos)
    print(f"{'REPOSITORY':<{width}}  {'DOWNLOADS':>10}  {'LIKES':>6}  UPDATED     ACCESS")
    for repo in repos:
        access = "private" if repo.private else "gated" if repo.gated else ""
        print(f"{repo.id:<{width}}  {repo.downloads:>10,}  {repo.likes:>6,}  "
              f"{_date(repo.last_modified):<10}  {access}")
    if args.files:
        print()
        return _show_files(hub, repos[0].id, args.ctx, settings)
    print(f"\nSee a repository's files with: parla-cli models files {repos[0].id}")
    return 0


def _files(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    return _show_files(_hub(paths), args.repo, args.ctx, settings)


def _show_files(hub: HubClient, repo: str, ctx: int | None, settings: Settings) -> int:
    files = hub.repo_files(repo)
    notes: list[str] = []
    if files.note is not None:
        print(files.note)
        notes.append(str(files.note))  # said once, not again under each file
    if not files.files:
        return EXIT_FAILED
    machine = detect_machine(gpu_backend=engine_runtime().gpu_offload)
    context = ctx or settings.context_length
    listing = hub.assess(files, machine, context, kv_cache=settings.kv_cache)
    print(f"{repo} at {files.revision[:12]}: estimates at a context of {context} tokens.")
    width = max(len(fit.file.filename) for fit in listing.fits)
    print(f"{'FILE':<{width}}  {'QUANT':<8}  {'SIZE':>10}  {'NEEDS':>10}  VERDICT")
    for fit in listing.fits:
        need = _gib(fit.memory.total) if fit.memory else "?"
        verdict = fit.verdict.value if fit.verdict else "?"
        parts = f"  ({len(fit.file.parts)} parts)" if fit.file.split else ""
        print(f"{fit.file.filename:<{width}}  {fit.file.quant:<8}  {_gib(fit.file.size):>10}  "
              f"{need:>10}  {verdict}{parts}")
        for note in (fit.note, fit.file.download_refusal):
            if note is not None and str(note) not in notes:
                notes.append(str(note))
    for line in notes[1 if files.note is not None else 0:]:
        print(f"Note: {line}")
    print(f"\nDownload one with: parla-cli models download {repo}/FILE")
    return 0


def _hub_target(args: argparse.Namespace) -> tuple[str, str] | None:
    """(repository, file) when the download names a Hub file, else None (a catalog id)."""
    if args.repo:
        return (args.repo, args.file or "")
    if args.model and args.model.count("/") >= 2:
        owner, name, filename = args.model.split("/", 2)
        return (f"{owner}/{name}", filename)
    if args.model and "/" in args.model:
        return (args.model, args.file or "")
    return None


def _download(args: argparse.Namespace, paths: AppPaths, settings: Settings) -> int:
    target = _hub_target(args)
    if target is not None:
        return _download_from_hub(*target, paths)
    if not args.model:
        print("parla-cli: error: name a catalog model, REPO/FILE, or --repo R --file F",
              file=sys.stderr)
        return EXIT_USAGE
    catalog = default_catalog()
    model = catalog.model(args.model)
    entry = model.file(_resolve_quant(catalog, model, args.quant, settings))
    if model.license.url not in settings.accepted_licenses:
        if not args.accept_license:
            print(f"{model.name} is licensed under the {model.license.name}:\n"
                  f"  {model.license.url}\nRead it, then run again with --accept-license.",
                  file=sys.stderr)
            return EXIT_LICENSE
        settings.accepted_licenses.append(model.license.url)
        save_settings(settings, paths.settings_file)

    return _fetch(entry, paths)


def _download_from_hub(repo: str, filename: str, paths: AppPaths) -> int:
    if not filename:
        print(f"parla-cli: error: name the file: {repo}/FILE or --file FILE "
              f"(see `parla-cli models files {repo}`)", file=sys.stderr)
        return EXIT_USAGE
    return _fetch(_hub(paths).resolve(repo, filename), paths)


def _fetch(entry: CatalogFile, paths: AppPaths) -> int:
    """Download through the resumable, verified pipeline; Ctrl+C keeps the partial file."""
    cancel = CancelToken()

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        cancel.cancel()

    previous = signal.signal(signal.SIGINT, interrupt)
    downloader = Downloader(Library(paths.models), paths.cache / "hub",
                            token=lambda: load_token(paths.config))
    started = time.monotonic()
    progress = _TerminalProgress()
    try:
        installed = downloader.download(entry, progress, cancel)
    except Cancelled:
        progress._newline()
        print("Stopped. The partial download is kept; run the same command to resume.",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
    progress._newline()
    print(f"Installed {installed.key}: {installed.path} ({_gib(installed.size)}, "
          f"SHA256 verified) in {time.monotonic() - started:.0f} s")
    return 0


def _verify(args: argparse.Namespace, paths: AppPaths) -> int:
    library = Library(paths.models)
    entries = [e for e in library.installed() if args.key in (None, e.key)]
    if args.key and not entries:
        raise LibraryError(f"No installed model is called '{args.key}'.")
    bad = 0
    for entry in entries:
        if not entry.present:
            print(f"MISSING  {entry.key}  {entry.path}")
            bad += 1
            continue
        ok = sha256_file(entry.path) == entry.sha256
        bad += not ok
        print(f"{'OK      ' if ok else 'CORRUPT '} {entry.key}  {entry.path}")
    return EXIT_FAILED if bad else 0


def _import(args: argparse.Namespace, paths: AppPaths) -> int:
    entry = Library(paths.models).import_file(args.path, "link" if args.link else "copy")
    print(f"Imported {entry.key}: {entry.architecture} {entry.quant} {_gib(entry.size)} "
          f"at {entry.path}")
    return 0


def _remove(args: argparse.Namespace, paths: AppPaths) -> int:
    entry = Library(paths.models).remove(args.key)
    kept = " (the linked file itself was kept)" if entry.source == "link" else ""
    print(f"Removed {entry.key}{kept}")
    return 0


def _token(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.clear:
        clear_token(paths.config)
        print("Removed the saved Hugging Face token.")
        return 0
    if sys.stdin.isatty():
        import getpass

        value = getpass.getpass("Hugging Face token (input hidden): ")
    else:
        value = sys.stdin.readline()
    try:
        save_token(paths.config, value)
    except ValueError as exc:
        raise LibraryError(str(exc)) from exc
    print(f"Saved token {mask(value.strip())} (readable only by you).")
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    settings = load_settings(paths.settings_file)
    actions: dict[str, Callable[[], int]] = {
        "list": lambda: _list(args, paths, settings),
        "search": lambda: _search(args, paths, settings),
        "files": lambda: _files(args, paths, settings),
        "download": lambda: _download(args, paths, settings),
        "verify": lambda: _verify(args, paths),
        "import": lambda: _import(args, paths),
        "token": lambda: _token(args, paths),
        "remove": lambda: _remove(args, paths),
    }
    try:
        return actions[args.action]()
    except (DownloadError, LibraryError, HubError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) else str(exc)
        print(f"parla-cli: error: {message}", file=sys.stderr)
        return EXIT_FAILED
