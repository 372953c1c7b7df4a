"""Errors that reach a user as one line, never as a traceback."""


class XlnewsError(Exception):
    """A problem with the user's input or setup, worded for the user.

    The CLI prints ``str(error)`` on one line and exits non-zero; library users catch it.
    """


class InputError(XlnewsError):
    """One input (a file, a record) cannot be turned into an article."""
