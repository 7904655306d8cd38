# Two commands on a fresh machine:
#   make report   - create .venv, install, run every notebook on $(DATA), HTML into reports/
#   make test     - create .venv, install with dev extras, ruff + pytest (notebooks included)
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DATA ?= data/raw
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
REPORTS := reports
LINT := $(wildcard src tests benchmarks notebooks)

.PHONY: install report test lint format lab clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

report: install
	mkdir -p $(REPORTS)
	@for nb in $(NOTEBOOKS); do \
		name=$$(basename $$nb .ipynb); \
		echo "== $$name on $(DATA)"; \
		$(PY) -m papermill $$nb $(REPORTS)/$$name.ipynb --cwd notebooks \
			-p DATA_PATH "$(abspath $(DATA))" --progress-bar || exit 1; \
		$(PY) -m jupyter nbconvert --to html --log-level WARN $(REPORTS)/$$name.ipynb || exit 1; \
	done
	@echo "HTML reports in $(REPORTS)/"

test: install
	bash scripts/ensure_chromium.sh
	$(PY) -m ruff check $(LINT)
	$(PY) -m ruff format --check $(LINT)
	$(PY) -m pytest --nbmake tests notebooks

lint: install
	$(PY) -m ruff check --fix $(LINT)
	$(PY) -m ruff format $(LINT)

lab: install
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf $(REPORTS) data/processed
