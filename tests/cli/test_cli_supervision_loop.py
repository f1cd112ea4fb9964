"""The whole supervision loop through the real CLI, in subprocesses, on real vaults:
keys, a sealed export, the supervisor's inbox, a comment, the reply, and the mentor."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

PASSPHRASE = "orange kettle meadow 42"
STDIN = PASSPHRASE + "\n"
CANARY = "Quillon Abernathy-Sato"


def test_round_trip_through_the_cli(cli, tmp_path: Path) -> None:
    mentor, sup = tmp_path / "mentor", tmp_path / "supervisor"

    def run(folder: Path, *args: str, extra: str = ""):
        proc = cli(*args, "--vault", str(folder), "--passphrase-stdin", input=STDIN + extra)
        assert proc.returncode == 0, proc.stderr
        return proc

    assert cli("init", "--vault", str(mentor), "--passphrase-stdin", input=STDIN).returncode == 0
    assert (
        cli("init", "--supervisor", "--vault", str(sup), "--passphrase-stdin", input=STDIN)
        .returncode == 0
    )  # fmt: skip
    run(mentor, "mentee", "add", CANARY)
    day = date.today().isoformat()
    run(mentor, "note", "add", "--mentee", CANARY, "--sign", "--date", day,
        extra=f"{CANARY} and I planned the week.\n")  # fmt: skip
    for a, b, name in ((mentor, sup, "My supervisor"), (sup, mentor, "Alex")):
        key = tmp_path / f"{b.name}.pdkey"
        run(b, "keys", "export", "--out", str(key))
        fingerprint = json.loads(run(b, "keys", "show", "--json").stdout)["fingerprint"]
        run(a, "keys", "trust", str(key), "--name", name, "--fingerprint", fingerprint)

    packet = tmp_path / "export.pdsealed"
    out = run(mentor, "export", "supervision", "--from", day, "--to", day,
              "--seal-to", "My supervisor", "--out", str(packet))  # fmt: skip
    assert "sealed to" in out.stdout and CANARY.encode() not in packet.read_bytes()

    assert "Filed" in run(sup, "supervision", "open", str(packet)).stdout
    inbox = json.loads(run(sup, "supervision", "list", "--json").stdout)
    assert len(inbox) == 1 and inbox[0]["mentor"] == "Alex"
    packet_id = inbox[0]["packet"]
    shown = run(sup, "supervision", "show", packet_id).stdout
    assert "Supervision summary" in shown and CANARY not in shown
    run(sup, "supervision", "comment", packet_id, "all", "-", extra="Lovely planning.\n")
    run(sup, "supervision", "session", packet_id, "--on", day, "--topics", "planning")
    reply = tmp_path / "reply.pdsealed"
    run(sup, "supervision", "reply", packet_id, "--out", str(reply))
    opened = run(mentor, "supervision", "open-reply", str(reply)).stdout
    assert "1 comments" in opened or "1 comment" in opened

    again = cli("supervision", "open-reply", str(reply), "--vault", str(mentor),
                "--passphrase-stdin", input=STDIN)  # fmt: skip
    assert again.returncode == 1 and "opened before" in again.stderr
    wrong = cli("supervision", "open", str(reply), "--vault", str(sup), "--passphrase-stdin",
                input=STDIN)  # fmt: skip
    assert wrong.returncode != 0 and len(wrong.stderr.strip().splitlines()) == 1

    csv_out = tmp_path / "programme.csv"
    run(sup, "supervision", "programme", "--from", day, "--to", day, "--format", "csv",
        "--out", str(csv_out))  # fmt: skip
    assert "table,row,column,value" in csv_out.read_text() and CANARY not in csv_out.read_text()
    pdf_out = tmp_path / "programme.pdf"
    run(sup, "supervision", "programme", "--from", day, "--to", day, "--format", "pdf",
        "--out", str(pdf_out))  # fmt: skip
    assert pdf_out.read_bytes().startswith(b"%PDF")
