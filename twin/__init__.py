"""AI Twin's ground: process-wide settings and the error type. It imports nothing of the project."""
