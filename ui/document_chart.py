"""A `BarChart` block drawn by Qt for the print path, as the PDF's chart (`app.export.chart`)
draws it: the same colours, axis steps, bars per category and legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from app.export.chart import AXIS_COLOUR, HEIGHT, SERIES_COLOURS, nice_top
from app.export.document import BarChart

GRID_COLOUR = "#e1e4e8"
POINTS_PER_INCH = 72.0
LAYOUT_DPI = 96.0
SCALE = 3  # image pixels per layout pixel, sharp on paper


def chart_height() -> float:
    """The chart's height in layout pixels (96 dpi), as tall as the PDF's."""
    return HEIGHT / POINTS_PER_INCH * LAYOUT_DPI


def chart_image(block: BarChart, width: float, family: str) -> QImage:
    """The chart, `width` layout pixels wide, as an image of SCALE times that size."""
    height = chart_height()
    image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    font = QFont(family)
    font.setPixelSize(9)
    painter.setFont(font)
    metrics = painter.fontMetrics()

    plot = QRectF(40, 8, width - 50, height - 8 - 44)
    largest = max((max(values, default=0) for _name, values in block.series), default=0)
    top, step = nice_top(largest)
    for value in range(0, top + 1, step):
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(QColor(GRID_COLOUR if value else AXIS_COLOUR), 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = str(value)
        painter.setPen(QColor(AXIS_COLOUR))
        painter.drawText(
            QPointF(plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2.5),
            label,
        )
    painter.setPen(QPen(QColor(AXIS_COLOUR), 0.6))
    painter.drawLine(plot.bottomLeft(), QPointF(plot.left(), plot.top()))

    count = max(1, len(block.categories))
    group = plot.width() / count
    series = len(block.series)
    bar = (group - 8) / max(1, series)
    for index, category in enumerate(block.categories):
        left = plot.left() + group * index + 4
        for number, (_name, values) in enumerate(block.series):
            value = values[index] if index < len(values) else 0
            bar_height = plot.height() * value / top
            painter.fillRect(
                QRectF(left + bar * number, plot.bottom() - bar_height, bar - 1, bar_height),
                QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]),
            )
        painter.setPen(QColor(AXIS_COLOUR))
        text_x = plot.left() + group * index + (group - metrics.horizontalAdvance(category)) / 2
        painter.drawText(QPointF(text_x, plot.bottom() + 4 + metrics.ascent()), category)

    x = plot.left()
    legend_y = height - 12
    font.setPixelSize(10)
    painter.setFont(font)
    for number, (name, _values) in enumerate(block.series):
        painter.fillRect(
            QRectF(x, legend_y - 8, 9, 9), QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])
        )
        painter.setPen(QColor("#1d1d1f"))
        painter.drawText(QPointF(x + 14, legend_y), name)
        x += 14 + painter.fontMetrics().horizontalAdvance(name) + 30
    painter.end()
    return image
