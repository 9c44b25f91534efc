"""The headless core: nothing here imports a widget, so all of it runs in tests and the CLI."""
