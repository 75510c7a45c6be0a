"""Typst is given the folders of the fonts a look asks for (`typst_engine.family_dirs`)."""

import os
import shutil
import subprocess

import pytest

from corpus.engines.typst_engine import FONT_PATHS, family_dirs


def _installed(family: str) -> bool:
    if shutil.which("fc-match") is None:
        return False
    found = subprocess.run(["fc-match", "-f", "%{family}", family], capture_output=True, text=True).stdout
    return family in found.split(",")


@pytest.mark.skipif(
    not _installed("Latin Modern Mono"), reason="Latin Modern is not installed (scripts/system-packages.sh installs lmodern)"
)
def test_a_family_outside_the_font_paths_is_given_from_where_fontconfig_keeps_it() -> None:
    # Debian keeps TeX's OpenType fonts under /usr/share/texmf, which Typst is not told of
    [folder] = family_dirs("Latin Modern Mono")
    assert not any(folder.startswith(p) for p in FONT_PATHS)
    assert any(name.startswith("lmmono10") for name in os.listdir(folder))


@pytest.mark.skipif(
    not _installed("DejaVu Sans"), reason="DejaVu Sans is not installed (scripts/system-packages.sh installs fonts-dejavu-core)"
)
def test_a_family_inside_the_font_paths_or_unknown_adds_no_folder() -> None:
    assert family_dirs("DejaVu Sans") == []
    assert family_dirs("Nope Sans Nowhere") == []
