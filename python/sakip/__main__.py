"""The ``sakip`` command line (also ``python -m sakip``)."""

from __future__ import annotations

import argparse
import sys

import sakip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sakip", description=__doc__)
    parser.add_argument("--version", action="version", version=f"sakip {sakip.__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("info", help="print the version and the bundled datasets")
    args = parser.parse_args(argv)
    if args.command in (None, "info"):
        print(f"sakip {sakip.__version__}")
        names = sakip.datasets()
        print("bundled datasets: " + (", ".join(names) if names else "(none)"))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
