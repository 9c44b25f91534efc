#!/usr/bin/env bash
# Builds llama.cpp's llama-server once, from the llama.cpp that llama-cpp-python vendors, so
# the remote engine's tests talk to the same llama.cpp the app runs in-process. `make
# llama-server` calls this; it returns at once when the binary exists.
#   usage: tests/support/build_llama_server.sh PYTHON [CACHE_DIR]
set -euo pipefail

PYTHON=${1:?usage: build_llama_server.sh PYTHON [CACHE_DIR]}
CACHE=${2:-.cache/llama-server}
VERSION=0.3.36
BIN="$CACHE/bin/llama-server"

if [[ -x "$BIN" ]]; then
    exit 0
fi

# The same build for the same version and flags is kept per user, as pip keeps its wheels,
# so a fresh clone (CI) on a machine that built it once copies it instead of compiling.
FLAGS="-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON
    -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF
    -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF
    -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
KEY=$(echo "$VERSION $FLAGS $(uname -m)" | sha256sum | cut -c1-16)
SHARED="${XDG_CACHE_HOME:-$HOME/.cache}/parla-dev/llama-server-$VERSION-$KEY"
mkdir -p "$CACHE/bin"
if [[ -x "$SHARED" ]] && "$SHARED" --version >/dev/null 2>&1; then
    cp "$SHARED" "$BIN.tmp"
    mv "$BIN.tmp" "$BIN"
    echo "copied $BIN from $SHARED"
    exit 0
fi

SRC="$CACHE/src"
TREE="$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp"
mkdir -p "$SRC" "$CACHE/bin"
if [[ ! -f "$TREE/CMakeLists.txt" ]]; then
    if [[ ! -f "$SRC/llama_cpp_python-$VERSION.tar.gz" ]]; then
        "$PYTHON" -m pip download --quiet --no-deps --no-binary :all: \
            "llama-cpp-python==$VERSION" -d "$SRC"
    fi
    tar -xzf "$SRC/llama_cpp_python-$VERSION.tar.gz" -C "$SRC"
fi

# Portable AVX2 build, as the Makefile's CMAKE_ARGS (a native build may enable AMX, which
# crashes). No web UI: it would be downloaded from Hugging Face or built with npm.
# shellcheck disable=SC2086 # FLAGS is a list of words
cmake -S "$TREE" -B "$CACHE/build" $FLAGS >"$CACHE/cmake.log"
cmake --build "$CACHE/build" --config Release --target llama-server -j "${JOBS:-2}" \
    >"$CACHE/build.log" || { tail -n 40 "$CACHE/build.log" >&2; exit 1; }
cp "$CACHE/build/bin/llama-server" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
mkdir -p "$(dirname "$SHARED")"
cp "$BIN" "$SHARED.tmp" && mv "$SHARED.tmp" "$SHARED" || true
echo "built $BIN (kept in $SHARED)"
