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

# Linux desktops: a menu entry and icon for this checkout's `photoseek` (per user, no root).
.PHONY: desktop-entry
desktop-entry: $(VENV)/.installed
	install -D -m 644 desktop/photoseek/gui/resources/photoseek.svg \
		$(HOME)/.local/share/icons/hicolor/scalable/apps/photoseek.svg
	sed "s|^Exec=photoseek|Exec=$(abspath $(VENV))/bin/photoseek|" resources/photoseek.desktop \
		| install -D -m 644 /dev/stdin $(HOME)/.local/share/applications/photoseek.desktop
