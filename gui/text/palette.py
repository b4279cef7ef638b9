"""Colours as data (hex), shared by the window, the plots and the documents."""

from __future__ import annotations

#: the open scenarios' colours: tab text, markers on each other's plots, Compare column headers
SCENARIO_COLOURS = ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#ff7f0e")
