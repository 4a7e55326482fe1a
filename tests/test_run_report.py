"""The run report (perfutils.run_report): index.html of a run folder, read as HTML and opened in
headless Chromium.

The run folder here is made cheaply but from real parts: run.json as the pipeline writes it,
small executed notebooks, 07's results written and plotted by perfutils.report, 03's training
curves. The smoke chain (test_chain_smoke.py) checks the report of a real run.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from perfutils.cli import main
from perfutils.layout import RunLayout
from perfutils.metrics import summarize
from perfutils.report import plot_results, plot_training_curves, results_table, write_results
from perfutils.run_report import write_run_report
from test_metrics import make_samples  # tests/ is on sys.path under pytest

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed, so the report is not opened in a browser "
    "(scripts/setup.sh installs the Debian package chromium where it can; sudo apt-get install chromium)")


class Page(HTMLParser):
    """What a test reads from a page: images, links and the cells of each table by class."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.images: list[dict[str, str]] = []
        self.links: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.text: list[str] = []
        self._table: list[list[str]] | None = None
        self._cell: list[str] | None = None
        self._in_code = False  # script and style: not text a reader sees
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = dict(attrs)
        self._in_code = tag in ("script", "style")
        if tag == "img":
            self.images.append(attrs)
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        elif tag == "table":
            self._table = self.tables.setdefault(attrs.get("class", ""), [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        self._in_code = False
        if tag in ("td", "th") and self._cell is not None and self._table:
            self._table[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._in_code:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _executed_notebook(path: Path, title: str, image: Path | None = None) -> None:
    """A notebook as papermill leaves it: a parameters cell and a cell with outputs."""
    outputs = [new_output("stream", name="stdout", text=f"{title}: done\n")]
    if image is not None:
        outputs.append(new_output("display_data", data={"image/png": base64.b64encode(image.read_bytes()).decode(),
                                                        "text/plain": "<Figure>"}))
    notebook = new_notebook(cells=[
        new_markdown_cell(f"# {title}"),
        new_code_cell('run_dir = "."', metadata={"tags": ["parameters"]}, execution_count=1),
        new_code_cell(f"print('{title}: done')", outputs=outputs, execution_count=2),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(notebook, path)


@pytest.fixture
def run_folder(tmp_path) -> RunLayout:
    """A run of 00, 03 and 07 that completed (07 found dpa 2x faster than base on serial code)."""
    run = RunLayout(tmp_path / "run")
    for folder in (run.base_model, run.sft, run.evaluate):
        folder.create()
    samples = pd.concat([
        make_samples([("p1", "sort", "serial", "ok", 1.0, 1), ("p2", "scan", "serial", "wrong_answer", float("nan"), 1),
                      ("p1", "sort", "omp", "ok", 2.0, 2), ("p2", "scan", "omp", "compile_error", float("nan"), 2)],
                     model="base"),
        make_samples([("p1", "sort", "serial", "ok", 2.0, 1), ("p2", "scan", "serial", "ok", 1.5, 1),
                      ("p1", "sort", "omp", "ok", 3.0, 2), ("p2", "scan", "omp", "wrong_answer", float("nan"), 2)],
                     model="dpa"),
    ], ignore_index=True)
    table = results_table(summarize(samples, by=("model", "parallelism")), ["base", "dpa"])
    write_results(table, summarize(samples, by=("model", "parallelism", "problem_type")), run.evaluate)
    plot_results(table, run.evaluate.results_plot)
    plot_training_curves({"sft": [{"step": 1, "loss": 2.0}, {"step": 2, "loss": 1.2}]}, ["loss"], "SFT",
                         run.sft.curves)
    _executed_notebook(run.executed_notebook(run.base_model.stem), "base model")
    _executed_notebook(run.executed_notebook(run.sft.stem), "SFT", image=run.sft.curves)
    _executed_notebook(run.executed_notebook(run.evaluate.stem), "evaluate", image=run.evaluate.results_plot)

    def entry(stem: str, start: str, seconds: float, peak: float) -> dict:
        return {"parameters": {"seed": 0, "run_dir": str(run.root)}, "status": "completed", "start": start,
                "end": None, "duration_s": seconds, "output": f"{stem}.ipynb", "artifacts": f"{stem}/",
                "error": None, "peak_rss_gib_so_far": peak, "set_aside": []}

    record = {"run_id": "report-test", "preset": "smoke", "overrides": {}, "status": "completed",
              "start": "2026-12-07T10:00:00+00:00", "end": "2026-12-07T10:05:00+00:00", "duration_s": 300.0,
              "git": {"revision": "0123456789abcdef0123456789abcdef01234567", "dirty": False},
              "packages": {"torch": "2.13.0+cpu", "vllm": None},
              "hardware": {"cpu_model": "AMD EPYC", "cpu_usable": 2, "memory_bytes": 24 * 2**30, "gpus": []},
              "python": "3.11.7",
              "notebooks": {run.base_model.stem: entry(run.base_model.stem, "2026-12-07T10:00:00+00:00", 20, 0.4),
                            run.sft.stem: entry(run.sft.stem, "2026-12-07T10:01:00+00:00", 130, 7.5),
                            run.evaluate.stem: entry(run.evaluate.stem, "2026-12-07T10:03:00+00:00", 90, 7.5)}}
    run.record.write_text(json.dumps(record, indent=2))
    return run


def _plots(run: RunLayout) -> set[str]:
    return {path.relative_to(run.root).as_posix() for path in (run.evaluate.results_plot, run.sft.curves)}


def test_the_report_shows_the_run_every_notebook_the_results_and_every_plot(run_folder):
    run = run_folder
    page = Page(write_run_report(run.root).read_text())
    text = " ".join(page.text)
    assert "0123456789abcdef0123456789abcdef01234567" in text and "smoke" in text
    assert "7.5 GiB (reached in 03_sft)" in text and "5.0 min" in text and "AMD EPYC, 2 cores, 24 GiB" in text
    notebooks = {row[0]: row for row in page.tables["notebooks"][1:]}
    assert list(notebooks) == [run.base_model.stem, run.sft.stem, run.evaluate.stem]
    for stem, row in notebooks.items():
        assert row[1] == "completed"
        rendered = run.rendered_notebook(stem)
        assert rendered.name in page.links and run.executed_notebook(stem).name in page.links
        assert "done" in rendered.read_text()  # nbconvert rendered its outputs
    assert "2.2 min" in notebooks[run.sft.stem] and "7.5 GiB" in notebooks[run.sft.stem]
    header, *rows = page.tables["results"]
    assert {"model", "parallelism", "pass@1", "expected_speedup"} <= set(header)
    assert sorted((row[0], row[1]) for row in rows) == [("base", "omp"), ("base", "serial"),
                                                         ("dpa", "omp"), ("dpa", "serial")]
    assert {image["src"] for image in page.images} == _plots(run)
    assert run.evaluate.results_table.relative_to(run.root).as_posix() in page.links


def test_results_not_yet_run_and_a_failed_notebook_say_so(run_folder):
    run = run_folder
    for path in run.evaluate.path.iterdir():
        path.unlink()
    record = json.loads(run.record.read_text())
    record["notebooks"][run.evaluate.stem].update(status="failed", error="RuntimeError: out of memory")
    run.record.write_text(json.dumps(record))
    page = Page(write_run_report(run.root).read_text())
    text = " ".join(page.text)
    assert "not yet run" in text and "RuntimeError: out of memory" in text
    assert "results" not in page.tables
    assert {image["src"] for image in page.images} == {run.sft.curves.relative_to(run.root).as_posix()}


def test_a_notebook_is_rendered_again_only_when_it_ran_again(run_folder):
    run = run_folder
    write_run_report(run.root)
    rendered = {stem: run.rendered_notebook(stem).stat().st_mtime_ns for stem in json.loads(run.record.read_text())["notebooks"]}
    _executed_notebook(run.executed_notebook(run.sft.stem), "SFT again")
    write_run_report(run.root)
    assert "SFT again" in run.rendered_notebook(run.sft.stem).read_text()
    assert run.rendered_notebook(run.base_model.stem).stat().st_mtime_ns == rendered[run.base_model.stem]


def test_the_command_line_writes_the_report_and_refuses_a_folder_that_is_no_run(run_folder, tmp_path, capsys):
    assert main(["report", str(run_folder.root)]) == 0
    assert run_folder.report.is_file() and str(run_folder.report) in capsys.readouterr().out
    assert main(["report", str(tmp_path / "nothing")]) == 2
    assert "is no run folder" in capsys.readouterr().err


# --------------------------------------------------------------------------- in a browser


def browser_dom(page: Path, profile: Path) -> Page:
    """The page's DOM after Chromium loaded it (and ran its scripts), headless."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", f"--user-data-dir={profile}", "--virtual-time-budget=10000",
               "--dump-dom", page.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and "<body" in result.stdout, result.stderr[-3000:]
    return Page(result.stdout)


@needs_chromium
def test_the_report_renders_its_table_and_plots_in_chromium(run_folder, tmp_path):
    from PIL import Image

    run = run_folder
    dom = browser_dom(write_run_report(run.root), tmp_path / "profile")
    header, *rows = dom.tables["results"]
    assert "pass@1" in header and len(rows) == 4
    shown = {image["src"]: image for image in dom.images}
    assert set(shown) == _plots(run)
    for src, image in shown.items():
        # Chromium decoded the file: the width it reports is the PNG's own.
        assert image.get("data-loaded") == "true", src
        assert int(image["data-width"]) == Image.open(run.root / src).width, src
    assert "this plot could not be loaded" not in " ".join(dom.text)


@needs_chromium
def test_chromium_shows_a_broken_plot_as_broken(run_folder, tmp_path):
    run = run_folder
    run.sft.curves.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not an image" * 10)
    dom = browser_dom(write_run_report(run.root), tmp_path / "profile")
    loaded = {image["src"]: image.get("data-loaded") for image in dom.images}
    assert loaded == {run.evaluate.results_plot.relative_to(run.root).as_posix(): "true",
                      run.sft.curves.relative_to(run.root).as_posix(): "false"}
    assert "this plot could not be loaded" in " ".join(dom.text)
