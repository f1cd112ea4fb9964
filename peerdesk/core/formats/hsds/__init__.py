"""Open Referral HSDS 3.0 interchange for the resource directory, by job: ``read`` (JSON,
tabular packages, older CSV layouts), ``check`` (schemas, sense checks, references),
``write`` (nested JSON and the data package, as bytes), ``schema`` (the JSON Schemas),
``model`` (the plain records they share). Pure: the vault side lives in
peerdesk.core.services.directory_import.
"""

from __future__ import annotations

from peerdesk.core.formats.hsds.check import Checked, check_records, to_bundle
from peerdesk.core.formats.hsds.model import (
    Bundle,
    DirectoryImportError,
    Issue,
    ParsedFile,
    Progress,
    gc_paused,
    plural,
    stable_id,
)
from peerdesk.core.formats.hsds.read import read_hsds, read_json
from peerdesk.core.formats.hsds.write import (
    FORMATS,
    check_export,
    json_bytes,
    package_files,
    to_hsds,
)

__all__ = [
    "FORMATS",
    "Bundle",
    "Checked",
    "DirectoryImportError",
    "Issue",
    "ParsedFile",
    "Progress",
    "check_export",
    "check_records",
    "gc_paused",
    "json_bytes",
    "package_files",
    "plural",
    "read_hsds",
    "read_json",
    "stable_id",
    "to_bundle",
    "to_hsds",
]
