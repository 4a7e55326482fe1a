"""Resumable work keyed by what it was made from (perfutils.resume), on a run folder made here.

The notebooks' own resume (killed and resumed, changed parameters) runs in test_chain_smoke.py."""

from __future__ import annotations

import json

from perfutils.layout import RunLayout
from perfutils.resume import digest, resume_or_start_afresh


def _run(tmp_path):
    run = RunLayout(tmp_path / "run")
    run.time_programs.sft_dataset.mkdir(parents=True)
    (run.time_programs.sft_dataset / "data.arrow").write_bytes(b"rows")
    return run


def _checkpoint(run):
    (run.sft.checkpoints / "checkpoint-1").mkdir(parents=True)
    return run.sft.checkpoints


def test_work_made_from_the_same_parameters_and_inputs_is_reused(tmp_path, capsys):
    run = _run(tmp_path)
    parameters = {"model_name": "tiny", "max_steps": 2, "sample_tokens": 8, "run_dir": "anywhere"}
    assert resume_or_start_afresh(run.sft, parameters) == []
    _checkpoint(run)
    # sample_tokens is unrelated to training; where the run is says nothing either
    assert resume_or_start_afresh(run.sft, {**parameters, "sample_tokens": 0, "run_dir": "elsewhere"}) == []
    assert (run.sft.checkpoints / "checkpoint-1").is_dir()
    assert "reusing checkpoints (same parameters and inputs)" in capsys.readouterr().out


def test_work_made_from_other_parameters_or_inputs_is_set_aside_and_says_why(tmp_path, capsys):
    run = _run(tmp_path)
    parameters = {"model_name": "tiny", "max_steps": 2}
    resume_or_start_afresh(run.sft, parameters)
    _checkpoint(run)
    [event] = resume_or_start_afresh(run.sft, {**parameters, "learning_rate": 0.001})
    assert event["work"] == "03_sft/checkpoints"
    assert event["why"] == "made with other parameters or inputs: learning_rate 'default' -> 0.001"
    assert not run.sft.checkpoints.exists() and (run.root / event["moved_to"] / "checkpoint-1").is_dir()
    assert event["why"] in capsys.readouterr().out
    assert json.loads(run.sft.resume_record.read_text())["set_aside"] == [event]

    _checkpoint(run)
    (run.time_programs.sft_dataset / "data.arrow").write_bytes(b"other rows")
    [event] = resume_or_start_afresh(run.sft, {**parameters, "learning_rate": 0.001})
    assert event["why"] == "made with other parameters or inputs: 02_time_programs/sft_dataset changed"
    assert len(list(run.sft.path.glob("checkpoints.stale-*"))) == 2


def test_work_whose_origin_is_unknown_is_set_aside(tmp_path):
    run = _run(tmp_path)
    _checkpoint(run)  # e.g. a run folder from before resume.json
    [event] = resume_or_start_afresh(run.sft, {"model_name": "tiny"})
    assert event["why"] == "nothing records what it was made from"


def test_each_model_s_samples_of_07_are_set_aside_and_its_results_kept_when_sampling_changes(tmp_path):
    run = RunLayout(tmp_path / "run")
    parameters = {"model_name": "tiny", "temperature": 0.2, "timing_processes": 1, "models": ["base"]}
    resume_or_start_afresh(run.evaluate, parameters)
    for label in ("base", "sft"):
        run.evaluate.samples(label).write_text("{}\n")
    run.evaluate.results.write_text("{}\n")
    assert resume_or_start_afresh(run.evaluate, {**parameters, "models": ["base", "sft"]}) == []
    events = resume_or_start_afresh(run.evaluate, {**parameters, "temperature": 0.7})
    assert sorted(e["work"] for e in events) == ["07_evaluate/samples_base.jsonl", "07_evaluate/samples_sft.jsonl"]
    assert run.evaluate.results.exists()  # a stored result depends on its code and timing, not on sampling
    assert [e["work"] for e in resume_or_start_afresh(run.evaluate, {**parameters, "temperature": 0.7,
                                                                    "timing_processes": 2})] == ["07_evaluate/results.jsonl"]


def test_digest_covers_names_and_contents_but_not_dataset_caches(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_bytes(b"1")
    first = digest(tmp_path / "a")
    (tmp_path / "a" / "cache-6bf8b05fe64d45ce.arrow").write_bytes(b"what a map() of a reader wrote")
    assert digest(tmp_path / "a") == first
    (tmp_path / "a" / "x").rename(tmp_path / "a" / "y")
    assert digest(tmp_path / "a") != first and digest(tmp_path / "missing") is None
