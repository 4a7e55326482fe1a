"""What a person looks at (perfutils.report): the result plots of notebook 07, the metrics file."""

from math import nan

import pandas as pd
import pytest

from perfutils.report import plot_by_type, plot_results, write_metrics
from perfutils.metrics import summarize
from test_metrics import make_samples  # tests/ is on sys.path under pytest


@pytest.fixture
def samples():
    """base: one correct serial sample (2x) and nothing correct on OpenMP; sft: nothing correct."""
    return pd.concat([
        make_samples([("p1", "sort", "serial", "ok", 2.0, 1), ("p2", "scan", "serial", "wrong_answer", nan, 1),
                      ("p1", "sort", "omp", "compile_error", nan, 2), ("p2", "scan", "omp", "wrong_answer", nan, 2)],
                     model="base"),
        make_samples([("p1", "sort", "serial", "compile_error", nan, 1), ("p2", "scan", "serial", "wrong_answer", nan, 1),
                      ("p1", "sort", "omp", "compile_error", nan, 2), ("p2", "scan", "omp", "compile_error", nan, 2)],
                     model="sft"),
    ], ignore_index=True)


def _bar_labels(ax):
    return [t.get_text() for t in ax.texts]


def test_plot_results_labels_every_bar_and_marks_undefined_speedups(samples, tmp_path):
    table = summarize(samples, by=("model", "parallelism"), k=1)
    path = tmp_path / "speedup_pass.png"
    fig = plot_results(table, path)
    assert path.stat().st_size > 0
    pass_ax, build_ax, speedup_ax = fig.axes
    # pass@1 is a probability: the axis starts at 0 even when every value is small or 0
    assert pass_ax.get_ylim() == (0, 1.1)
    assert sorted(_bar_labels(pass_ax)) == sorted(["0.50", "0.00", "0.00", "0.00"])
    # one defined speedup (base, serial: 2x); the other three are labelled n/a, not left out
    labels = _bar_labels(speedup_ax)
    assert labels.count("n/a") == 3 and "2.00" in labels
    assert not any("no correct sample" in label for label in labels)
    assert [t.get_text() for t in pass_ax.get_xticklabels()] == ["base", "sft"]


def test_plot_results_says_so_when_no_model_has_a_correct_sample(samples):
    nothing = samples.assign(status="compile_error", speedup=nan)
    fig = plot_results(summarize(nothing, by=("model", "parallelism"), k=1))
    speedup_ax = fig.axes[2]
    assert _bar_labels(speedup_ax).count("n/a") == 4
    assert any("no correct sample from any model" in label for label in _bar_labels(speedup_ax))


def test_plot_results_refuses_a_table_without_the_metrics(samples):
    with pytest.raises(ValueError, match="missing.*pass@1"):
        plot_results(pd.DataFrame({"model": ["base"], "parallelism": ["serial"]}))


def test_plot_by_type_draws_one_heatmap_per_execution_model(samples, tmp_path):
    by_type = summarize(samples, by=("model", "parallelism", "problem_type"), k=1)
    path = tmp_path / "heatmap.png"
    fig = plot_by_type(by_type, "expected_speedup", path)
    assert path.stat().st_size > 0
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert sorted(titles) == ["expected_speedup per problem type (omp)", "expected_speedup per problem type (serial)"]
    with pytest.raises(ValueError, match="non-empty table"):
        plot_by_type(by_type.iloc[0:0])


def test_metrics_file_holds_no_nan(tmp_path):
    import json

    path = write_metrics(tmp_path / "metrics.json", {"a": nan, "b": [1.0, nan], "c": {"d": tmp_path}})
    assert json.loads(path.read_text()) == {"a": None, "b": [1.0, None], "c": {"d": str(tmp_path)}}
