"""Benchmarks: ``parla-cli bench`` measures Parla side by side with raw llama.cpp.

Kept apart from ``app.core`` because the harness drives the real Qt chat view
and writes reports; the app's own quick measurement is
:mod:`app.core.engine.quick_bench`.
"""
