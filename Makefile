# The README's two commands: `make app` and `make test`. `make install` is the shared setup.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_GET := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

.PHONY: install app test lint bench eval browser clean screenshot

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q "pip>=24"
	# torch first, pinned: the local CPU wheel (an unpinned torch pulls a multi-GB CUDA build)
	$(BIN)/pip install --disable-pip-version-check -q torch==2.13.0
	$(BIN)/pip install --disable-pip-version-check -q -e '.[test]'
	touch $(STAMP)

# Debian's headless Chromium and its driver, for the end-to-end browser test
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { $(APT_GET) update -q && $(APT_GET) install -y -q chromium chromium-driver; }

app: install
	$(BIN)/panelsearch ingest
	$(BIN)/panelsearch serve

# both cores: one worker per test file, the shared test indexes built once (tests/conftest.py)
test: install browser
	$(BIN)/python -m pytest -n 2 --dist loadfile; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy --ignore-missing-imports panelsearch ingest index qa eval app.py

eval: install
	$(BIN)/panelsearch eval

bench: install
	$(BIN)/panelsearch bench

clean:
	rm -rf .panelsearch build *.egg-info .pytest_cache

# Refresh the README's screenshot from the end-to-end browser test
screenshot: install browser
	PANELSEARCH_SCREENSHOT=$(CURDIR)/docs/screenshot.png $(BIN)/python -m pytest -q tests/test_app_browser.py
