"""The WSGI entry point gunicorn serves (``pressline serve``)."""

from api.app import create_app

app = create_app()
