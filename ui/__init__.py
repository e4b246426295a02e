"""The desktop layer: PySide6 widgets, Qt models and background workers. It asks `app/`."""

from ui.source_scan import spare_the_sources

# Before any module of the window is imported: PySide looks at each one as it comes.
spare_the_sources()
