"""``python -m peerkit``: the same as the ``peerkit`` command."""

import sys

from .cli import main

sys.exit(main())
