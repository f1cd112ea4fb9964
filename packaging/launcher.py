"""Entry point for the PyInstaller bundle: the same `peerdesk` command as `pip install`."""

import sys

from peerdesk.launch import main

if __name__ == "__main__":
    sys.exit(main())
