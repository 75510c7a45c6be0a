"""Mutation fuzzing: damaged variants of real and synthetic reports never crash or hang `parse`.

Seeds are small PDFs a parse handles in a tenth of a second: three pages of the
replica (the detail heading and commitment 1) and short synthetic reports.
Each case damages one seed the ways files get damaged — flipped bytes, a cut,
a chunk lost or doubled, a broken cross-reference table, a corrupted stream,
a number in the object syntax replaced by an absurd one — or the ways a
hostile file is built — references rewired into cycles, content streams with
operators shuffled, repeated or made absurd, text made invisible, white, off
the page or turned, a stream (content, font, form) swapped for one that
inflates to 200 MiB — and asserts that
`parse` either returns a report whose word accounting balances or raises an
`OgiError`, within a time bound.

A second target gives the commands odd files (a named pipe, a directory,
`/dev/zero`, a dangling link, an empty file, a name that is not UTF-8) and
outputs that point at the input (the same path, a symbolic or a hard link):
each ends with its documented exit code and no input is ever written over.

The short run (CI) takes a fixed set of 50 cases; the long run (`-m slow`)
takes 5,000 cases in each of two shards, and `FUZZ_EXAMPLES` sets another
count per shard.
"""

from __future__ import annotations

import os
import random
import re
import signal
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import ogi_extract
from badpdf import REPLICA, select
from ogi_extract.errors import OgiError
from ogi_extract.models import Report

# A case is a hang when it takes this long; a sound three-page parse takes 0.1 s.
SECONDS_PER_CASE = 20
SHORT_RUN = 50
LONG_RUN = int(os.environ.get("FUZZ_EXAMPLES", "5000"))

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_XREF_ENTRY = re.compile(rb"\d{10} \d{5} [nf]")
_REFERENCE = re.compile(rb"(?<![\w.])(\d+) 0 R(?![\w])")
_NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")


@cache
def seeds() -> tuple[bytes, ...]:
    """The inputs that get damaged: replica pages 22-24 and 40-42, and two synthetic reports."""
    from ogi_extract.synth import make_report

    replica = REPLICA.read_bytes()
    return (
        select(replica, [21, 22, 23]),
        select(replica, [39, 40, 41]),
        make_report(1, pages_hint=3).pdf,
        make_report(2, pages_hint=3).pdf,
    )


class CaseTimeout(Exception):
    pass


@contextmanager
def time_bound(seconds: int) -> Iterator[None]:
    """Interrupt the case after `seconds` (the signal lands once control is back in Python)."""

    def expire(signum: int, frame: object) -> None:
        raise CaseTimeout(f"parse took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- mutations: each takes the data and a random source of integers ----------

Draw = Callable[[int, int], int]  # draw(lo, hi) -> an int in [lo, hi]


def flip_bytes(data: bytearray, draw: Draw) -> None:
    for _ in range(draw(1, 16)):
        i = draw(0, len(data) - 1)
        data[i] ^= draw(1, 255)


def truncate(data: bytearray, draw: Draw) -> None:
    del data[draw(0, len(data) - 1) :]


def delete_chunk(data: bytearray, draw: Draw) -> None:
    start = draw(0, len(data) - 1)
    del data[start : start + draw(1, 4096)]


def duplicate_chunk(data: bytearray, draw: Draw) -> None:
    start = draw(0, len(data) - 1)
    chunk = data[start : start + draw(1, 4096)]
    at = draw(0, len(data))
    data[at:at] = chunk


def damage_xref(data: bytearray, draw: Draw) -> None:
    """Entries of the cross-reference table pointing elsewhere, or the table cut off."""
    entries = list(_XREF_ENTRY.finditer(data))
    if not entries or draw(0, 4) == 0:
        at = data.rfind(b"xref")
        if at >= 0:
            del data[at : at + draw(1, 2000)]
        return
    for _ in range(draw(1, 8)):
        m = entries[draw(0, len(entries) - 1)]
        data[m.start() : m.start() + 10] = b"%010d" % draw(0, len(data) * 2)


def corrupt_stream(data: bytearray, draw: Draw) -> None:
    """Bytes inside a (compressed) stream overwritten: content, fonts or images."""
    streams = list(_STREAM.finditer(data))
    if not streams:
        flip_bytes(data, draw)
        return
    m = streams[draw(0, len(streams) - 1)]
    start, end = m.span(1)
    if end <= start:
        return
    for _ in range(draw(1, 32)):
        i = draw(start, end - 1)
        data[i] = draw(0, 255)


def absurd_number(data: bytearray, draw: Draw) -> None:
    """A number in the object syntax (a /Length, /Count, box or offset) replaced by an absurd one."""
    outside = _STREAM.sub(lambda m: b"stream\n" + b"\0" * len(m.group(1)) + b"endstream", bytes(data))
    numbers = list(_NUMBER.finditer(outside))
    if not numbers:
        return
    m = numbers[draw(0, len(numbers) - 1)]
    data[m.start() : m.end()] = ABSURD[draw(0, len(ABSURD) - 1)]


def rewire_reference(data: bytearray, draw: Draw) -> None:
    """An indirect reference pointed at another object: page trees with cycles, fonts that are pages."""
    refs = list(_REFERENCE.finditer(data))
    if not refs:
        return
    for _ in range(draw(1, 3)):
        m = refs[draw(0, len(refs) - 1)]
        data[m.start(1) : m.end(1)] = b"%d" % draw(0, len(refs))
        refs = list(_REFERENCE.finditer(data))


def mutate_content(data: bytearray, draw: Draw) -> None:
    """Operators of a content stream shuffled, repeated, dropped or made absurd, re-compressed.

    Byte damage to a compressed stream mostly ends in an inflate error; this
    reaches the content interpreter with well-formed but hostile syntax.
    """
    streams = [m for m in _STREAM.finditer(data) if len(m.group(1)) < 200_000]
    for m in random_order(streams, draw):
        try:
            content, packed = zlib.decompress(bytes(m.group(1))), True
        except zlib.error:  # an unfiltered stream (the synthetic reports write some)
            content, packed = bytes(m.group(1)), False
        if b"BT" not in content and b" re" not in content:
            continue
        lines = content.split(b"\n")
        for _ in range(draw(1, 8)):
            i = draw(0, len(lines) - 1)
            choice = draw(0, 4)
            if choice == 0:
                del lines[i]
            elif choice == 1:
                lines.insert(draw(0, len(lines)), lines[i])
            elif choice == 2:
                lines.insert(i, HOSTILE_OPERATORS[draw(0, len(HOSTILE_OPERATORS) - 1)])
            elif choice == 3:
                j = draw(0, len(lines) - 1)
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines[i] = _NUMBER.sub(lambda n: ABSURD[draw(0, len(ABSURD) - 1)], lines[i], count=1)
        start, end = m.span(1)
        body = b"\n".join(lines)
        data[start:end] = (zlib.compress(body) if packed else body) + b"\n"
        return


def random_order(items: list[re.Match[bytes]], draw: Draw) -> list[re.Match[bytes]]:
    order = list(items)
    for i in range(len(order) - 1, 0, -1):
        j = draw(0, i)
        order[i], order[j] = order[j], order[i]
    return order


HOSTILE_OPERATORS = (
    # text a reader does not see: not painted, white, transparent, off the page, at an angle
    b"3 Tr",
    b"7 Tr",
    b"1 1 1 rg",
    b"1 g 1 G",
    b"/GSHidden gs",
    b"5000 5000 Td",
    b"0.866 0.5 -0.5 0.866 0 0 cm",
    b"q " * 200,
    b"Q " * 200,
    b"BT",
    b"ET",
    b"1e30 0 0 1e30 0 0 cm",
    b"0 0 0 0 0 0 cm",
    b"/NoSuchFont 12 Tf (x) Tj",
    b"/NoSuchImage Do",
    b"/F1 0 Tf (zero size) Tj",
    b"[(a) -1e30 (b)] TJ",
    b"0 0 m " + b"1 1 l " * 500 + b"S",
    b"(unterminated",
    b"<< /Not /AnOperator >>",
)

@cache
def _bomb_body() -> bytes:
    """200 MiB of zeros deflated (about 200 KiB), made once."""
    comp = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    return b"".join([*(comp.compress(chunk) for _ in range(200)), comp.flush()])


def inflate_bomb(data: bytearray, draw: Draw) -> None:
    """A stream (content, font program, form, image) replaced by one that inflates 1000:1 to 200 MiB."""
    streams = list(_STREAM.finditer(data))
    if not streams:
        return
    m = streams[draw(0, len(streams) - 1)]
    head = data[: m.start()]
    dict_start = head.rfind(b"<<")
    header = bytes(head[dict_start:])
    header = re.sub(rb"/Length\s+\d+(\s+\d+\s+R)?", b"/Length %d" % len(_bomb_body()), header)
    header = re.sub(rb"/Filter\s*(/\w+|\[[^\]]*\])", b"", header).replace(b"<<", b"<< /Filter /FlateDecode", 1)
    data[dict_start : m.end()] = header + b"stream\n" + _bomb_body() + b"\nendstream"


ABSURD = (b"0", b"-1", b"2147483648", b"99999999999999999999", b"1e308", b"-0.0", b"3.4e38", b"65535")


MUTATIONS: tuple[Callable[[bytearray, Draw], None], ...] = (
    flip_bytes,
    truncate,
    delete_chunk,
    duplicate_chunk,
    damage_xref,
    corrupt_stream,
    absurd_number,
    rewire_reference,
    mutate_content,
    inflate_bomb,
)


@st.composite
def damaged_pdfs(draw: st.DrawFn) -> bytes:
    """A seed with one to three mutations.

    Every choice comes from a `random.Random` seeded by Hypothesis, not from
    integer strategies: Hypothesis favours small and boundary values, which
    would put most damage in the first bytes (the header), pick the first
    mutation most of the time, and test little else.
    """
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    data = bytearray(rng.choice(seeds()))
    for _ in range(rng.randint(1, 3)):
        if not data:
            break
        mutation = rng.choice(MUTATIONS)
        event(f"mutation {mutation.__name__}")
        mutation(data, lambda lo, hi: rng.randint(lo, max(lo, hi)))
    return bytes(data)


def check(data: bytes) -> None:
    """The property: a report that accounts for every word, or a typed error; never a hang."""
    started = time.perf_counter()
    try:
        with time_bound(SECONDS_PER_CASE):
            report = ogi_extract.parse(data)
    except OgiError as exc:
        event(f"error {type(exc).__name__}")
        return
    assert isinstance(report, Report)
    event("report with targets" if report.targets else "report without targets")
    if report.page_problems or report.warnings:
        event("report with page problems or warnings")
    acc = report.accounting
    assert acc.words == acc.furniture + acc.outside + acc.assigned + acc.unassigned
    assert acc.unassigned == len(report.unassigned)
    assert time.perf_counter() - started < SECONDS_PER_CASE


def test_seeds_parse_cleanly() -> None:
    """The mutations start from sound inputs: any trouble a case meets is its damage's."""
    for data in seeds():
        report = ogi_extract.parse(data)
        assert report.targets and report.page_problems == [] and report.unassigned == []


@pytest.mark.parametrize("seed", range(4))
def test_mutations_change_the_input(seed: int) -> None:
    data = seeds()[seed]
    for mutate in MUTATIONS:
        buf = bytearray(data)
        rng = random.Random(seed)
        mutate(buf, rng.randint)
        assert bytes(buf) != data, mutate.__name__


_COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


@settings(max_examples=SHORT_RUN, derandomize=True, **_COMMON)
@given(damaged_pdfs())
def test_damaged_pdfs_end_in_a_report_or_a_typed_error(data: bytes) -> None:
    check(data)


@pytest.mark.slow
@pytest.mark.parametrize("shard", [0, 1])
@settings(max_examples=LONG_RUN, derandomize=False, **_COMMON)
@given(data=damaged_pdfs())
def test_damaged_pdfs_at_scale(shard: int, data: bytes) -> None:
    """The long run, in two shards of fresh random cases, to run side by side on two cores:
    `pytest -m slow --hypothesis-show-statistics 'tests/test_fuzz.py::test_damaged_pdfs_at_scale[0]'`."""
    check(data)


# -- odd files and outputs on the command line ---------------------------------------

KINDS = ("pdf", "fifo", "directory", "dev-zero", "dangling-link", "empty", "undecodable-name")
RELATIONS = ("none", "other", "same", "symlink", "hard-link")
COMMANDS = ("convert", "audit", "inspect")


def _make_input(folder: str, kind: str, data: bytes) -> str:
    path = os.path.join(folder, "in.pdf")
    if kind in ("pdf", "undecodable-name"):
        if kind == "undecodable-name":
            path = os.fsdecode(os.fsencode(folder) + b"/in-\xe9.pdf")
        with open(path, "wb") as f:
            f.write(data)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        os.mkdir(path)
    elif kind == "dev-zero":
        return "/dev/zero"
    elif kind == "dangling-link":
        os.symlink("nowhere.pdf", path)
    else:
        open(path, "wb").close()
    return path


def _output(folder: str, source: str, relation: str) -> list[str]:
    target = os.path.join(folder, "out.bin")
    if relation == "none":
        return []
    if relation == "same":
        target = source
    elif relation == "symlink":
        os.symlink(source, target)
    elif relation == "hard-link":
        if not os.path.isfile(source) or source == "/dev/zero":
            return []
        os.link(source, target)
    return ["-o", target]


@settings(max_examples=40, derandomize=True, **_COMMON)
@given(st.sampled_from(KINDS), st.sampled_from(RELATIONS), st.sampled_from(COMMANDS))
def test_odd_files_and_outputs_end_in_their_documented_code(kind: str, relation: str, command: str) -> None:
    """Whatever the input is and wherever the output points, the command ends, with the documented code,
    and an input is never written over."""
    import tempfile

    from click.testing import CliRunner

    from ogi_extract.cli import main
    from test_cli_files import documented_codes

    data = seeds()[0]
    with tempfile.TemporaryDirectory() as folder:
        source = _make_input(folder, kind, data)
        if relation == "none" and command == "inspect":
            os.chdir(folder)  # inspect writes beside the current directory
        args = [command, source, *_output(folder, source, relation), *(["-p", "1"] if command == "inspect" else [])]
        if command == "convert" and "-o" in args:
            args += ["--format", "json"]  # `.bin` names no format
        writes_onto_input = relation in ("same", "symlink", "hard-link") and "-o" in args and kind != "dangling-link"
        try:
            with time_bound(SECONDS_PER_CASE):
                result = CliRunner().invoke(main, args)
        finally:
            os.chdir(os.path.dirname(os.path.dirname(__file__)))
        if writes_onto_input:
            want = {11}
        elif kind in ("pdf", "undecodable-name"):
            # audit: clean, findings, or a report without front matter (12, never a clean bill)
            want = {0, 1, 12} if command == "audit" else {0}
        else:
            want = {3}
        assert result.exit_code in want, (kind, relation, command, result.exit_code, result.stderr)
        assert result.exit_code in documented_codes()[command]
        assert "Traceback" not in result.output
        if kind in ("pdf", "undecodable-name"):
            with open(source, "rb") as f:
                assert f.read() == data
