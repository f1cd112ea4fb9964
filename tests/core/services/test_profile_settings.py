"""Mentor profile and settings-as-data services."""

from __future__ import annotations

import pytest

from peerdesk.core import settings as specs
from peerdesk.core.services import profile, session, settings
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


def test_profile_defaults_then_save_and_get(vault: Vault) -> None:
    assert profile.get_profile(vault) == profile.Profile()
    saved = profile.Profile(
        name=" Sam Rivera ", role="Peer mentor", organisation="Riverside", region="US"
    )
    profile.save_profile(vault, saved)
    got = profile.get_profile(vault)
    assert got.name == "Sam Rivera" and got.organisation == "Riverside" and got.region == "US"
    profile.save_profile(vault, profile.Profile(name="Sam R."))
    assert profile.get_profile(vault).name == "Sam R."
    assert profile.get_profile(vault).organisation == ""
    vault.close()
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert profile.get_profile(again).name == "Sam R."


def test_every_setting_has_its_default(vault: Vault) -> None:
    assert {s.name for s in specs.SPECS} >= {"idle_lock_minutes", "privacy_mode", "region"}
    for spec in specs.SPECS:
        assert settings.get_setting(vault, spec.name) == spec.default
        assert spec.label and spec.description
        assert isinstance(spec.default, spec.type)


@pytest.mark.parametrize(("value", "stored"), [(0, 1), (-5, 1), (500, 120), (30, 30), ("7", 7)])
def test_idle_lock_minutes_is_clamped(vault: Vault, value, stored: int) -> None:
    assert settings.set_setting(vault, "idle_lock_minutes", value) == stored
    assert settings.get_setting(vault, "idle_lock_minutes") == stored


def test_settings_persist(vault: Vault) -> None:
    settings.set_setting(vault, "privacy_mode", True)
    settings.set_setting(vault, "region", "GB")
    settings.set_setting(vault, "region", "IE")
    vault.close()
    with session.open_vault(vault.path, passphrase=PASSPHRASE) as again:
        assert settings.get_setting(again, "privacy_mode") is True
        assert settings.get_setting(again, "region") == "IE"


def test_unknown_setting_is_refused(vault: Vault) -> None:
    with pytest.raises(KeyError):
        settings.get_setting(vault, "no_such_setting")


def test_the_profile_needs_a_name_and_usual_hours_run_forwards(vault: Vault) -> None:
    from peerdesk.core.errors import ValidationError
    from peerdesk.core.services import audit, selfcare

    profile.save_profile(vault, profile.Profile(name="Sam Rivera", credentials="CPS"))
    with pytest.raises(ValidationError, match="signature line"):
        profile.save_profile(vault, profile.Profile(name="  ", role="Peer mentor"))
    with pytest.raises(ValidationError, match="longer than"):
        profile.save_profile(vault, profile.Profile(name="Sam", region="x" * 500))
    assert profile.get_profile(vault).credentials == "CPS"  # nothing half-saved
    with pytest.raises(ValidationError, match="end after they start"):
        profile.set_usual_hours(vault, start=18, end=9)
    assert profile.usual_hours(vault) == (9, 18)
    from datetime import time

    assert selfcare.outside_usual_hours(vault, time(7, 30))
    assert not selfcare.outside_usual_hours(vault, time(9, 30))
    assert profile.set_usual_hours(vault, start=10, end=16) == (10, 16)
    assert selfcare.outside_usual_hours(vault, time(9, 30))
    sentences = [r.sentence for r in audit.activity(vault)]
    assert sentences[:2] == ["Your usual hours changed", "Your profile changed"]
