"""The llama.cpp engine: llama-cpp-python in this process.

Everything that knows about llama.cpp lives in this package; the rest of the app
sees it only through ``app.core.engine.base.Engine`` and ``app.core.engine.factory``.
Importing the package itself does not import llama_cpp (start-up stays fast).
"""
