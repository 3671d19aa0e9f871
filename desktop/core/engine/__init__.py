"""The engine: one loaded model, replies as a stream of text pieces with a stop switch."""

from desktop.core.engine.types import (
    ChatMessage,
    ContextFullError,
    EngineError,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ReplyRequest,
    ReplyResult,
)

__all__ = [
    "ChatMessage",
    "ContextFullError",
    "EngineError",
    "LoadOptions",
    "ModelInfo",
    "ModelLoadError",
    "ReplyRequest",
    "ReplyResult",
]
