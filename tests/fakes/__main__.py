"""Run a fake on a fixed loopback port, for trying the app by hand without the real services.

python -m tests.fakes jina 8900            # then PHOTOSEEK_JINA_URL=http://127.0.0.1:8900/v1/embeddings
python -m tests.fakes elasticsearch 9200   # then PHOTOSEEK_ES_URL=http://127.0.0.1:9200
"""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer

from tests.fakes.server import FakeServer


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("jina", "elasticsearch"):
        print(__doc__)
        return 2
    kind, port = argv[0], int(argv[1])
    fake: FakeServer
    if kind == "jina":
        from tests.fakes.jina import DEFAULT_KEY, FakeJina

        fake = FakeJina()
        print(f"Jina fake; API key: {DEFAULT_KEY}")
    else:
        from tests.fakes.elasticsearch import FakeElasticsearch

        fake = FakeElasticsearch()
    original = ThreadingHTTPServer.__init__

    def on_port(self, address, handler, *a, **kw):  # type: ignore[no-untyped-def]
        original(self, (address[0], port), handler, *a, **kw)

    ThreadingHTTPServer.__init__ = on_port  # type: ignore[method-assign]
    fake.start()
    ThreadingHTTPServer.__init__ = original  # type: ignore[method-assign]
    print(f"listening on {fake.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
