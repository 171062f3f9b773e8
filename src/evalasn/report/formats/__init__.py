"""Formats: the executed report notebook -> HTML (nbconvert), PDF (WeasyPrint), Word and workbook;
the index page of every report."""
