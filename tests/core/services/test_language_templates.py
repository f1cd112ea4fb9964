"""The peer-language helper and the note templates, both read from resources/ data files."""

from __future__ import annotations

from peerdesk.core.services import language, notes, templates


def test_finds_clinical_words_with_alternatives() -> None:
    text = "She was non-compliant, a Patient who refused   treatment; not manipulative."
    found = {f.term.term: text[f.start : f.end] for f in language.find_terms(text)}
    assert found == {
        "non-compliant": "non-compliant",
        "patient": "Patient",
        "refused treatment": "refused   treatment",
        "manipulative": "manipulative",
    }
    for finding in language.find_terms(text):
        assert finding.term.alternatives and finding.term.why


def test_variants_and_word_boundaries() -> None:
    assert [f.term.term for f in language.find_terms("noncompliant again")] == ["non-compliant"]
    assert language.find_terms("patiently waiting, impatient, outpatient-free") == []
    assert language.find_terms("") == []


def test_every_term_has_alternatives_and_no_diagnostic_wording_in_alternatives() -> None:
    terms = language.terms()
    assert len(terms) >= 30
    for term in terms:
        assert term.alternatives
        assert all("patient" not in alt.lower() for alt in term.alternatives)


def test_six_templates_cover_both_programme_styles() -> None:
    loaded = templates.load_templates()
    assert {t.id for t in loaded} >= {
        "practical-support",
        "emotional-checkin",
        "group-session",
        "family-peer-support",
        "crisis-support",
        "phone-text-checkin",
    }
    for t in loaded:
        assert [s.name for s in t.sections] == list(notes.SECTIONS)
        assert all(s.label and s.prompt for s in t.sections)
        assert (
            t.kind in notes.KINDS and t.modality in notes.MODALITIES and t.setting in notes.SETTINGS
        )
        words = " ".join([t.name, t.description, *(s.label + s.prompt for s in t.sections)]).lower()
        assert "patient" not in words
    assert templates.template_by_id("group-session").setting == "group"
