# ScalePlan — set-up, run, test, bench.
# `make setup` is idempotent: it installs the Debian packages Qt and the Japanese font need (as root via
# apt-get; otherwise it prints the command and fails), then a virtual environment in .venv with the
# project installed in editable mode.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Shared libraries the Qt 6 wheels load (xcb for a real display, EGL/GL for offscreen rendering),
# fontconfig, and a Japanese font (IPAex Gothic, IPA Font License v1.0).
APT_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
                libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
                libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
                libxcb-xkb1 libx11-xcb1 fontconfig fonts-ipaexfont-gothic poppler-utils

# `make package` also needs binutils (PyInstaller reads ELF headers with objdump; we strip with strip).
PACKAGE_APT := binutils

.PHONY: setup system-deps package-deps apt-install translations ts font run test test-fast lint typecheck bench bench-baseline \
        package package-onefile smoke clean

setup: system-deps $(STAMP) translations font

# The Japanese font ScalePlan uses and ships: IPAex Gothic with its look-alike code points dropped
# (scripts/make_font.py says why).
FONT := resources/fonts/ScalePlanGothic.ttf

font: $(FONT)

$(FONT): scripts/make_font.py $(STAMP)
	$(PY) scripts/make_font.py

# Translations: the .ts sources are edited (Qt Linguist, or by hand); the .qm files are built from them.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (new strings appear untranslated; translations are kept): every
# module under gui/ and the engine modules that mark strings with QT_TR_NOOP.
TS_SOURCES = $(shell find gui -name '*.py' | sort) \
             $(wildcard engine/planner.py engine/sensitivity.py engine/findings.py engine/fields.py engine/errors.py)

ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(TS_SOURCES) -ts $(TS) -no-obsolete

system-deps:
	@$(MAKE) --no-print-directory apt-install PKGS="$(APT_PACKAGES)"

package-deps:
	@$(MAKE) --no-print-directory apt-install PKGS="$(PACKAGE_APT)"

apt-install:
	@missing=$$(for p in $(PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages: $$missing"; \
	    (apt-get install -y --no-install-recommends $$missing >/dev/null 2>&1 || \
	     (apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing)); \
	else \
	    echo "ScalePlan needs these Debian packages: $$missing"; \
	    echo "Install them with:  sudo apt-get install -y $$missing"; \
	    exit 1; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	@touch $(PACKAGE_STAMP)

# The onedir bundle in dist/scaleplan/ (PyInstaller's work files in build/_work/). Shared libraries are
# stripped afterwards except the wheels' own numpy.libs/scipy.libs (strip breaks their patched ELF
# headers: "ELF load command address/offset not page-aligned").
package: setup package-deps $(PACKAGE_STAMP)
	rm -rf dist/scaleplan
	$(VENV)/bin/pyinstaller build/scaleplan.spec --noconfirm --log-level WARN --distpath dist --workpath build/_work
	find dist/scaleplan/_internal -type f \( -name '*.so' -o -name '*.so.*' \) ! -path '*/numpy.libs/*' \
	    ! -path '*/scipy.libs/*' -exec strip --strip-unneeded {} +
	@du -sh dist/scaleplan

# One self-extracting file, dist/scaleplan-onefile (slower to start: it unpacks to a temporary folder).
package-onefile: setup package-deps $(PACKAGE_STAMP)
	SCALEPLAN_ONEFILE=1 $(VENV)/bin/pyinstaller build/scaleplan.spec --noconfirm --log-level WARN \
	    --distpath dist --workpath build/_work/onefile
	@du -sh dist/scaleplan-onefile

# What CI runs after `make package`: the frozen program checks itself, offscreen.
smoke:
	dist/scaleplan/scaleplan --smoke-test

run: setup
	$(VENV)/bin/scaleplan

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The suite without the tests marked slow (fuzzing, property, stress, subprocess-heavy).
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

# ruff's rule set and the import contracts (engine pure; gui layered; gui.text Qt-free), both in pyproject.toml.
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# mypy: engine strict, gui at the level pyproject.toml sets per package (a ratchet: only ever raised).
typecheck: setup
	$(VENV)/bin/mypy engine gui

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench.run

# The reference fitting procedure (scipy L-BFGS-B from 4,500 starts, in turn), once: ~5 minutes.
bench-baseline: setup
	$(PY) -m tests.bench.baseline

clean:
	rm -rf $(VENV) .bench build/_work dist .pytest_cache .hypothesis
