"""AI Twin: process-wide settings, errors and the `twin` command line."""
