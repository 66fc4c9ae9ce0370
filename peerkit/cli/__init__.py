"""The ``peerkit`` command: every subcommand, one module each.

``peerkit validate``, ``badges`` and ``clean-notebooks`` (:mod:`._main`), ``journal``
(:mod:`._journal`), ``app`` (:mod:`._app`), ``handouts`` (:mod:`._handouts`) and ``agenda``
(:mod:`._agenda`). Each prints plain English and never a traceback; ``python -m peerkit``
is the same command.
"""

from ._main import DEBUG_ENV, build_parser, main

__all__ = ["DEBUG_ENV", "build_parser", "main"]
