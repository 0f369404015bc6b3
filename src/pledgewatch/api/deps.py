"""What a route needs from the app: the open store and the knowledge base.

Both are made once by :func:`pledgewatch.api.create_app` and kept on
``app.state``; routes take them as FastAPI dependencies.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from pledgewatch.kb import KnowledgeBase
from pledgewatch.store import Store


def store(request: Request) -> Store:
    db: Store = request.app.state.store
    return db


def knowledge_base(request: Request) -> KnowledgeBase:
    kb: KnowledgeBase = request.app.state.kb
    return kb


StoreDep = Annotated[Store, Depends(store)]
KbDep = Annotated[KnowledgeBase, Depends(knowledge_base)]
