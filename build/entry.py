"""The frozen executable's entry point: the same `scaleplan` command as the console script."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
