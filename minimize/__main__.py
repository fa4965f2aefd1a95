import sys

from minimize.cli import main

sys.exit(main())
