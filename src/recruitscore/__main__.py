"""``python -m recruitscore``: the command line."""

from .cli import main

main()
