"""PySide's look at each imported module gives the same answers without keeping its lines."""

import linecache
import sys
from pathlib import Path

import pytest

from ui import source_scan


def _feature() -> object:
    feature = sys.modules.get(source_scan.FEATURE_MODULE)
    if feature is None or not source_scan._pyside_check:
        pytest.fail("the program's check is not in PySide's place (another PySide version?)")
    return feature


def test_the_check_answers_as_pysides_own_for_every_module_loaded() -> None:
    _feature()
    pysides = source_scan._pyside_check[0]
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 300
    differing = [m.__name__ for m in modules if source_scan.uses_pyside(m) != pysides(m)]
    assert differing == []
    # Both kinds are among them: the window's modules use PySide, the standard library not.
    assert source_scan.uses_pyside(sys.modules["ui.shell"])
    assert not source_scan.uses_pyside(sys.modules["json"])


def test_a_module_imported_later_gets_its_mark_and_leaves_no_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = _feature()
    (tmp_path / "later_with_word.py").write_text("NAME = 'PySide6'\n", encoding="utf-8")
    (tmp_path / "later_without.py").write_text("NAME = 'plain'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    # An import statement, as the program's own: it goes through PySide's import hook.
    exec("import later_with_word, later_without")
    marks = feature.pyside_feature_dict  # type: ignore[attr-defined]
    assert marks["later_with_word"] == 0  # a module that uses PySide: no feature selected
    assert marks["later_without"] == -1  # ignored by PySide's switches
    assert str(tmp_path / "later_with_word.py") not in linecache.cache
    assert str(tmp_path / "later_without.py") not in linecache.cache
    for name in ("later_with_word", "later_without"):
        monkeypatch.delitem(sys.modules, name)
