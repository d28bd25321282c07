#!/usr/bin/env bash
# Time from navigation to highlight, in Debian's Chromium and firefox-esr side by side: the same
# fixture pages, the same walks (extension/test/fixtures/walks.json), the same machine. Builds the
# extension first. Argument: rounds of the six own-data walks per browser (default 3).
# Results: docs/performance.md, section "Extension"; raw figures in extension/target/perf/.
set -euo pipefail
cd "$(dirname "$0")/../extension"
npm run --silent build >/dev/null
exec node ../bench/extension-highlight.mjs "${1:-3}"
