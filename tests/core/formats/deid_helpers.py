"""What the de-identification class tests share: the engine with nothing entered in the
vault (two mentees in the export's order), and the two ways a sentence is checked."""

from __future__ import annotations

from peerdesk.core.formats.deid import Deidentifier


def redact(text: str) -> str:
    return Deidentifier([], mentee_order=[1, 2]).redact(text)[0]


def gone(text: str, *parts: str) -> str:
    """``text`` redacted, with none of ``parts`` left in it."""
    out = redact(text)
    for part in parts:
        assert part not in out, out
    return out


def kept(text: str, *parts: str) -> str:
    """``text`` redacted, with every one of ``parts`` still in it."""
    out = redact(text)
    for part in parts:
        assert part in out, out
    return out
