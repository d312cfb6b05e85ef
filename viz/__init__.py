"""Interactive HTML networks of the partnership graph.

:mod:`viz.html` renders pages (the one module that imports pyvis); :mod:`viz.select`,
:mod:`viz.data`, :mod:`viz.layout` and :mod:`viz.style` are pure and pyvis-free.
"""
