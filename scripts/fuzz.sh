#!/usr/bin/env bash
# Runs every Go fuzz target in the module for the given time each (default 20s).
# Seed corpora live in each package's testdata/fuzz/<FuzzName>/ and also run,
# as plain tests, in `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
time_each="${1:-20s}"
mapfile -t targets < <(grep -rl --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]+\(' . | sort)
total=0
for file in "${targets[@]}"; do
  pkg="./$(dirname "${file#./}")"
  for fn in $(grep -oE '^func Fuzz[A-Za-z0-9_]+' "$file" | awk '{print $2}'); do
    total=$((total + 1))
    echo "==> [$total] $pkg $fn ($time_each)"
    go test -run='^$' -fuzz="^${fn}\$" -fuzztime="$time_each" "$pkg"
  done
done
echo "fuzzed $total targets"
