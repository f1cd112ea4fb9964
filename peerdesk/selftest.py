"""`peerdesk --self-test`: a headless end-to-end check of an installed or bundled peerdesk.

It touches each layer a bundle can break (the SQLCipher vault, the services, the
lazily loaded data files, the export, Qt and the GUI) on a throwaway vault.
"""

from __future__ import annotations

from pathlib import Path

from peerdesk import __version__


def run_self_test() -> int:
    """0 when every step passed; an AssertionError or PeerdeskError otherwise."""
    import os
    import secrets as random
    import shutil
    import tempfile
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from peerdesk.core.services import integrity, mentees, notes, search, session
    from peerdesk.core.vault import Vault
    from peerdesk.core.vault.keys import calibrate

    folder = Path(tempfile.mkdtemp(prefix="peerdesk-selftest-"))
    passphrase = "self test " + random.token_hex(8)
    try:
        vault = Vault(folder / "vault")
        session.create_vault(vault, passphrase=passphrase, kdf=calibrate(0))
        session.confirm_recovery_key(vault)  # a throwaway vault: nobody keeps its key
        mentee = mentees.add_mentee(vault, record=mentees.MenteeRecord(display_name="Test Person"))
        draft = notes.NoteDraft(
            participant_ids=[mentee], occurred_on=date.today(), did="self-test bus trip"
        )
        note_id = notes.save_draft(vault, draft=draft)
        notes.sign_note(vault, note_id=note_id)
        session.lock(vault)
        session.unlock(vault, passphrase=passphrase)
        assert notes.get_note(vault, note_id=note_id).did == "self-test bus trip"
        assert [h.id for h in search.search_notes(vault, query="bus")] == [note_id]
        assert integrity.check(vault) == []
        # The bundled data the features load lazily: HSDS seed + schemas, phone metadata.
        from peerdesk.core.services import directory, supervision

        assert directory.count_services(vault) > 0  # seeded by create_vault
        assert directory.search_services(vault, query="crisis")
        request = supervision.ExportRequest(date.today(), date.today(), format="md")
        text = supervision.prepare(vault, request=request).content("md")
        assert "Test Person" not in text and "Mentee A" in text
        from peerdesk.ui.app import build_gui

        gui = build_gui(vault)
        gui.window.close()
        gui.server.close()
        vault.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"peerdesk {__version__} self-test passed: vault, note, search, lock, unlock, check, directory, export, Qt."
    )
    return 0
