"""Adds the top-level resources/ folder as the package peerdesk.resources.

pyproject.toml cannot combine automatic package discovery with a folder mapped
from outside the package tree; everything else lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["peerdesk", "peerdesk.*"]), "peerdesk.resources"])
