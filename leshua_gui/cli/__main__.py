"""`python -m leshua_gui.cli` runs `leshua-query`; so does the frozen bundle's `leshua-query`."""

import sys

from leshua_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
