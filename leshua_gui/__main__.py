"""`python -m leshua_gui` opens the window, like `leshua-gui`."""

import sys

from leshua_gui.gui import main

sys.exit(main())
