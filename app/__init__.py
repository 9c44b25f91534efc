"""Parla: private, offline chat with StableLM 2 on a laptop."""

__version__ = "0.1.0"
APP_NAME = "Parla"
