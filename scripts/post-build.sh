#!/usr/bin/env bash
# Trunk's post-build hook. Trunk starts all hooks of a stage at once, so the steps that depend on one another run
# here in order: the CSP into index.html, the JavaScript API and its on-demand modules into lib/, then .br/.gz
# copies of everything (which must see the final index.html and lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/csp.mjs
bash scripts/build-lib.sh
node scripts/precompress.mjs
