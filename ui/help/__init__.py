"""The handleiding (user guide), F1 and the first-use tour."""
