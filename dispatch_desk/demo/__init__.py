"""The demo city of 申江市: a deterministic generator of reference data and history, a live simulator
that talks to the central service as bot officers, and the `dispatch-desk demo` command."""
