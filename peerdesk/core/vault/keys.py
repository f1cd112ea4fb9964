"""The key file (vault.keys): key slots that each wrap the vault's data key.

Format (JSON)::

    {"format": "peerdesk-keys", "version": 1, "vault_id": "<uuid>",
     "kdf": {"name": "argon2id", "memory_kib": .., "iterations": .., "lanes": .., "salt": "<b64>"},
     "slots": [{"id": "<hex>", "type": "passphrase"|"recovery"|"device",
                "nonce": "<b64>", "wrapped": "<b64>"}]}

Each slot is the 32-byte data key sealed with AES-256-GCM under a slot key. The
associated data binds the header (everything but the slots, as canonical JSON)
and the slot's own id and type, so a changed KDF parameter, a slot moved to
another vault or a slot whose type was swapped all fail to open.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
import unicodedata
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from peerdesk.core.errors import QT_TRANSLATE_NOOP, KeyFileError, ValidationError, WrongPassphrase
from peerdesk.core.messages import Message
from peerdesk.core.records import Record
from peerdesk.core.records import replace as _replace
from peerdesk.core.vault import subkeys

FORMAT = "peerdesk-keys"
VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10

# The floor below which a key file is refused as a downgrade.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
LANES = 4
MAX_MEMORY_KIB = 2 * 1024 * 1024
DEFAULT_TARGET_SECONDS = 0.5

SlotType = Literal["passphrase", "recovery", "device"]
SLOT_TYPES: tuple[str, ...] = ("passphrase", "recovery", "device")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("core", "The key file is damaged (a field is not text).")
        )
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("core", "The key file is damaged (a field is not valid base64).")
        ) from None
    if _b64(raw) != text:  # non-canonical padding bits: a changed byte that decodes the same
        raise KeyFileError(
            QT_TRANSLATE_NOOP("core", "The key file is damaged (a field is not valid base64).")
        )
    return raw


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


class KdfParams(Record):
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise KeyFileError(
                QT_TRANSLATE_NOOP("core", "The key file names an unknown key derivation.")
            )
        try:
            params = cls(
                memory_kib=int(data["memory_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
                salt=_unb64(data["salt"]),
            )
        except (KeyError, TypeError, ValueError):
            raise KeyFileError(
                QT_TRANSLATE_NOOP("core", "The key file is damaged (key derivation settings).")
            ) from None
        params.check_floor()
        return params

    def check_floor(self) -> None:
        """Refuse parameters weaker than the floor: a lowered cost is a downgrade attack."""
        if (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or self.lanes < LANES
            or len(self.salt) < 16
        ):
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The key file asks for weaker protection than peerdesk allows; "
                    "it may have been tampered with. The vault was not opened.",
                )
            )
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > 64 or self.lanes > 64:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "core", "The key file asks for an unreasonable key derivation cost."
                )
            )

    @property
    def cost(self) -> tuple[int, int, int]:
        """What the time of a derivation depends on (the salt does not change it)."""
        return (self.memory_kib, self.iterations, self.lanes)

    def derive(self, passphrase: str) -> bytes:
        started = time.process_time()
        key = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(normalize_passphrase(passphrase))
        _measured[self.cost] = idle_seconds(time.process_time() - started)
        return key


# How long each cost setting took here, the last time this process derived with it: the
# processor time shared over the cores its lanes run on (what calibrate() counts), so a
# busy computer does not make it look slower. Timings only, nothing secret.
_measured: dict[tuple[int, int, int], float] = {}


def idle_seconds(cpu_seconds: float) -> float:
    """An idle computer's wall time for a derivation that used ``cpu_seconds``: its lanes
    run in parallel threads, one per core up to the number of lanes."""
    return cpu_seconds / max(1, min(LANES, os.cpu_count() or 1))


def measured_seconds(params: KdfParams) -> float | None:
    """The time of a derivation with these settings, measured in this process (or None)."""
    return _measured.get(params.cost)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on another keyboard layout still opens."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase_rules(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Please use a passphrase of at least {length} characters; "
                    "a few unrelated words work well.",
                ),
                length=MIN_PASSPHRASE_LENGTH,
            )
        )


def target_seconds() -> float:
    """Calibration target: 0.5 s, or PEERDESK_KDF_TARGET_MS for tests and benchmarks.

    The floor (64 MiB, 3 iterations, 4 lanes) applies whatever this says.
    """
    raw = os.environ.get("PEERDESK_KDF_TARGET_MS")
    if raw:
        try:
            return max(0.0, float(raw) / 1000)
        except ValueError:
            pass
    return DEFAULT_TARGET_SECONDS


def calibrate(target: float | None = None) -> KdfParams:
    """Pick Argon2id memory so one derivation takes about ``target`` seconds here, when idle.

    The probe is timed in CPU time, not by the wall clock: on a busy computer the wall
    clock runs on while the derivation waits for a core, which would make it look slow
    and pick a weaker setting for the vault's whole life. The lanes run in parallel
    threads, so an idle computer's wall time is the CPU time shared over its cores.
    """
    target = target_seconds() if target is None else target
    salt = os.urandom(16)
    floor = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, LANES, salt)
    if target <= 0:
        return floor
    floor.derive("calibration")
    elapsed = max(_measured[floor.cost], 1e-3)
    memory = int(MIN_MEMORY_KIB * target / elapsed)
    memory = max(MIN_MEMORY_KIB, min(MAX_MEMORY_KIB, memory // 1024 * 1024))
    return _replace(floor, memory_kib=memory)


# --- recovery keys -----------------------------------------------------------------

RECOVERY_BYTES = 16
_B32_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> str:
    """128 random bits as 26 base32 characters, in groups of four for reading aloud."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept any spacing, dashes and case; forgive 0/O, 1/I and 8/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_B32_FIXES)
    if len(cleaned) != 26:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "A recovery key has 26 letters and digits; please check it.")
        )
    try:
        raw = base64.b32decode(cleaned + "======")
    except binascii.Error:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "That recovery key has characters that cannot be in one.")
        ) from None
    return raw


# --- slots ---------------------------------------------------------------------------


class Slot(Record):
    id: str
    type: str
    nonce: bytes
    wrapped: bytes
    mac: bytes | None = None  # HMAC under the data key (KeyFile.seal); None until sealed

    def body(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    def to_json(self) -> dict[str, Any]:
        doc = self.body()
        if self.mac is not None:
            doc["mac"] = _b64(self.mac)
        return doc

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise KeyFileError(QT_TRANSLATE_NOOP("core", "The key file is damaged (a key slot)."))
        slot_type = data.get("type")
        slot_id = data.get("id")
        if slot_type not in SLOT_TYPES or not isinstance(slot_id, str):
            raise KeyFileError(QT_TRANSLATE_NOOP("core", "The key file is damaged (a key slot)."))
        mac = data.get("mac")
        return cls(
            slot_id,
            slot_type,
            _unb64(data.get("nonce")),
            _unb64(data.get("wrapped")),
            None if mac is None else _unb64(mac),
        )


class KeyFile(Record):
    vault_id: str
    kdf: KdfParams
    slots: tuple[Slot, ...] = ()
    # HMAC-SHA256 under the data key over the header and the list of slots; each slot
    # carries its own. So a changed byte in a slot nobody uses today, or a slot removed
    # or added, is found at the next unlock (see seal and damage).
    mac: bytes | None = None

    # -- serialisation --
    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "kdf": self.kdf.to_json(),
        }

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {**self.header(), "slots": [slot.to_json() for slot in self.slots]}
        if self.mac is not None:
            doc["mac"] = _b64(self.mac)
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    def _mac_key(self, data_key: bytes) -> bytes:
        return subkeys.derive(data_key, vault_id=self.vault_id, info=b"peerdesk key file mac v1")

    def _slot_mac(self, key: bytes, slot: Slot) -> bytes:
        body = canonical_json(self.header()) + b"\x00" + canonical_json(slot.body())
        return subkeys.mac(key, body)

    def _file_mac(self, key: bytes) -> bytes:
        # Device slots are left out of the list: "forget this device" works while locked
        # (without the data key); each still carries its own MAC against changed bytes.
        listed = [{"id": s.id, "type": s.type} for s in self.slots if s.type != "device"]
        body = canonical_json({**self.header(), "slots": listed})
        return subkeys.mac(key, body)

    def seal(self, data_key: bytes) -> KeyFile:
        """MACs under ``data_key`` for the file and for each slot not sealed yet.

        A slot that already has a MAC keeps it, even a wrong one: writing the file again
        must not bless a slot that was changed behind peerdesk's back.
        """
        key = self._mac_key(data_key)
        slots = tuple(
            s if s.mac is not None else _replace(s, mac=self._slot_mac(key, s)) for s in self.slots
        )
        sealed = _replace(self, slots=slots)
        return _replace(sealed, mac=sealed._file_mac(key))

    def is_sealed(self) -> bool:
        return self.mac is not None and all(s.mac is not None for s in self.slots)

    def damage(self, data_key: bytes) -> list[str]:
        """Slot types whose MAC is wrong or missing, then "slots" for a changed list.

        An unsealed file (from before MACs) has nothing to check; a sealed one is sealed
        throughout, so a MAC that went missing counts as damage too.
        """
        if self.mac is None:
            return ["slots"] if any(s.mac is not None for s in self.slots) else []
        key = self._mac_key(data_key)
        bad = [
            s.type
            for s in self.slots
            if s.mac is None or not subkeys.same(s.mac, self._slot_mac(key, s))
        ]
        if not bad and not subkeys.same(self.mac, self._file_mac(key)):
            bad.append("slots")
        return bad

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "core", "The key file (vault.keys) is damaged and cannot be read."
                )
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileError(QT_TRANSLATE_NOOP("core", "This is not a peerdesk key file."))
        if doc.get("version") != VERSION:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "core", "This key file was written by a newer peerdesk; please update."
                )
            )
        vault_id = doc.get("vault_id")
        try:
            subkeys.id_bytes(str(vault_id))
        except ValueError:
            raise KeyFileError(
                QT_TRANSLATE_NOOP("core", "The key file is damaged (vault id).")
            ) from None
        slots = doc.get("slots")
        if not isinstance(slots, list):
            raise KeyFileError(QT_TRANSLATE_NOOP("core", "The key file is damaged (no key slots)."))
        mac = doc.get("mac")
        return cls(
            str(vault_id),
            KdfParams.from_json(doc.get("kdf")),
            tuple(Slot.from_json(s) for s in slots),
            None if mac is None else _unb64(mac),
        )

    # -- sealing --
    def _aad(self, slot_id: str, slot_type: str) -> bytes:
        return (
            canonical_json(self.header())
            + b"\x00"
            + canonical_json({"id": slot_id, "type": slot_type})
        )

    def _slot_key(self, slot_type: str, secret: bytes | str) -> bytes:
        if slot_type == "passphrase":
            assert isinstance(secret, str)
            return self.kdf.derive(secret)
        assert isinstance(secret, bytes)
        return subkeys.derive(
            secret, vault_id=self.vault_id, info=b"peerdesk " + slot_type.encode() + b" slot v1"
        )

    def with_slot(
        self, slot_type: SlotType, secret: bytes | str, data_key: bytes, *, replace: bool = True
    ) -> KeyFile:
        """A copy with a new slot of ``slot_type`` (last), replacing every earlier one of
        that type unless ``replace`` is False (then both open until one is dropped)."""
        slot_id = os.urandom(8).hex()
        nonce = os.urandom(12)
        key = self._slot_key(slot_type, secret)
        wrapped = AESGCM(key).encrypt(nonce, data_key, self._aad(slot_id, slot_type))
        kept = tuple(s for s in self.slots if s.type != slot_type or not replace)
        return _replace(self, slots=(*kept, Slot(slot_id, slot_type, nonce, wrapped)))

    def without(self, slot_type: SlotType) -> KeyFile:
        return _replace(self, slots=tuple(s for s in self.slots if s.type != slot_type))

    def without_slot(self, slot_id: str) -> KeyFile:
        return _replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def keeping_only(self, slot_type: SlotType, slot_id: str) -> KeyFile:
        """Drop every slot of ``slot_type`` but ``slot_id`` (when that one is present)."""
        if not any(s.id == slot_id and s.type == slot_type for s in self.slots):
            return self
        return _replace(
            self, slots=tuple(s for s in self.slots if s.type != slot_type or s.id == slot_id)
        )

    def has(self, slot_type: SlotType) -> bool:
        return any(s.type == slot_type for s in self.slots)

    def unwrap(self, slot_type: SlotType, secret: bytes | str) -> bytes:
        """Return the data key, or raise WrongPassphrase if no slot of that type opens."""
        candidates = [s for s in self.slots if s.type == slot_type]
        if not candidates:
            raise WrongPassphrase(f"This vault has no {slot_type} key.")
        key = self._slot_key(slot_type, secret)
        for slot in candidates:
            try:
                data_key = AESGCM(key).decrypt(
                    slot.nonce, slot.wrapped, self._aad(slot.id, slot.type)
                )
            except InvalidTag:
                continue
            if len(data_key) == DATA_KEY_BYTES:
                return data_key
        if slot_type == "recovery":
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "That recovery key does not open this vault.")
            )
        if slot_type == "device":
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "This device is no longer remembered for this vault.")
            )
        raise WrongPassphrase()

    def rewrapped(self, data_key: bytes, secrets_by_type: dict[str, bytes | str]) -> KeyFile:
        """Every slot type in ``secrets_by_type`` re-sealed around a new data key."""
        out = _replace(self, slots=())
        for slot_type in SLOT_TYPES:
            if slot_type in secrets_by_type:
                out = out.with_slot(slot_type, secrets_by_type[slot_type], data_key)  # type: ignore[arg-type]
        return out


def new_key_file(kdf: KdfParams, vault_id: str | None = None) -> KeyFile:
    return KeyFile(vault_id or subkeys.new_vault_id(), kdf)
