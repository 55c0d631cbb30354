"""The per-thread connections the sync engine and the desk's worker pool share: one per OS thread, the
same one for every use on that thread, closed by the thread that opened it."""

from __future__ import annotations

import threading

from dispatch_desk.store import Store
from dispatch_desk.store.threads import ThreadStores


def _on_thread(fn):
    out = {}
    worker = threading.Thread(target=lambda: out.update(value=fn(), ident=threading.get_ident()))
    worker.start()
    worker.join(30)
    return out["value"], out["ident"]


def test_each_thread_gets_its_own_connection_and_keeps_it(tmp_path):
    Store.open(tmp_path / "cache.db").close()
    stores = ThreadStores(tmp_path / "cache.db")
    mine = stores.get()
    assert stores.get() is mine
    theirs, ident = _on_thread(stores.get)
    assert theirs is not mine and len(stores) == 2
    assert stores.held() == {threading.get_ident(): mine, ident: theirs}
    stores.close_here()
    assert len(stores) == 1 and stores.get() is not mine  # a closed thread's next use opens a fresh one
    assert stores.take(ident) is theirs and stores.take(ident) is None
    stores.close_here()
