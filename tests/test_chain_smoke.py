"""The whole chain 00-07 through papermill with the smoke preset, and what each notebook wrote.

Data come from references and variants (the tiny model writes nothing useful), so the chain has
pairs to train on; the numbers mean nothing, the plumbing does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from datasets import load_from_disk

from perfutils.layout import RunLayout
from perfutils.pipeline import run_pipeline

# The module's fixture runs all eight notebooks (about 10 minutes on a quiet 2-core machine,
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
    assert set(m["results"]["serial"]) == {"base", "sft", "rlpf", "dpa", "dpo"}
    train = set(json.loads(run.collect_data.data_card.read_text())["problems"])
    assert not train & set(m["problems"]), "evaluation must use held-out problems"
    assert run.evaluate.results_markdown.read_text().count("|") > 10
    assert run.evaluate.results_plot.is_file()


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
