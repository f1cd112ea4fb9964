"""`peerdesk check`: the encrypted pages and structure, then the activity log and note chains."""

from __future__ import annotations

from peerdesk.core.errors import IntegrityError
from peerdesk.core.services import audit, notes
from peerdesk.core.vault import Vault


def check(vault: Vault) -> list[str]:
    """Problems found in an open vault, in plain sentences (empty when all is well)."""
    storage = vault.check_storage()
    problems = list(storage.problems)
    if not storage.readable:
        return problems
    try:
        with vault.session() as s:
            broken = audit.verify_chain(s)
            broken_note = notes.verify_chain(s)
    except IntegrityError:
        return [*problems, "The activity log or notes could not be read: the file is damaged."]
    if broken is not None:
        problems.append(f"The activity log was altered at event {broken}.")
    if broken_note is not None:
        problems.append(f"Signed note {broken_note} was changed after signing (first broken link).")
    return problems
