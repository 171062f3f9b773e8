"""Chapters: each chapter of the report as HTML (sections composes them; html holds the small
builders they use)."""
