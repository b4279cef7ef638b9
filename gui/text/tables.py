"""Tables of a plan as text (no Qt): the terminal's table, the key numbers and assumptions of reports and
slides, and the rows of a comparison."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from engine.catalogue import accelerators
from engine.findings import Finding
from engine.fmt import money as money_en
from engine.money import per_usd, same_currency
from engine.planner import Plan

from .fields import field_label, rate_text
from .i18n import QT_TR_NOOP, current_language, tr
from .numbers import money, sci, short
from .severity import SEVERITY_ICONS, SEVERITY_NAMES

_SEVERITY_MARK = {"error": "✖ error  ", "warning": "▲ warning", "info": "● info   "}


def plan_table(p: Plan) -> str:
    s = p.scenario
    band = ""
    if p.loss_low is not None:
        band = f"  (95% band {p.loss_low:.3f}–{p.loss_high:.3f})"
    rows = [
        ("Scenario", s.name),
        ("Law", f"{p.law_name} [{p.law_id}]"),
        ("Objective", p.objective.replace("_", " ")),
        ("", ""),
        ("Compute", f"{sci(p.compute_flop)} FLOP  ({p.compute_pf_days:,.0f} PF-days)"),
        ("Model size", f"{short(p.n_params)} parameters"),
        ("Training tokens", f"{short(p.n_tokens)} tokens  ({p.tokens_per_param:.1f} per parameter)"),
        ("Predicted loss", f"{p.loss:.3f} nats/token{band}"),
        ("Compute-optimal", f"{short(p.optimal_n_params)} params, {short(p.optimal_n_tokens)} tokens, "
                            f"loss {p.optimal_loss:.3f}"),
    ]
    if p.epochs is not None:
        rows.append(("Data", f"{p.epochs:.2f} epochs of {short(p.unique_tokens)} unique tokens "
                             f"(worth {short(p.effective_tokens)} fresh)"))
    if p.inference_flop:
        rows.append(("Inference", f"{sci(p.inference_flop)} FLOP; lifetime {sci(p.lifetime_flop)} FLOP"))
    rows += [
        ("", ""),
        ("Wall-clock", f"{p.wall_clock_days:,.1f} days on {s.cluster.count:,} × {s.cluster.accelerator}"),
        ("Accelerator-hours", f"{p.accelerator_hours:,.0f}"),
        ("Energy", f"{p.energy_mwh:,.0f} MWh  (average {p.average_power_mw:,.2f} MW, PUE {s.energy.pue:g})"),
        ("Cost", f"{money_en(p.total_cost, p.currency)}  = accelerators {money_en(p.accelerator_cost, p.currency)}"
                 f" + energy {money_en(p.energy_cost, p.currency)}"),
        ("CO2", f"{p.co2_t:,.0f} t"),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"{k:<{width}}  {v}" if k else "" for k, v in rows]
    lines.append("")
    if p.findings:
        lines.append("Findings")
        for f in p.findings:
            lines.append(f"  {_SEVERITY_MARK[f.severity]}  [{f.code}] {f.message}")
            if f.fix:
                lines.append(f"              → {f.fix}")
    else:
        lines.append("Findings: none")
    return "\n".join(lines)


def key_numbers(plan: Plan) -> list[tuple[str, str]]:
    """The numbers a report or slide leads with, as (label, value) in the interface language."""
    lang = current_language()
    p = plan
    rows = [
        (tr("Compute"), f"{sci(p.compute_flop)} FLOP ({p.compute_flop / 8.64e19:,.0f} PF-days)"),
        (tr("Model size"), f"{short(p.n_params)} " + tr("params")),
        (tr("Training tokens"),
         f"{short(p.n_tokens)} ({p.n_tokens / p.n_params:.1f} " + tr("tokens per parameter") + ")"),
        (tr("Predicted loss"), f"{p.loss:.3f}" + (f" (95%: {p.loss_low:.3f}–{p.loss_high:.3f})"
                                                 if p.loss_low is not None else "")),
        (tr("Wall-clock"), f"{p.wall_clock_days:,.1f} " + tr("days")),
        (tr("Accelerator-hours"), f"{short(p.accelerator_hours)}"),
        (tr("Energy"), f"{p.energy_mwh:,.0f} MWh · {p.average_power_mw:,.2f} MW"),
        (tr("Total cost"), f"{money(p.total_cost, p.currency, lang)} (" + tr("accel.") + " "
         + f"{money(p.accelerator_cost, p.currency, lang)} · " + tr("energy") + " "
         + f"{money(p.energy_cost, p.currency, lang)})"),
        (tr("CO₂"), f"{p.co2_t:,.0f} t"),
    ]
    if p.epochs is not None:
        rows.insert(3, (tr("Data"), f"{p.epochs:.2f} " + tr("epochs")))
    return rows


#: What a band (loss, model size, tokens) is not: said on the loss plot and in the report's assumptions.
BAND_CAVEAT = QT_TR_NOOP("A band shows the uncertainty of the scaling law's fit only: not run-to-run noise (about "
                         "1% in loss), nor how the law transfers to other data and tokenizers; losses of laws "
                         "fitted on different data are not comparable in absolute value.")


def assumptions(plan: Plan) -> list[tuple[str, str]]:
    """What the plan assumes, with sources, as (label, text)."""
    s = plan.scenario
    law = s.law.resolve()
    acc = accelerators().get(s.cluster.accelerator)
    acc_text = (f"{acc.name}: {acc.source}; " + tr("price") + f" {acc.price_note}") if acc else tr("custom accelerator")
    return [
        (tr("Cluster"), f"{s.cluster.count:,} × {acc.name if acc else tr('custom accelerator')}, "
                        f"{sci(s.cluster.peak_flop_per_s)} FLOP/s, "
                        f"MFU {s.cluster.mfu:.0%}, " + tr("Goodput") + f" {s.schedule.goodput:.0%}"),
        (tr("Scaling law"), f"{law.name} — {law.source}"),
        (tr("Accelerator"), acc_text),
        (tr("Energy"), f"PUE {s.energy.pue:g}, " + tr("Host overhead") + f" {s.energy.server_overhead:g}×, "
                       f"{s.energy.price_per_kwh:g} {plan.currency}/kWh, {s.energy.carbon_kg_per_kwh:g} kg CO₂/kWh"),
        (tr("Money"), tr("Amounts in %s; exchange rate %s (your assumption), which converts the catalogue's "
                         "USD prices.") % (plan.currency, rate_text(plan.currency, per_usd(s)))
         if plan.currency != "USD" else tr("Amounts in USD.")),
        (tr("Energy factors"), tr("PUE: industry average 1.58 (Uptime Institute 2023), hyperscalers ≈ 1.1; grid "
                                  "carbon: Japan FY2023 0.421 kg CO₂/kWh, US ≈ 0.39, France ≈ 0.05. Energy = "
                                  "accelerators × power × hours × host overhead × PUE.")),
        (tr("Formulas"), tr("C = 6ND (Kaplan et al. 2020); compute-optimal allocation and loss from the law "
                            "(Hoffmann et al. 2022); energy = count × power × hours × PUE.")),
        (tr("Uncertainty"), tr(BAND_CAVEAT)),
    ]


def comparison_rows(plans: Sequence[Plan]) -> list[list[str]]:
    """A row per quantity (inputs, then results), a column per scenario; the first row names them. Every
    amount is in the first plan's currency (the others converted at their own scenario's rate, and said
    so in the Currency row), so a column of ¥ never sits beside one of $ unmarked."""
    lang = current_language()
    originals = list(plans)
    plans = same_currency(originals)
    head = [""] + [p.scenario.name for p in plans]

    def currency(i: int) -> str:
        p, was = plans[i], originals[i]
        if was.currency == p.currency:
            return p.currency
        return tr("%s, converted from %s at %s") % (p.currency, was.currency, rate_text(
            p.currency if was.currency == "USD" else was.currency,
            per_usd(p.scenario) if was.currency == "USD" else per_usd(was.scenario)))

    def accelerator(p: Plan) -> str:
        acc = accelerators().get(p.scenario.cluster.accelerator)
        return f"{p.scenario.cluster.count:,} × " + (acc.name if acc else tr("custom accelerator"))

    rows: list[tuple[str, Callable[[Plan], str]]] = [
        (tr("Accelerators"), accelerator),
        (tr("Wall-clock time"), lambda p: tr("%s days") % f"{p.wall_clock_days:,.1f}"),
        (field_label("cluster.mfu"), lambda p: f"{p.scenario.cluster.mfu:.0%}"),
        (field_label("money.price_per_accelerator_hour"),
         lambda p: money(p.scenario.money.price_per_accelerator_hour, p.currency, lang) + tr("/h")),
        (tr("Scaling law"), lambda p: p.law_name),
        (tr("Compute"), lambda p: f"{sci(p.compute_flop)} FLOP"),
        (tr("Model size"), lambda p: tr("%s parameters") % short(p.n_params)),
        (tr("Training tokens"), lambda p: short(p.n_tokens)),
        (tr("Predicted loss"), lambda p: f"{p.loss:.3f}"),
        (tr("Energy"), lambda p: f"{p.energy_mwh:,.0f} MWh"),
        (tr("Total cost"), lambda p: money(p.total_cost, p.currency, lang)),
        (tr("CO₂"), lambda p: f"{p.co2_t:,.0f} t"),
        (tr("Findings"), lambda p: findings_count(p.findings)),
    ]
    table = [head] + [[label] + [fn(p) for p in plans] for label, fn in rows]
    table.insert(5, [tr("Currency")] + [currency(i) for i in range(len(plans))])
    return table


def findings_count(findings: Sequence[Finding]) -> str:
    """"1 error, 2 warnings" in the interface language; "—" when there are none."""
    parts = []
    for severity in ("error", "warning", "info"):
        n = sum(f.severity == severity for f in findings)
        if n:
            parts.append(f"{n} {SEVERITY_ICONS[severity]} {tr(SEVERITY_NAMES[severity])}")
    return ", ".join(parts) or "—"
