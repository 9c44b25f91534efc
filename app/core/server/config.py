"""How the server is set up; the defaults are the safe ones."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from app.core.engine.base import SamplingParams

DEFAULT_PORT = 8484
"""None of the peers use it (llama.cpp 8080, Ollama 11434, LM Studio 1234, Jan 1337,
GPT4All 4891, vLLM and llama-cpp-python 8000)."""

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    api_key: str | None = None
    """Asked for as ``Authorization: Bearer KEY`` on /v1/ routes when set."""
    allowed_origins: tuple[str, ...] = ()
    """Web pages allowed to call the server (CORS); none by default: no CORS header at all."""
    allowed_hosts: tuple[str, ...] = ()
    """Host names besides loopback and the bound address that requests may name."""
    max_queue: int = 16
    """API requests queued or running at once; more get 503 with Retry-After."""
    max_body_bytes: int = 1_000_000
    max_tokens_limit: int = 4096
    """The largest ``max_tokens`` accepted (and never more than the model's context)."""
    body_timeout_s: float = 30.0
    """A client that takes longer to send its request gets 408."""
    send_timeout_s: float = 30.0
    """A streaming client that reads nothing for this long is dropped and its reply stopped."""
    sampling: SamplingParams = field(default_factory=SamplingParams)
    """What a request that names no sampling field gets."""

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_binding(config: ServerConfig, *, allow_remote: bool) -> str | None:
    """Why the server must not start as configured, or None."""
    if config.loopback:
        return None
    if not allow_remote:
        return (f"Binding to {config.host} makes the server reachable from other computers; "
                "pass --allow-remote (with an API key) if that is what you want.")
    if not config.api_key:
        return f"Binding to {config.host} needs an API key (--api-key or $PARLA_API_KEY)."
    return None
