import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite never sees the developer's home: settings, recovery files and logs of every window and every
# `scaleplan` subprocess it starts land in a throw-away one (XDG variables point there too).
_HOME = tempfile.mkdtemp(prefix="scaleplan-test-home-")
os.environ["HOME"] = _HOME
for _var, _sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                   ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache")):
    os.environ[_var] = os.path.join(_HOME, _sub)
