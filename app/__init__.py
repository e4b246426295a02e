"""Meldcode Werkplek core: vault, domain model, meldcode rules, export and CLI.

Nothing in this package imports Qt; the desktop layer lives in `ui/`.
"""

__version__ = "0.1.0"
