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
# PERFUTILS_LLAMACPP=auto|1|0: build llama.cpp (llama-cpp-python from source, for fast CPU
# generation; about 6 minutes on 2 cores, once) on machines without a GPU (auto, the default),
# always (1) or never (0). When it cannot be built, generation falls back to transformers.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=.venv
STAMP="$VENV/.perfutils-setup-stamp"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# --------------------------------------------------------------------------- system tools
# command -> Debian package. g++ is required (the runner compiles every candidate); bubblewrap
# sandboxes candidates (the runner falls back to rlimits without it) and valgrind gives the
# deterministic instruction-count timing mode, so those two are strongly recommended. chromium
# is optional: the test of the run report (index.html) renders it headless, and skips without it.
declare -A PACKAGE_OF=([g++]=g++ [bwrap]=bubblewrap [valgrind]=valgrind [chromium]=chromium)
missing_packages() {
    local tool
    for tool in g++ bwrap valgrind; do
        command -v "$tool" >/dev/null 2>&1 || printf '%s ' "${PACKAGE_OF[$tool]}"
    done
}

# A browser is a convenience, not a requirement: a failed install is a warning.
ensure_browser() {
    command -v chromium >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing chromium (headless, for the run report's test)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium \
            >/dev/null 2>&1 || true
    fi
    command -v chromium >/dev/null 2>&1 \
        || say "WARNING: chromium is missing, so the run report's browser test is skipped" \
            "(sudo apt-get install chromium)"
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

LLAMACPP_VERSION=0.3.36  # perfutils.llamacpp.LLAMA_CPP_PYTHON_VERSION
case "${PERFUTILS_LLAMACPP:-auto}" in
    auto | 0 | 1) ;;
    *) die "PERFUTILS_LLAMACPP must be auto, 1 or 0 (got '${PERFUTILS_LLAMACPP}')" ;;
esac
want_llamacpp() {
    case "${PERFUTILS_LLAMACPP:-auto}" in
        1) return 0 ;;
        0) return 1 ;;
        *) ! has_gpu ;;
    esac
}

llamacpp_cache() { echo "${PERFUTILS_MODEL_CACHE:-.cache/models}/llamacpp"; }
llamacpp_installed() {  # the pinned llama-cpp-python imports, and the sdist with the converters is kept
    "$VENV/bin/python" -c "import llama_cpp, sentencepiece, sys; sys.exit(llama_cpp.__version__ != '$LLAMACPP_VERSION')" \
        >/dev/null 2>&1 && [ -f "$(llamacpp_cache)/llama_cpp_python-$LLAMACPP_VERSION.tar.gz" ]
}

fingerprint() {
    {
        cat pyproject.toml scripts/setup.sh environment.yml
        want_llamacpp && echo llamacpp || echo no-llamacpp
        "$VENV/bin/python" -c 'import sys; print(sys.version)' 2>/dev/null || echo "no venv"
        has_gpu && echo gpu || echo cpu
    } | sha256sum | cut -d' ' -f1
}

# Serialize concurrent runs (make run and make test started together) on one lock.
mkdir -p .cache
exec 9>.cache/setup.lock
flock 9

ensure_system_tools

# PERFUTILS_LLAMACPP=1 insists: a build that failed before (the stamp was written) is retried.
if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(fingerprint)" ] \
        && { [ "${PERFUTILS_LLAMACPP:-auto}" != 1 ] || llamacpp_installed; }; then
    say "environment up to date ($VENV)"
    exit 0
fi

# Only here, past the fast path, so that a machine that cannot install it asks apt once per setup.
ensure_browser

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

# llama.cpp for CPU generation (perfutils.llamacpp), built natively so that it uses this CPU's
# vector instructions (AVX-512/VNNI where present; the portable wheels stop at AVX2). The sdist
# is kept in the model cache: perfutils.llamacpp takes llama.cpp's GGUF converters from it, and
# pip's wheel cache makes a rebuild of .venv reuse the compiled wheel. sentencepiece: the
# converters import it. A failed build is a warning: generation then uses transformers.
install_llamacpp() {
    llamacpp_installed && return 0
    if ! command -v cmake >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cmake >/dev/null 2>&1 || true
    fi
    if ! command -v cmake >/dev/null 2>&1; then
        say "WARNING: cmake is missing, so llama.cpp cannot be built; generation uses transformers" \
            "(slower). Install cmake (sudo apt-get install cmake) and run setup again."
        return 0
    fi
    say "building llama.cpp (llama-cpp-python $LLAMACPP_VERSION from source) for fast CPU generation:" \
        "about 6 minutes on 2 cores, once (PERFUTILS_LLAMACPP=0 skips it)"
    local started=$SECONDS cache sdist
    cache=$(llamacpp_cache)
    sdist="$cache/llama_cpp_python-$LLAMACPP_VERSION.tar.gz"
    mkdir -p "$cache"
    if [ -f "$sdist" ] || "$VENV/bin/python" -m pip --disable-pip-version-check download -q --no-deps \
            --no-binary :all: -d "$cache" "llama-cpp-python==$LLAMACPP_VERSION" 2>&1 \
            | { grep -v "is ignored: it is neither a file nor a directory" || true; } >&2 && [ -f "$sdist" ]; then
        # LLAVA_BUILD=OFF: llama-cpp-python's multimodal library is not needed here.
        if CMAKE_ARGS="-DLLAVA_BUILD=OFF ${CMAKE_ARGS:-}" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
                pip_install "$sdist" sentencepiece; then
            say "llama.cpp ready ($(( SECONDS - started )) s)"
            return 0
        fi
    fi
    say "WARNING: llama.cpp could not be built (see the messages above); generation uses" \
        "transformers (slower). Retry with PERFUTILS_LLAMACPP=1 bash scripts/setup.sh;" \
        "PERFUTILS_LLAMACPP=0 skips this step."
}
if want_llamacpp; then
    install_llamacpp
fi

fingerprint >"$STAMP"
say "done: $VENV ready"
