"""`python -m mobilization …` is the same as the `mobilization` command."""
import sys

from .cli import main

sys.exit(main())
