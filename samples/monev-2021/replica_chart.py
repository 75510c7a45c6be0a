"""DrawingML pie charts, the kind Word inserts for "Gambar 1" and "Gambar 2".

A Word chart keeps its numbers in a cache inside the chart part, and the office
suite draws the slices, the percentage labels and the legend from it; the labels
and the legend then reach the PDF as text, as they did in the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

# The Office palette's first three accents, in slice order.
PALETTE = ("4472C4", "ED7D31", "A5A5A5")
_NS = (
    'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _text_properties(size: int, bold: bool, colour: str) -> str:
    return (
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr sz="{size}" b="{int(bold)}"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
        '<a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
    )


def _title(title: str | None) -> str:
    if not title:
        return '<c:autoTitleDeleted val="1"/>'
    return (
        "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        '<a:defRPr sz="1200" b="1"><a:latin typeface="Arial"/></a:defRPr></a:pPr>'
        f'<a:r><a:rPr lang="id-ID" sz="1200" b="1"><a:latin typeface="Arial"/></a:rPr><a:t>{escape(title)}</a:t></a:r>'
        '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>'
    )


def pie_chart_xml(labels: Sequence[str], percents: Sequence[int], title: str | None = None) -> str:
    """A pie with one slice per label; each slice is labelled with its published percentage."""
    points = "".join(
        f'<c:dPt><c:idx val="{i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="{PALETTE[i % len(PALETTE)]}"/>'
        '</a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>'
        for i in range(len(labels))
    )
    categories = "".join(f'<c:pt idx="{i}"><c:v>{escape(label)}</c:v></c:pt>' for i, label in enumerate(labels))
    values = "".join(f'<c:pt idx="{i}"><c:v>{value}</c:v></c:pt>' for i, value in enumerate(percents))
    count = len(labels)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace {_NS}>'
        '<c:roundedCorners val="0"/><c:chart>'
        f"{_title(title)}<c:plotArea><c:layout/><c:pieChart><c:varyColors val=\"1\"/>"
        '<c:ser><c:idx val="0"/><c:order val="0"/>'
        '<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/>'
        '<c:pt idx="0"><c:v>Persentase</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        f"{points}"
        '<c:dLbls><c:numFmt formatCode="0&quot;%&quot;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
        f'{_text_properties(1100, True, "FFFFFF")}<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
        '<c:showLeaderLines val="0"/></c:dLbls>'
        f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${count + 1}</c:f><c:strCache><c:ptCount val="{count}"/>{categories}'
        "</c:strCache></c:strRef></c:cat>"
        f'<c:val><c:numRef><c:f>Sheet1!$B$2:$B${count + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode>'
        f'<c:ptCount val="{count}"/>{values}</c:numCache></c:numRef></c:val>'
        '</c:ser><c:firstSliceAng val="0"/></c:pieChart>'
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>'
        f'<c:legend><c:legendPos val="b"/><c:overlay val="0"/>{_text_properties(1000, False, "404040")}</c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>'
        "</c:chartSpace>"
    )
