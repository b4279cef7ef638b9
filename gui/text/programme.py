"""The programme in words (no Qt): stage names, the compliance thresholds in plain language, the EU
documentation rows and the stage table — one source for the window, the reports and the slides."""

from __future__ import annotations

import math

from engine.compliance import Status
from engine.planner import Plan
from engine.programme import DEVELOPMENT_MULTIPLE_RANGE, documentation

from .i18n import QT_TR_NOOP, current_language, tr
from .numbers import energy, money, sci, short, tonnes

#: Stage names (engine.programme.STAGES), in programme order.
STAGE_NAMES: dict[str, str] = {
    "development": QT_TR_NOOP("Development and ablations"),
    "pretraining": QT_TR_NOOP("Pre-training (final run)"),
    "tuning": QT_TR_NOOP("Supervised and preference tuning"),
    "rl": QT_TR_NOOP("Reinforcement learning"),
    "serving": QT_TR_NOOP("Serving"),
}
#: Short stage names for charts and narrow columns.
STAGE_SHORT: dict[str, str] = {
    "development": QT_TR_NOOP("Development"),
    "pretraining": QT_TR_NOOP("Pre-training"),
    "tuning": QT_TR_NOOP("Tuning"),
    "rl": QT_TR_NOOP("RL"),
    "serving": QT_TR_NOOP("Serving"),
}
#: One colour per stage (colour-blind-safe Okabe–Ito), shared by the window's charts and the reports.
STAGE_COLOURS: dict[str, str] = {"development": "#999999", "pretraining": "#0072B2", "tuning": "#56B4E9",
                                 "rl": "#009E73", "serving": "#E69F00"}

#: The thresholds (resources/compliance.json, by id): a title and what crossing it means, in plain words.
THRESHOLD_TITLES: dict[str, str] = {
    "eu_gpai": QT_TR_NOOP("EU: general-purpose AI model (indicative)"),
    "eu_systemic": QT_TR_NOOP("EU: systemic risk presumed"),
    "ca_sb53": QT_TR_NOOP("California SB 53: frontier model"),
}
THRESHOLD_MEANINGS: dict[str, str] = {
    "eu_gpai": QT_TR_NOOP("Presumed a general-purpose AI model if it can generate text, audio, images or video "
                          "(rebuttable either way): the AI Act's duties for such providers apply, technical "
                          "documentation of training compute, time and energy among them."),
    "eu_systemic": QT_TR_NOOP("Presumed to have high-impact capabilities: notify the European Commission within "
                              "two weeks of meeting the threshold or knowing it will be met — the Commission "
                              "expects the estimate before the large pre-training run, in FLOP to two significant "
                              "figures with its method."),
    "ca_sb53": QT_TR_NOOP("A frontier model: a developer who trains or intends to train one has the Act's "
                          "transparency duties; one with annual revenue above $500 million has more."),
}


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(x: float) -> str:
    """10²⁵ for a threshold that is a power of ten, else 2 significant digits (sci)."""
    exponent = math.log10(x)
    if abs(exponent - round(exponent)) < 1e-12:
        return "10" + str(round(exponent)).translate(_SUPERSCRIPT)
    return sci(x, 2)


def two_figures(x: float) -> str:
    """A quantity to two significant figures, grouped: 2,906 → 2,900; 102.4 → 100; 0.37 → 0.37."""
    if x == 0 or not math.isfinite(x):
        return sci(x)
    rounded = float(f"{x:.2g}")
    if abs(rounded) >= 1e6:
        return sci(rounded, 2)
    decimals = max(0, 1 - math.floor(math.log10(abs(rounded))))
    return f"{rounded:,.{decimals}f}"


def stage_name(stage_id: str, short_name: bool = False) -> str:
    return tr((STAGE_SHORT if short_name else STAGE_NAMES)[stage_id])


def threshold_line(c: Status) -> str:
    """'EU: systemic risk presumed — above 10²⁵ FLOP: crossed (2.3×)' in the interface language."""
    t = c.threshold
    state = (tr("crossed (%s× the threshold)") % short(c.ratio)) if c.crossed else (
        tr("not crossed (%s of it)") % f"{c.ratio:.0%}" if c.ratio >= 0.01 else tr("not crossed"))
    return tr("%s — above %s FLOP: %s") % (tr(THRESHOLD_TITLES[t.id]), power_of_ten(t.threshold_flop), state)


def threshold_source(c: Status) -> str:
    return f"{c.threshold.source} ({c.threshold.date})"


def documentation_rows(p: Plan) -> list[tuple[str, str]]:
    """The training figures the EU model documentation asks for, formatted to two significant figures as
    the Code of Practice's form asks (as quoted; the form is not in our sources)."""
    d = documentation(p)
    return [
        (tr("Amount of computation used for training"), sci(d.compute_flop, 2) + " FLOP"),
        (tr("Method (computation)"),
         tr("Hardware-based estimate before training: accelerators × seconds × peak FLOP/s × utilisation; "
            "pre-training and post-training, experiments on other models left out")),
        (tr("Training time"), tr("%s days wall-clock; %s accelerator-days")
         % (two_figures(d.wall_clock_days), two_figures(d.accelerator_days))),
        (tr("Amount of energy used for training"), two_figures(d.energy_mwh) + " MWh"),
        (tr("Method (energy)"), tr("Estimated: accelerators × power × host overhead × average draw × PUE × hours")),
        (tr("Number of parameters"), sci(d.n_params_total, 2)),
    ]


def stage_rows(p: Plan) -> list[list[str]]:
    """The stage table: a header, one row per stage, the total — stage, compute, accelerators, time, energy,
    cost, CO₂."""
    prog = p.programme
    if prog is None:
        return []
    lang, cur = current_language(), p.currency
    rows = [[tr("Stage"), tr("Compute"), tr("Accelerators"), tr("Time"), tr("Energy"), tr("Cost"), tr("CO₂")]]
    for st in prog.stages:
        time = (tr("%s months") % short(st.wall_clock_days / (365.25 / 12), 3, lang) if st.id == "serving"
                else tr("%s days") % short(st.wall_clock_days, 3, lang))
        rows.append([stage_name(st.id), sci(st.compute_flop) + " FLOP", f"{st.accelerators:,.0f}", time,
                     energy(st.energy_mwh, lang), money(st.cost, cur, lang), tonnes(st.co2_t, lang)])
    rows.append([tr("Programme"), sci(prog.total_compute_flop + prog.serving_flop) + " FLOP", "",
                 tr("%s days + %s months") % (short(prog.training_days, 3, lang), short(prog.serving_months, 3, lang))
                 if prog.serving_months else tr("%s days") % short(prog.training_days, 3, lang),
                 energy(prog.total_energy_mwh, lang), money(prog.total_cost, cur, lang),
                 tonnes(prog.total_co2_t, lang)])
    return rows


def cost_range_text(p: Plan) -> str:
    """'¥62億 (¥40億–¥104億 with development 0.2×–3× the final run, the published spread)'."""
    prog = p.programme
    if prog is None:
        return ""
    lang, cur = current_language(), p.currency
    total = money(prog.total_cost, cur, lang)
    if prog.stage("development") is None:
        return total
    lo, hi = DEVELOPMENT_MULTIPLE_RANGE
    return tr("%s (%s–%s with development %s×–%s× the final run, the published spread)") % (
        total, money(prog.total_cost_low, cur, lang), money(prog.total_cost_high, cur, lang), f"{lo:g}", f"{hi:g}")


def serving_text(p: Plan) -> str:
    """One sentence on serving: load, accelerators, the bound, cost per month and per million queries."""
    sv, s = p.serving, p.scenario.serving
    if sv is None or s is None:
        return ""
    lang, cur = current_language(), p.currency
    bound = tr("memory-bandwidth-bound") if sv.bound == "memory" else tr("compute-bound")
    answers = (tr("%s tokens after a %s-token prompt") % (short(s.tokens_per_query, 3, lang),
                                                           short(s.prompt_tokens, 3, lang))
               if s.prompt_tokens else tr("%s tokens") % short(s.tokens_per_query, 3, lang))
    return tr("%s queries a day of %s for %s months: %s accelerators at the peak (%s per copy of the "
              "weights, %s); %s a month, %s per million queries.") % (
        short(s.queries_per_day, 3, lang), answers, short(sv.months, 3, lang),
        f"{sv.accelerators:,.0f}", f"{sv.replica_accelerators:,.0f}", bound,
        money(sv.cost_per_month, cur, lang), money(sv.cost_per_million_queries, cur, lang))


#: the serving sentence after its lead, "Serving:" (in bold)
SERVING_LEAD = QT_TR_NOOP("Serving: %s")


def capital_text(plan: Plan) -> str:
    """"Buying the cluster: ¥132億 up front; the programme carries ¥17.4億 of its depreciation." for a bought
    cluster (engine.programme: the hours of the stages on it at its hourly write-off), else ""."""
    prog = plan.programme
    if prog is None or prog.capital_outlay is None:
        return ""
    lang, cur = current_language(), plan.currency
    return tr("Buying the cluster: %s up front; the programme carries %s of its depreciation.") % (
        money(prog.capital_outlay, cur, lang), money(prog.depreciation_carried or 0.0, cur, lang))


def stage_shares(plan: Plan) -> list[tuple[str, list[tuple[str, float]]]]:
    """(quantity, [(stage id, share)]) for compute, cost and energy: each stage's share of the programme's
    (serving included)."""
    prog = plan.programme
    if prog is None:
        return []
    out = []
    for label, attr in ((tr("Compute"), "compute_flop"), (tr("Cost"), "cost"), (tr("Energy"), "energy_mwh")):
        total = sum(getattr(st, attr) for st in prog.stages)
        out.append((label, [(st.id, getattr(st, attr) / total if total > 0 else 0.0) for st in prog.stages]))
    return out
