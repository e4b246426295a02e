"""Meldcode Werkplek core: vault, domain model, meldcode rules, export and CLI.

Nothing in this package imports Qt; the desktop layer lives in `ui/`.
"""


def _version() -> str:
    """The one version number, from pyproject.toml (shipped inside the frozen bundle too)."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        version: str = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        return version
    from importlib.metadata import version as installed_version

    return installed_version("meldcode-werkplek")


__version__ = _version()
