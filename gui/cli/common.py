"""Exit codes every command shares: 0 success, 1 unexpected error (a bug: please report it), 2 bad input
(the message names the file and field and what is allowed), 3 an output could not be written (a full
disk, no permission; the file it would have replaced is unchanged)."""

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT, EXIT_CANNOT_WRITE = 0, 1, 2, 3
