"""The map of a run folder (perfutils.layout): consistent, complete, and the map run folders made
before it was written still follow, so notebook 07 reads them."""

from __future__ import annotations

from perfutils.layout import STAGES, RunLayout, check_layout, describe_layout
from perfutils.pipeline import list_notebooks

# Every path the notebooks wrote before perfutils.layout existed (commit 3ba2dcc; checked against
# the smoke chain's run folder at that commit, inside checkpoints and datasets left out).
RUN_FOLDER_BEFORE_THE_MAP = """
run.json 00_base_model.ipynb 01_collect_data.ipynb 02_time_programs.ipynb 03_sft.ipynb
04_reward_model.ipynb 05_rlpf.ipynb 06_dpa.ipynb 07_evaluate.ipynb
00_base_model/metrics.json
01_collect_data/samples.jsonl 01_collect_data/candidates 01_collect_data/data_card.json
01_collect_data/counts.png
02_time_programs/results.jsonl 02_time_programs/timed_candidates 02_time_programs/sft_dataset
02_time_programs/preference_dataset 02_time_programs/data_card.json
02_time_programs/timing_overview.png 02_time_programs/noise_study.json
02_time_programs/noise_study.png 02_time_programs/metrics.json
03_sft/checkpoints 03_sft/adapter 03_sft/curves.png 03_sft/metrics.json
04_reward_model/checkpoints 04_reward_model/model 04_reward_model/curves.png
04_reward_model/accuracy_by_speedup.png 04_reward_model/metrics.json
05_rlpf/checkpoints 05_rlpf/adapter 05_rlpf/rewards.jsonl 05_rlpf/curves.png 05_rlpf/metrics.json
06_dpa/checkpoints/dpa 06_dpa/checkpoints/dpo 06_dpa/adapter 06_dpa/dpo_adapter 06_dpa/curves.png
06_dpa/metrics.json
07_evaluate/samples_base.jsonl 07_evaluate/samples_dpo.jsonl 07_evaluate/results.jsonl
07_evaluate/samples.csv 07_evaluate/results.csv 07_evaluate/results.md 07_evaluate/by_type.csv
07_evaluate/bootstrap.csv 07_evaluate/speedup_pass.png 07_evaluate/heatmap_by_type.png
07_evaluate/metrics.json
""".split()
# What notebook 08 wrote before it joined the map (commit d89debd).
PAREVAL_BEFORE_THE_MAP = ("results.jsonl", "audit_results.jsonl", "samples.csv", "audit.csv", "results.md",
                          "metrics.json")


def test_every_numbered_notebook_has_a_folder_in_the_map_and_the_map_is_consistent():
    assert [nb.stem for nb in list_notebooks()] == [stage.stem for stage in STAGES]
    assert check_layout() == []
    assert all(stage.stem in describe_layout() for stage in STAGES)


def test_the_map_finds_what_runs_before_it_wrote(tmp_path):
    run = RunLayout(tmp_path)
    mapped = {run.record, *(run.executed_notebook(stage.stem) for stage in STAGES),
              run.dpa.checkpoints("dpa"), run.dpa.checkpoints("dpo"),
              run.evaluate.samples("base"), run.evaluate.samples("dpo")}
    for folder in run:
        mapped |= {getattr(folder, artifact.name) for artifact in folder.artifacts()
                   if "{" not in artifact.relative}
    mapped.discard(run.collect_data.metrics)  # 01 writes a metrics file since the map
    mapped -= {folder.resume_record for folder in run}  # and resumable work records its origin
    # the on-policy data (more samples where a first one was correct) and SFT's control arm came later
    mapped -= {run.collect_data.validation, run.collect_data.more_samples, run.time_programs.control_sft_dataset,
               run.sft.control_checkpoints, run.sft.control_adapter}
    mapped -= {run.evaluate.alignment, run.evaluate.movement}  # so did 07's primary comparison
    # 08 (ParEval) joined the map later; it writes the names it wrote before.
    mapped -= {run.pareval.path / name for name in PAREVAL_BEFORE_THE_MAP}
    mapped -= {run.executed_notebook(run.pareval.stem)}
    assert {p.relative_to(tmp_path).as_posix() for p in mapped} == set(RUN_FOLDER_BEFORE_THE_MAP)


def test_07_evaluates_the_adapters_03_05_and_06_write():
    run = RunLayout("r")
    by_path = {getattr(folder, a.name): a for folder in run for a in folder.artifacts() if "{" not in a.relative}
    models = run.evaluated_models()
    assert list(models) == ["base", "sft", "control", "rlpf", "dpa", "dpo"] and models["base"] is None
    assert models["control"] == run.sft.control_adapter
    assert set(RunLayout.STARTS) == set(models) - {"base"} and set(RunLayout.STARTS.values()) <= set(models)
    assert models["dpa"] == run.dpa.adapter_of("dpa") and models["dpo"] == run.dpa.adapter_of("dpo")
    for label, adapter in models.items():
        if adapter is not None:
            assert {run.evaluate.stem, run.pareval.stem} <= set(by_path[adapter].read_by), label


def test_08_writes_into_its_folder_of_the_map(tmp_path):
    import pandas as pd

    from perfutils.pareval import write_report

    run = RunLayout(tmp_path)
    write_report(run.pareval.path, None, None, {"ours_all": pd.DataFrame({"x": [1]})}, {})
    assert run.pareval.table("ours_all").exists() and run.pareval.results_markdown.exists()
    assert run.pareval.metrics.exists()


def test_the_docs_show_the_map_as_it_is(repo_root):
    assert describe_layout() in (repo_root / "docs" / "layout.md").read_text()
