"""A plain-text table of a plan for the terminal (no Qt)."""

from __future__ import annotations

from engine.fmt import money, sci, short
from engine.planner import Plan

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
        ("Cost", f"{money(p.total_cost, p.currency)}  = accelerators {money(p.accelerator_cost, p.currency)}"
                 f" + energy {money(p.energy_cost, p.currency)}"),
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
