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

from perfutils.pipeline import run_pipeline

# The module's fixture runs all nine notebooks (about 10 minutes on a quiet 2-core machine,
# twice that under load): more than the suite's per-test timeout allows.
pytestmark = pytest.mark.timeout(2700)


@pytest.fixture(scope="module")
def chain(tmp_path_factory, tiny_checkpoint) -> Path:
    runs = tmp_path_factory.mktemp("runs")
    return run_pipeline("smoke", run_id="chain", runs_dir=runs, progress=False)


def _metrics(run: Path, stem: str) -> dict:
    return json.loads((run / stem / "metrics.json").read_text())


def test_every_notebook_completed(chain):
    info = json.loads((chain / "run.json").read_text())
    statuses = {nb: rec["status"] for nb, rec in info["notebooks"].items()}
    assert statuses and all(s == "completed" for s in statuses.values()), statuses
    assert len(statuses) == len(list((Path(__file__).parents[1] / "notebooks").glob("[0-9][0-9]_*.ipynb")))


def test_collection_and_timing_wrote_datasets_and_cards(chain):
    card1 = json.loads((chain / "01_collect_data" / "data_card.json").read_text())
    assert card1["per_source"]["reference"] > 0 and card1["split"] == "train"
    card2 = json.loads((chain / "02_time_programs" / "data_card.json").read_text())
    assert card2["per_status"].get("ok", 0) > 0
    assert set(card2["pairs_per_kind"]) <= {"speed", "correctness"}
    sft = load_from_disk(str(chain / "02_time_programs" / "sft_dataset"))
    prefs = load_from_disk(str(chain / "02_time_programs" / "preference_dataset"))
    assert len(sft["train"]) > 0 and len(prefs["train"]) > 0
    assert {"prompt", "chosen", "rejected", "speedup", "kind"} <= set(prefs["train"].column_names)
    for ds in (sft, prefs):
        assert not set(ds["train"]["problem_id"]) & set(ds["validation"]["problem_id"])


def test_trainers_saved_adapters_and_metrics(chain):
    for stem, adapter in (("03_sft", "adapter"), ("05_rlpf", "adapter"), ("06_dpa", "adapter"),
                          ("06_dpa", "dpo_adapter")):
        assert (chain / stem / adapter / "adapter_config.json").is_file(), (stem, adapter)
    for stem in ("03_sft", "04_reward_model", "05_rlpf", "06_dpa"):
        assert _metrics(chain, stem)


def test_evaluation_reports_every_model_on_held_out_problems(chain):
    m = _metrics(chain, "07_evaluate")
    assert set(m["results"]) == {"serial", "omp"}
    assert set(m["results"]["serial"]) == {"base", "sft", "rlpf", "dpa", "dpo"}
    train = set(json.loads((chain / "01_collect_data" / "data_card.json").read_text())["problems"])
    assert not train & set(m["problems"]), "evaluation must use held-out problems"
    assert (chain / "07_evaluate" / "results.md").read_text().count("|") > 10
    assert (chain / "07_evaluate" / "speedup_pass.png").is_file()


def test_pareval_notebook_runs_the_fixture_and_flags_its_weak_validator(chain):
    m = _metrics(chain, "08_pareval")
    assert m["weak_validators"] == ["01_search_contains_value"] and m["broken_controls"] == []
    assert {"ours_all", "ours_sound", "pareval_all", "bootstrap"} <= set(m["tables"])
    assert m["models"] == "base, sft" and "CUDA" in m["skipped"]


def test_training_reproduces_bit_for_bit_from_the_same_data(chain):
    """03-05 again, in fresh kernels, on a copy of the chain's 00-02 (timings are measurements and
    may differ between runs; from the same data, training must not): the same adapters."""
    copy = chain.parent / "chain-again"
    for stem in ("00_base_model", "01_collect_data", "02_time_programs"):
        shutil.copytree(chain / stem, copy / stem)
    record = json.loads((chain / "run.json").read_text())
    record["notebooks"] = {stem: entry for stem, entry in record["notebooks"].items()
                           if stem[:2] in ("00", "01", "02")}
    (copy / "run.json").write_text(json.dumps(record))
    run_pipeline("smoke", run_id=copy.name, runs_dir=chain.parent, notebooks=["03", "04", "05"],
                 resume=True, progress=False)
    for adapter in ("03_sft/adapter", "04_reward_model/model", "05_rlpf/adapter"):
        weights = "adapter_model.safetensors"
        assert (copy / adapter / weights).read_bytes() == (chain / adapter / weights).read_bytes(), adapter
