"""Start-up time of the command line: `ogi-extract --help` and `convert --help`.

Each command runs in a fresh interpreter, `RUNS` times; the median is
reported beside the median of a bare `python -c pass`, and the ratio of the two,
since absolute times say more about the machine than about the code.

    python bench/startup.py [--runs N] > bench/STARTUP.md
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

BARE, HELP = "python -c pass", "ogi-extract --help"
HELP_GOAL = 0.25  # seconds, median

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "ogi-extract --help": [sys.executable, "-c", "from ogi_extract.cli import main; main()", "--help"],
    "ogi-extract convert --help": [
        sys.executable, "-c", "from ogi_extract.cli import main; main()", "convert", "--help",
    ],
    "import ogi_extract.models": [sys.executable, "-c", "import ogi_extract.models"],
}


def median_seconds(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(runs: int) -> dict[str, float]:
    """The median seconds of every command, each in fresh interpreters, `runs` times."""
    return {name: median_seconds(argv, runs) for name, argv in COMMANDS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    floor = median_seconds(COMMANDS["python -c pass"], runs)
    print(f"| command | median s ({runs} runs) | × bare python |")
    print("|---|---:|---:|")
    for name, argv in COMMANDS.items():
        seconds = floor if name == "python -c pass" else median_seconds(argv, runs)
        print(f"| `{name}` | {seconds:.3f} | {seconds / floor:.1f} |")


if __name__ == "__main__":
    main()
