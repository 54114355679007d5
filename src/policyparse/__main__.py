"""``python -m policyparse`` runs the command line."""
from .cli import main

main()
