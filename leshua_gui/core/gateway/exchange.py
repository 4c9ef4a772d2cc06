"""What support needs to see of one call: what was sent, what came back, how long it took."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class Exchange:
    """One service call to the gateway (retries included). The key never appears in here."""

    endpoint: str
    service: str
    form: dict[str, str]
    signed_string_masked: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    http_status: int | None = None
    elapsed_ms: float | None = None
    body: bytes = b""
    tries: int = 0
    content_type: str | None = None

    @property
    def body_text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def to_json(self) -> dict[str, object]:
        return {
            "endpoint": self.endpoint,
            "service": self.service,
            "form": dict(self.form),
            "signed_string_masked": self.signed_string_masked,
            "started_at": self.started_at.isoformat(),
            "http_status": self.http_status,
            "elapsed_ms": None if self.elapsed_ms is None else round(self.elapsed_ms, 1),
            "tries": self.tries,
            "body": self.body_text,
        }
