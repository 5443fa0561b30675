"""The WSGI entry point gunicorn serves (``pressline serve``)."""

from api.app import create_app

# follow the shared change log (other nodes' writes reach our index); with SLACK_APP_TOKEN, one process per node
# holds the Slack Socket Mode connections (bots/slack/socket.py); every process runs the release dispatcher
# (claims make that safe; on SQLite one process delivers)
app = create_app({"FOLLOW_CHANGES": True, "SLACK_SOCKET_MODE_START": True, "RELEASE_DISPATCH": True})
