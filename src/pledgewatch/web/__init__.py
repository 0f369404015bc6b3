"""The dashboard: server-rendered pages (``pages``), their layout logic
(``dashboard``), rendering with escaping (``render``), the offline world map
(``worldmap``), and ``templates/`` and ``static/``.
"""
