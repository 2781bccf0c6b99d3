#!/usr/bin/env bash
# sysdeps.sh: the Debian packages the build and the tests need, installed when
# they are missing (called by make before anything else; a no-op once they
# are there).
#
#   scripts/sysdeps.sh          build: Node.js and npm (contracts, web app), a C
#                               compiler (the cgo SQLite driver), make
#   scripts/sysdeps.sh --test   also what `make test` uses: Chromium for the web
#                               app's browser test (driven by playwright-core,
#                               which never downloads a browser), and a running
#                               PostgreSQL when the machine has one
#
# As root it runs apt-get; otherwise through sudo when that needs no password;
# else it names the packages to install and stops (build) or warns (tests:
# those tests skip outside CI and fail under CI=true).
set -euo pipefail

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

need=()
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v make >/dev/null 2>&1 || need+=(make)
command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
optional=()
if $want_test; then
	[ -x /usr/bin/chromium ] || optional+=(chromium)
fi

install() {
	if [ "$(id -u)" -eq 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo=(sudo -n)
	else
		return 1
	fi
	echo "==> installing Debian packages: $*"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@"
}

all=("${need[@]}" "${optional[@]}")
if ((${#all[@]})) && ! install "${all[@]}"; then
	if ((${#need[@]})); then
		echo "salus needs these Debian packages, and this user cannot install them: ${need[*]}" >&2
		echo "install them (sudo apt-get install ${all[*]}) and run make again" >&2
		exit 1
	fi
	echo "warning: ${optional[*]} is not installed and this user cannot install it; the browser test is skipped (and fails under CI=true)" >&2
fi

# PostgreSQL backs the indexer and webhook tests at scale (127.0.0.1:5432,
# trust auth); start the machine's cluster if it is installed but stopped.
if $want_test && command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
	cluster=$(ls /etc/postgresql 2>/dev/null | head -n1)
	if [ -n "$cluster" ]; then
		echo "==> starting PostgreSQL $cluster"
		pg_ctlcluster --skip-systemctl-redirect "$cluster" main start || echo "warning: could not start PostgreSQL; its tests are skipped (and fail under CI=true)" >&2
	fi
fi
