"""marshmallow 4 schemas for every request and response of ``/api/v1``. Unknown JSON fields are refused."""
