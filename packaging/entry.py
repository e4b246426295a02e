"""The frozen program's entry point: the same dispatch as `python -m ui`."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
