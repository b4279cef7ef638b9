"""Regenerate resources/accelerators.json and resources/reference_runs.json from ../shared/reference/.

Run once by a developer when the reference data changes; the program reads only resources/.
Values are facts re-typed with their sources; rows marked unverified stay marked.
"""

import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "reference"


def num(text):
    return float(text) if text not in ("", None) else None


def typical_price(r):
    """The price a planner would start from: the median the source quotes ("median ~2.95"), else the
    midpoint of the quoted range, else its one quoted end; None when no price is quoted."""
    m = re.search(r"median ~([0-9.]+)", r["price_note"])
    if m:
        return float(m.group(1))
    ends = [p for p in (num(r["usd_per_hour_low"]), num(r["usd_per_hour_high"])) if p is not None]
    return round(sum(ends) / len(ends), 4) if ends else None


#: Purchase prices per accelerator, its share of the server included, in USD: (lowest, highest, typical) of
#: the quotes in Epoch AI's table (epoch-research/training-cost-trends, data/Hardware prices.csv, snapshot
#: Apr 2026), each a reseller or press price; most are 8-GPU DGX/HGX systems ÷ 8. Typical = the median.
EPOCH_PRICES = ("Epoch AI, training-cost-trends, data/Hardware prices.csv (snapshot Apr 2026): reseller and "
                "press prices")
PURCHASE = {
    "a100-80gb-sxm": (17349, 20875, 18025, "4 quotes 2020-07 to 2025-03 (a 2021 DGX at $37,500 each left out: "
                                           "before the price fell); 8-GPU systems ÷ 8 and one list price. "),
    "h100-sxm": (28750, 46875, 34884, "10 quotes 2022-09 to 2025-03, median $34,884; mostly 8-GPU DGX/HGX "
                                      "systems ÷ 8 (the server included). "),
    "h200-sxm": (33821, 39083, 36452, "2 quotes 2024-03 and 2025-01, 8-GPU HGX systems ÷ 8; typical = midpoint. "),
    "b200": (47409, 47409, 47409, "1 quote 2024-12, a DGX B200 (EUR→USD) ÷ 8. "),
    "mi300x": (25734, 25734, 25734, "1 quote 2025-02, an 8-OAM baseboard ÷ 8. "),
}


def purchase(acc_id):
    lo, hi, typical, note = PURCHASE.get(acc_id, (None, None, None, None))
    return {"purchase_usd_low": lo, "purchase_usd_high": hi, "purchase_usd_typical": typical,
            "purchase_note": note + EPOCH_PRICES if note else ""}


def accelerators():
    rows = []
    for r in csv.DictReader(open(REF / "accelerators.csv", encoding="utf-8")):
        note = r["price_note"]
        rows.append({
            "id": r["id"], "name": r["name"],
            "peak_flop_per_s": num(r["bf16_dense_tflops"]) * 1e12,
            "fp8_peak_flop_per_s": (num(r["fp8_dense_tflops"]) or 0) * 1e12 or None,
            "memory_gb": num(r["memory_gb"]), "memory_bw_tb_per_s": num(r["memory_bw_tb_s"]),
            "power_w": num(r["tdp_w"]),
            "price_usd_per_hour_low": num(r["usd_per_hour_low"]),
            "price_usd_per_hour_high": num(r["usd_per_hour_high"]),
            "price_usd_per_hour_typical": typical_price(r),
            "price_note": note, "price_verified": bool(note) and "unverified" not in note,
            "source": r["source"], **purchase(r["id"]),
        })
    extra = [  # older parts used by the reference runs, from Epoch AI's ML hardware data (CC-BY)
        {"id": "v100-sxm2", "name": "NVIDIA Tesla V100 SXM2 32GB", "peak_flop_per_s": 125e12,
         "fp8_peak_flop_per_s": None, "memory_gb": 32.0, "memory_bw_tb_per_s": 0.898, "power_w": 300.0,
         "price_usd_per_hour_low": None, "price_usd_per_hour_high": None,
         "price_usd_per_hour_typical": None, "price_note": "",
         "price_verified": False, "source": "Epoch AI ML hardware data (FP16 tensor dense)"},
        {"id": "tpu-v3", "name": "Google TPU v3 (per chip)", "peak_flop_per_s": 123e12,
         "fp8_peak_flop_per_s": None, "memory_gb": 32.0, "memory_bw_tb_per_s": 0.9, "power_w": 220.0,
         "price_usd_per_hour_low": None, "price_usd_per_hour_high": None,
         "price_usd_per_hour_typical": None, "price_note": "",
         "price_verified": False, "source": "Epoch AI ML hardware data"},
    ]
    return rows + [{**e, **purchase(e["id"])} for e in extra]


def reference_runs():
    rows = []
    for r in csv.DictReader(open(REF / "reference_runs.csv", encoding="utf-8")):
        flop = num(r["train_flop"]) or num(r["six_N_active_D"])
        if flop is None:
            continue  # nothing to place on a compute axis (Mistral 7B: undisclosed)
        rows.append({
            "name": r["model"], "organization": r["organization"], "release": r["release"],
            "n_params": num(r["params_total"]), "n_params_active": num(r["params_active"]),
            "n_tokens": num(r["tokens_trained"]), "compute_flop": flop,
            "compute_source": r["train_flop_source"] or "6 × active params × tokens",
            "hardware": r["hardware"], "n_accelerators": num(r["n_accelerators"]),
            "accelerator_hours": num(r["accelerator_hours"]),
            "accelerator_hours_source": r["accelerator_hours_source"], "mfu": num(r["mfu"]),
            "energy_mwh": num(r["energy_mwh"]), "energy_source": r["energy_source"],
            "co2_t": num(r["tco2e"]), "co2_source": r["tco2e_source"], "notes": r["notes"],
            "speculative": "SPECULATIVE" in r["train_flop_source"].upper(),
        })
    return rows


def main():
    out = {"format": "scaleplan-accelerators", "version": 1,
           "notes": "Dense (non-sparse) peaks in BF16; prices are cloud on-demand ranges in USD per "
                    "accelerator-hour with their dates; power is TDP.",
           "accelerators": accelerators()}
    (ROOT / "resources" / "accelerators.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    runs = {"format": "scaleplan-reference-runs", "version": 1, "runs": reference_runs()}
    (ROOT / "resources" / "reference_runs.json").write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
