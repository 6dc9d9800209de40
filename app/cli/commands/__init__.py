"""Sub-command handlers, one module per area. Syntax and help texts live in ``parser.py``."""
