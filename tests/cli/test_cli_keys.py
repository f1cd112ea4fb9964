"""`peerdesk keys`: show, export, trust and forget, through the real CLI on real vaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PASSPHRASE = "orange kettle meadow 42"
STDIN = PASSPHRASE + "\n"


@pytest.fixture
def two_vaults(cli, tmp_path: Path) -> tuple[Path, Path]:
    mentor, supervisor = tmp_path / "mentor", tmp_path / "supervisor"
    for folder in (mentor, supervisor):
        proc = cli("init", "--vault", str(folder), "--passphrase-stdin", input=STDIN)
        assert proc.returncode == 0, proc.stderr
    return mentor, supervisor


def _show(cli, folder: Path) -> dict:
    proc = cli("keys", "show", "--json", "--vault", str(folder), "--passphrase-stdin", input=STDIN)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_show_is_stable_and_export_holds_no_secret(cli, two_vaults, tmp_path: Path) -> None:
    mentor, _ = two_vaults
    first, again = _show(cli, mentor), _show(cli, mentor)
    assert first["fingerprint"] == again["fingerprint"] and first["trusted"] == []
    out = tmp_path / "mentor.pdkey"
    proc = cli(
        "keys", "export", "--out", str(out), "--name", "Alex", "--vault", str(mentor),
        "--passphrase-stdin", input=STDIN,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert first["fingerprint"] in proc.stdout
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    doc = json.loads(out.read_text())
    assert set(doc) == {"format", "version", "name", "x25519", "ed25519"}
    # The file carries exactly the public keys that `keys show` reports, nothing more.
    assert (doc["x25519"], doc["ed25519"]) == (first["x25519"], first["ed25519"])
    assert doc["name"] == "Alex"


def test_trust_needs_the_right_fingerprint(cli, two_vaults, tmp_path: Path) -> None:
    mentor, supervisor = two_vaults
    key = tmp_path / "supervisor.pdkey"
    assert cli(
        "keys", "export", "--out", str(key), "--vault", str(supervisor), "--passphrase-stdin",
        input=STDIN,
    ).returncode == 0  # fmt: skip
    real = _show(cli, supervisor)["fingerprint"]
    wrong = ("AAAA " + real[5:]) if not real.startswith("AAAA") else ("BBBB " + real[5:])

    def trust(fingerprint: str | None, name: str = "My supervisor"):
        extra = ["--fingerprint", fingerprint] if fingerprint is not None else []
        return cli(
            "keys", "trust", str(key), "--name", name, *extra, "--vault", str(mentor),
            "--passphrase-stdin", input=STDIN,
        )  # fmt: skip

    refused = trust(wrong)
    assert refused.returncode == 1 and "does not match" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    unasked = trust(None)  # no terminal: never trusts without a compared fingerprint
    assert unasked.returncode != 0 and _show(cli, mentor)["trusted"] == []
    ok = trust(real.lower().replace(" ", ""))  # spaces and case do not matter
    assert ok.returncode == 0, ok.stderr
    assert _show(cli, mentor)["trusted"] == [{"name": "My supervisor", "fingerprint": real}]
    twice = trust(real, name="Someone else")
    assert twice.returncode == 1 and "already" in twice.stderr

    def forget(name: str):
        return cli(
            "keys", "forget", "--name", name, "--vault", str(mentor), "--passphrase-stdin",
            input=STDIN,
        )  # fmt: skip

    unknown = forget("Nobody")
    assert unknown.returncode == 1 and "keys show" in unknown.stderr
    gone = forget("my  SUPERVISOR")  # the name as trusted, spaces and case aside
    assert gone.returncode == 0 and "No longer trusting" in gone.stdout, gone.stderr
    assert _show(cli, mentor)["trusted"] == []


def test_a_broken_key_file_gets_one_sentence(cli, two_vaults, tmp_path: Path) -> None:
    mentor, _ = two_vaults
    bad = tmp_path / "bad.pdkey"
    for content in (b"", b"\xff\xfe garbage", b'{"format": "peerdesk-public-key", "version": 1}'):
        bad.write_bytes(content)
        proc = cli(
            "keys", "trust", str(bad), "--name", "X", "--fingerprint", "AAAA", "--vault",
            str(mentor), "--passphrase-stdin", input=STDIN,
        )  # fmt: skip
        assert proc.returncode in (1, 4) and "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
