"""``python -m evalasn <perintah>``: the command line the Makefile calls (``evalasn.run.cli``), for
evaluators without make (docs/perintah.md lists the command behind every Make target)."""

import sys

from evalasn.run.cli import main

if __name__ == "__main__":
    sys.exit(main())
