# Two entry points (see README, Quick start):
#   make demo   install, convert the bundled sample to JSON, then audit it
#   make test   install, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := samples/monev-2021/monev-2021.pdf

.PHONY: install demo test bench replica corpus system

system:
	bash scripts/system-packages.sh

$(BIN)/ogi-extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/ogi-extract

demo: install
	mkdir -p out
	$(BIN)/ogi-extract convert $(SAMPLE) -o out/monev-2021.json
	$(BIN)/ogi-extract audit $(SAMPLE) --fail-on none

test: system install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

replica: install
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
	$(BIN)/python samples/monev-2021/build_replica.py

corpus: system install
	$(BIN)/python -m corpus.build
	$(BIN)/python -m corpus.table
