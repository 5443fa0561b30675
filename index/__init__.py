"""Derived search data: the Whoosh index, kept in step with the database through the change log."""
