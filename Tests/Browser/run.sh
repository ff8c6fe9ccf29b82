#!/usr/bin/env bash
# Opens `maillage report` pages in headless Chromium and checks them (see
# report_browser_test.py). Installs Debian's `chromium` with apt-get when missing.
# Screenshots and the printed PDF are left in .build/browser-tests/.
#
# Usage: bash Tests/Browser/run.sh [path/to/maillage]
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -ge 1 ]; then
  bin="$1"
else
  swift build --product maillage >&2
  bin="$(swift build --show-bin-path)/maillage"
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser tests: installing chromium with apt-get" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# BROWSER_LARGE=1 also checks a 20,000-actor report (use a release build for it).
timeout 900 python3 Tests/Browser/report_browser_test.py --maillage "$bin" --out .build/browser-tests ${BROWSER_LARGE:+--large}
