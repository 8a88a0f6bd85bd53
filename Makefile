# Two commands on a fresh machine:  `make run` (serve the demo portal)  and  `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test setup lint format system-deps messages compile screenshots clean

$(PY):
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required (set PYTHON=...)"'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PIP) install -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0

run: setup
	$(PY) manage.py load_demo_content
	$(PY) manage.py create_admin
	$(PY) manage.py runserver 127.0.0.1:8000

# The tests need Debian's Chromium (browser tests), GNU gettext (catalogue completeness check) and Varnish (the
# caching proxy's tests in tests/ops/test_proxy.py).
# Install what is missing when we may (root, as in CI); otherwise say what to install.
system-deps:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v xgettext >/dev/null 2>&1 || missing="$$missing gettext"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	{ command -v varnishd || test -x /usr/sbin/varnishd; } >/dev/null 2>&1 || missing="$$missing varnish"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "The tests need:$$missing (sudo apt-get install$$missing)" >&2; exit 1; fi; fi

# The Nu Html Checker for tests/browser/test_valid_html.py (needs Java and npm).
VNU_VERSION := 26.9.27
$(VENV)/vnu/vnu.jar: | $(PY)
	npm install --silent --no-audit --no-fund --prefix $(VENV)/vnu vnu-jar@$(VNU_VERSION)
	cp $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar $@

# The suite runs on every core (pytest-xdist; TEST_WORKERS=0 runs it in one process) against DATABASE_URL's database
# (SQLite when unset). Extra pytest arguments: make test PYTEST_ARGS='-m "not ops and not browser"'.
TEST_WORKERS ?= auto
PYTEST_ARGS ?=
test: $(VENV)/.dev system-deps $(VENV)/vnu/vnu.jar
	DJANGO_SETTINGS_MODULE=portal.settings.test $(VENV)/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Re-extract UI strings after changing templates or Python strings (needs GNU gettext), then
# translate the new entries in locale/*/LC_MESSAGES/django.po and compile with `make compile`.
messages: $(VENV)/.dev
	$(PY) manage.py makemessages -l sl -l hr --no-location --no-obsolete -i '.venv/*' -i 'var/*' -i 'tests/*'

# Compiles the catalogues with polib (pure Python), so no GNU gettext is needed on any machine.
compile: $(VENV)/.dev
	$(PY) -m portal.compile_messages

# Phone and desktop screenshots of every page type in every language, into screenshots/ (git ignores it).
# Serves the demo portal on port 8765 for the duration.
screenshots: $(VENV)/.dev system-deps setup
	$(PY) manage.py load_demo_content
	@$(PY) manage.py runserver 127.0.0.1:8765 --noreload >/dev/null 2>&1 & pid=$$!; \
	for i in $$(seq 50); do curl -fs -o /dev/null http://127.0.0.1:8765/healthz && break; sleep 0.2; done; \
	$(PY) -m tests.browser.screenshots --base-url http://127.0.0.1:8765; status=$$?; kill $$pid; exit $$status

clean:
	rm -rf $(VENV) var db.sqlite3

# Speed benchmark (bench/README.md): every page type cached and uncached against the static-file ceiling, on
# gunicorn with production settings. Needs PostgreSQL and Redis on 127.0.0.1 and Debian's wrk (installed here).
.PHONY: bench
bench: $(VENV)/.dev
	@command -v wrk >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "The benchmark needs wrk (sudo apt-get install wrk)" >&2; exit 1; fi; }
	$(PY) -m bench.run

# Anonymous pages through Varnish (deploy/varnish/portal.vcl) side by side with nginx and Varnish serving the same bytes as a
# file (bench/proxy.py); needs what `make bench` needs plus Debian's varnish and nginx-light (installed here).
.PHONY: bench-proxy
bench-proxy: $(VENV)/.dev
	@missing=""; command -v wrk >/dev/null 2>&1 || missing="$$missing wrk"; \
	{ command -v varnishd || test -x /usr/sbin/varnishd; } >/dev/null 2>&1 || missing="$$missing varnish"; \
	{ command -v nginx || test -x /usr/sbin/nginx; } >/dev/null 2>&1 || missing="$$missing nginx-light"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "The proxy benchmark needs:$$missing (sudo apt-get install$$missing)" >&2; exit 1; fi; fi
	$(PY) -m bench.proxy $(if $(SKIP_SETUP),--skip-setup)

# Lighthouse (mobile) on home, a news article and the event list, after `make bench` (its database and media).
LIGHTHOUSE_VERSION := 13.5.0
$(VENV)/lighthouse/node_modules/.bin/lighthouse: | $(PY)
	npm install --silent --no-audit --no-fund --prefix $(VENV)/lighthouse lighthouse@$(LIGHTHOUSE_VERSION)

.PHONY: lighthouse
lighthouse: $(VENV)/.dev system-deps $(VENV)/lighthouse/node_modules/.bin/lighthouse
	$(PY) -m bench.lighthouse

# --- Operations (docs/deployment.md) --------------------------------------------------------------------------
# Backups of the database (pg_dump custom format, or SQLite's online backup) and MEDIA_ROOT into
# var/backups/<UTC timestamp>/; the database is the one DATABASE_URL names. pg_dump comes from Debian's
# postgresql-client, installed here when missing (it must be at least the server's major version).
.PHONY: backup restore backup-deps load
backup-deps:
	@case "$$DATABASE_URL" in postgres*) command -v pg_dump >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; \
	  else echo "Backups need pg_dump (sudo apt-get install postgresql-client)" >&2; exit 1; fi; };; esac

backup: $(VENV)/.runtime backup-deps
	$(PY) manage.py backup

# make restore BACKUP=var/backups/20260101T020000Z — asks before replacing anything (CONFIRM=yes skips that).
restore: $(VENV)/.runtime backup-deps
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=var/backups/<timestamp>" >&2; exit 2; }
	$(PY) manage.py restore "$(BACKUP)" $(if $(filter yes,$(CONFIRM)),--yes)

# Five minutes of mixed traffic at concurrency 32 on two app servers while an editor publishes and translates
# (bench/load.py); needs PostgreSQL and Redis on 127.0.0.1 (database portal_ops_load, Redis db 4).
# The shorter in-suite version: pytest -m ops tests/ops/.
LOAD_DURATION ?= 300
load: $(VENV)/.dev
	$(PY) -m bench.load --setup --duration $(LOAD_DURATION) --concurrency 32 --output var/load.json
