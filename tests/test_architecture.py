"""The arrows of DESIGN section 2, checked on every import in peerdesk/ with ast.

ui / cli -> services -> models/db -> vault; formats and render are leaves that import
only the vocabulary, document types and errors; only services (and the storage rooms
under them) import sqlalchemy or core.models, or open a session; cli never imports ui;
nothing calls another module's private names; every Qt emit goes through ui/compat.py,
and what a mutation changed reaches the pages through AppSignals.apply only.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "peerdesk"

# Which peerdesk modules each room may import (prefix match on dotted names).
LEAF = (
    "peerdesk.core.vocab",
    "peerdesk.core.errors",
    "peerdesk.core.records",
    "peerdesk.core.messages",
)
STORAGE = (
    "peerdesk.core.db",
    "peerdesk.core.models",
    "peerdesk.core.migrations",
    "peerdesk.core.vault",
    "peerdesk.core.paths",
    "peerdesk.core.logs",
)
ALLOWED: dict[str, tuple[str, ...]] = {
    "peerdesk.core.vocab": ("peerdesk.core.messages",),
    "peerdesk.core.errors": (),
    "peerdesk.core.records": (),
    "peerdesk.core.messages": (),
    "peerdesk.core.paths": ("peerdesk.core.errors",),
    "peerdesk.core.logs": ("peerdesk.core.paths", "peerdesk.core.errors"),
    "peerdesk.core.formats": (*LEAF, "peerdesk.core.formats"),
    "peerdesk.render": (
        *LEAF,
        "peerdesk.core.formats.document",
        "peerdesk.render",
        "peerdesk.i18n",
    ),
    # Translations (Qt, no vault): tr() for ui/ and render/, core_text for core messages;
    # the language file beside the vault is written private by the vault's file helpers.
    "peerdesk.i18n": ("peerdesk.core.messages", "peerdesk.core.vault.files"),
    "peerdesk.core.vault": (*LEAF, *STORAGE),
    "peerdesk.core.db": (*LEAF, "peerdesk.core.db", "peerdesk.core.hardening"),
    "peerdesk.core.models": (*LEAF,),
    "peerdesk.core.migrations": (*LEAF, "peerdesk.core.models", "peerdesk.core.migrations"),
    "peerdesk.core.settings": (*LEAF,),
    "peerdesk.core.services": (
        *LEAF,
        *STORAGE,
        "peerdesk.core.settings",
        "peerdesk.core.formats",
        "peerdesk.core.services",
    ),
    "peerdesk.core.demo": (
        *LEAF,
        "peerdesk.core.services",
        "peerdesk.core.vault",
        "peerdesk.core.paths",
    ),
    "peerdesk.cli": (
        *LEAF,
        "peerdesk.core.services",
        "peerdesk.core.formats",
        "peerdesk.core.vault",
        "peerdesk.core.paths",
        "peerdesk.core.logs",
        "peerdesk.core.settings",
        "peerdesk.render",
        "peerdesk.cli",
        "peerdesk",  # the package itself (version)
    ),
    "peerdesk.ui": (
        *LEAF,
        "peerdesk.core.services",
        "peerdesk.core.formats",
        "peerdesk.core.vault",
        "peerdesk.core.paths",
        "peerdesk.core.logs",
        "peerdesk.core.settings",
        "peerdesk.core.demo",
        "peerdesk.render",
        "peerdesk.ui",
        "peerdesk",
    ),
    "peerdesk.launch": ("peerdesk",),
    "peerdesk.selftest": ("peerdesk",),
    "peerdesk.__main__": ("peerdesk",),
    "peerdesk": (),
}
SQLALCHEMY_ROOMS = (
    "peerdesk.core.services",
    "peerdesk.core.db",
    "peerdesk.core.models",
    "peerdesk.core.migrations",
    "peerdesk.core.vault",
)
QT_FREE = ("peerdesk.core", "peerdesk.cli")

# Known departures, each a (module, rule, detail) triple. This list only shrinks.
EXCEPTIONS: set[tuple[str, str, str]] = set()

# Known loops between core rooms; this set only shrinks and is empty when done.
KNOWN_CYCLES: set[str] = set()


@dataclass(frozen=True)
class Finding:
    module: str
    rule: str
    detail: str

    def key(self) -> tuple[str, str, str]:
        return (self.module, self.rule, self.detail)


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _room(module: str) -> str:
    best = ""
    for room in ALLOWED:
        if (module == room or module.startswith(room + ".")) and len(room) > len(best):
            best = room
    return best


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _imports(tree: ast.AST, module: str) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    package = module if _is_package(module) else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                out.append((alias.name, []))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            out.append((base, [a.name for a in node.names]))
    return out


def _is_package(module: str) -> bool:
    return (ROOT.parent / Path(*module.split(".")) / "__init__.py").exists()


def _findings() -> list[Finding]:
    found: list[Finding] = []
    for path in sorted(ROOT.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        room = _room(module)
        allowed = ALLOWED.get(room, ())
        imported_modules: set[str] = set()
        for target, names in _imports(tree, module):
            if target.startswith("peerdesk"):
                candidates = [target] + [f"{target}.{n}" for n in names]
                # "from peerdesk.core import models" imports the module peerdesk.core.models.
                resolved = [c for c in candidates[1:] if _exists(c)] or [target]
                for name in resolved:
                    imported_modules.add(name.rpartition(".")[2])
                    if not _matches(name, allowed) and not _matches(name, (room,)):
                        found.append(Finding(module, "arrow", name))
                for n in names:
                    if n.startswith("_") and not n.startswith("__"):
                        found.append(Finding(module, "private-import", f"{target}.{n}"))
            if _matches(target, ("sqlalchemy",)) and not _matches(module, SQLALCHEMY_ROOMS):
                found.append(Finding(module, "sqlalchemy", target))
            if _matches(target, ("PySide6", "shiboken6")) and _matches(module, QT_FREE):
                found.append(Finding(module, "qt", target))
            if _matches(module, ("peerdesk.cli",)) and _matches(target, ("peerdesk.ui",)):
                found.append(Finding(module, "cli-imports-ui", target))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            if (
                node.attr.startswith("_")
                and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name)
                and node.value.id in imported_modules
            ):
                found.append(Finding(module, "private-call", f"{node.value.id}.{node.attr}"))
            if node.attr == "emit" and module != "peerdesk.ui.compat":
                found.append(Finding(module, "emit", "emit"))
            if node.attr == "session" and not _matches(module, SQLALCHEMY_ROOMS):
                found.append(Finding(module, "session", ast.unparse(node)))
        for node in ast.walk(tree):
            # A "<domain>_changed" signal is told by AppSignals.apply(changes), never by hand.
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "emit"
                and node.args
                and isinstance(node.args[0], ast.Attribute)
                and node.args[0].attr.endswith("_changed")
                and module != "peerdesk.ui.signals"
            ):
                found.append(Finding(module, "changes-by-hand", node.args[0].attr))
    return found


def _exists(name: str) -> bool:
    p = ROOT.parent / Path(*name.split("."))
    return p.with_suffix(".py").exists() or (p / "__init__.py").exists()


def test_every_arrow_is_allowed() -> None:
    findings = {f.key() for f in _findings()}
    new = sorted(findings - EXCEPTIONS)
    assert new == [], "arrows DESIGN section 2 does not allow:\n" + "\n".join(map(str, new))


def test_exception_list_only_shrinks() -> None:
    """An exception that no longer happens must leave the list."""
    findings = {f.key() for f in _findings()}
    stale = sorted(EXCEPTIONS - findings)
    assert stale == [], "remove these mended exceptions:\n" + "\n".join(map(str, stale))


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges = graph.setdefault(module, set())
        for target, names in _imports(tree, module):
            if not target.startswith("peerdesk.core"):
                continue
            resolved = [f"{target}.{n}" for n in names if _exists(f"{target}.{n}")] or [target]
            edges.update(r for r in resolved if r != module)
    return graph


def test_core_import_graph_has_no_cycles() -> None:
    """Between rooms (vault, services, formats, ...), imports never loop back."""

    def room(m: str) -> str:
        parts = m.split(".")
        return ".".join(parts[:3]) if len(parts) > 2 else m

    rooms: dict[str, set[str]] = {}
    for m, edges in _graph().items():
        rooms.setdefault(room(m), set()).update(room(e) for e in edges if room(e) != room(m))
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(rooms.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*stack[stack.index(nxt) :], nxt]))
            elif not state.get(nxt):
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(rooms):
        if not state.get(node):
            visit(node, [node])
    assert sorted(set(cycles) - KNOWN_CYCLES) == []
    assert sorted(KNOWN_CYCLES - set(cycles)) == [], "remove mended cycles from KNOWN_CYCLES"
