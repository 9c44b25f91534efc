"""Benchmarks: ``python -m bench`` measures Parla side by side with raw llama.cpp.

A developer tool kept out of the ``app`` package, so neither the wheel nor the
installers carry it or its plotting dependency (matplotlib). The app's own quick
measurement, a user feature, is :mod:`app.core.engine.speed`.
"""
