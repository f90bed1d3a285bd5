"""``python -m sakip`` and the ``sakip`` console script: see :mod:`sakip.cli`."""

from __future__ import annotations

import sys

from sakip.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
