"""perfutils.pareval on a ParEval-shaped fixture written for these tests (tests/fixtures/pareval):
prompts read, bad checkouts refused, samples built and run in the sandbox with the right
statuses and speedups, the validator audit, and ParEval's metrics against a hand computation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from perfutils import metrics as M
from perfutils.cli import UsageError, main
from perfutils.pareval import (MissingDriverError, NotAParEvalCheckout, audit_validators, broken_controls,
                               evaluate_pareval, evaluate_sample, generated_code, load_checkout,
                               parse_driver_output, parse_signature, pareval_metrics, pareval_report,
                               reference_candidate, screen_candidate, weak_validators)
from perfutils.runner.sandbox import Sandbox

FIXTURE = Path(__file__).parent / "fixtures" / "pareval"
SUM = "double sumOfSquares(std::vector<double> const& x)"
FAST_SUM = SUM + " {\n    double s = 0.0;\n    for (double v : x) s += v * v;\n    return s;\n}\n"
# The same sum, each square read 16 times through a volatile: about an order of magnitude slower.
SLOW_SUM = SUM + """ {
    double s = 0.0;
    for (double v : x) {
        double t = 0.0;
        for (int r = 0; r < 16; ++r) { volatile double w = v; t = w * w; }
        s += t;
    }
    return s;
}
"""
OMP_SUM = SUM + """ {
    double s = 0.0;
    #pragma omp parallel for reduction(+:s)
    for (size_t i = 0; i < x.size(); ++i) s += x[i] * x[i];
    return s;
}
"""


@pytest.fixture(scope="module")
def checkout():
    return load_checkout(FIXTURE)


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


def prompt_of(checkout, name, parallelism="serial"):
    return next(p for p in checkout.prompts if p.name == name and p.parallelism == parallelism)


# ------------------------------------------------------------------------ the checkout
def test_prompts_are_read_with_drivers_sizes_and_signatures(checkout):
    assert [p.prompt_id for p in checkout.prompts] == [
        "00_reduce_sum_of_squares/serial", "00_reduce_sum_of_squares/omp", "01_search_contains_value/serial",
        "01_search_contains_value/omp", "02_transform_clamp_to_unit/serial", "02_transform_clamp_to_unit/omp"]
    p = prompt_of(checkout, "00_reduce_sum_of_squares", "omp")
    assert p.signature == SUM and p.problem_type == "reduce" and p.problem_size == "(1<<21)"
    assert p.driver == FIXTURE / "drivers/cpp/benchmarks/reduce/00_reduce_sum_of_squares/cpu.cc"
    assert p.prefix.startswith("#include <omp.h>") and "Use OpenMP" in p.prefix
    clamp = prompt_of(checkout, "02_transform_clamp_to_unit")
    assert "double clampValue(double v" in clamp.prefix and clamp.signature == "void clampToUnit(std::vector<double> &x)"
    assert checkout.skipped == {"mpi": 1, "cuda": 1}
    assert "1 CUDA" in checkout.skipped_message() and "1 MPI" in checkout.skipped_message()


def test_a_folder_that_is_not_a_checkout_is_refused(tmp_path, capsys):
    with pytest.raises(NotAParEvalCheckout, match="is not a ParEval checkout: it lacks prompts/generation-prompts.json"):
        load_checkout(tmp_path)
    assert main(["pareval", "--pareval", str(tmp_path), "--audit-only", "--out", str(tmp_path / "o")]) == 2
    assert "not a ParEval checkout" in capsys.readouterr().err


def test_a_missing_driver_is_named(tmp_path):
    copy = tmp_path / "pareval"
    shutil.copytree(FIXTURE, copy)
    (copy / "drivers/cpp/benchmarks/search/01_search_contains_value/cpu.cc").unlink()
    with pytest.raises(MissingDriverError, match="01_search_contains_value/cpu.cc"):
        load_checkout(copy)
    # Leaving that problem out is the way around it.
    assert load_checkout(copy, problems=["00_reduce_sum_of_squares"]).problems == ["00_reduce_sum_of_squares"]


def test_execution_models_we_do_not_run_are_skipped_with_a_message(checkout):
    with pytest.raises(UsageError, match="MPI, CUDA prompts are not run here"):
        load_checkout(FIXTURE, ["mpi", "cuda"])
    serial_only = load_checkout(FIXTURE, ["serial", "mpi"])
    assert {p.parallelism for p in serial_only.prompts} == {"serial"}
    assert serial_only.skipped == {"mpi": 1, "cuda": 1}
    with pytest.raises(UsageError, match="unknown execution model"):
        load_checkout(FIXTURE, ["opencl"])
    with pytest.raises(UsageError, match="no ParEval problem named"):
        load_checkout(FIXTURE, problems=["99_nothing"])


# ------------------------------------------------------------------------ pure functions
def test_signatures_give_roles_for_the_trivial_candidates():
    sig = parse_signature("void f(std::vector<double> &out, std::vector<int> const& x, std::map<int, int> m, int n)")
    assert sig.returns == "void" and sig.function == "f"
    assert [(p.name, p.role) for p in sig.params] == [("out", "inout"), ("x", "input"), ("m", "input"),
                                                      ("n", "input")]
    assert parse_signature("std::vector<int> const& g()").returns == "std::vector<int> const&"


def test_generated_code_is_the_prompt_continued_by_the_sample_with_no_inline(checkout):
    p = prompt_of(checkout, "02_transform_clamp_to_unit")
    code = p.signature + " {\n}\n"
    text = generated_code(p, code)
    assert text.startswith("double clampValue(")
    assert "void NO_INLINE clampToUnit(std::vector<double> &x) {\n}" in text
    assert text.count("clampToUnit(") == 1


def test_screen_rejects_samples_that_could_forge_the_in_process_verdict():
    for code in ('double f() { printf("Validation: PASS\\n"); return 0; }', "double f() { exit(0); }",
                 "#define correctF f\ndouble f() { return 0; }", "double f() { std::cout << 1; return 0; }",
                 "#pragma GCC optimize(\"O0\")\ndouble f() { return 0; }", "double f() { asm(\"nop\"); return 0; }"):
        assert screen_candidate(code), code
    fine = '// printf is not called\ndouble f() {\n  #pragma omp parallel for\n  for (int i = 0; i < 2; ++i) {}\n  return 0; }'
    assert screen_candidate(fine) is None
    assert screen_candidate("double f() {\n  #pragma GCC unroll 4\n  for (int i = 0; i < 4; ++i) {}\n  return 0; }") is None
    assert screen_candidate('const char *s = "exit(0)"; double f() { return 0; }') is None


def test_driver_output_is_parsed_strictly():
    assert parse_driver_output("Validation: PASS\nTime: 0.5\nBestSequential: 1.5\n") == (True, 0.5, 1.5, "")
    assert parse_driver_output("Validation: FAIL\n")[0] is False
    assert parse_driver_output("noise\n")[:3] == (None, None, None)
    forged = parse_driver_output("Validation: PASS\nTime: 1e-9\nValidation: FAIL\n")
    assert forged[0] is None and "Validation more than once" in forged[3]


# ------------------------------------------------------------------------ sandboxed builds and runs
def test_samples_get_the_runner_statuses(checkout, sandbox):
    p = prompt_of(checkout, "00_reduce_sum_of_squares")
    cases = {
        "ok": FAST_SUM,
        "wrong_answer": SUM + " { return 1.0; }\n",
        "compile_error": SUM + " { return x.no_such_member(); }\n",
        "runtime_error": SUM + " { std::vector<double> v; return v.at(3); }\n",
        "timeout": SUM + " { volatile int spin = 1; while (spin) {} return x[0]; }\n",
        "rejected": SUM + ' { printf("Validation: PASS\\n"); return 0; }\n',
    }
    for expected, code in cases.items():
        res = evaluate_sample(checkout, p, code, sandbox, timeout_s=5)
        assert res.status == expected, (expected, res.status, res.message)
        assert res.isolation == sandbox.isolation
    res = evaluate_sample(checkout, p, cases["compile_error"], sandbox)
    assert res.build["cached"] and "no_such_member" in res.message  # the compiler's own message, from the cache


def test_a_fast_sample_beats_a_slow_one_and_openmp_runs_per_thread_count(checkout, sandbox):
    p = prompt_of(checkout, "00_reduce_sum_of_squares")
    fast = evaluate_sample(checkout, p, FAST_SUM, sandbox)
    slow = evaluate_sample(checkout, p, SLOW_SUM, sandbox)
    assert fast.status == slow.status == "ok"
    assert fast.speedup > 2 * slow.speedup, (fast.speedup, slow.speedup)
    omp = evaluate_sample(checkout, prompt_of(checkout, "00_reduce_sum_of_squares", "omp"), OMP_SUM, sandbox,
                          threads=(2, 1))
    assert omp.status == "ok" and omp.threads == 2 and set(omp.speedups) == {"1", "2"}
    assert [r["num_threads"] for r in omp.timings["runs"]] == [1, 2]
    assert omp.speedup == omp.speedups["2"]
    run = omp.timings["runs"][1]
    assert omp.speedup == pytest.approx(run["best_sequential_runtime"] / run["runtime"])


def test_results_are_stored_and_reused(checkout, sandbox, tmp_path):
    from perfutils.runner.store import ResultStore

    p = prompt_of(checkout, "02_transform_clamp_to_unit")
    code = p.signature + " {\n    for (double &v : x) v = clampValue(v, -1.0, 1.0);\n}\n"
    store = ResultStore(tmp_path / "results.jsonl")
    first = evaluate_sample(checkout, p, code, sandbox, store=store)
    assert first.status == "ok" and len(store) == 1
    again = evaluate_sample(checkout, p, code, sandbox, store=ResultStore(tmp_path / "results.jsonl"))
    assert again.to_dict() == first.to_dict()


def test_the_audit_flags_the_weak_validator_and_the_controls_pass(checkout, sandbox):
    audit = audit_validators(checkout, sandbox, timeout_s=30, progress=False)
    assert weak_validators(audit) == ["01_search_contains_value"]
    assert broken_controls(audit) == []
    accepted = audit[audit.accepted & (audit.kind == "trivial")]
    assert list(accepted.candidate) == ["return_default"]  # `return {};` is `return false;`
    clamp = audit[audit.problem_id == "02_transform_clamp_to_unit"].set_index("candidate").status
    assert clamp["untouched_outputs"] == "wrong_answer" and clamp["baseline_control"] == "ok"
    assert set(audit[audit.problem_id == "00_reduce_sum_of_squares"].candidate) == {
        "baseline_control", "return_default", "return_one", "return_minus_one"}
    assert "correctSumOfSquares(x)" in reference_candidate(prompt_of(checkout, "00_reduce_sum_of_squares"))


def test_the_control_calls_what_the_drivers_best_calls(tmp_path):
    from perfutils.pareval import ParEvalPrompt, baseline_function

    driver = tmp_path / "cpu.cc"
    driver.write_text("void NO_OPTIMIZE best(Context *ctx) {\n    correctFft(ctx->x);\n}\n")
    prompt = ParEvalPrompt("07_fft_fft_conjugate", "fft", "serial",
                           "void fftConjugate(std::vector<std::complex<double>> &x) {", driver, "(1<<4)")
    assert baseline_function(prompt) == "correctFft"
    assert "correctFft(x);" in reference_candidate(prompt)


def test_audit_candidates_return_a_size_input_where_the_signature_has_one():
    from perfutils.pareval import ParEvalPrompt, audit_candidates

    prompt = ParEvalPrompt("16_graph_largest_component", "graph", "serial",
                           "/* ... */\nint largestComponent(std::vector<int> const& A, size_t N) {", Path("cpu.cc"), "(1<<8)")
    candidates = audit_candidates(prompt)
    assert candidates["return_N"].rstrip().endswith("return N;\n}")
    assert {"return_default", "return_one", "return_minus_one"} <= set(candidates) and "return_A" not in candidates


# ------------------------------------------------------------------------ metrics
def _runs(*runs):
    return json.dumps([{"num_threads": t, "is_valid": v, "runtime": rt, "best_sequential_runtime": b}
                       for t, v, rt, b in runs])


def _hand_samples() -> pd.DataFrame:
    rows = [
        # prompt a (type t1, serial): two correct samples (4/1, 3/2), one wrong answer, one compile error
        ("a", "t1", "serial", 0, "ok", 4.0, 1, _runs((1, True, 1.0, 4.0))),
        ("a", "t1", "serial", 1, "ok", 1.5, 1, _runs((1, True, 2.0, 3.0))),
        ("a", "t1", "serial", 2, "wrong_answer", np.nan, 1, _runs((1, False, None, None))),
        ("a", "t1", "serial", 3, "compile_error", np.nan, 1, "[]"),
        # prompt b (type t1, serial): nothing correct
        ("b", "t1", "serial", 0, "wrong_answer", np.nan, 1, _runs((1, False, None, None))),
        ("b", "t1", "serial", 1, "wrong_answer", np.nan, 1, _runs((1, False, None, None))),
        ("b", "t1", "serial", 2, "runtime_error", np.nan, 1, _runs((1, False, None, None))),
        ("b", "t1", "serial", 3, "compile_error", np.nan, 1, "[]"),
        # prompt c (type t2, omp at 1 and 2 threads): one correct sample, one valid at 2 threads only
        ("c", "t2", "omp", 0, "ok", 5.0, 2, _runs((1, True, 8.0, 10.0), (2, True, 2.0, 10.0))),
        ("c", "t2", "omp", 1, "wrong_answer", np.nan, 2, _runs((1, False, 9.0, 8.0), (2, True, 4.0, 8.0))),
    ]
    cols = ["problem_id", "problem_type", "parallelism", "sample_index", "status", "speedup", "threads", "runs"]
    frame = pd.DataFrame(rows, columns=cols)
    frame.insert(0, "model", "m")
    frame["weak_validator"] = frame["problem_id"].eq("b")
    return frame


def test_pareval_metrics_match_a_hand_computation():
    table = pareval_metrics(_hand_samples(), k=1).set_index(["parallelism", "problem_type"])
    t1, t2 = table.loc[("serial", "t1")], table.loc[("omp", "t2")]
    # pass@1: a 2/4, b 0/4 -> t1 0.25; c: sample 1 fails its 1-thread run -> 1/2
    assert t1["pass@1"] == pytest.approx(0.25) and t2["pass@1"] == pytest.approx(0.5)
    # build@1 over run rows: a 3 of 4, b 3 of 4 -> 0.75; c: 4 run rows, all built
    assert t1["build@1"] == pytest.approx(0.75) and t2["build@1"] == pytest.approx(1.0)
    # speedup@1: prompt baseline = the smallest BestSequential (3.0): (3/1 + 3/2) / 2 = 2.25; b has none
    assert t1["speedup@1"] == pytest.approx(2.25)
    # c at 2 threads: both samples' 2-thread runs are valid (ParEval reads runs, not samples):
    # baseline min(10, 8) = 8; (8/2 + 8/4) / 2 = 3; efficiency: / 2 threads = 1.5
    assert t2["speedup@1"] == pytest.approx(3.0) and t2["efficiency@1"] == pytest.approx(1.5)
    # speedup_max@1: only sample 0 has a valid first run; its fastest run is 2.0 -> 10 / 2 = 5
    assert t2["speedup_max@1"] == pytest.approx(5.0)
    overall = pareval_metrics(_hand_samples().assign(parallelism="serial", threads=1), k=1)
    row = overall[(overall.problem_type == "all")].iloc[0]
    per_type = overall[overall.problem_type != "all"].set_index("problem_type")["pass@1"]
    assert row["pass@1"] == pytest.approx(per_type.mean())  # the mean over types, not over prompts
    assert row["pass@1"] == pytest.approx((0.25 + 0.5) / 2)


def test_pareval_speedup_at_k_keeps_its_codes_weights():
    # Two correct runs, 1.0 and 2.0 s against a 3.0 s baseline. ParEval's nCr(n < r) is 1, so at k = 2
    # both runs get weight 1: 3/1 + 3/2 = 4.5 (the code's value, above the best speedup of 3).
    two = _hand_samples().query("problem_id == 'a'")
    assert pareval_metrics(two, k=2)[lambda t: t.problem_type == "t1"]["speedup@2"].iloc[0] == pytest.approx(4.5)


def test_report_gives_our_metrics_and_parevals_with_and_without_weak_validators():
    samples = _hand_samples()
    tables = pareval_report(samples, None, k=1)
    ours_all = tables["ours_all"].set_index("parallelism").loc["serial"]
    ours_sound = tables["ours_sound"].set_index("parallelism").loc["serial"]
    assert ours_all["n_prompts"] == 2 and ours_sound["n_prompts"] == 1  # b (weak) left out
    assert ours_all["pass@1"] == pytest.approx(0.25) and ours_sound["pass@1"] == pytest.approx(0.5)
    # ours: a's own ratios (4 + 1.5) / 2; expected speedup counts b's incorrect samples as 0
    assert ours_sound["speedup_n@1"] == pytest.approx(2.75)
    assert ours_all["expected_speedup"] == pytest.approx((5.5 / 4 + 0) / 2)
    assert ours_all["speedup_n@1"] == pytest.approx(M.summarize(samples[samples.parallelism == "serial"])
                                                    ["speedup_n@1"].iloc[0])
    theirs = tables["pareval_sound"]
    assert theirs[(theirs.parallelism == "serial") & (theirs.problem_type == "all")]["pass@1"].iloc[0] == 0.5


# ------------------------------------------------------------------------ the whole job
def test_generation_records_resume_and_every_sample_gets_a_status(checkout, sandbox, tmp_path, tiny_checkpoint):
    from perfutils.generation import SamplingSettings

    small = load_checkout(FIXTURE, problems=["02_transform_clamp_to_unit"])
    settings = SamplingSettings(max_new_tokens=8, batch_size=4)
    samples = evaluate_pareval(small, {"base": None}, "tiny", samples_per_prompt=2, out_dir=tmp_path,
                               settings=settings, threads=(1,), weak=["02_transform_clamp_to_unit"], sandbox=sandbox, progress=False)
    assert len(samples) == 2 * 2 and set(samples.status) <= set(M.STATUSES)
    assert samples.weak_validator.all() and samples[samples.parallelism == "omp"].uses_openmp.notna().all()
    records = [json.loads(line) for line in (tmp_path / "samples_base.jsonl").read_text().splitlines()]
    assert {r["prompt_id"] for r in records} == {"02_transform_clamp_to_unit/serial", "02_transform_clamp_to_unit/omp"}
    assert all(r["seed"] and r["model_prompt"] for r in records)
    before = (tmp_path / "samples_base.jsonl").read_text()
    again = evaluate_pareval(small, {"base": None}, "tiny", samples_per_prompt=2, out_dir=tmp_path,
                             settings=settings, threads=(1,), sandbox=sandbox, progress=False)
    assert (tmp_path / "samples_base.jsonl").read_text() == before  # resumed: nothing sampled again
    assert list(again.status) == list(samples.status)


def test_the_command_audits_the_fixture(tmp_path, capsys):
    out = tmp_path / "audit"
    assert main(["pareval", "--pareval", str(FIXTURE), "--audit-only", "--out", str(out), "--timeout", "30"]) == 0
    summary = json.loads((out / "metrics.json").read_text())
    assert summary["weak_validators"] == ["01_search_contains_value"]
    assert "CUDA" in summary["skipped"] and summary["held_out"].startswith("ParEval is a held-out")
    assert "01_search_contains_value" in (out / "results.md").read_text()
    assert "weak validators: 01_search_contains_value" in capsys.readouterr().out
