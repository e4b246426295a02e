"""The window tests' fixtures, for the tests here that drive the real window (a shell on this
test's own vault, stand-ins for the user at yes/no questions)."""

from tests.ui.conftest import make_shell, no_leftover_workers, questions  # noqa: F401
