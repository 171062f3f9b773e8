"""requirements.txt (the venv) and environment.yml (conda) pin the same packages."""

import re

from evalasn.paths import CODE_ROOT


def _pins(lines):
    return {m.group(1).lower().replace("_", "-"): m.group(2) for m in
            (re.match(r"^\s*-?\s*([A-Za-z0-9_.\-]+)==([^\s#]+)", line) for line in lines) if m}


def test_environment_yml_agrees_with_requirements():
    requirements = _pins((CODE_ROOT / "requirements.txt").read_text().splitlines())
    environment = _pins((CODE_ROOT / "environment.yml").read_text().splitlines())
    assert requirements, "requirements.txt pins nothing"
    assert requirements == environment


def test_the_named_packages_are_pinned():
    pins = _pins((CODE_ROOT / "requirements.txt").read_text().splitlines())
    for name in ("jupyterlab", "pandas", "seaborn", "statsmodels", "papermill", "nbconvert", "pyarrow", "openpyxl",
                 "weasyprint", "pytest", "pypdf", "ruff", "mypy", "pre-commit"):
        assert name in pins, f"{name} is not pinned in requirements.txt"


def test_every_declared_dependency_is_pinned_within_its_range():
    """pyproject.toml's dependencies (and the dev extra) are satisfied by requirements.txt's pins."""
    import tomllib

    from packaging.requirements import Requirement

    pins = _pins((CODE_ROOT / "requirements.txt").read_text().splitlines())
    project = tomllib.loads((CODE_ROOT / "pyproject.toml").read_text())["project"]
    declared = [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["dev"]]
    assert declared, "pyproject.toml declares no dependencies"
    for requirement in declared:
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{requirement} is declared in pyproject.toml but not pinned in requirements.txt"
        assert requirement.specifier.contains(pins[name]), f"pin {name}=={pins[name]} is outside {requirement}"
