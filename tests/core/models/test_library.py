from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.gguf_info import InvalidModelError, read_gguf_info
from app.core.models.catalog import Architecture, CatalogFile
from app.core.models.library import Library, LibraryError, read_shape


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(tmp_path / "models")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_library_lists_nothing(library: Library) -> None:
    assert library.installed() == []
    assert library.get("stablelm-2-zephyr-1_6b:Q4_K_M") is None


def test_importing_by_copy_validates_hashes_and_records_the_file(
    library: Library, stablelm_path: Path
) -> None:
    progress: list[tuple[int, int]] = []
    entry = library.import_file(stablelm_path, "copy", lambda d, t: progress.append((d, t)))
    assert entry.path.is_file() and entry.path.is_relative_to(library.root)
    assert entry.path.read_bytes() == stablelm_path.read_bytes()
    assert entry.sha256 == _sha(stablelm_path)
    assert (entry.architecture, entry.source) == ("stablelm", "copy")
    assert progress[-1] == (stablelm_path.stat().st_size, stablelm_path.stat().st_size)
    assert [e.key for e in Library(library.root).installed()] == [entry.key]
    assert not list(entry.path.parent.glob(".importing-*"))


def test_importing_by_link_leaves_the_file_where_it_is(
    library: Library, stablelm_path: Path
) -> None:
    entry = library.import_file(stablelm_path, "link")
    assert entry.path == stablelm_path.resolve()
    assert not (library.root / "imported").exists()
    library.remove(entry.key)
    assert stablelm_path.is_file(), "removing a linked model must not delete the user's file"
    assert library.installed() == []


def test_importing_something_that_is_not_a_model_is_refused(
    library: Library, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.gguf"
    bogus.write_text("shopping list", encoding="utf-8")
    with pytest.raises(LibraryError, match="not a GGUF") as caught:
        library.import_file(bogus, "copy")
    assert library.installed() == []
    with pytest.raises(InvalidModelError) as reason:
        read_gguf_info(bogus)
    assert caught.value.message == reason.value.message, "the file's reason, still translatable"


def test_a_cancelled_copy_leaves_nothing_behind(library: Library, smollm2_path: Path) -> None:
    cancel = CancelToken()

    def stop_midway(done: int, total: int) -> None:
        if done > total // 4:
            cancel.cancel()

    with pytest.raises(Cancelled):
        library.import_file(smollm2_path, "copy", stop_midway, cancel)
    assert not any((library.root / "imported").iterdir())
    assert library.installed() == []


def test_installing_a_verified_download_moves_it_into_place(
    library: Library, stablelm_path: Path, tmp_path: Path
) -> None:
    staged = tmp_path / "staged.gguf"
    staged.write_bytes(stablelm_path.read_bytes())
    entry = CatalogFile("tiny", "Q4_K_M", "someone/tiny", "tiny-Q4_K_M.gguf")
    installed = library.install_verified(staged, entry, _sha(stablelm_path))
    assert installed.path == library.root / "tiny" / "tiny-Q4_K_M.gguf"
    assert not staged.exists()
    assert library.get("tiny:Q4_K_M") == installed

    removed = library.remove("tiny:Q4_K_M")
    assert not removed.path.exists() and not (library.root / "tiny").exists()
    with pytest.raises(LibraryError, match="No installed model is called 'tiny:Q4_K_M'"):
        library.remove("tiny:Q4_K_M")


def test_a_corrupt_index_is_set_aside_and_the_library_starts_empty(
    library: Library, stablelm_path: Path
) -> None:
    library.import_file(stablelm_path, "link")
    library.index_path.write_text("{ not json", encoding="utf-8")
    assert library.installed() == []
    assert list(library.root.glob("library.corrupt-*"))


def test_the_index_is_plain_json_with_a_schema_version(
    library: Library, stablelm_path: Path
) -> None:
    library.import_file(stablelm_path, "link")
    data = json.loads(library.index_path.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and data["models"][0]["sha256"] == _sha(stablelm_path)


def test_an_import_records_what_the_memory_estimate_needs_from_the_header(
    library: Library, stablelm_path: Path, smollm2_path: Path
) -> None:
    tiny = library.import_file(stablelm_path, "link")
    assert tiny.context_length == 4096
    assert tiny.shape == Architecture(layers=2, embedding=64, heads=4, kv_heads=4, vocab=662,
                                      context_length=4096)
    smol = library.import_file(smollm2_path, "copy")
    assert smol.shape == Architecture(layers=30, embedding=576, heads=9, kv_heads=3,
                                      vocab=49152, context_length=8192)
    again = {e.key: e for e in Library(library.root).installed()}
    assert again[tiny.key] == tiny and again[smol.key] == smol, "kept in library.json"


def test_an_index_written_before_shapes_were_kept_still_reads(
    library: Library, stablelm_path: Path
) -> None:
    entry = library.import_file(stablelm_path, "link")
    data = json.loads(library.index_path.read_text(encoding="utf-8"))
    for model in data["models"]:
        del model["shape"], model["context_length"]
        model["written_by_a_newer_parla"] = True
    library.index_path.write_text(json.dumps(data), encoding="utf-8")
    (old,) = library.installed()
    assert old.key == entry.key and old.shape is None and old.context_length == 0
    assert not list(library.root.glob("library.corrupt-*"))


def test_a_file_that_cannot_be_read_gives_no_shape(tmp_path: Path) -> None:
    assert read_shape(tmp_path / "missing.gguf") is None
