"""The WSGI entry point gunicorn serves (``pressline serve``)."""

from api.app import create_app

app = create_app({"FOLLOW_CHANGES": True})  # follow the shared change log: other nodes' writes reach our index
