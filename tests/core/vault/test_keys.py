"""Key slots, KDF parameters and recovery keys (peerdesk.core.vault.keys)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.errors import KeyFileError, ValidationError, WrongPassphrase
from peerdesk.core.vault import keys, subkeys
from peerdesk.core.vault.keys import (
    KdfParams,
    KeyFile,
    calibrate,
    check_passphrase_rules,
    new_key_file,
    new_recovery_key,
    parse_recovery_key,
)

DATA = Path(__file__).resolve().parents[2] / "data"
KAT_PASSPHRASE = "correct horse battery staple 1"
KAT_DATA_KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
FLOOR = calibrate(0)


def test_floor_is_64_mib_3_passes_4_lanes() -> None:
    assert (FLOOR.memory_kib, FLOOR.iterations, FLOOR.lanes) == (65536, 3, 4)
    assert len(FLOOR.salt) == 16
    FLOOR.check_floor()
    assert calibrate(0).salt != FLOOR.salt


@pytest.mark.parametrize(
    "weaker",
    [
        {"memory_kib": 65535},
        {"iterations": 2},
        {"lanes": 3},
        {"salt": b"short"},
    ],
)
def test_below_floor_is_refused(weaker: dict) -> None:
    from peerdesk.core.records import replace

    with pytest.raises(KeyFileError):
        replace(FLOOR, **weaker).check_floor()
    with pytest.raises(KeyFileError):
        KdfParams.from_json({**FLOOR.to_json(), **replace(FLOOR, **weaker).to_json()})


def test_absurd_cost_is_refused() -> None:
    from peerdesk.core.records import replace

    with pytest.raises(KeyFileError):
        replace(FLOOR, memory_kib=64 * 1024 * 1024).check_floor()


def test_calibrate_never_goes_below_the_floor(monkeypatch) -> None:
    for target in (0.0, 0.001, 0.05):
        params = calibrate(target)
        assert params.memory_kib >= 65536
        assert params.memory_kib % 1024 == 0
        assert params.iterations >= 3 and params.lanes >= 4
        params.check_floor()
    monkeypatch.setenv("PEERDESK_KDF_TARGET_MS", "0")
    assert calibrate().memory_kib == 65536


class _BusyClock:
    """CPU time advances 0.25 s per derivation; the wall clock 100 s (a very busy machine)."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def process_time(self) -> float:
        self.cpu += 0.25
        return self.cpu

    def _wall(self) -> float:
        self.wall += 50.0
        return self.wall

    perf_counter = monotonic = time = _wall


def test_calibration_times_cpu_not_the_wall_clock(monkeypatch) -> None:
    """A busy computer must not weaken a new vault: only CPU time counts."""
    monkeypatch.setattr(keys, "time", _BusyClock())
    monkeypatch.setattr(keys.os, "cpu_count", lambda: 2)
    params = calibrate(0.5)
    # 0.25 s of CPU over two cores is 0.125 s per derivation at 64 MiB: 4 x 64 MiB.
    assert params.memory_kib == 4 * 65536
    monkeypatch.setattr(keys.os, "cpu_count", lambda: 1)
    assert calibrate(0.5).memory_kib == 2 * 65536


def test_target_seconds_reads_environment(monkeypatch) -> None:
    monkeypatch.setenv("PEERDESK_KDF_TARGET_MS", "250")
    assert keys.target_seconds() == pytest.approx(0.25)
    monkeypatch.setenv("PEERDESK_KDF_TARGET_MS", "junk")
    assert keys.target_seconds() == keys.DEFAULT_TARGET_SECONDS
    monkeypatch.delenv("PEERDESK_KDF_TARGET_MS")
    assert keys.target_seconds() == keys.DEFAULT_TARGET_SECONDS


def test_passphrase_rules() -> None:
    check_passphrase_rules("ten chars!")
    for short in ("", "short", "         x", "123456789"):
        with pytest.raises(ValidationError):
            check_passphrase_rules(short)


# --- recovery keys --------------------------------------------------------------------------


def test_recovery_key_format() -> None:
    key = new_recovery_key()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){5}-[A-Z2-7]{2}", key), key
    assert len(key.replace("-", "")) == 26
    assert len({new_recovery_key() for _ in range(50)}) == 50


def test_recovery_key_parse_round_trip_and_forgiveness() -> None:
    for _ in range(50):
        key = new_recovery_key()
        raw = parse_recovery_key(key)
        assert len(raw) == 16
        assert parse_recovery_key(key.lower()) == raw
        assert parse_recovery_key(key.replace("-", " ")) == raw
        assert parse_recovery_key(f" {key.replace('-', '')} ") == raw
        confused = key.replace("O", "0").replace("I", "1").replace("B", "8")
        assert parse_recovery_key(confused) == raw


@pytest.mark.parametrize("bad", ["", "ABCD-EFGH", "A" * 27, "A" * 25, "@" * 26])
def test_malformed_recovery_key_is_wrong_passphrase(bad: str) -> None:
    with pytest.raises(WrongPassphrase):
        parse_recovery_key(bad)


# --- slots ----------------------------------------------------------------------------------


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(passphrase=st.text(min_size=10, max_size=40).filter(lambda p: len(p.strip()) >= 10))
def test_any_passphrase_wraps_and_unwraps(passphrase: str) -> None:
    data_key = bytes(range(32))
    kf = new_key_file(FLOOR).with_slot("passphrase", passphrase, data_key)
    again = KeyFile.from_bytes(kf.to_bytes())
    assert again.unwrap("passphrase", passphrase) == data_key


def test_nfc_and_nfd_passphrases_are_the_same() -> None:
    nfc, nfd = "caf\u00e9 au lait 2024", "cafe\u0301 au lait 2024"
    kf = new_key_file(FLOOR).with_slot("passphrase", nfc, b"k" * 32)
    assert kf.unwrap("passphrase", nfd) == b"k" * 32


def test_wrong_secret_and_missing_slot() -> None:
    kf = new_key_file(FLOOR).with_slot("recovery", b"r" * 16, b"k" * 32)
    assert kf.unwrap("recovery", b"r" * 16) == b"k" * 32
    with pytest.raises(WrongPassphrase):
        kf.unwrap("recovery", b"x" * 16)
    with pytest.raises(WrongPassphrase):
        kf.unwrap("passphrase", "anything at all")
    assert kf.has("recovery") and not kf.has("device")
    assert not kf.without("recovery").has("recovery")


def test_with_slot_replaces_the_slot_of_that_type() -> None:
    kf = new_key_file(FLOOR)
    kf = kf.with_slot("recovery", b"a" * 16, b"k" * 32).with_slot("recovery", b"b" * 16, b"k" * 32)
    assert [s.type for s in kf.slots] == ["recovery"]
    with pytest.raises(WrongPassphrase):
        kf.unwrap("recovery", b"a" * 16)
    assert kf.unwrap("recovery", b"b" * 16) == b"k" * 32


def test_rewrapped_seals_a_new_key_for_every_given_type() -> None:
    kf = new_key_file(FLOOR).with_slot("recovery", b"a" * 16, b"k" * 32)
    new = kf.rewrapped(b"n" * 32, {"recovery": b"a" * 16, "device": b"d" * 32})
    assert new.vault_id == kf.vault_id
    assert new.unwrap("recovery", b"a" * 16) == b"n" * 32
    assert new.unwrap("device", b"d" * 32) == b"n" * 32


# --- known answer: the on-disk format must keep opening ---------------------------------------


def test_known_answer_key_file_still_unwraps() -> None:
    raw = (DATA / "keys-v1.json").read_bytes()
    kf = KeyFile.from_bytes(raw)
    assert (kf.kdf.memory_kib, kf.kdf.iterations, kf.kdf.lanes) == (65536, 3, 4)
    assert [s.type for s in kf.slots] == ["passphrase"]
    assert kf.unwrap("passphrase", KAT_PASSPHRASE).hex() == KAT_DATA_KEY
    with pytest.raises(WrongPassphrase):
        kf.unwrap("passphrase", KAT_PASSPHRASE + "!")
    assert kf.to_bytes() == raw  # serialisation is stable too


# --- the vault id's bytes, read without the uuid module ---------------------------------------


def _uuid_bytes(text: str) -> bytes | None:
    import uuid

    try:
        return uuid.UUID(text).bytes
    except ValueError:
        return None


def _id_bytes(text: str) -> bytes | None:
    try:
        return subkeys.id_bytes(text)
    except ValueError:
        return None


def test_the_fixtures_vault_ids_give_the_bytes_uuid_gives() -> None:
    """The HKDF salt of every purpose key: the same bytes as before for the stored ids."""
    import json
    import uuid

    for raw in (
        (DATA / "keys-v1.json").read_bytes(),
        (DATA / "vault-0001" / "vault.keys").read_bytes(),
    ):
        vault_id = json.loads(raw)["vault_id"]
        assert subkeys.id_bytes(vault_id) == uuid.UUID(vault_id).bytes
        assert KeyFile.from_bytes(raw).vault_id == vault_id


_HEXISH = st.text(alphabet="0123456789abcdefABCDEF-{}:urnid_+ xg", max_size=45)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.uuids().map(str),
        st.uuids().map(lambda u: str(u).upper()),
        st.uuids().map(lambda u: u.hex),
        st.uuids().map(lambda u: "{" + str(u) + "}"),
        st.uuids().map(lambda u: u.urn),
        _HEXISH,
        st.text(max_size=40),
    )
)
def test_id_bytes_reads_every_text_as_uuid_does(text: str) -> None:
    assert _id_bytes(text) == _uuid_bytes(text)


def test_new_vault_ids_are_canonical_random_uuids() -> None:
    import uuid

    made = {subkeys.new_vault_id() for _ in range(200)}
    assert len(made) == 200
    for vault_id in made:
        parsed = uuid.UUID(vault_id)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == vault_id


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=80), st.binary(max_size=300), st.binary(max_size=40))
def test_the_vault_macs_are_hmac_sha256(key: bytes, body: bytes, other: bytes) -> None:
    """The key file's, head's and failed-unlock record's MACs, computed without hmac."""
    import hashlib
    import hmac

    made = subkeys.mac(key, body)
    assert made == hmac.new(key, body, hashlib.sha256).digest()
    assert subkeys.same(made, made) and subkeys.same(body, body)
    assert subkeys.same(made, other) == (made == other)
    assert not subkeys.same(made, made[:-1] + bytes([made[-1] ^ 1]))
    with pytest.raises(TypeError):
        subkeys.same(made, made.hex())  # type: ignore[arg-type]
