"""The seeded crisis and help lines read in Spanish: translated when shown, from the
service's id and the English text, so a vault made in either language reads in the one
the mentor has now, and a text the mentor rewrote is shown as they wrote it."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from peerdesk.core.messages import content_language, set_content_language
from peerdesk.core.services import crisis_cards, directory, seed_text
from peerdesk.core.vault import Vault

LIFELINE = "5917d5f1-a0e6-508b-9761-cfe651b0cb5e"  # 988 Suicide and Crisis Lifeline


def seed_texts() -> dict[str, set[str]]:
    """Every text a person reads of each seeded service, from the seed files."""
    folder = resources.files("peerdesk.resources").joinpath("directory")
    out: dict[str, set[str]] = {}
    for name in directory.SEED_FILES:
        for svc in json.loads(folder.joinpath(name).read_bytes())["services"]:
            texts = {svc.get(k) for k in ("description", "fees_description")}
            texts |= {svc.get(k) for k in ("eligibility_description", "application_process")}
            texts |= {p.get("description") for p in svc.get("phones", [])}
            texts |= {h.get("description") for h in svc.get("schedules", [])}
            out[svc["id"]] = {t for t in texts if t}
    return out


def test_every_seeded_text_has_its_spanish_and_nothing_else_is_there() -> None:
    """A seed file reworded without its translation fails here (its key would no longer
    match, and Spanish-speaking mentors would quietly read English)."""
    seeds, spanish = seed_texts(), seed_text.translations("es")
    assert set(spanish) == set(seeds)
    for sid, texts in seeds.items():
        assert set(spanish[sid]) == texts, sid
        assert all(spanish[sid][t].strip() for t in texts)


def test_a_seeded_line_reads_in_the_language_shown_and_a_rewritten_text_as_written(
    vault: Vault,
) -> None:
    assert directory.ensure_seed(vault) > 0
    stored = directory.get_service(vault, service_id=LIFELINE)
    english = seed_text.localise(stored, "en")
    assert english.description.startswith("Call or text 988")
    shown = seed_text.localise(stored, "es")
    assert shown.description.startswith("Llama o escribe al 988")
    assert [p.description for p in shown.phones] == ["Llama al 988", "Escribe al 988"]
    assert shown.fees_description == "Gratis."
    assert stored.description.startswith("Call or text 988")  # what is saved is untouched
    rewritten = "Call or text 988; Rosa keeps it on her fridge."
    directory.save_service(
        vault, record=directory.ServiceRecord(**{**vars(stored), "description": rewritten})
    )
    again = seed_text.localise(directory.get_service(vault, service_id=LIFELINE), "es")
    assert again.description == rewritten
    assert [p.description for p in again.phones] == ["Llama al 988", "Escribe al 988"]


@pytest.fixture
def spanish_content():
    before = content_language()
    set_content_language("es")
    yield
    set_content_language(before)


def test_a_crisis_card_lists_the_seeded_lines_in_spanish(vault: Vault, spanish_content) -> None:
    from peerdesk.core.services.crisis_cards import CrisisCardRecord

    directory.ensure_seed(vault)
    card = CrisisCardRecord(mentee_id=0, service_ids=[LIFELINE])
    lines = crisis_cards.card_services(vault, card=card)
    assert lines[0].phones == ("988 (Llama al 988)", "988 (Escribe al 988)")
