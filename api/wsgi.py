"""The WSGI entry point gunicorn serves (``pressline serve``)."""

from api.app import create_app

# follow the shared change log (other nodes' writes reach our index) and deliver release events from this process
app = create_app({"FOLLOW_CHANGES": True, "RELEASE_DISPATCH": True})
