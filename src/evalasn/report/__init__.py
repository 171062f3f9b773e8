"""Stage 3: hasil.json -> narrative, figures and tables -> HTML (nbconvert) -> PDF (WeasyPrint).

The report never reads raw data and never refits a model: it reads hasil.json (and the
data-quality log for its annex).

The sub-packages follow the road a figure travels, bottom to top; each imports only the layers
below it (tests/unit/test_import_layers.py checks it):

- ``words/``: the text catalogue (id, en), number formats and the sentences built from one
  estimate or one part of hasil.json;
- ``config`` (config/laporan.yml, config/target.yml) and ``cells`` (which notebook
  outputs reach the report): the settings every layer may use;
- ``context``: one scope's hasil.json, targets and data, loaded once per report;
- ``facts``: one record per key figure of a scope, built once; every table that shows a key figure
  renders its record;
- ``charts/``: one function per figure;
- ``chapters/``: the report's chapters as HTML, and the small HTML builders they use;
- ``formats/``: the executed notebook -> HTML, PDF, Word, workbook; the index of all reports;
- ``evaluator``: the helpers evaluators call from their own notebook cells.
"""
