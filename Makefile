# pledgewatch: `make run` (set up, ingest the sample corpus, print the tracker),
# `make serve` (the same, then the dashboard on http://127.0.0.1:8000)
# and `make test` (set up, run every test). `make check`: lint, types, tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := corpus/sample/docs
DB ?= sqlite:///pledgewatch.db

.PHONY: run test check lint format types eval serve clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pledgewatch run $(SAMPLE) --db $(DB)

# The dashboard and API on http://127.0.0.1:8000 over the sample corpus.
serve: $(STAMP)
	$(BIN)/pledgewatch ingest $(SAMPLE) --db $(DB)
	$(BIN)/pledgewatch serve --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

types: $(STAMP)
	$(BIN)/mypy

check: lint types test

eval: $(STAMP)
	$(BIN)/pledgewatch eval ../shared/corpus/docs ../shared/corpus/gold
	$(BIN)/pledgewatch eval corpus/sample/docs corpus/sample/gold

clean:
	rm -rf $(VENV) pledgewatch.db pledgewatch.db-wal pledgewatch.db-shm .mypy_cache .pytest_cache .ruff_cache
