"""Talk Moderator: a desktop moderation console for Nextcloud Talk."""

__version__ = "0.1.0"
APP_NAME = "Talk Moderator"
APP_ID = "org.talkmoderator.TalkModerator"
