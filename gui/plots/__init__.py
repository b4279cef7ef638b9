"""The live plots, one module each, and the registry the window, the reports and the slides iterate.

A new plot is a module with a :class:`gui.plots.base.Plot` subclass plus one line in ``PLOTS``; set its
``document_size`` (pixels) to have it in PDF reports and slides too.
"""

from __future__ import annotations

from .allocation import AllocationPlot
from .base import Plot, PlotType
from .cost import CostPlot
from .data import DataPlot
from .isoflop import IsoFlopPlot
from .loss import LossPlot

#: every plot, in the window's order (three a row, then the findings)
PLOTS: tuple[PlotType, ...] = (
    LossPlot,
    IsoFlopPlot,
    AllocationPlot,
    DataPlot,
    CostPlot,
)
#: the plots a document (PDF page, slide) shows, in its order
DOCUMENT_PLOTS: tuple[PlotType, ...] = tuple(cls for cls in PLOTS if cls.document_size is not None)

__all__ = ["DOCUMENT_PLOTS", "PLOTS", "AllocationPlot", "CostPlot", "DataPlot", "IsoFlopPlot", "LossPlot", "Plot",
           "PlotType"]
