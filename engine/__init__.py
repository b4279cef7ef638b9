"""ScalePlan's planning engine: numpy only (scipy is a test-time reference), no Qt.

``plan(scenario) -> Plan`` is the whole interface the GUI and the CLI need; the curve functions in
:mod:`engine.curves` feed the plots, and :mod:`engine.fields` declares every scenario field once.
"""

from .errors import CODES as ERROR_CODES
from .errors import ScenarioError
from .findings import CODES as FINDING_CODES
from .findings import Finding
from .planner import Budget, Plan, budget, plan
from .scenario import (
    Cluster,
    Data,
    Energy,
    LawChoice,
    Model,
    Money,
    Scenario,
    Schedule,
    default_scenario,
    dumps,
    load,
    loads,
    save,
)

__all__ = [
    "ERROR_CODES", "FINDING_CODES", "Budget", "Cluster", "Data", "Energy", "Finding", "LawChoice", "Model", "Money",
    "Plan", "Scenario", "ScenarioError", "Schedule", "budget", "default_scenario", "dumps", "load", "loads", "plan",
    "save",
]
__version__ = "0.1.0"
