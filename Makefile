# The two commands of the README: `make demo` and `make test`. Everything they need is
# installed here, so a fresh clone on a fresh machine works with nothing else.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= build

.PHONY: demo test check lint bench neo4j-server neo4j neo4j-stop browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamps re-run the install whenever pyproject.toml or the pinned versions change.
# .ci/constraints.txt pins every version: the shipped model is rebuilt byte for byte
# only by the numpy and scikit-learn it was trained with.
# An editable install writes no bytecode, and under PYTHONDONTWRITEBYTECODE nothing
# else would: every pbkg process would compile its sixty modules again (~0.1 CPU-s).
# setup.py compiles the modules of ingest/compiled_modules.txt (mypyc): an edit to one of
# them rebuilds the install (a stale build would not run: ingest/native.py).
COMPILED := $(shell grep -v '^\#' ingest/compiled_modules.txt)
BUILD_INPUTS := pyproject.toml .ci/constraints.txt setup.py ingest/compiled_modules.txt $(COMPILED)

$(VENV)/.installed: $(BUILD_INPUTS) | $(BIN)/python
	$(BIN)/pip install --quiet -c .ci/constraints.txt -e .
	$(BIN)/python -m compileall -q ingest graph queries viz pbkg
	touch $@

$(VENV)/.installed-dev: $(BUILD_INPUTS) | $(BIN)/python
	$(BIN)/pip install --quiet -c .ci/constraints.txt -e '.[dev]'
	$(BIN)/python -m compileall -q ingest graph queries viz pbkg
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/pbkg build examples/corpus --out $(OUT)

# The Neo4j used by the tests is built from Maven Central artifacts on first use;
# headless Chromium and CJK fonts come from Debian's packages.
neo4j-server:
	@if [ -f tests/neo4j_server/build.sh ]; then bash tests/neo4j_server/build.sh; fi

# A persistent local Neo4j for real use, without Docker: data in ~/.local/share/pbkg/neo4j
# (PBKG_NEO4J_HOME), Bolt on 127.0.0.1, the password NEO4J_PASSWORD from .env.
neo4j: $(VENV)/.installed neo4j-server
	$(BIN)/pbkg neo4j start

neo4j-stop: $(VENV)/.installed
	$(BIN)/pbkg neo4j stop

browser:
	@if [ -f tests/browser/install.sh ]; then bash tests/browser/install.sh; fi

# The static checks run first: a lint or type error fails `make test` (and so CI)
# before the three-minute suite starts.
test: lint neo4j-server browser
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: test

bench: $(VENV)/.installed-dev
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache tests/neo4j_server/target
