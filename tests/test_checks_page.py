"""The audit page in a real browser: it loads without a console error, the filter hides what it should,
the crops are there, the id links land on rows, and the findings read in the page's language.

Headless Chromium loads the page with a probe appended: the probe records
every error and `console.error`, works the filter the way a user does (untick a
severity, choose a check) and writes what it saw into the DOM, which
`--dump-dom` returns. No network: the page is a local file and Chromium runs
with every background fetch off.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ogi_extract.checks import audit
from ogi_extract.checks.causes import groups, severity
from ogi_extract.checks.render import ordered, render
from ogi_extract.frontmatter import read_summary
from ogi_extract.layout import open_document
from reference import GRAMMAR, reference_report, resolver, rules
from test_frontmatter import _small_pdf

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

_CATCH = """<script>
window.__errors=[];
window.addEventListener('error',function(e){window.__errors.push(String(e.message));});
var __ce=console.error;console.error=function(){window.__errors.push(Array.from(arguments).join(' '));__ce.apply(console,arguments);};
</script>"""

_PROBE = """<script>
(function(){
  function visible(){return Array.from(document.querySelectorAll('article.finding')).filter(function(a){return !a.hidden;});}
  function sev(s,on){var b=document.querySelector('#filter input[value='+s+']');b.checked=on;b.dispatchEvent(new Event('change'));}
  var out={total:document.querySelectorAll('article.finding').length};
  out.all=visible().length;
  out.sentences=visible().map(function(a){return a.querySelectorAll('.text p')[1].textContent;});
  sev('info',false);
  out.noInfo=visible().map(function(a){return a.dataset.severity;});
  out.shownText=document.getElementById('shown').textContent;
  sev('info',true);
  var sel=document.getElementById('check-filter');sel.value='table-cell';sel.dispatchEvent(new Event('change'));
  out.oneCheck=visible().map(function(a){return a.dataset.check;});
  out.groupsShown=Array.from(document.querySelectorAll('section.check')).filter(function(g){return !g.hidden;}).length;
  sel.value='';sel.dispatchEvent(new Event('change'));
  out.images=Array.from(document.querySelectorAll('article img')).map(function(i){return [i.naturalWidth,i.naturalHeight];});
  var links=Array.from(document.querySelectorAll('.ids a[href^="#row-"]'));
  out.links=links.length;
  out.follows=document.querySelectorAll('article.finding details.follows article.consequence').length;
  out.brokenLinks=links.filter(function(a){return !document.getElementById(a.getAttribute('href').slice(1));}).length;
  out.errors=window.__errors;
  var pre=document.createElement('pre');pre.id='probe';pre.textContent=JSON.stringify(out);document.body.appendChild(pre);
})();
</script>"""


def _browse(page: str, folder: Path) -> dict[str, object]:
    probed = page.replace("<head>", "<head>" + _CATCH, 1).replace("</body>", _PROBE + "</body>", 1)
    path = folder / "audit.html"
    path.write_text(probed, encoding="utf-8")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={folder / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    m = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert m, done.stderr[-2000:]
    console = [ln for ln in done.stderr.splitlines() if "CONSOLE" in ln and "audit.html" in ln]
    assert console == [], console
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_page_works_in_a_browser(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / "small.pdf"
    _small_pdf(pdf)
    summary = read_summary(open_document(pdf), GRAMMAR)
    report = reference_report()
    found = audit(report, summary=summary, grammar=rules(), resolve=resolver())
    page = render(found, "html", pdf=pdf, lang=lang, report=report)
    seen = _browse(page, tmp_path)
    assert seen["errors"] == []
    items = groups(found)  # a cause is one item, what follows from it folded inside
    assert seen["total"] == seen["all"] == len(items) < len(found)
    # in the language of the page, one sentence per item: a cause's
    assert seen["sentences"] == [root.in_lang(lang).message for root, _ in groups(ordered(found))]
    infos = sum(1 for root, rest in items if severity(root, rest) == "info")
    assert len(seen["noInfo"]) == len(items) - infos and "info" not in seen["noInfo"]  # type: ignore[arg-type]
    assert seen["shownText"] == str(len(items) - infos)
    assert seen["oneCheck"] == ["table-cell"] * sum(1 for root, _ in items if root.check == "table-cell")
    assert seen["follows"] == sum(len(rest) for _, rest in items) > 0
    assert seen["groupsShown"] == 1
    with_place = [f for f in found if f.published is not None and f.published.pieces]
    assert len(seen["images"]) == len(with_place)  # type: ignore[arg-type]
    assert all(w >= 500 and h >= 200 for w, h in seen["images"])  # type: ignore[union-attr]
    cited = sum(len(f.derived.target_ids) for f in found if f.derived)
    assert seen["links"] == cited > 0 and seen["brokenLinks"] == 0


def test_sentences_and_counts_are_plain(tmp_path: Path) -> None:
    report = reference_report()
    found = audit(report, grammar=rules(), resolve=resolver())
    page = render(found, "html", lang="en", report=report)
    assert "listed_implementers" not in page and "of kind K/L" not in page
    assert "6 errors" in page and "(14 more follow from them)" in page and "1 error<" not in page
    first_error = page.index('data-severity="error"')
    assert first_error < page.index('data-severity="warning"') < page.index('data-severity="info"')
    longest = max(len(f.derived.target_ids) for f in found if f.derived)
    assert longest > 12 and "…" not in page  # full id lists
    indonesian = render(found, "html", lang="id", report=report)
    assert "6 galat" in indonesian and "14 lainnya mengikuti darinya" in indonesian and 'lang="id"' in indonesian and "Ringkasan" in indonesian
    assert render(found, "text", lang="id").splitlines()[-1] == "6 galat, 11 peringatan, 19 info (14 lainnya mengikuti darinya)"
    assert json.loads(render(found, "json", lang="id"))["checks"]["table-cell"] == "Sel tabel target terhadap rincian"
