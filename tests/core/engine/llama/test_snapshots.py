"""The snapshot store on its own: files, checks, the budget and which snapshot is chosen.

llama.cpp's part of a file is written here as ``llama_state_seq_save_file`` lays it out
(magic, version, token count, tokens, state); the engine's tests use llama.cpp itself."""

from __future__ import annotations

import os
import struct
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from app.core.engine.llama import snapshots
from app.core.engine.llama.snapshots import (
    SUFFIX,
    SnapshotStore,
    check,
    evict,
    files_of,
    fingerprint,
    forget,
)
from tests.support.memory import memory_mb, needs_peak_reset, reset_peak

KEY = "k" * 32


def _llama_file(tokens: Sequence[int], state: bytes) -> bytes:
    return (struct.pack("<4sII", b"qsgg", 3, len(tokens))
            + struct.pack(f"<{len(tokens)}i", *tokens) + state)


def _writer(tokens: Sequence[int], size: int, written: list[bytes] | None = None
            ) -> Callable[[Path], bool]:
    def write(path: Path) -> bool:
        data = _llama_file(tokens, os.urandom(size))
        path.write_bytes(data)
        if written is not None:
            written.append(data)
        return True
    return write


def _store(folder: Path, budget: int = 10**9, key: str = KEY) -> SnapshotStore:
    return SnapshotStore(key, folder, disk_budget=budget)


def _file(folder: Path, owner: str) -> Path:
    """``owner``'s one snapshot file of the model ``KEY``."""
    (path,) = files_of(folder / KEY, owner)
    return path


def _save(store: SnapshotStore, owner: str, tokens: Sequence[int], size: int = 1000) -> bool:
    return store.save(owner, tokens, size, _writer(tokens, size))


def test_a_saved_snapshot_reads_back_exactly(tmp_path: Path) -> None:
    written: list[bytes] = []
    store = _store(tmp_path)
    tokens = list(range(100, 140))
    assert store.save("chat-1", tokens, 1000, _writer(tokens, 1000, written))
    store.close()
    path = _file(tmp_path, "chat-1")
    assert check(path, KEY) == ("chat-1", tuple(tokens))
    # llama.cpp's part is as llama.cpp wrote it; Parla's trailer follows it.
    assert path.read_bytes().startswith(written[0])
    assert path.read_bytes().endswith(snapshots.MAGIC)
    found = _store(tmp_path).best([*tokens, 7, 8], better_than=0)
    assert found is not None
    assert (found.owner, found.tokens, found.path) == ("chat-1", tuple(tokens), path)


@needs_peak_reset
def test_sealing_and_checking_a_large_file_reads_it_a_little_at_a_time(tmp_path: Path) -> None:
    tokens = list(range(100))
    path = tmp_path / "state.kvs"
    with path.open("wb") as file:
        file.write(_llama_file(tokens, b""))
        for _ in range(40):
            file.write(os.urandom(1 << 20))
    before = reset_peak()
    with path.open("ab") as file:
        file.write(snapshots.trailer(path, "chat-1", tokens, KEY))
    assert check(path, KEY) == ("chat-1", tuple(tokens))
    grown = memory_mb("VmHWM") - before
    assert grown < 4, f"peak memory grew {grown} MB to check a 40 MB file"


def test_the_longest_prefix_wins_and_a_partial_match_counts(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "prefix-a", range(20))
    _save(store, "chat-1", [*range(40), 7, 7])
    prompt = [*range(40), 9, 9]  # shares 40 tokens with chat-1, whose last two differ
    chosen = store.best(prompt, better_than=0)
    assert chosen is not None and chosen.owner == "chat-1"
    # What the live KV cache already holds is not worth a restore.
    assert store.best(prompt, better_than=35) is None
    assert store.best([99, *range(40)], better_than=0) is None
    chosen = store.best([*range(20), 99], better_than=0)
    assert chosen is not None and chosen.owner == "prefix-a"  # as long a match, smaller


def test_a_huge_state_is_not_restored_to_save_a_few_tokens(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(2000))
    prompt = [*range(10), 5000]  # 10 tokens in common with a 2,000-token state
    assert store.best(prompt, better_than=0) is None


def test_a_snapshot_of_another_fingerprint_is_ignored_and_removed(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(50))
    store.close()
    (tmp_path / KEY).rename(tmp_path / ("o" * 32))  # as if another model had written it
    other = _store(tmp_path, key="o" * 32)
    assert other.tokens_of("chat-1") == ()
    assert other.best(list(range(60)), better_than=0) is None
    assert not list(tmp_path.glob(f"*/*{SUFFIX}"))


@pytest.mark.parametrize("damage", ["trailer", "llama's magic", "state", "tokens", "header",
                                    "truncated", "grown", "empty", "version 1"])
def test_a_damaged_file_is_never_used_and_is_deleted(tmp_path: Path, damage: str) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(50), size=5000)
    store.close()
    path = _file(tmp_path, "chat-1")
    data = bytearray(path.read_bytes())
    header = data.index(b'{"fingerprint"')
    if damage == "trailer":
        data[-1] ^= 1
    elif damage == "llama's magic":
        data[0] ^= 1
    elif damage == "state":
        data[header - 10] ^= 1
    elif damage == "tokens":
        data[12 + 4 * 20] ^= 1
    elif damage == "header":
        data[header + 3] ^= 1
    elif damage == "truncated":
        del data[header - 100:header]
    elif damage == "grown":
        data[header:header] = b"\0" * 10
    elif damage == "empty":
        data.clear()
    else:  # Parla's first format: its header first, no trailer
        data[:0] = b"PARLAKV\x01"
    path.write_bytes(bytes(data))
    again = _store(tmp_path)
    assert again.best(list(range(60)), better_than=0) is None
    assert not path.exists()


def test_a_file_damaged_after_it_was_written_is_checked_and_not_used(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(50), size=5000)
    store.flush()
    assert store.best(list(range(60)), better_than=0) is not None
    path = _file(tmp_path, "chat-1")
    data = bytearray(path.read_bytes())
    data[1000] ^= 1  # the same size: only the CRC can tell
    path.write_bytes(bytes(data))
    assert store.best(list(range(60)), better_than=0) is None
    assert not path.exists()


def test_a_file_this_process_wrote_is_not_read_again_to_be_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[Path] = []
    real_check = snapshots.check

    def counting(path: Path, key: str) -> tuple[str, tuple[int, ...]]:
        checked.append(path)
        return real_check(path, key)

    monkeypatch.setattr(snapshots, "check", counting)
    store = _store(tmp_path)
    _save(store, "chat-1", range(50))
    for _ in range(2):
        assert store.best(list(range(60)), better_than=0) is not None
    assert checked == []
    store.close()
    again = _store(tmp_path)  # as after a restart: checked once, then trusted
    for _ in range(2):
        assert again.best(list(range(60)), better_than=0) is not None
    assert len(checked) == 1


def test_a_file_still_being_sealed_is_read_at_once_and_a_new_save_replaces_the_old(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crc_may_end = threading.Event()
    real_trailer = snapshots.trailer

    def slow_trailer(path: Path, owner: str, tokens: Sequence[int], key: str) -> bytes:
        crc_may_end.wait(10)  # the CRC pass of a long chat takes a while
        return real_trailer(path, owner, tokens, key)

    store = _store(tmp_path)
    _save(store, "chat-1", range(50))
    store.flush()
    old = _file(tmp_path, "chat-1")
    monkeypatch.setattr(snapshots, "trailer", slow_trailer)
    written: list[bytes] = []
    assert store.save("chat-1", range(60), 5000, _writer(range(60), 5000, written))
    found = store.best(list(range(70)), better_than=0)  # no waiting for the CRC pass
    assert found is not None and found.tokens == tuple(range(60))
    assert found.path != old and found.path.read_bytes() == written[0]
    assert old.is_file()  # kept until the new file is whole
    crc_may_end.set()
    store.flush()
    assert files_of(tmp_path / KEY, "chat-1") == [found.path]
    assert check(found.path, KEY) == ("chat-1", tuple(range(60)))


def test_a_file_left_unsealed_by_a_crash_is_removed_and_the_older_one_used(
        tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(50))
    store.close()
    good = _file(tmp_path, "chat-1")
    crashed = tmp_path / KEY / f"chat-1.{10**20}{SUFFIX}"  # newer, never sealed
    crashed.write_bytes(_llama_file(range(60), os.urandom(1000)))
    again = _store(tmp_path)
    assert files_of(tmp_path / KEY, "chat-1") == [good]
    found = again.best(list(range(70)), better_than=0)
    assert found is not None and found.path == good


def test_the_disk_budget_evicts_the_least_recently_used(tmp_path: Path) -> None:
    store = _store(tmp_path, budget=25_000)
    for number in range(3):
        _save(store, f"chat-{number}", range(number * 100, number * 100 + 50), size=10_000)
        store.flush()
        os.utime(_file(tmp_path, f"chat-{number}"), (number, number))
    _save(store, "chat-3", range(300, 350), size=10_000)
    store.close()
    left = sorted(p.name.split(".")[0] for p in (tmp_path / KEY).iterdir())
    assert left == ["chat-2", "chat-3"]
    assert evict(tmp_path, 0) and not list((tmp_path / KEY).iterdir())


def test_a_state_larger_than_the_budget_is_not_written(tmp_path: Path) -> None:
    calls: list[Path] = []
    store = _store(tmp_path, budget=1000)
    assert not store.save("chat-1", range(50), 5000, calls.append)  # type: ignore[arg-type]
    store.close()
    assert calls == [] and not list(tmp_path.glob(f"*/*{SUFFIX}"))


@pytest.mark.parametrize("failure", ["refused", "disk full"])
def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, failure: str) -> None:
    def write(path: Path) -> bool:
        path.write_bytes(b"half")
        if failure == "disk full":
            raise OSError(28, "No space left on device")
        return False

    store = _store(tmp_path)
    assert not store.save("chat-1", range(50), 1000, write)
    store.close()
    assert not list((tmp_path / KEY).iterdir())
    assert store.tokens_of("chat-1") == () and store.best(list(range(60)), 0) is None


def test_forget_deletes_a_chats_snapshots_of_every_model(tmp_path: Path) -> None:
    for key in ("a" * 32, "b" * 32):
        store = _store(tmp_path, key=key)
        _save(store, "chat-7", range(30))
        _save(store, "chat-8", range(30))
        store.close()
    assert forget(tmp_path, "chat-7") == 2
    assert sorted(p.name.split(".")[0] for p in tmp_path.glob(f"*/*{SUFFIX}")) == ["chat-8"] * 2
    assert forget(tmp_path / "missing", "chat-7") == 0


def test_the_fingerprint_follows_the_file_and_the_options(tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(3 << 20))
    first = fingerprint(model, n_ctx=2048)
    assert fingerprint(model, n_ctx=2048) == first
    assert fingerprint(model, n_ctx=4096) != first
    os.utime(model, ns=(1, 1))
    assert fingerprint(model, n_ctx=2048) != first
    copy = tmp_path / "copy.gguf"
    copy.write_bytes(model.read_bytes())
    assert fingerprint(copy, n_ctx=2048) != fingerprint(model, n_ctx=2048)


def test_a_new_file_is_numbered_after_every_old_one_whatever_the_clock_says(
        tmp_path: Path) -> None:
    store = _store(tmp_path)
    _save(store, "chat-1", range(50))
    store.close()
    ahead = _file(tmp_path, "chat-1").with_name(f"chat-1.{10**20}{SUFFIX}")
    _file(tmp_path, "chat-1").rename(ahead)  # as if the clock had gone back since
    again = _store(tmp_path)
    _save(again, "chat-1", range(60))
    again.close()
    assert files_of(tmp_path / KEY, "chat-1") != [ahead]
    found = _store(tmp_path).best(list(range(70)), better_than=0)
    assert found is not None and found.tokens == tuple(range(60))
