"""The model manager's core: catalog, fit estimates, library, downloads (no widgets)."""
