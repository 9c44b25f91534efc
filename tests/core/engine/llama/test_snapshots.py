"""The snapshot store on its own: files, checks, the budget and which snapshot is chosen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.engine.llama.snapshots import (
    SUFFIX,
    Snapshot,
    SnapshotStore,
    decode,
    evict,
    fingerprint,
    forget,
)

KEY = "k" * 32


def _snapshot(owner: str, tokens: range | list[int], size: int = 1000) -> Snapshot:
    return Snapshot(owner, tuple(tokens), bytearray(os.urandom(size)))


def _store(folder: Path | None, budget: int = 10**9, key: str = KEY) -> SnapshotStore:
    return SnapshotStore(key, folder, disk_budget=budget)


def test_a_saved_snapshot_reads_back_exactly_from_disk(tmp_path: Path) -> None:
    saved = _snapshot("chat-1", range(100, 140))
    store = _store(tmp_path)
    store.save(saved)
    store.close()
    assert decode(tmp_path / KEY / f"chat-1{SUFFIX}", KEY) == saved
    again = _store(tmp_path)
    assert again.best(list(range(100, 150)), better_than=0) == saved


def test_the_longest_prefix_wins_and_a_partial_match_counts(tmp_path: Path) -> None:
    store = _store(None)
    store.put(_snapshot("prefix-a", range(20)))
    store.put(_snapshot("chat-1", [*range(40), 7, 7]))
    prompt = [*range(40), 9, 9]  # shares 40 tokens with chat-1, whose last two differ
    chosen = store.best(prompt, better_than=0)
    assert chosen is not None and chosen.owner == "chat-1"
    # What the live KV cache already holds is not worth a restore.
    assert store.best(prompt, better_than=35) is None
    assert store.best([99, *range(40)], better_than=0) is None


def test_a_huge_state_is_not_restored_to_save_a_few_tokens() -> None:
    store = _store(None)
    store.put(_snapshot("chat-1", range(2000)))
    prompt = [*range(10), 5000]  # 10 tokens in common with a 2,000-token state
    assert store.best(prompt, better_than=0) is None


def test_a_snapshot_of_another_fingerprint_is_ignored_and_removed(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save(_snapshot("chat-1", range(50)))
    store.close()
    (tmp_path / KEY).rename(tmp_path / ("o" * 32))  # as if another model had written it
    other = _store(tmp_path)
    assert other.best(list(range(60)), better_than=0) is None


@pytest.mark.parametrize("damage", ["magic", "state", "tokens", "truncated", "empty"])
def test_a_damaged_file_is_never_used_and_is_deleted(tmp_path: Path, damage: str) -> None:
    store = _store(tmp_path)
    store.save(_snapshot("chat-1", range(50), size=5000))
    store.close()
    path = tmp_path / KEY / f"chat-1{SUFFIX}"
    data = bytearray(path.read_bytes())
    if damage == "magic":
        data[0] ^= 1
    elif damage == "state":
        data[-10] ^= 1
    elif damage == "tokens":
        data[len(data) - 5000 - 8] ^= 1
    elif damage == "truncated":
        del data[-100:]
    else:
        data.clear()
    path.write_bytes(bytes(data))
    again = _store(tmp_path)
    assert again.best(list(range(60)), better_than=0) is None
    assert not path.exists()


def test_the_disk_budget_evicts_the_least_recently_used(tmp_path: Path) -> None:
    store = _store(tmp_path, budget=25_000)
    for number in range(3):
        store.save(_snapshot(f"chat-{number}", range(number * 100, number * 100 + 50),
                             size=10_000))
        store.flush()
        os.utime(tmp_path / KEY / f"chat-{number}{SUFFIX}", (number, number))
    store.save(_snapshot("chat-3", range(300, 350), size=10_000))
    store.close()
    left = sorted(p.name for p in (tmp_path / KEY).iterdir())
    assert left == [f"chat-2{SUFFIX}", f"chat-3{SUFFIX}"]
    assert evict(tmp_path, 0) and not list((tmp_path / KEY).iterdir())


def test_a_state_larger_than_the_budget_is_not_written(tmp_path: Path) -> None:
    store = _store(tmp_path, budget=1000)
    store.save(_snapshot("chat-1", range(50), size=5000))
    store.close()
    assert not list(tmp_path.glob(f"*/*{SUFFIX}"))


def test_memory_keeps_the_last_chats_and_the_system_prompts_apart() -> None:
    store = _store(None)
    store.put(_snapshot("prefix-en", range(10)))  # the oldest, yet kept: prompts count apart
    for number in range(4):
        store.put(_snapshot(f"chat-{number}", [*range(10), number, *range(50)]))

    def chosen(number: int) -> str | None:
        found = store.best([*range(10), number, *range(50)], better_than=0)
        return found.owner if found is not None else None

    # The two chats put last are whole; the older two only find the system prompt's state.
    assert [chosen(n) for n in range(4)] == ["prefix-en", "prefix-en", "chat-2", "chat-3"]


def test_forget_deletes_a_chats_snapshots_of_every_model(tmp_path: Path) -> None:
    for key in ("a" * 32, "b" * 32):
        store = _store(tmp_path, key=key)
        store.save(_snapshot("chat-7", range(30)))
        store.save(_snapshot("chat-8", range(30)))
        store.close()
    assert forget(tmp_path, "chat-7") == 2
    assert sorted(p.name for p in tmp_path.glob(f"*/*{SUFFIX}")) == [f"chat-8{SUFFIX}"] * 2
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
