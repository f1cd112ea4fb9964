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
start, imports, the command itself and tear-down.

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
import peerdesk.core.logs, peerdesk.core.paths
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
    """A venv without pip whose .pth lists this checkout and the dependencies' folder."""
    import sqlalchemy  # where the installed dependencies live

    venv = work / "peerdesk-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next((venv / "lib").glob("python3*/site-packages"))
    deps = Path(sqlalchemy.__file__).resolve().parents[1]
    (site / "peerdesk-bench.pth").write_text(f"{REPO}\n{deps}\n")
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


def compare(n_notes: int, n_mentees: int, rounds: int, query: str, work: Path) -> None:
    print(f"\n== {n_notes:,} notes, {n_mentees} mentees; query {query!r}, newest {PAGE} ==")
    plan_args = {"notes": n_notes, "mentees": n_mentees}
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

    print("full hit counts: " + ", ".join(f"{k} {v:,}" for k, v in full_counts.items()))
    if len(set(full_counts.values())) != 1:
        print("  WARNING: the tools disagree on the number of matches")

    for tool in tools:  # warm-up: bytecode caches, page cache
        run(tool.command, tool.stdin, tool.env)
    for r in range(rounds):
        order = tools[r % len(tools) :] + tools[: r % len(tools)]
        for tool in order:
            cpu, wall, done = run(tool.command, tool.stdin, tool.env)
            tool.cpu.append(cpu)
            tool.wall.append(wall)
            count = tool.hits(done)
            want = truth if tool.hits is keepassxc_hits else expected  # it has no page option
            if count != want:
                tool.bad_counts.append(count)

    from peerdesk.core.vault import Vault

    kdf_params = Vault(vault_dir).read_keys().kdf
    kdf = []
    for _ in range(3):
        started = time.process_time()
        kdf_params.derive(PASSPHRASE)
        kdf.append(time.process_time() - started)
    print(f"{'':<38} {'CPU median [min-max]':<26} wall median [min-max]   (n={rounds})")
    for tool in tools:
        flag = f"   WRONG HIT COUNTS {tool.bad_counts}" if tool.bad_counts else ""
        print(f"{tool.name:<38} {spread(tool.cpu):<26} {spread(tool.wall)}{flag}")
    print(
        f"{'peerdesk key derivation alone':<38} {spread(kdf):<26} "
        f"(Argon2id {kdf_params.memory_kib // 1024} MiB, {kdf_params.iterations} passes)"
    )
    ours = tools[1]
    for peer in tools[2:]:
        print(
            f"ratio peerdesk (KDF precomputed) / {peer.name.split()[0]}: "
            f"CPU {statistics.median(ours.cpu) / statistics.median(peer.cpu):.2f}x, "
            f"wall {statistics.median(ours.wall) / statistics.median(peer.wall):.2f}x"
        )
    phases(python, key_file, page, secret, env, rounds)


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
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--query", default="library")
    args = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "peerdesk-bench"
    work.mkdir(exist_ok=True)
    compare(args.notes, args.mentees, args.rounds, args.query, work)
    if args.big:
        compare(args.big, args.mentees, args.rounds, args.query, work)


if __name__ == "__main__":
    main()
