"""Write files.wxs: every file of the frozen build as its own MSI component.

    python packaging/windows/harvest.py <frozen folder> <files.wxs>

One component per file, its GUID derived from the file's path, so the same file keeps the same
component across versions (what Windows Installer's upgrade rules expect). The folder is
referenced in the WiX source as $(var.SourceDir); the main executable gets the fixed id MainExe.
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
# Any fixed namespace will do; changing it would give every component a new GUID.
COMPONENT_NAMESPACE = uuid.UUID("6B1F0C3E-2A4D-5E8F-9C7B-1D2E3F4A5B6C")
FIXED_IDS = {"meldcode-werkplek.exe": "MainExe", "meldcode-werkplek-cli.exe": "CliExe"}


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:28]


def harvest(source: Path) -> ET.ElementTree:
    ET.register_namespace("", WIX_NS)
    root = ET.Element(f"{{{WIX_NS}}}Wix")
    fragment = ET.SubElement(root, f"{{{WIX_NS}}}Fragment")
    top = ET.SubElement(fragment, f"{{{WIX_NS}}}DirectoryRef", Id="INSTALLDIR")
    group = ET.SubElement(fragment, f"{{{WIX_NS}}}ComponentGroup", Id="ProgramFiles")
    folders: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): top}

    def folder_element(relative: PurePosixPath) -> ET.Element:
        if relative not in folders:
            parent = folder_element(relative.parent)
            folders[relative] = ET.SubElement(
                parent, f"{{{WIX_NS}}}Directory", Id=_id("d", str(relative)), Name=relative.name
            )
        return folders[relative]

    files = sorted(p for p in source.rglob("*") if p.is_file() or p.is_symlink())
    if not files:
        raise SystemExit(f"{source}: geen bestanden om te verpakken")
    for path in files:
        relative = PurePosixPath(path.relative_to(source).as_posix())
        key = str(relative)
        component_id = _id("c", key)
        component = ET.SubElement(
            folder_element(relative.parent),
            f"{{{WIX_NS}}}Component",
            Id=component_id,
            Guid=str(uuid.uuid5(COMPONENT_NAMESPACE, key.lower())).upper(),
            Win64="yes",
        )
        ET.SubElement(
            component,
            f"{{{WIX_NS}}}File",
            Id=FIXED_IDS.get(key, _id("f", key)),
            Name=relative.name,
            Source=f"$(var.SourceDir)/{key}",
            KeyPath="yes",
        )
        ET.SubElement(group, f"{{{WIX_NS}}}ComponentRef", Id=component_id)
    ET.indent(root)
    return ET.ElementTree(root)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    harvest(Path(argv[0])).write(argv[1], encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
