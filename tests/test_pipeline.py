"""Tests of perfutils.pipeline: the real notebooks with the smoke preset, parameter checks,
failures and resume (on small notebooks written here, which run in seconds)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from perfutils.errors import UsageError
from perfutils.layout import RunLayout
from perfutils.pipeline import (NotebookFailedError, list_notebooks, list_presets, load_preset,
                                parse_overrides, preset_path, resolve_parameters, run_pipeline)


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory, tiny_checkpoint) -> Path:
    """The real first notebook, run once with the smoke preset into a temporary runs dir.

    Only 00: this tests the runner; the smoke run of the whole chain is the notebooks' own test.
    """
    runs = tmp_path_factory.mktemp("runs")
    return run_pipeline("smoke", run_id="smoke-test", runs_dir=runs, notebooks=["00"],
                        progress=False)


def test_smoke_run_writes_run_json_and_artifacts(smoke_run, repo_root):
    record = json.loads(RunLayout(smoke_run).record.read_text())
    assert record["status"] == "completed" and record["run_id"] == "smoke-test"
    assert record["preset"] == "smoke" and record["duration_s"] > 0
    assert record["git"]["revision"] is None or len(record["git"]["revision"]) == 40
    for package in ("torch", "transformers", "trl", "peft", "datasets", "perfutils"):
        assert record["packages"][package], package
    assert record["hardware"]["cpu_count"] >= 1 and record["hardware"]["memory_bytes"] > 0
    assert record["seed"]["00_base_model"] == 0

    assert list(record["notebooks"]) == ["00_base_model"]
    for stem, entry in record["notebooks"].items():
        assert entry["status"] == "completed" and entry["duration_s"] > 0
        assert entry["peak_rss_gib_so_far"] > 0.05  # the kernel (Python, torch) was counted
        assert entry["parameters"]["run_dir"] == str(smoke_run)
        assert entry["git"] == record["git"]  # each notebook records the revision that ran it
        executed = nbformat.read(smoke_run / entry["output"], as_version=4)
        assert any(cell.get("outputs") for cell in executed.cells)

    base = record["notebooks"]["00_base_model"]["parameters"]
    assert base["model_name"] == "tiny" and base["max_new_tokens"] == 8
    metrics = json.loads(RunLayout(smoke_run).base_model.metrics.read_text())
    assert metrics["model_name"] == "tiny" and metrics["new_tokens"] > 0
    assert metrics["tokens_per_second"] > 0 and "sumOfSquares" in metrics["prompt"]


def test_resume_skips_completed_notebooks(smoke_run):
    before = json.loads(RunLayout(smoke_run).record.read_text())
    mtimes = {stem: (smoke_run / e["output"]).stat().st_mtime_ns
              for stem, e in before["notebooks"].items()}

    run_pipeline("smoke", run_id="smoke-test", runs_dir=smoke_run.parent, notebooks=["00"],
                 resume=True, progress=False)

    after = json.loads(RunLayout(smoke_run).record.read_text())
    assert after["status"] == "completed"
    for stem, entry in after["notebooks"].items():
        assert entry["start"] == before["notebooks"][stem]["start"]
        assert (smoke_run / entry["output"]).stat().st_mtime_ns == mtimes[stem]


def test_existing_run_is_not_overwritten_without_resume(smoke_run):
    with pytest.raises(UsageError, match="already exists; pass --resume"):
        run_pipeline("smoke", run_id="smoke-test", runs_dir=smoke_run.parent, notebooks=["00"],
                     progress=False)


# --------------------------------------------------------------------------- parameter checks


def _write_preset(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "preset.yaml"
    path.write_text(text)
    return path


def test_key_that_no_notebook_declares_is_refused(tmp_path):
    preset = _write_preset(tmp_path, "common:\n  seed: 0\n  learning_rat: 0.1\n")
    with pytest.raises(UsageError) as raised:
        run_pipeline(preset, runs_dir=tmp_path / "runs", progress=False)
    message = str(raised.value)
    assert "'learning_rat'" in message and str(preset) in message and "00_base_model" in message
    assert not (tmp_path / "runs").exists()  # refused before anything ran


@pytest.mark.parametrize("text, expected", [
    ("00_base_model:\n  seed: 1\n  top_k: 5\n", "notebook 00_base_model does not declare it"),
    ("99_nothing:\n  seed: 1\n", "neither 'common' nor a notebook"),
    ("common:\n  run_dir: /tmp/x\n", "the runner sets it"),
    ("00_base_model:\n  max_new_tokens: many\n", "declared int, got 'many'"),
    ("common:\n  seed: true\n", "declared int, got a bool"),
    ("- just\n- a list\n", "must be a mapping of sections"),
])
def test_bad_presets_are_refused_with_a_clear_message(tmp_path, text, expected):
    with pytest.raises(UsageError, match=expected):
        run_pipeline(_write_preset(tmp_path, text), runs_dir=tmp_path / "runs", progress=False)


def test_bad_overrides_notebooks_and_presets_are_refused(tmp_path):
    runs = tmp_path / "runs"
    with pytest.raises(UsageError, match="--set has 'max_tokens'"):
        run_pipeline("smoke", runs_dir=runs, overrides=["00.max_tokens=3"], progress=False)
    with pytest.raises(UsageError, match="expected SECTION.KEY=VALUE"):
        run_pipeline("smoke", runs_dir=runs, overrides=["00.max_new_tokens"], progress=False)
    with pytest.raises(UsageError, match="no notebook '42'"):
        run_pipeline("smoke", runs_dir=runs, notebooks=["42"], progress=False)
    with pytest.raises(UsageError, match="available presets: .*smoke"):
        run_pipeline("nope", runs_dir=runs, progress=False)
    with pytest.raises(UsageError, match="run id"):
        run_pipeline("smoke", run_id="../escape", runs_dir=runs, progress=False)


def test_every_preset_resolves_against_the_notebooks():
    notebooks = list_notebooks()
    expected_models = {"smoke": "tiny", "cpu": "smollm2-135m-instruct",
                       "cpu-coder": "qwen2.5-coder-1.5b-instruct",
                       "gpu": "deepseek-ai/deepseek-coder-6.7b-base"}
    assert set(expected_models) <= set(list_presets())
    for preset in list_presets():
        path = preset_path(preset)
        merged = resolve_parameters(load_preset(path), str(path), notebooks)
        assert set(merged) == {nb.stem for nb in notebooks}
        if preset in expected_models:
            assert merged["00_base_model"]["model_name"] == expected_models[preset]


def test_override_precedence_and_yaml_values():
    notebooks = [nb for nb in list_notebooks() if nb.stem == "00_base_model"]
    preset = {"common": {"seed": 0}, "00_base_model": {"seed": 1, "max_new_tokens": 4}}
    assert resolve_parameters(preset, "p", notebooks)["00_base_model"]["seed"] == 1
    merged = resolve_parameters(preset, "p", notebooks,
                                parse_overrides(["seed=2", "00.do_sample=true"]))
    assert merged["00_base_model"] == {"seed": 2, "max_new_tokens": 4, "do_sample": True}
    merged = resolve_parameters(preset, "p", notebooks,
                                parse_overrides(["common.seed=2", "00_base_model.seed=3"]))
    assert merged["00_base_model"]["seed"] == 3


# --------------------------------------------------------------------------- failures, resume


def _write_notebook(path: Path, parameters: str, body: str) -> None:
    notebook = new_notebook(cells=[
        new_markdown_cell(f"# {path.stem}"),
        new_code_cell(parameters, metadata={"tags": ["parameters"]}),
        new_code_cell(body),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                "language": "python"}})
    nbformat.write(notebook, path)


@pytest.fixture
def two_notebooks(tmp_path) -> Path:
    """00 writes a value, 01 reads it (and fails on request): a chain like the real one."""
    folder = tmp_path / "notebooks"
    (folder / "params").mkdir(parents=True)
    _write_notebook(folder / "00_write_value.ipynb",
                    'run_dir: str = "."  # run folder\nvalue: int = 1  # what to write',
                    'from pathlib import Path\n'
                    '(Path(run_dir) / "00_write_value" / "value.txt").write_text(str(value))')
    _write_notebook(folder / "01_read_value.ipynb",
                    'run_dir: str = "."  # run folder\nfail: bool = False  # raise on purpose',
                    'from pathlib import Path\n'
                    'value = int((Path(run_dir) / "00_write_value" / "value.txt").read_text())\n'
                    'if fail:\n    raise RuntimeError(f"asked to fail after reading {value}")\n'
                    '(Path(run_dir) / "01_read_value" / "double.txt").write_text(str(2 * value))')
    (folder / "params" / "test.yaml").write_text("common: {}\n00_write_value:\n  value: 21\n")
    return folder


def test_failure_is_recorded_and_resume_reruns_only_what_is_needed(two_notebooks, tmp_path):
    runs = tmp_path / "runs"

    def run(*overrides: str) -> dict:
        run_pipeline("test", run_id="r", runs_dir=runs, notebook_dir=two_notebooks,
                     resume=True, overrides=list(overrides), progress=False)
        return json.loads(RunLayout(runs / "r").record.read_text())

    with pytest.raises(NotebookFailedError, match="01_read_value failed: RuntimeError: asked "
                       "to fail after reading 21.*--resume"):
        run("01.fail=true")
    failed = json.loads(RunLayout(runs / "r").record.read_text())
    assert failed["status"] == "failed"
    assert failed["notebooks"]["00_write_value"]["status"] == "completed"
    assert failed["notebooks"]["01_read_value"]["status"] == "failed"
    assert "asked to fail" in failed["notebooks"]["01_read_value"]["error"]
    layout = RunLayout(runs / "r")  # the report says so too, and links both notebooks as rendered
    report = layout.report.read_text()
    assert "asked to fail" in report and ">failed<" in report
    for stem in ("00_write_value", "01_read_value"):
        rendered = layout.rendered_notebook(stem)
        assert rendered.is_file() and f'href="{rendered.name}"' in report

    fixed = run()  # same parameters for 00, so only 01 runs again
    assert fixed["status"] == "completed"
    assert fixed["notebooks"]["00_write_value"]["start"] == failed["notebooks"]["00_write_value"]["start"]
    assert fixed["notebooks"]["01_read_value"]["status"] == "completed"
    assert (runs / "r" / "01_read_value" / "double.txt").read_text() == "42"

    changed = run("00.value=5")  # 00 changes, so 01 (which reads it) must run again too
    assert (runs / "r" / "01_read_value" / "double.txt").read_text() == "10"
    assert changed["notebooks"]["00_write_value"]["parameters"]["value"] == 5
    for stem in ("00_write_value", "01_read_value"):
        assert changed["notebooks"][stem]["start"] >= fixed["notebooks"][stem]["end"]


def test_run_killed_midway_resumes_and_leaves_no_kernel(two_notebooks, tmp_path):
    """``kill -9`` of the pipeline while a notebook runs: its kernel exits with it (no orphan
    that would go on writing into the run folder) and ``--resume`` finishes the run."""
    _write_notebook(two_notebooks / "01_read_value.ipynb", 'run_dir: str = "."  # run folder',
                    'import os, time\nfrom pathlib import Path\n'
                    'marker = Path(run_dir) / "01_read_value" / "kernel_pid.txt"\n'
                    'first_attempt = not marker.exists()\n'
                    'marker.write_text(str(os.getpid()))\n'
                    'if first_attempt:\n    time.sleep(300)  # killed here\n'
                    '(Path(run_dir) / "01_read_value" / "done.txt").write_text("ok")')
    runs = tmp_path / "runs"
    code = ("from perfutils.pipeline import run_pipeline; "
            f"run_pipeline('test', run_id='r', runs_dir={str(runs)!r}, "
            f"notebook_dir={str(two_notebooks)!r}, resume=True, progress=False)")
    marker = runs / "r" / "01_read_value" / "kernel_pid.txt"
    pipeline = subprocess.Popen([sys.executable, "-c", code], start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while not marker.exists() and time.time() < deadline and pipeline.poll() is None:
            time.sleep(0.2)
        assert marker.exists(), "notebook 01 never started"
        kernel_pid = int(marker.read_text())
    finally:
        os.kill(pipeline.pid, signal.SIGKILL)
        pipeline.wait()

    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            os.kill(kernel_pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.5)
    else:
        os.kill(kernel_pid, signal.SIGKILL)
        pytest.fail("the kernel outlived the killed pipeline")

    killed = json.loads(RunLayout(runs / "r").record.read_text())
    assert killed["notebooks"]["00_write_value"]["status"] == "completed"
    assert killed["notebooks"]["01_read_value"]["status"] == "running"  # no chance to record

    run_pipeline("test", run_id="r", runs_dir=runs, notebook_dir=two_notebooks, resume=True,
                 progress=False)
    resumed = json.loads(RunLayout(runs / "r").record.read_text())
    assert resumed["status"] == "completed"
    assert resumed["notebooks"]["00_write_value"]["start"] == killed["notebooks"]["00_write_value"]["start"]
    assert resumed["notebooks"]["01_read_value"]["status"] == "completed"
    assert (runs / "r" / "01_read_value" / "done.txt").read_text() == "ok"


def test_kernels_listen_on_unix_sockets_not_tcp_ports(tmp_path):
    """The kernel is local, so the pipeline connects to it over IPC: no plain-text TCP ports that
    other local users could listen on (and no ipykernel warning about them in the run's output)."""
    folder = tmp_path / "notebooks"
    (folder / "params").mkdir(parents=True)
    _write_notebook(folder / "00_transport.ipynb", 'run_dir: str = "."  # run folder',
                    'from pathlib import Path\nfrom ipykernel.connect import get_connection_info\n'
                    'info = get_connection_info(unpack=True)\n'
                    '(Path(run_dir) / "00_transport" / "transport.txt").write_text('
                    'info["transport"])')
    (folder / "params" / "test.yaml").write_text("common: {}\n")
    run_dir = run_pipeline("test", run_id="r", runs_dir=tmp_path / "runs", notebook_dir=folder,
                           progress=False)
    assert (run_dir / "00_transport" / "transport.txt").read_text() == "ipc"


def test_renamed_keys_are_refused_with_their_new_name(tmp_path):
    runs = tmp_path / "runs"
    with pytest.raises(UsageError, match="'k' in section '07_evaluate': it was renamed to "
                       "'samples_per_prompt', write 07_evaluate.samples_per_prompt instead"):
        run_pipeline("smoke", runs_dir=runs, overrides=["07_evaluate.k=4"], progress=False)
    with pytest.raises(UsageError, match="'num_generations' in section '05_rlpf': it was renamed"):
        run_pipeline(_write_preset(tmp_path, "05_rlpf:\n  num_generations: 8\n"), runs_dir=runs,
                     progress=False)
    assert not runs.exists()


def test_the_fields_of_a_notebooks_run_config_are_its_parameters():
    notebooks = list_notebooks()
    merged = resolve_parameters({"common": {"learning_rate": 1e-5},
                                 "03_sft": {"lora_r": 8, "warmup_steps": 2},
                                 "07_evaluate": {"top_p": 0.9, "samples_per_prompt": 3}}, "p", notebooks)
    assert merged["03_sft"] == {"learning_rate": 1e-5, "lora_r": 8, "warmup_steps": 2}
    assert merged["06_dpa"] == {"learning_rate": 1e-5} and merged["00_base_model"] == {}
    assert merged["07_evaluate"] == {"top_p": 0.9, "samples_per_prompt": 3}
    with pytest.raises(UsageError, match="'lora_r' for 03_sft is declared int, got 'eight'"):
        resolve_parameters({"03_sft": {"lora_r": "eight"}}, "p", notebooks)
    with pytest.raises(UsageError, match="notebook 03_sft does not declare it"):
        resolve_parameters({"03_sft": {"lora_rank": 8}}, "p", notebooks)
