"""Typed errors raised by recruitscore. Library code raises these; only the CLI prints them."""

from __future__ import annotations

__all__ = ["InputError", "ModelError", "RecruitscoreError"]


class RecruitscoreError(Exception):
    """Base class of every error recruitscore raises on purpose.

    The message is one line that a user can act on.
    """


class InputError(RecruitscoreError, ValueError):
    """The input (a message, a row, a file, a column) cannot be used."""


class ModelError(RecruitscoreError):
    """A model file is missing, unsafe, tampered with, or does not match this code."""
