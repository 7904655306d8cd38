# Two commands on a fresh machine:
#   make report   - create .venv, install, run every notebook on $(DATA), HTML into reports/
#                   (optional: LANG=en, FREQ=month; reports/index.html links them)
#   make test     - create .venv, install with dev extras, ruff + pytest (notebooks included)
# Another Python: make test PYTHON=/root/.pyenv/versions/3.13.0/bin/python3 VENV=.venv-3.13
# Installs follow constraints.txt; `make constraints` regenerates it (uv, universal: 3.11-3.13;
# it keeps the pins it can, `make constraints UV_FLAGS=--upgrade` moves all to the newest).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CONSTRAINTS := constraints.txt
UV_VERSION := 0.13.9
UV_VENV := .venv-uv
PYTEST_ARGS ?=
DATA ?= data/raw
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
REPORTS := reports
LINT := $(wildcard src tests benchmarks notebooks)

.PHONY: install report test lint format lab clean constraints

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e ".[dev]"
	touch $@

# Pinned versions of every dependency for Python 3.11 to 3.13 (one universal resolution).
constraints:
	test -x $(UV_VENV)/bin/uv || { $(PYTHON) -m venv $(UV_VENV) && \
		$(UV_VENV)/bin/pip install --quiet uv==$(UV_VERSION); }
	$(UV_VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --extra dev \
		--custom-compile-command "make constraints" $(UV_FLAGS) pyproject.toml -o $(CONSTRAINTS)

# LANG only when given on the command line (the shell's LANG is a locale, not a report language)
REPORT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),)
REPORT_PARAMS := $(if $(REPORT_LANG),-p LANG "$(REPORT_LANG)") $(if $(FREQ),-p FREQ "$(FREQ)")

# notebooks run into a temporary folder (exported tables too: exports/), moved into
# $(REPORTS)/ only when all succeeded
report: install
	@test -e "$(DATA)" || { echo "make report: DATA=$(DATA) does not exist; $(REPORTS)/ left untouched" >&2; exit 1; }
	@set -e; tmp=$$(mktemp -d "$(CURDIR)/.reports-tmp.XXXXXX"); trap 'rm -rf "$$tmp"' EXIT; \
	for nb in $(NOTEBOOKS); do \
		name=$$(basename $$nb .ipynb); \
		echo "== $$name on $(DATA)"; \
		exports=""; if grep -q EXPORT_DIR $$nb; then exports="$$tmp/exports"; fi; \
		$(PY) -m papermill $$nb $$tmp/$$name.ipynb --cwd notebooks \
			-p DATA_PATH "$(abspath $(DATA))" $${exports:+-p EXPORT_DIR "$$exports"} \
			$(REPORT_PARAMS) --progress-bar; \
		$(PY) -m jupyter nbconvert --to html --log-level WARN $$tmp/$$name.ipynb; \
	done; \
	$(PY) -m helpers.viz.report_index --data "$(DATA)" --out "$$tmp" \
		--lang "$(or $(REPORT_LANG),ru)" $(NOTEBOOKS) > /dev/null; \
	mkdir -p $(REPORTS); \
	for made in "$$tmp"/*; do rm -rf "$(REPORTS)/$${made##*/}"; mv "$$made" $(REPORTS)/; done; \
	echo "HTML reports in $(REPORTS)/ (start at $(REPORTS)/index.html)"

test: install
	bash scripts/ensure_chromium.sh
	$(PY) -m ruff check $(LINT)
	$(PY) -m ruff format --check $(LINT)
	$(PY) -m pytest --nbmake $(PYTEST_ARGS) tests notebooks

lint: install
	$(PY) -m ruff check --fix $(LINT)
	$(PY) -m ruff format $(LINT)

lab: install
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf $(REPORTS) data/processed
