"""The summary: the plan's key numbers as large cards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from engine.catalogue import accelerators
from engine.findings import Finding
from engine.planner import Plan
from gui.text.i18n import QT_TR_NOOP, current_language, tr
from gui.text.numbers import energy, money, power, ratio, sci, short, tonnes
from gui.text.severity import CARD_OF_FINDING, SEVERITY_COLOURS
from gui.text.tables import PRECISION_NAMES, memory_text, sharding_text


class Card(QFrame):
    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.setObjectName("card." + key)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#card\\.%s { background: #f7f9fc; border: 1px solid #dde3ea; border-radius: 6px; }"
                           % key)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 5)
        layout.setSpacing(0)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: #5a6570; font-size: 8pt;")
        self.value = QLabel("—")
        self.value.setObjectName("value." + key)
        self.value.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1b2631;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("")
        self.detail.setObjectName("detail." + key)
        self.detail.setStyleSheet("color: #5a6570; font-size: 8pt;")
        for w in (self.title, self.value, self.detail):
            w.setTextFormat(Qt.TextFormat.PlainText)  # numbers, units, accelerator names: never markup
            layout.addWidget(w)

        self._large = False
        self._sizes = (11.0, 24.0)
        self._stale = False
        self._alert: str | None = None
        self._fix_height()

    #: the tallest lines a card shows (superscripts, Japanese, descenders): its height is fixed to fit them, so
    #: a number that changes never changes the summary's height — which moved every plot by a pixel and made
    #: each redraw itself whole, on most frames of a drag
    _TALLEST = ("計算量 Åg", "3.8 × 10²⁴ 億 Åg", "総計算量 4.3 × 10²⁴ FLOP Åg")

    def _fix_height(self) -> None:
        labels = (self.title, self.value, self.detail)
        shown = [w.text() for w in labels]
        for w, text in zip(labels, self._TALLEST, strict=True):
            w.ensurePolished()
            w.setText(text)
        self.setMinimumHeight(0)
        self.setMaximumHeight(16777215)
        height = self._layout.sizeHint().height()
        for w, text in zip(labels, shown, strict=True):
            w.setText(text)
        self.setFixedHeight(height)

    def set_large(self, large: bool, sizes: tuple[float, float] = (11.0, 24.0)) -> None:
        """Bigger type for presenting to a room: ``sizes`` in points, of the title and detail lines and of
        the number."""
        self._large = large
        self._sizes = sizes
        self._style()
        self._fix_height()

    def set_stale(self, stale: bool) -> None:
        """Grey, struck-through numbers: the inputs changed and these are no longer theirs."""
        if stale != self._stale:
            self._stale = stale
            self._style()

    def set_alert(self, severity: str | None) -> None:
        """A card whose number breaks a limit (an error finding) is framed red, one with a warning amber, in
        the colours of the findings (gui.text.severity)."""
        if severity != self._alert:
            self._alert = severity
            self.setProperty("alert", severity or "")
            border = f"2px solid {SEVERITY_COLOURS[severity]}" if severity else "1px solid #dde3ea"
            background = {"error": "#fdecea", "warning": "#fef5e7"}.get(severity or "", "#f7f9fc")
            key = self.objectName().replace(".", "\\.")
            self.setStyleSheet(f"QFrame#{key} {{ background: {background}; border: {border}; border-radius: 6px; }}")

    def _style(self) -> None:
        small, big = (f"{self._sizes[0]:g}pt", f"{self._sizes[1]:g}pt") if self._large else ("8pt", "14pt")
        ink, soft = ("#a0a7ae", "#a0a7ae") if self._stale else ("#1b2631", "#5a6570")
        strike = " text-decoration: line-through;" if self._stale else ""
        self.title.setStyleSheet(f"color: {soft}; font-size: {small};")
        self.value.setStyleSheet(f"font-size: {big}; font-weight: 600; color: {ink};{strike}")
        self.detail.setStyleSheet(f"color: {soft}; font-size: {small};")

    def set_title(self, title: str) -> None:
        if self.title.text() != title:
            self.title.setText(title)

    def set(self, value: str, detail: str = "") -> None:
        if self.value.text() != value:
            self.value.setText(value)
        if self.detail.text() != detail:
            self.detail.setText(detail)


class SummaryPanel(QWidget):
    #: the card that shows each key of the plan (``plan --json``)
    PLAN_KEYS = {"compute_flop": "compute", "compute_pf_days": "compute", "n_params": "params",
                 "n_params_low": "params", "n_params_high": "params", "n_tokens_low": "tokens",
                 "n_tokens_high": "tokens", "n_tokens": "tokens", "tokens_per_param": "tokens", "loss": "loss",
                 "loss_low": "loss",
                 "loss_high": "loss", "epochs": "data", "effective_tokens": "data", "wall_clock_days": "days",
                 "accelerator_hours": "hours", "energy_mwh": "energy", "average_power_mw": "power",
                 "total_cost": "cost", "accelerator_cost": "cost", "energy_cost": "cost", "co2_t": "co2",
                 "lifetime_flop": "compute", "inference_flop": "compute", "training_flop": "compute",
                 "attention_flop_share": "compute", "n_params_active": "params", "n_params_total": "params",
                 "memory_per_accelerator_gib": "memory", "memory_capacity_gib": "memory",
                 "memory_state_gib": "memory", "memory_activations_gib": "memory", "goodput": "hours",
                 "peak_power_mw": "power"}
    ORDER = [("compute", QT_TR_NOOP("Compute")), ("params", QT_TR_NOOP("Model size")),
             ("tokens", QT_TR_NOOP("Training tokens")), ("loss", QT_TR_NOOP("Predicted loss")),
             ("data", QT_TR_NOOP("Data")), ("days", QT_TR_NOOP("Wall-clock")),
             ("hours", QT_TR_NOOP("Accelerator-hours")), ("energy", QT_TR_NOOP("Energy")),
             ("power", QT_TR_NOOP("Average power")), ("cost", QT_TR_NOOP("Total cost")),
             ("co2", QT_TR_NOOP("CO₂")), ("memory", QT_TR_NOOP("Memory per accelerator"))]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        #: why the cards show the last valid plan and not the current inputs' (hidden while they agree)
        self.stale = QLabel()
        self.stale.setObjectName("summary.stale")
        self.stale.setTextFormat(Qt.TextFormat.PlainText)
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("background: #fdecea; color: #7b241c; border: 1px solid #e6b0aa; "
                                 "border-radius: 4px; padding: 4px 8px;")
        self.stale.hide()
        outer.addWidget(self.stale)
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.cards: dict[str, Card] = {}
        allocation_range = tr("The 95% range is the spread the scaling law's uncertainty allows: the "
                              "compute-optimal allocation at this compute, or the one that reaches the target loss.")
        explain = {
            "loss": tr("Loss: how well the trained model predicts text (cross-entropy, in nats per token); lower "
                       "is better. The band is the 95% range of the scaling law's uncertainty."),
            "compute": tr("Training compute: the floating-point operations of the whole run, "
                          "about 6 × parameters × training tokens."),
            "tokens": tr("Training tokens: how much text the model reads during training (repeats included).")
            + " " + allocation_range,
            "params": tr("Model size: the number of parameters.") + " " + allocation_range,
            "data": tr("How many times the unique tokens on hand are read, and what that is worth in fresh "
                       "data (Muennighoff et al. 2023)."),
            "power": tr("Average facility draw over the run; the peak at full draw is what the site must "
                        "deliver. For scale: Llama 3's cluster ≈ 27 MW (Epoch AI estimate), xAI's Colossus ≈ "
                        "280 MW (Epoch AI, 2025), the largest sites of 2026 ≈ 1 GW (Epoch AI Frontier Data "
                        "Centers hub, November 2025)."),
            "memory": tr("Memory one accelerator needs for training: its share of the weights, gradients and "
                         "optimizer state under the sharding, plus the activations its pipeline stage keeps "
                         "(Korthikanti et al. 2022), against its memory in GiB."),
        }
        for key, title in self.ORDER:
            self.cards[key] = Card(key, tr(title))
            if key in explain:
                self.cards[key].setToolTip(explain[key])
        self._tokens_tip = explain["tokens"]
        self.columns = 0
        self._reflow(6)
        self.lang = current_language()

    def set_large(self, large: bool, width: int | None = None) -> None:
        """Bigger type for presenting to a room: the numbers at most 24 pt, at least 14 (their size in the
        window), as large as lets six cards a row fit in ``width`` pixels with a tenth to spare (another
        scenario's numbers may be longer)."""
        big = 24.0
        for _ in range(4):
            for card in self.cards.values():
                card.set_large(large, (max(9.0, round(big * 11 / 24 * 2) / 2), big))
            if not large or width is None:
                return
            columns = [0] * 6
            for i, card in enumerate(self.cards.values()):
                columns[i % 6] = max(columns[i % 6], card.minimumSizeHint().width())
            needed = 1.1 * (sum(columns) + 5 * self.grid.spacing())
            if needed <= width or big <= 14:
                return
            big = max(14.0, int(big * width / needed * 2) / 2)

    def set_stale(self, reason: str, last_plan: bool = True) -> None:
        """Grey every card and say why above them while the current inputs have no plan ("" when they
        have one again): the numbers on screen are the last valid plan's (``last_plan``), never passed off as
        current; without one, the reason alone."""
        if not reason:
            text = ""
        elif last_plan:
            text = tr("Not updated — these numbers are the last valid plan's. %s") % reason
        else:
            text = tr("No plan for these inputs: %s") % reason
        if text == self.stale.text() and self.stale.isVisible() == bool(reason):
            return
        self.stale.setText(text)
        self.stale.setVisible(bool(reason))
        for card in self.cards.values():
            card.set_stale(bool(reason))

    def _reflow(self, columns: int) -> None:
        """Six cards a row on wide windows, four on narrow ones, so no number is ever clipped."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(6):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(6 if event.size().width() >= 1100 else 4)
        super().resizeEvent(event)

    def mark(self, findings: Sequence[Finding]) -> None:
        """Frame each card by the worst warning or error about its number (a broken budget reddens the
        cost, a broken energy cap the energy, exhausted data the data card)."""
        worst: dict[str, str] = {}
        for f in findings:
            key = CARD_OF_FINDING.get(f.code)
            if key is not None and f.severity in ("error", "warning") and worst.get(key) != "error":
                worst[key] = f.severity
        for key, card in self.cards.items():
            card.set_alert(worst.get(key))

    def update_plan(self, p: Plan) -> None:
        c, lang = self.cards, self.lang
        # the law's 6·N·D; below it what else the plan counts: inference over the model's life, attention
        if p.inference_flop:
            compute_detail = tr("lifetime") + f" {sci(p.lifetime_flop)} FLOP"
        elif p.attention_flop_share > 0:
            compute_detail = tr("with attention") + f" {sci(p.training_flop)} FLOP"
        else:
            compute_detail = f"{short(p.compute_pf_days, lang=lang)} PF-days"
        precision = PRECISION_NAMES.get(p.precision, p.precision)
        c["compute"].set(f"{sci(p.compute_flop)} FLOP", compute_detail)
        c["compute"].setToolTip(self._compute_tip(p, precision))
        # the 95 % range of N and D where the law has uncertainty and the objective leaves them to it
        n_range = (None if p.n_params_low is None
                   else f"95%: {short(p.n_params_low, lang=lang)}–{short(p.n_params_high, lang=lang)}")
        d_range = (None if p.n_tokens_low is None
                   else f"95%: {short(p.n_tokens_low, lang=lang)}–{short(p.n_tokens_high, lang=lang)}")
        if p.scenario.model.moe is not None:  # a mixture of experts: the active parameters, and all of them
            total = short(p.n_params_total, lang=lang)
            c["params"].set(f"{short(p.n_params, lang=lang)} " + tr("active"),
                            (tr("of %s in all (estimated)") if p.n_params_total_estimated else tr("of %s in all"))
                            % total)
        else:
            c["params"].set(f"{short(p.n_params, lang=lang)} " + tr("params"), n_range or (
                tr("optimal") + f" {short(p.optimal_n_params, lang=lang)}" if p.objective != "compute_optimal" else
                tr("compute-optimal")))
        per_param = f"{ratio(p.tokens_per_param, lang)} " + tr("tokens per parameter")  # 0.0123, never 0.0
        c["tokens"].set(short(p.n_tokens, lang=lang), d_range or per_param)
        tip = self._tokens_tip + (f"\n{per_param}" if d_range else "")  # the ratio, where the range took its line
        if c["tokens"].toolTip() != tip:
            c["tokens"].setToolTip(tip)
        band = f"95%: {p.loss_low:.3f}–{p.loss_high:.3f}" if p.loss_low is not None else tr("no uncertainty published")
        c["loss"].set(f"{p.loss:.3f}", band)
        if p.epochs is not None:
            c["data"].set(f"{ratio(p.epochs, lang)} " + tr("epochs"),
                          tr("worth") + f" {short(p.effective_tokens, lang=lang)} " + tr("fresh"))
        else:
            c["data"].set("—", tr("unique tokens not set"))
        acc = accelerators().get(p.scenario.cluster.accelerator)
        c["days"].set(f"{short(p.wall_clock_days, lang=lang)} " + tr("days"),
                      f"{p.scenario.cluster.count:,} × " + (acc.name if acc else tr("custom accelerator")))
        # the goodput the hours include: typed, or modelled from failures (issue 15)
        c["hours"].set(short(p.accelerator_hours, lang=lang),
                       (tr("goodput %s (from failures)") if p.failure_waste is not None else tr("goodput %s"))
                       % f"{p.goodput:.0%}")
        # units scaled to keep the number short: 619 MWh, 368 TWh; 860 kW, 4.2 GW; 145 kt / 14.5万 t
        cap = p.scenario.energy.cap_mw
        c["power"].set(power(p.average_power_mw, lang),
                       tr("peak %s") % power(p.peak_power_mw, lang)
                       + ("" if cap is None else " · " + tr("cap %s") % power(cap, lang)))
        energy_cost = (tr("energy") + f" {money(p.energy_cost, p.currency, lang)}"
                       if p.scenario.money.cost_basis != "rented" else tr("power included in the rental"))
        prog = p.programme
        if prog is None:  # the run's cost
            c["cost"].set_title(tr("Total cost"))
            c["cost"].set(money(p.total_cost, p.currency, lang),
                          tr("accel.") + f" {money(p.accelerator_cost, p.currency, lang)} · " + energy_cost)
            c["energy"].set(energy(p.energy_mwh, lang), f"PUE {p.scenario.energy.pue:g}")
            c["co2"].set(tonnes(p.co2_t, lang), f"{p.scenario.energy.carbon_kg_per_kwh:g} kg/kWh")
        else:  # issue 16: what the budget owner approves — the programme; the run's share beneath
            c["cost"].set_title(tr("Programme cost"))
            c["cost"].set(money(prog.total_cost, p.currency, lang),
                          tr("final run %s") % money(p.total_cost, p.currency, lang)
                          + (" · " + tr("serving %s/month") % money(p.serving.cost_per_month, p.currency, lang)
                             if p.serving is not None else ""))
            c["energy"].set(energy(p.energy_mwh, lang), tr("programme %s") % energy(prog.total_energy_mwh, lang))
            c["co2"].set(tonnes(p.co2_t, lang), tr("programme %s") % tonnes(prog.total_co2_t, lang))
        c["memory"].set(memory_text(p), sharding_text(p))

    @staticmethod
    def _compute_tip(p: Plan, precision: str) -> str:
        lines = [tr("Training compute: the floating-point operations of the whole run, "
                    "about 6 × parameters × training tokens."),
                 tr("%s PF-days; trained in %s.") % (short(p.compute_pf_days), precision)]
        if p.attention_flop_share > 0:
            lines.append(tr("With attention at %s tokens of context the accelerators do %s FLOP (%s attention); "
                            "the scaling law predicts the loss from 6·N·D.")
                         % (f"{p.context_tokens:,}", sci(p.training_flop), f"{p.attention_flop_share:.0%}"))
        if p.inference_flop:
            lines.append(tr("Lifetime compute %s FLOP, of which inference %s FLOP.")
                         % (sci(p.lifetime_flop), sci(p.inference_flop)))
        return "\n".join(lines)
