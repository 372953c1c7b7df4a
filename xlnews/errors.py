"""Errors that reach a user as one line, never as a traceback."""

import os


class XlnewsError(Exception):
    """A problem with the user's input or setup, worded for the user.

    The CLI prints ``str(error)`` on one line and exits non-zero; library users catch it.
    """


class InputError(XlnewsError):
    """One input (a file, a record) cannot be turned into an article."""


def show_tracebacks() -> bool:
    """Whether an unexpected failure should be raised with its traceback (``XLNEWS_DEBUG`` set)
    rather than told in one line."""
    return bool(os.environ.get("XLNEWS_DEBUG"))


def one_record_failed(where: str, doing: str, exc: Exception) -> str:
    """The error line of a record that an unexpected failure (a bug, a model's runtime error) stopped,
    so that a batch reports it and goes on with the rest. With ``XLNEWS_DEBUG`` set the failure is
    raised instead, for its traceback."""
    if show_tracebacks():
        raise exc
    return f"{where}: internal error while {doing} ({type(exc).__name__}: {exc}); set XLNEWS_DEBUG=1 for the traceback"
