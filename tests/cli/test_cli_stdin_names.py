"""Names and search words can come on stdin ('-'), so they stay out of ps and shell history."""

from __future__ import annotations

from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"
NAME = "Zq9CanaryXylophone"  # the canary: it must never be an argument here


def test_mentee_note_and_search_with_names_on_stdin(cli, vault: Vault) -> None:
    vault.close()
    base = ("--vault", str(vault.path), "--passphrase-stdin")
    added = cli("mentee", "add", "-", "--alias", "-", *base, input=f"{PASSPHRASE}\n{NAME}\nZed\n")
    assert added.returncode == 0, added.stderr
    note = cli(
        "note", "add", "--mentee", "-", *base, input=f"{PASSPHRASE}\nzed\nWe took the bus.\n"
    )
    assert note.returncode == 0, note.stderr
    listed = cli("mentee", "list", *base, input=PASSPHRASE + "\n")
    assert NAME in listed.stdout and "Zed" in listed.stdout
    found = cli("search", "-", "--mentee", "-", *base, input=f"{PASSPHRASE}\nbus\n{NAME}\n")
    assert found.returncode == 0 and "We took the bus" in found.stdout


def test_a_missing_line_is_one_sentence(cli, vault: Vault) -> None:
    vault.close()
    proc = cli("search", "-", "--vault", str(vault.path), "--passphrase-stdin", input=PASSPHRASE)
    assert proc.returncode == 2  # a usage error: the input the command was told to expect
    assert proc.stderr.count("\n") == 1 and "words to find" in proc.stderr
