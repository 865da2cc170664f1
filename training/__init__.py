"""Tooling that builds recruitscore's shipped model: not part of the installed package.

* :mod:`training.build`: ``python -m training.build`` rebuilds the default model and its card
  from the data in this repository (``data/``) and the development set beside it.
* :mod:`training.card`: the model card, rendered from a model's manifest.
* :mod:`training.corpus`: the seeded synthetic corpus generator (test and benchmark rows).

Run it from the repository root, where ``python -m`` finds this folder.
"""
