"""Allows `python -m peerdesk`."""

import sys

from peerdesk.launch import main

sys.exit(main())
