"""The Qt widgets: a thin layer over ``app.core``."""
