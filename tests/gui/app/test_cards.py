"""Cards turn red (or amber) when their number breaks a limit (issue 13): the budget reddens the cost, the
energy cap the energy, exhausted data the data card; a sound plan frames none."""

from tests.gui.app.test_input import enter


def alerts(win):
    return {key: card.property("alert") for key, card in win.summary.cards.items() if card.property("alert")}


def test_a_sound_plan_frames_no_card(win):
    assert alerts(win) == {}


def test_broken_limits_frame_their_cards(win):
    enter(win, "money.budget", {"en": "100M", "ja": "1億"}[win.property("lang")])
    assert alerts(win) == {"cost": "error"}
    enter(win, "energy.cap_mwh", "100")
    assert alerts(win) == {"cost": "error", "energy": "error"}
    enter(win, "money.budget", "")
    enter(win, "energy.cap_mwh", "")
    assert alerts(win) == {}


def test_exhausted_data_frames_the_data_card(win):
    enter(win, "data.unique_tokens", {"en": "20B", "ja": "200億"}[win.property("lang")])  # ~85 epochs
    assert alerts(win).get("data") == "error"


def test_a_changing_number_never_moves_the_plots(window):
    """The cards' height is fixed: a number a glyph taller (10²⁴, 億) changed the summary's height by 2 px,
    which resized all five plots — each then redrew itself whole — on most frames of a slider drag."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    resized = []

    class Resizes(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Resize:
                resized.append(obj)
            return False

    probe = Resizes()
    for plot in window.plots:
        plot.installEventFilter(probe)
    for i in range(30):
        window.model.set_field("cluster.count", 1000 + 37 * i, merge=True)
        window.model.flush()
        for _ in range(3):
            QApplication.processEvents()
    assert resized == []
