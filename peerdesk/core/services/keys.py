"""This vault's own key pairs and the keys it trusts (a supervisor's, or a mentor's).

The identity is made on first use and kept inside the encrypted database; only its
public half ever leaves (as a key file, or inside a sealed packet's header). A key is
trusted only after its fingerprint was compared with its owner, by phone or in person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats.sealed import Identity, PublicIdentity
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message
from peerdesk.core.models import ReceivedPacket, TrustedKey, VaultIdentity
from peerdesk.core.records import IdOnlyRepr
from peerdesk.core.services import audit
from peerdesk.core.vault import Vault

MAX_NAME = 80


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, repr=False)
class TrustedKeyRecord(IdOnlyRepr):
    id: int
    name: str
    fingerprint: str
    trusted_at: datetime
    public: PublicIdentity


def identity_in(s: Session) -> Identity:
    """The vault's identity inside the caller's unit of work, made on first use."""
    row = s.scalars(select(VaultIdentity).limit(1)).first()
    if row is None:
        ident = Identity.generate()
        keys = ident.to_json()
        s.add(
            VaultIdentity(
                x25519_private=keys["x25519"], ed25519_private=keys["ed25519"], created_at=_now()
            )
        )
        s.flush()
        audit.record(s, kind="created", entity="vault_identity")
        return ident
    return Identity.from_json({"x25519": row.x25519_private, "ed25519": row.ed25519_private})


def own_public_key(vault: Vault) -> PublicIdentity:
    with vault.session() as s:
        return identity_in(s).public


def public_key_file(vault: Vault, *, name: str) -> bytes:
    """The file to hand to the other person: public keys and the name they will see."""
    return own_public_key(vault).export_file(_clean_name(name))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "Give the key a name you will recognise, like “My supervisor”."
            )
        )
    if len(name) > MAX_NAME:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP("core", "Keep the name under {limit} characters."),
                limit=MAX_NAME,
            )
        )
    return name


def _record(row: TrustedKey) -> TrustedKeyRecord:
    public = PublicIdentity.from_json({"x25519": row.x25519, "ed25519": row.ed25519})
    return TrustedKeyRecord(row.id, row.name, row.fingerprint, row.trusted_at, public)


def trust_key(
    vault: Vault, *, key_file: bytes, name: str, confirmed_fingerprint: str
) -> TrustedKeyRecord:
    """Record someone's key under ``name``, once its fingerprint was compared.

    ``confirmed_fingerprint`` is what the mentor compared with the key's owner; spaces and
    case do not matter, but every letter must match."""
    public, _their_name = PublicIdentity.read_file(key_file)
    name = _clean_name(name)
    if _squash(confirmed_fingerprint) != _squash(public.fingerprint):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core",
                "That fingerprint does not match this key. Nothing was trusted; compare it again "
                "with its owner.",
            )
        )
    with vault.session() as s:
        if public == identity_in(s).public:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That is this vault's own key."))
        if s.scalar(select(TrustedKey).where(TrustedKey.fingerprint == public.fingerprint)):
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That key is trusted already."))
        if s.scalar(select(TrustedKey).where(TrustedKey.name == name)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("core", "Another key already has that name; choose another.")
            )
        keys = public.to_json()
        row = TrustedKey(
            name=name,
            fingerprint=public.fingerprint,
            x25519=keys["x25519"],
            ed25519=keys["ed25519"],
            trusted_at=_now(),
        )
        s.add(row)
        s.flush()
        audit.record(s, kind="created", entity="trusted_key", entity_id=row.id)
        return _record(row)


def _squash(fingerprint: str) -> str:
    return "".join(fingerprint.split()).upper()


def trusted_keys(vault: Vault) -> list[TrustedKeyRecord]:
    with vault.session() as s:
        return [_record(r) for r in s.scalars(select(TrustedKey).order_by(TrustedKey.name))]


def find_trusted(vault: Vault, *, name: str) -> TrustedKeyRecord:
    """A trusted key by its name (case-insensitive), or one clear sentence."""
    wanted = " ".join(name.split()).casefold()
    for record in trusted_keys(vault):
        if record.name.casefold() == wanted:
            return record
    raise ValidationError(
        QT_TRANSLATE_NOOP("core", "No trusted key has that name (see `peerdesk keys show`).")
    )


def forget_key(vault: Vault, *, key_id: int) -> None:
    """Stop trusting a key (a supervisor who moved on): nothing more can be sealed to it,
    and replies signed with it are refused. Packets already filed under it keep it."""
    with vault.session() as s:
        row = s.get(TrustedKey, key_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("core", "That key is no longer trusted."))
        if s.scalar(select(ReceivedPacket.id).where(ReceivedPacket.sender_id == key_id).limit(1)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Packets from this key are in your inbox; they keep its name, so it stays.",
                )
            )
        s.delete(row)
        audit.record(s, kind="archived", entity="trusted_key", entity_id=key_id)
