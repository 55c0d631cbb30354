"""The domain core: records, workflow, SLA, permissions and geometry. No Qt, no I/O."""
