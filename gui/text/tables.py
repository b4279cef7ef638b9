"""Tables of a plan as text (no Qt): the terminal's table, the key numbers and assumptions of reports and
slides, and the rows of a comparison."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from engine import fmt
from engine.catalogue import accelerators
from engine.costing import purchase_price
from engine.energy import convention
from engine.fields import field
from engine.findings import Finding
from engine.fmt import money as money_en
from engine.money import per_usd, same_currency
from engine.planner import Plan
from engine.scenario import Scenario

from .fields import currency_sign, field_label, rate_text
from .i18n import QT_TR_NOOP, current_language, tr
from .laws import law_name, law_short_name, source_label
from .numbers import energy, field_text, money, number, power, ratio, sci, short, tonnes
from .severity import SEVERITY_ICONS, SEVERITY_NAMES

#: Training precisions as people write them.
PRECISION_NAMES = {"bf16": "BF16", "fp8": "FP8"}


def memory_text(p: Plan) -> str:
    """'73.2 GiB of 80 GiB' (the need alone when the accelerator's memory is not known)."""
    need = fmt.gib(p.memory_per_accelerator_gib * 2**30)
    if p.memory_capacity_gib is None:
        return need
    return tr("%s of %s") % (need, fmt.gib(p.memory_capacity_gib * 2**30))


def _sharding_words(p: Plan) -> str:
    return sharding_text(p) + f", DP {p.data_parallel:,}, {p.scenario.parallel.recompute} recomputation"


def sharding_text(p: Plan) -> str:
    """'TP 2 · PP 1 · ZeRO-3 · FP8' — the parallelism the plan assumes (EP only for a mixture of experts)."""
    parts = [f"TP {p.tensor_parallel:,}", f"PP {p.pipeline_parallel:,}"]
    if p.scenario.model.moe is not None:
        parts.append(f"EP {p.expert_parallel:,}")
    parts.append(f"ZeRO-{p.scenario.parallel.zero_stage}")
    parts.append(PRECISION_NAMES.get(p.precision, p.precision))
    return " · ".join(parts)


_SEVERITY_MARK = {"error": "✖ error  ", "warning": "▲ warning", "info": "● info   "}


def _programme_rows(p: Plan) -> list[tuple[str, str]]:
    """The programme's stages, totals, serving and compliance in the terminal's table (issue 16)."""
    from .programme import cost_range_text, documentation_rows, serving_text, stage_rows, threshold_line

    prog = p.programme
    if prog is None:
        return []
    rows: list[tuple[str, str]] = [("", "")]
    table = stage_rows(p)
    for row in table[1:]:
        cells = [row[1], f"{row[2]} accelerators" if row[2] else "", *row[3:]]
        rows.append((row[0], " · ".join(c for c in cells if c)))
    rows.append(("Programme cost", cost_range_text(p)))
    if prog.capital_outlay is not None:
        rows.append(("Cluster purchase", f"{money_en(prog.capital_outlay, p.currency)} up front; "
                                         f"{money_en(prog.accelerator_hour_price, p.currency)} per accelerator-hour "
                                         "written off"))
    if p.serving is not None:
        rows.append(("Serving", serving_text(p)))
    rows.append(("", ""))
    for c in prog.compliance:
        rows.append(("Threshold", threshold_line(c)))
    for item, value in documentation_rows(p):
        rows.append(("EU documentation", f"{item}: {value}"))
    return rows


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
        ("Compute", f"{sci(p.compute_flop)} FLOP  ({fmt.short(p.compute_pf_days)} PF-days)"),
        ("Model size", f"{fmt.short(p.n_params)} parameters" + (
            f" active of {fmt.short(p.n_params_total)} in all" + (" (estimated)" if p.n_params_total_estimated else "")
            if s.model.moe is not None else "")),
        ("Training tokens", f"{fmt.short(p.n_tokens)} tokens  ({fmt.short(p.tokens_per_param)} per parameter)"),
        ("Predicted loss", f"{p.loss:.3f} nats/token{band}"),
        ("Compute-optimal" if s.model.moe is None else "Dense optimum",
         f"{fmt.short(p.optimal_n_params)} params, {fmt.short(p.optimal_n_tokens)} tokens, loss {p.optimal_loss:.3f}"),
    ]
    if p.epochs is not None:
        rows.append(("Data", f"{fmt.short(p.epochs)} epochs of {short(p.unique_tokens, lang='en')} unique tokens "
                             f"(worth {short(p.effective_tokens, lang='en')} fresh)"))
    if p.inference_flop:
        rows.append(("Inference", f"{sci(p.inference_flop)} FLOP; lifetime {sci(p.lifetime_flop)} FLOP"))
    if p.attention_flop_share > 0:
        rows.append(("With attention", f"{sci(p.training_flop)} FLOP on the accelerators at {p.context_tokens:,} "
                                       f"tokens of context ({p.attention_flop_share:.1%} attention)"))
    rows.append(("Memory", f"{fmt.gib(p.memory_per_accelerator_gib * 2**30)} per accelerator"
                           + (f" of {fmt.gib(p.memory_capacity_gib * 2**30)}" if p.memory_capacity_gib else "")
                           + f" ({_sharding_words(p)}; {round(p.layers):,} layers × width {round(p.d_model):,}"
                           + (", derived from the size" if p.shape_derived else "") + ")"))
    rows.append(("Checkpoint", f"{fmt.short(p.checkpoint_gb)} GB of training state; weights "
                               f"{fmt.short(p.weights_gb)} GB in BF16"))
    rows += [
        ("", ""),
        ("Wall-clock", f"{fmt.short(p.wall_clock_days)} days on {s.cluster.count:,} × {s.cluster.accelerator}"),
        ("Accelerator-hours", fmt.short(p.accelerator_hours)),
        ("Energy", f"{fmt.energy(p.energy_mwh)}  (average {fmt.power(p.average_power_mw)}, PUE {s.energy.pue:g})"),
        ("Cost", f"{money_en(p.total_cost, p.currency)}  = accelerators {money_en(p.accelerator_cost, p.currency)}"
                 f" + energy {money_en(p.energy_cost, p.currency)}"),
        ("CO2", fmt.tonnes(p.co2_t)),
    ]
    rows += _programme_rows(p)
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
    moe = p.scenario.model.moe is not None
    size = f"{short(p.n_params, lang=lang)} " + tr("params")
    if moe:
        size = tr("%s active of %s in all") % (short(p.n_params, lang=lang), short(p.n_params_total, lang=lang))
    compute = f"{sci(p.compute_flop)} FLOP ({short(p.compute_pf_days, lang=lang)} PF-days)"
    if p.attention_flop_share > 0:
        compute = tr("%s FLOP; %s FLOP with attention") % (sci(p.compute_flop), sci(p.training_flop))
    rows = [
        (tr("Compute"), compute),
        (tr("Model size"), size),
        (tr("Training tokens"),
         f"{short(p.n_tokens, lang=lang)} ({ratio(p.tokens_per_param, lang)} " + tr("tokens per parameter") + ")"),
        (tr("Predicted loss"), f"{p.loss:.3f}" + (f" (95%: {p.loss_low:.3f}–{p.loss_high:.3f})"
                                                 if p.loss_low is not None else "")),
        (tr("Wall-clock"), tr("%s days") % number(p.wall_clock_days, 3)),
        (tr("Accelerator-hours"), short(p.accelerator_hours, lang=lang) + (
            " (" + tr("goodput %s (from failures)") % f"{p.goodput:.0%}" + ")" if p.failure_waste is not None
            else "")),
        (tr("Energy"), f"{energy(p.energy_mwh, lang)} · {power(p.average_power_mw, lang)}"),
        (tr("Total cost"), f"{money(p.total_cost, p.currency, lang)} (" + tr("accel.") + " "
         + f"{money(p.accelerator_cost, p.currency, lang)} · "
         + (tr("energy") + " " + money(p.energy_cost, p.currency, lang) if p.scenario.money.cost_basis != "rented"
            else tr("power included in the rental")) + ")"),
        (tr("CO₂"), tonnes(p.co2_t, lang)),
        (tr("Memory per accelerator"), memory_text(p)),
    ]
    if p.epochs is not None:
        rows.insert(3, (tr("Data"), f"{ratio(p.epochs, lang)} " + tr("epochs")))
    return rows


#: What a band (loss, model size, tokens) is not: said on the loss plot and in the report's assumptions.
BAND_CAVEAT = QT_TR_NOOP("A band shows the uncertainty of the scaling law's fit only: not run-to-run noise (about "
                         "1% in loss), nor how the law transfers to other data and tokenizers; losses of laws "
                         "fitted on different data are not comparable in absolute value.")


#: The plan's objective in words, with its inputs ({objective} is the editor's name for it).
_OBJECTIVE_TEXTS = {
    "compute_optimal": QT_TR_NOOP("{objective}: {days} on the cluster; the scaling law chooses the model size and "
                                  "the training tokens"),
    "fixed_params": QT_TR_NOOP("{objective}: {params} parameters, {days} on the cluster"),
    "fixed_run": QT_TR_NOOP("{objective}: {params} parameters and {tokens} training tokens; the days follow"),
    "target_loss": QT_TR_NOOP("{objective}: a loss of {target} nats/token, then {inference} tokens of inference; "
                              "lifetime compute {lifetime} FLOP ({training} FLOP training + {inference_flop} FLOP "
                              "inference), the least that reaches the target"),
}
_CLUSTER_TEXT = QT_TR_NOOP("{count} × {accelerator}; peak {peak} per accelerator in {precision}; MFU {mfu} of that "
                           "peak; goodput {goodput}")
_MODEL_TEXT = QT_TR_NOOP("{layers} layers of width {width} ({shape}); {context}; {experts}")
_MEMORY_TEXT = QT_TR_NOOP("{need} per accelerator of {capacity}: training state {state} ({bytes} bytes per "
                          "parameter: {recipe}), activations {activations} ({recompute} recomputation, Korthikanti et "
                          "al. 2022); tensor {tensor} × pipeline {pipeline} × expert {expert} parallel, {data} "
                          "data-parallel replicas, ZeRO stage {zero}{chosen}")
#: what the accelerator-hour price covers (money.cost_basis)
_PRICE_TEXTS = {
    "rented": QT_TR_NOOP("{price} per accelerator-hour, a rental: the power is included, no energy is charged on top"),
    "owned": QT_TR_NOOP("{price} per accelerator-hour, owned or colocated: the energy is paid on top at "
                        "{energy_price}"),
    "purchased": QT_TR_NOOP("{price} per accelerator-hour, a bought cluster: {purchase} per accelerator × network "
                            "{multiple}× written off over {years} years, busy {busy} of them; the energy is paid on "
                            "top at {energy_price}"),
}
_POWER_TEXT = QT_TR_NOOP("PUE {pue}; host overhead {overhead}×; average draw {draw} of {power} per accelerator; "
                         "power convention: {convention}")
#: the power conventions of engine.energy, as the editor names them
_CONVENTIONS = {"tdp": QT_TR_NOOP("Chip TDP (as published footprints)"),
                "server": QT_TR_NOOP("Server power, average draw (Epoch AI)"), "custom": QT_TR_NOOP("Custom")}
_LIMITS_TEXT = QT_TR_NOOP("budget: {budget}; energy cap: {cap}")
_CATALOGUE_PRICE = QT_TR_NOOP("{accelerator}: catalogue price {low} to {high} per hour, typical {typical}")
_UNVERIFIED = QT_TR_NOOP("{accelerator}: catalogue price {low} to {high} per hour, typical {typical} (unverified: "
                         "check a current quote)")
_FITTED = QT_TR_NOOP("{law}, fitted on runs of {range} FLOP")
_REFERENCE_VALUES = QT_TR_NOOP(
    "PUE: industry average 1.58 (Uptime Institute 2023), hyperscalers ≈ 1.1; grid carbon: Japan FY2023 0.421 kg "
    "CO₂/kWh, US ≈ 0.39, France ≈ 0.05; average draw while training: GPU servers 75 %, TPU servers 43 % of their "
    "rated power (Epoch AI).")
_FORMULAS = QT_TR_NOOP(
    "Compute C = 6 × parameters × training tokens (Kaplan et al. 2020; the active parameters of a mixture of "
    "experts); the accelerators do C + 12 × layers × width × context per token for attention (PaLM's MFU "
    "convention) = accelerators × peak × MFU × goodput × time; compute-optimal allocation and loss from the "
    "scaling law (Hoffmann et al. 2022); energy = accelerators × "
    "power × host overhead × average draw × PUE × hours; cost = accelerator-hours × price (+ energy × energy "
    "price for owned or bought accelerators; a bought one's price is its purchase written off); CO₂ = energy × "
    "grid carbon.")


def assumptions(plan: Plan) -> list[tuple[str, str]]:
    """Every assumption a budget owner checks, with its units and sources, as (label, text) in the interface
    language: the objective and its inputs, the cluster, what the price covers, the currency and exchange
    rate, the power convention, grid carbon, the data on hand, budget and caps, the scaling law, the
    catalogue's data, reference values, the formulas and what a band is not."""
    s = plan.scenario
    acc = accelerators().get(s.cluster.accelerator)
    name = acc.name if acc else tr("custom accelerator")
    pct = _percent
    cluster = tr(_CLUSTER_TEXT).format(count=f"{s.cluster.count:,}", accelerator=name,
                                       peak=field_text(s.cluster.peak_flop_per_s, "sci", si=True) + "FLOP/s",
                                       mfu=pct(s.cluster.mfu), goodput=_goodput_text(plan),
                                       precision=PRECISION_NAMES.get(s.cluster.precision, s.cluster.precision))
    purchase = purchase_price(s)
    price = tr(_PRICE_TEXTS.get(s.money.cost_basis, _PRICE_TEXTS["owned"])).format(
        price=_price(plan.accelerator_hour_price, plan.currency),
        energy_price=_price(s.energy.price_per_kwh, plan.currency) + "/kWh",
        purchase=money(purchase, plan.currency) if purchase is not None else "—",
        multiple=f"{s.money.network_multiple:g}", years=f"{s.money.depreciation_years:g}",
        busy=_percent(s.money.lifetime_utilisation))
    rate = (tr("Amounts in %s; exchange rate %s (your assumption), which converts the catalogue's USD prices.")
            % (plan.currency, rate_text(plan.currency, per_usd(s))) if plan.currency != "USD"
            else tr("Amounts in USD."))
    power = tr(_POWER_TEXT).format(pue=f"{s.energy.pue:g}", overhead=f"{s.energy.server_overhead:.4g}",
                                   draw=pct(s.energy.average_draw), power=f"{s.cluster.power_w:,g} W",
                                   convention=tr(_CONVENTIONS[convention(s)]))
    unique = s.data.unique_tokens
    limits = tr(_LIMITS_TEXT).format(
        budget=tr("none") if s.money.budget is None else money(s.money.budget, plan.currency, current_language()),
        cap=tr("none") if s.energy.cap_mwh is None else field_text(s.energy.cap_mwh) + " MWh")
    return [
        (field_label("model.objective"), _objective_text(plan)),
        (tr("Cluster"), cluster),
        (tr("Model shape"), _model_text(plan)),
        (tr("Memory"), _memory_text(plan)),
        (field_label("money.price_per_accelerator_hour"), price),
        (tr("Currency"), rate),
        (tr("Power and PUE"), power),
        (field_label("energy.carbon_kg_per_kwh"), f"{s.energy.carbon_kg_per_kwh:g} kg CO₂/kWh"),
        (field_label("data.unique_tokens"), tr("unlimited") if unique is None else _count(unique, tr("tokens"))),
        (tr("Budget and caps"), limits),
        (tr("Scaling law"), _law_text(s)),
        (tr("Accelerator"), _accelerator_text(s)),
        (tr("Reference values"), tr(_REFERENCE_VALUES)),
        (tr("Formulas"), tr(_FORMULAS)),
        (tr("Uncertainty"), tr(BAND_CAVEAT)),
    ]


def _goodput_text(p: Plan) -> str:
    """The goodput used: as typed, or modelled from failures with the model's inputs."""
    r = p.scenario.schedule.reliability
    if r is None:
        return _percent(p.goodput)
    return tr("%s, modelled from failures (an interruption every %s h per accelerator, checkpoint stall %s min, "
              "restart %s min; Young's interval)") % (_percent(p.goodput), f"{r.mtbf_hours_per_accelerator:,.0f}",
                                                      f"{r.checkpoint_minutes:g}", f"{r.restart_minutes:g}")


def _model_text(p: Plan) -> str:
    m = p.scenario.model
    moe = m.moe
    experts = tr("a dense model") if moe is None else tr(
        "a mixture of experts: %s routed experts, %s active per token, %s shared; %s parameters in all%s") % (
        f"{moe.experts:,}", f"{moe.active_experts:,}", f"{moe.shared_experts:,}", short(p.n_params_total),
        tr(" (estimated from the experts)") if p.n_params_total_estimated else "")
    context = (tr("context not set: compute is 6·N·D") if m.context_tokens is None
               else tr("context %s tokens: attention adds %s of the accelerators' FLOP")
               % (f"{m.context_tokens:,}", f"{100 * p.attention_flop_share:.1f} %"))
    shape = tr("derived from the size at a width of 128 per layer") if p.shape_derived else tr("as entered")
    return tr(_MODEL_TEXT).format(layers=f"{round(p.layers):,}", width=f"{round(p.d_model):,}", shape=shape,
                                  context=context, experts=experts)


def _memory_text(p: Plan) -> str:
    from engine.architecture import PRECISIONS

    s = p.scenario
    recipe = PRECISIONS[p.precision]
    open_degrees = s.parallel.tensor is None or s.parallel.pipeline is None or (
        s.model.moe is not None and s.parallel.expert is None)
    gib = 2.0**30
    return tr(_MEMORY_TEXT).format(
        need=fmt.gib(p.memory_per_accelerator_gib * gib),
        capacity=tr("unknown") if p.memory_capacity_gib is None else fmt.gib(p.memory_capacity_gib * gib),
        state=fmt.gib(p.memory_state_gib * gib), bytes=f"{recipe.state_bytes:g}", recipe=recipe.source,
        activations=fmt.gib(p.memory_activations_gib * gib), recompute=tr(_RECOMPUTE_NAMES[s.parallel.recompute]),
        tensor=f"{p.tensor_parallel:,}", pipeline=f"{p.pipeline_parallel:,}", expert=f"{p.expert_parallel:,}",
        data=f"{p.data_parallel:,}", zero=s.parallel.zero_stage,
        chosen=tr(" (degrees left open chosen by ScalePlan: the least model parallelism that fits)")
        if open_degrees else "")


_RECOMPUTE_NAMES = {"none": QT_TR_NOOP("no"), "selective": QT_TR_NOOP("selective"), "full": QT_TR_NOOP("full")}


def _objective_text(p: Plan) -> str:
    m = p.scenario.model
    spec = field("model.objective")
    objective = tr(spec.choice_labels[spec.choices.index(m.objective)])
    return tr(_OBJECTIVE_TEXTS[m.objective]).format(
        objective=objective, days=tr("%s days") % f"{p.scenario.schedule.days:,.4g}",
        params=field_text(p.n_params, "sci"), tokens=field_text(p.n_tokens, "sci"),
        target="—" if m.target_loss is None else f"{m.target_loss:g}",
        inference=field_text(m.inference_tokens, "sci"), lifetime=sci(p.lifetime_flop),
        training=sci(p.compute_flop), inference_flop=sci(p.inference_flop))


def _law_text(s: Scenario) -> str:
    law = s.law.resolve()
    lo, hi = getattr(law, "compute_range_flop", (None, None))
    text = law_name(law)
    if hi is not None:
        span = f"{sci(lo)} – {sci(hi)}" if lo is not None else tr("up to %s") % sci(hi)
        text = tr(_FITTED).format(law=text, range=span)
    return _sentences(text, source_label(law.source)) if law.source else text


def _accelerator_text(s: Scenario) -> str:
    acc = accelerators().get(s.cluster.accelerator)
    if acc is None:
        return tr("custom accelerator")
    low, high, typical = acc.price_usd_per_hour_low, acc.price_usd_per_hour_high, acc.price_usd_per_hour_typical
    text = acc.name
    if low is not None and high is not None and typical is not None:
        text = tr(_CATALOGUE_PRICE if acc.price_verified else _UNVERIFIED).format(
            accelerator=acc.name, low=f"${low:,.2f}", high=f"${high:,.2f}", typical=f"${typical:,.2f}")
    notes = "; ".join(n for n in (acc.source, acc.price_note) if n)
    return _sentences(text, source_label(notes)) if notes else text


def _sentences(*parts: str) -> str:
    """Sentences joined as the language writes them: "A. B" / 「A。B」."""
    stop = tr(".")
    return (stop if stop.strip() != "." else stop + " ").join(parts)


def _percent(x: float) -> str:
    return field_text(x, "percent")


def _price(x: float, currency: str) -> str:
    """A price with its currency, to five significant digits: ¥442.5 (not ¥443), $0.16667, 25 CNY."""
    number = field_text(x, digits=5)
    sign = currency_sign(currency)
    return sign + number if sign != currency else f"{number} {currency}"


def _count(x: float, unit: str) -> str:
    """15 T tokens / 15兆トークン."""
    return field_text(x, "sci") + ("" if current_language() == "ja" else " ") + unit


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
        (tr("Wall-clock time"), lambda p: tr("%s days") % short(p.wall_clock_days, lang=lang)),
        (field_label("cluster.mfu"), lambda p: f"{p.scenario.cluster.mfu:.0%}"),
        (field_label("money.price_per_accelerator_hour"),
         lambda p: money(p.accelerator_hour_price, p.currency, lang, digits=4) + tr("/h")),
        (tr("Scaling law"), lambda p: law_short_name(p.scenario.law.resolve())),
        (tr("Compute"), lambda p: f"{sci(p.compute_flop)} FLOP"),
        (tr("Model size"), lambda p: tr("%s parameters") % short(p.n_params, lang=lang)),
        (tr("Training tokens"), lambda p: short(p.n_tokens, lang=lang)),
        (tr("Predicted loss"), lambda p: f"{p.loss:.3f}"),
        (tr("Energy"), lambda p: fmt.energy(p.energy_mwh, lang)),
        (tr("Total cost"), lambda p: money(p.total_cost, p.currency, lang)),
        (tr("CO₂"), lambda p: fmt.tonnes(p.co2_t, lang)),
        (tr("Findings"), lambda p: findings_count(p.findings)),
    ]
    if any(p.programme is not None for p in plans):  # issue 16: what each programme costs as a whole
        rows[-1:-1] = [
            (tr("Programme cost"), lambda p: money(p.programme.total_cost, p.currency, lang)
             if p.programme is not None else "—"),
            (tr("Serving per month"), lambda p: money(p.serving.cost_per_month, p.currency, lang)
             if p.serving is not None else "—"),
            (tr("Training compute the rules count"), lambda p: f"{sci(p.programme.model_training_flop)} FLOP"
             if p.programme is not None else f"{sci(p.training_flop)} FLOP"),
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
