# Two commands for a fresh machine:  `make run` (starts the app)  and  `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

.PHONY: install run test lint bench clean
install: $(VENV)/.installed

run: QT_QPA_PLATFORM=
run: $(VENV)/.installed
	$(VENV)/bin/photoseek $(ARGS)

test: $(VENV)/.installed
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/ruff format --check desktop tests
	$(VENV)/bin/mypy

bench: $(VENV)/.installed
	$(PY) -m pytest -q -s tests/bench -o timeout=0 -o python_files='bench_*.py' -o addopts=''

clean:
	rm -rf $(VENV) build *.egg-info
