"""One exception tree. Messages name files, records, fields and YAML paths; never values."""


class MinimizeError(Exception):
    """Root of every error the tool raises on purpose; the CLI prints it as one line."""


class PolicyError(MinimizeError):
    """The policy or job spec is wrong; the message names the YAML path and the fix."""


class SecretKeyError(MinimizeError):
    """The secret key is missing, too short or unreadable."""


class DetectionError(MinimizeError):
    """Detection could not be set up or failed for a batch."""


class OperatorError(MinimizeError):
    """An operator could not transform a value (message never holds the value)."""


class InputError(MinimizeError):
    """An input path, file or record cannot be read."""


class OutputError(MinimizeError):
    """The output folder cannot be written (exists, not empty, incomplete ...)."""



