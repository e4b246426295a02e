"""Developer tool: PNG grabs of the main windows, filled with fictional data.

    python -m tests.tools.screenshots OUTDIR

Everything happens in a throw-away folder with an in-memory keyring; the real vault, settings
and keyring of this computer are not touched. All names and events are made up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from app.crypto import kdf
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import InMemoryKeyring
from ui.application import install_translators
from ui.main_window import MainWindow
from ui.setup_wizard import SetupWizard
from ui.signal_dialog import SignalDialog
from ui.timeline import HistoryDialog
from ui.unlock_window import UnlockWindow

PASSPHRASE = "groene tulpen langs het kanaal"
DEMO_KDF = kdf.CalibrationProfile(target_seconds=0.05, memory_kib=8 * 1024, min_time_cost=1)


def wait_until(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, outdir: Path, name: str) -> Path:
    QCoreApplication.processEvents()
    path = outdir / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def fill_demo_vault(vault: Vault) -> int:
    """Three fictional cases; the first has people, signals and one correction."""
    today = date.today()
    case = vault.cases.create(CaseDraft("Gezin A"))
    vault.persons.add(
        case.id,
        PersonDraft("child", "Noor Jansen", date(2019, 4, 2), "", "", "Basisschool De Linde"),
    )
    vault.persons.add(case.id, PersonDraft("parent_or_carer", "Ilse Jansen", date(1988, 9, 14)))
    first = vault.signals.add(
        case.id,
        SignalDraft(
            today - timedelta(days=9),
            clock(8, 40),
            "Anna de Vries",
            "own_observation",
            "neglect",
            "Noor komt zonder jas en zonder ontbijt naar het consult; de kleren zijn vuil.",
            "Zorgen over de basiszorg thuis.",
        ),
    )
    vault.signals.correct(
        first.id,
        SignalDraft(
            today - timedelta(days=8),
            clock(8, 40),
            "Anna de Vries",
            "own_observation",
            "neglect",
            "Noor komt zonder jas en zonder ontbijt naar het consult; de kleren zijn vuil.",
            "Zorgen over de basiszorg thuis.",
        ),
        "Datum verkeerd overgenomen uit de agenda.",
    )
    vault.signals.add(
        case.id,
        SignalDraft(
            today - timedelta(days=2),
            clock(15, 10),
            "Anna de Vries",
            "told_by_child",
            "witnessing_partner_violence",
            "Noor vertelt dat papa en mama 's avonds hard schreeuwen en dat er een glas is "
            "gebroken. Ze zegt: 'Ik ga dan onder mijn dekbed liggen.'",
            "",
        ),
    )
    second = vault.cases.create(CaseDraft("Gezin B"))
    vault.signals.add(
        second.id,
        SignalDraft(
            today - timedelta(days=20),
            None,
            "Anna de Vries",
            "told_by_third_party",
            "not_yet_clear",
            "De buurvrouw belt dat ze het kind vaak alleen thuis hoort huilen.",
            "",
        ),
    )
    vault.cases.create(CaseDraft("Casus 2026-03"))
    return case.id


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(InMemoryKeyring())
    kdf.set_calibration_profile(DEMO_KDF)
    with tempfile.TemporaryDirectory(prefix="meldcode-screens-") as scratch:
        os.environ["MELDCODE_HOME"] = scratch
        app = QApplication.instance() or QApplication([sys.argv[0]])
        translators = install_translators(app, "nl")  # noqa: F841 - keeps them alive
        location = VaultLocation(Path(scratch) / "kluis")
        store = DeviceSecretStore()
        take_screenshots(outdir, location, store)
    return 0


def take_screenshots(outdir: Path, location: VaultLocation, store: DeviceSecretStore) -> None:
    wizard = SetupWizard(location, store)
    wizard.show()
    wizard.next()
    wizard.user_page.display_name.setText("Anna de Vries")
    wizard.user_page.role.setText("huisarts")
    wizard.user_page.phone.setText("020 123 4567")
    wizard.next()
    wizard.passphrase_page.input.passphrase.setText("groene tulpen")
    save(wizard, outdir, "setup-passphrase.png")
    wizard.passphrase_page.input.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.input.repeat.setText(PASSPHRASE)
    vaults: list[Vault] = []
    wizard.vault_ready.connect(vaults.append)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_until(lambda: wizard.currentId() == SetupWizard.RECOVERY_PAGE)
    save(wizard, outdir, "setup-recovery-code.png")
    wizard.recovery_page.noted.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: bool(vaults))
    vault = vaults[0]
    case_id = fill_demo_vault(vault)
    vault.lock()

    unlock = UnlockWindow(location, store)
    unlock.show()
    save(unlock, outdir, "unlock.png")
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlocked.connect(vaults.append)
    unlock.unlock()
    wait_until(lambda: len(vaults) == 2)
    unlock.close()
    vault = vaults[1]

    window = MainWindow(vault)
    window.resize(1280, 800)
    window.show()
    window.case_list.select(case_id)
    save(window, outdir, "main-window.png")

    dialog = SignalDialog(vault, case_id, parent=window)
    dialog.show()
    dialog.observed_time.setText("25:70")
    dialog.facts.setPlainText("")
    dialog.observed_on.setDate(QDate(date.today()))
    dialog.try_save()
    save(dialog, outdir, "signal-dialog-errors.png")
    dialog.done(QDialog.DialogCode.Rejected)

    corrected = next(s for s in vault.signals.for_case(case_id) if s.is_corrected)
    history = HistoryDialog(corrected, window)
    history.show()
    save(history, outdir, "correction-history.png")
    history.close()
    window.close_for_lock()
    vault.lock()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
