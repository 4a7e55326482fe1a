"""What the pipeline's console shows of a running notebook (perfutils.notebook_echo): its printed
lines, tqdm's bars and transformers' HTML training bar, in a log (a line every 30 s) and at the end
of each long bar."""

from __future__ import annotations

import pytest

from perfutils.notebook_echo import NotebookEcho


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_printed_lines_are_echoed_whole_with_the_notebook_in_front(capsys):
    echo = NotebookEcho("02_time_programs", lines=True, bars=False, terminal=False)
    echo.stdout.write("wrote 12 ")
    echo.stdout.write("candidates\nhalf")
    assert _lines(capsys) == ["  02_time_programs | wrote 12 candidates"]
    echo.close()
    assert _lines(capsys) == ["  02_time_programs | half"]


def test_in_a_log_a_long_tqdm_bar_prints_a_line_every_interval_and_its_end(capsys, clock):
    echo = NotebookEcho("02_time_programs", lines=False, bars=True, terminal=False, clock=clock)
    echo.stderr.write("/venv/tqdm/auto.py:21: TqdmWarning: IProgress not found.\n")  # stays in the notebook
    echo.stderr.write("\rcandidates:   0%|          | 0/21 [00:00<?, ?cand/s]")
    clock.now = 10
    echo.stderr.write("\rcandidates:   5%|▍         | 1/21 [00:10<03:20, 10.0s/cand]")
    assert _lines(capsys) == []
    clock.now = 31
    echo.stderr.write("\rcandidates:  14%|█▍        | 3/21 [00:31<00:56, 3.1s/cand, ok]")
    clock.now = 40
    echo.stderr.write("\rcandidates:  19%|█▉        | 4/21 [00:40<00:51, 3.0s/cand, ok]")
    assert _lines(capsys) == ["  02_time_programs | candidates:  14%|█▍        | 3/21 [00:31<00:56, 3.1s/cand, ok]"]
    clock.now = 70
    echo.stderr.write("\rcandidates: 100%|██████████| 21/21 [01:10<00:00, 3.3s/cand, ok]")
    echo.stderr.write("\n")
    assert _lines(capsys) == ["  02_time_programs | candidates: 100%|██████████| 21/21 [01:10<00:00, 3.3s/cand, ok]"]
    # a short bar (saving a dataset) passes by without a line
    echo.stderr.write("\rSaving the dataset (0/1 shards):   0%|          | 0/33")
    clock.now = 71
    echo.stderr.write("\rSaving the dataset (1/1 shards): 100%|██████████| 33/33\n")
    assert _lines(capsys) == []


def test_the_trainers_html_bar_becomes_a_line_with_counts_and_the_time_left(capsys, clock):
    def html(value: int, label: str) -> dict:
        return {"text/html": f"\n    <div>\n      \n      <progress value='{value}' max='40' style='width:300px; "
                             f"height:20px; vertical-align: middle;'></progress>\n      {label}\n    </div>\n    ",
                "text/plain": "<IPython.core.display.HTML object>"}

    echo = NotebookEcho("03_sft", lines=False, bars=True, terminal=False, clock=clock)
    echo.display(html(0, "[ 0/40 : < :]"), "d1")
    clock.now = 35
    echo.display(html(12, "[12/40 00:35 &lt; 01:22, 0.34 it/s, Epoch 0.30/1]"), "d1")
    assert _lines(capsys) == ["  03_sft | trainer: [12/40 00:35 < 01:22, 0.34 it/s, Epoch 0.30/1]"]
    clock.now = 120
    echo.display(html(40, "[40/40 02:00, Epoch 1/1]"), "d1")
    echo.display(html(40, "[40/40 02:00, Epoch 1/1]"), "d1")  # the trainer redraws it at the end
    echo.display({"text/plain": "<Figure size 640x480>"}, None)
    assert _lines(capsys) == ["  03_sft | trainer: [40/40 02:00, Epoch 1/1]"]


def test_nothing_is_handed_to_papermill_that_is_not_echoed():
    quiet = NotebookEcho("00_base_model", lines=False, bars=False)
    assert quiet.papermill_arguments() == {"stdout_file": None, "stderr_file": None, "progress_echo": None}
    both = NotebookEcho("00_base_model", lines=True, bars=True)
    assert both.papermill_arguments() == {"stdout_file": both.stdout, "stderr_file": both.stderr, "progress_echo": both}
