"""The real default engine behind a thin wrapper, for tests that need to watch or delay
its calls: subclass it and override the one method of interest."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.cancel import CancelToken
from app.core.engine.base import (
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ProgressCallback,
    ReplyProgressCallback,
    SamplingParams,
    TextCallback,
)
from app.core.engine.factory import create_engine
from app.core.prompts import ChatMessage


class WrappedEngine:
    """Every call goes to the real engine from the factory (llama.cpp, not a fake)."""

    def __init__(self) -> None:
        self.inner = create_engine()

    @property
    def model(self) -> ModelInfo | None:
        return self.inner.model

    def load(self, options: LoadOptions, on_progress: ProgressCallback) -> ModelInfo:
        return self.inner.load(options, on_progress)

    def unload(self) -> None:
        self.inner.unload()

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return self.inner.count_tokens(messages)

    def generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                 on_text: TextCallback, cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None,
                 *, conversation: str | None = None) -> GenerationStats:
        return self.inner.generate(messages, params, on_text, cancel, on_progress,
                                   conversation=conversation)

    def forget(self, conversation: str) -> None:
        self.inner.forget(conversation)

    def expect(self, conversation: str | None) -> None:
        self.inner.expect(conversation)

    def complete(self, text: str, params: SamplingParams, on_text: TextCallback,
                 cancel: CancelToken,
                 on_progress: ReplyProgressCallback | None = None) -> GenerationStats:
        return self.inner.complete(text, params, on_text, cancel, on_progress)
