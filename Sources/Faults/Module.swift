// Placeholder so the target builds while it has no sources of its own.
