"""Documentation profiles: what a programme asks each session note to carry, and a calm
checklist of what a note still lacks. Pure: profile documents (dicts from JSON) and plain
note facts in, plain results out. Loading the files is services/documentation.py's job.

A profile document (one JSON file in resources/profiles/, or a programme's own)::

    {"id": "...", "name": "...", "description": "...",
     "signature": "{name}, {credentials}",
     "min_retention_months": 0,
     "service_types": [{"kind": "practical support", "label": "...", "code": "H0038"}],
     "elements": [{"id": "response", "label": "How the person responded",
                   "check": "section", "sections": ["how_it_went"],
                   "template_sections": {"crisis-support": ["how_it_went", "did"]},
                   "min_chars": 10, "blocks": false,
                   "missing": "Say how {name} responded."}]}

``check`` is one of: ``section`` (one of the named note sections has at least
``min_chars`` characters; ``template_sections`` overrides the sections for a template),
``field`` (each of ``fields`` is filled: occurred_on, start_time, end_time, location,
modality, kind), ``mentor`` (each of ``fields`` of the mentor's profile is filled: name,
credentials, role, organisation), ``service_type`` (the note's kind is one of the
profile's service types) and ``goal`` (the note is linked to at least one goal).
``blocks`` says whether a missing element stops signing or only shows in the checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from peerdesk.core.errors import ValidationError
from peerdesk.core.vocab import NOTE_KINDS, NOTE_SECTIONS

CHECKS = ("section", "field", "mentor", "service_type", "goal")
NOTE_FIELDS = ("occurred_on", "start_time", "end_time", "location", "modality", "kind")
MENTOR_FIELDS = ("name", "credentials", "role", "organisation")
# Words a checklist never uses: it speaks to a peer mentor about a person, not a case.
CLINICAL_WORDS = ("patient", "client", "case", "symptom", "compliance", "non-compliant")


@dataclass(frozen=True)
class ServiceType:
    kind: str  # a note kind from vocab.NOTE_KINDS
    label: str
    code: str = ""  # e.g. a billing code; optional


@dataclass(frozen=True)
class Element:
    id: str
    label: str
    check: str
    missing: str  # the calm sentence, with {name} for the person (or "the group")
    blocks: bool = False
    sections: tuple[str, ...] = ()
    template_sections: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fields: tuple[str, ...] = ()
    min_chars: int = 1


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    description: str
    elements: tuple[Element, ...]
    service_types: tuple[ServiceType, ...] = ()
    signature: str = "{name}, {credentials}"
    min_retention_months: int = 0

    def service_type(self, kind: str) -> ServiceType | None:
        return next((t for t in self.service_types if t.kind == kind), None)


@dataclass(frozen=True, repr=False)
class NoteFacts:
    """What the checker needs to know about one note, as plain data."""

    occurred_on: date | None
    start_time: time | None
    end_time: time | None
    location: str
    modality: str
    kind: str
    template: str
    sections: dict[str, str]
    goal_linked: bool
    person_name: str  # the one participant's name, or "" for a group
    mentor: dict[str, str]  # name, credentials, role, organisation

    @classmethod
    def of(
        cls, note: Any, *, goal_linked: bool, person_name: str, mentor: dict[str, str]
    ) -> NoteFacts:
        """The facts of one note: a stored note, a draft, anything with a note's fields
        (date and times, location, modality, kind, template and the sections)."""
        return cls(
            occurred_on=note.occurred_on,
            start_time=note.start_time,
            end_time=note.end_time,
            location=note.location,
            modality=note.modality,
            kind=note.kind,
            template=note.template,
            sections={name: getattr(note, name) for name in NOTE_SECTIONS},
            goal_linked=goal_linked,
            person_name=person_name,
            mentor=mentor,
        )

    def __repr__(self) -> str:
        return "<NoteFacts>"


@dataclass(frozen=True, repr=False)
class Gap:
    """One element the note does not carry yet."""

    element: str
    label: str
    message: str
    blocks: bool

    def __repr__(self) -> str:
        return f"<Gap {self.element}>"


def parse_profile(doc: Any, *, source: str = "a profile file") -> Profile:
    """A profile from its JSON document; a bad file gets one sentence naming what is wrong."""

    def bad(what: str) -> ValidationError:
        return ValidationError(f"The documentation profile in {source} {what}.")

    if not isinstance(doc, dict):
        raise bad("is not a JSON object")
    for key in ("id", "name", "elements"):
        if key not in doc:
            raise bad(f"has no '{key}'")
    if not isinstance(doc["elements"], list) or not doc["elements"]:
        raise bad("lists no elements")
    elements = []
    seen: set[str] = set()
    for raw in doc["elements"]:
        if not isinstance(raw, dict) or not all(k in raw for k in ("id", "check", "missing")):
            raise bad("has an element without 'id', 'check' or 'missing'")
        if raw["id"] in seen:
            raise bad(f"lists the element '{raw['id']}' twice")
        seen.add(raw["id"])
        check = raw["check"]
        if check not in CHECKS:
            raise bad(
                f"has an element '{raw['id']}' with an unknown check (use one of "
                + ", ".join(CHECKS)
                + ")"
            )
        sections = tuple(raw.get("sections", ()))
        by_template = {str(k): tuple(v) for k, v in dict(raw.get("template_sections", {})).items()}
        for names in (sections, *by_template.values()):
            unknown = [s for s in names if s not in NOTE_SECTIONS]
            if unknown:
                raise bad(f"names an unknown note section '{unknown[0]}'")
        if check == "section" and not sections:
            raise bad(f"has a section element '{raw['id']}' naming no sections")
        fields_ = tuple(raw.get("fields", ()))
        allowed = NOTE_FIELDS if check == "field" else MENTOR_FIELDS if check == "mentor" else ()
        if check in ("field", "mentor") and (not fields_ or any(f not in allowed for f in fields_)):
            raise bad(
                f"has an element '{raw['id']}' whose fields are not among " + ", ".join(allowed)
            )
        message = str(raw["missing"])
        lowered = message.lower()
        if any(word in lowered.split() or f"{word}'" in lowered for word in CLINICAL_WORDS):
            raise bad(f"words the element '{raw['id']}' in clinical terms; speak of the person")
        elements.append(
            Element(
                id=str(raw["id"]),
                label=str(raw.get("label", raw["id"])),
                check=check,
                missing=message,
                blocks=bool(raw.get("blocks", False)),
                sections=sections,
                template_sections=by_template,
                fields=fields_,
                min_chars=max(1, int(raw.get("min_chars", 1))),
            )
        )
    types = []
    for raw in doc.get("service_types", []):
        if not isinstance(raw, dict) or raw.get("kind") not in NOTE_KINDS:
            raise bad("has a service type whose 'kind' is not a kind of session")
        types.append(
            ServiceType(raw["kind"], str(raw.get("label", raw["kind"])), str(raw.get("code", "")))
        )
    return Profile(
        id=str(doc["id"]),
        name=str(doc["name"]),
        description=str(doc.get("description", "")),
        elements=tuple(elements),
        service_types=tuple(types),
        signature=str(doc.get("signature", "{name}, {credentials}")),
        min_retention_months=int(doc.get("min_retention_months", 0)),
    )


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


def _present(element: Element, facts: NoteFacts, profile: Profile) -> bool:
    if element.check == "section":
        names = element.template_sections.get(facts.template, element.sections)
        return any(len(facts.sections.get(n, "").strip()) >= element.min_chars for n in names)
    if element.check == "field":
        return all(_filled(getattr(facts, f)) for f in element.fields)
    if element.check == "mentor":
        return all(_filled(facts.mentor.get(f, "")) for f in element.fields)
    if element.check == "service_type":
        return profile.service_type(facts.kind) is not None
    return facts.goal_linked  # "goal"


def check_note(profile: Profile, facts: NoteFacts) -> list[Gap]:
    """What the note still lacks, in the profile's order; blocking gaps first."""
    name = facts.person_name or "the group"
    gaps = []
    for element in profile.elements:
        if element.check == "service_type" and not profile.service_types:
            continue
        if not _present(element, facts, profile):
            message = element.missing.replace("{name}", name)
            gaps.append(Gap(element.id, element.label, message, element.blocks))
    return sorted(gaps, key=lambda g: not g.blocks)


def signature_line(profile: Profile, *, name: str, credentials: str, role: str = "") -> str:
    """The line a signed note carries, e.g. "Alex Rivera, Certified Peer Specialist"."""
    line = (
        profile.signature.replace("{name}", name.strip())
        .replace("{credentials}", credentials.strip())
        .replace("{role}", role.strip())
    )
    parts = [p.strip() for p in line.split(",")]
    return ", ".join(p for p in parts if p)
