"""PyInstaller entry script: the bundled ``talk-moderator`` runs the same main() as the wheel's.

Why a separate file: PyInstaller needs a script path, and ``app/__main__.py`` uses relative
imports that only work when run as a module.
"""

import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    # Harmless on Linux; on Windows and macOS it stops a frozen child process from
    # re-running the whole app if anything ever uses multiprocessing's spawn.
    multiprocessing.freeze_support()
    sys.exit(main())
