"""Media distribution: contacts and lists, release emails and embargoed advance copies, the enquiry log."""
