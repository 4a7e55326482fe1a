"""The whole chain 00-08 through papermill with the smoke preset, and what each notebook wrote.

Data come from references and variants (the tiny model writes nothing useful), so the chain has
pairs to train on; the numbers mean nothing, the plumbing does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from datasets import load_from_disk

from perfutils.generation import read_samples
from perfutils.layout import RunLayout
from perfutils.pipeline import run_pipeline

# The module's fixture runs all nine notebooks (about 10 minutes on a quiet 2-core machine,
# twice that under load): more than the suite's per-test timeout allows.
pytestmark = pytest.mark.timeout(2700)


@pytest.fixture(scope="module")
def chain(tmp_path_factory, tiny_checkpoint) -> Path:
    runs = tmp_path_factory.mktemp("runs")
    return run_pipeline("smoke", run_id="chain", runs_dir=runs, progress=False)


def test_every_notebook_completed(chain):
    info = json.loads(RunLayout(chain).record.read_text())
    statuses = {nb: rec["status"] for nb, rec in info["notebooks"].items()}
    assert statuses and all(s == "completed" for s in statuses.values()), statuses
    assert len(statuses) == len(list((Path(__file__).parents[1] / "notebooks").glob("[0-9][0-9]_*.ipynb")))


def test_the_run_report_links_every_executed_notebook_and_shows_the_results(chain):
    run = RunLayout(chain)
    report = run.report.read_text()
    for stem in json.loads(run.record.read_text())["notebooks"]:
        rendered = run.rendered_notebook(stem)
        assert rendered.is_file() and f'href="{rendered.name}"' in report, stem
    assert 'class="results"' in report and "not yet run" not in report
    assert f'src="{run.evaluate.results_plot.relative_to(chain).as_posix()}"' in report


def test_collection_and_timing_wrote_datasets_and_cards(chain):
    run = RunLayout(chain)
    card1 = json.loads(run.collect_data.data_card.read_text())
    assert card1["per_source"]["reference"] > 0 and card1["split"] == "train"
    card2 = json.loads(run.time_programs.data_card.read_text())
    assert card2["per_status"].get("ok", 0) > 0
    assert set(card2["pairs_per_kind"]) <= {"speed", "correctness"}
    sft = load_from_disk(str(run.time_programs.sft_dataset))
    prefs = load_from_disk(str(run.time_programs.preference_dataset))
    assert len(sft["train"]) > 0 and len(prefs["train"]) > 0
    assert {"prompt", "chosen", "rejected", "speedup", "kind"} <= set(prefs["train"].column_names)
    for ds in (sft, prefs):
        assert not set(ds["train"]["problem_id"]) & set(ds["validation"]["problem_id"])


def test_trainers_saved_adapters_and_metrics(chain):
    run = RunLayout(chain)
    for adapter in (run.sft.adapter, run.rlpf.adapter, run.dpa.adapter, run.dpa.dpo_adapter):
        assert (adapter / "adapter_config.json").is_file(), adapter
    for stage in (run.sft, run.reward_model, run.rlpf, run.dpa):
        assert json.loads(stage.metrics.read_text()), stage


def test_evaluation_reports_every_model_on_held_out_problems(chain):
    run = RunLayout(chain)
    m = json.loads(run.evaluate.metrics.read_text())
    assert set(m["results"]) == {"serial", "omp"}
    assert set(m["results"]["serial"]) == {"base", "sft", "control", "rlpf", "dpa", "dpo"}
    train = set(json.loads(run.collect_data.data_card.read_text())["problems"])
    assert not train & set(m["problems"]), "evaluation must use held-out problems"
    assert run.evaluate.results_markdown.read_text().count("|") > 10
    assert run.evaluate.results_plot.is_file()


def test_pareval_notebook_runs_the_fixture_and_flags_its_weak_validator(chain):
    m = json.loads(RunLayout(chain).pareval.metrics.read_text())
    assert m["weak_validators"] == ["01_search_contains_value"] and m["broken_controls"] == []
    assert {"ours_all", "ours_sound", "pareval_all", "bootstrap"} <= set(m["tables"])
    assert m["models"] == "base, sft" and "CUDA" in m["skipped"]


def test_training_reproduces_bit_for_bit_from_the_same_data(chain):
    """03-05 again, in fresh kernels, on a copy of the chain's 00-02 (timings are measurements and
    may differ between runs; from the same data, training must not): the same adapters."""
    run, copy = RunLayout(chain), RunLayout(chain.parent / "chain-again")
    for source, target in ((run.base_model, copy.base_model), (run.collect_data, copy.collect_data),
                           (run.time_programs, copy.time_programs)):
        shutil.copytree(source.path, target.path)
    record = json.loads(run.record.read_text())
    record["notebooks"] = {stem: entry for stem, entry in record["notebooks"].items()
                           if stem[:2] in ("00", "01", "02")}
    copy.record.write_text(json.dumps(record))
    run_pipeline("smoke", run_id=copy.root.name, runs_dir=chain.parent, notebooks=["03", "04", "05"],
                 resume=True, progress=False)
    weights = "adapter_model.safetensors"
    for first, again in ((run.sft.adapter, copy.sft.adapter), (run.reward_model.model, copy.reward_model.model),
                         (run.rlpf.adapter, copy.rlpf.adapter)):
        assert (again / weights).read_bytes() == (first / weights).read_bytes(), first


def test_publish_copies_the_results_and_bf16_adapters_that_07_evaluates_again(chain, tmp_path):
    """`perfutils publish`: what results/<run-id>/ gets, and that a copy of it under a runs folder
    is a run folder notebook 07 evaluates the published adapters from."""
    import torch
    from safetensors.torch import load_file

    from perfutils.errors import UsageError
    from perfutils.publish import publish_run

    run = RunLayout(chain)
    out = publish_run(chain, tmp_path / "published")
    assert (out / "07_evaluate" / "alignment.csv").read_text() == run.evaluate.alignment.read_text()
    timed = [json.loads(line) for line in (out / "02_time_programs" / "timed_candidates.jsonl").open()]
    assert len(timed) == len(load_from_disk(str(run.time_programs.timed_candidates)))
    assert {"code", "status", "speedup"} <= set(timed[0])
    assert not list(out.rglob("results.jsonl")) and not list(out.rglob("checkpoint-*"))  # stores, checkpoints
    published = {p.parent.relative_to(out).as_posix() for p in out.rglob("adapter_model.safetensors")}
    assert published == {"06_dpa/adapter", "03_sft/control_adapter"}  # 07's primary and control
    for folder in published:
        original = load_file(str(chain / folder / "adapter_model.safetensors"))
        halved = load_file(str(out / folder / "adapter_model.safetensors"))
        assert original.keys() == halved.keys() and all(t.dtype == torch.bfloat16 for t in halved.values())
        for name, tensor in original.items():
            assert torch.allclose(halved[name].float(), tensor.float(), rtol=1e-2, atol=1e-6), name
    with pytest.raises(UsageError, match="above"):  # refused before anything is written
        publish_run(chain, tmp_path / "too-large", max_adapter_mb=1e-4)
    assert not list((tmp_path / "too-large").rglob("adapter_model.safetensors"))
    record_text = (out / "run.json").read_text()
    assert str(chain) not in record_text and str(Path(__file__).parents[1]) not in record_text
    manifest = (out / "MANIFEST.md").read_text()
    for path in out.rglob("*"):
        if path.is_file() and path.name != "MANIFEST.md":
            assert f"`{path.relative_to(out).as_posix()}`" in manifest, path

    again = RunLayout(tmp_path / "runs" / "again")
    shutil.copytree(out, again.root)
    run_pipeline("smoke", run_id="again", runs_dir=again.root.parent, notebooks=["07"], resume=True,
                 overrides=["07_evaluate.models=[base,control,dpa]"], progress=False)
    metrics = json.loads(again.evaluate.metrics.read_text())
    assert set(metrics["results"]["serial"]) == {"base", "control", "dpa"}


# --------------------------------------------------------------------------- resume


def _copy_of(chain: Path, name: str) -> RunLayout:
    shutil.copytree(chain, chain.parent / name)
    return RunLayout(chain.parent / name)


def _entry(run: RunLayout, stem: str) -> dict:
    return json.loads(run.record.read_text())["notebooks"][stem]


def _resume(run: RunLayout, notebook: str, *overrides: str) -> None:
    run_pipeline("smoke", run_id=run.root.name, runs_dir=run.root.parent, notebooks=[notebook], resume=True,
                 overrides=list(overrides), progress=False)


def _killed(run: RunLayout, stem: str) -> None:
    """What run.json says of a notebook whose kernel was killed: still running."""
    record = json.loads(run.record.read_text())
    record["notebooks"][stem]["status"] = "running"
    run.record.write_text(json.dumps(record))


def _drawn(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("batch_seconds", "batch_new_tokens")} for r in records]


def test_a_killed_03_resumes_from_its_checkpoint(chain):
    run = _copy_of(chain, "killed-03")
    checkpoints = sorted(run.sft.checkpoints.glob("checkpoint-*"))
    assert [p.name for p in checkpoints] == ["checkpoint-1", "checkpoint-2"]
    shutil.rmtree(checkpoints[-1])  # killed during step 2: neither its checkpoint nor the adapter came
    shutil.rmtree(run.sft.adapter)
    _killed(run, run.sft.stem)
    _resume(run, "03")
    metrics = json.loads(run.sft.metrics.read_text())
    assert (metrics["resumed_from_step"], metrics["steps"]) == (1, 2)
    assert _entry(run, run.sft.stem)["set_aside"] == [] and not list(run.sft.path.glob("*.stale-*"))


def test_a_killed_07_resumes_with_every_sample_and_result(chain):
    run = _copy_of(chain, "killed-07")
    samples = run.evaluate.samples("base")
    # The tiny model writes no runnable code, so the store may be empty (and then not exist).
    stored = run.evaluate.results
    whole, results = read_samples(samples), stored.read_text() if stored.exists() else None
    lines = samples.read_text().splitlines(keepends=True)
    assert len(lines) == 8  # 4 prompts x 2 samples, 2 prompts a batch
    samples.write_text("".join(lines[:5]) + lines[5][:30])  # killed while writing the second batch
    _killed(run, run.evaluate.stem)
    _resume(run, "07")
    assert _drawn(read_samples(samples)) == _drawn(whole)
    assert (stored.read_text() if stored.exists() else None) == results  # no result run again
    assert _entry(run, run.evaluate.stem)["set_aside"] == []


def test_a_changed_learning_rate_trains_03_from_step_0_and_says_why(chain):
    run = _copy_of(chain, "other-lr")
    _resume(run, "03", "03_sft.learning_rate=0.001")
    metrics = json.loads(run.sft.metrics.read_text())
    assert (metrics["resumed_from_step"], metrics["steps"]) == (0, 2)
    events = _entry(run, run.sft.stem)["set_aside"]  # SFT's checkpoints and its control arm's
    assert sorted(e["work"] for e in events) == ["03_sft/checkpoints", "03_sft/control_checkpoints"]
    for event in events:
        assert "learning_rate 'default' -> 0.001" in event["why"]
        assert (run.root / event["moved_to"] / "checkpoint-2").is_dir()
        assert event["why"] in run.executed_notebook(run.sft.stem).read_text()  # the notebook says so


def test_a_changed_temperature_reuses_no_sample_of_07(chain):
    run = _copy_of(chain, "other-temperature")
    before = sorted(p.name for p in run.evaluate.path.glob("samples_*.jsonl"))
    assert len(before) == 6
    _resume(run, "07", "07_evaluate.temperature=0.7", "07_evaluate.models=[base]")
    events = _entry(run, run.evaluate.stem)["set_aside"]
    assert sorted(e["work"] for e in events) == [f"07_evaluate/{name}" for name in before]
    assert all("temperature 'default' -> 0.7" in e["why"] for e in events)
    records = read_samples(run.evaluate.samples("base"))
    assert len(records) == 8 and all(r["settings"]["temperature"] == 0.7 for r in records)
