<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Works with {api}: Talk {talk} or newer on Nextcloud {nextcloud} or newer. Tested with {tested}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A desktop moderation console for Nextcloud Talk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence: &lt;a href='{url}'&gt;{licence}&lt;/a&gt; (GNU Affero General Public License, version 3 or later). This program comes with no warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy version and platform details, for a bug report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove and sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(in use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(used at start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{login} at {server}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted certificate: {pin}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are trying the built-in demo server. It is not a saved account, so no account is listed yet: Add… signs in to your Nextcloud and saves it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are trying the built-in demo server: it is not a saved account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account is saved yet: Add… signs in to your Nextcloud and saves it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring refused: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now using {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {name}? This signs Talk Moderator out of {server}: the app password is revoked on the server and deleted from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is the account in use now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {name} here, but the server could not revoke its app password ({error}). Revoke it in the web interface under Settings &gt; Security &gt; Devices &amp; sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {name} (its app password was already invalid).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {name}; its app password was revoked on the server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddParticipantDialog</name>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, group or e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No suggestions: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No matches on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter who to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not an e-mail address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AsyncActionDialog</name>
        <message>
            <source>{reason}. Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenDocument spreadsheets (*.ods)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance list of '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who joined the running call, also those who left it again: name, e-mail address, kind and account. The file holds personal data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;ODS (spreadsheet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the attendance list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder: add a file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <source>Delete '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete for everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleting removes the conversation, its chat and its settings for all participants. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuestsDialog</name>
        <message>
            <source>Guests: '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow guests with the public link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guests join by link without an account. Turning this off removes the guests who are in the conversation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InvitationDialog</name>
        <message>
            <source>Resend invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the invitation to '{title}' to {name} again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resend all invitations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the invitation e-mail again to every e-mail guest of '{title}'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resend all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
    </context>
    <context>
        <name>LobbyBypassDialog</name>
        <message>
            <source>Let {name} into '{title}' now, past the lobby?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send {name} back to the lobby of '{title}'?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lobby</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnlyDialog</name>
        <message>
            <source>Read-only: '{title}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only (no chat, no calls)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a read-only conversation nobody can write or start a call; turning it on ends a running call.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoomToggleDialog</name>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Applies after a restart</source>
            <translation>Gilt nach einem Neustart</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
    </context>
    <context>
        <name>TypeNameToConfirmDialog</name>
        <message>
            <source>Type the name of the conversation to confirm: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the conversation's name exactly to confirm</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
