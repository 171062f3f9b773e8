"""The errors a user can fix, one family: shown as ``GALAT: <message>`` with no traceback.

Every other exception is a defect of the code (or of a library) and keeps its traceback: the
command line prints it and names the executed notebook, which shows it in context. A message says
what is wrong, where, and what to do, in Indonesian (it is read by the evaluator who runs make).
"""

from __future__ import annotations


class EvalasnError(Exception):
    """Something the user can fix; the message says what and how."""


class InputError(EvalasnError):
    """The input data (data/raw/, the pseudonym key) cannot be used as they are.

    ``evalasn.ingest.errors.InputError`` is the form that lists every contract violation."""


class ParameterError(EvalasnError):
    """A parameter (DINAS, TAHUN, BAHASA, AMBANG...) that cannot be used; one line listing the valid values."""


class InterventionError(ParameterError):
    """INTERVENSI matches no activity in the data (the message lists the themes that exist)."""


class StaleResultsError(EvalasnError):
    """Derived files (data/processed/, hasil.json) are missing or were made for other data, another
    year or an older schema; the message names the make command that rebuilds them."""


class BuildBusyError(EvalasnError):
    """Another build holds the lock of this checkout (evalasn.run.lock) and the command was asked not to
    wait for it (TUNGGU=0, --tanpa-tunggu)."""


class StageError(EvalasnError):
    """One of these errors raised inside a stage's notebook: the kernel sends the command line only
    the class name and the message, which it raises again as this class."""


# --- report configuration (report/config.py: config/laporan.yml, config/target.yml) -------------------
class ConfigError(EvalasnError):
    """A configuration value the user can fix: file, key, value and what was expected."""

    def __init__(self, file, key: str, value, expected: str):
        self.file, self.key, self.value, self.expected = file, key, value, expected
        super().__init__(f"{file}: kunci '{key}' bernilai {value!r}; yang diharapkan: {expected}")


class InterventionConfigError(ConfigError):
    """config/intervensi.yml cannot be read as a declaration of the intervention (a wrong key, year, value or
    design): file, key, value and what was expected."""


# --- evaluator cells of the report notebook (report/evaluator.py) ----------------------------------
class EvaluatorCellError(EvalasnError, ValueError):
    """An evaluator's cell asked the report for something it cannot show (an empty table, an empty
    figure, a column that identifies a person); the message says what to change in the cell."""


class EvaluatorFieldError(EvaluatorCellError, AttributeError):
    """An evaluator's cell asked ``hasil`` or ``data`` for a field or table that does not exist; the
    message lists those that do. Also an AttributeError, so hasattr() and getattr() with a default
    keep working on those objects."""


def user_error_names() -> frozenset[str]:
    """Class names of the whole family. A notebook's exception reaches the command line only as its
    class name (papermill's ``ename``), so this is how an error raised in a kernel is recognised."""
    found: set[str] = set()
    todo: list[type[EvalasnError]] = [EvalasnError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return frozenset(found)
