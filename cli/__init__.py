"""The `twin` command line: the roof. It imports every room; nothing imports it.

`cli.main` builds the parser and dispatches; each command module (`ingest`, `chat`, `quickstart`,
`traces`, `train`, `eval`) registers its own subcommands and calls the library functions the UI, Studio
and tests use too. Shared helpers live in `cli.common`; command modules never import each other.
"""
