"""The press office's web pages and the partner embed."""
