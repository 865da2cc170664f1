"""Typed errors raised by recruitscore. Library code raises these; only the CLI prints them."""

from __future__ import annotations

import decimal
import numbers
import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["InputError", "ModelError", "RecruitscoreError", "check_threshold_arg", "naming"]


class RecruitscoreError(Exception):
    """Base class of every error recruitscore raises on purpose.

    The message is one line that a user can act on.

    Examples
    --------
    >>> import recruitscore as rs
    >>> try:
    ...     rs.load_model("/nonexistent/model.npz")
    ... except rs.RecruitscoreError as exc:
    ...     print(type(exc).__name__, "-", str(exc).split(" (")[0])
    ModelError - model file not found: /nonexistent/model.npz
    """


class InputError(RecruitscoreError, ValueError):
    """The input (a message, a row, a file, a column) cannot be used.

    Examples
    --------
    >>> import recruitscore as rs
    >>> try:
    ...     rs.score("hi", message="hello")
    ... except rs.InputError as exc:
    ...     print(exc)
    the message is given twice: as text and as message=
    """


class ModelError(RecruitscoreError):
    """A model file is missing, unsafe, tampered with, or does not match this code.

    Examples
    --------
    >>> import recruitscore as rs
    >>> issubclass(rs.ModelError, rs.RecruitscoreError)
    True
    """


def check_threshold_arg(threshold: float | None) -> float | None:
    """A threshold given to an API: ``None`` (the model's), or a number in [0, 1]; anything
    else (NaN, 2.0, -1) is an :class:`InputError`, since it would silence or raise every alert.

    Examples
    --------
    >>> check_threshold_arg(0.7), check_threshold_arg(None)
    (0.7, None)
    >>> import numpy as np
    >>> check_threshold_arg(np.float32(0.5))
    0.5
    >>> check_threshold_arg(float("nan"))
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: threshold must be between 0 and 1, got nan
    """
    if threshold is None:
        return None
    value = None
    # a real number: numpy's, a Fraction or a Decimal too (review27); not a bool (numpy's is
    # not numbers.Real), text or a complex of any kind; not 10**400 (review28, review29)
    if isinstance(threshold, (numbers.Real, decimal.Decimal)) and not isinstance(threshold,
                                                                                  bool):
        try:
            value = float(threshold)
        except (TypeError, ValueError, OverflowError):
            value = None
    if value is None or not 0.0 <= value <= 1.0:
        raise InputError(f"threshold must be between 0 and 1, got {threshold!r}")
    return value


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
