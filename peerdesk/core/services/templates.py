"""Session note templates, read from resources/templates/*.json (data, not code)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from peerdesk.core.errors import ValidationError
from peerdesk.core.messages import content_language, resource_text
from peerdesk.core.vocab import MODALITIES, SETTINGS
from peerdesk.core.vocab import NOTE_KINDS as KINDS
from peerdesk.core.vocab import NOTE_SECTIONS as SECTIONS


@dataclass(frozen=True)
class Section:
    name: str
    label: str
    prompt: str


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    kind: str
    modality: str
    setting: str
    sections: tuple[Section, ...]
    follow_up_suggestions: tuple[str, ...]


def _parse(doc: dict) -> Template:
    try:
        sections = tuple(
            Section(name, doc["sections"][name]["label"], doc["sections"][name].get("prompt", ""))
            for name in SECTIONS
        )
        template = Template(
            id=doc["id"],
            name=doc["name"],
            description=doc.get("description", ""),
            kind=doc["kind"],
            modality=doc["modality"],
            setting=doc["setting"],
            sections=sections,
            follow_up_suggestions=tuple(doc.get("follow_up_suggestions", [])),
        )
    except (KeyError, TypeError) as exc:
        raise ValidationError(f"A note template is missing the field {exc}.") from None
    if (
        template.kind not in KINDS
        or template.modality not in MODALITIES
        or template.setting not in SETTINGS
    ):
        raise ValidationError(
            f"The note template '{template.id}' names an unknown kind, modality or setting."
        )
    return template


def load_templates() -> tuple[Template, ...]:
    """The note templates in the content language (ids are the same in every language)."""
    return _load_templates(content_language())


@lru_cache(maxsize=4)
def _load_templates(language: str) -> tuple[Template, ...]:
    folder = resources.files("peerdesk.resources").joinpath("templates")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found.append(_parse(json.loads(resource_text(f"templates/{entry.name}"))))
    return tuple(found)


def template_by_id(template_id: str) -> Template:
    for template in load_templates():
        if template.id == template_id:
            return template
    return load_templates()[0]
