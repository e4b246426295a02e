"""A whole session in the real window with marker strings (a name, a BSN, a word from the
signals): the weging, the melding exported and registered, VT's feedback, the dossier, and a
lock with a half-filled form. Afterwards none of the markers is readable anywhere on disk: not
in the vault, its -wal and -shm, the system temp folder, or the program's config, log and
cache folders. Only the encrypted exports hold them, and not in their raw bytes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import logs
from app.paths import app_dirs
from app.vault.location import VaultLocation
from tests.support import MARKERS, files_below, plaintext_hits, require_tool
from tests.ui import case_session as session
from tests.ui.conftest import Questions, click, run_setup, type_into, unlock
from tests.ui.report.conftest import decrypted_text
from ui.shell import Shell
from ui.signal_dialog import SignalDialog

NAME, BSN, WORD = MARKERS


@pytest.fixture
def private_tempdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh system temp folder, for Python and for the C libraries (Qt, SQLCipher)."""
    folder = tmp_path / "systeem-temp"
    folder.mkdir()
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.real_components
def test_a_session_in_the_window_leaves_no_marker_readable_on_disk(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    questions: Questions,
    location: VaultLocation,
    private_tempdir: Path,
    isolated_home: Path,
    tmp_path: Path,
) -> None:
    require_tool("qpdf")
    require_tool("pdftotext")
    dirs = app_dirs().ensure()
    logs.configure(dirs.logs)
    exports = tmp_path / "documenten"
    exports.mkdir()
    shell = make_shell(settings=session.SETTINGS)
    main, _ = run_setup(qtbot, shell)
    people = session.People(NAME, BSN, "Petra Testouder", WORD)

    session.set_practice_details(qtbot, main)
    case_id = session.case_through_steps_one_to_three(qtbot, main, people)
    session.record_weging(qtbot, session.weigh_to_a_report(qtbot, main))
    session.decide_as_drafted(qtbot, main)
    composer, melding, passphrase_dialog = session.melding_exported(qtbot, main, exports)
    click(qtbot, passphrase_dialog.copy_button)
    assert QGuiApplication.clipboard().text() == melding.passphrase
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    assert QGuiApplication.clipboard().text() == ""
    session.register(qtbot, composer)
    click(qtbot, composer.close_button)
    (report,) = main.vault.reports.for_case(case_id)
    session.record_feedback(qtbot, main, report.entry.id)
    dossier = session.open_dossier(qtbot, main)
    click(qtbot, dossier.own_file)
    saved, passphrase_dialog = session.export_from(qtbot, dossier, exports)
    session.close_passphrase(qtbot, passphrase_dialog, questions.answers)
    click(qtbot, dossier.close_button)

    # A form half-filled with markers when the lock comes: kept as a draft, in the vault.
    click(qtbot, main.case_view.add_signal_button)
    unsaved = main.case_view.active_dialog
    assert isinstance(unsaved, SignalDialog)
    type_into(qtbot, unsaved.facts, f"{NAME} ({BSN}) vertelt opnieuw over {WORD}.")

    # While the vault is open its WAL holds the newest pages: they are encrypted too.
    wal = location.db_path.with_name(location.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert plaintext_hits(MARKERS, location.db_path, *location.sidecars(location.db_path)) == []
    with qtbot.waitSignal(shell.locked):
        main.lock_action.trigger()
    session.wait_for_workers(qtbot)
    assert session.no_dialog_left()

    # The markers really were written: they are in the exports, once decrypted.
    assert NAME in decrypted_text(melding.path, melding.passphrase)
    assert BSN in decrypted_text(saved.path, saved.passphrase)
    assert plaintext_hits(MARKERS, exports) == []  # the raw bytes of the encrypted exports
    everything_else = [p for p in files_below(tmp_path) if exports not in p.parents]
    assert location.db_path in everything_else and (dirs.logs / logs.LOG_FILE) in everything_else
    assert plaintext_hits(MARKERS, *everything_else) == []
    for folder in (location.folder, private_tempdir, dirs.config, dirs.logs, dirs.cache):
        assert plaintext_hits(MARKERS, folder) == [], folder

    # The half-filled form did reach the (encrypted) vault as a draft.
    main = unlock(qtbot, shell)
    draft = main.vault.drafts.load(case_id, "signal")
    assert draft is not None and NAME in str(draft.payload)
