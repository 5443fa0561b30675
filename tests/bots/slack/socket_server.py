"""A local stand-in for Slack's Socket Mode endpoint: a real WebSocket server (``websockets``) on 127.0.0.1 that
speaks the envelope protocol: ``hello`` on connect, envelopes pushed by the test, acknowledgements recorded,
``disconnect`` messages and abrupt drops on request. ``apps.connections.open`` is answered by the test's HTTP
server with :meth:`SocketModeServer.url`."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from typing import Any

from websockets.asyncio.server import ServerConnection, serve


class SocketModeServer:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.connections: list[ServerConnection] = []
        self.opened = 0  # connections ever accepted
        self.acks: dict[str, dict] = {}
        self.received: list[dict] = []
        self._ids = itertools.count(1)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="socket-mode-server", daemon=True)
        self._thread.start()
        assert self._ready.wait(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self._ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self.server = await serve(self._session, "127.0.0.1", 0, ping_interval=None)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _session(self, ws: ServerConnection) -> None:
        self.connections.append(ws)
        self.opened += 1
        hello = {"type": "hello", "num_connections": len(self.live()), "debug_info": {"host": "local"},
                 "connection_info": {"app_id": "A0PRESSLINE"}}  # fmt: skip
        await ws.send(json.dumps(hello))
        try:
            async for raw in ws:
                message = json.loads(raw)
                self.received.append(message)
                if "envelope_id" in message:
                    self.acks[message["envelope_id"]] = message
        except Exception:
            pass
        finally:
            if ws in self.connections:
                self.connections.remove(ws)

    # -- driven by the test --------------------------------------------------------------------------------------

    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link/?ticket=local"

    def live(self) -> list[ServerConnection]:
        return [ws for ws in self.connections if ws.state.name == "OPEN"]

    def wait_connections(self, count: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.live()) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.live())} live connections after {timeout}s, wanted {count}")
            time.sleep(0.02)

    def send(self, envelope_type: str, payload: dict[str, Any], **extra: Any) -> str:
        """Push an envelope on the first live connection; its envelope id."""
        envelope_id = f"env-{next(self._ids)}"
        message = {"envelope_id": envelope_id, "type": envelope_type, "payload": payload,
                   "accepts_response_payload": envelope_type != "events_api", **extra}  # fmt: skip
        ws = self.live()[0]
        asyncio.run_coroutine_threadsafe(ws.send(json.dumps(message)), self.loop).result(5)
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while envelope_id not in self.acks:
            if time.monotonic() > deadline:
                raise AssertionError(f"no acknowledgement of {envelope_id} after {timeout}s")
            time.sleep(0.01)
        return self.acks[envelope_id]

    def disconnect_all(self, reason: str = "refresh_requested") -> None:
        """Slack's polite way: a ``disconnect`` message (the client should reconnect)."""
        for ws in self.live():
            asyncio.run_coroutine_threadsafe(
                ws.send(json.dumps({"type": "disconnect", "reason": reason})), self.loop
            ).result(5)

    def drop_all(self) -> None:
        """The network's way: TCP connections cut with no close frame."""

        def abort() -> None:
            for ws in list(self.connections):
                ws.transport.abort()

        self.loop.call_soon_threadsafe(abort)

    def close(self) -> None:
        async def stop() -> None:
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()
