"""vLLM tests are opt-in (``make test-vllm``): a plain ``make test`` skips every test marked
``vllm`` before it asks for a server, so it needs neither the 2.5 GB environment nor the
40 s start."""

from __future__ import annotations

import pytest

from tests.support.vllm import ENABLE_ENV, enabled, vllm_server

__all__ = ["vllm_server"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if enabled():
        return
    skip = pytest.mark.skip(reason=f"vLLM tests are opt-in: `make test-vllm` (sets {ENABLE_ENV}=1)")
    for item in items:
        if item.get_closest_marker("vllm"):
            item.add_marker(skip)
