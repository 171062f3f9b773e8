"""The layer on top: parameters, the papermill batch runner and the command line the Makefile calls."""
