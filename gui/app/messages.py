"""Text for message boxes: whatever a user typed (scenario names, law names, file names, error details
quoting a file) is shown as plain text, never interpreted as Qt rich text. Qt decides per string whether
it "might be rich text"; `<img src=/dev/zero>` in a scenario name once aborted the process. ``plain``
escapes the text and wraps it in a paragraph, so Qt always renders it as (escaped) rich text: the user's
characters appear exactly as typed and no markup in them is ever interpreted.
"""

from __future__ import annotations

import html


def plain(text: str) -> str:
    """``text`` for a QMessageBox or a rich-text QLabel, shown literally (line breaks kept)."""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"
