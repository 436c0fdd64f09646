#!/usr/bin/env bash
# Creates .venv in the repository root and installs AI Twin (the `twin` command) into it.
# Usage: bash scripts/setup.sh [--dev]     (--dev adds the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "error: Python 3.11+ is needed ($python)"; exit 2; }
start=$(date +%s)
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"
# constraints.txt pins torch to the CPU wheel that lies on disk; any other torch pulls GBs of CUDA wheels.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt "torch==2.13.0"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".${extras}"
echo "set-up done in $(( $(date +%s) - start )) s: $(.venv/bin/twin --version)"
