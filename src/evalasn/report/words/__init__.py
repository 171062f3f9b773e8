"""Words: the text catalogue (id, en), number formats, and the sentences built from hasil.json.

The lowest layer of the report: nothing here imports a chapter, a chart or a format."""
