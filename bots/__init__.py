"""The chat faces: one chat core, rendered for Slack and for Microsoft Teams."""
