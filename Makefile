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

.PHONY: install run test lint bench clean translations translations-update icons validate-metadata \
	bundle package-check
install: $(VENV)/.installed

run: QT_QPA_PLATFORM=
run: $(VENV)/.installed translations
	$(VENV)/bin/photoseek $(ARGS)

test: $(VENV)/.installed translations
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check desktop tests
	$(VENV)/bin/ruff format --check desktop tests
	$(VENV)/bin/mypy
	$(MAKE) --no-print-directory validate-metadata

bench: $(VENV)/.installed
	$(PY) -m pytest -q -s tests/bench -o timeout=0 -o python_files='bench_*.py' -o addopts=''

clean:
	rm -rf $(VENV) build *.egg-info packaging/build packaging/dist $(QM)

# -- translations: .ts sources in git, .qm built here (and by the package build, setup.py) ----
I18N := desktop/photoseek/gui/resources/i18n
TS := $(wildcard $(I18N)/photoseek_*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts | $(VENV)/.installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from every tr() string in the GUI (then translate the new entries,
# e.g. with pyside6-linguist; tests/test_translations.py lists what is unfinished).
translations-update: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find desktop/photoseek/gui -name '*.py' | sort) \
		-ts $(TS)

# -- desktop integration and packages (see packaging/README.md) ------------------------------
APP_ID := app.photoseek.Photoseek
ICON_SIZES := 16 24 32 48 64 128 256 512

# PNG icons at the standard sizes, rendered from the SVG (committed; rerun when it changes).
icons: $(VENV)/.installed
	$(PY) packaging/render_icons.py desktop/photoseek/gui/resources/photoseek.svg \
		resources/icons/hicolor $(APP_ID) $(ICON_SIZES)

# appstreamcli and desktop-file-validate (Debian: apt install appstream desktop-file-utils).
validate-metadata:
	@if command -v appstreamcli >/dev/null 2>&1; then \
		appstreamcli validate --no-net --explain resources/$(APP_ID).metainfo.xml; \
	else echo "validate-metadata: appstreamcli not installed; AppStream metainfo NOT checked"; fi
	@if command -v desktop-file-validate >/dev/null 2>&1; then \
		desktop-file-validate resources/$(APP_ID).desktop && echo "$(APP_ID).desktop: OK"; \
	else echo "validate-metadata: desktop-file-validate not installed; .desktop file NOT checked"; fi
	@if command -v flatpak-builder >/dev/null 2>&1; then \
		out=$$(flatpak-builder --show-manifest packaging/flatpak/$(APP_ID).yml 2>&1 >/dev/null); \
		if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; echo "$(APP_ID).yml: parses"; \
	else echo "validate-metadata: flatpak-builder not installed; Flatpak manifest NOT parsed"; fi

# The PyInstaller one-folder app in packaging/dist/photoseek/, then its smoke test.
bundle: $(VENV)/.installed translations
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet -e '.[test,bundle]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath packaging/dist \
		--workpath packaging/build/pyinstaller packaging/photoseek.spec
	PHOTOSEEK_TEST_BUNDLE=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_bundle.py

# `pip install .` into a fresh venv from a copy of the tree (what pipx does), then run it.
package-check: $(VENV)/.installed
	PHOTOSEEK_TEST_INSTALL=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_install.py

# Linux desktops: a menu entry and icon for this checkout's `photoseek` (per user, no root).
.PHONY: desktop-entry
desktop-entry: $(VENV)/.installed translations
	install -D -m 644 desktop/photoseek/gui/resources/photoseek.svg \
		$(HOME)/.local/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	sed "s|^Exec=photoseek|Exec=$(abspath $(VENV))/bin/photoseek|" resources/$(APP_ID).desktop \
		| install -D -m 644 /dev/stdin $(HOME)/.local/share/applications/$(APP_ID).desktop
