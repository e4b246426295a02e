"""Dutch first, English second: the Qt Linguist catalogue is complete and up to date."""

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "meldcode_en.ts"


def _run_py() -> object:
    spec = importlib.util.spec_from_file_location("run_py", ROOT / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_lists_every_text_in_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / "meldcode_en.ts"
    shutil.copy(TS_FILE, copy)
    run_py = _run_py()
    subprocess.run(run_py.lupdate_command(copy), cwd=ROOT, check=True, capture_output=True)  # type: ignore[attr-defined]
    assert copy.read_text(encoding="utf-8") == TS_FILE.read_text(encoding="utf-8"), (
        "resources/translations/meldcode_en.ts is out of date: run `python3 run.py translations` "
        "and fill in the English texts"
    )


def test_every_text_has_an_english_translation() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("sourcelanguage") == "nl_NL" and root.get("language") == "en_GB"
    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in {"unfinished", "vanished", "obsolete"}
        or not ("".join(translation.itertext()).strip())
    ]
    assert untranslated == []


def test_placeholders_survive_translation() -> None:
    import re

    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(
            re.findall(r"\{\w+\}", translation)
        ), source
