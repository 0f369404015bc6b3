"""Storage: schema, migrations and the repository (SQLite or PostgreSQL)."""

from pledgewatch.store.repository import DEFAULT_URL, Freshness, Store, StoredArticle, resolve_url

__all__ = ["DEFAULT_URL", "Freshness", "Store", "StoredArticle", "resolve_url"]
