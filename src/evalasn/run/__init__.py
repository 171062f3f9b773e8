"""The layer on top: parameters, the papermill batch runner and the command line the Makefile calls."""

from evalasn.run.fastpath import imports as _imports

_imports.skip_iri_grammar()  # before anything imports nbformat (see evalasn.run.fastpath)
