"""Exit codes every command shares: 0 success, 1 unexpected error, 2 bad input."""

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
