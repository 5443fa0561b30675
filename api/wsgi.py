"""The WSGI entry point gunicorn serves (``pressline serve``)."""

import atexit

from api.app import close_app, create_app

app = create_app({"FOLLOW_CHANGES": True})  # follow the shared change log: other nodes' writes reach our index
atexit.register(close_app, app)  # a worker that exits closes its database connections and index files
