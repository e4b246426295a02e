"""The desktop layer: PySide6 widgets, Qt models and background workers. It asks `app/`."""
