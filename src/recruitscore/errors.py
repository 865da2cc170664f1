"""Typed errors raised by recruitscore. Library code raises these; only the CLI prints them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["InputError", "ModelError", "RecruitscoreError", "naming"]


class RecruitscoreError(Exception):
    """Base class of every error recruitscore raises on purpose.

    The message is one line that a user can act on.
    """


class InputError(RecruitscoreError, ValueError):
    """The input (a message, a row, a file, a column) cannot be used."""


class ModelError(RecruitscoreError):
    """A model file is missing, unsafe, tampered with, or does not match this code."""


@contextmanager
def naming(target: str | os.PathLike[str]) -> Iterator[None]:
    """Let an :class:`OSError` raised inside name ``target``, the output the user gave, rather
    than the temporary file written beside it (keep the block to the temporary file's steps).

    Examples
    --------
    >>> try:
    ...     with naming("out.csv"):
    ...         raise PermissionError(13, "Permission denied", ".out.csv.1234.part")
    ... except OSError as exc:
    ...     print(exc.filename)
    out.csv
    """
    try:
        yield
    except OSError as exc:
        if exc.errno is not None and (exc.filename is None
                                      or os.fspath(exc.filename) != os.fspath(target)):
            raise OSError(exc.errno, exc.strerror, os.fspath(target)) from None
        raise
