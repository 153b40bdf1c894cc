"""Errors that carry a message meant for the user (printed as one line, never a traceback)."""


class KangzhanError(Exception):
    """Base class: the message is a complete, user-facing sentence."""


class InputError(KangzhanError):
    """A source file cannot be read as text (missing, empty, binary, too large, undecodable)."""


class ValidationFailed(KangzhanError):
    """Data violates the SHACL shapes; `report` is the readable report."""

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report


class StoreError(KangzhanError):
    """The store cannot be opened, built or swapped."""
