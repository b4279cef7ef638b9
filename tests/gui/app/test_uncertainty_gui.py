"""The window shows the law's uncertainty as the engine computes it (issue 12): the 95 % range of the model size
and tokens on their cards, a band on the allocation plot, and on the loss plot and in the report one sentence
saying what a band is not."""

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

import engine
from gui.automation import settle
from gui.text.numbers import short
from gui.text.tables import BAND_CAVEAT, assumptions


def detail(window, key):
    return window.summary.cards[key].detail.text()


def use_law(window, preset):
    window.model.replace_scenario(replace(window.model.scenario, law=engine.LawChoice(preset=preset)))
    settle(window)


def test_cards_show_the_range_of_model_size_and_tokens(window):
    p = window.model.plan
    assert p.n_params_low is not None and p.n_tokens_low is not None
    assert detail(window, "params") == f"95%: {short(p.n_params_low)}–{short(p.n_params_high)}"  # 66.9 B–147 B
    assert detail(window, "tokens") == f"95%: {short(p.n_tokens_low)}–{short(p.n_tokens_high)}"
    tokens = window.summary.cards["tokens"]
    assert f"{p.tokens_per_param:.1f} tokens per parameter" in tokens.toolTip()  # where the range took its line
    assert "95% range" in window.summary.cards["params"].toolTip()
    card = window.summary.cards["params"]
    assert card.width() >= card.minimumSizeHint().width()  # the range fits its card


def test_a_law_without_uncertainty_shows_no_range(window):
    use_law(window, "chinchilla-2022")
    p = window.model.plan
    assert p.n_params_low is None
    assert detail(window, "params") == "compute-optimal"
    assert detail(window, "tokens") == f"{p.tokens_per_param:.1f} tokens per parameter"
    assert "tokens per parameter" not in window.summary.cards["tokens"].toolTip()
    allocation = window.plot("allocation")
    assert not allocation.n_band.isVisible() and not allocation.d_band.isVisible()


def test_the_allocation_plot_shades_the_range(window):
    p, plot = window.model.plan, window.plot("allocation")
    assert plot.n_band.isVisible() and plot.d_band.isVisible()
    for lo_item, hi_item, want in ((plot.n_band_lo, plot.n_band_hi, (p.n_params_low, p.n_params_high)),
                                   (plot.d_band_lo, plot.d_band_hi, (p.n_tokens_low, p.n_tokens_high))):
        x, lo = lo_item.getData()
        _, hi = hi_item.getData()
        cx = np.log10(p.compute_flop)
        got = 10 ** np.interp(cx, x, lo), 10 ** np.interp(cx, x, hi)
        assert np.allclose(got, want, rtol=0.02)  # the plot's band at the plan is the plan's range


def test_the_loss_band_says_what_it_is_not(window, qtbot):
    plot = window.plot("loss")
    assert plot.band.toolTip() == BAND_CAVEAT
    assert "run-to-run noise" in BAND_CAVEAT and "not comparable in absolute value" in BAND_CAVEAT
    # resting the pointer on the band shows it: the band's middle at the plot's right edge (far from the plan)
    x, lo = plot.band_lo.getData()
    _, hi = plot.band_hi.getData()
    i = len(x) - 8
    pos = plot.mapFromScene(plot.getPlotItem().vb.mapViewToScene(QPointF(x[i], (lo[i] + hi[i]) / 2)))
    QToolTip.hideText()
    hover_pos = QPoint(int(pos.x()), int(pos.y()))
    QApplication.sendEvent(plot.viewport(), QHelpEvent(QEvent.Type.ToolTip, hover_pos, plot.viewport()
                                                       .mapToGlobal(hover_pos)))
    qtbot.waitUntil(lambda: QToolTip.text() != "", timeout=1000)
    assert QToolTip.text() == BAND_CAVEAT
    QToolTip.hideText()


def test_the_report_says_what_a_band_is_not(window):
    rows = dict(assumptions(window.model.plan))
    assert rows["Uncertainty"] == BAND_CAVEAT
