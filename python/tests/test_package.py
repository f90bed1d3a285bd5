"""The package itself: version, bundled data, the command line and the README example."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

import sakip

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_version_matches_pyproject():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1) == sakip.__version__


def test_bundled_datasets_are_listed():
    assert sakip.datasets() == ["kajuara-2020", "polman-penyusunan-anggaran-2022"]


def test_cli_info_runs():
    out = subprocess.run([sys.executable, "-m", "sakip", "info"], check=True, capture_output=True, text=True).stdout
    assert f"sakip {sakip.__version__}" in out and "kajuara-2020" in out


def _readme_block(lang: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(rf"```{lang}\n(.*?)```", readme, re.DOTALL).group(1)


def test_readme_python_example_is_the_tested_file_and_runs():
    example = ROOT / "examples" / "readme.py"
    assert _readme_block("python") == example.read_text(encoding="utf-8")
    out = subprocess.run([sys.executable, str(example)], check=True, capture_output=True, text=True).stdout
    assert "96.36" in out


def test_readme_cpp_example_is_the_built_file():
    # examples/readme.cpp is compiled and run by CTest (example_readme).
    assert _readme_block("cpp") == (ROOT / "examples" / "readme.cpp").read_text(encoding="utf-8")
