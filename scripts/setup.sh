#!/usr/bin/env bash
# Set up (or confirm) everything perfutils needs: system tools and the .venv virtualenv.
#
# Usage: bash scripts/setup.sh        (make setup; make run and make test call it first)
#
# Idempotent: a stamp in .venv records a hash of what the environment was built from
# (pyproject.toml, this script, environment.yml, the Python and whether there is a GPU); when it
# matches and the tools are there, the script returns in about a second.
#
# Environment: PYTHON=python3.12 picks the interpreter for a new .venv (default: python3.11 if
# present, since the machine's CPU torch wheel is built for it, else python3 if >= 3.10).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=.venv
STAMP="$VENV/.perfutils-setup-stamp"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# --------------------------------------------------------------------------- system tools
# command -> Debian package. g++ is required (the runner compiles every candidate); bubblewrap
# sandboxes candidates (the runner falls back to rlimits without it) and valgrind gives the
# deterministic instruction-count timing mode, so those two are strongly recommended.
declare -A PACKAGE_OF=([g++]=g++ [bwrap]=bubblewrap [valgrind]=valgrind)
missing_packages() {
    local tool
    for tool in g++ bwrap valgrind; do
        command -v "$tool" >/dev/null 2>&1 || printf '%s ' "${PACKAGE_OF[$tool]}"
    done
}

ensure_system_tools() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: $missing"
        # shellcheck disable=SC2086  # word splitting of the package list is intended
        DEBIAN_FRONTEND=noninteractive apt-get update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
            || die "apt-get could not install: $missing"
        missing=$(missing_packages)
    fi
    [ -z "$missing" ] && return 0
    if ! command -v g++ >/dev/null 2>&1; then
        die "g++ is required. Install the Debian packages: sudo apt-get install $missing"
    fi
    say "WARNING: missing $missing; install them for sandboxing (bubblewrap) and instruction" \
        "counting (valgrind): sudo apt-get install $missing"
}

# --------------------------------------------------------------------------- python
python_ok() {  # is "$1" a Python >= 3.10?
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1
}

pick_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.11 python3 python3.12 python3.13 python3.10; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            echo "$candidate"
            return 0
        fi
    done
    die "no Python >= 3.10 found (3.11 preferred). Install it, e.g. sudo apt-get install python3.11 python3.11-venv, or set PYTHON=/path/to/python3"
}

has_gpu() { command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; }

fingerprint() {
    {
        cat pyproject.toml scripts/setup.sh environment.yml
        "$VENV/bin/python" -c 'import sys; print(sys.version)' 2>/dev/null || echo "no venv"
        has_gpu && echo gpu || echo cpu
    } | sha256sum | cut -d' ' -f1
}

# Serialize concurrent runs (make run and make test started together) on one lock.
mkdir -p .cache
exec 9>.cache/setup.lock
flock 9

ensure_system_tools

if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(fingerprint)" ]; then
    say "environment up to date ($VENV)"
    exit 0
fi

if ! [ -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
    python=$(pick_python)
    say "creating $VENV with $python ($("$python" -V 2>&1))"
    rm -rf "$VENV"
    "$python" -m venv "$VENV" || die "could not create $VENV; on Debian: sudo apt-get install python3-venv"
fi

pip_install() {
    # Some machines configure pip with package folders that do not exist; pip then warns once
    # per package, which would bury real errors.
    "$VENV/bin/python" -m pip --disable-pip-version-check install -q "$@" 2>&1 \
        | { grep -v "is ignored: it is neither a file nor a directory" || true; } >&2
}
if has_gpu; then
    say "GPU found: torch comes from the pyproject range (use .[gpu] for vLLM)"
else
    # The CPU build: PyPI's default torch for Linux is a multi-GB CUDA build.
    say "no GPU: installing torch==2.13.0 (CPU build)"
    pip_install "torch==2.13.0" || die "pip could not install torch==2.13.0"
fi
say "installing perfutils (editable) with the dev and ray extras (minutes on a fresh machine)"
pip_install -e '.[dev,ray]' || die "pip could not install perfutils; see the messages above"

fingerprint >"$STAMP"
say "done: $VENV ready"
