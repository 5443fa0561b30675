"""The WSGI entry point gunicorn serves (``pressline serve``)."""

import atexit

from api.app import close_app, create_app

# follow the shared change log (other nodes' writes reach our index); with SLACK_APP_TOKEN, one process per node
# holds the Slack Socket Mode connections (bots/slack/socket.py); every process runs the release dispatcher
# (claims make that safe; on SQLite one process delivers)
app = create_app({"FOLLOW_CHANGES": True, "SLACK_SOCKET_MODE_START": True, "RELEASE_DISPATCH": True})
atexit.register(close_app, app)  # a worker that exits closes its database connections and index files
