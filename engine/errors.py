"""Errors the engine raises at its boundary.

Everything a user can get wrong (a field out of range, a malformed file, a target the law cannot reach)
becomes a :class:`ScenarioError` that names *where* the problem is and *what is allowed*. No other
exception type is meant to escape ``engine.load`` / ``engine.plan`` for bad input.

Like a :class:`~engine.findings.Finding`, an error carries a stable ``code`` and the named ``values`` its
message is built from, so the GUI can translate the template (:data:`CODES`) and format the numbers in
the reader's conventions (:meth:`ScenarioError.render`); ``message`` stays the English text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .findings import QT_TR_NOOP
from .frozen import FrozenDict, thaw

#: The code of an error raised without one (outside the engine, e.g. a command-line option): its
#: template is the English message itself.
GENERIC_CODE = "input.invalid"

#: Every code the engine raises, with the English template of its ``message`` (``{name:spec}``
#: placeholders filled from ``values`` by :class:`engine.fmt.Formatter`: ``{x:g}``, ``{x:sci}``, ``{x!r}``…).
#: A stable contract, like the finding codes: codes are added, never renamed.
CODES: dict[str, str] = {
    GENERIC_CODE: "{message}",
    # numeric fields (values: lo, hi, lo_exclusive, optional, and the ones named)
    "number.required": QT_TR_NOOP("is required"),
    "number.not_a_number": QT_TR_NOOP("must be a number, not {type}"),
    "number.not_finite": QT_TR_NOOP("must be a finite number"),
    "number.out_of_range": QT_TR_NOOP("{value:g} is out of range"),
    "number.not_whole": QT_TR_NOOP("{value:g} is not a whole number"),
    # text fields (values: lo, hi = allowed length)
    "text.type": QT_TR_NOOP("must be text, not {type}"),
    "text.length": QT_TR_NOOP("has {length:,} characters"),
    "text.not_unicode": QT_TR_NOOP("contains {char}, a lone surrogate that is not a character and cannot be saved "
                                   "as UTF-8 text"),
    # choices and rules between fields
    "accelerator.unknown": QT_TR_NOOP("unknown accelerator {value!r}"),
    "currency.invalid": QT_TR_NOOP("{value!r} is not a currency code"),
    "objective.unknown": QT_TR_NOOP("unknown objective {value!r}"),
    "objective.requires": QT_TR_NOOP("is required when the objective is {objective}"),
    "target_loss.below_floor": QT_TR_NOOP("{target:g} is at or below the law's irreducible loss E = {floor:.4g} "
                                          "({law}); no amount of compute reaches it"),
    # the law object
    "law.type": QT_TR_NOOP("must be an object, not {type}"),
    "law.preset_unknown": QT_TR_NOOP("unknown preset {value!r}"),
    "law.preset_extra": QT_TR_NOOP("a preset law takes no other fields"),
    "law.unknown_field": QT_TR_NOOP("unknown field in a custom law"),
    "law.name": QT_TR_NOOP("a custom law needs a name"),
    "law.missing": QT_TR_NOOP("missing"),
    "law.not_a_number": QT_TR_NOOP("must be a number, got {type}"),
    "law.out_of_range": QT_TR_NOOP("{value!r} is out of range"),
    "law.not_finite": QT_TR_NOOP("{text} is out of range"),
    "law.r_star_pair": QT_TR_NOOP("R_D_star and R_N_star go together"),
    "law.se": QT_TR_NOOP("must map parameter names to standard errors"),
    "law.samples": QT_TR_NOOP("must be a list of [E, A, B, alpha, beta] rows"),
    "law.too_many_samples": QT_TR_NOOP("has {count:,} rows; a law carries at most {limit:,} bootstrap samples"),
    "law.sample_row": QT_TR_NOOP("must be [E, A, B, alpha, beta]"),
    "law.range": QT_TR_NOOP("must be [low, high] in FLOP"),
    "law.range_order": QT_TR_NOOP("low is above high"),
    "law.source": QT_TR_NOOP("must be text"),
    # scenario files and their JSON
    "json.invalid": QT_TR_NOOP("is not valid JSON: {detail}"),
    "json.too_deep": QT_TR_NOOP("is nested too deeply to be a scenario"),
    "json.not_object": QT_TR_NOOP("must be a JSON object, not {type}"),
    "json.not_finite": QT_TR_NOOP("{value} is not allowed (numbers must be finite)"),
    "json.duplicate_key": QT_TR_NOOP("is given more than once in the same object"),
    "file.not_scenario": QT_TR_NOOP("{value!r} is not a ScalePlan scenario"),
    "file.version_type": QT_TR_NOOP("{value!r} is not a format version"),
    "file.version_newer": QT_TR_NOOP("this file is format version {version}, written by a newer ScalePlan; this "
                                     "version reads up to {supported}. Update ScalePlan to open it"),
    "file.version_invalid": QT_TR_NOOP("{version} is not a valid format version"),
    "file.unknown_key": QT_TR_NOOP("unknown top-level field"),
    "file.section_type": QT_TR_NOOP("must be an object, not {type}"),
    "file.unknown_field": QT_TR_NOOP("unknown field"),
    "file.too_large": QT_TR_NOOP("is {size:,} bytes; a scenario file is at most {limit:,}"),
    "file.missing": QT_TR_NOOP("does not exist"),
    "file.is_folder": QT_TR_NOOP("is a folder, not a scenario file"),
    "file.not_regular": QT_TR_NOOP("is a device, pipe or socket, not a file"),
    "file.unreadable": QT_TR_NOOP("cannot be read: {reason}"),
    "file.not_utf8": QT_TR_NOOP("is not UTF-8 text"),
    # planning and sensitivity
    "cost_basis.unknown": QT_TR_NOOP("unknown cost basis {value!r}"),
    "precision.unknown": QT_TR_NOOP("unknown value {value!r}"),
    "recompute.unknown": QT_TR_NOOP("unknown value {value!r}"),
    "moe.type": QT_TR_NOOP("must be an object or null, not {type}"),
    "reliability.type": QT_TR_NOOP("must be an object or null, not {type}"),
    "reliability.requires": QT_TR_NOOP("is required when goodput is modelled from failures"),
    "moe.requires": QT_TR_NOOP("is required for a mixture of experts"),
    "section.type": QT_TR_NOOP("must be an object or null, not {type}"),
    "section.requires": QT_TR_NOOP("is required when the section is there"),
    "money.no_purchase_price": QT_TR_NOOP("the catalogue has no purchase price for {accelerator}: enter "
                                          "the price you pay"),
    "serving.no_price": QT_TR_NOOP("the catalogue has no rental price for {accelerator}: enter the serving price"),
    "moe.active_above_experts": QT_TR_NOOP("{active:,} active experts are more than the {experts:,} there are"),
    "moe.total_below_active": QT_TR_NOOP("{total:short} parameters in all are fewer than the {active:short} "
                                         "active ones"),
    "plan.unreachable": QT_TR_NOOP("target loss {target:g} cannot be reached under {law}: the lowest reachable "
                                   "loss is {floor:.4g}. Choose a target above {floor:.4g}."),
    "plan.unreachable_data": QT_TR_NOOP("target loss {target:g} cannot be reached under {law} with "
                                        "{unique_tokens:short} unique tokens: the lowest reachable loss is "
                                        "{floor:.4g}. Choose a target above {floor:.4g}, or add unique tokens."),
    "plan.arithmetic": QT_TR_NOOP("gives no finite plan ({detail})"),
    "sensitivity.fraction": QT_TR_NOOP("{value:g} is out of range"),
    # fitting a law to runs (CSV files, --columns)
    "fit.too_few_runs": QT_TR_NOOP("{count} runs left to fit"),
    "fit.columns_spec": QT_TR_NOOP("{item!r} is not QUANTITY=COLUMN"),
    "fit.no_spread": QT_TR_NOOP("every run has the same number of {quantity} ({value:.4g}): the law's exponent "
                                "for them cannot be fitted"),
    "fit.degenerate": QT_TR_NOOP("the best fit has {parameter} = {value}, outside {lo:g} to {hi:g}: these runs "
                                 "do not determine the law"),
    "fit.no_fit": QT_TR_NOOP("no start of the fit reached finite losses: these runs do not determine the law"),
    "csv.missing": QT_TR_NOOP("file not found"),
    "csv.unreadable": QT_TR_NOOP("cannot be read ({reason})"),
    "csv.not_regular": QT_TR_NOOP("is a folder, device, pipe or socket, not a file"),
    "csv.too_large": QT_TR_NOOP("is {size:,} bytes; a CSV of runs is read up to {limit:,}"),
    "csv.too_many_rows": QT_TR_NOOP("has more than {limit:,} runs"),
    "csv.malformed": QT_TR_NOOP("is not CSV ({detail})"),
    "csv.unclosed_quote": QT_TR_NOOP("column '{column}' runs over several lines, to line {end}: a quote (\") on this "
                                     "line is not closed where it should be"),
    "csv.out_of_range": QT_TR_NOOP("column '{column}' is {cell}, outside {lo:g} to {hi:g}"),
    "csv.tokens_out_of_range": QT_TR_NOOP("column '{column}' is {cell}: {tokens:.3g} tokens for {params:.3g} "
                                          "parameters, outside {lo:g} to {hi:g}"),
    "csv.empty": QT_TR_NOOP("is empty"),
    "csv.no_such_column": QT_TR_NOOP("no such column"),
    "csv.missing_columns": QT_TR_NOOP("missing column(s): {columns}"),
    "csv.not_a_number": QT_TR_NOOP("column '{column}' is {cell!r}, not a number"),
    "csv.not_positive": QT_TR_NOOP("column '{column}' is {cell}"),
    "csv.too_few_runs": QT_TR_NOOP("has {count} runs"),
}

#: codes whose message already says what would be accepted, in words a translation carries: a reader is not
#: shown the English ``allowed`` after them
SAYS_WHAT_TO_DO: frozenset[str] = frozenset({"plan.unreachable", "plan.unreachable_data"})


class ScenarioError(ValueError):
    """Bad input: names the field path (``cluster.mfu``) or the file, and what is allowed.

    ``str(exc)`` is ``"{path}: {message} (allowed: {allowed})"``. ``code`` (a key of :data:`CODES`) and
    ``values`` (a read-only, JSON-serialisable mapping) say the same for translation: the template
    ``CODES[code]`` filled with ``values`` is ``message`` (see :meth:`render`).
    """

    def __init__(self, path: str, message: str, allowed: str | None = None, *, code: str = GENERIC_CODE,
                 values: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self.message = message
        self.allowed = allowed
        self.code = code
        if values is None and code == GENERIC_CODE:
            values = {"message": message}
        self.values: Mapping[str, Any] = FrozenDict(values or {})
        text = f"{path}: {message}" if path else message
        if allowed:
            text += f" (allowed: {allowed})"
        super().__init__(text)

    @property
    def template(self) -> str:
        """The English template of ``message`` (the message itself for a code not in :data:`CODES`)."""
        return CODES.get(self.code, self.message.replace("{", "{{").replace("}", "}}"))

    def render(self, translate: Callable[[str], str] | None = None,
               money_fn: Callable[[float, str], str] | None = None) -> str:
        """The message from its (translated) template, numbers in the reader's conventions."""
        from .fmt import Formatter

        template = (translate or (lambda t: t))(self.template)
        values = thaw(self.values)  # lists as the message showed them, not as the frozen tuples
        return Formatter(str(values.get("currency", "USD")), money_fn).vformat(template, (), values)

    def with_path(self, path: str) -> ScenarioError:
        """The same error located elsewhere (e.g. prefixed with the file name)."""
        return ScenarioError(path, self.message, self.allowed, code=self.code, values=self.values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.path, self.message, self.allowed, self.code, dict(self.values)))


def message_for(code: str, **values: Any) -> str:
    """The English message of a code from its template and values, numbers as people read them: the message a
    raise site gives is then exactly what the template renders (tests/engine/test_errors.py)."""
    from .fmt import Formatter

    return Formatter(str(values.get("currency", "USD"))).vformat(CODES[code], (), values)


def check_unicode(path: str, value: str) -> None:
    """Refuse text that cannot be written as UTF-8: a lone UTF-16 surrogate (``"\\ud800"`` in JSON) reads
    into a Python string, but no file, pipe or window can take it — every save of it would fail."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = f"U+{ord(value[exc.start]):04X}"
        raise ScenarioError(path, f"contains {char}, a lone surrogate that is not a character and cannot be "
                            "saved as UTF-8 text", "text without lone surrogates (U+D800–U+DFFF)",
                            code="text.not_unicode", values={"char": char, "index": exc.start}) from None


def _rebuild(path: str, message: str, allowed: str | None, code: str, values: dict[str, Any]) -> ScenarioError:
    return ScenarioError(path, message, allowed, code=code, values=values)
