"""Entry point: picks the mode (GUI, kiosk, scripting CLI, demo server) from the arguments."""

from __future__ import annotations

import sys

CLI_COMMANDS = frozenset({"rooms", "participants", "call", "accounts", "kiosk"})
"""Sub-commands handled by the scripting CLI (no Qt is imported for them)."""


def _first_command(argv: list[str]) -> str | None:
    """The first word that is not an option or an option's value."""
    takes_value = {"--server", "--user", "--account", "--kiosk", "--log-level"}
    skip = False
    for word in argv:
        if skip:
            skip = False
            continue
        if word in takes_value:
            skip = True
            continue
        if word.startswith("-"):
            continue
        return word
    return None


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--version" in args:
        from . import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    command = _first_command(args)
    if command == "demo-server":
        from .demo_server.cli import main as demo_main

        args.remove("demo-server")
        return demo_main(args)
    if command in CLI_COMMANDS:
        from .cli import main as cli_main

        return cli_main(args)
    from .ui.bootstrap import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
