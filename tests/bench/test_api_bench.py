"""The API benchmark runs end to end on the small model and reports every figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from bench import api


@pytest.mark.slow
def test_api_benchmark_reports_its_figures(qapp: QApplication, smollm2_path: Path) -> None:
    result = api.run(smollm2_path, rounds=1, tokens=6, context=512)
    assert result["decode_tps_in_process"] > 0 and result["decode_tps_api"] > 0
    assert isinstance(result["ttft_added_ms"], float)
    assert result["throughput_tps_8_clients"] > 0
    assert [w["place"] for w in result["waits"]] == list(range(api.CLIENTS))


def test_a_reply_that_fails_ends_the_api_benchmark_instead_of_hanging_it(
        qapp: QApplication, stablelm_path: Path) -> None:
    with pytest.raises(RuntimeError, match="a reply failed"):
        api.run(stablelm_path, rounds=1, tokens=4, context=512, chat_format="completion")
