# perfutils: the two commands are `make run` (main job) and `make test` (tests).
# Both first run scripts/setup.sh, which creates or reuses .venv (about a second when set up).
#
#   make run [PRESET=cpu] [RUN_ID=my-run] [RESUME=1]   run the notebooks into data/runs/<run-id>/
#   make test / make test-all                          tests without / with the slow ones
#   make lab [LAB_ARGS='--no-browser --ip=0.0.0.0']    JupyterLab on notebooks/ (prints the URL to open)
#   make bench                                         benchmarks/*.py
#   make models-fetch [MODEL=name]                     fetch and convert a model now
#   make clean-models [MODEL=name]                     delete one model, or the whole cache

PY      := .venv/bin/python
PRESET  ?= cpu
RUN_ID  ?=
RESUME  ?=
MODEL   ?=
LAB_ARGS ?=

.PHONY: setup run test test-all bench lab models-fetch clean-models

setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m perfutils pipeline --preset $(PRESET) $(if $(RUN_ID),--run-id $(RUN_ID)) $(if $(RESUME),--resume)

test: setup
	$(PY) -m pytest -q

test-all: setup
	$(PY) -m pytest -q -m "slow or not slow"

bench: setup
	@set -e; found=0; for script in benchmarks/*.py; do \
		[ -e "$$script" ] || continue; found=1; \
		echo "== $$script"; $(PY) "$$script"; \
	done; [ $$found = 1 ] || echo "no benchmarks/*.py yet"

# As root (a container, a cloud VM) Jupyter refuses to start without --allow-root. It prints
# the URL to open, with its token, once it is up.
lab: setup
	$(PY) -m jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

models-fetch: setup
	$(PY) -m perfutils models fetch $(or $(MODEL),smollm2-135m-instruct)

clean-models: setup
	$(PY) -m perfutils models clean $(MODEL)
