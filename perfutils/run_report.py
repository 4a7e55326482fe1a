"""The run report: ``index.html`` of a run folder, the page to open first.

Usage::

    from perfutils.run_report import write_run_report
    write_run_report("data/runs/cpu-6")          # -> data/runs/cpu-6/index.html

    python -m perfutils report data/runs/cpu-6   # the same from the command line

One page: the run's essentials from ``run.json`` (preset, revision, times, peak memory, the
environment), a row per notebook with its status, time and memory and a link to it rendered as
HTML (nbconvert, beside the executed ``.ipynb``), the results table of notebook 07 with its
primary comparison, and every plot the run wrote, inline. :func:`perfutils.pipeline.run_pipeline`
writes it after every notebook and at the end; it reads only what is in the folder, so it also
(re)writes the report of a run made before the report existed. Plots and notebooks are linked
relatively: the folder can be moved or copied as a whole.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from perfutils.errors import UsageError
from perfutils.layout import Artifact, RunLayout, StageFolder

# A browser marks each plot as loaded or not once the page has loaded: a plot that cannot be
# shown says so on the page (and the browser test reads data-loaded).
_PLOT_CHECK = """
window.addEventListener("load", () => {
  for (const img of document.querySelectorAll("img.plot")) {
    const loaded = img.complete && img.naturalWidth > 0;
    img.dataset.loaded = loaded;
    img.dataset.width = img.naturalWidth;
    if (!loaded) img.insertAdjacentHTML("afterend", '<p class="broken">this plot could not be loaded</p>');
  }
});
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 80em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.completed { color: #17631b; } .failed, .interrupted { color: #b00020; } .running { color: #8a5a00; }
.scroll { overflow-x: auto; }
figure { display: inline-block; margin: 0 1em 1em 0; vertical-align: top; max-width: 100%; }
figure img { max-width: 100%; max-height: 30em; border: 1px solid #eee; }
figcaption { font-size: 0.85em; color: #555; }
.broken { color: #b00020; }
pre { white-space: pre-wrap; font-size: 0.85em; }
"""

_NOT_RUN = "not yet run"
# nbconvert warns of every figure in a notebook's outputs (matplotlib gives no alt text).
_NBCONVERT_LOG = logging.getLogger(f"{__name__}.nbconvert")
_NBCONVERT_LOG.setLevel(logging.ERROR)


def render_notebook(executed: Path, rendered: Path) -> Path:
    """An executed notebook as one HTML page (nbconvert's lab template, images embedded)."""
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(log=_NBCONVERT_LOG).from_notebook_node(nbformat.read(executed, as_version=4))
    _write_atomic(rendered, body)
    return rendered


def render_notebooks(run: RunLayout, stems: list[str]) -> dict[str, Path]:
    """Each executed notebook of ``stems`` rendered as HTML; one rendered before is kept while it
    is newer than the notebook (a resumed run renders only what ran again)."""
    rendered = {}
    for stem in stems:
        executed, page = run.executed_notebook(stem), run.rendered_notebook(stem)
        if not executed.is_file():
            continue
        if not page.is_file() or page.stat().st_mtime_ns < executed.stat().st_mtime_ns:
            render_notebook(executed, page)
        rendered[stem] = page
    return rendered


def write_run_report(run_dir: str | os.PathLike) -> Path:
    """Write ``index.html`` of the run folder ``run_dir``, and each executed notebook as HTML
    where it changed; returns its path. Raises :class:`UsageError` where there is no run."""
    run = RunLayout(Path(run_dir).resolve())
    if not run.record.is_file():
        raise UsageError(f"{run.root} is no run folder: it has no {run.record.name} (the pipeline "
                         "writes one; python -m perfutils pipeline --help).")
    record = json.loads(run.record.read_text())
    stems = list(record.get("notebooks", {}))
    stems += sorted(p.stem for p in run.root.glob("*.ipynb") if p.stem not in stems)
    rendered = render_notebooks(run, stems)
    sections = [_summary(record), _notebooks(run, record, stems, rendered), _results(run, record),
                _plots(run)]
    title = f"Run {record.get('run_id', run.root.name)}"
    page = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n<script>{_PLOT_CHECK}</script>\n"
            f"</head>\n<body>\n<h1>{_e(title)}</h1>\n" + "\n".join(sections)
            + f"\n<p><small>Written {_e(_now())} by perfutils.run_report from {_link(run, run.record)}."
            "</small></p>\n</body>\n</html>\n")
    _write_atomic(run.report, page)
    return run.report


# --------------------------------------------------------------------------- sections


def _summary(record: dict[str, Any]) -> str:
    git = record.get("git") or {}
    revision = git.get("revision") or "unknown"
    if git.get("dirty"):
        revision += " (with uncommitted changes)"
    hardware = record.get("hardware") or {}
    memory = hardware.get("memory_bytes")
    machine = ", ".join(str(part) for part in (
        hardware.get("cpu_model"), hardware.get("cpu_usable") and f"{hardware['cpu_usable']} cores",
        memory and f"{memory / 2**30:.0f} GiB",
        *(f"{gpu.get('name')} ({gpu.get('memory')})" for gpu in hardware.get("gpus") or [])) if part)
    packages = record.get("packages") or {}
    overrides = record.get("overrides") or {}
    rows = [
        ("status", f'<span class="{_e(record.get("status", ""))}">{_e(record.get("status", "unknown"))}</span>'),
        ("preset", _e(record.get("preset", "")) + (f" with --set {_e(json.dumps(overrides))}" if overrides else "")),
        ("revision", f"<code>{_e(revision)}</code>"),
        ("started", _e(_time(record.get("start")))),
        ("ended", _e(_time(record.get("end")) or "still running")),
        ("duration", _e(_duration(record.get("duration_s")))),
        ("peak memory", _e(_peak_memory(record))),
        ("machine", _e(machine)),
        ("software", _e(", ".join(f"{name} {version}" for name, version in
                                  (("python", record.get("python")), *packages.items()) if version))),
    ]
    body = "\n".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return f'<h2>The run</h2>\n<table class="summary">\n{body}\n</table>'


def _notebooks(run: RunLayout, record: dict[str, Any], stems: list[str], rendered: dict[str, Path]) -> str:
    if not stems:
        return "<h2>Notebooks</h2>\n<p>No notebook has run yet.</p>"
    rows = []
    for stem in stems:
        entry = record.get("notebooks", {}).get(stem, {})
        status = entry.get("status", "not in run.json")
        links = [_link(run, rendered[stem], "rendered")] if stem in rendered else []
        if run.executed_notebook(stem).is_file():
            links.append(_link(run, run.executed_notebook(stem), ".ipynb"))
        if run.stage(stem).path.is_dir():
            links.append(_link(run, run.stage(stem).path, "folder"))
        name = _link(run, rendered[stem], stem) if stem in rendered else _e(stem)
        memory = entry.get("peak_rss_gib_so_far")
        notes = []
        if entry.get("error"):
            notes.append(f"<pre>{_e(entry['error'])}</pre>")
        if entry.get("set_aside"):
            notes.append(f"{len(entry['set_aside'])} piece(s) of earlier work set aside as stale")
        parameters = {k: v for k, v in (entry.get("parameters") or {}).items() if k != "run_dir"}
        if parameters:
            notes.append("<details><summary>parameters</summary><pre>"
                         + _e(json.dumps(parameters, indent=1, default=str)) + "</pre></details>")
        rows.append(f'<tr><td>{name}</td><td class="{_e(status)}">{_e(status)}</td>'
                    f"<td>{_e(_time(entry.get('start')))}</td>"
                    f'<td class="number">{_e(_duration(entry.get("duration_s")))}</td>'
                    f'<td class="number">{"" if memory is None else f"{memory:.1f} GiB"}</td>'
                    f"<td>{' · '.join(links)}</td><td>{''.join(notes)}</td></tr>")
    head = ('<tr><th>notebook</th><th>status</th><th>started</th><th class="number">time</th>'
            '<th class="number">peak memory so far</th><th>open</th><th></th></tr>')
    return f'<h2>Notebooks</h2>\n<table class="notebooks">\n{head}\n' + "\n".join(rows) + "\n</table>"


def _results(run: RunLayout, record: dict[str, Any]) -> str:
    from perfutils.report import RESULT_COLUMNS

    evaluate = run.evaluate
    parts = ["<h2>Results</h2>"]
    if not evaluate.results_table.is_file():
        status = record.get("notebooks", {}).get(evaluate.stem, {}).get("status")
        parts.append(f'<p class="missing">Results: {_NOT_RUN} (notebook {_e(evaluate.stem)}'
                     + (f" is {_e(status)}" if status else " has not run") + ").</p>")
        return "\n".join(parts)
    import pandas as pd

    table = pd.read_csv(evaluate.results_table)
    columns = [c for c in ("model", "parallelism", "n_prompts", "n_samples", *RESULT_COLUMNS) if c in table]
    parts.append(f"<p>Notebook {_e(evaluate.stem)}, on the held-out problems "
                 f"({_link(run, evaluate.results_table, evaluate.results_table.name)} has every column):</p>")
    parts.append(_table(table[columns], "results"))
    if evaluate.alignment.is_file():
        parts.append("<h3>The comparisons the run is judged by</h3>")
        parts.append(_table(pd.read_csv(evaluate.alignment), "alignment"))
    parts.extend(_figure(run, *plot) for plot in _plots_of(evaluate))
    files = [(folder, artifact, path) for folder in (evaluate, run.pareval)
             for artifact in folder.artifacts() if artifact.relative.endswith((".csv", ".md"))
             for path in _files_of(folder, artifact)]
    if files:
        parts.append("<p>Tables: " + " · ".join(
            f'<span title="{_e(artifact.what)}">{_link(run, path)}</span>' for _, artifact, path in files) + "</p>")
    return "\n".join(parts)


def _plots(run: RunLayout) -> str:
    figures = [_figure(run, *plot) for folder in run if folder is not run.evaluate for plot in _plots_of(folder)]
    if not figures:
        return "<h2>Plots</h2>\n<p>No plot yet.</p>"
    return "<h2>Plots</h2>\n" + "\n".join(figures)


# --------------------------------------------------------------------------- helpers


def _plots_of(folder: StageFolder) -> Iterator[tuple[StageFolder, Artifact, Path]]:
    for artifact in folder.artifacts():
        if artifact.relative.endswith(".png"):
            for path in _files_of(folder, artifact):
                yield folder, artifact, path


def _files_of(folder: StageFolder, artifact: Artifact) -> list[Path]:
    """The files of an artifact that exist: one, or each of a family (``samples_{model}.jsonl``)."""
    return [path for path in artifact.existing_in(folder.path) if path.is_file()]


def _figure(run: RunLayout, folder: StageFolder, artifact: Artifact, path: Path) -> str:
    caption = f"{folder.stem}: {artifact.what}"
    return (f'<figure><a href="{_href(run, path)}"><img class="plot" src="{_href(run, path)}" '
            f'alt="{_e(caption)}"></a><figcaption>{_e(caption)}</figcaption></figure>')


def _table(frame: Any, css_class: str) -> str:
    import pandas as pd

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return "n/a" if pd.isna(value) else f"{value:.3f}"
        return "" if pd.isna(value) else str(value)

    numeric = {c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])
               and not pd.api.types.is_bool_dtype(frame[c])}
    head = "".join(f'<th{" class=number" if c in numeric else ""}>{_e(str(c))}</th>' for c in frame.columns)
    rows = ["<tr>" + "".join(f'<td{" class=number" if c in numeric else ""}>{_e(cell(v))}</td>'
                             for c, v in zip(frame.columns, values)) + "</tr>"
            for values in frame.itertuples(index=False)]
    return (f'<div class="scroll"><table class="{css_class}">\n<tr>{head}</tr>\n' + "\n".join(rows)
            + "\n</table></div>")


def _href(run: RunLayout, path: Path) -> str:
    return quote(path.relative_to(run.root).as_posix())


def _link(run: RunLayout, path: Path, text: str | None = None) -> str:
    return f'<a href="{_href(run, path)}">{_e(text or path.relative_to(run.root).as_posix())}</a>'


def _e(text: Any) -> str:
    return html.escape(str(text))


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 120:
        return f"{seconds:.0f} s"
    minutes = seconds / 60
    return f"{minutes:.1f} min" if minutes < 120 else f"{minutes / 60:.1f} h"


def _peak_memory(record: dict[str, Any]) -> str:
    """The largest resident set of a notebook's processes: the pipeline records a running maximum
    after each notebook (kernels, compilers, programs)."""
    peaks = [(entry["peak_rss_gib_so_far"], stem) for stem, entry in record.get("notebooks", {}).items()
             if isinstance(entry.get("peak_rss_gib_so_far"), (int, float))]
    if not peaks:
        return "not recorded"
    peak = max(peaks)
    first = next(stem for value, stem in peaks if value == peak[0])
    return f"{peak[0]:.1f} GiB (reached in {first})"


def _now() -> str:
    return _time(_dt.datetime.now().astimezone().isoformat(timespec="seconds"))


def _time(iso: str | None) -> str:
    """``2026-12-07 13:27:08`` (with the UTC offset where it is not +00:00) for an ISO time."""
    if not iso:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    offset = moment.strftime("%z")
    return moment.strftime("%Y-%m-%d %H:%M:%S") + (f" {offset[:3]}:{offset[3:]}" if offset not in ("", "+0000") else "")


def _write_atomic(path: Path, text: str) -> None:
    """A browser that reloads the page never sees half of it."""
    handle = tempfile.NamedTemporaryFile("w", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp",
                                         delete=False, encoding="utf-8")
    try:
        with handle:
            handle.write(text)
        os.chmod(handle.name, 0o644)  # a page to share, unlike the temporary file's 0600
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
