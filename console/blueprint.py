"""The console's one blueprint; the page modules add their views to it."""

from flask import Blueprint

bp = Blueprint("console", __name__, url_prefix="/console", template_folder="templates", static_folder="static")
