"""The locked state: wrong passphrases, waiting, damaged files, and the recovery-code path."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from app.crypto import device_secret
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import CaseDraft
from app.vault.location import VaultLocation
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE, InMemoryKeyring
from tests.ui.conftest import WORKER_TIMEOUT_MS, click, run_setup, unlock
from ui.backup_dialogs import RestoreDialog
from ui.recovery_dialog import NewPassphraseDialog, RecoveryDialog
from ui.shell import Shell
from ui.unlock_window import UnlockWindow

NEW_PASSPHRASE = "zeven zwanen zwemmen in de gracht"


@pytest.fixture
def locked_vault(vault: Vault) -> Vault:
    """The fixture vault with one case, locked: the program starts at the unlock window."""
    vault.cases.create(CaseDraft("Gezin A"))
    vault.lock()
    return vault


def start_locked(make_shell: Callable[..., Shell]) -> tuple[Shell, UnlockWindow]:
    shell = make_shell()
    shell.start()
    assert isinstance(shell.unlock_window, UnlockWindow)
    return shell, shell.unlock_window


def try_passphrase(qtbot: QtBot, window: UnlockWindow, passphrase: str) -> None:
    window.passphrase.setText(passphrase)
    click(qtbot, window.unlock_button)
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=WORKER_TIMEOUT_MS)


def test_wrong_passphrase_is_said_at_the_field_and_waits_grow(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell]
) -> None:
    shell, window = start_locked(make_shell)
    assert [window.user.itemText(i) for i in range(window.user.count())] == ["Anna de Vries"]

    try_passphrase(qtbot, window, "dit is niet de goede wachtzin")
    assert window.passphrase_field.error_text() == "De wachtzin klopt niet. Probeer het opnieuw."
    assert shell.vault is None and shell.main_window is None
    assert window.unlock_button.isEnabled()

    try_passphrase(qtbot, window, "ook deze wachtzin is fout")
    try_passphrase(qtbot, window, "en deze derde evenmin")
    assert window.passphrase_field.error_text() == (
        "De wachtzin klopt niet. U kunt het over 2 seconden opnieuw proberen."
    )
    assert not window.unlock_button.isEnabled()
    assert window.wait_label.isVisible() and "seconde" in window.wait_label.text()
    window.passphrase.setText(TEST_PASSPHRASE)
    window.unlock()  # Enter in the field during the wait does nothing
    assert shell.vault is None

    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=5_000)
    assert not window.wait_label.isVisible()
    main = unlock(qtbot, shell)
    assert main.case_list.model.rowCount() == 1


def test_a_wait_left_from_before_is_counted_down_when_the_window_opens(
    qtbot: QtBot,
    locked_vault: Vault,
    make_shell: Callable[..., Shell],
    device_store: DeviceSecretStore,
) -> None:
    for _ in range(3):
        with pytest.raises(Exception, match="wachtzin klopt niet"):
            Vault.unlock(locked_vault.location, 1, "fout fout fout fout", device_store)
    _, window = start_locked(make_shell)
    assert window.countdown.running
    assert not window.unlock_button.isEnabled()


def test_empty_passphrase_is_asked_for_at_the_field(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell]
) -> None:
    shell, window = start_locked(make_shell)
    click(qtbot, window.unlock_button)
    assert window.passphrase_field.error_text() == "Vul uw wachtzin in."
    assert not window.busy.isVisible() and shell.vault is None


def test_a_damaged_vault_is_explained_and_restore_is_offered(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell], location: VaultLocation
) -> None:
    raw = bytearray(location.db_path.read_bytes())
    # A page of the schema: unlocking reads it, so its HMAC fails before any window opens.
    raw[2 * 4096 + 100 : 2 * 4096 + 164] = bytes(64)
    location.db_path.write_bytes(bytes(raw))
    shell, window = start_locked(make_shell)

    try_passphrase(qtbot, window, TEST_PASSPHRASE)
    assert shell.vault is None
    assert window.banner.isVisible()
    assert "beschadigd" in window.banner.text.text()
    assert window.banner.action.text() == "Reservekopie terugzetten…"
    click(qtbot, window.banner.action)
    assert isinstance(window.active_dialog, RestoreDialog)
    assert window.active_dialog.isVisible()


def test_damage_found_after_unlocking_is_shown_in_the_main_window_with_restore(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell], location: VaultLocation
) -> None:
    raw = bytearray(location.db_path.read_bytes())
    page = 4096
    middle = (len(raw) // page // 2) * page
    raw[middle + 100 : middle + 164] = bytes(64)
    location.db_path.write_bytes(bytes(raw))
    shell, window = start_locked(make_shell)

    window.passphrase.setText(TEST_PASSPHRASE)
    click(qtbot, window.unlock_button)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    main = shell.main_window
    assert main is not None
    qtbot.waitUntil(main.damage.isVisible, timeout=WORKER_TIMEOUT_MS)
    assert "beschadigd" in main.damage.text() and "reservekopie" in main.damage.text()
    with qtbot.waitSignal(main.restore_requested, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, main.damage_restore)


def test_an_unreadable_key_file_is_explained_before_anything_is_typed(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell], location: VaultLocation
) -> None:
    location.keys_path.write_text("{ niet leesbaar", encoding="utf-8")
    _, window = start_locked(make_shell)
    assert "sleutelbestand" in window.banner.text.text()
    assert "beheerder" in window.banner.text.text()
    # The technical words are kept for the details, which open on request.
    assert "meldcode.keys" not in window.banner.text.text()
    assert not window.banner.details.isVisible()
    window.banner.details_button.click()
    assert window.banner.details.isVisible() and "meldcode.keys" in window.banner.details.text()
    assert not window.unlock_button.isEnabled()
    assert window.restore_link.isEnabled()


def test_missing_device_secret_leads_to_the_recovery_code_and_a_new_passphrase(
    qtbot: QtBot,
    vault_and_code: tuple[Vault, str],
    make_shell: Callable[..., Shell],
    memory_keyring: InMemoryKeyring,
) -> None:
    vault, code = vault_and_code
    vault.lock()
    memory_keyring.items.clear()  # as on another computer: this keyring never held the secret
    shell, window = start_locked(make_shell)

    try_passphrase(qtbot, window, TEST_PASSPHRASE)
    assert "herstelcode" in window.banner.text.text()
    click(qtbot, window.banner.action)
    dialog = window.active_dialog
    assert isinstance(dialog, RecoveryDialog)

    dialog.code.setText("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(
        lambda: bool(dialog.errors.messages().get("recovery_code", "")), timeout=WORKER_TIMEOUT_MS
    )
    assert "past niet bij deze kluis" in dialog.errors.messages().get("recovery_code", "")
    assert shell.vault is None

    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=WORKER_TIMEOUT_MS)
    dialog.code.setText(code.lower().replace("-", " "))
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: shell.vault is not None, timeout=WORKER_TIMEOUT_MS)
    assert shell.vault is not None and shell.vault.recovered
    assert shell.main_window is None  # no work before a new passphrase is chosen
    new_passphrase = window.findChild(NewPassphraseDialog)
    assert isinstance(new_passphrase, NewPassphraseDialog) and new_passphrase.isVisible()

    new_passphrase.input.passphrase.setText(NEW_PASSPHRASE)
    new_passphrase.input.repeat.setText(NEW_PASSPHRASE + " anders")
    click(qtbot, new_passphrase.action_button)
    assert new_passphrase.input.repeat_field.error_text() == "De twee wachtzinnen zijn niet gelijk."
    new_passphrase.input.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(shell.entered, timeout=WORKER_TIMEOUT_MS):
        click(qtbot, new_passphrase.action_button)
    assert not shell.vault.recovered

    shell.lock()
    main = unlock(qtbot, shell, NEW_PASSPHRASE)
    assert main.vault.device_bound


@pytest.fixture
def no_keyring(memory_keyring: InMemoryKeyring) -> Iterator[None]:
    device_secret.use_default_backend(keyring.backends.fail.Keyring())
    yield
    device_secret.use_default_backend(memory_keyring)


def test_without_a_keyring_the_program_says_so_and_works_with_the_passphrase(
    qtbot: QtBot, no_keyring: None, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    assert not shell.device_store.available()
    shell.start()
    assert shell.wizard is not None
    shell.wizard.next()
    shell.wizard.user_page.display_name.setText("Anna de Vries")
    page = shell.wizard.user_page
    page.group.setCurrentIndex(page.group.findData("algemeen"))
    shell.wizard.next()
    status = shell.wizard.passphrase_page.keyring_status
    assert "geen extra geheim" in status.text() and "sleutelbos" not in status.text()
    assert "geen bruikbare sleutelbos" in status.details()
    shell.wizard.back()
    shell.wizard.back()
    shell.wizard.close()

    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    assert not main.vault.device_bound
    assert main.keyring_warning.isVisible()
    assert "alleen uw wachtzin" in main.keyring_warning.text()
    assert "sleutelbos" not in main.keyring_warning.text()
    assert "sleutelbos" in main.keyring_warning.details()

    shell.lock()
    window = shell.unlock_window
    assert window is not None
    qtbot.waitUntil(lambda: window.keyring_answered, timeout=WORKER_TIMEOUT_MS)
    # This vault opens with its passphrase alone: nothing to warn of at the door.
    assert window.keyring_note.isHidden()
    main = unlock(qtbot, shell)
    assert main.keyring_warning.isVisible()


def test_a_vault_bound_to_the_keyring_that_is_gone_is_told_at_the_door(
    qtbot: QtBot, memory_keyring: InMemoryKeyring, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell()
    main, _ = run_setup(qtbot, shell)
    assert main.vault.device_bound
    shell.lock()
    window = shell.unlock_window
    assert window is not None
    qtbot.waitUntil(lambda: window.keyring_answered, timeout=WORKER_TIMEOUT_MS)
    assert window.keyring_note.isHidden()

    device_secret.use_default_backend(keyring.backends.fail.Keyring())
    try:
        shell.lock()
        shell.show_unlock()
        window = shell.unlock_window
        assert window is not None
        note = window.keyring_note
        qtbot.waitUntil(note.isVisible, timeout=WORKER_TIMEOUT_MS)
        assert "alleen met de herstelcode" in note.text_label.text()
        # Every line of it, though it came after the window was shown.
        label = note.text_label
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    finally:
        device_secret.use_default_backend(memory_keyring)


def test_the_first_key_of_a_passphrase_reads_the_vaults_code_once(
    qtbot: QtBot, locked_vault: Vault, make_shell: Callable[..., Shell]
) -> None:
    # The unlock window comes without the vault's code; typing is the moment to read it, so
    # that unlocking does not wait for it.
    shell, window = start_locked(make_shell)
    # Named after its form row's label (found through the form, not a search of the window).
    qtbot.waitUntil(lambda: window.passphrase.accessibleName() == "Wachtzin")
    typed: list[bool] = []
    window.typing_started.connect(lambda: typed.append(True))
    window.passphrase.setText("niet getypt")  # set by the program, not typed: no signal
    assert typed == []
    window.passphrase.clear()
    with qtbot.waitSignal(window.typing_started):
        qtbot.keyClicks(window.passphrase, "zeven")
    qtbot.keyClicks(window.passphrase, " zwanen")
    assert typed == [True]
    window.passphrase.setText(TEST_PASSPHRASE)
    click(qtbot, window.unlock_button)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WORKER_TIMEOUT_MS)
