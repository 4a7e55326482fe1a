"""``perfutils pipeline``: run the numbered notebooks with a preset; ``perfutils report``: (re)write a
run folder's index.html; ``perfutils publish``: a run's results into results/; ``perfutils layout``:
the run folder's map."""

from __future__ import annotations

import json
from typing import Any


def add_cli(subparsers: Any) -> None:
    """Register ``perfutils pipeline``, ``perfutils report``, ``perfutils publish`` and ``perfutils layout``."""
    parser = subparsers.add_parser(
        "pipeline", help="run the numbered notebooks with a preset into data/runs/<run-id>/",
        description="Run notebooks/NN_*.ipynb in order through papermill with a preset from "
        "notebooks/params/.")
    parser.add_argument("--preset", default="cpu",
                        help="preset name in notebooks/params/ (smoke, cpu, cpu-coder, gpu) or a "
                        "YAML file (default: cpu)")
    parser.add_argument("--run-id", default=None,
                        help="run folder name (default: <preset>-<YYYYmmdd-HHMMSS>)")
    parser.add_argument("--resume", action="store_true",
                        help="continue an existing run: skip notebooks completed with the same "
                        "parameters")
    parser.add_argument("--notebooks", default=None,
                        help="comma-separated numbers or stems to run, e.g. 00,01 (default: all)")
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar="SECTION.KEY=VALUE",
                        help="override a parameter, e.g. 00_base_model.max_new_tokens=32 or "
                        "common.seed=1 (repeatable; VALUE is YAML)")
    parser.add_argument("--runs-dir", default=None, help="parent of run folders (default: data/runs)")
    parser.add_argument("--quiet", action="store_true", help="do not echo what notebooks print")
    parser.set_defaults(func=_cli_pipeline)
    report = subparsers.add_parser(
        "report", help="(re)write a run folder's index.html: notebooks rendered, results, plots",
        description="Write the run report of a run folder: index.html with each notebook's status, time "
        "and memory, each executed notebook rendered as HTML, the results table and every plot. The "
        "pipeline writes it after every notebook; this rewrites it, e.g. for a run made before it existed.")
    report.add_argument("run_dir", help="the run folder, e.g. data/runs/cpu-6")
    report.set_defaults(func=_cli_report)
    publish = subparsers.add_parser(
        "publish", help="copy a run's results, per-sample records and final adapters into results/<run-id>/",
        description="Copy what a reader needs to check a run into results/<run-id>/ (to commit): every "
        "artifact the layout marks published (docs/layout.md), run.json with relative paths, and the final "
        "LoRA adapters of 07's primary and control models as bfloat16 safetensors; MANIFEST.md lists them.")
    publish.add_argument("run_dir", help="the run folder, e.g. data/runs/coder-onpolicy-1")
    publish.add_argument("--dest", default=None, help="target folder (default: results/<run-id>)")
    publish.add_argument("--adapters", default=None,
                         help="comma-separated models whose adapters to publish (default: 07's primary and control)")
    publish.add_argument("--max-adapter-mb", type=float, default=100.0,
                         help="refuse adapters above this size in all (default: 100)")
    publish.set_defaults(func=_cli_publish)
    layout = subparsers.add_parser("layout", help="what a run folder holds: each notebook's "
                                   "artifacts and the notebooks that read them")
    layout.set_defaults(func=_cli_layout)


def _cli_pipeline(args: Any) -> int:
    from perfutils.layout import RunLayout
    from perfutils.pipeline import run_pipeline

    selection = [t for t in args.notebooks.split(",") if t.strip()] if args.notebooks else None
    run_dir = run_pipeline(args.preset, run_id=args.run_id, notebooks=selection,
                           resume=args.resume, runs_dir=args.runs_dir, overrides=args.overrides,
                           echo_output=not args.quiet)
    record = json.loads(RunLayout(run_dir).record.read_text())
    print(f"run {record['run_id']} {record['status']} in {record['duration_s']:.1f} s: {run_dir}")
    for stem, entry in record["notebooks"].items():
        print(f"  {stem:<32} {entry['status']:<10} {entry.get('duration_s') or 0:8.1f} s")
    print(f"report: {RunLayout(run_dir).report}")
    return 0


def _cli_report(args: Any) -> int:
    from perfutils.run_report import write_run_report

    print(write_run_report(args.run_dir))
    return 0


def _cli_publish(args: Any) -> int:
    from perfutils.publish import publish_run

    adapters = [a for a in args.adapters.split(",") if a.strip()] if args.adapters is not None else None
    print(publish_run(args.run_dir, args.dest, adapters=adapters, max_adapter_mb=args.max_adapter_mb))
    return 0


def _cli_layout(args: Any) -> int:
    from perfutils.layout import describe_layout

    print(describe_layout())
    return 0
