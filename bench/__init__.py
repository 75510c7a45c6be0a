"""Speed and correctness of ogi-extract against the PyMuPDF floor and generic table extractors.

Run `python bench/run.py` (or `make bench`); it writes `bench/RESULTS.md`. Every
figure that matters is a ratio between runs made in the same process, on the same
machine, in the same minutes, because shared machines are too noisy for absolute
seconds to mean much from one day to the next.
"""
