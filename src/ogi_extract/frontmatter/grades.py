"""Reading the grade distributions of the front matter: legends, markers, captions, sentences."""

from __future__ import annotations

from ..layout.model import Fill, Word
from ..models.summary import GradeDistribution, Phrase
from ..tables import Fragment, TextLine
from ..grammar.fold import fold_label


class GradeReading:
    """How grades are published: chart legends, coloured markers, captions and sentences (a part of `FrontMatterReader`)."""

    def _legend_entries(self, line: TextLine, longest: int = 4) -> list[str] | None:
        """The grades a legend line lists, as printed, or None when the line is not a legend.

        A grade may be several words ("Semi Aktif", "Tidak Ada"): the line is read
        left to right, each time taking the longest run of words that is a grade.
        """
        words = [w.text for w in line.words]
        entries: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                text = " ".join(words[i : i + n])
                if self.rules.normalise_grade(text):
                    entries.append(text)
                    i += n
                    break
            else:
                return None
        return entries or None

    # -- a list marked by swatches or bullets (the co-creation scale) --

    def _marker(self, line: TextLine) -> Fill | str | None:
        """What marks a line as a list item: a filled swatch just left of it, or a bullet."""
        page = self.stream.pages.get(line.page)
        for fill in page.fills if page else []:
            beside = line.box.x0 - 40 <= fill.box.x1 <= line.box.x0 + 1
            if beside and fill.box.top <= line.box.cy <= fill.box.bottom:
                return fill
        if line.words and line.words[0].text in self.fm.bullets:
            return self.fm.bullet
        return None

    def _marked_items(self, after: int) -> list[Phrase]:
        """The marked items that follow the text offset `after`, one phrase per item."""
        items: list[list[TextLine]] = []
        marks: list[Fill | str] = []
        for item in self.stream.items:
            if not isinstance(item, TextLine) or self.line_start.get(id(item), -1) < after:
                if items:
                    break
                continue
            mark = self._marker(item)
            if isinstance(mark, Fill) and marks and mark is marks[-1]:
                items[-1].append(item)
            elif mark is not None:
                items.append([item])
                marks.append(mark)
            elif items and abs(item.box.x0 - items[-1][-1].box.x0) < 2:
                items[-1].append(item)
            else:
                break
        out = []
        for lines in items:
            text, words = self._joined(lines, max(ln.box.x1 for ln in lines))
            text = text.removeprefix(self.fm.bullet).strip()
            out.append(self.phrase(text, [w for w in words if w.text not in self.fm.bullets]))
        return out

    # -- figures 1-2 and their lists --

    def _figures(self) -> tuple[dict[int, tuple[str, int]], dict[str, list[str]]]:
        """Where the figures are and what their legends list: {caption's stream index: (distribution,
        index of the line that names it)}, and each distribution's legend.

        A caption is "Gambar 1" with its title on the lines under it, above the
        chart, or "Gambar 1. Title" on one line under the chart. Its legend is the
        legend line right above the caption on its page (a caption under the chart),
        else the first legend line after it, before the next figure's caption.
        Read before the walk: a float may print its chart after the sentences and
        lists that follow it in the source.
        """
        items = self.stream.items
        captions = [
            (i, found)
            for i, item in enumerate(items)
            if isinstance(item, TextLine) and (found := self.fm.figure.search(" ".join(item.text.split())))
        ]
        where: dict[int, tuple[str, int]] = {}
        legends: dict[str, list[str]] = {}
        for n, (i, found) in enumerate(captions):
            line = items[i]
            assert isinstance(line, TextLine)
            kind, at = self._figure_kind(found.string[found.end() :]), i
            after = items[i + 1] if i + 1 < len(items) else None
            if kind is None and isinstance(after, TextLine):
                kind, at = self._figure_kind(" ".join(after.text.split())), i + 1
            if kind is None:
                continue
            where[i] = (kind, at)
            if kind in legends:
                continue
            before = items[i - 1] if i else None
            legend = self._legend_entries(before) if isinstance(before, TextLine) and before.page == line.page else None
            stop = captions[n + 1][0] if n + 1 < len(captions) else len(items)
            for item in items[i + 1 : stop] if legend is None else ():
                legend = self._legend_entries(item) if isinstance(item, TextLine) else None
                if legend:
                    break
            if legend:
                legends[kind] = legend
        return where, legends

    def _figure_kind(self, text: str) -> str | None:
        """The distribution a caption's title names: "admin", "cocreation" or None."""
        if self.fm.admin_figure.search(text):
            return "admin"
        if self.fm.cocreation_figure.search(text):
            return "cocreation"
        return None

    def _kind_of(self, grades: list[str], legends: dict[str, list[str]]) -> str | None:
        """The one distribution whose legend lists one of `grades` (as printed); None when none or several do."""
        wanted = {self.rules.normalise_grade(g) for g in grades} - {None}
        kinds = [k for k, legend in legends.items() if wanted & {self.rules.normalise_grade(e) for e in legend}]
        return kinds[0] if len(kinds) == 1 else None

    def _list_kind(self, caption: str, legends: dict[str, list[str]]) -> str | None:
        """The distribution a list's caption names a grade of: "... Ko-Kreasi Semi Aktif" is figure 2's."""
        named = [grade for legend in legends.values() if (grade := self._caption_grade(caption, legend)) in legend]
        return self._kind_of(named, legends)

    def _distribution(self, name: str | None) -> GradeDistribution | None:
        if name == "admin":
            return self.summary.commitment_admin
        if name == "cocreation":
            return self.summary.commitment_cocreation
        return None

    def _key(self, grade: str, legend: list[str]) -> str:
        """The grade as the figure's legend prints it, the key the summary uses."""
        canonical = self.rules.normalise_grade(grade)
        for key in legend:
            if canonical is not None and self.rules.normalise_grade(key) == canonical:
                return key
        return canonical or grade

    def _caption_grade(self, caption: str, legend: list[str]) -> str | None:
        """The grade a list's caption names: where the grammar's `list_caption` says (its `grade`
        group, any number of words), else at its end, the longest legend entry winning
        ("Semi Aktif" over "Aktif"). None when the caption names no grade: no list is opened."""
        named = self.fm.list_caption.search(caption) if self.fm.list_caption is not None else None
        if named is not None:
            grade = " ".join(named.group("grade").split())
            return self._key(grade, legend) if self.rules.normalise_grade(grade) else None
        folded = fold_label(caption)
        best: str | None = None
        best_length = 0
        for key in legend:
            tail = fold_label(key)
            if tail and folded.endswith(tail) and len(tail) > best_length:
                best, best_length = key, len(tail)
        if best is None:
            last = caption.split()[-1] if caption.split() else ""
            if self.rules.normalise_grade(last):
                return self._key(last, legend)
        return best

    def _grade_list(
        self,
        current: str | None,
        caption: str | None,
        legends: dict[str, list[str]],
        fragment: Fragment,
        rows: list[list[tuple[str, list[Word]]]],
        fresh: bool,
    ) -> None:
        if fresh:  # the list's grade tells its figure, wherever the figure floated; else the figure before it
            self._list_of = self._list_kind(caption or "", legends) or current
        kind = self._list_of if self._list_of is not None else current
        dist = self._distribution(kind)
        if dist is None or kind is None:
            return
        if fresh:
            grade = self._caption_grade(caption or "", legends.get(kind, []))
            self._list_key = grade
            if grade is None:
                return
            dist.lists[grade] = []
        if self._list_key is None:
            return  # the rest of a list whose grade was not found
        items = dist.lists.setdefault(self._list_key, [])
        for group, row in zip(fragment.groups[len(fragment.groups) - len(rows) :], rows):
            if len(row) < 2 or not group.cells:
                continue
            (number, _), (title, words) = row[0], row[-1]
            if not title:
                continue
            cell = group.cells[-1]
            if not number and items:  # the rest of a title broken over a page: joined again, whole
                self._item_lines.extend(cell.lines)
                text, joined = self._joined(self._item_lines, cell.x1)
                items[-1] = self.phrase(text, joined)
                continue
            self._item_lines = list(cell.lines)
            items.append(self.phrase(title, words))

    def _grade_sentences(self, dist_at: list[tuple[int, str]], legends: dict[str, list[str]]) -> None:
        """Each grade sentence to the figure whose legend has its grade, else to the figure printed before it."""
        for found in self.fm.grade_sentence.finditer(self.joined.text):
            kind = self._kind_of([found.group("grade")], legends)
            if kind is None:
                before = [name for offset, name in dist_at if offset <= found.start()]
                kind = before[-1] if before else None
            dist = self._distribution(kind)
            if dist is None or kind is None:
                continue
            key = self._key(found.group("grade"), legends.get(kind, []))
            dist.published_percent[key] = self.figure(found, "percent")
            dist.published_count[key] = self.figure(found, "count")

    # -- table 7 --
