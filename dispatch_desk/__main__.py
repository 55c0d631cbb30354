import sys

from dispatch_desk.cli import main

sys.exit(main())
