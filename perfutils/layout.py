"""Where things are: the repository's own folders, and the map of a run folder.

Usage::

    from perfutils.layout import PROBLEMS_ROOT, RunLayout
    run = RunLayout("data/runs/cpu-6")
    run.sft.adapter                  # data/runs/cpu-6/03_sft/adapter
    run.evaluate.samples("dpa")      # data/runs/cpu-6/07_evaluate/samples_dpa.jsonl
    run.evaluated_models()           # {"base": None, "sft": .../03_sft/adapter, ...}

    python -m perfutils layout       # this map as text

A run folder (``data/runs/<run-id>/``, made by :mod:`perfutils.pipeline`) holds ``run.json``,
the run report (``index.html``), each notebook as executed (``<stem>.ipynb``, and rendered,
``<stem>.html``) and one folder per notebook, ``<stem>/``, with what that notebook wrote. Each folder is a class below; each of its attributes made with
:class:`Artifact` is one file or folder, with the notebooks that read it (``read_by``) and
whether it is resumable work (``resumable``: training checkpoints, sample files and result
stores that a rerun of the notebook continues instead of redoing). The producer of an artifact
is the notebook whose folder holds it. A folder class also names the run config its notebook
builds from its parameters (``run_config``, see :mod:`perfutils.parameters`). Notebook N reads only what notebooks before it wrote;
:func:`check_layout` verifies that, and tests check that every numbered notebook has a folder
class here. Nothing else in the package spells a stage folder's or an artifact's name.

Repository folders: ``REPO_ROOT`` (the checkout; for a non-editable install, the folder that
holds the package), ``PROBLEMS_ROOT`` (the problem suite, ``train/`` and ``eval/``),
``NOTEBOOKS_DIR`` (with the presets in ``params/``), ``RUNS_DIR`` and the caches under
``.cache/``: models (:func:`model_cache_dir`) and builds (the runner's, ``.cache/builds``, or
``$PERFUTILS_BUILD_CACHE``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterator

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
PROBLEMS_ROOT = REPO_ROOT / "data" / "problems"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
PRESETS_DIR = NOTEBOOKS_DIR / "params"
RUNS_DIR = REPO_ROOT / "data" / "runs"
RESULTS_DIR = REPO_ROOT / "results"  # committed results of runs (perfutils.publish)
MODEL_CACHE_ENV = "PERFUTILS_MODEL_CACHE"


def in_checkout() -> bool:
    """Whether the package runs from a checkout (an editable install), which has notebooks/ and data/."""
    return (REPO_ROOT / "pyproject.toml").is_file()


def model_cache_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    """The model cache: ``cache_dir``, else ``$PERFUTILS_MODEL_CACHE``, else ``<repo>/.cache/models``.

    Outside a checkout the default is the user's cache (``~/.cache/perfutils/models``), never
    site-packages.
    """
    if cache_dir is not None:
        return Path(cache_dir).expanduser().resolve()
    if os.environ.get(MODEL_CACHE_ENV):
        return Path(os.environ[MODEL_CACHE_ENV]).expanduser().resolve()
    if in_checkout():
        return REPO_ROOT / ".cache" / "models"
    return Path.home() / ".cache" / "perfutils" / "models"


# --------------------------------------------------------------------------- a run folder


class Artifact:
    """One file or folder that a notebook writes into its folder of a run.

    On a folder class it describes the artifact; on a folder instance it is the artifact's
    path. A ``relative`` path with a placeholder (``samples_{model}.jsonl``) is a family of
    artifacts, one per model or method: the instance attribute is then a function of that name.
    """

    def __init__(self, relative: str, what: str, *, read_by: tuple[str, ...] = (),
                 resumable: bool = False, ignores: tuple[str, ...] = (), from_inputs: bool = True,
                 published: bool = False) -> None:
        self.relative, self.what, self.read_by, self.resumable = relative, what, read_by, resumable
        # Copied into results/<run-id>/ by `perfutils publish` (HF datasets as JSON lines).
        self.published = published
        # Resumable work is keyed by the notebook's parameters, but for `ignores` (and the folder's
        # `unrelated_parameters`), and by the artifacts the notebook reads (if `from_inputs`).
        self.ignores, self.from_inputs = ignores, from_inputs
        self.name = ""
        self.owner: type[StageFolder] | None = None

    def __set_name__(self, owner: type[StageFolder], name: str) -> None:
        self.name, self.owner = name, owner

    def __get__(self, folder: StageFolder | None, owner: type) -> Any:
        if folder is None:
            return self
        return self.path_in(folder.path)

    def path_in(self, folder: Path) -> Path | Callable[[str], Path]:
        if "{" in self.relative:
            return lambda name: folder / re.sub(r"\{\w+\}", name, self.relative)
        return folder / self.relative

    def existing_in(self, folder: Path) -> list[Path]:
        """The paths of this artifact that exist in ``folder``: the one, or each of a family."""
        return sorted(folder.glob(re.sub(r"\{\w+\}", "*", self.relative)))

    @property
    def producer(self) -> str:
        assert self.owner is not None
        return self.owner.stem


class StageFolder:
    """The folder of one notebook in a run, ``<run_dir>/<stem>/``; subclasses list its artifacts.

    A subclass names its notebook in its class statement: ``stem`` (the notebook's file name
    without .ipynb, and its folder's name), ``run_config`` ("module:Class" of the dataclass the
    notebook builds from its parameters, whose fields are parameters of the notebook too, see
    :mod:`perfutils.parameters`) and ``unrelated_parameters`` (parameters that no resumable work of
    the notebook depends on: changing one reruns the notebook but keeps its work, see
    :mod:`perfutils.resume`).
    """

    stem: ClassVar[str] = ""
    run_config: ClassVar[str | None] = None
    unrelated_parameters: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, stem: str = "", run_config: str | None = None,
                          unrelated_parameters: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.stem, cls.run_config, cls.unrelated_parameters = stem, run_config, unrelated_parameters

    metrics = Artifact("metrics.json", "the notebook's figures: what tests and the README read",
                       published=True)
    resume_record = Artifact("resume.json", "what its resumable work was made from (parameters, "
                             "digests of the inputs) and what was set aside as stale")

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def create(self) -> StageFolder:
        """Make the folder (and the run folder) if missing; returns self."""
        self.path.mkdir(parents=True, exist_ok=True)
        return self

    @classmethod
    def artifacts(cls) -> list[Artifact]:
        """Every artifact of this folder, in the order the class lists them (``metrics`` last)."""
        found: dict[str, Artifact] = {}
        for klass in reversed(cls.__mro__):
            found.update({k: v for k, v in vars(klass).items() if isinstance(v, Artifact)})
        ends = [found.pop("metrics"), found.pop("resume_record")]
        return [*found.values(), *ends]


class BaseModelFolder(StageFolder, stem="00_base_model"):
    """Notebook 00 writes only its metrics."""


class CollectDataFolder(StageFolder, stem="01_collect_data", run_config="perfutils.generation:SamplingSettings",
                        unrelated_parameters=("include_variants", "variants_per_problem")):
    samples = Artifact("samples.jsonl", "every raw generation of the base model (JSONL)",
                       resumable=True)
    validation = Artifact("validation.jsonl", "the runner's verdict (validation only) on the first "
                          "samples: which prompts get more samples (JSONL result store)", resumable=True,
                          ignores=("more_samples_when_correct",))
    more_samples = Artifact("more_samples.jsonl", "more samples of the prompts that had a correct "
                            "first sample (JSONL)", resumable=True)
    candidates = Artifact("candidates", "references, variants and samples in candidate form "
                          "(HF dataset)", read_by=("02_time_programs",))
    data_card = Artifact("data_card.json", "counts per type, source and execution model; the "
                         "problems used", published=True)
    counts_plot = Artifact("counts.png", "candidates per problem type and source", published=True)


class TimeProgramsFolder(StageFolder, stem="02_time_programs", unrelated_parameters=(
        "min_ratio", "sft_top_k", "sft_max_slowdown", "sft_sources", "pair_sources", "max_pairs_per_prompt",
        "correctness_pairs_per_prompt", "validation_fraction", "noise_pairs", "seed", "workers", "executor")):
    results = Artifact("results.jsonl", "the runner's result store (JSONL)", resumable=True)
    timed_candidates = Artifact("timed_candidates", "every candidate with its status and speedup "
                                "(HF dataset)", published=True)
    sft_dataset = Artifact("sft_dataset", "the fastest correct solutions per prompt (DatasetDict, "
                           "train/validation by problem)", read_by=("03_sft", "05_rlpf"))
    control_sft_dataset = Artifact("control_sft_dataset", "SFT's control arm: as many correct "
                                   "solutions per prompt, drawn at random (DatasetDict, the same split)",
                                   read_by=("03_sft",))
    preference_dataset = Artifact("preference_dataset", "speed and correctness pairs "
                                  "(DatasetDict, train/validation by problem)",
                                  read_by=("04_reward_model", "06_dpa"))
    data_card = Artifact("data_card.json", "counts per status, rows, pairs and the split", published=True)
    timing_plot = Artifact("timing_overview.png", "statuses, speedups and pair ratios", published=True)
    noise_study = Artifact("noise_study.json", "pairs timed again: how often the order flips", published=True)
    noise_plot = Artifact("noise_study.png", "pair ratio, first timing against re-timing", published=True)


class TrainingFolder(StageFolder):
    """The folder of a training notebook (03-06): checkpoints to resume from, curves."""

    checkpoints = Artifact("checkpoints", "training checkpoints", resumable=True)
    curves = Artifact("curves.png", "training curves", published=True)


class SFTFolder(TrainingFolder, stem="03_sft", run_config="perfutils.trainers.sft:SFTRunConfig",
                unrelated_parameters=("sample_tokens",)):
    adapter = Artifact("adapter", "the SFT LoRA adapter and tokenizer",
                       read_by=("05_rlpf", "06_dpa", "07_evaluate", "08_pareval"))
    control_checkpoints = Artifact("control_checkpoints", "training checkpoints of the control arm",
                                   resumable=True)
    control_adapter = Artifact("control_adapter", "the control arm's LoRA adapter: SFT on random "
                               "correct samples, same rows and steps", read_by=("07_evaluate", "08_pareval"))


class RewardModelFolder(TrainingFolder, stem="04_reward_model", run_config="perfutils.trainers.reward:RewardRunConfig",
                        unrelated_parameters=("train_accuracy_pairs",)):
    model = Artifact("model", "the reward model: LoRA adapter with its score head (or the full "
                     "model) and tokenizer", read_by=("05_rlpf",))
    accuracy_plot = Artifact("accuracy_by_speedup.png", "pairwise accuracy by speedup bin", published=True)


class RLPFFolder(TrainingFolder, stem="05_rlpf", run_config="perfutils.trainers.rlpf:RLPFRunConfig"):
    adapter = Artifact("adapter", "the RLPF LoRA adapter", read_by=("07_evaluate", "08_pareval"))
    rewards = Artifact("rewards.jsonl", "one line per scored completion: status, reward, code", published=True)


class DPAFolder(TrainingFolder, stem="06_dpa", run_config="perfutils.trainers.dpa:DPARunConfig",
                unrelated_parameters=("eval_pairs", "methods")):
    checkpoints = Artifact("checkpoints/{method}", "training checkpoints of each method (dpa, dpo)",
                           resumable=True)
    adapter = Artifact("adapter", "the DPA LoRA adapter", read_by=("07_evaluate", "08_pareval"))
    dpo_adapter = Artifact("dpo_adapter", "the plain DPO LoRA adapter (DPA's control)",
                           read_by=("07_evaluate", "08_pareval"))

    def adapter_of(self, method: str) -> Path:
        """The adapter a preference method writes: ``dpa`` or ``dpo``."""
        return {"dpa": self.adapter, "dpo": self.dpo_adapter}[method]


class EvaluateFolder(StageFolder, stem="07_evaluate", run_config="perfutils.generation:SamplingSettings",
                     unrelated_parameters=("models", "n_boot", "primary_model", "primary_parallelism",
                                           "control_model", "kl_samples")):
    samples = Artifact("samples_{model}.jsonl", "every raw generation of one model (JSONL)",
                       resumable=True,
                       ignores=("threads", "timing_processes", "timing_budget_s", "executor"))
    # (samples_per_prompt and other_samples_per_prompt set how many samples a model's file holds:
    # a file with other counts is set aside, as with other sampling settings.)
    # A stored result depends on the code it ran (its key) and the timing settings, not on which
    # model wrote the code or how it was sampled.
    results = Artifact("results.jsonl", "the runner's result store (JSONL)", resumable=True,
                       from_inputs=False,
                       ignores=("model_name", "split", "problems_per_type", "max_problems", "parallelisms",
                                "samples_per_prompt", "other_samples_per_prompt", "generation_backend", "seed",
                                "temperature", "top_p", "max_new_tokens", "batch_size"))
    samples_table = Artifact("samples.csv", "one row per sample: status, speedup, code", published=True)
    results_table = Artifact("results.csv", "pass@1, build@1, speedup_n@1, ... per model and "
                             "execution model", published=True)
    results_markdown = Artifact("results.md", "the same table in Markdown", published=True)
    by_type = Artifact("by_type.csv", "the same per problem type", published=True)
    bootstrap = Artifact("bootstrap.csv", "paired bootstrap intervals against the base model", published=True)
    alignment = Artifact("alignment.csv", "the comparisons the run is judged by: the primary model's "
                         "expected speedup over the base (the primary metric), its paired speed against "
                         "the base and the control, pass@1 differences; intervals and p-values",
                         published=True)
    movement = Artifact("movement.csv", "how far each aligned model moved from its start: samples "
                        "identical to the start model's, KL, share of samples at the token limit",
                        published=True)
    results_plot = Artifact("speedup_pass.png", "pass@1, build@1 and speedup bars", published=True)
    by_type_plot = Artifact("heatmap_by_type.png", "expected speedup per problem type", published=True)


class ParEvalFolder(StageFolder, stem="08_pareval", run_config="perfutils.generation:SamplingSettings",
                    unrelated_parameters=("models", "n_boot")):
    samples = Artifact("samples_{model}.jsonl", "every raw generation of one model on ParEval's prompts (JSONL)",
                       resumable=True, ignores=("threads", "run_timeout_s"))
    results = Artifact("results.jsonl", "the sandboxed runs of the samples (JSONL, keyed by code and problem)",
                       resumable=True, from_inputs=False,
                       ignores=("model_name", "problems", "parallelisms", "samples_per_prompt",
                                "generation_backend", "seed", "temperature", "top_p", "max_new_tokens",
                                "batch_size"))
    audit_results = Artifact("audit_results.jsonl", "the validator audit's runs (JSONL)", resumable=True,
                             from_inputs=False,
                             ignores=("model_name", "models", "samples_per_prompt", "generation_backend", "seed",
                                      "temperature", "top_p", "max_new_tokens", "batch_size"))
    samples_table = Artifact("samples.csv", "one row per sample: status, speedup, ParEval's runs, code",
                             published=True)
    audit_table = Artifact("audit.csv", "each trivial sample and the baseline control against every problem",
                           published=True)
    table = Artifact("{table}.csv", "one table: ours_all, ours_sound, ours_by_type, pareval_all, "
                     "pareval_sound, bootstrap", published=True)
    results_markdown = Artifact("results.md", "every table and the audit in Markdown", published=True)


STAGES: tuple[type[StageFolder], ...] = (BaseModelFolder, CollectDataFolder, TimeProgramsFolder,
                                         SFTFolder, RewardModelFolder, RLPFFolder, DPAFolder,
                                         EvaluateFolder, ParEvalFolder)


class RunLayout:
    """The map of one run folder: ``RunLayout(run_dir).sft.adapter`` and so on.

    Nothing is created or checked on construction; :meth:`StageFolder.create` makes a folder.
    """

    def __init__(self, run_dir: str | os.PathLike) -> None:
        self.root = Path(run_dir)
        self.base_model = BaseModelFolder(self.root / BaseModelFolder.stem)
        self.collect_data = CollectDataFolder(self.root / CollectDataFolder.stem)
        self.time_programs = TimeProgramsFolder(self.root / TimeProgramsFolder.stem)
        self.sft = SFTFolder(self.root / SFTFolder.stem)
        self.reward_model = RewardModelFolder(self.root / RewardModelFolder.stem)
        self.rlpf = RLPFFolder(self.root / RLPFFolder.stem)
        self.dpa = DPAFolder(self.root / DPAFolder.stem)
        self.evaluate = EvaluateFolder(self.root / EvaluateFolder.stem)
        self.pareval = ParEvalFolder(self.root / ParEvalFolder.stem)

    def __repr__(self) -> str:
        return f"RunLayout({str(self.root)!r})"

    @property
    def record(self) -> Path:
        """``run.json``: preset, parameters, revision, environment and status per notebook."""
        return self.root / "run.json"

    def executed_notebook(self, stem: str) -> Path:
        """A notebook as the pipeline executed it, with its outputs."""
        return self.root / f"{stem}.ipynb"

    def rendered_notebook(self, stem: str) -> Path:
        """The executed notebook rendered as HTML, for the run report."""
        return self.root / f"{stem}.html"

    @property
    def report(self) -> Path:
        """``index.html``: the run report (:mod:`perfutils.run_report`)."""
        return self.root / "index.html"

    def stage(self, stem: str) -> StageFolder:
        """The folder of notebook ``stem`` (see :func:`stage_class`)."""
        return next((folder for folder in self if folder.stem == stem), None) or StageFolder(self.root / stem)

    def __iter__(self) -> Iterator[StageFolder]:
        return iter((self.base_model, self.collect_data, self.time_programs, self.sft,
                     self.reward_model, self.rlpf, self.dpa, self.evaluate, self.pareval))

    def inputs_of(self, stem: str) -> dict[str, Path]:
        """What notebook ``stem`` reads from the run folder: ``{"<stage>/<artifact>": path}``."""
        return {f"{folder.stem}/{artifact.relative}": getattr(folder, artifact.name)
                for folder in self for artifact in folder.artifacts() if stem in artifact.read_by}

    def evaluated_models(self) -> dict[str, Path | None]:
        """The models notebooks 07 and 08 compare, by label: the base model (None: no adapter) and the
        adapter of each aligned model."""
        return {"base": None, "sft": self.sft.adapter, "control": self.sft.control_adapter,
                "rlpf": self.rlpf.adapter, "dpa": self.dpa.adapter, "dpo": self.dpa.dpo_adapter}

    # Where each aligned model's training started: what "moved" means for it (07 compares its
    # samples and log-probabilities with the start's).
    STARTS = {"sft": "base", "control": "base", "rlpf": "sft", "dpa": "sft", "dpo": "sft"}


def stage_class(stem: str) -> type[StageFolder]:
    """The folder class of notebook ``stem``; a notebook without one (a test's) gets the bare class."""
    return next((stage for stage in STAGES if stage.stem == stem), StageFolder)


def check_layout() -> list[str]:
    """What is wrong with the map: a reader that is not a later notebook, a stem that is not a
    stage. Empty when the map is consistent (a test keeps it so)."""
    order = [stage.stem for stage in STAGES]
    problems = []
    for stage in STAGES:
        for artifact in stage.artifacts():
            for reader in artifact.read_by:
                if reader not in order:
                    problems.append(f"{stage.stem}/{artifact.relative}: reader {reader} is no stage")
                elif order.index(reader) <= order.index(stage.stem):
                    problems.append(f"{stage.stem}/{artifact.relative}: read by {reader}, which "
                                    "does not come later")
    return problems


def describe_layout() -> str:
    """The run folder's map as text: each stage's artifacts, what they are and who reads them."""
    lines = ["<run_dir>/",
             "  index.html".ljust(40) + "the run report: status, time and memory per notebook, results, plots",
             "  run.json".ljust(40) + "preset, parameters, revision, environment, status per notebook",
             "  <stem>.ipynb".ljust(40) + "each notebook as executed",
             "  <stem>.html".ljust(40) + "the same, rendered for the run report"]
    for stage in STAGES:
        lines.append(f"  {stage.stem}/")
        resumable = any(artifact.resumable for artifact in stage.artifacts())
        for artifact in stage.artifacts():
            if artifact.name == "resume_record" and not resumable:
                continue
            name = re.sub(r"\{(\w+)\}", r"<\1>", artifact.relative)
            notes = [artifact.what]
            if artifact.read_by:
                notes.append("read by " + ", ".join(artifact.read_by))
            if artifact.resumable:
                notes.append("resumable")
            if artifact.published:
                notes.append("published")
            lines.append(f"    {name}".ljust(40) + "; ".join(notes))
    return "\n".join(lines)
