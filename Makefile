# peerkit: the two commands people need are `make lab` and `make test`.
# Both create .venv on first use (Python 3.10 or newer) and install the project.

VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QUICK  := not browser and not slow and not notebook
# Python keeps compiled bytecode (in __pycache__, ignored by git) so that each test process,
# kernel and server does not compile the package and rewrite the tests' asserts again (some
# machines set PYTHONDONTWRITEBYTECODE: each pytest process then spends about 4 s of CPU
# collecting the tests, and each kernel and command line compiles peerkit anew).
export PYTHONDONTWRITEBYTECODE :=
# Processes for the quick tests (pytest-xdist); JOBS=0 runs every pass in this one, e.g. on a busy machine.
JOBS   ?= 2
# Processes for the browser, notebook and slow tests. Three on two cores: these tests spend much
# of their time waiting on a server, a kernel or Chromium, and a third process keeps both cores
# busy. They are dealt out with --dist worksteal: each process starts on a run of neighbouring
# tests, so a module's JupyterLab, Voila or handouts are mostly set up once, not in every process,
# and an idle process takes tests from a busy one. On a 2-core machine (2026-12-07, in turn) the
# pass took 247-249 s and 461-466 CPU-s that way, against 253-262 s and 488-501 CPU-s with the
# default --dist load; four processes took 286 s and 540 CPU-s.
SLOW_JOBS ?= $(if $(filter 0,$(JOBS)),0,3)
# The newest Python 3.10+ on this machine that can make a venv and reach PyPI (venv, ensurepip
# and ssl: Debian splits venv into its own package): on PATH, or installed by pyenv but not
# selected (its shims refuse such a version, so it is found by its own path). Newer is faster
# here: the quick tests under coverage took 38-45 s on Python 3.13, which coverage measures
# through sys.monitoring, against 69-71 s on 3.11 with coverage's C tracer (2-core machine).
# `make PYTHON=python3.11 ...` chooses one when .venv is first made.
PYENV_VERSIONS := $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions
PYTHON ?= $(shell for p in $$(for m in 13 12 11 10; do command -v python3.$$m; \
              ls -d $(PYENV_VERSIONS)/3.$$m.*/bin/python3.$$m 2>/dev/null | sort -rV; done) python3; do \
            $$p -c 'import sys, ssl, venv, ensurepip; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1 \
            && { echo $$p; break; }; done)

.PHONY: lab app check check-order test validate clean-notebooks check-notebooks handouts clean help

help:
	@echo "make lab              install (first time) and open the course in JupyterLab"
	@echo "make app              install (first time) and open the course as an app, with no code in sight"
	@echo "make check            the quick loop: style, content, and the tests that need no browser and are not slow"
	@echo "make check-order      the quick tests in a random order (each test stands alone)"
	@echo "make test             install (first time) and run every test, with the coverage floor"
	@echo "make validate         check the lesson content in data/"
	@echo "make clean-notebooks  strip outputs and fix metadata after editing notebooks"
	@echo "make handouts         write the learner and facilitator handouts to handouts/"

# The course's JupyterLab settings and server extension (see peerkit/_course_server.py):
# an editable install does not copy data files, so they are copied here.
LAB_SETTINGS  := peerkit/jupyterlab/overrides.json
SERVER_CONFIG := peerkit/jupyterlab/peerkit.json

$(STAMP): pyproject.toml $(LAB_SETTINGS) $(SERVER_CONFIG)
	@test -n "$(PYTHON)" || { echo "peerkit needs Python 3.10 or newer, with venv (Debian and Ubuntu: apt-get install python3-venv); please install it first."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	mkdir -p $(VENV)/share/jupyter/lab/settings $(VENV)/etc/jupyter/jupyter_server_config.d
	cp $(LAB_SETTINGS) $(VENV)/share/jupyter/lab/settings/overrides.json
	cp $(SERVER_CONFIG) $(VENV)/etc/jupyter/jupyter_server_config.d/peerkit.json
	@touch $(STAMP)

# JupyterLab refuses to run as root unless told; containers often run as root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(STAMP)
	$(BIN)/jupyter lab $(ROOT_FLAG) notebooks/00-welcome.ipynb

app: $(STAMP)
	$(BIN)/peerkit app

# The quick loop while working: everything but browser, notebook and slow tests.
check: $(STAMP)
	$(BIN)/ruff check peerkit tests bench
	$(BIN)/ruff format --check peerkit tests bench
	$(BIN)/peerkit validate --strict
	PEERKIT_STRICT=1 $(BIN)/python -m pytest -q -n $(JOBS) -m "$(QUICK)" tests

# make test: the quick tests under coverage (failing below the floor in pyproject.toml), then
# the browser, notebook and slow tests (SLOW_JOBS processes, work stealing), then every
# notebook run in a kernel (each notebook's cells in one process, in order: --dist loadfile).
test: $(STAMP)
	$(BIN)/ruff check peerkit tests bench
	$(BIN)/ruff format --check peerkit tests bench
	$(BIN)/peerkit validate --strict
	PEERKIT_STRICT=1 $(BIN)/python -m pytest -q -n $(JOBS) -m "$(QUICK)" --cov --cov-report=term tests
	PEERKIT_STRICT=1 $(BIN)/python -m pytest -n $(SLOW_JOBS) --dist worksteal -m "not ($(QUICK))" tests
	PEERKIT_STRICT=1 $(BIN)/python -m pytest -n $(JOBS) --dist loadfile notebooks

# make check-order: the quick tests in a random order (pytest-randomly prints the seed; rerun a
# failure in the same order with -p randomly --randomly-seed=N), so no test needs another first.
check-order: $(STAMP)
	PEERKIT_STRICT=1 $(BIN)/python -m pytest -q -p randomly -m "$(QUICK)" tests

validate: $(STAMP)
	$(BIN)/peerkit validate

clean-notebooks: $(STAMP)
	$(BIN)/peerkit clean-notebooks

check-notebooks: $(STAMP)
	$(BIN)/peerkit clean-notebooks --check

handouts: $(STAMP)
	$(BIN)/peerkit handouts --out handouts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
