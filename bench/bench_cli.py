"""`peerdesk search` against encrypted jrnl and keepassxc-cli: prints figures, asserts nothing.

    python bench/bench_cli.py [--notes 10000] [--big 100000] [--rounds 7] [--query library]

Every tool gets the same deterministic corpus (bench/corpus.py: N notes of ~450
characters over 500 mentees) and the same question: the newest 50 notes containing
QUERY. Rounds are paired (A B A B, the order rotating each round); every run's hit
count is checked, and once per size each tool's full count is checked against the
corpus itself. Figures are medians with [min-max] of whole-process CPU (user + sys,
from the kernel) and wall time.

peerdesk runs twice: whole, and with its Argon2id result precomputed (the real CLI in a
child process whose KdfParams.derive returns the derived key at once), since its KDF is
deliberately slower than the peers'. A phase probe splits one cold run into interpreter
start, imports, the command itself and tear-down. Then each tool adds one note to its
own copy of its store (peerdesk: a draft by the quick path, and a signed note by the
full path), and afterwards each copy must hold every note added.

Set-up (cached under $TMPDIR/peerdesk-bench, reused while the corpus is unchanged):
- peerdesk runs from a plain venv whose .pth names this checkout and the installed
  dependencies: the way an installed peerdesk starts (an editable install's import
  hook would add ~40 ms to every start).
- jrnl 4.6 is pip-installed into its own venv there; its journal is encrypted by
  `jrnl --encrypt` (PBKDF2-SHA256, 100,000 iterations, as jrnl does).
- keepassxc-cli is used when installed (apt-get install keepassxc); its database is
  made by `keepassxc-cli import` with its default KDF settings.
"""

from __future__ import annotations

import argparse
import base64
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase 1"
PAGE = 50
JRNL_VERSION = "4.6"

PRECOMPUTED = r"""
import sys
from peerdesk.core.vault import keys
_key = bytes.fromhex(open(sys.argv.pop(1)).read())
keys.KdfParams.derive = lambda self, passphrase: _key
sys.argv[0] = "peerdesk"
from peerdesk.launch import main
main()
"""

# One cold run split into phases (CPU seconds of this process at each point); the
# tear-down is what the kernel counts after the last point.
PHASES = r"""
import resource, sys
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
t0 = cpu()
fast = sys.argv.pop(1) == "fast"
from peerdesk.core.vault import keys
_key = bytes.fromhex(open(sys.argv.pop(1)).read())
keys.KdfParams.derive = lambda self, passphrase: _key
import peerdesk.launch, peerdesk.cli.search, peerdesk.core.services.quick
import peerdesk.core.vault.direct, peerdesk.core.paths
t1 = cpu()
from peerdesk import cli
code = cli.main(sys.argv[1:])
t2 = cpu()
sys.stderr.write(f"PHASES {t0} {t1} {t2}\n")
if fast:
    from peerdesk.launch import leave
    leave(code)
sys.exit(code)
"""


@dataclass
class Tool:
    name: str
    command: list[str]
    stdin: str
    env: dict[str, str]
    hits: Callable[[subprocess.CompletedProcess[str]], int]
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    bad_counts: list[int] = field(default_factory=list)


def run(
    command: list[str], stdin: str, env: dict[str, str]
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, timeout=900
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, done


def spread(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms [{min(samples) * 1000:.0f}-{max(samples) * 1000:.0f}]"


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERDESK_", "XDG_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # every tool may use its bytecode caches
    env.pop("PYTHONPATH", None)  # each tool finds its own code
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), QT_QPA_PLATFORM="offscreen")
    return env


# --- set-up ---------------------------------------------------------------------------


def peerdesk_python(work: Path) -> str:
    """A venv without pip whose .pth names a copy of this checkout laid out as a wheel
    installs it (peerdesk/, and resources/ as peerdesk.resources) and the installed
    dependencies' folder: the way an installed peerdesk starts (an editable install's
    import hook would add ~40 ms to every start). Copied afresh on every run."""
    import sqlalchemy  # where the installed dependencies live

    venv = work / "peerdesk-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    code = work / "peerdesk-code"
    shutil.rmtree(code, ignore_errors=True)
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "peerdesk", code / "peerdesk", ignore=skip)
    shutil.copytree(REPO / "resources", code / "peerdesk" / "resources", ignore=skip)
    site = next((venv / "lib").glob("python3*/site-packages"))
    deps = Path(sqlalchemy.__file__).resolve().parents[1]
    (site / "peerdesk-bench.pth").write_text(f"{code}\n{deps}\n")
    return str(python)


def jrnl_command(work: Path) -> list[str] | None:
    venv = work / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if not jrnl.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        done = subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(f"jrnl could not be installed ({done.stderr.strip()[-200:]}); no comparison")
            return None
    return [str(jrnl)]


def make_peerdesk(folder: Path, plan_args: dict[str, int]) -> tuple[Path, Path]:
    """The corpus vault (calibrated Argon2id) and a file holding its derived slot key."""
    from peerdesk.core.migrations import head_revision
    from peerdesk.core.vault import Vault
    from peerdesk.core.vault.keys import calibrate

    vault_dir, key_file = folder / "vault", folder / "derived.hex"
    stamp = folder / "built"
    wanted = f"{plan_args} {head_revision()}"
    if not (stamp.exists() and stamp.read_text() == wanted):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        vault = Vault(vault_dir)
        vault.create(PASSPHRASE, kdf=calibrate())
        vault.confirm_recovery_key()  # a bench vault: its key is not kept
        started = time.perf_counter()
        corpus.build(vault, **plan_args)
        vault.close()
        print(f"built the peerdesk vault in {time.perf_counter() - started:.0f} s")
        stamp.write_text(wanted)
    keys = Vault(vault_dir).read_keys()
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(keys.kdf.derive(PASSPHRASE).hex())
    return vault_dir, key_file


def make_jrnl(folder: Path, jrnl: list[str], plan: corpus.Plan, env: dict[str, str]) -> bool:
    journal = folder / "journal.txt"
    config = folder / "home" / ".config" / "jrnl" / "jrnl.yaml"
    stamp = folder / "built"
    if stamp.exists() and stamp.read_text() == str(len(plan.notes)):
        return True
    shutil.rmtree(folder, ignore_errors=True)
    config.parent.mkdir(parents=True)
    config.write_text(
        f"journals:\n  default: {journal}\nencrypt: false\n"
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nhighlight: false\n"
        "indent_character: '|'\nlinewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        f"timeformat: '%F %r'\nversion: v{JRNL_VERSION}\n"
    )
    with journal.open("w", encoding="utf-8") as fh:
        for note in plan.notes:
            at = note.start_time.strftime("%H:%M")
            fh.write(f"[{note.occurred_on.isoformat()} {at}] {corpus.entry_text(note)}\n\n")
    secret = f"{PASSPHRASE}\n{PASSPHRASE}\nn\n"
    done = subprocess.run(
        [*jrnl, "--encrypt"], input=secret, capture_output=True, text=True, env=env
    )
    if done.returncode != 0 or journal.read_bytes()[:5] != b"JRNLv":
        print(f"jrnl --encrypt failed: {done.stderr.strip()[-300:]}")
        return False
    stamp.write_text(str(len(plan.notes)))
    return True


def make_keepassxc(folder: Path, plan: corpus.Plan, env: dict[str, str]) -> Path | None:
    cli = shutil.which("keepassxc-cli")
    if cli is None:
        return None
    database = folder / "notes.kdbx"
    stamp = folder / "built"
    if stamp.exists() and stamp.read_text() == str(len(plan.notes)):
        return database
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    xml = folder / "notes.xml"
    with xml.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile><Meta>')
        fh.write("<Generator>peerdesk bench</Generator></Meta><Root><Group>")
        fh.write("<UUID>AAAAAAAAAAAAAAAAAAAAAA==</UUID><Name>Notes</Name>")
        for i, note in enumerate(plan.notes):
            title = f"{note.occurred_on.isoformat()} {note.start_time.strftime('%H:%M')}"
            uuid = (i + 1).to_bytes(16, "big")
            fh.write(f"<Entry><UUID>{base64.b64encode(uuid).decode()}</UUID>")
            fh.write(f"<String><Key>Title</Key><Value>{escape(title)}</Value></String>")
            fh.write(
                f"<String><Key>Notes</Key><Value>{escape(corpus.entry_text(note))}</Value></String>"
            )
            fh.write("</Entry>")
        fh.write("</Group></Root></KeePassFile>\n")
    done = subprocess.run(
        [cli, "import", "-p", str(xml), str(database)],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        env=env,
    )
    xml.unlink()
    if done.returncode != 0 or not database.exists():
        print(f"keepassxc-cli import failed: {done.stderr.strip()[-300:]}")
        return None
    stamp.write_text(str(len(plan.notes)))
    return database


# --- hit counts ----------------------------------------------------------------------------

_PEERDESK_HIT = re.compile(r"^\d{4}-\d{2}-\d{2}  #\d+", re.M)
_JRNL_FOUND = re.compile(r"(\d+) entr(?:y|ies) found")
_JRNL_ENTRY = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [AP]M ", re.M)


def peerdesk_hits(done: subprocess.CompletedProcess[str]) -> int:
    if done.returncode != 0:
        return -1
    return len(_PEERDESK_HIT.findall(done.stdout))


def jrnl_hits(done: subprocess.CompletedProcess[str]) -> int:
    """From its "N entries found" line, or (with -n, which prints none) its entry headers."""
    if done.returncode != 0:
        return -1
    found = _JRNL_FOUND.search(done.stderr + done.stdout)
    if found:
        return int(found.group(1))
    return len(_JRNL_ENTRY.findall(done.stdout))


def keepassxc_hits(done: subprocess.CompletedProcess[str]) -> int:
    if done.returncode != 0:
        return -1
    return len([line for line in done.stdout.splitlines() if line.strip()])


# --- the comparison ------------------------------------------------------------------------


def compare(
    n_notes: int,
    n_mentees: int,
    rounds: int,
    query: str,
    work: Path,
    years: int = 2,
    prepare: bool = False,
) -> None:
    print(
        f"\n== {n_notes:,} notes, {n_mentees} mentees, {years} years; "
        f"query {query!r}, newest {PAGE} =="
    )
    plan_args = {"notes": n_notes, "mentees": n_mentees}
    if years != 2:  # the two-year corpus keeps its cache stamp
        plan_args["years"] = years
    plan = corpus.plan(**plan_args)
    truth = sum(query.lower() in corpus.entry_text(n).lower() for n in plan.notes)
    env = base_env(work / "home")
    python = peerdesk_python(work)
    vault_dir, key_file = make_peerdesk(work / f"peerdesk-{n_notes}", plan_args)
    search = ["search", query, "--vault", str(vault_dir), "--passphrase-stdin"]
    page = [*search, "--limit", str(PAGE)]
    secret = PASSPHRASE + "\n"
    expected = min(PAGE, truth)
    tools = [
        Tool("peerdesk search", [python, "-m", "peerdesk", *page], secret, env, peerdesk_hits),
        Tool(
            "peerdesk, KDF precomputed",
            [python, "-c", PRECOMPUTED, str(key_file), *page],
            secret,
            env,
            peerdesk_hits,
        ),
    ]
    full_counts = {"corpus": truth}
    _, _, done = run([python, "-m", "peerdesk", *search, "--limit", str(10**9)], secret, env)
    full_counts["peerdesk"] = peerdesk_hits(done)

    jrnl = jrnl_command(work)
    if jrnl is not None:
        folder = work / f"jrnl-{n_notes}"
        jenv = {
            **env,
            "HOME": str(folder / "home"),
            "XDG_CONFIG_HOME": str(folder / "home" / ".config"),
        }
        if make_jrnl(folder, jrnl, plan, jenv):
            tools.append(
                Tool(
                    f"jrnl {JRNL_VERSION} (encrypted) -contains",
                    [*jrnl, "-contains", query, "-n", str(PAGE)],
                    secret,
                    jenv,
                    jrnl_hits,
                )
            )
            _, _, done = run([*jrnl, "-contains", query], secret, jenv)
            full_counts["jrnl"] = jrnl_hits(done)
    database = make_keepassxc(work / f"keepassxc-{n_notes}", plan, env)
    if database is not None:
        kp = shutil.which("keepassxc-cli") or "keepassxc-cli"
        version = subprocess.run([kp, "--version"], capture_output=True, text=True).stdout.strip()
        tool = Tool(
            f"keepassxc-cli {version} search",
            [kp, "search", str(database), query],
            secret,
            env,
            keepassxc_hits,
        )
        tools.append(tool)
        _, _, done = run(tool.command, secret, env)
        full_counts["keepassxc-cli"] = keepassxc_hits(done)
    else:
        print("keepassxc-cli not installed (apt-get install keepassxc): no comparison")

    if prepare:
        print("stores built; --prepare stops here")
        return
    print("full hit counts: " + ", ".join(f"{k} {v:,}" for k, v in full_counts.items()))
    if len(set(full_counts.values())) != 1:
        print("  WARNING: the tools disagree on the number of matches")

    rounds_of(tools, rounds, lambda tool: truth if tool.hits is keepassxc_hits else expected)
    from peerdesk.core.vault import Vault

    kdf_params = Vault(vault_dir).read_keys().kdf
    kdf = []
    for _ in range(3):
        started = time.process_time()
        kdf_params.derive(PASSPHRASE)
        kdf.append(time.process_time() - started)
    KDF_TIMES[:] = kdf
    report(tools, rounds, kdf, kdf_params)
    phases(python, key_file, page, secret, env, rounds)
    compare_add(work, n_notes, plan, python, vault_dir, key_file, jrnl, database, env, rounds)


def rounds_of(tools: list[Tool], rounds: int, want: Callable[[Tool], int]) -> None:
    """One warm-up run each (bytecode caches, page cache), then paired rounds: every
    tool once a round, the order rotating; a run whose hit count is not ``want(tool)``
    is kept aside and reported."""
    for tool in tools:
        run(tool.command, tool.stdin, tool.env)
    for r in range(rounds):
        order = tools[r % len(tools) :] + tools[: r % len(tools)]
        for tool in order:
            cpu, wall, done = run(tool.command, tool.stdin, tool.env)
            tool.cpu.append(cpu)
            tool.wall.append(wall)
            count = tool.hits(done)
            if count != want(tool):
                tool.bad_counts.append(count)


def report(tools: list[Tool], rounds: int, kdf: list[float], kdf_params: object) -> None:
    print(f"{'':<38} {'CPU median [min-max]':<26} wall median [min-max]   (n={rounds})")
    for tool in tools:
        flag = f"   WRONG COUNTS {tool.bad_counts}" if tool.bad_counts else ""
        print(f"{tool.name:<38} {spread(tool.cpu):<26} {spread(tool.wall)}{flag}")
    memory, passes = getattr(kdf_params, "memory_kib", 0), getattr(kdf_params, "iterations", 0)
    print(
        f"{'peerdesk key derivation alone':<38} {spread(kdf):<26} "
        f"(Argon2id {memory // 1024} MiB, {passes} passes)"
    )
    ours = [t for t in tools if t.name.startswith("peerdesk") and "KDF precomputed" in t.name]
    for peer in [t for t in tools if not t.name.startswith("peerdesk")]:
        for mine in ours:
            print(
                f"ratio {mine.name} / {peer.name.split()[0]}: "
                f"CPU {statistics.median(mine.cpu) / statistics.median(peer.cpu):.2f}x, "
                f"wall {statistics.median(mine.wall) / statistics.median(peer.wall):.2f}x"
            )


ADDED = "riverside"  # a word the corpus does not use: the added notes are counted by it


def compare_add(
    work: Path,
    n_notes: int,
    plan: corpus.Plan,
    python: str,
    vault_dir: Path,
    key_file: Path,
    jrnl: list[str] | None,
    database: Path | None,
    env: dict[str, str],
    rounds: int,
) -> None:
    """Adding one note, each tool on its own copy of its store (the corpus stays as
    built): peerdesk `note add` (a draft, the quick path) whole and with the KDF
    precomputed, and `--sign` (the full path) with it precomputed, `jrnl TEXT`,
    `keepassxc-cli add --notes`. Every run must succeed; afterwards each copy must
    hold exactly as many added notes as runs were made."""
    print(f"\n== add one note to {n_notes:,} ({ADDED!r} marks the added notes) ==")
    copies = work / f"add-{n_notes}"
    shutil.rmtree(copies, ignore_errors=True)
    copies.mkdir()
    shutil.copytree(vault_dir, copies / "vault")
    vault_copy = copies / "vault"
    name = plan.mentees[0][0]
    counter = iter(range(10**6))

    def body() -> str:  # a fresh text each run (keepassxc needs a new title)
        return f"Walked along the {ADDED} to the market, step {next(counter)}."

    add = ["note", "add", "--mentee", name, "--vault", str(vault_copy), "--passphrase-stdin"]

    def ok(done: subprocess.CompletedProcess[str]) -> int:
        return 1 if done.returncode == 0 else -1

    precomputed = [python, "-c", PRECOMPUTED, str(key_file), *add]
    tools = [
        Tool("peerdesk note add (draft)", [python, "-m", "peerdesk", *add], "", env, ok),
        Tool("peerdesk draft, KDF precomputed", precomputed, "", env, ok),
        Tool("peerdesk --sign, KDF precomputed", [*precomputed, "--sign"], "", env, ok),
    ]
    stdin_of: dict[str, Callable[[], str]] = {
        t.name: lambda: f"{PASSPHRASE}\n{body()}\n" for t in tools
    }
    if jrnl is not None and (work / f"jrnl-{n_notes}" / "built").exists():
        source = work / f"jrnl-{n_notes}"
        shutil.copy2(source / "journal.txt", copies / "journal.txt")
        config = copies / "home" / ".config" / "jrnl" / "jrnl.yaml"
        config.parent.mkdir(parents=True)
        text = (source / "home" / ".config" / "jrnl" / "jrnl.yaml").read_text()
        config.write_text(text.replace(str(source / "journal.txt"), str(copies / "journal.txt")))
        jenv = {**env, "HOME": str(copies / "home"), "XDG_CONFIG_HOME": str(config.parents[1])}
        tools.append(Tool(f"jrnl {JRNL_VERSION} (encrypted) TEXT", [*jrnl], "", jenv, ok))
        stdin_of[tools[-1].name] = lambda: f"{PASSPHRASE}\n"
    kp = shutil.which("keepassxc-cli")
    if database is not None and kp:
        shutil.copy2(database, copies / "notes.kdbx")
        tools.append(Tool("keepassxc-cli add --notes", [kp, "add"], "", env, ok))
        stdin_of[tools[-1].name] = lambda: f"{PASSPHRASE}\n"

    def fresh(tool: Tool) -> Tool:
        """The command of this run: the text goes on stdin (peerdesk) or as arguments."""
        if tool.name.startswith("jrnl"):
            return Tool(tool.name, [*tool.command, body()], stdin_of[tool.name](), tool.env, ok)
        if tool.name.startswith("keepassxc"):
            text = body()
            title = text.rsplit(" ", 1)[-1].rstrip(".")
            command = [*tool.command, str(copies / "notes.kdbx"), f"added {title}", "--notes", text]
            return Tool(tool.name, command, stdin_of[tool.name](), tool.env, ok)
        return Tool(tool.name, tool.command, stdin_of[tool.name](), tool.env, ok)

    runs = {tool.name: 0 for tool in tools}
    for r in range(-1, rounds):  # -1: the warm-up round, not timed
        order = tools[r % len(tools) :] + tools[: r % len(tools)]
        for tool in order:
            this = fresh(tool)
            cpu, wall, done = run(this.command, this.stdin, this.env)
            runs[tool.name] += 1
            if ok(done) != 1:
                tool.bad_counts.append(-1)
                print(f"  {tool.name} failed: {(done.stderr or done.stdout).strip()[-200:]}")
            if r >= 0:
                tool.cpu.append(cpu)
                tool.wall.append(wall)
    stored = {}
    peerdesk_runs = sum(runs[t.name] for t in tools if t.name.startswith("peerdesk"))
    search = [
        "search",
        ADDED,
        "--vault",
        str(vault_copy),
        "--passphrase-stdin",
        "--limit",
        "100000",
    ]
    _, _, done = run([python, "-m", "peerdesk", *search], PASSPHRASE + "\n", env)
    stored["peerdesk"] = (peerdesk_hits(done), peerdesk_runs)
    for tool in tools[3:]:
        if tool.name.startswith("jrnl"):
            _, _, done = run([*jrnl, "-contains", ADDED], PASSPHRASE + "\n", tool.env)  # type: ignore[misc]
            stored["jrnl"] = (jrnl_hits(done), runs[tool.name])
        else:
            _, _, done = run(
                [kp, "search", str(copies / "notes.kdbx"), ADDED], PASSPHRASE + "\n", env
            )  # type: ignore[list-item]
            stored["keepassxc-cli"] = (keepassxc_hits(done), runs[tool.name])
    print(
        "added notes found afterwards / runs: "
        + ", ".join(f"{k} {a}/{b}" for k, (a, b) in stored.items())
    )
    if any(a != b for a, b in stored.values()):
        print("  WARNING: a tool lost or duplicated an added note")
    from peerdesk.core.vault import Vault

    kdf_params = Vault(vault_dir).read_keys().kdf
    report(tools, rounds, KDF_TIMES, kdf_params)
    shutil.rmtree(copies, ignore_errors=True)


KDF_TIMES: list[float] = []  # measured once by compare(), shown again beside note add


def phases(
    python: str, key_file: Path, page: list[str], secret: str, env: dict[str, str], rounds: int
) -> None:
    """Interpreter start, imports, command, tear-down of one cold `peerdesk search`."""
    for mode in ("fast", "normal"):
        parts: list[list[float]] = [[], [], [], []]
        for _ in range(max(3, rounds)):
            cpu, _, done = run([python, "-c", PHASES, mode, str(key_file), *page], secret, env)
            found = re.search(r"PHASES (\S+) (\S+) (\S+)", done.stderr)
            if not found:
                print(f"phase probe failed: {done.stderr.strip()[-200:]}")
                return
            t0, t1, t2 = (float(x) for x in found.groups())
            for bucket, value in zip(parts, (t0, t1 - t0, t2 - t1, cpu - t2), strict=True):
                bucket.append(value)
        label = "os._exit after closing" if mode == "fast" else "normal interpreter exit"
        print(f"phases of one cold search, KDF precomputed ({label}):")
        for name, samples in zip(
            ("interpreter start", "imports", "command", "tear-down"), parts, strict=True
        ):
            print(f"    {name:<20} CPU {spread(samples)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--mentees", type=int, default=500)
    parser.add_argument("--big", type=int, default=0, help="also at this many notes (e.g. 100000)")
    parser.add_argument("--big-years", type=int, default=10, help="the big corpus spans this")
    parser.add_argument(
        "--prepare", action="store_true", help="build (or check) every store, measure nothing"
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--query", default="library")
    args = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "peerdesk-bench"
    work.mkdir(exist_ok=True)
    os.chdir(work)  # so no tool finds this checkout's code by the current folder
    compare(args.notes, args.mentees, args.rounds, args.query, work, prepare=args.prepare)
    if args.big:
        compare(
            args.big,
            args.mentees,
            args.rounds,
            args.query,
            work,
            years=args.big_years,
            prepare=args.prepare,
        )


if __name__ == "__main__":
    main()
