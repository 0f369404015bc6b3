"""The actor knowledge base: data files, their loader, and lookups."""

from pledgewatch.kb.base import KnowledgeBase, Surface, fold
from pledgewatch.kb.load import build_kb, load_kb

__all__ = ["KnowledgeBase", "Surface", "build_kb", "fold", "load_kb"]
