"""The ``scaleplan`` command. Headless subcommands never import Qt.

Exit codes (gui.cli.common): 0 success, 2 bad input (the message names the field or file and what is
allowed), 3 an output could not be written, 1 unexpected error (no traceback unless ``--debug``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, Protocol

from . import accelerators, alternatives, fit, laws, new, plan, report, screenshot
from .common import EXIT_BAD_INPUT, EXIT_CANNOT_WRITE, EXIT_ERROR, EXIT_OK


class Command(Protocol):
    """A command's module: ``add_parser(sub)`` declares its arguments, ``run(args)`` returns the exit code."""

    def add_parser(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...
    def run(self, args: argparse.Namespace) -> int: ...


#: one module per command
COMMANDS: dict[str, Command] = {"plan": plan, "alternatives": alternatives, "new": new, "fit": fit,
                                "report": report, "laws": laws, "accelerators": accelerators,
                                "screenshot": screenshot}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's default exit code 2 is also ours: bad input
        self.print_usage(sys.stderr)
        print(f"scaleplan: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    from engine import __version__

    p = _Parser(prog="scaleplan", description="Plan large language-model training runs.")
    p.add_argument("--version", action="version", version=f"scaleplan {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    p.add_argument("--lang", choices=("en", "ja"), help="language of the window (default: as last chosen, "
                   "else the system's)")
    p.add_argument("--smoke-test", action="store_true",
                   help="check offscreen that this build works (engine, Qt, Japanese font, window, PNG); exit 0 if so")
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = p.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser)

    for module in COMMANDS.values():
        module.add_parser(sub)
    return p


#: the top-level options that take a value (the word after them is not a file)
_VALUED = ("--lang",)


def _file_position(argv: Sequence[str]) -> int | None:
    """Where a scenario file to open in the window stands among the top-level arguments: the first word that
    is neither an option, an option's value nor a command; None when a command comes first (or no word)."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            return i + 1 if i + 1 < len(argv) else None
        if word in _VALUED:
            i += 2
        elif word.startswith("-") and word != "-":
            i += 1
        else:
            return None if word in COMMANDS else i
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    file_to_open = None
    at = _file_position(args_list)
    if at is not None:  # `scaleplan FILE`, `scaleplan --lang ja FILE`: the window on FILE
        file_to_open = args_list[at]
        args = parser.parse_args(args_list[:at] + args_list[at + 1:])
    else:
        args = parser.parse_args(args_list)
    try:
        if args.smoke_test:
            from gui.app.smoke import run as smoke_test

            return smoke_test()
        if args.command is None:
            from gui.app.start import run_gui

            if file_to_open is not None and not Path(file_to_open).exists():
                from engine import ScenarioError

                raise ScenarioError(file_to_open, "is not a command nor an existing scenario file",
                                    "a command (" + ", ".join(COMMANDS) + ") or a .scaleplan.json file")

            return run_gui(file_to_open, args.lang)
        return COMMANDS[args.command].run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `scaleplan laws | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        from engine import ScenarioError

        if isinstance(exc, ScenarioError):
            print(f"scaleplan: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(exc, OSError) and not args.debug:  # inputs are read as ScenarioError: this is an output
            where = f" {exc.filename}" if exc.filename else ""
            print(f"scaleplan: could not write{where}: {exc.strerror or exc} (any file it would have replaced is "
                  "unchanged)", file=sys.stderr)
            return EXIT_CANNOT_WRITE
        if args.debug:
            raise
        print(f"scaleplan: unexpected error: {type(exc).__name__}: {exc}\n"
              "(run again with --debug for the details)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
