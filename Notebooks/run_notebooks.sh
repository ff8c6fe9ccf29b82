#!/usr/bin/env bash
# Executes every notebook of Notebooks/ from a clean state (a fresh kernel, outputs
# ignored) and fails when any cell fails. Builds maillage first and hands its path to
# the notebooks in MAILLAGE_BIN. The Python packages of requirements.txt go into a
# virtual environment of their own, installed once (again when requirements.txt changes).
#
# Usage: bash Notebooks/run_notebooks.sh [path/to/maillage]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

if [ $# -ge 1 ]; then
  bin="$1"
else
  swift build --product maillage >&2
  bin="$(swift build --show-bin-path)/maillage"
fi
[ -x "$bin" ] || { echo "notebooks: maillage not found at $bin" >&2; exit 1; }

venv="$root/.build-notebooks/venv"
stamp="$venv/.requirements.sha256"
want="$(sha256sum Notebooks/requirements.txt | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "notebooks: installing Notebooks/requirements.txt into .build-notebooks/venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r Notebooks/requirements.txt
  echo "$want" > "$stamp"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export MAILLAGE_BIN="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
export MAILLAGE_HOME="$root"
export JUPYTER_PLATFORM_DIRS=1
export JUPYTER_CONFIG_DIR="$out/config" JUPYTER_DATA_DIR="$out/data" IPYTHONDIR="$out/ipython"
status=0
count=0
for notebook in Notebooks/*.ipynb; do
  count=$((count + 1))
  start=$(date +%s)
  if "$venv/bin/python" -m nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
       --ExecutePreprocessor.kernel_name=python3 --output-dir "$out" "$notebook" >"$out/log" 2>&1; then
    echo "notebook ok:     $notebook ($(( $(date +%s) - start )) s)"
  else
    echo "notebook FAILED: $notebook" >&2
    tail -n 40 "$out/log" >&2
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "notebooks: none found" >&2; exit 1; }
exit "$status"
