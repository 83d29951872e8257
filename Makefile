# Every target installs what it needs into .venv first, so each works on a fresh machine.
# Both can be overridden to test on another interpreter: make test VENV=.venv-3.13 PYTHON=python3.13
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed

# What to generate from: `make generate SPEC=path/to/swagger.yaml OVERLAY=path/to/overlay.yaml`
# (OVERLAY= for none); STRICT=1 fails when anything could not be typed.
SPEC ?= spec/callfire-v2.swagger.yaml
OVERLAY ?= spec/overlay.yaml
STRICT ?=
OPENAPI := spec/callfire-v2.openapi.yaml
API_REFERENCE := docs/api.md
CONVERT = $(PY) spec/convert.py $(SPEC) $(if $(OVERLAY),--overlay $(OVERLAY)) \
	$(if $(filter 1,$(STRICT)),--strict)
GENERATOR := $(BIN)/openapi-python-client generate --meta none --overwrite --fail-on-warning \
	--config generator-config.yaml --custom-template-path templates
LINTED := custom tests spec bench examples
# mypy cannot follow setuptools' editable-install import hook, so it checks the package in the
# vendored layout (callfire_async/ with custom/ inside), made of symlinks.
TYPECHECK_ROOT := build/typecheck

.PHONY: install generate check-generated lint typecheck test fuzz bench demo clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# The generator's post hooks call `ruff`: the pinned one from the venv must come first on PATH.
# After the generator: the package embeds its OpenAPI document (the fake serves any operation
# from it) and the API reference is written from the generated facade.
generate: $(STAMP)
	$(CONVERT) -o $(OPENAPI)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GENERATOR) --path $(OPENAPI) --output-path callfire_async
	touch callfire_async/py.typed
	$(PY) spec/embed_document.py $(OPENAPI) callfire_async/openapi_document.py
	$(PY) spec/api_reference.py callfire_async $(API_REFERENCE)

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(CONVERT) -o "$$tmp/openapi.yaml" && \
	{ PATH="$(CURDIR)/$(BIN):$$PATH" $(GENERATOR) --path "$$tmp/openapi.yaml" \
		--output-path "$$tmp/callfire_async" > "$$tmp/generator.log" 2>&1 || \
		{ cat "$$tmp/generator.log"; exit 1; } ; } && \
	touch "$$tmp/callfire_async/py.typed" && \
	$(PY) spec/embed_document.py "$$tmp/openapi.yaml" "$$tmp/callfire_async/openapi_document.py" && \
	$(PY) spec/api_reference.py "$$tmp/callfire_async" "$$tmp/api.md" && \
	diff -u $(OPENAPI) "$$tmp/openapi.yaml" && \
	diff -r -x __pycache__ callfire_async "$$tmp/callfire_async" && \
	diff -u $(API_REFERENCE) "$$tmp/api.md" && \
	echo "check-generated: callfire_async/, $(OPENAPI) and $(API_REFERENCE) match a fresh generation"

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

typecheck: $(STAMP)
	@rm -rf $(TYPECHECK_ROOT) && mkdir -p $(TYPECHECK_ROOT)/callfire_async
	@for entry in callfire_async/*; do ln -s "$(CURDIR)/$$entry" $(TYPECHECK_ROOT)/callfire_async/; done
	@ln -s "$(CURDIR)/custom" $(TYPECHECK_ROOT)/callfire_async/custom
	cd $(TYPECHECK_ROOT) && MYPYPATH=. $(CURDIR)/$(BIN)/mypy --config-file $(CURDIR)/pyproject.toml \
		-p callfire_async.custom
	cd $(TYPECHECK_ROOT) && MYPYPATH=. $(CURDIR)/$(BIN)/mypy --config-file $(CURDIR)/pyproject.toml \
		$(addprefix $(CURDIR)/,$(wildcard examples/*.py))

test: $(STAMP) lint typecheck check-generated
	$(BIN)/pytest -q -m "not fuzz"

fuzz: $(STAMP)
	$(BIN)/pytest -q -m fuzz

bench: $(STAMP)
	$(PY) -m bench

demo: $(STAMP)
	$(PY) examples/demo.py

clean:
	rm -rf $(VENV) build
