"""Exports of a parsed report: JSON, CSV, JSONL (and the data stores, see `store`)."""

from .formats import FORMATS, render, to_csv, to_json, to_jsonl

__all__ = ["FORMATS", "render", "to_csv", "to_json", "to_jsonl"]
