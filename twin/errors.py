"""The one error type a user sees: a clear, one-line message, never a traceback."""


class TwinError(Exception):
    """A problem the user can fix (bad input, missing index, unknown model).

    The message is one line that names the file or thing and the problem; the CLI and the UI show it
    as is, without a traceback.
    """
