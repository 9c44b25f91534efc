"""Models that OpenAI-compatible servers run: the engine, its protocol, saved connections."""
