#!/usr/bin/env bash
# Sets up (with the test tools) and runs lint, types and the unit + integration tests. CI runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
# The browser test drives Debian's chromium through Playwright; install it when missing (root here and in CI).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: chromium not installed; browser test will skip"
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python -m pytest -m "not gpu" tests/unit tests/integration "$@"
