"""Make the README screenshots offscreen on a fresh demo vault.

    python docs/screenshots/make_screenshots.py [--dark] [OUT_DIR]

With --dark, uses the dark colour scheme and names the files *-dark.png; with
--high-contrast, writes today-hc150.png and note-editor-hc150.png (high contrast, 150%
text); with --spanish, today-es.png and note-editor-es.png (the interface in Spanish,
built translations from resources/translations; the demo's notes stay as written). Every shot is at the default window size, 1100x720. Writes wizard.png, unlock.png, main-window.png, timeline.png and
search.png, today.png, selfcare.png, caseload.png, goals.png, plan-pdf.png, agreement-editor.png,
agreement-diff.png, boundary-events.png and crisis-card.png
(default: next to this script).
Everything shown is the demo's fictional data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERDESK_KDF_TARGET_MS", "0")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
from peerdesk.core.services import mentees
from peerdesk.core.vault import Vault
from peerdesk.ui import theme
from peerdesk.ui.window import MainWindow
from peerdesk.ui.wizard import SetupWizard

sys.path.insert(0, str(Path(__file__).resolve().parent))
from daily_flow_screenshots import meeting_editor


def settle() -> None:
    """Let layouts and paints finish (an event loop, not processEvents in a Python loop)."""
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def shoot(widget: QWidget, out: Path) -> None:
    settle()
    widget.grab().save(str(out))
    print(out)


def plan_pdf(vault: Vault, mentee_id: int, out_dir: Path, tmp: Path) -> None:
    """Page 1 of 'My plan on a page' as plan-pdf.png (needs pdftoppm from poppler-utils)."""
    import shutil
    import subprocess
    from datetime import date

    from peerdesk.core.services import goals
    from peerdesk.core.services.documents import plan_document, write_document
    from peerdesk.render.plan import plan_pdf

    pdf = tmp / "plan.pdf"
    doc = plan_document(vault, mentee_id=mentee_id, today=date.today())
    overview = goals.domain_overview(vault, mentee_id=mentee_id)
    write_document(doc, out=pdf, pdf=lambda d: plan_pdf(d, overview))
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(out_dir / "plan-pdf")],
            check=True,
        )
        print(out_dir / "plan-pdf.png")


def agreements_shots(window: MainWindow, vault: Vault, out_dir: Path, tmp: Path) -> None:
    """agreement-editor, agreement-diff, boundary-events and crisis-card (Jordan, demo)."""
    import shutil
    import subprocess

    from peerdesk.core.services import agreements
    from peerdesk.core.services.documents import crisis_card_document, write_document
    from peerdesk.render.pdf import pdf_bytes
    from peerdesk.ui.agreements.dialogs import AgreementEditor
    from peerdesk.ui.agreements.page import AgreementsPage

    jordan = mentees.find_mentee(vault, name="Jordan")
    window.desk.show_page("Agreements")
    page = window.desk.findChild(AgreementsPage)
    page.reload()
    page.select_mentee(jordan)
    editor = AgreementEditor(window, agreements.new_version(vault, mentee_id=jordan))
    editor.resize(900, 680)
    editor.show()
    shoot(editor, out_dir / f"agreement-editor{SUFFIX}.png")
    editor.reject()
    page.tabs.setCurrentIndex(1)
    shoot(window, out_dir / f"agreement-diff{SUFFIX}.png")
    page.tabs.setCurrentIndex(2)
    shoot(window, out_dir / f"boundary-events{SUFFIX}.png")
    pdf = tmp / "crisis-card.pdf"
    write_document(
        crisis_card_document(vault, mentee_id=jordan),
        out=pdf,
        pdf=lambda d: pdf_bytes(d, one_page=True),
    )
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(out_dir / "crisis-card")],
            check=True,
        )
        print(out_dir / "crisis-card.png")
    page.tabs.setCurrentIndex(0)


SIZE = (1100, 720)  # the default window size (MainWindow.resize)
SUFFIX = ""  # "-dark" for the dark colour scheme


def today_and_editor(tmp: Path, out_dir: Path, suffix: str) -> None:
    """today-<suffix>.png and note-editor-<suffix>.png on a fresh demo vault in ``tmp``."""
    vault = create_demo_vault(tmp / "demo")
    try:
        window = MainWindow(vault, demo_passphrase=DEMO_PASSPHRASE)
        window.resize(*SIZE)
        window.show()
        window.desk.show_page("Today")
        shoot(window, out_dir / f"today-{suffix}.png")
        editor = meeting_editor(window, vault)
        assert editor is not None
        editor.resize(*SIZE)
        shoot(editor, out_dir / f"note-editor-{suffix}.png")
        editor.reject()
        window.close()
    finally:
        vault.close()


def high_contrast(out_dir: Path) -> None:
    """today-hc150.png and note-editor-hc150.png: high contrast at 150% text size."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app, theme=theme.Theme.HIGH_CONTRAST, font_scale=150)
    with tempfile.TemporaryDirectory() as tmp:
        today_and_editor(Path(tmp), out_dir, "hc150")


def spanish(out_dir: Path) -> None:
    """today-es.png and note-editor-es.png: the interface in Spanish (tú), light, 100%."""
    from peerdesk import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "translations"
        built.mkdir()
        for ts in (Path(__file__).resolve().parents[2] / "resources" / "translations").glob("*.ts"):
            (built / ts.name).write_bytes(ts.read_bytes())
        i18n.build(built)
        i18n.translations_dir = lambda: built  # type: ignore[assignment]
        assert i18n.install("es") == "es"
        theme.apply(app, theme=theme.Theme.LIGHT, font_scale=100)
        today_and_editor(Path(tmp), out_dir, "es")


def main(out_dir: Path, *, dark: bool = False) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("peerdesk")
    theme.apply(app, dark=dark)
    global SUFFIX
    SUFFIX = "-dark" if dark else ""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # The wizard's passphrase page, with a passphrase typed in.
        wizard = SetupWizard(Vault(Path(tmp) / "new"))
        wizard.show()
        wizard.next()
        wizard.profile_page.name.setText("Sam Rivera")
        wizard.next()
        wizard.passphrase_page.fields.passphrase.setText("otter lantern quietly 1987")
        wizard.passphrase_page.fields.confirmation.setText("otter lantern quietly 1987")
        shoot(wizard, out_dir / f"wizard{SUFFIX}.png")
        wizard.close()

        vault = create_demo_vault(Path(tmp) / "demo")
        try:
            window = MainWindow(vault, demo_passphrase=DEMO_PASSPHRASE)
            window.resize(*SIZE)
            window.show()
            window.desk.show_page("Mentees")
            page = window.desk.mentees
            page.select(page.model.summary(0).id)
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            shoot(window, out_dir / f"main-window{SUFFIX}.png")
            shoot(window, out_dir / f"timeline{SUFFIX}.png")

            # note-editor.png is daily_flow_screenshots.py's (the note for a planned meeting).

            # Search (Ctrl+F) with the hits in bold.
            window.find_notes()
            window.desk.notes.search.setText("bus")
            window.desk.notes.reload()
            window.desk.notes.table.selectRow(0)
            shoot(window, out_dir / f"search{SUFFIX}.png")

            # Today, and the mentor's own Self-care page: check-in and caseload.
            window.desk.show_page("Today")
            shoot(window, out_dir / f"today{SUFFIX}.png")
            window.desk.show_page("Self-care")
            care = window.desk.selfcare
            care.reload()
            care.tabs.setCurrentIndex(0)
            shoot(window, out_dir / f"selfcare{SUFFIX}.png")
            care.tabs.setCurrentIndex(1)
            shoot(window, out_dir / f"caseload{SUFFIX}.png")

            # Goals: Maria's bus goal with its progress chart (demo vault).
            from peerdesk.ui.goals.page import GoalsPage

            window.desk.show_page("Goals")
            goals_page = window.desk.findChild(GoalsPage)
            goals_page.reload()
            goals_page.select_mentee(mentees.find_mentee(vault, name="Maria"))
            shoot(window, out_dir / f"goals{SUFFIX}.png")
            plan_pdf(vault, mentees.find_mentee(vault, name="Maria"), out_dir, Path(tmp))
            agreements_shots(window, vault, out_dir, Path(tmp))
            window.lock()
            shoot(window, out_dir / f"unlock{SUFFIX}.png")
            window.close()
        finally:
            vault.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__file__).parent
    if "--high-contrast" in sys.argv:
        high_contrast(out)
    elif "--spanish" in sys.argv:
        spanish(out)
    else:
        main(out, dark="--dark" in sys.argv)
