"""Interactive HTML networks of the partnership graph.

:mod:`viz.html` renders pages (the one module that imports pyvis); :mod:`viz.select`,
:mod:`viz.data`, :mod:`viz.layout` and :mod:`viz.style` are pure and pyvis-free.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.model import KnowledgeGraph


def write_graph_html(kg: KnowledgeGraph, path: Path) -> None:
    """Write the whole graph's page to ``path``: the ``graph.html`` exporter of
    ``pbkg build``. pyvis is imported on the first call, not when ``viz`` is."""
    from viz.html import write_graph_html as write

    write(kg, path)
