"""A `BarChart` block drawn with reportlab's own graphics, for the PDF.

Only counts and fixed labels reach a chart. The colours are shared with the Qt renderer
(`ui.document_renderer`), so the printed page and the PDF show the same chart.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from app.export.document import BarChart

SERIES_COLOURS = ("#2f6f9f", "#d08a2b", "#6a8f3a", "#8a5a9f")
AXIS_COLOUR = "#5f6368"
HEIGHT = 150.0  # points
LEGEND_HEIGHT = 18.0


def nice_top(largest: int) -> tuple[int, int]:
    """The axis top and step for counts up to `largest`: whole numbers, at most ~6 steps."""
    top = max(1, largest)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return (-(-top // step)) * step, step
    step = 10 ** len(str(top))
    return (-(-top // step)) * step, step


def bar_chart_drawing(block: BarChart, width: float, font: str) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 20 + LEGEND_HEIGHT
    chart.width, chart.height = width - 40, HEIGHT - 30 - LEGEND_HEIGHT
    chart.data = [list(values) for _name, values in block.series]
    chart.categoryAxis.categoryNames = list(block.categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = colors.HexColor(AXIS_COLOUR)
    largest = max((max(values, default=0) for _name, values in block.series), default=0)
    top, step = nice_top(largest)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor(AXIS_COLOUR)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e1e4e8")
    chart.groupSpacing = 4
    chart.barSpacing = 1
    for index in range(len(block.series)):
        chart.bars[index].fillColor = colors.HexColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, LEGEND_HEIGHT - 4
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dx = legend.dy = 7
    legend.boxAnchor = "w"
    legend.colorNamePairs = [
        (colors.HexColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]), name)
        for i, (name, _values) in enumerate(block.series)
    ]
    drawing.add(legend)
    return drawing
