"""Parla's local OpenAI-compatible API server (``parla-cli serve``, the GUI's setting).

``bridge`` hands requests to the one ``EngineService`` on its Qt thread, ``app`` is the
Starlette application (routes, validation, errors), ``guard`` the security and logging
around it, ``runner`` runs uvicorn on its own thread, ``keys`` stores the API key.
"""
