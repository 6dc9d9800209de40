<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Works with {api}: Talk {talk} or newer on Nextcloud {nextcloud} or newer. Tested with Talk {tested_talk} on Nextcloud {tested_nextcloud}.</source>
        <translation>Funktioniert mit der {api}: Talk {talk} oder neuer auf Nextcloud {nextcloud} oder neuer. Getestet mit Talk {tested_talk} auf Nextcloud {tested_nextcloud}.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A desktop moderation console for Nextcloud Talk.</source>
        <translation>Eine Moderationskonsole für Nextcloud Talk auf dem Desktop.</translation>
    </message>
    <message>
        <source>Licence: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt; (GNU Affero General Public License, version 3 or later). This program comes with no warranty.</source>
        <translation>Lizenz: &lt;a href=&apos;{url}&apos;&gt;{licence}&lt;/a&gt; (GNU Affero General Public License, Version 3 oder neuer). Dieses Programm wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy version and platform details, for a bug report</source>
        <translation>Versions- und Plattformangaben kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>{reason}. Sign in again as {login}; your open work stays as it is.</source>
        <translation>{reason}. Melden Sie sich erneut als {login} an; Ihre offene Arbeit bleibt erhalten.</translation>
    </message>
    <message>
        <source>Signed in again as {login}.</source>
        <translation>Erneut als {login} angemeldet.</translation>
    </message>
    <message>
        <source>{account} will be used the next time Talk Moderator starts.</source>
        <translation>{account} wird beim nächsten Start von Talk Moderator verwendet.</translation>
    </message>
    <message>
        <source>This account was removed; polling stopped.</source>
        <translation>Dieses Konto wurde entfernt; die Abfrage wurde beendet.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Use this account</source>
        <translation>Dieses Konto verwenden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove and sign out</source>
        <translation>Entfernen und abmelden</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(in Verwendung)</translation>
    </message>
    <message>
        <source>(used at start)</source>
        <translation>(beim Start verwendet)</translation>
    </message>
    <message>
        <source>{login} at {server}</source>
        <translation>{login} auf {server}</translation>
    </message>
    <message>
        <source>Trusted certificate: {pin}…</source>
        <translation>Vertrauenswürdiges Zertifikat: {pin}…</translation>
    </message>
    <message>
        <source>You are trying the built-in demo server. It is not a saved account, so no account is listed yet: Add… signs in to your Nextcloud and saves it here.</source>
        <translation>Sie probieren den eingebauten Demo-Server aus. Er ist kein gespeichertes Konto, daher ist noch kein Konto aufgeführt: „Hinzufügen…“ meldet Sie bei Ihrer Nextcloud an und speichert sie hier.</translation>
    </message>
    <message>
        <source>You are trying the built-in demo server: it is not a saved account.</source>
        <translation>Sie probieren den eingebauten Demo-Server aus: Er ist kein gespeichertes Konto.</translation>
    </message>
    <message>
        <source>No account is saved yet: Add… signs in to your Nextcloud and saves it here.</source>
        <translation>Noch ist kein Konto gespeichert: „Hinzufügen…“ meldet Sie bei Ihrer Nextcloud an und speichert sie hier.</translation>
    </message>
    <message>
        <source>The keyring refused: {error}</source>
        <translation>Der Schlüsselbund hat abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Now using {name}.</source>
        <translation>Jetzt wird {name} verwendet.</translation>
    </message>
    <message>
        <source>Remove {name}? This signs Talk Moderator out of {server}: the app password is revoked on the server and deleted from this computer.</source>
        <translation>{name} entfernen? Damit meldet sich Talk Moderator von {server} ab: Das App-Passwort wird auf dem Server widerrufen und von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>It is the account in use now.</source>
        <translation>Es ist das Konto, das gerade verwendet wird.</translation>
    </message>
    <message>
        <source>Removed {name} here, but the server could not revoke its app password ({error}). Revoke it in the web interface under Settings &gt; Security &gt; Devices &amp; sessions.</source>
        <translation>{name} wurde hier entfernt, aber der Server konnte das App-Passwort nicht widerrufen ({error}). Widerrufen Sie es in der Weboberfläche unter Einstellungen &gt; Sicherheit &gt; Geräte &amp; Sitzungen.</translation>
    </message>
    <message>
        <source>Removed {name} (its app password was already invalid).</source>
        <translation>{name} entfernt (das App-Passwort war bereits ungültig).</translation>
    </message>
    <message>
        <source>Removed {name}; its app password was revoked on the server.</source>
        <translation>{name} entfernt; das App-Passwort wurde auf dem Server widerrufen.</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>Internal error: {error}</source>
        <translation>Interner Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload conversations and participants now</source>
        <translation>Unterhaltungen und Teilnehmende jetzt neu laden</translation>
    </message>
    <message>
        <source>&amp;New Conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Create a conversation</source>
        <translation>Eine Unterhaltung erstellen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the conversation</source>
        <translation>Die Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>Unterhaltung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the conversation for everyone</source>
        <translation>Die Unterhaltung für alle löschen</translation>
    </message>
    <message>
        <source>Allow &amp;Guests</source>
        <translation>&amp;Gäste zulassen</translation>
    </message>
    <message>
        <source>Allow or disallow guests joining by link</source>
        <translation>Gästen den Beitritt über den Link erlauben oder verbieten</translation>
    </message>
    <message>
        <source>Make &amp;Read-only</source>
        <translation>Auf „Nur &amp;lesen“ setzen</translation>
    </message>
    <message>
        <source>Lock or unlock the conversation for writing and calls</source>
        <translation>Die Unterhaltung für Nachrichten und Anrufe sperren oder freigeben</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Set or remove the password for guests</source>
        <translation>Das Passwort für Gäste festlegen oder entfernen</translation>
    </message>
    <message>
        <source>Turn on the &amp;Lobby…</source>
        <translation>&amp;Lobby einschalten…</translation>
    </message>
    <message>
        <source>Hold non-moderators in a lobby, optionally until a time</source>
        <translation>Alle außer Moderatoren in einer Lobby warten lassen, auf Wunsch bis zu einer Uhrzeit</translation>
    </message>
    <message>
        <source>SIP &amp;Dial-in…</source>
        <translation>SIP-&amp;Einwahl…</translation>
    </message>
    <message>
        <source>Turn SIP dial-in on or off</source>
        <translation>SIP-Einwahl ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Mark or unmark the conversation as favorite</source>
        <translation>Die Unterhaltung als Favorit markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>Teilnehmende &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Invite users, groups, e-mail addresses or phone numbers</source>
        <translation>Benutzer, Gruppen, E-Mail-Adressen oder Telefonnummern einladen</translation>
    </message>
    <message>
        <source>&amp;Remove Participant…</source>
        <translation>Teilnehmende &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>Die ausgewählten Teilnehmenden entfernen</translation>
    </message>
    <message>
        <source>&amp;Promote to Moderator</source>
        <translation>Zum &amp;Moderator befördern</translation>
    </message>
    <message>
        <source>Make the selected participants moderators</source>
        <translation>Die ausgewählten Teilnehmenden zu Moderatoren machen</translation>
    </message>
    <message>
        <source>&amp;Demote</source>
        <translation>&amp;Zurückstufen</translation>
    </message>
    <message>
        <source>Make the selected moderators normal participants</source>
        <translation>Die ausgewählten Moderatoren zu normalen Teilnehmenden machen</translation>
    </message>
    <message>
        <source>Let In Past the &amp;Lobby</source>
        <translation>An der &amp;Lobby vorbei einlassen</translation>
    </message>
    <message>
        <source>Let the selected people in past the lobby, or send them back</source>
        <translation>Die ausgewählten Personen an der Lobby vorbei einlassen oder zurückschicken</translation>
    </message>
    <message>
        <source>P&amp;ermissions…</source>
        <translation>&amp;Berechtigungen…</translation>
    </message>
    <message>
        <source>What the selected people may do: call, audio, video, screen, chat</source>
        <translation>Was die ausgewählten Personen dürfen: Anruf, Audio, Video, Bildschirm, Chat</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Remove the selected person and keep them out, with an internal note</source>
        <translation>Die ausgewählte Person entfernen und ausschließen, mit einer internen Notiz</translation>
    </message>
    <message>
        <source>&amp;Bans…</source>
        <translation>&amp;Sperren verwalten…</translation>
    </message>
    <message>
        <source>Who is banned from the conversation; lift a ban</source>
        <translation>Wer von der Unterhaltung ausgeschlossen ist; eine Sperre aufheben</translation>
    </message>
    <message>
        <source>Conversation P&amp;ermissions…</source>
        <translation>&amp;Berechtigungen der Unterhaltung…</translation>
    </message>
    <message>
        <source>What everyone who is not a moderator may do by default</source>
        <translation>Was alle, die nicht Moderator sind, standardmäßig dürfen</translation>
    </message>
    <message>
        <source>Attendees &amp;Listen Only</source>
        <translation>Teilnehmende nur &amp;zuhören lassen</translation>
    </message>
    <message>
        <source>In the running call, only moderators (and whom you allow) speak, show video or share</source>
        <translation>Im laufenden Anruf sprechen, zeigen Video oder teilen nur Moderatoren (und wen Sie zulassen)</translation>
    </message>
    <message>
        <source>&amp;Join Call</source>
        <translation>Anruf &amp;beitreten</translation>
    </message>
    <message>
        <source>Join or start the call</source>
        <translation>Dem Anruf beitreten oder ihn starten</translation>
    </message>
    <message>
        <source>&amp;Leave Call</source>
        <translation>Anruf &amp;verlassen</translation>
    </message>
    <message>
        <source>Leave the call</source>
        <translation>Den Anruf verlassen</translation>
    </message>
    <message>
        <source>&amp;End Call for Everyone…</source>
        <translation>Anruf für alle b&amp;eenden…</translation>
    </message>
    <message>
        <source>End the call for all participants</source>
        <translation>Den Anruf für alle Teilnehmenden beenden</translation>
    </message>
    <message>
        <source>R&amp;ing</source>
        <translation>An&amp;klingeln</translation>
    </message>
    <message>
        <source>Ring the selected users into the call</source>
        <translation>Die ausgewählten Benutzer in den Anruf klingeln</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Turn off the selected people&apos;s microphones in the call</source>
        <translation>Die Mikrofone der ausgewählten Personen im Anruf ausschalten</translation>
    </message>
    <message>
        <source>Mute &amp;Everyone in the Call</source>
        <translation>&amp;Alle im Anruf stummschalten</translation>
    </message>
    <message>
        <source>Turn off every microphone in the call but yours</source>
        <translation>Alle Mikrofone im Anruf außer Ihrem ausschalten</translation>
    </message>
    <message>
        <source>&amp;Dial Out</source>
        <translation>&amp;Anwählen</translation>
    </message>
    <message>
        <source>Have the SIP bridge phone the selected numbers</source>
        <translation>Die ausgewählten Nummern über die SIP-Brücke anrufen lassen</translation>
    </message>
    <message>
        <source>Conversation &amp;Settings…</source>
        <translation>&amp;Einstellungen der Unterhaltung…</translation>
    </message>
    <message>
        <source>Description, who can find it, message expiration, @all mentions, recording consent, and your favorite and notification settings</source>
        <translation>Beschreibung, wer sie finden kann, Ablauf von Nachrichten, @all-Erwähnungen, Einwilligung zur Aufzeichnung sowie Ihre Favoriten- und Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;Beschreibung…</translation>
    </message>
    <message>
        <source>Change the conversation&apos;s description</source>
        <translation>Die Beschreibung der Unterhaltung ändern</translation>
    </message>
    <message>
        <source>Who Can &amp;Find It…</source>
        <translation>Wer sie &amp;finden kann…</translation>
    </message>
    <message>
        <source>Who may find and join the conversation without an invitation</source>
        <translation>Wer die Unterhaltung ohne Einladung finden und ihr beitreten darf</translation>
    </message>
    <message>
        <source>&amp;Message Expiration…</source>
        <translation>&amp;Ablauf von Nachrichten…</translation>
    </message>
    <message>
        <source>Delete messages automatically after a time</source>
        <translation>Nachrichten nach einer Zeit automatisch löschen</translation>
    </message>
    <message>
        <source>@&amp;all Mentions…</source>
        <translation>@&amp;all-Erwähnungen…</translation>
    </message>
    <message>
        <source>Who may mention everyone with @all</source>
        <translation>Wer alle mit @all erwähnen darf</translation>
    </message>
    <message>
        <source>Recording &amp;Consent…</source>
        <translation>&amp;Einwilligung zur Aufzeichnung…</translation>
    </message>
    <message>
        <source>Whether joining the call needs consent to its recording</source>
        <translation>Ob der Beitritt zum Anruf eine Einwilligung zu seiner Aufzeichnung erfordert</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>When this conversation notifies you (your own setting)</source>
        <translation>Wann diese Unterhaltung Sie benachrichtigt (Ihre eigene Einstellung)</translation>
    </message>
    <message>
        <source>Call N&amp;otifications…</source>
        <translation>Anruf-Be&amp;nachrichtigungen…</translation>
    </message>
    <message>
        <source>Whether a starting call notifies you (your own setting)</source>
        <translation>Ob ein beginnender Anruf Sie benachrichtigt (Ihre eigene Einstellung)</translation>
    </message>
    <message>
        <source>Resend E-mail &amp;Invitation</source>
        <translation>E-Mail-&amp;Einladung erneut senden</translation>
    </message>
    <message>
        <source>Send the selected e-mail guests (or, with nobody selected, every e-mail guest) their invitation again</source>
        <translation>Den ausgewählten E-Mail-Gästen (oder, wenn niemand ausgewählt ist, allen E-Mail-Gästen) ihre Einladung erneut senden</translation>
    </message>
    <message>
        <source>&amp;Import E-mail Guests…</source>
        <translation>E-Mail-Gäste &amp;importieren…</translation>
    </message>
    <message>
        <source>Invite e-mail guests from a CSV file, checked by the server before anyone is added</source>
        <translation>E-Mail-Gäste aus einer CSV-Datei einladen, vom Server geprüft, bevor jemand hinzugefügt wird</translation>
    </message>
    <message>
        <source>Delete &amp;Message…</source>
        <translation>&amp;Nachricht löschen…</translation>
    </message>
    <message>
        <source>Delete the message selected in the chat, for everyone</source>
        <translation>Die im Chat ausgewählte Nachricht für alle löschen</translation>
    </message>
    <message>
        <source>&amp;Clear Chat History…</source>
        <translation>&amp;Chatverlauf leeren…</translation>
    </message>
    <message>
        <source>Delete every message of the conversation, for everyone</source>
        <translation>Alle Nachrichten der Unterhaltung für alle löschen</translation>
    </message>
    <message>
        <source>&amp;Post Announcement…</source>
        <translation>&amp;Ankündigung posten…</translation>
    </message>
    <message>
        <source>Post a message in the conversation&apos;s chat, optionally silent</source>
        <translation>Eine Nachricht im Chat der Unterhaltung posten, auf Wunsch ohne Benachrichtigung</translation>
    </message>
    <message>
        <source>New &amp;Poll…</source>
        <translation>Neue &amp;Umfrage…</translation>
    </message>
    <message>
        <source>Post a poll in the conversation: question, options, public or hidden results</source>
        <translation>Eine Umfrage in der Unterhaltung posten: Frage, Antworten, öffentliche oder verborgene Ergebnisse</translation>
    </message>
    <message>
        <source>Poll &amp;Results…</source>
        <translation>Umfrage&amp;ergebnisse…</translation>
    </message>
    <message>
        <source>See a poll&apos;s results as they come in, and close the poll</source>
        <translation>Die Ergebnisse einer Umfrage laufend sehen und die Umfrage schließen</translation>
    </message>
    <message>
        <source>Download &amp;Attendance List…</source>
        <translation>&amp;Teilnahmeliste herunterladen…</translation>
    </message>
    <message>
        <source>Save who joined the running call as a CSV or ODS file</source>
        <translation>Speichern, wer dem laufenden Anruf beigetreten ist, als CSV- oder ODS-Datei</translation>
    </message>
    <message>
        <source>Start &amp;Recording…</source>
        <translation>&amp;Aufzeichnung starten…</translation>
    </message>
    <message>
        <source>Record the running call, with video or audio only</source>
        <translation>Den laufenden Anruf aufzeichnen, mit Video oder nur Audio</translation>
    </message>
    <message>
        <source>St&amp;op Recording…</source>
        <translation>Aufzeichnung be&amp;enden…</translation>
    </message>
    <message>
        <source>Stop recording the call; the file goes to who started it</source>
        <translation>Die Aufzeichnung des Anrufs beenden; die Datei erhält, wer sie gestartet hat</translation>
    </message>
    <message>
        <source>Set Up &amp;Breakout Rooms…</source>
        <translation>&amp;Breakout-Räume einrichten…</translation>
    </message>
    <message>
        <source>Split the conversation into breakout rooms: automatic, assigned or free choice</source>
        <translation>Die Unterhaltung in Breakout-Räume aufteilen: automatisch, zugewiesen oder freie Wahl</translation>
    </message>
    <message>
        <source>&amp;Assign People to Rooms…</source>
        <translation>Personen den Räumen &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Move people between the breakout rooms</source>
        <translation>Personen zwischen den Breakout-Räumen verschieben</translation>
    </message>
    <message>
        <source>&amp;Start Breakout Rooms</source>
        <translation>Breakout-Räume &amp;starten</translation>
    </message>
    <message>
        <source>Open the breakout rooms: everyone goes to their room</source>
        <translation>Die Breakout-Räume öffnen: alle gehen in ihren Raum</translation>
    </message>
    <message>
        <source>St&amp;op Breakout Rooms</source>
        <translation>Breakout-Räume be&amp;enden</translation>
    </message>
    <message>
        <source>Close the breakout rooms: everyone comes back</source>
        <translation>Die Breakout-Räume schließen: alle kommen zurück</translation>
    </message>
    <message>
        <source>&amp;Message to All Breakout Rooms…</source>
        <translation>&amp;Nachricht an alle Breakout-Räume…</translation>
    </message>
    <message>
        <source>Post one message in every breakout room</source>
        <translation>Eine Nachricht in jedem Breakout-Raum posten</translation>
    </message>
    <message>
        <source>&amp;Help Requests…</source>
        <translation>&amp;Hilfeanfragen…</translation>
    </message>
    <message>
        <source>Which breakout room asked for help; go there, mark it answered</source>
        <translation>Welcher Breakout-Raum um Hilfe gebeten hat; dorthin gehen, als beantwortet markieren</translation>
    </message>
    <message>
        <source>&amp;Remove Breakout Rooms…</source>
        <translation>Breakout-Räume &amp;entfernen…</translation>
    </message>
    <message>
        <source>Delete the breakout rooms (their chats go with them)</source>
        <translation>Die Breakout-Räume löschen (ihre Chats mit ihnen)</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>What this console changed, when, and the server&apos;s answers</source>
        <translation>Was diese Konsole wann geändert hat, und die Antworten des Servers</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Polling, appearance and behaviour</source>
        <translation>Abfrage, Aussehen und Verhalten</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, remove or switch accounts</source>
        <translation>Konten hinzufügen, entfernen oder wechseln</translation>
    </message>
    <message>
        <source>&amp;About Talk Moderator</source>
        <translation>&amp;Über Talk Moderator</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Talk Moderator</source>
        <translation>Talk Moderator beenden</translation>
    </message>
</context>
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>E-mail guest</source>
        <translation>E-Mail-Gast</translation>
    </message>
    <message>
        <source>Add to &apos;{title}&apos;</source>
        <translation>Zu „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name, group or e-mail address</source>
        <translation>Name, Gruppe oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>No suggestions: {error}</source>
        <translation>Keine Vorschläge: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches on the server</source>
        <translation>Keine Treffer auf dem Server</translation>
    </message>
    <message>
        <source>Enter who to add</source>
        <translation>Geben Sie ein, wer hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>That is not an e-mail address</source>
        <translation>Das ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>no server address given; write it like {example}</source>
        <translation>keine Serveradresse angegeben; schreiben Sie sie wie {example}</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address (it contains a space)</source>
        <translation>„{typed}“ ist keine Serveradresse (sie enthält ein Leerzeichen)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: the scheme must be https:// or http://, not {scheme}://</source>
        <translation>„{typed}“ ist keine Serveradresse: Das Schema muss https:// oder http:// sein, nicht {scheme}://</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: &apos;{word}:&apos; is no scheme (write it like {example})</source>
        <translation>„{typed}“ ist keine Serveradresse: „{word}:“ ist kein Schema (schreiben Sie sie wie {example})</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: what stands in [ ] is no IPv6 address</source>
        <translation>„{typed}“ ist keine Serveradresse: Was in [ ] steht, ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: an IPv6 address goes in brackets, like http://[::1]:8080</source>
        <translation>„{typed}“ ist keine Serveradresse: Eine IPv6-Adresse steht in eckigen Klammern, etwa http://[::1]:8080</translation>
    </message>
    <message>
        <source>leave the user name out of the server address; it is asked for separately</source>
        <translation>lassen Sie den Benutzernamen aus der Serveradresse weg; er wird getrennt abgefragt</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: it has no host name</source>
        <translation>„{typed}“ ist keine Serveradresse: Sie hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: &apos;{host}&apos; is no IPv6 address</source>
        <translation>„{typed}“ ist keine Serveradresse: „{host}“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: &apos;{host}&apos; is no IPv4 address</source>
        <translation>„{typed}“ ist keine Serveradresse: „{host}“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: &apos;{host}&apos; is no host name</source>
        <translation>„{typed}“ ist keine Serveradresse: „{host}“ ist kein Hostname</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: the port must be a number from 1 to 65535 (&apos;{port}&apos;)</source>
        <translation>„{typed}“ ist keine Serveradresse: Der Port muss eine Zahl von 1 bis 65535 sein („{port}“)</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a server address: the port must be a number from 1 to 65535 (missing)</source>
        <translation>„{typed}“ ist keine Serveradresse: Der Port muss eine Zahl von 1 bis 65535 sein (er fehlt)</translation>
    </message>
    <message>
        <source>The server at {host} does not speak https on that port; did you mean {url}?</source>
        <translation>Der Server unter {host} spricht auf diesem Port kein https; meinten Sie {url}?</translation>
    </message>
    <message>
        <source>the server at {host} does not speak https on that port; did you mean {url}?</source>
        <translation>Der Server unter {host} spricht auf diesem Port kein https; meinten Sie {url}?</translation>
    </message>
    <message>
        <source>Type the address of your Nextcloud, e.g. cloud.example.org</source>
        <translation>Geben Sie die Adresse Ihrer Nextcloud ein, z. B. cloud.example.org</translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message numerus="yes">
        <source>Talk Moderator: %n waiting in a lobby</source>
        <translation>
            <numerusform>Talk Moderator: %n Person wartet in einer Lobby</numerusform>
            <numerusform>Talk Moderator: %n Personen warten in einer Lobby</numerusform>
        </translation>
    </message>
    <message>
        <source>Talk Moderator: nobody is waiting</source>
        <translation>Talk Moderator: niemand wartet</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>{name} is waiting in the lobby of &apos;{title}&apos;</source>
        <translation>{name} wartet in der Lobby von „{title}“</translation>
    </message>
    <message>
        <source>{name} raised their hand in &apos;{title}&apos;</source>
        <translation>{name} hat in „{title}“ die Hand gehoben</translation>
    </message>
    <message>
        <source>Someone raised their hand in &apos;{title}&apos;</source>
        <translation>Jemand hat in „{title}“ die Hand gehoben</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; of &apos;{parent}&apos; asks for help</source>
        <translation>„{title}“ von „{parent}“ bittet um Hilfe</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; asks for help</source>
        <translation>„{title}“ bittet um Hilfe</translation>
    </message>
    <message>
        <source>A call started in &apos;{title}&apos;</source>
        <translation>In „{title}“ hat ein Anruf begonnen</translation>
    </message>
    <message>
        <source>The lobby of &apos;{title}&apos; opened at its set time</source>
        <translation>Die Lobby von „{title}“ hat sich zur festgelegten Zeit geöffnet</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Lobby opened</source>
        <translation>Lobby geöffnet</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Raised hands are not shown: Talk tells them only over a signaling server&apos;s connection.</source>
        <translation>Gehobene Hände werden nicht angezeigt: Talk meldet sie nur über die Verbindung eines Signaling-Servers.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Mute This Conversation</source>
        <translation>Diese Unterhaltung stummschalten</translation>
    </message>
    <message>
        <source>No more desktop notifications for the selected alert&apos;s conversation (it stays listed here; unmute in Settings)</source>
        <translation>Keine Desktop-Benachrichtigungen mehr für die Unterhaltung des ausgewählten Hinweises (sie bleibt hier aufgeführt; Stummschaltung in den Einstellungen aufheben)</translation>
    </message>
    <message>
        <source>Alert Me About This Conversation</source>
        <translation>Mich über diese Unterhaltung benachrichtigen</translation>
    </message>
    <message>
        <source>Alerts (calls starting, the lobby opening) for the selected conversation too, though you do not moderate it; those you moderate are always watched</source>
        <translation>Hinweise (beginnende Anrufe, sich öffnende Lobby) auch für die ausgewählte Unterhaltung, obwohl Sie sie nicht moderieren; die von Ihnen moderierten werden immer beobachtet</translation>
    </message>
    <message>
        <source>Lobbies are watched live (Talk&apos;s signaling: an alert within seconds).</source>
        <translation>Lobbys werden live beobachtet (Talks Signaling: ein Hinweis innerhalb von Sekunden).</translation>
    </message>
    <message>
        <source>Lobbies are checked every few seconds (no live signaling on this server).</source>
        <translation>Lobbys werden alle paar Sekunden geprüft (kein Live-Signaling auf diesem Server).</translation>
    </message>
    <message>
        <source>Lobbies, calls and raised hands are watched live over the signaling server.</source>
        <translation>Lobbys, Anrufe und gehobene Hände werden live über den Signaling-Server beobachtet.</translation>
    </message>
    <message>
        <source>Raised hands are shown: the watched conversations are connected to the signaling server.</source>
        <translation>Gehobene Hände werden angezeigt: Die beobachteten Unterhaltungen sind mit dem Signaling-Server verbunden.</translation>
    </message>
    <message>
        <source>Some conversations are checked every few seconds: the signaling server cannot be reached for them ({reason}).</source>
        <translation>Einige Unterhaltungen werden alle paar Sekunden geprüft: Der Signaling-Server ist für sie nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Raised hands are shown only for the conversations connected to the signaling server.</source>
        <translation>Gehobene Hände werden nur für die mit dem Signaling-Server verbundenen Unterhaltungen angezeigt.</translation>
    </message>
</context>
<context>
    <name>AlertsUi</name>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Den Bereich „{panel}“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Not let in: {failures}</source>
        <translation>Nicht eingelassen: {failures}</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Post to &apos;{title}&apos;</source>
        <translation>In „{title}“ schreiben</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Post a message in the chat of &apos;{title}&apos;, as yourself.</source>
        <translation>Eine Nachricht in den Chat von „{title}“ schreiben, unter Ihrem Namen.</translation>
    </message>
    <message>
        <source>5 minutes left, then we meet in the main room</source>
        <translation>Noch 5 Minuten, dann treffen wir uns im Hauptraum</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Silent: send no notifications</source>
        <translation>Still: keine Benachrichtigungen senden</translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length} von {limit} Zeichen</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>Die Nachricht ist leer</translation>
    </message>
    <message>
        <source>The message has {length} characters; Talk takes at most {limit}</source>
        <translation>Die Nachricht hat {length} Zeichen; Talk nimmt höchstens {limit}</translation>
    </message>
</context>
<context>
    <name>AsyncActionDialog</name>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is gone: it was deleted or you were removed</source>
        <translation>„{title}“ ist nicht mehr da: Sie wurde gelöscht oder Sie wurden entfernt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is gone: removed from &apos;{title}&apos;, or they left</source>
        <translation>„{name}“ ist nicht mehr da: aus „{title}“ entfernt oder selbst gegangen</translation>
    </message>
    <message>
        <source>{reason}. Nothing was sent.</source>
        <translation>{reason}. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>OpenDocument-Tabellen (*.ods)</translation>
    </message>
    <message>
        <source>Attendance list of &apos;{title}&apos;</source>
        <translation>Anwesenheitsliste von „{title}“</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Everyone who joined the running call, also those who left it again: name, e-mail address, kind and account. The file holds personal data.</source>
        <translation>Alle, die dem laufenden Anruf beigetreten sind, auch wer ihn wieder verlassen hat: Name, E-Mail-Adresse, Art und Konto. Die Datei enthält personenbezogene Daten.</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;ODS (spreadsheet)</source>
        <translation>&amp;ODS (Tabelle)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Save the attendance list</source>
        <translation>Anwesenheitsliste speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose where to save the list</source>
        <translation>Wählen Sie, wo die Liste gespeichert werden soll</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>The folder {path} does not exist</source>
        <translation>Der Ordner {path} existiert nicht</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) recorded in {path}</source>
        <translation>
            <numerusform>%n Aktion in {path} aufgezeichnet</numerusform>
            <numerusform>%n Aktionen in {path} aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to {path}</source>
        <translation>
            <numerusform>%n Aktion nach {path} exportiert</numerusform>
            <numerusform>%n Aktionen nach {path} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Note for the moderators (optional): what happened</source>
        <translation>Notiz für die Moderatoren (optional): was passiert ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The note is too long: {reason}</source>
        <translation>Die Notiz ist zu lang: {reason}</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>e-mail guest</source>
        <translation>E-Mail-Gast</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ban the user {name} from &apos;{title}&apos;?</source>
        <translation>Den Benutzer {name} aus „{title}“ sperren?</translation>
    </message>
    <message>
        <source>Ban the guest {name} from &apos;{title}&apos;?</source>
        <translation>Den Gast {name} aus „{title}“ sperren?</translation>
    </message>
    <message>
        <source>Ban the e-mail guest {name} from &apos;{title}&apos;?</source>
        <translation>Den E-Mail-Gast {name} aus „{title}“ sperren?</translation>
    </message>
    <message>
        <source>Ban the participant {name} from &apos;{title}&apos;?</source>
        <translation>{name} aus „{title}“ sperren?</translation>
    </message>
    <message>
        <source>Ban {name}</source>
        <translation>{name} sperren</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>BanListDialog</name>
    <message>
        <source>Bans of &apos;{title}&apos;</source>
        <translation>Sperren von „{title}“</translation>
    </message>
    <message>
        <source>Reading the ban list…</source>
        <translation>Die Sperrliste wird gelesen…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Lift Ban</source>
        <translation>Sperre &amp;aufheben</translation>
    </message>
    <message>
        <source>Nobody is banned from this conversation.</source>
        <translation>Niemand ist in dieser Unterhaltung gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n ban(s). Lifting a ban lets that person be added again, or rejoin by the link.</source>
        <translation>
            <numerusform>%n Sperre. Wird eine Sperre aufgehoben, kann die Person wieder hinzugefügt werden oder über den Link erneut beitreten.</numerusform>
            <numerusform>%n Sperren. Wird eine Sperre aufgehoben, kann die Person wieder hinzugefügt werden oder über den Link erneut beitreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ban list could not be read.</source>
        <translation>Die Sperrliste konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Bans</name>
    <message>
        <source>They are removed at once. As a guest of a public conversation they cannot rejoin by its link: Talk also bans the address they come back from.</source>
        <translation>Die Person wird sofort entfernt. Als Gast einer öffentlichen Unterhaltung kann sie nicht über deren Link erneut beitreten: Talk sperrt auch die Adresse, von der sie zurückkommt.</translation>
    </message>
    <message>
        <source>They are removed at once, and their invitation no longer lets them in.</source>
        <translation>Die Person wird sofort entfernt, und ihre Einladung lässt sie nicht mehr hinein.</translation>
    </message>
    <message>
        <source>They are removed at once and cannot be added again until the ban is lifted.</source>
        <translation>Die Person wird sofort entfernt und kann nicht wieder hinzugefügt werden, bis die Sperre aufgehoben ist.</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>{account} (demo)</source>
        <translation>{account} (Demo)</translation>
    </message>
</context>
<context>
    <name>BreakoutDialog</name>
    <message>
        <source>Automatic (spread everyone)</source>
        <translation>Automatisch (alle verteilen)</translation>
    </message>
    <message>
        <source>Manual (as assigned below)</source>
        <translation>Manuell (wie unten zugewiesen)</translation>
    </message>
    <message>
        <source>Free choice (people pick a room)</source>
        <translation>Freie Wahl (jede Person wählt einen Raum)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>free choice</source>
        <translation>freie Wahl</translation>
    </message>
    <message>
        <source>Breakout Rooms: {title}</source>
        <translation>Breakout-Räume: {title}</translation>
    </message>
    <message>
        <source>Set &amp;Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Rooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>People (drag onto a room, or type its number):</source>
        <translation>Personen (auf einen Raum ziehen oder seine Nummer eingeben):</translation>
    </message>
    <message>
        <source>Breakout rooms:</source>
        <translation>Breakout-Räume:</translation>
    </message>
    <message>
        <source>&amp;Move People</source>
        <translation>Personen &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Go to Room</source>
        <translation>&amp;Zum Raum</translation>
    </message>
    <message>
        <source>Mark &amp;Help Given</source>
        <translation>&amp;Hilfe erledigt</translation>
    </message>
    <message>
        <source>Moderators are in every breakout room (Talk does not move them): to move to another room, select it and Go to Room, then join its call.</source>
        <translation>Moderatoren sind in jedem Breakout-Raum (Talk verschiebt sie nicht): Um in einen anderen Raum zu wechseln, wählen Sie ihn aus, dann „Zum Raum“, und treten Sie seinem Anruf bei.</translation>
    </message>
    <message>
        <source>e.g. 5 minutes left</source>
        <translation>z. B. Noch 5 Minuten</translation>
    </message>
    <message>
        <source>Send to &amp;All Rooms</source>
        <translation>An &amp;alle Räume senden</translation>
    </message>
    <message>
        <source>Message to every breakout room</source>
        <translation>Nachricht an alle Breakout-Räume</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>St&amp;op (Everyone Back)</source>
        <translation>&amp;Beenden (alle zurück)</translation>
    </message>
    <message>
        <source>Delete the breakout rooms and their chats</source>
        <translation>Die Breakout-Räume und ihre Chats löschen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Could not read the breakout rooms: {error}</source>
        <translation>Die Breakout-Räume konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No breakout rooms yet. Choose how many and how people are split, then Set Up; the rooms stay closed until you start them.</source>
        <translation>Noch keine Breakout-Räume. Wählen Sie, wie viele es sein sollen und wie die Personen aufgeteilt werden, dann „Einrichten“; die Räume bleiben geschlossen, bis Sie sie starten.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>set up, not started</source>
        <translation>eingerichtet, nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) ({mode}), {state}.</source>
        <translation>
            <numerusform>%n Breakout-Raum ({mode}), {state}.</numerusform>
            <numerusform>%n Breakout-Räume ({mode}), {state}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for help: {rooms}.</source>
        <translation>Bitten um Hilfe: {rooms}.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: 1 person besides the moderators</source>
        <translation>{title}: 1 Person außer den Moderatoren</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n people besides the moderators</source>
        <translation>
            <numerusform>{title}: %n Person außer den Moderatoren</numerusform>
            <numerusform>{title}: %n Personen außer den Moderatoren</numerusform>
        </translation>
    </message>
    <message>
        <source>asks for help</source>
        <translation>bittet um Hilfe</translation>
    </message>
    <message>
        <source>someone asked a moderator for help</source>
        <translation>jemand hat einen Moderator um Hilfe gebeten</translation>
    </message>
    <message>
        <source>Nothing moved</source>
        <translation>Niemand wurde verschoben</translation>
    </message>
    <message>
        <source>Tick the box to confirm</source>
        <translation>Setzen Sie zur Bestätigung das Häkchen</translation>
    </message>
    <message>
        <source>Select a breakout room that asked for help</source>
        <translation>Wählen Sie einen Breakout-Raum aus, der um Hilfe gebeten hat</translation>
    </message>
    <message>
        <source>Moderators are in every breakout room, and guests in none: the others were placed</source>
        <translation>Moderatoren sind in jedem Breakout-Raum und Gäste in keinem: Die anderen wurden zugewiesen</translation>
    </message>
    <message>
        <source>Moderators are in every breakout room, and guests in none: nobody was moved</source>
        <translation>Moderatoren sind in jedem Breakout-Raum und Gäste in keinem: Niemand wurde verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to Room {number}: Set Up to create the rooms</source>
        <translation>
            <numerusform>%n Person Raum {number} zugewiesen: „Einrichten“ erstellt die Räume</numerusform>
            <numerusform>%n Personen Raum {number} zugewiesen: „Einrichten“ erstellt die Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>Done, but the rooms could not be read again: {error}</source>
        <translation>Erledigt, aber die Räume konnten nicht erneut gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n breakout room(s) set up (closed until started)</source>
        <translation>
            <numerusform>%n Breakout-Raum eingerichtet (geschlossen bis zum Start)</numerusform>
            <numerusform>%n Breakout-Räume eingerichtet (geschlossen bis zum Start)</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved: {who}</source>
        <translation>Verschoben: {who}</translation>
    </message>
    <message>
        <source>Started: everyone can go to their room</source>
        <translation>Gestartet: Alle können in ihren Raum gehen</translation>
    </message>
    <message>
        <source>Stopped: the rooms are closed and everyone is back</source>
        <translation>Beendet: Die Räume sind geschlossen und alle sind zurück</translation>
    </message>
    <message numerus="yes">
        <source>Sent to all %n breakout room(s)</source>
        <translation>
            <numerusform>An %n Breakout-Raum gesendet</numerusform>
            <numerusform>An alle %n Breakout-Räume gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as helped ({title})</source>
        <translation>Als erledigt markiert ({title})</translation>
    </message>
    <message>
        <source>The breakout rooms were removed</source>
        <translation>Die Breakout-Räume wurden entfernt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>BreakoutRows</name>
    <message>
        <source>asks for help</source>
        <translation>bittet um Hilfe</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>breakout rooms running</source>
        <translation type="vanished">Breakout-Räume laufen</translation>
    </message>
    <message>
        <source>breakout rooms ready</source>
        <translation type="vanished">Breakout-Räume bereit</translation>
    </message>
    <message>
        <source>Breakout room, {state}</source>
        <translation type="vanished">Breakout-Raum, {state}</translation>
    </message>
    <message>
        <source>rooms running</source>
        <translation>Räume laufen</translation>
    </message>
    <message>
        <source>rooms ready</source>
        <translation>Räume bereit</translation>
    </message>
    <message>
        <source>Room, {state}</source>
        <translation>Raum, {state}</translation>
    </message>
    <message>
        <source>Breakout room of &apos;{title}&apos;: {state}</source>
        <translation>Breakout-Raum von „{title}“: {state}</translation>
    </message>
    <message>
        <source>Breakout room: {state}</source>
        <translation>Breakout-Raum: {state}</translation>
    </message>
    <message>
        <source>Breakout rooms: running</source>
        <translation>Breakout-Räume: laufen</translation>
    </message>
    <message>
        <source>Breakout rooms: ready</source>
        <translation>Breakout-Räume: bereit</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Not sent: the bulk action was cancelled</source>
        <translation>Nicht gesendet: Die Sammelaktion wurde abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted; the outcome is unknown</source>
        <translation>Unterbrochen; das Ergebnis ist unbekannt</translation>
    </message>
</context>
<context>
    <name>BulkPermissionsDialog</name>
    <message numerus="yes">
        <source>Permissions of %n people</source>
        <translation>
            <numerusform>Berechtigungen von %n Person</numerusform>
            <numerusform>Berechtigungen von %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What these %n people may do in &apos;{title}&apos;. A half-checked box differs between them and stays as it is for each; check or uncheck it to change it for all of them.</source>
        <translation>
            <numerusform>Was diese %n Person in „{title}“ darf. Ein halb gesetztes Kästchen unterscheidet sich zwischen ihnen und bleibt für jede Person, wie es ist; setzen oder entfernen Sie das Häkchen, um es für alle zu ändern.</numerusform>
            <numerusform>Was diese %n Personen in „{title}“ dürfen. Ein halb gesetztes Kästchen unterscheidet sich zwischen ihnen und bleibt für jede Person, wie es ist; setzen oder entfernen Sie das Häkchen, um es für alle zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Nothing changes yet: check or uncheck what they may do</source>
        <translation>Noch ändert sich nichts: Setzen oder entfernen Sie Häkchen bei dem, was sie dürfen</translation>
    </message>
    <message numerus="yes">
        <source>This changes the permissions of {count} of %n people.</source>
        <translation>
            <numerusform>Dies ändert die Berechtigungen von {count} von %n Person.</numerusform>
            <numerusform>Dies ändert die Berechtigungen von {count} von %n Personen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>{succeeded} succeeded, {failed} failed</source>
        <translation>{succeeded} erfolgreich, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{skipped} not sent (cancelled)</source>
        <translation>{skipped} nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Stopped: {counts}</source>
        <translation>Angehalten: {counts}</translation>
    </message>
    <message>
        <source>Finished: {counts}</source>
        <translation>Fertig: {counts}</translation>
    </message>
    <message>
        <source>{count} left out ({why})</source>
        <translation>{count} ausgelassen ({why})</translation>
    </message>
    <message>
        <source>{count} left out</source>
        <translation>{count} ausgelassen</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>Wird angehalten: Warten auf die bereits gesendeten Anfragen…</translation>
    </message>
    <message>
        <source>{done} of {total}: {succeeded} succeeded, {failed} failed</source>
        <translation>{done} von {total}: {succeeded} erfolgreich, {failed} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CallDialogs</name>
    <message>
        <source>Leave call</source>
        <translation>Anruf verlassen</translation>
    </message>
    <message>
        <source>Leave the call in &apos;{title}&apos;? The others stay in it.</source>
        <translation>Den Anruf in „{title}“ verlassen? Die anderen bleiben darin.</translation>
    </message>
    <message>
        <source>End call for everyone</source>
        <translation>Anruf für alle beenden</translation>
    </message>
    <message>
        <source>End the call in &apos;{title}&apos; for everyone?</source>
        <translation>Den Anruf in „{title}“ für alle beenden?</translation>
    </message>
    <message>
        <source>Everybody in the call is disconnected at once.</source>
        <translation>Alle im Anruf werden sofort getrennt.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Ring participant</source>
        <translation>Teilnehmende Person anklingeln</translation>
    </message>
    <message>
        <source>Ring {name} to join the call in &apos;{title}&apos;?</source>
        <translation>{name} anklingeln, um dem Anruf in „{title}“ beizutreten?</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anklingeln</translation>
    </message>
    <message>
        <source>Phone {name} at {number} into the call in &apos;{title}&apos;?</source>
        <translation>{name} unter {number} in den Anruf in „{title}“ holen?</translation>
    </message>
    <message>
        <source>Phone {name} into the call in &apos;{title}&apos;?</source>
        <translation>{name} per Telefon in den Anruf in „{title}“ holen?</translation>
    </message>
    <message>
        <source>Dial out</source>
        <translation>Anwählen</translation>
    </message>
    <message>
        <source>Call phone</source>
        <translation>Telefon anrufen</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>MMM dd HH:mm</source>
        <comment>the time of a message from an earlier day (Qt date format)</comment>
        <translation>dd.MM. HH:mm</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>{author} (deleted)</source>
        <translation>{author} (gelöscht)</translation>
    </message>
    <message>
        <source>sent silently</source>
        <translation>still gesendet</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Select a conversation to see its chat</source>
        <translation>Wählen Sie eine Unterhaltung aus, um ihren Chat zu sehen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Loading the chat of {title}…</source>
        <translation>Der Chat von {title} wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Chat of {title}: the last %n message(s)</source>
        <translation>
            <numerusform>Chat von {title}: die letzte Nachricht</numerusform>
            <numerusform>Chat von {title}: die letzten %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat of {title} is empty</source>
        <translation>Der Chat von {title} ist leer</translation>
    </message>
    <message>
        <source>The chat could not be read: {reason}</source>
        <translation>Der Chat konnte nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ClearHistoryDialog</name>
    <message>
        <source>Clear the History of &apos;{title}&apos;</source>
        <translation>Verlauf von „{title}“ leeren</translation>
    </message>
    <message>
        <source>Clear for everyone</source>
        <translation>Für alle leeren</translation>
    </message>
    <message>
        <source>Every message, file share and system message of the chat is deleted for all participants. This cannot be undone.</source>
        <translation>Alle Nachrichten, geteilten Dateien und Systemnachrichten des Chats werden für alle Teilnehmenden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConversationCard</name>
    <message>
        <source>Turn lobby on</source>
        <translation>Lobby einschalten</translation>
    </message>
    <message>
        <source>Turn lobby off</source>
        <translation>Lobby ausschalten</translation>
    </message>
    <message>
        <source>Allow writing</source>
        <translation>Schreiben erlauben</translation>
    </message>
    <message>
        <source>Let everyone speak</source>
        <translation>Alle sprechen lassen</translation>
    </message>
    <message>
        <source>Lobby until…</source>
        <translation>Lobby bis…</translation>
    </message>
    <message>
        <source>Make read-only</source>
        <translation>Auf „Nur lesen“ setzen</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Listen only</source>
        <translation>Nur zuhören</translation>
    </message>
    <message>
        <source>Mute all</source>
        <translation>Alle stummschalten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The kiosk account is not a moderator here</source>
        <translation>Das Kiosk-Konto ist hier kein Moderator</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Lobby on</source>
        <translation>Lobby an</translation>
    </message>
    <message>
        <source>Lobby off</source>
        <translation>Lobby aus</translation>
    </message>
    <message>
        <source>Call running</source>
        <translation>Anruf läuft</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>In call: …</source>
        <translation>Im Anruf: …</translation>
    </message>
    <message>
        <source>Waiting: …</source>
        <translation>Wartend: …</translation>
    </message>
    <message numerus="yes">
        <source>In call: {count} (%n guest(s))</source>
        <translation>
            <numerusform>Im Anruf: {count} (%n Gast)</numerusform>
            <numerusform>Im Anruf: {count} (%n Gäste)</numerusform>
        </translation>
    </message>
    <message>
        <source>In call: {count}</source>
        <translation>Im Anruf: {count}</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Wartend: {count}</translation>
    </message>
    <message>
        <source>{place}. {name}</source>
        <translation>{place}. {name}</translation>
    </message>
    <message>
        <source>Hands up: {names}</source>
        <translation>Hände gehoben: {names}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more waiting (see People)</source>
        <translation>… und {count} weitere warten (siehe Personen)</translation>
    </message>
    <message>
        <source>… and {count} more waiting</source>
        <translation>… und {count} weitere warten</translation>
    </message>
    <message>
        <source>Muting needs the signaling server, which is not connected</source>
        <translation>Stummschalten braucht den Signaling-Server, der nicht verbunden ist</translation>
    </message>
    <message>
        <source>Opens in {time}</source>
        <translation>Öffnet in {time}</translation>
    </message>
    <message>
        <source>Opening now…</source>
        <translation>Öffnet jetzt…</translation>
    </message>
    <message>
        <source>This conversation was not found, or the kiosk account is not a member</source>
        <translation>Diese Unterhaltung wurde nicht gefunden, oder das Kiosk-Konto ist kein Mitglied</translation>
    </message>
    <message>
        <source>The server no longer accepts the kiosk&apos;s app password: ask for help</source>
        <translation>Der Server akzeptiert das App-Passwort des Kiosks nicht mehr: Bitte holen Sie Hilfe</translation>
    </message>
</context>
<context>
    <name>ConversationModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>how many (counted once the conversation was opened)</source>
        <translation>wie viele (gezählt, sobald die Unterhaltung geöffnet wurde)</translation>
    </message>
    <message>
        <source>guests may join with the link</source>
        <translation>Gäste können über den Link beitreten</translation>
    </message>
    <message>
        <source>only moderators are let in until it opens</source>
        <translation>nur Moderatoren werden eingelassen, bis sie öffnet</translation>
    </message>
    <message>
        <source>nobody can write or call</source>
        <translation>niemand kann schreiben oder anrufen</translation>
    </message>
    <message>
        <source>guests need a password</source>
        <translation>Gäste brauchen ein Passwort</translation>
    </message>
    <message>
        <source>a call is running</source>
        <translation>ein Anruf läuft</translation>
    </message>
    <message>
        <source>unread messages</source>
        <translation>ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Im Anruf</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Listed: {who} can find and join it</source>
        <translation>Gelistet: {who} können sie finden und beitreten</translation>
    </message>
    <message>
        <source>Messages are deleted after {time}</source>
        <translation>Nachrichten werden nach {time} gelöscht</translation>
    </message>
    <message>
        <source>Guests may join with the link</source>
        <translation>Gäste können über den Link beitreten</translation>
    </message>
    <message>
        <source>Only invited users</source>
        <translation>Nur eingeladene Benutzer</translation>
    </message>
    <message>
        <source>No lobby: everyone can join</source>
        <translation>Keine Lobby: alle können beitreten</translation>
    </message>
    <message>
        <source>Lobby on: only moderators are let in</source>
        <translation>Lobby an: nur Moderatoren werden eingelassen</translation>
    </message>
    <message>
        <source>opens automatically at {time}</source>
        <translation>öffnet automatisch um {time}</translation>
    </message>
    <message>
        <source>Read-only: nobody can write or call</source>
        <translation>Nur lesen: niemand kann schreiben oder anrufen</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>Protected by a password</source>
        <translation>Durch ein Passwort geschützt</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>No call running</source>
        <translation>Kein Anruf läuft</translation>
    </message>
    <message>
        <source>A call is running since {time}</source>
        <translation>Seit {time} läuft ein Anruf</translation>
    </message>
    <message>
        <source>A call is running</source>
        <translation>Ein Anruf läuft</translation>
    </message>
    <message>
        <source>(you are in it)</source>
        <translation>(Sie sind dabei)</translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
    <message>
        <source>Unread messages: {count}</source>
        <translation>Ungelesene Nachrichten: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s) (you were mentioned)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht (Sie wurden erwähnt)</numerusform>
            <numerusform>%n ungelesene Nachrichten (Sie wurden erwähnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the conversation to count its participants</source>
        <translation>Wählen Sie die Unterhaltung aus, um ihre Teilnehmenden zu zählen</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>who can find it</source>
        <translation>wer sie finden kann</translation>
    </message>
    <message>
        <source>message expiration</source>
        <translation>Ablauf von Nachrichten</translation>
    </message>
    <message>
        <source>@all mentions</source>
        <translation>@all-Erwähnungen</translation>
    </message>
    <message>
        <source>recording consent</source>
        <translation>Einwilligung zur Aufzeichnung</translation>
    </message>
    <message>
        <source>favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>call notifications</source>
        <translation>Anrufbenachrichtigungen</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>Settings of &apos;{title}&apos;</source>
        <translation>Einstellungen von „{title}“</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Only what you change is sent, each change as an action of its own. The first settings are the conversation&apos;s (moderators); the last ones are yours alone.</source>
        <translation>Gesendet wird nur, was Sie ändern, jede Änderung als eigene Aktion. Die ersten Einstellungen gehören zur Unterhaltung (Moderatoren); die letzten betreffen nur Sie.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Who can find it:</source>
        <translation>Wer sie finden kann:</translation>
    </message>
    <message>
        <source>Custom: {time}</source>
        <translation>Benutzerdefiniert: {time}</translation>
    </message>
    <message>
        <source>Messages expire:</source>
        <translation>Nachrichten laufen ab:</translation>
    </message>
    <message>
        <source>Who may mention @all:</source>
        <translation>Wer @all erwähnen darf:</translation>
    </message>
    <message>
        <source>Require recording consent before joining the call</source>
        <translation>Einwilligung zur Aufzeichnung vor dem Beitritt zum Anruf verlangen</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufzeichnung:</translation>
    </message>
    <message>
        <source>Favorite (listed first)</source>
        <translation>Favorit (wird zuerst aufgeführt)</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <source>Default ({level})</source>
        <translation>Standard ({level})</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Notify me when a call starts</source>
        <translation>Mich benachrichtigen, wenn ein Anruf beginnt</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Anrufe:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length} von {limit} Zeichen</translation>
    </message>
    <message>
        <source>The description is too long: {length} characters, at most {limit}</source>
        <translation>Die Beschreibung ist zu lang: {length} Zeichen, höchstens {limit}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Saved: {saved}. Not saved: {error}</source>
        <translation>Gespeichert: {saved}. Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>You become its owner. Add participants afterwards (Conversation &gt; Add Participant).</source>
        <translation>Sie werden Besitzer der Unterhaltung. Fügen Sie Teilnehmende danach hinzu (Unterhaltung &gt; Teilnehmende hinzufügen).</translation>
    </message>
    <message>
        <source>e.g. Town hall</source>
        <translation>z. B. Bürgerversammlung</translation>
    </message>
    <message>
        <source>Guests may join with the link (public conversation)</source>
        <translation>Gäste dürfen über den Link beitreten (öffentliche Unterhaltung)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Guest password:</source>
        <translation>Gastpasswort:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation>Geben Sie einen Namen ein</translation>
    </message>
    <message>
        <source>The name is too long ({length} of at most {limit} characters)</source>
        <translation>Der Name ist zu lang ({length} von höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>The two passwords do not match</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete &apos;{title}&apos;</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <source>Deleting removes the conversation, its chat and its settings for all participants. This cannot be undone.</source>
        <translation>Das Löschen entfernt die Unterhaltung, ihren Chat und ihre Einstellungen für alle Teilnehmenden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DeleteMessageDialog</name>
    <message>
        <source>message {number}</source>
        <translation>Nachricht {number}</translation>
    </message>
    <message>
        <source>{author}&apos;s message &apos;{text}&apos;</source>
        <translation>die Nachricht „{text}“ von {author}</translation>
    </message>
    <message>
        <source>{author}&apos;s message</source>
        <translation>die Nachricht von {author}</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete {message} in &apos;{title}&apos; for everyone?</source>
        <translation>{message} in „{title}“ für alle löschen?</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <source>Everyone will see that you deleted it; the text cannot be brought back.</source>
        <translation>Alle sehen, dass Sie sie gelöscht haben; der Text kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Cannot delete {target}: only its author and the moderators of {room} can delete a message, and in a one-to-one conversation nobody can delete the other person&apos;s messages</source>
        <translation>{target} kann nicht gelöscht werden: Nur wer eine Nachricht geschrieben hat und die Moderatoren von {room} können sie löschen, und in einer Einzelunterhaltung kann niemand die Nachrichten der anderen Person löschen</translation>
    </message>
    <message>
        <source>Cannot delete {target}: it is a system message or was deleted already; only messages people wrote can be deleted</source>
        <translation>{target} kann nicht gelöscht werden: Es ist eine Systemnachricht oder wurde bereits gelöscht; nur Nachrichten, die Personen geschrieben haben, können gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot delete {target}: {room} has no such message (any more)</source>
        <translation>{target} kann nicht gelöscht werden: {room} hat diese Nachricht nicht (mehr)</translation>
    </message>
    <message>
        <source>Cannot delete {target}: the server refused it (servers before Talk 18 let messages be deleted only within 6 hours of posting)</source>
        <translation>{target} kann nicht gelöscht werden: Der Server hat es abgelehnt (Server vor Talk 18 erlauben das Löschen nur innerhalb von 6 Stunden nach dem Senden)</translation>
    </message>
    <message>
        <source>Cannot clear the history of {room}: only moderators can, not in one-to-one conversations, and not while it is read-only</source>
        <translation>Der Verlauf von {room} kann nicht geleert werden: Das können nur Moderatoren, nicht in Einzelunterhaltungen und nicht, solange sie auf „Nur lesen“ steht</translation>
    </message>
    <message>
        <source>Cannot post to {room}: the message is empty</source>
        <translation>In {room} kann nicht gepostet werden: Die Nachricht ist leer</translation>
    </message>
    <message>
        <source>Cannot post to {room}: the message is longer than Talk&apos;s 32,000 characters</source>
        <translation>In {room} kann nicht gepostet werden: Die Nachricht ist länger als die 32.000 Zeichen, die Talk erlaubt</translation>
    </message>
    <message>
        <source>Cannot post to {room}: it is read-only, or you may not chat in it</source>
        <translation>In {room} kann nicht gepostet werden: Sie steht auf „Nur lesen“, oder Sie dürfen dort nicht chatten</translation>
    </message>
    <message>
        <source>You may not read the chat of {room}</source>
        <translation>Sie dürfen den Chat von {room} nicht lesen</translation>
    </message>
    <message>
        <source>Cannot create the poll: the question is empty or too long</source>
        <translation>Die Umfrage kann nicht erstellt werden: Die Frage ist leer oder zu lang</translation>
    </message>
    <message>
        <source>Cannot create the poll: it needs at least two options that are not blank, and at most about 60,000 characters of options in all</source>
        <translation>Die Umfrage kann nicht erstellt werden: Sie braucht mindestens zwei nicht leere Antworten und höchstens etwa 60.000 Zeichen an Antworten insgesamt</translation>
    </message>
    <message>
        <source>Cannot create a poll in {room}: polls exist only in group and public conversations</source>
        <translation>In {room} kann keine Umfrage erstellt werden: Umfragen gibt es nur in Gruppen- und öffentlichen Unterhaltungen</translation>
    </message>
    <message>
        <source>Cannot create a poll in {room}: it is read-only, or you may not chat in it</source>
        <translation>In {room} kann keine Umfrage erstellt werden: Sie steht auf „Nur lesen“, oder Sie dürfen dort nicht chatten</translation>
    </message>
    <message>
        <source>Cannot close {target}: it is closed already</source>
        <translation>{target} kann nicht geschlossen werden: Sie ist bereits geschlossen</translation>
    </message>
    <message>
        <source>Cannot close {target} in {room}: only moderators and the poll&apos;s author can close it</source>
        <translation>{target} in {room} kann nicht geschlossen werden: Nur Moderatoren und wer die Umfrage erstellt hat, können sie schließen</translation>
    </message>
    <message>
        <source>Cannot close {target}: there is no such poll in {room}</source>
        <translation>{target} kann nicht geschlossen werden: In {room} gibt es diese Umfrage nicht</translation>
    </message>
    <message>
        <source>There is no {target} in {room}</source>
        <translation>In {room} gibt es {target} nicht</translation>
    </message>
    <message>
        <source>Cannot record the call in {room}: this server has no recording backend (Talk records through a recording server, which is not set up)</source>
        <translation>Der Anruf in {room} kann nicht aufgezeichnet werden: Dieser Server hat kein Aufzeichnungs-Backend (Talk zeichnet über einen Aufzeichnungsserver auf, der nicht eingerichtet ist)</translation>
    </message>
    <message>
        <source>Cannot start recording in {room}: there is no call running</source>
        <translation>Die Aufzeichnung in {room} kann nicht gestartet werden: Es läuft kein Anruf</translation>
    </message>
    <message>
        <source>Cannot start recording in {room}: the call is being recorded already, or a recording is starting</source>
        <translation>Die Aufzeichnung in {room} kann nicht gestartet werden: Der Anruf wird bereits aufgezeichnet, oder eine Aufzeichnung startet gerade</translation>
    </message>
    <message>
        <source>Cannot start recording: the server knows only video and audio-only recordings</source>
        <translation>Die Aufzeichnung kann nicht gestartet werden: Der Server kennt nur Video- und reine Audioaufzeichnungen</translation>
    </message>
    <message>
        <source>Cannot start recording in {room}: only signed-in moderators can record a call</source>
        <translation>Die Aufzeichnung in {room} kann nicht gestartet werden: Nur angemeldete Moderatoren können einen Anruf aufzeichnen</translation>
    </message>
    <message>
        <source>Cannot stop the recording in {room}: only signed-in moderators can</source>
        <translation>Die Aufzeichnung in {room} kann nicht beendet werden: Das können nur angemeldete Moderatoren</translation>
    </message>
    <message>
        <source>Cannot download the attendance list of {room}: there is no call running (or nobody has joined it yet)</source>
        <translation>Die Teilnahmeliste von {room} kann nicht heruntergeladen werden: Es läuft kein Anruf (oder noch niemand ist ihm beigetreten)</translation>
    </message>
    <message>
        <source>Only moderators can download the attendance list of {room}</source>
        <translation>Nur Moderatoren können die Teilnahmeliste von {room} herunterladen</translation>
    </message>
    <message>
        <source>Cannot download the attendance list of {room} as ODS: this server makes it only as CSV, or there is no call running (or nobody has joined it yet)</source>
        <translation>Die Teilnahmeliste von {room} kann nicht als ODS heruntergeladen werden: Dieser Server erstellt sie nur als CSV, oder es läuft kein Anruf (oder noch niemand ist ihm beigetreten)</translation>
    </message>
    <message>
        <source>No breakout rooms are set up in {room} (set them up first)</source>
        <translation>In {room} sind keine Breakout-Räume eingerichtet (richten Sie sie zuerst ein)</translation>
    </message>
    <message>
        <source>Cannot set up breakout rooms in {room}: only a group conversation without breakout rooms can have them (not a public or one-to-one conversation, nor a breakout room), so remove the old ones first</source>
        <translation>In {room} können keine Breakout-Räume eingerichtet werden: Nur eine Gruppenunterhaltung ohne Breakout-Räume kann welche haben (keine öffentliche oder Einzelunterhaltung und kein Breakout-Raum); entfernen Sie also zuerst die alten</translation>
    </message>
    <message>
        <source>The server&apos;s administrator has switched breakout rooms off</source>
        <translation>Die Administration des Servers hat Breakout-Räume ausgeschaltet</translation>
    </message>
    <message>
        <source>Cannot {verb}: the mode must be automatic, manual or free choice</source>
        <translation>Nicht möglich ({verb}): Der Modus muss automatisch, manuell oder freie Wahl sein</translation>
    </message>
    <message>
        <source>Cannot {verb}: there must be 1 to 20 breakout rooms (the server may have kept the mode: remove the breakout rooms before trying again)</source>
        <translation>Nicht möglich ({verb}): Es muss 1 bis 20 Breakout-Räume geben (der Server hat den Modus womöglich behalten: Entfernen Sie die Breakout-Räume, bevor Sie es erneut versuchen)</translation>
    </message>
    <message>
        <source>Cannot {verb}: someone is assigned to a breakout room that does not exist</source>
        <translation>Nicht möglich ({verb}): Jemand ist einem Breakout-Raum zugewiesen, den es nicht gibt</translation>
    </message>
    <message>
        <source>Only moderators can set up breakout rooms in {room}</source>
        <translation>Nur Moderatoren können in {room} Breakout-Räume einrichten</translation>
    </message>
    <message>
        <source>Moderators cannot be moved between breakout rooms: they are in every breakout room</source>
        <translation>Moderatoren können nicht zwischen Breakout-Räumen verschoben werden: Sie sind in jedem Breakout-Raum</translation>
    </message>
    <message>
        <source>Cannot {verb}: that breakout room does not exist</source>
        <translation>Nicht möglich ({verb}): Diesen Breakout-Raum gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot send the message to the breakout rooms of {room}: it is longer than 32,000 characters</source>
        <translation>Die Nachricht an die Breakout-Räume von {room} kann nicht gesendet werden: Sie ist länger als 32.000 Zeichen</translation>
    </message>
    <message>
        <source>Cannot dismiss the request for help in {room}: it is not a running breakout room</source>
        <translation>Die Hilfeanfrage in {room} kann nicht erledigt werden: Es ist kein laufender Breakout-Raum</translation>
    </message>
    <message>
        <source>Cannot ask for help in {room}: it is not a running breakout room</source>
        <translation>In {room} kann nicht um Hilfe gebeten werden: Es ist kein laufender Breakout-Raum</translation>
    </message>
    <message>
        <source>The breakout rooms of {room} have not started yet</source>
        <translation>Die Breakout-Räume von {room} haben noch nicht begonnen</translation>
    </message>
    <message>
        <source>Cannot switch breakout rooms in {room}: only where participants choose their room (free choice)</source>
        <translation>In {room} kann der Breakout-Raum nicht gewechselt werden: Nur wo Teilnehmende ihren Raum selbst wählen (freie Wahl)</translation>
    </message>
    <message>
        <source>Cannot switch breakout rooms in {room}: they have not started</source>
        <translation>In {room} kann der Breakout-Raum nicht gewechselt werden: Sie haben nicht begonnen</translation>
    </message>
    <message>
        <source>Moderators do not switch breakout rooms: they are in every one</source>
        <translation>Moderatoren wechseln keine Breakout-Räume: Sie sind in jedem</translation>
    </message>
    <message>
        <source>Cannot switch: that is not a breakout room of {room}</source>
        <translation>Wechsel nicht möglich: Das ist kein Breakout-Raum von {room}</translation>
    </message>
    <message>
        <source>Cannot promote {target}: they are already a moderator of {room}, or are a group, which cannot be promoted</source>
        <translation>{target} kann nicht befördert werden: Die Person ist bereits Moderator von {room}, oder es ist eine Gruppe, die nicht befördert werden kann</translation>
    </message>
    <message>
        <source>Cannot promote {target} in {room}: only moderators can promote, and neither the owner&apos;s nor your own role can be changed</source>
        <translation>{target} kann in {room} nicht befördert werden: Nur Moderatoren können befördern, und weder die Rolle des Eigentümers noch Ihre eigene kann geändert werden</translation>
    </message>
    <message>
        <source>Cannot promote {target}: they are not a participant of {room}</source>
        <translation>{target} kann nicht befördert werden: Die Person nimmt nicht an {room} teil</translation>
    </message>
    <message>
        <source>Cannot demote {target}: they are not a moderator of {room}</source>
        <translation>{target} kann nicht zurückgestuft werden: Die Person ist kein Moderator von {room}</translation>
    </message>
    <message>
        <source>Cannot demote {target} in {room}: only moderators can demote, and neither the owner nor you yourself can be demoted</source>
        <translation>{target} kann in {room} nicht zurückgestuft werden: Nur Moderatoren können zurückstufen, und weder der Eigentümer noch Sie selbst können zurückgestuft werden</translation>
    </message>
    <message>
        <source>Cannot demote {target}: they are not a participant of {room}</source>
        <translation>{target} kann nicht zurückgestuft werden: Die Person nimmt nicht an {room} teil</translation>
    </message>
    <message>
        <source>Cannot remove {target}: they are the last moderator of {room}; promote someone else first</source>
        <translation>{target} kann nicht entfernt werden: Die Person ist der letzte Moderator von {room}; befördern Sie zuerst jemand anderen</translation>
    </message>
    <message>
        <source>Cannot remove {target}: nobody can be removed from a one-to-one conversation</source>
        <translation>{target} kann nicht entfernt werden: Aus einer Einzelunterhaltung kann niemand entfernt werden</translation>
    </message>
    <message>
        <source>Cannot remove {target} from {room}: only moderators can remove people, and the owner cannot be removed</source>
        <translation>{target} kann nicht aus {room} entfernt werden: Nur Moderatoren können Personen entfernen, und der Eigentümer kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot remove {target}: they are no longer in {room}</source>
        <translation>{target} kann nicht entfernt werden: Die Person ist nicht mehr in {room}</translation>
    </message>
    <message>
        <source>Cannot leave {room}: you are its last moderator; promote someone else first</source>
        <translation>{room} kann nicht verlassen werden: Sie sind der letzte Moderator; befördern Sie zuerst jemand anderen</translation>
    </message>
    <message>
        <source>Cannot add {target} to {room}: no such user, group or address</source>
        <translation>{target} kann nicht zu {room} hinzugefügt werden: Benutzer, Gruppe oder Adresse gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot add {target}: the server does not know that kind of participant</source>
        <translation>{target} kann nicht hinzugefügt werden: Der Server kennt diese Art von Teilnehmenden nicht</translation>
    </message>
    <message>
        <source>Cannot add {target}: people cannot be added to a one-to-one conversation or a note to self</source>
        <translation>{target} kann nicht hinzugefügt werden: Zu einer Einzelunterhaltung oder einer Notiz an mich können keine Personen hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot add {target} to {room}: they are banned from it</source>
        <translation>{target} kann nicht zu {room} hinzugefügt werden: Die Person ist dort gesperrt</translation>
    </message>
    <message>
        <source>Cannot add {target}: phone numbers need SIP dial-out, which is not configured on this server</source>
        <translation>{target} kann nicht hinzugefügt werden: Telefonnummern brauchen die SIP-Anwahl, die auf diesem Server nicht eingerichtet ist</translation>
    </message>
    <message>
        <source>Cannot add {target} to {room}: only moderators can add people</source>
        <translation>{target} kann nicht zu {room} hinzugefügt werden: Nur Moderatoren können Personen hinzufügen</translation>
    </message>
    <message>
        <source>Cannot create the conversation: invalid conversation type</source>
        <translation>Die Unterhaltung kann nicht erstellt werden: ungültiger Unterhaltungstyp</translation>
    </message>
    <message>
        <source>Cannot create the conversation: the name is empty or too long</source>
        <translation>Die Unterhaltung kann nicht erstellt werden: Der Name ist leer oder zu lang</translation>
    </message>
    <message>
        <source>Cannot create the conversation: {target} does not exist</source>
        <translation>Die Unterhaltung kann nicht erstellt werden: {target} gibt es nicht</translation>
    </message>
    <message>
        <source>You are not allowed to create conversations on this server</source>
        <translation>Sie dürfen auf diesem Server keine Unterhaltungen erstellen</translation>
    </message>
    <message>
        <source>Cannot rename {room}: the name must have 1 to 255 characters</source>
        <translation>{room} kann nicht umbenannt werden: Der Name muss 1 bis 255 Zeichen haben</translation>
    </message>
    <message>
        <source>Cannot rename {room}: one-to-one conversations cannot be renamed</source>
        <translation>{room} kann nicht umbenannt werden: Einzelunterhaltungen können nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot rename {room}: event conversations take their name from the calendar</source>
        <translation>{room} kann nicht umbenannt werden: Veranstaltungs-Unterhaltungen übernehmen ihren Namen aus dem Kalender</translation>
    </message>
    <message>
        <source>Cannot change the description of {room}: it is too long</source>
        <translation>Die Beschreibung von {room} kann nicht geändert werden: Sie ist zu lang</translation>
    </message>
    <message>
        <source>Cannot delete {room}: one-to-one conversations cannot be deleted; leave them instead</source>
        <translation>{room} kann nicht gelöscht werden: Einzelunterhaltungen können nicht gelöscht werden; verlassen Sie sie stattdessen</translation>
    </message>
    <message>
        <source>Cannot allow guests in {room}: only group conversations can be opened to guests</source>
        <translation>In {room} können keine Gäste zugelassen werden: Nur Gruppenunterhaltungen können für Gäste geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot change guest access of a breakout room</source>
        <translation>Der Gastzugang eines Breakout-Raums kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot disallow guests in {room}: it does not allow guests</source>
        <translation>Gäste können in {room} nicht ausgeschlossen werden: Sie lässt keine Gäste zu</translation>
    </message>
    <message>
        <source>Cannot change read-only for {room}: only group and public conversations can be read-only</source>
        <translation>„Nur lesen“ kann für {room} nicht geändert werden: Nur Gruppen- und öffentliche Unterhaltungen können auf „Nur lesen“ stehen</translation>
    </message>
    <message>
        <source>Cannot change read-only for {room}: invalid state</source>
        <translation>„Nur lesen“ kann für {room} nicht geändert werden: ungültiger Zustand</translation>
    </message>
    <message>
        <source>Cannot set a password on {room}: only conversations that allow guests can have one; allow guests first</source>
        <translation>Für {room} kann kein Passwort festgelegt werden: Nur Unterhaltungen, die Gäste zulassen, können eines haben; lassen Sie zuerst Gäste zu</translation>
    </message>
    <message>
        <source>Breakout rooms cannot have a password</source>
        <translation>Breakout-Räume können kein Passwort haben</translation>
    </message>
    <message>
        <source>Cannot change the lobby of {room}: only group and public conversations have a lobby</source>
        <translation>Die Lobby von {room} kann nicht geändert werden: Nur Gruppen- und öffentliche Unterhaltungen haben eine Lobby</translation>
    </message>
    <message>
        <source>Cannot change the lobby of {room}: invalid state or opening time</source>
        <translation>Die Lobby von {room} kann nicht geändert werden: ungültiger Zustand oder ungültige Öffnungszeit</translation>
    </message>
    <message>
        <source>Breakout rooms have no lobby of their own</source>
        <translation>Breakout-Räume haben keine eigene Lobby</translation>
    </message>
    <message>
        <source>Cannot change SIP dial-in for {room}: it is already in that state, or the conversation does not support it</source>
        <translation>Die SIP-Einwahl für {room} kann nicht geändert werden: Sie ist bereits in diesem Zustand, oder die Unterhaltung unterstützt sie nicht</translation>
    </message>
    <message>
        <source>You are not allowed to enable SIP dial-in on this server</source>
        <translation>Sie dürfen auf diesem Server die SIP-Einwahl nicht einschalten</translation>
    </message>
    <message>
        <source>SIP dial-in is not configured on this server</source>
        <translation>Die SIP-Einwahl ist auf diesem Server nicht eingerichtet</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server does not know that notification level</source>
        <translation>Nicht möglich ({verb}): Der Server kennt diese Benachrichtigungsstufe nicht</translation>
    </message>
    <message>
        <source>Cannot change the permissions of {target}: the server does not know that kind of change</source>
        <translation>Die Berechtigungen von {target} können nicht geändert werden: Der Server kennt diese Art von Änderung nicht</translation>
    </message>
    <message>
        <source>Cannot change the permissions of {target}: moderators always have every permission</source>
        <translation>Die Berechtigungen von {target} können nicht geändert werden: Moderatoren haben immer alle Berechtigungen</translation>
    </message>
    <message>
        <source>Groups and teams have no permissions of their own</source>
        <translation>Gruppen und Teams haben keine eigenen Berechtigungen</translation>
    </message>
    <message>
        <source>Cannot change the permissions of {target}: they are not a participant of {room}</source>
        <translation>Die Berechtigungen von {target} können nicht geändert werden: Die Person nimmt nicht an {room} teil</translation>
    </message>
    <message>
        <source>Nobody has permissions of their own in a one-to-one conversation</source>
        <translation>In einer Einzelunterhaltung hat niemand eigene Berechtigungen</translation>
    </message>
    <message>
        <source>Cannot {verb}: not a permission value (0 to 255)</source>
        <translation>Nicht möglich ({verb}): kein Berechtigungswert (0 bis 255)</translation>
    </message>
    <message>
        <source>This server has no call permissions any more (Talk 20 removed them): change the conversation&apos;s default permissions instead</source>
        <translation>Dieser Server hat keine Anrufberechtigungen mehr (Talk 20 hat sie entfernt): Ändern Sie stattdessen die Standardberechtigungen der Unterhaltung</translation>
    </message>
    <message>
        <source>One-to-one conversations and notes to self have no permissions to change</source>
        <translation>Einzelunterhaltungen und Notizen an mich haben keine Berechtigungen, die man ändern könnte</translation>
    </message>
    <message>
        <source>Breakout rooms take their permissions from their parent conversation</source>
        <translation>Breakout-Räume übernehmen ihre Berechtigungen von ihrer übergeordneten Unterhaltung</translation>
    </message>
    <message>
        <source>Cannot change the permissions of {room}: only moderators can</source>
        <translation>Die Berechtigungen von {room} können nicht geändert werden: Das können nur Moderatoren</translation>
    </message>
    <message>
        <source>Cannot {verb}: this server no longer changes everyone&apos;s permissions at once (Talk 20 removed it); change them person by person</source>
        <translation>Nicht möglich ({verb}): Dieser Server ändert die Berechtigungen aller nicht mehr auf einmal (Talk 20 hat das entfernt); ändern Sie sie Person für Person</translation>
    </message>
    <message>
        <source>Cannot ban {target}: the note is too long (at most 4,000 bytes; accented letters take two, emoji four)</source>
        <translation>{target} kann nicht gesperrt werden: Die Notiz ist zu lang (höchstens 4.000 Byte; Umlaute und Akzente zählen zwei, Emoji vier)</translation>
    </message>
    <message>
        <source>Cannot ban {target}: moderators cannot be banned; demote them first</source>
        <translation>{target} kann nicht gesperrt werden: Moderatoren können nicht gesperrt werden; stufen Sie die Person zuerst zurück</translation>
    </message>
    <message>
        <source>You cannot ban yourself</source>
        <translation>Sie können sich nicht selbst sperren</translation>
    </message>
    <message>
        <source>Cannot ban {target}: only users, guests, e-mail guests and IP addresses can be banned</source>
        <translation>{target} kann nicht gesperrt werden: Nur Benutzer, Gäste, E-Mail-Gäste und IP-Adressen können gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot ban {target}: bans exist only in group and public conversations</source>
        <translation>{target} kann nicht gesperrt werden: Sperren gibt es nur in Gruppen- und öffentlichen Unterhaltungen</translation>
    </message>
    <message>
        <source>Cannot ban {target} from {room}: only moderators can ban</source>
        <translation>{target} kann nicht aus {room} gesperrt werden: Nur Moderatoren können sperren</translation>
    </message>
    <message>
        <source>Cannot ban {target} from {room}: they are banned already (or the server failed)</source>
        <translation>{target} kann nicht aus {room} gesperrt werden: Die Person ist bereits gesperrt (oder der Server hatte einen Fehler)</translation>
    </message>
    <message>
        <source>Cannot lift bans in {room}: only moderators can</source>
        <translation>Sperren in {room} können nicht aufgehoben werden: Das können nur Moderatoren</translation>
    </message>
    <message>
        <source>Only moderators can see the bans of {room}</source>
        <translation>Nur Moderatoren können die Sperren von {room} sehen</translation>
    </message>
    <message>
        <source>Cannot change the description of {room}: one-to-one conversations have none</source>
        <translation>Die Beschreibung von {room} kann nicht geändert werden: Einzelunterhaltungen haben keine</translation>
    </message>
    <message>
        <source>Cannot change who can find {room}: only group and public conversations can be listed</source>
        <translation>Es kann nicht geändert werden, wer {room} finden kann: Nur Gruppen- und öffentliche Unterhaltungen können gelistet werden</translation>
    </message>
    <message>
        <source>Breakout rooms cannot be listed</source>
        <translation>Breakout-Räume können nicht gelistet werden</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server knows no such scope</source>
        <translation>Nicht möglich ({verb}): Der Server kennt diesen Bereich nicht</translation>
    </message>
    <message>
        <source>Cannot change who may mention everyone in {room}: only group and public conversations have that setting</source>
        <translation>Es kann nicht geändert werden, wer in {room} alle erwähnen darf: Nur Gruppen- und öffentliche Unterhaltungen haben diese Einstellung</translation>
    </message>
    <message>
        <source>Breakout rooms take the @all mention rule from their parent conversation</source>
        <translation>Breakout-Räume übernehmen die @all-Regel von ihrer übergeordneten Unterhaltung</translation>
    </message>
    <message>
        <source>Cannot {verb}: not possible in this kind of conversation</source>
        <translation>Nicht möglich ({verb}): in dieser Art von Unterhaltung nicht möglich</translation>
    </message>
    <message>
        <source>Breakout rooms take message expiration from their parent conversation</source>
        <translation>Breakout-Räume übernehmen den Ablauf von Nachrichten von ihrer übergeordneten Unterhaltung</translation>
    </message>
    <message>
        <source>Cannot {verb}: the time must be zero (off) or a number of seconds</source>
        <translation>Nicht möglich ({verb}): Die Zeit muss null (aus) oder eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>Cannot change recording consent for {room}: the server has no recording server, so no call asks for consent</source>
        <translation>Die Einwilligung zur Aufzeichnung kann für {room} nicht geändert werden: Der Server hat keinen Aufzeichnungsserver, daher fragt kein Anruf nach einer Einwilligung</translation>
    </message>
    <message>
        <source>Cannot require recording consent in {room} while a call is running: it applies from the next call on, so end this one first</source>
        <translation>In {room} kann keine Einwilligung zur Aufzeichnung verlangt werden, solange ein Anruf läuft: Sie gilt ab dem nächsten Anruf; beenden Sie diesen also zuerst</translation>
    </message>
    <message>
        <source>Cannot {verb}: a conversation either requires recording consent or does not</source>
        <translation>Nicht möglich ({verb}): Eine Unterhaltung verlangt entweder eine Einwilligung zur Aufzeichnung oder nicht</translation>
    </message>
    <message>
        <source>Breakout rooms take recording consent from their parent conversation</source>
        <translation>Breakout-Räume übernehmen die Einwilligung zur Aufzeichnung von ihrer übergeordneten Unterhaltung</translation>
    </message>
    <message>
        <source>Guests have no notification settings</source>
        <translation>Gäste haben keine Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>Cannot import e-mail guests into {room}: only group and public conversations can have guests</source>
        <translation>In {room} können keine E-Mail-Gäste importiert werden: Nur Gruppen- und öffentliche Unterhaltungen können Gäste haben</translation>
    </message>
    <message>
        <source>Only signed-in moderators can import e-mail guests</source>
        <translation>Nur angemeldete Moderatoren können E-Mail-Gäste importieren</translation>
    </message>
    <message>
        <source>The server failed part way through importing into {room} (HTTP 500), often because an address is invited already in other letter case; some guests may have been added: look at the participants before trying again</source>
        <translation>Der Server ist beim Import in {room} mittendrin gescheitert (HTTP 500), oft weil eine Adresse bereits in anderer Groß-/Kleinschreibung eingeladen ist; einige Gäste wurden womöglich hinzugefügt: Sehen Sie sich die Teilnehmenden an, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>Only signed-in moderators can resend invitations</source>
        <translation>Nur angemeldete Moderatoren können Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Wrong password for {room}</source>
        <translation>Falsches Passwort für {room}</translation>
    </message>
    <message>
        <source>You are banned from {room}</source>
        <translation>Sie sind aus {room} gesperrt</translation>
    </message>
    <message>
        <source>You are already in the call in {room} from this session</source>
        <translation>Sie sind in dieser Sitzung bereits im Anruf in {room}</translation>
    </message>
    <message>
        <source>This call is recorded: give recording consent to join it</source>
        <translation>Dieser Anruf wird aufgezeichnet: Willigen Sie in die Aufzeichnung ein, um beizutreten</translation>
    </message>
    <message>
        <source>Cannot join the call: {room} is read-only</source>
        <translation>Dem Anruf kann nicht beigetreten werden: {room} steht auf „Nur lesen“</translation>
    </message>
    <message>
        <source>Cannot join the call in {room}: you have no session there (the conversation is gone, or the session expired)</source>
        <translation>Dem Anruf in {room} kann nicht beigetreten werden: Sie haben dort keine Sitzung (die Unterhaltung ist weg, oder die Sitzung ist abgelaufen)</translation>
    </message>
    <message>
        <source>Cannot change your media: you are not in the call</source>
        <translation>Ihre Medien können nicht geändert werden: Sie sind nicht im Anruf</translation>
    </message>
    <message>
        <source>Cannot change your media in {room}: you have no session there (join the conversation and the call first)</source>
        <translation>Ihre Medien in {room} können nicht geändert werden: Sie haben dort keine Sitzung (treten Sie zuerst der Unterhaltung und dem Anruf bei)</translation>
    </message>
    <message>
        <source>Cannot {verb}: you have no session in {room}</source>
        <translation>Nicht möglich ({verb}): Sie haben keine Sitzung in {room}</translation>
    </message>
    <message>
        <source>Cannot end the call in {room}: you have no session there</source>
        <translation>Der Anruf in {room} kann nicht beendet werden: Sie haben dort keine Sitzung</translation>
    </message>
    <message>
        <source>Cannot ring {target}: a call must be running and you must be in it, and {target} must be a user who is not already in the call</source>
        <translation>{target} kann nicht angeklingelt werden: Ein Anruf muss laufen und Sie müssen dabei sein, und {target} muss ein Benutzer sein, der noch nicht im Anruf ist</translation>
    </message>
    <message>
        <source>Cannot ring {target}: you may not start calls in {room}</source>
        <translation>{target} kann nicht angeklingelt werden: Sie dürfen in {room} keine Anrufe starten</translation>
    </message>
    <message>
        <source>Cannot ring {target}: they are not a participant of {room}</source>
        <translation>{target} kann nicht angeklingelt werden: Die Person nimmt nicht an {room} teil</translation>
    </message>
    <message>
        <source>Cannot dial out to {target}: a call must be running and you must be in it</source>
        <translation>{target} kann nicht angewählt werden: Ein Anruf muss laufen und Sie müssen dabei sein</translation>
    </message>
    <message>
        <source>Cannot dial out to {target}: you may not start calls in {room}</source>
        <translation>{target} kann nicht angewählt werden: Sie dürfen in {room} keine Anrufe starten</translation>
    </message>
    <message>
        <source>Cannot dial out to {target}: they are not a phone participant of {room}</source>
        <translation>{target} kann nicht angewählt werden: Die Nummer nimmt nicht per Telefon an {room} teil</translation>
    </message>
    <message>
        <source>SIP dial-out is not configured on this server</source>
        <translation>Die SIP-Anwahl ist auf diesem Server nicht eingerichtet</translation>
    </message>
    <message>
        <source>Cannot resend the invitation to {target}: they are not an invited participant of {room}</source>
        <translation>Die Einladung an {target} kann nicht erneut gesendet werden: Die Person ist nicht zu {room} eingeladen</translation>
    </message>
    <message>
        <source>Only guests can set a guest display name</source>
        <translation>Nur Gäste können einen Gast-Anzeigenamen festlegen</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server refused it</source>
        <translation>Nicht möglich ({verb}): Der Server hat es abgelehnt</translation>
    </message>
    <message>
        <source>The server did not accept the app password: sign in again</source>
        <translation>Der Server hat das App-Passwort nicht akzeptiert: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Cannot {verb}: you are not allowed to (moderator rights are needed for this in {room})</source>
        <translation>Nicht möglich ({verb}): Sie dürfen das nicht (dafür sind in {room} Moderatorrechte nötig)</translation>
    </message>
    <message>
        <source>Cannot {verb}: {room} no longer exists, or you are no longer in it</source>
        <translation>Nicht möglich ({verb}): {room} gibt es nicht mehr, oder Sie sind nicht mehr dabei</translation>
    </message>
    <message>
        <source>Cannot {verb}: not possible in a federated conversation</source>
        <translation>Nicht möglich ({verb}): in einer föderierten Unterhaltung nicht möglich</translation>
    </message>
    <message>
        <source>Cannot {verb}: conflict with another session</source>
        <translation>Nicht möglich ({verb}): Konflikt mit einer anderen Sitzung</translation>
    </message>
    <message>
        <source>Cannot {verb}: the lobby of {room} is on and you are not a moderator</source>
        <translation>Nicht möglich ({verb}): Die Lobby von {room} ist an und Sie sind kein Moderator</translation>
    </message>
    <message>
        <source>The server is rate-limiting this client: try again later</source>
        <translation>Der Server begrenzt die Anfragen dieses Programms: Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server does not support it</source>
        <translation>Nicht möglich ({verb}): Der Server unterstützt das nicht</translation>
    </message>
    <message>
        <source>The server is in maintenance mode: try again later</source>
        <translation>Der Server ist im Wartungsmodus: Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the conversation</source>
        <translation>die Unterhaltung</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>die teilnehmende Person</translation>
    </message>
    <message>
        <source>Cannot {verb}: {message}</source>
        <translation>Nicht möglich ({verb}): {message}</translation>
    </message>
    <message>
        <source>The server failed to {verb} (HTTP {status})</source>
        <translation>Der Server ist gescheitert ({verb}, HTTP {status})</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server answered HTTP {status}</source>
        <translation>Nicht möglich ({verb}): Der Server antwortete mit HTTP {status}</translation>
    </message>
    <message>
        <source>{sentence} (reason: {reason})</source>
        <translation>{sentence} (Grund: {reason})</translation>
    </message>
    <message>
        <source>Cannot {verb}: the server at {server} did not answer in time</source>
        <translation>Nicht möglich ({verb}): Der Server unter {server} hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Cannot {verb}: no connection to {server} ({error})</source>
        <translation>Nicht möglich ({verb}): keine Verbindung zu {server} ({error})</translation>
    </message>
    <message>
        <source>{server} does not look like a Nextcloud server (no valid status.php)</source>
        <translation>{server} sieht nicht wie ein Nextcloud-Server aus (keine gültige status.php)</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s capabilities: {error}</source>
        <translation>Die Fähigkeiten des Servers können nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The server accepted the message for {room} but did not return it</source>
        <translation>Der Server hat die Nachricht für {room} angenommen, aber nicht zurückgegeben</translation>
    </message>
    <message>
        <source>Cannot read the certificate of {host}:{port} ({error})</source>
        <translation>Das Zertifikat von {host}:{port} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{host}:{port} showed no certificate</source>
        <translation>{host}:{port} hat kein Zertifikat vorgezeigt</translation>
    </message>
    <message>
        <source>{server} did not answer in time ({what})</source>
        <translation>{server} hat nicht rechtzeitig geantwortet ({what})</translation>
    </message>
    <message>
        <source>Nothing answered at {server}: the connection was refused. Check the address</source>
        <translation>Unter {server} hat nichts geantwortet: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>The name {host} could not be found. Check the address</source>
        <translation>Der Name {host} wurde nicht gefunden. Prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>Cannot reach {server} ({error})</source>
        <translation>{server} ist nicht erreichbar ({error})</translation>
    </message>
    <message>
        <source>{product} {version} found, but Talk is not installed</source>
        <translation>{product} {version} gefunden, aber Talk ist nicht installiert</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>{product} {version} with Talk {talk} found, but this Talk is too old: Talk Moderator needs Talk 13 or newer (API v4)</source>
        <translation>{product} {version} mit Talk {talk} gefunden, aber dieses Talk ist zu alt: Talk Moderator braucht Talk 13 oder neuer (API v4)</translation>
    </message>
    <message>
        <source>That address answered, but it is not a Nextcloud server ({url})</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber es ist kein Nextcloud-Server ({url})</translation>
    </message>
    <message>
        <source>The {product} at {url} is not installed yet</source>
        <translation>{product} unter {url} ist noch nicht installiert</translation>
    </message>
    <message>
        <source>The {product} at {url} is in maintenance mode: try again later</source>
        <translation>{product} unter {url} ist im Wartungsmodus: Versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The {product} at {url} is waiting for an upgrade</source>
        <translation>{product} unter {url} wartet auf eine Aktualisierung</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>{product} {version} found at {url}, but it did not answer the capabilities request (HTTP {status})</source>
        <translation>{product} {version} unter {url} gefunden, aber die Abfrage der Fähigkeiten wurde nicht beantwortet (HTTP {status})</translation>
    </message>
    <message>
        <source>{product} {version} found at {url}, but its capabilities could not be read</source>
        <translation>{product} {version} unter {url} gefunden, aber die Fähigkeiten des Servers konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>start the sign-in</source>
        <translation>Anmeldung starten</translation>
    </message>
    <message>
        <source>{server} did not start a browser sign-in (HTTP {status}); sign in with an app password instead</source>
        <translation>{server} hat keine Anmeldung im Browser gestartet (HTTP {status}); melden Sie sich stattdessen mit einem App-Passwort an</translation>
    </message>
    <message>
        <source>{server} answered the sign-in request with something unexpected</source>
        <translation>{server} hat auf die Anmeldeanfrage etwas Unerwartetes geantwortet</translation>
    </message>
    <message>
        <source>{server} gave an unusable sign-in page address: {url}</source>
        <translation>{server} hat eine unbrauchbare Adresse für die Anmeldeseite genannt: {url}</translation>
    </message>
    <message>
        <source>{server} gave an unusable poll endpoint address: {url}</source>
        <translation>{server} hat eine unbrauchbare Adresse für die Abfrage der Anmeldung genannt: {url}</translation>
    </message>
    <message>
        <source>{server} asked to finish the sign-in at another server ({other}). Stopped: the sign-in token is only sent to the server you are signing in to. Ask its administrator to check the server&apos;s address settings (overwrite.cli.url, trusted_domains)</source>
        <translation>{server} wollte die Anmeldung auf einem anderen Server ({other}) abschließen. Abgebrochen: Das Anmelde-Token wird nur an den Server gesendet, bei dem Sie sich anmelden. Bitten Sie die Administration des Servers, seine Adresseinstellungen zu prüfen (overwrite.cli.url, trusted_domains)</translation>
    </message>
    <message>
        <source>the sign-in was not started</source>
        <translation>Die Anmeldung wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Nobody granted access in the browser in time; the sign-in expired. Start again</source>
        <translation>Im Browser wurde nicht rechtzeitig Zugriff gewährt; die Anmeldung ist abgelaufen. Beginnen Sie von vorn</translation>
    </message>
    <message>
        <source>wait for the browser</source>
        <translation>auf den Browser warten</translation>
    </message>
    <message>
        <source>{server} failed while waiting for the browser (HTTP {status})</source>
        <translation>{server} ist beim Warten auf den Browser gescheitert (HTTP {status})</translation>
    </message>
    <message>
        <source>{server} finished the sign-in with an unreadable answer</source>
        <translation>{server} hat die Anmeldung mit einer unlesbaren Antwort abgeschlossen</translation>
    </message>
    <message>
        <source>{server} finished the sign-in without credentials</source>
        <translation>{server} hat die Anmeldung ohne Zugangsdaten abgeschlossen</translation>
    </message>
    <message>
        <source>{server} did not accept the user name and app password. Create an app password under Settings &gt; Security in the web interface</source>
        <translation>{server} hat Benutzername und App-Passwort nicht akzeptiert. Erstellen Sie in der Weboberfläche unter Einstellungen &gt; Sicherheit ein App-Passwort</translation>
    </message>
    <message>
        <source>Talk is not available for {login} on {server}</source>
        <translation>Talk ist für {login} auf {server} nicht verfügbar</translation>
    </message>
    <message>
        <source>The server&apos;s answer to &apos;{verb}&apos; could not be read ({error})</source>
        <translation>Die Antwort des Servers ({verb}) konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Cannot {verb}: {server} answered like no Nextcloud (404 without Nextcloud&apos;s API). Check the server address: the Nextcloud&apos;s own address, without /index.php or a page&apos;s path</source>
        <translation>Nicht möglich ({verb}): {server} antwortete nicht wie eine Nextcloud (404 ohne die API von Nextcloud). Prüfen Sie die Serveradresse: die Adresse der Nextcloud selbst, ohne /index.php und ohne den Pfad einer Seite</translation>
    </message>
    <message>
        <source>The server refused the request as a possible CSRF attack (OCS-APIRequest header missing)</source>
        <translation>Der Server hat die Anfrage als möglichen CSRF-Angriff abgelehnt (der Header OCS-APIRequest fehlt)</translation>
    </message>
    <message>
        <source>{sentence} (the server asks to wait {seconds} s)</source>
        <translation>{sentence} (der Server bittet, {seconds} s zu warten)</translation>
    </message>
</context>
<context>
    <name>GuestsDialog</name>
    <message>
        <source>Guests: &apos;{title}&apos;</source>
        <translation>Gäste: „{title}“</translation>
    </message>
    <message>
        <source>Allow guests with the public link</source>
        <translation>Gäste mit dem öffentlichen Link zulassen</translation>
    </message>
    <message>
        <source>Guests join by link without an account. Turning this off removes the guests who are in the conversation.</source>
        <translation>Gäste treten über den Link ohne Konto bei. Wird dies ausgeschaltet, werden die Gäste entfernt, die in der Unterhaltung sind.</translation>
    </message>
</context>
<context>
    <name>ImportEmailsDialog</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>to invite</source>
        <translation>wird eingeladen</translation>
    </message>
    <message>
        <source>already invited</source>
        <translation>bereits eingeladen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Import e-mail guests into &apos;{title}&apos;</source>
        <translation>E-Mail-Gäste in „{title}“ importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file with an &apos;email&apos; column (and optionally &apos;name&apos;). The server checks it first and adds nobody; then you see who will be invited. Each guest gets an invitation e-mail, and the conversation becomes public.</source>
        <translation>Wählen Sie eine CSV-Datei mit einer Spalte „email“ (und optional „name“). Der Server prüft sie zuerst und fügt niemanden hinzu; dann sehen Sie, wer eingeladen wird. Jeder Gast erhält eine Einladungs-E-Mail, und die Unterhaltung wird öffentlich.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>CSV file of e-mail guests</source>
        <translation>CSV-Datei mit E-Mail-Gästen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the file with the server…</source>
        <translation>Die Datei wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The server&apos;s check: {summary}.</source>
        <translation>Prüfung durch den Server: {summary}.</translation>
    </message>
    <message>
        <source>Import invites the others and skips the invalid lines.</source>
        <translation>Der Import lädt die anderen ein und überspringt die ungültigen Zeilen.</translation>
    </message>
    <message>
        <source>Nobody to invite.</source>
        <translation>Niemand einzuladen.</translation>
    </message>
    <message>
        <source>{count} to invite</source>
        <translation>{count} einzuladen</translation>
    </message>
    <message>
        <source>{count} already invited</source>
        <translation>{count} bereits eingeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid line(s) ({lines})</source>
        <translation>
            <numerusform>%n ungültige Zeile ({lines})</numerusform>
            <numerusform>%n ungültige Zeilen ({lines})</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is still checking the file</source>
        <translation>Der Server prüft die Datei noch</translation>
    </message>
    <message>
        <source>Choose a CSV file first</source>
        <translation>Wählen Sie zuerst eine CSV-Datei</translation>
    </message>
    <message>
        <source>Nobody in the file to invite</source>
        <translation>In der Datei ist niemand einzuladen</translation>
    </message>
    <message>
        <source>the file has {size} MB, more than any guest list (at most {limit} MB)</source>
        <translation>die Datei hat {size} MB, mehr als jede Gästeliste (höchstens {limit} MB)</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Send the invitation to &apos;{title}&apos; to {name} again?</source>
        <translation>Die Einladung zu „{title}“ erneut an {name} senden?</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Resend all invitations</source>
        <translation>Alle Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Send the invitation e-mail again to every e-mail guest of &apos;{title}&apos;?</source>
        <translation>Die Einladungs-E-Mail erneut an alle E-Mail-Gäste von „{title}“ senden?</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>Alle erneut senden</translation>
    </message>
</context>
<context>
    <name>JoinCallDialog</name>
    <message>
        <source>Give consent to the recording to join this call</source>
        <translation>Willigen Sie in die Aufzeichnung ein, um diesem Anruf beizutreten</translation>
    </message>
    <message>
        <source>Join the call in &apos;{title}&apos; as {login}?</source>
        <translation>Dem Anruf in „{title}“ als {login} beitreten?</translation>
    </message>
    <message>
        <source>No call is running in &apos;{title}&apos;. Start one and join it?</source>
        <translation>In „{title}“ läuft kein Anruf. Einen starten und beitreten?</translation>
    </message>
    <message>
        <source>Join call</source>
        <translation>Anruf beitreten</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Something went wrong, but the kiosk keeps running. Details are in the log.</source>
        <translation>Etwas ist schiefgegangen, aber der Kiosk läuft weiter. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The server refused the app password — ask for help</source>
        <translation>Der Server hat das App-Passwort abgelehnt – bitte holen Sie Hilfe</translation>
    </message>
    <message>
        <source>No connection to the server — retrying</source>
        <translation>Keine Verbindung zum Server – neuer Versuch</translation>
    </message>
    <message>
        <source>Last update {age} ago — reconnecting</source>
        <translation>Letzte Aktualisierung vor {age} – Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Last update {age} ago — waiting for the server</source>
        <translation>Letzte Aktualisierung vor {age} – warte auf den Server</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>End the call in {title}?</source>
        <translation>Den Anruf in {title} beenden?</translation>
    </message>
    <message>
        <source>Everyone in the call ({count}) will be disconnected.</source>
        <translation>Alle im Anruf ({count}) werden getrennt.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Make {title} read-only?</source>
        <translation>{title} auf „Nur lesen“ setzen?</translation>
    </message>
    <message>
        <source>This also ends the running call for everyone.</source>
        <translation>Das beendet auch den laufenden Anruf für alle.</translation>
    </message>
    <message>
        <source>Make read-only</source>
        <translation>Auf „Nur lesen“ setzen</translation>
    </message>
    <message>
        <source>Mute everyone in the call in {title}?</source>
        <translation>Alle im Anruf in {title} stummschalten?</translation>
    </message>
    <message>
        <source>Each of them can turn the microphone on again.</source>
        <translation>Alle können ihr Mikrofon wieder einschalten.</translation>
    </message>
    <message>
        <source>Mute everyone</source>
        <translation>Alle stummschalten</translation>
    </message>
    <message>
        <source>That person is no longer in the conversation</source>
        <translation>Diese Person ist nicht mehr in der Unterhaltung</translation>
    </message>
    <message>
        <source>{name} is not a guest</source>
        <translation>{name} ist kein Gast</translation>
    </message>
    <message>
        <source>Remove {name} from {title}?</source>
        <translation>{name} aus {title} entfernen?</translation>
    </message>
    <message>
        <source>They leave the conversation and its call at once.</source>
        <translation>Die Person verlässt die Unterhaltung und ihren Anruf sofort.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attendees of {title} listen only?</source>
        <translation>Teilnehmende von {title} nur zuhören lassen?</translation>
    </message>
    <message>
        <source>Everyone who is not a moderator can still watch and chat, but not speak, show video or share the screen. Permissions given to single people (a speaker&apos;s audio) are reset; whoever was let in past the lobby stays let in.</source>
        <translation>Alle, die nicht Moderator sind, können weiter zusehen und chatten, aber nicht sprechen, kein Video zeigen und den Bildschirm nicht teilen. Einzelnen Personen gegebene Berechtigungen (das Audio einer Rednerin oder eines Redners) werden zurückgesetzt; wer an der Lobby vorbei eingelassen wurde, bleibt eingelassen.</translation>
    </message>
    <message>
        <source>Listen only</source>
        <translation>Nur zuhören</translation>
    </message>
    <message>
        <source>Ban {name} from {title}?</source>
        <translation>{name} aus {title} sperren?</translation>
    </message>
    <message>
        <source>lobby off</source>
        <translation>Lobby aus</translation>
    </message>
    <message>
        <source>lobby on, opens {time}</source>
        <translation>Lobby an, öffnet um {time}</translation>
    </message>
    <message>
        <source>lobby on</source>
        <translation>Lobby an</translation>
    </message>
    <message>
        <source>read-only on</source>
        <translation>„Nur lesen“ an</translation>
    </message>
    <message>
        <source>read-only off</source>
        <translation>„Nur lesen“ aus</translation>
    </message>
    <message>
        <source>{name} let in past the lobby</source>
        <translation>{name} an der Lobby vorbei eingelassen</translation>
    </message>
    <message>
        <source>{name} sent back to the lobby</source>
        <translation>{name} in die Lobby zurückgeschickt</translation>
    </message>
    <message>
        <source>end the call for everyone</source>
        <translation>Anruf für alle beendet</translation>
    </message>
    <message>
        <source>promote {name} to moderator</source>
        <translation>{name} zum Moderator befördert</translation>
    </message>
    <message>
        <source>remove guest {name}</source>
        <translation>Gast {name} entfernt</translation>
    </message>
    <message>
        <source>ban guest {name}</source>
        <translation>Gast {name} gesperrt</translation>
    </message>
    <message>
        <source>attendees listen only (no audio, video or screen)</source>
        <translation>Teilnehmende hören nur zu (kein Audio, Video oder Bildschirm)</translation>
    </message>
    <message>
        <source>attendees may speak, show video and share again</source>
        <translation>Teilnehmende dürfen wieder sprechen, Video zeigen und teilen</translation>
    </message>
    <message>
        <source>mute everyone in the call</source>
        <translation>Alle im Anruf stummgeschaltet</translation>
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
    <name>ListenOnlyDialog</name>
    <message>
        <source>On Talk 20 and newer, permissions people were given of their own (a speaker&apos;s audio) are reset; whoever you let in past the lobby stays let in.</source>
        <translation>Ab Talk 20 werden eigene Berechtigungen einzelner Personen (etwa das Audio einer sprechenden Person) zurückgesetzt; wen Sie an der Lobby vorbei eingelassen haben, bleibt eingelassen.</translation>
    </message>
    <message>
        <source>Make the attendees of &apos;{title}&apos; listen only? Everyone who is not a moderator can still join, watch and chat, but not speak, show video or share the screen. Give a speaker audio afterwards with Participant &gt; Permissions.</source>
        <translation>Die Teilnehmenden von „{title}“ nur zuhören lassen? Alle, die nicht Moderator sind, können weiterhin beitreten, zusehen und chatten, aber nicht sprechen, kein Video zeigen und den Bildschirm nicht teilen. Geben Sie einer sprechenden Person danach Audio über Teilnehmende &gt; Berechtigungen.</translation>
    </message>
    <message>
        <source>Attendees listen only</source>
        <translation>Teilnehmende hören nur zu</translation>
    </message>
    <message>
        <source>Listen Only</source>
        <translation>Nur zuhören</translation>
    </message>
    <message>
        <source>Let the attendees of &apos;{title}&apos; speak, show video and share the screen again?</source>
        <translation>Die Teilnehmenden von „{title}“ wieder sprechen, Video zeigen und den Bildschirm teilen lassen?</translation>
    </message>
    <message>
        <source>Attendees may speak</source>
        <translation>Teilnehmende dürfen sprechen</translation>
    </message>
    <message>
        <source>Let Them Speak</source>
        <translation>Sprechen lassen</translation>
    </message>
</context>
<context>
    <name>LiveModeLabel</name>
    <message>
        <source>Live: signaling server</source>
        <translation>Live: Signaling-Server</translation>
    </message>
    <message>
        <source>Joins, leaves, calls, permissions and raised hands arrive within a fraction of a second over the signaling server ({reason}); the lists are polled only every {live:.0f} s as a safety net.</source>
        <translation>Beitritte, Austritte, Anrufe, Berechtigungen und gehobene Hände kommen in Sekundenbruchteilen über den Signaling-Server an ({reason}); die Listen werden nur alle {live:.0f} s zur Sicherheit abgefragt.</translation>
    </message>
    <message>
        <source>Polling: signaling server unreachable</source>
        <translation>Abfrage: Signaling-Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The signaling server cannot be reached for some watched conversations ({reason}); those are polled every {poll:.0f} s until it is back. Raised hands are shown only where it is connected.</source>
        <translation>Der Signaling-Server ist für einige beobachtete Unterhaltungen nicht erreichbar ({reason}); diese werden alle {poll:.0f} s abgefragt, bis er wieder da ist. Gehobene Hände werden nur angezeigt, wo er verbunden ist.</translation>
    </message>
    <message>
        <source>Live: Talk&apos;s internal signaling</source>
        <translation>Live: Talks internes Signaling</translation>
    </message>
    <message>
        <source>This server has no signaling server: lobbies are watched by Talk&apos;s internal signaling, the selected conversation is polled every {poll:.0f} s. Raised hands are not visible without a signaling server.</source>
        <translation>Dieser Server hat keinen Signaling-Server: Lobbys werden über Talks internes Signaling beobachtet, die ausgewählte Unterhaltung wird alle {poll:.0f} s abgefragt. Gehobene Hände sind ohne Signaling-Server nicht sichtbar.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>This server has no signaling server: the lists are polled every {poll:.0f} s. Raised hands are not visible without a signaling server.</source>
        <translation>Dieser Server hat keinen Signaling-Server: Die Listen werden alle {poll:.0f} s abgefragt. Gehobene Hände sind ohne Signaling-Server nicht sichtbar.</translation>
    </message>
    <message>
        <source>Asking the server whether it has a signaling server…</source>
        <translation>Der Server wird gefragt, ob er einen Signaling-Server hat…</translation>
    </message>
</context>
<context>
    <name>LobbyBypassDialog</name>
    <message>
        <source>Let {name} into &apos;{title}&apos; now, past the lobby?</source>
        <translation>{name} jetzt an der Lobby vorbei in „{title}“ einlassen?</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Send {name} back to the lobby of &apos;{title}&apos;?</source>
        <translation>{name} in die Lobby von „{title}“ zurückschicken?</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
</context>
<context>
    <name>LobbyDialog</name>
    <message>
        <source>Lobby of &apos;{title}&apos;</source>
        <translation>Lobby von „{title}“</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>While the lobby is on, only moderators can enter the conversation; everyone else waits until it opens.</source>
        <translation>Solange die Lobby eingeschaltet ist, können nur Moderatoren die Unterhaltung betreten; alle anderen warten, bis sie sich öffnet.</translation>
    </message>
    <message>
        <source>Lobby on (only moderators can enter)</source>
        <translation>Lobby ein (nur Moderatoren können eintreten)</translation>
    </message>
    <message>
        <source>Open automatically at</source>
        <translation>Automatisch öffnen um</translation>
    </message>
    <message>
        <source>Now: the lobby is off.</source>
        <translation>Jetzt: Die Lobby ist aus.</translation>
    </message>
    <message>
        <source>Now: the lobby is on; it {opens} (at {when}).</source>
        <translation>Jetzt: Die Lobby ist ein; sie {opens} (um {when}).</translation>
    </message>
    <message>
        <source>Now: the lobby is on until a moderator opens it.</source>
        <translation>Jetzt: Die Lobby ist ein, bis ein Moderator sie öffnet.</translation>
    </message>
    <message>
        <source>opening now</source>
        <translation>öffnet jetzt</translation>
    </message>
    <message>
        <source>opens in {duration}</source>
        <translation>öffnet in {duration}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone can enter</source>
        <translation>Alle können eintreten</translation>
    </message>
    <message>
        <source>Stays closed until a moderator opens it</source>
        <translation>Bleibt geschlossen, bis ein Moderator sie öffnet</translation>
    </message>
    <message>
        <source>The opening time is in the past: pick a later time or no timer</source>
        <translation>Die Öffnungszeit liegt in der Vergangenheit: Wählen Sie eine spätere Zeit oder keinen Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>LobbyTimerDialog</name>
    <message>
        <source>Lobby on in {title} until…</source>
        <translation>Lobby in {title} an bis…</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>or at</source>
        <translation>oder um</translation>
    </message>
    <message>
        <source>− {minutes} min</source>
        <translation>− {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} minutes earlier</source>
        <translation>{minutes} Minuten früher</translation>
    </message>
    <message>
        <source>+ {minutes} min</source>
        <translation>+ {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} minutes later</source>
        <translation>{minutes} Minuten später</translation>
    </message>
    <message>
        <source>Lobby on until then</source>
        <translation>Lobby bis dahin an</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Search conversations and participants (Ctrl+F)</source>
        <translation>Unterhaltungen und Teilnehmende durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Select a conversation to see its participants</source>
        <translation>Wählen Sie eine Unterhaltung aus, um ihre Teilnehmenden zu sehen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Breakout Rooms</source>
        <translation>&amp;Breakout-Räume</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>An&amp;ruf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Loading participants of {title}…</source>
        <translation>Teilnehmende von {title} werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Conversations {names} and %n more are no longer available (deleted, or you were removed)</source>
        <translation>
            <numerusform>Die Unterhaltungen {names} und %n weitere sind nicht mehr verfügbar (gelöscht, oder Sie wurden entfernt)</numerusform>
            <numerusform>Die Unterhaltungen {names} und %n weitere sind nicht mehr verfügbar (gelöscht, oder Sie wurden entfernt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations {names} are no longer available (deleted, or you were removed)</source>
        <translation>Die Unterhaltungen {names} sind nicht mehr verfügbar (gelöscht, oder Sie wurden entfernt)</translation>
    </message>
    <message>
        <source>Conversation {names} is no longer available (deleted, or you were removed)</source>
        <translation>Die Unterhaltung {names} ist nicht mehr verfügbar (gelöscht, oder Sie wurden entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n participant(s)</source>
        <translation>
            <numerusform>{title}: %n Teilnehmende</numerusform>
            <numerusform>{title}: %n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in call</source>
        <translation>
            <numerusform>%n im Anruf</numerusform>
            <numerusform>%n im Anruf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in the lobby</source>
        <translation>
            <numerusform>%n wartet in der Lobby</numerusform>
            <numerusform>%n warten in der Lobby</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) connected to the call</source>
        <translation>
            <numerusform>%n Sitzung mit dem Anruf verbunden</numerusform>
            <numerusform>%n Sitzungen mit dem Anruf verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(retry in {seconds} s)</source>
        <translation>(neuer Versuch in {seconds} s)</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
</context>
<context>
    <name>ModerationController</name>
    <message>
        <source>Demote</source>
        <translation>Zurückstufen</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Anklingeln</translation>
    </message>
    <message>
        <source>Dial out</source>
        <translation>Anwählen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Turn on the lobby</source>
        <translation>Lobby einschalten</translation>
    </message>
    <message>
        <source>Open the lobby</source>
        <translation>Lobby öffnen</translation>
    </message>
    <message>
        <source>Make read-only</source>
        <translation>Auf „Nur lesen“ setzen</translation>
    </message>
    <message>
        <source>Make writable</source>
        <translation>Beschreibbar machen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>already a moderator</source>
        <translation>bereits Moderator</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Permissions: {changed} of %n participant(s)</source>
        <translation>
            <numerusform>Berechtigungen: {changed} von %n Teilnehmenden</numerusform>
            <numerusform>Berechtigungen: {changed} von %n Teilnehmenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Change the permissions of %n participant(s) of &apos;{title}&apos;?</source>
        <translation>
            <numerusform>Die Berechtigungen von %n Teilnehmenden von „{title}“ ändern?</numerusform>
            <numerusform>Die Berechtigungen von %n Teilnehmenden von „{title}“ ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>{verb} {count} of &apos;{title}&apos;?</source>
        <translation>{verb}: {count} von „{title}“?</translation>
    </message>
    <message>
        <source>You are one of them.</source>
        <translation>Sie sind eine davon.</translation>
    </message>
    <message>
        <source>Left out: {names}.</source>
        <translation>Ausgelassen: {names}.</translation>
    </message>
    <message>
        <source>{verb} for {count}?</source>
        <translation>{verb}: {count}?</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>MuteDialog</name>
    <message>
        <source>Mute participant</source>
        <translation>Teilnehmende Person stummschalten</translation>
    </message>
    <message>
        <source>Turn off the microphone of {name} in the call in &apos;{room}&apos;?</source>
        <translation>Das Mikrofon von {name} im Anruf in „{room}“ ausschalten?</translation>
    </message>
    <message>
        <source>They can turn it on again themselves.</source>
        <translation>Die Person kann es selbst wieder einschalten.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Mute everyone in the call</source>
        <translation>Alle im Anruf stummschalten</translation>
    </message>
    <message>
        <source>Turn off the microphone of everyone in the call in &apos;{room}&apos; but yours?</source>
        <translation>Die Mikrofone aller im Anruf in „{room}“ außer Ihrem ausschalten?</translation>
    </message>
    <message>
        <source>Each of them can turn it on again themselves.</source>
        <translation>Jede Person kann ihres selbst wieder einschalten.</translation>
    </message>
    <message>
        <source>Mute everyone</source>
        <translation>Alle stummschalten</translation>
    </message>
</context>
<context>
    <name>NewPollDialog</name>
    <message>
        <source>New poll in &apos;{title}&apos;</source>
        <translation>Neue Umfrage in „{title}“</translation>
    </message>
    <message>
        <source>Post Poll</source>
        <translation>Umfrage veröffentlichen</translation>
    </message>
    <message>
        <source>The poll is posted in the conversation&apos;s chat. Everyone who may chat can vote.</source>
        <translation>Die Umfrage wird im Chat der Unterhaltung veröffentlicht. Alle, die chatten dürfen, können abstimmen.</translation>
    </message>
    <message>
        <source>What would you like to ask?</source>
        <translation>Was möchten Sie fragen?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Add Option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>&amp;Public</source>
        <translation>Öff&amp;entlich</translation>
    </message>
    <message>
        <source>Voters see the counts; once closed, who voted for what</source>
        <translation>Abstimmende sehen die Zahlen; nach dem Schließen, wer wofür gestimmt hat</translation>
    </message>
    <message>
        <source>&amp;Hidden until closed</source>
        <translation>&amp;Verborgen bis zum Schließen</translation>
    </message>
    <message>
        <source>Nobody sees anything until the poll is closed</source>
        <translation>Niemand sieht etwas, bis die Umfrage geschlossen ist</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>How many options one person may pick (0: no limit)</source>
        <translation>Wie viele Optionen eine Person wählen darf (0: keine Begrenzung)</translation>
    </message>
    <message>
        <source>&amp;Votes per person:</source>
        <translation>&amp;Stimmen pro Person:</translation>
    </message>
    <message>
        <source>Option {number}</source>
        <translation>Option {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <source>Internal note for moderators (optional): what happened</source>
        <translation>Interne Notiz für Moderatoren (optional): was passiert ist</translation>
    </message>
    <message>
        <source>The note is too long: {reason}</source>
        <translation>Die Notiz ist zu lang: {reason}</translation>
    </message>
    <message>
        <source>{used} of {limit} bytes</source>
        <translation>{used} von {limit} Bytes</translation>
    </message>
</context>
<context>
    <name>NotificationBox</name>
    <message>
        <source>Someone waits in a lobby</source>
        <translation>Jemand wartet in einer Lobby</translation>
    </message>
    <message>
        <source>A breakout room asks for help</source>
        <translation>Ein Breakout-Raum bittet um Hilfe</translation>
    </message>
    <message>
        <source>A call starts</source>
        <translation>Ein Anruf beginnt</translation>
    </message>
    <message>
        <source>A lobby opens at its set time</source>
        <translation>Eine Lobby öffnet sich zur eingestellten Zeit</translation>
    </message>
    <message>
        <source>Someone raises their hand (needs a signaling server)</source>
        <translation>Jemand hebt die Hand (benötigt einen Signaling-Server)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show desktop notifications for alerts</source>
        <translation>Desktop-Benachrichtigungen für Hinweise anzeigen</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Bei jeder Benachrichtigung einen Ton abspielen</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Muted conversations:</source>
        <translation>Stummgeschaltete Unterhaltungen:</translation>
    </message>
    <message>
        <source>Every alert is listed in the Alerts panel; these choose what also notifies. Mute a conversation from the Alerts panel.</source>
        <translation>Jeder Hinweis erscheint im Bereich „Hinweise“; hier wählen Sie, was zusätzlich benachrichtigt. Eine Unterhaltung schalten Sie im Bereich „Hinweise“ stumm.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>promote {name} to moderator</source>
        <translation>{name} zum Moderator befördert</translation>
    </message>
    <message>
        <source>demote {name} to participant</source>
        <translation>{name} zur teilnehmenden Person zurückgestuft</translation>
    </message>
    <message>
        <source>remove guest {name}</source>
        <translation>Gast {name} entfernt</translation>
    </message>
    <message>
        <source>remove user {name}</source>
        <translation>Benutzer {name} entfernt</translation>
    </message>
    <message>
        <source>remove group {name}</source>
        <translation>Gruppe {name} entfernt</translation>
    </message>
    <message>
        <source>remove circle {name}</source>
        <translation>Team {name} entfernt</translation>
    </message>
    <message>
        <source>remove email {name}</source>
        <translation>E-Mail-Gast {name} entfernt</translation>
    </message>
    <message>
        <source>remove federated_user {name}</source>
        <translation>Föderierten Benutzer {name} entfernt</translation>
    </message>
    <message>
        <source>remove phone {name}</source>
        <translation>Telefonteilnahme {name} entfernt</translation>
    </message>
    <message>
        <source>remove participant {name}</source>
        <translation>Teilnehmende Person {name} entfernt</translation>
    </message>
    <message>
        <source>let {name} in past the lobby</source>
        <translation>{name} an der Lobby vorbei eingelassen</translation>
    </message>
    <message>
        <source>send {name} back to the lobby</source>
        <translation>{name} in die Lobby zurückgeschickt</translation>
    </message>
    <message>
        <source>lobby off</source>
        <translation>Lobby aus</translation>
    </message>
    <message>
        <source>lobby on</source>
        <translation>Lobby an</translation>
    </message>
    <message>
        <source>lobby on, opens {time}</source>
        <translation>Lobby an, öffnet um {time}</translation>
    </message>
    <message>
        <source>read-only on</source>
        <translation>„Nur lesen“ an</translation>
    </message>
    <message>
        <source>read-only off</source>
        <translation>„Nur lesen“ aus</translation>
    </message>
    <message>
        <source>guests allowed</source>
        <translation>Gäste erlaubt</translation>
    </message>
    <message>
        <source>guests not allowed</source>
        <translation>Gäste nicht erlaubt</translation>
    </message>
    <message>
        <source>password removed</source>
        <translation>Passwort entfernt</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <source>rename &apos;{title}&apos; to &apos;{name}&apos;</source>
        <translation>„{title}“ in „{name}“ umbenannt</translation>
    </message>
    <message>
        <source>delete &apos;{title}&apos;</source>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>SIP dial-in off</source>
        <translation>SIP-Einwahl aus</translation>
    </message>
    <message>
        <source>SIP dial-in on (with PIN)</source>
        <translation>SIP-Einwahl ein (mit PIN)</translation>
    </message>
    <message>
        <source>SIP dial-in on (without PIN)</source>
        <translation>SIP-Einwahl ein (ohne PIN)</translation>
    </message>
    <message>
        <source>added to favorites</source>
        <translation>zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <source>removed from favorites</source>
        <translation>aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>end the call for everyone</source>
        <translation>Anruf für alle beendet</translation>
    </message>
    <message>
        <source>The call in &apos;{title}&apos; is still running: the server only let you leave it (ending it for everyone needs moderator rights)</source>
        <translation>Der Anruf in „{title}“ läuft noch: Der Server hat Sie ihn nur verlassen lassen (ihn für alle zu beenden, erfordert Moderatorrechte)</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>description removed</source>
        <translation>Beschreibung entfernt</translation>
    </message>
    <message>
        <source>who can find it: {choice}</source>
        <translation>wer sie finden kann: {choice}</translation>
    </message>
    <message>
        <source>message expiration off</source>
        <translation>Ablauf von Nachrichten aus</translation>
    </message>
    <message>
        <source>messages expire after {duration}</source>
        <translation>Nachrichten laufen nach {duration} ab</translation>
    </message>
    <message>
        <source>who may mention @all: {choice}</source>
        <translation>wer @all erwähnen darf: {choice}</translation>
    </message>
    <message>
        <source>your notifications: {choice}</source>
        <translation>Ihre Benachrichtigungen: {choice}</translation>
    </message>
    <message>
        <source>your call notifications on</source>
        <translation>Ihre Anrufbenachrichtigungen an</translation>
    </message>
    <message>
        <source>your call notifications off</source>
        <translation>Ihre Anrufbenachrichtigungen aus</translation>
    </message>
    <message>
        <source>start an audio-only recording of the call</source>
        <translation>Reine Audioaufzeichnung des Anrufs gestartet</translation>
    </message>
    <message>
        <source>start a video recording of the call</source>
        <translation>Videoaufzeichnung des Anrufs gestartet</translation>
    </message>
    <message>
        <source>stop recording the call</source>
        <translation>Aufzeichnung des Anrufs beendet</translation>
    </message>
    <message>
        <source>Cannot save the attendance list to {path}: {error}</source>
        <translation>Die Teilnahmeliste kann nicht unter {path} gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>Changed {changed} of {total} people; not changed: {names}{more}</source>
        <translation>{changed} von {total} Personen geändert; nicht geändert: {names}{more}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>mute {name}</source>
        <translation>{name} stummgeschaltet</translation>
    </message>
    <message>
        <source>mute everyone in the call</source>
        <translation>Alle im Anruf stummgeschaltet</translation>
    </message>
    <message>
        <source>Cannot mute {name} in &apos;{title}&apos;: there is no signaling-server connection to it (muting travels only over one)</source>
        <translation>{name} kann in „{title}“ nicht stummgeschaltet werden: Es besteht keine Verbindung zum Signaling-Server dorthin (Stummschalten geht nur über eine solche)</translation>
    </message>
    <message>
        <source>Cannot mute everyone in the call in &apos;{title}&apos;: there is no signaling-server connection to it (muting travels only over one)</source>
        <translation>Alle im Anruf in „{title}“ können nicht stummgeschaltet werden: Es besteht keine Verbindung zum Signaling-Server dorthin (Stummschalten geht nur über eine solche)</translation>
    </message>
    <message>
        <source>Cannot mute {name}: {name} has no session in the call</source>
        <translation>{name} kann nicht stummgeschaltet werden: {name} hat keine Sitzung im Anruf</translation>
    </message>
    <message>
        <source>{name} to Room {number}</source>
        <translation>{name} in Raum {number}</translation>
    </message>
    <message>
        <source>{count} people between breakout rooms</source>
        <translation>{count} Personen zwischen Breakout-Räumen</translation>
    </message>
    <message>
        <source>move {who}</source>
        <translation>{who} verschoben</translation>
    </message>
    <message>
        <source>attendee {id}</source>
        <translation>Teilnehmende Person {id}</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>user, guest, e-mail guest, group, phone</source>
        <translation>Benutzer, Gast, E-Mail-Gast, Gruppe, Telefon</translation>
    </message>
    <message>
        <source>in the call (with which media), or the user status</source>
        <translation>im Anruf (mit welchen Medien) oder der Benutzerstatus</translation>
    </message>
    <message>
        <source>waiting in the lobby, or allowed past it</source>
        <translation>wartet in der Lobby oder darf an ihr vorbei</translation>
    </message>
    <message>
        <source>the user&apos;s status message</source>
        <translation>die Statusnachricht des Benutzers</translation>
    </message>
    <message>
        <source>a raised hand and since when; sort by it to see the order hands went up (visible only with a signaling server&apos;s connection to the conversation)</source>
        <translation>eine gehobene Hand und seit wann; danach sortieren zeigt die Reihenfolge, in der Hände gehoben wurden (nur mit der Verbindung eines Signaling-Servers zur Unterhaltung sichtbar)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Bypasses lobby</source>
        <translation>Umgeht die Lobby</translation>
    </message>
    <message>
        <source>Hand up since {time}</source>
        <translation>Hand gehoben seit {time}</translation>
    </message>
    <message>
        <source>Invited as {id}</source>
        <translation>Eingeladen als {id}</translation>
    </message>
    <message numerus="yes">
        <source>%n open session(s)</source>
        <translation>
            <numerusform>%n offene Sitzung</numerusform>
            <numerusform>%n offene Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected to the call</source>
        <translation>
            <numerusform>%n mit dem Anruf verbunden</numerusform>
            <numerusform>%n mit dem Anruf verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting in the lobby until a moderator lets them in or it opens</source>
        <translation>Wartet in der Lobby, bis ein Moderator sie einlässt oder sie öffnet</translation>
    </message>
    <message>
        <source>Allowed in past the lobby</source>
        <translation>Darf an der Lobby vorbei</translation>
    </message>
    <message>
        <source>Hand raised at {time}: {place} of {count} up</source>
        <translation>Hand gehoben um {time}: {place}. von {count}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of &apos;{title}&apos;</source>
        <translation>Passwort von „{title}“</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Guests joining by the public link must enter this password. Participants you added yourself do not need it.</source>
        <translation>Gäste, die über den öffentlichen Link beitreten, müssen dieses Passwort eingeben. Teilnehmende, die Sie selbst hinzugefügt haben, brauchen es nicht.</translation>
    </message>
    <message>
        <source>This conversation does not allow guests; only conversations that do can have a password.</source>
        <translation>Diese Unterhaltung lässt keine Gäste zu; nur Unterhaltungen mit Gästen können ein Passwort haben.</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Passwort wiederholen:</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>upper- and lower-case letters</source>
        <translation>Groß- und Kleinbuchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a special character</source>
        <translation>ein Sonderzeichen</translation>
    </message>
    <message>
        <source>not a commonly used password</source>
        <translation>kein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>not a password known from a data breach</source>
        <translation>kein aus einem Datenleck bekanntes Passwort</translation>
    </message>
    <message>
        <source>The server&apos;s password policy: {rules}.</source>
        <translation>Passwortrichtlinie des Servers: {rules}.</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Enter the new password</source>
        <translation>Geben Sie das neue Passwort ein</translation>
    </message>
    <message>
        <source>The two passwords do not match</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n participant(s)</source>
        <translation>
            <numerusform>{title}: %n Teilnehmende</numerusform>
            <numerusform>{title}: %n Teilnehmende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>every room</source>
        <translation>jeder Raum</translation>
    </message>
    <message>
        <source>Moderators are in every breakout room and cannot be moved</source>
        <translation>Moderatoren sind in jedem Breakout-Raum und können nicht verschoben werden</translation>
    </message>
    <message>
        <source>stays here</source>
        <translation>bleibt hier</translation>
    </message>
    <message>
        <source>Talk puts only users in breakout rooms, no guests</source>
        <translation>Talk setzt nur Benutzer in Breakout-Räume, keine Gäste</translation>
    </message>
    <message>
        <source>Breakout room of {name}</source>
        <translation>Breakout-Raum von {name}</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Start a call</source>
        <translation>Einen Anruf starten</translation>
    </message>
    <message>
        <source>start call</source>
        <translation>Anruf starten</translation>
    </message>
    <message>
        <source>Join the call</source>
        <translation>Dem Anruf beitreten</translation>
    </message>
    <message>
        <source>join call</source>
        <translation>Anruf beitreten</translation>
    </message>
    <message>
        <source>Skip the lobby</source>
        <translation>Die Lobby überspringen</translation>
    </message>
    <message>
        <source>skip lobby</source>
        <translation>Lobby überspringen</translation>
    </message>
    <message>
        <source>Speak (publish audio)</source>
        <translation>Sprechen (Audio senden)</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Video zeigen</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Share the screen</source>
        <translation>Den Bildschirm teilen</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Chat, react and share</source>
        <translation>Chatten, reagieren und teilen</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>PermissionsDialog</name>
    <message>
        <source>the default</source>
        <translation>die Standardberechtigungen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>everything (moderator)</source>
        <translation>alles (Moderator)</translation>
    </message>
    <message>
        <source>{rights} (their own)</source>
        <translation>{rights} (eigene)</translation>
    </message>
    <message>
        <source>{rights} (the conversation&apos;s)</source>
        <translation>{rights} (die der Unterhaltung)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>May do now</source>
        <translation>Darf jetzt</translation>
    </message>
</context>
<context>
    <name>PersonPermissionsDialog</name>
    <message>
        <source>Permissions of {name}</source>
        <translation>Berechtigungen von {name}</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>What {name} may do in &apos;{title}&apos;. Moderators can always do everything.</source>
        <translation>Was {name} in „{title}“ darf. Moderatoren dürfen immer alles.</translation>
    </message>
    <message>
        <source>Use the conversation&apos;s permissions instead (forget their own)</source>
        <translation>Stattdessen die Berechtigungen der Unterhaltung verwenden (eigene vergessen)</translation>
    </message>
    <message>
        <source>{name} already has the conversation&apos;s permissions</source>
        <translation>{name} hat bereits die Berechtigungen der Unterhaltung</translation>
    </message>
    <message>
        <source>Nothing changed yet: check or uncheck what they may do</source>
        <translation>Noch nichts geändert: Setzen oder entfernen Sie Häkchen bei dem, was die Person darf</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>in call</source>
        <translation>im Anruf</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Zum Moderator machen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter the exit PIN</source>
        <translation>Geben Sie die PIN zum Beenden ein</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Exit locked: try again in {seconds} s</source>
        <translation>Zu viele falsche PINs. Beenden gesperrt: Versuchen Sie es in {seconds} s erneut</translation>
    </message>
    <message>
        <source>You can try again now</source>
        <translation>Sie können es jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Type the PIN first</source>
        <translation>Geben Sie zuerst die PIN ein</translation>
    </message>
    <message>
        <source>Still checking the last PIN…</source>
        <translation>Die letzte PIN wird noch geprüft…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Participants only</source>
        <translation>Nur Teilnehmende</translation>
    </message>
    <message>
        <source>Users of this server</source>
        <translation>Benutzer dieses Servers</translation>
    </message>
    <message>
        <source>Everyone, guest accounts too</source>
        <translation>Alle, auch Gastkonten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Moderators only</source>
        <translation>Nur Moderatoren</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>@-mentions only</source>
        <translation>Nur @-Erwähnungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Required before joining the call</source>
        <translation>Vor dem Beitritt zum Anruf erforderlich</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} Sekunde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>Standard ({level})</translation>
    </message>
    <message>
        <source>The call might be recorded.</source>
        <translation>Der Anruf wird möglicherweise aufgezeichnet.</translation>
    </message>
    <message>
        <source>The recording might include your voice, video from camera, and screen share. Your consent is required before joining the call.</source>
        <translation>Die Aufzeichnung kann Ihre Stimme, Ihr Kamerabild und Ihre Bildschirmfreigabe enthalten. Vor dem Beitritt zum Anruf ist Ihre Einwilligung erforderlich.</translation>
    </message>
    <message>
        <source>Give consent to the recording of this call</source>
        <translation>In die Aufzeichnung dieses Anrufs einwilligen</translation>
    </message>
</context>
<context>
    <name>PollResultsDialog</name>
    <message>
        <source>Poll results in &apos;{title}&apos;</source>
        <translation>Umfrageergebnisse in „{title}“</translation>
    </message>
    <message>
        <source>Close Poll</source>
        <translation>Umfrage schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The poll&apos;s number (Talk names polls by number; the chat links it)</source>
        <translation>Die Nummer der Umfrage (Talk bezeichnet Umfragen mit Nummern; der Chat verlinkt sie)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Poll &amp;number:</source>
        <translation>Umfrage&amp;nummer:</translation>
    </message>
    <message>
        <source>The polls announced in the newest messages of the chat</source>
        <translation>Die Umfragen, die in den neuesten Nachrichten des Chats angekündigt wurden</translation>
    </message>
    <message>
        <source>(looking in the chat…)</source>
        <translation>(im Chat wird gesucht…)</translation>
    </message>
    <message>
        <source>In the &amp;chat:</source>
        <translation>Im &amp;Chat:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Voted for it</source>
        <translation>Dafür gestimmt</translation>
    </message>
    <message>
        <source>(the chat could not be read)</source>
        <translation>(der Chat konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>(no poll in the newest messages)</source>
        <translation>(keine Umfrage in den neuesten Nachrichten)</translation>
    </message>
    <message>
        <source>Poll {number}: {question}</source>
        <translation>Umfrage {number}: {question}</translation>
    </message>
    <message>
        <source>Choose the poll&apos;s number and press Show.</source>
        <translation>Wählen Sie die Nummer der Umfrage und klicken Sie auf „Anzeigen“.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>{state}, results hidden until closed</source>
        <translation>{state}, Ergebnisse bis zum Schließen verborgen</translation>
    </message>
    <message>
        <source>nobody has voted</source>
        <translation>niemand hat abgestimmt</translation>
    </message>
    <message numerus="yes">
        <source>%n voted</source>
        <translation>
            <numerusform>%n hat abgestimmt</numerusform>
            <numerusform>%n haben abgestimmt</numerusform>
        </translation>
    </message>
    <message>
        <source>each person picks as many options as they like</source>
        <translation>jede Person wählt beliebig viele Optionen</translation>
    </message>
    <message>
        <source>each person picks one option</source>
        <translation>jede Person wählt eine Option</translation>
    </message>
    <message numerus="yes">
        <source>each person picks up to %n option(s)</source>
        <translation>
            <numerusform>jede Person wählt bis zu %n Option</numerusform>
            <numerusform>jede Person wählt bis zu %n Optionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed. The results were hidden while it was open; these are the counts.</source>
        <translation>Geschlossen. Die Ergebnisse waren verborgen, solange sie offen war; dies sind die Zahlen.</translation>
    </message>
    <message>
        <source>Closed. The results are shown to everyone.</source>
        <translation>Geschlossen. Die Ergebnisse werden allen angezeigt.</translation>
    </message>
    <message>
        <source>Open. You voted in this public poll, so Talk shows you the counts so far.</source>
        <translation>Offen. Sie haben in dieser öffentlichen Umfrage abgestimmt, daher zeigt Talk Ihnen die bisherigen Zahlen.</translation>
    </message>
    <message>
        <source>Open, results hidden: Talk shows nobody the counts until the poll is closed, only how many have voted.</source>
        <translation>Offen, Ergebnisse verborgen: Talk zeigt niemandem die Zahlen, bis die Umfrage geschlossen ist, nur wie viele abgestimmt haben.</translation>
    </message>
    <message>
        <source>Open: Talk shows the counts only to those who voted; you see how many have voted. Close the poll to see the results.</source>
        <translation>Offen: Talk zeigt die Zahlen nur denen, die abgestimmt haben; Sie sehen, wie viele abgestimmt haben. Schließen Sie die Umfrage, um die Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>No poll shown</source>
        <translation>Keine Umfrage angezeigt</translation>
    </message>
    <message>
        <source>The poll is closed</source>
        <translation>Die Umfrage ist geschlossen</translation>
    </message>
</context>
<context>
    <name>PollingController</name>
    <message>
        <source>Internal error: {error}</source>
        <translation>Interner Fehler: {error}</translation>
    </message>
    <message>
        <source>Internal error while refreshing: {error}</source>
        <translation>Interner Fehler beim Aktualisieren: {error}</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <source>Type the question</source>
        <translation>Geben Sie die Frage ein</translation>
    </message>
    <message>
        <source>The question is too long (Talk keeps {limit} bytes)</source>
        <translation>Die Frage ist zu lang (Talk speichert {limit} Bytes)</translation>
    </message>
    <message>
        <source>Give at least two options</source>
        <translation>Geben Sie mindestens zwei Optionen an</translation>
    </message>
    <message>
        <source>&apos;{option}&apos; is an option twice</source>
        <translation>„{option}“ ist zweimal eine Option</translation>
    </message>
    <message>
        <source>The options are too long together (Talk keeps about {limit} bytes)</source>
        <translation>Die Optionen sind zusammen zu lang (Talk speichert etwa {limit} Bytes)</translation>
    </message>
    <message>
        <source>Votes per person must be 0 (no limit) to {count} (the number of options)</source>
        <translation>Die Stimmen pro Person müssen zwischen 0 (keine Begrenzung) und {count} (der Zahl der Optionen) liegen</translation>
    </message>
</context>
<context>
    <name>ReadOnlyDialog</name>
    <message>
        <source>Read-only: &apos;{title}&apos;</source>
        <translation>Nur lesen: „{title}“</translation>
    </message>
    <message>
        <source>Read-only (no chat, no calls)</source>
        <translation>Nur lesen (kein Chat, keine Anrufe)</translation>
    </message>
    <message>
        <source>In a read-only conversation nobody can write or start a call; turning it on ends a running call.</source>
        <translation>In einer Unterhaltung im Modus „Nur lesen“ kann niemand schreiben oder einen Anruf starten; das Einschalten beendet einen laufenden Anruf.</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantDialog</name>
    <message>
        <source>Remove the guest {name} from &apos;{title}&apos;? They are disconnected at once; with the public link they can join again unless the room gets a password, or you also ban them.</source>
        <translation>Den Gast {name} aus „{title}“ entfernen? Die Person wird sofort getrennt; mit dem öffentlichen Link kann sie erneut beitreten, es sei denn, die Unterhaltung erhält ein Passwort oder Sie sperren sie zusätzlich.</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>Gast entfernen</translation>
    </message>
    <message>
        <source>Remove {name} from &apos;{title}&apos;? They lose access to it.</source>
        <translation>{name} aus „{title}“ entfernen? Die Person verliert den Zugang.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>This is you. Removing yourself takes the conversation away from your list; you cannot moderate it any more unless someone adds you again.</source>
        <translation>Das sind Sie. Wenn Sie sich selbst entfernen, verschwindet die Unterhaltung aus Ihrer Liste; Sie können sie nicht mehr moderieren, bis jemand Sie wieder hinzufügt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Also ban them (they cannot come back)</source>
        <translation>Zusätzlich sperren (die Person kann nicht zurückkommen)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Remove and Ban</source>
        <translation>Entfernen und sperren</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename &apos;{title}&apos;</source>
        <translation>„{title}“ umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Enter a name</source>
        <translation>Geben Sie einen Namen ein</translation>
    </message>
    <message>
        <source>The name is too long ({length} of at most {limit} characters)</source>
        <translation>Der Name ist zu lang ({length} von höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>That is the current name</source>
        <translation>Das ist der aktuelle Name</translation>
    </message>
</context>
<context>
    <name>RoleDialogs</name>
    <message>
        <source>Promote to moderator</source>
        <translation>Zum Moderator befördern</translation>
    </message>
    <message>
        <source>Make {name} a moderator of &apos;{title}&apos;? Moderators can change every setting of the conversation and remove people.</source>
        <translation>{name} zum Moderator von „{title}“ machen? Moderatoren können alle Einstellungen der Unterhaltung ändern und Personen entfernen.</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>This is you. Demoting yourself takes away your own moderator rights in this conversation; only another moderator can give them back.</source>
        <translation>Das sind Sie. Wenn Sie sich selbst zurückstufen, verlieren Sie Ihre Moderationsrechte in dieser Unterhaltung; nur ein anderer Moderator kann sie Ihnen zurückgeben.</translation>
    </message>
    <message>
        <source>Demote to participant</source>
        <translation>Zu Teilnehmenden zurückstufen</translation>
    </message>
    <message>
        <source>Take the moderator rights of {name} in &apos;{title}&apos;?</source>
        <translation>{name} die Moderationsrechte in „{title}“ entziehen?</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Zurückstufen</translation>
    </message>
</context>
<context>
    <name>RoomDropList</name>
    <message>
        <source>Those people are from another conversation: drag them from this conversation&apos;s participants</source>
        <translation>Diese Personen gehören zu einer anderen Unterhaltung: Ziehen Sie sie aus den Teilnehmenden dieser Unterhaltung</translation>
    </message>
</context>
<context>
    <name>RoomPermissionsDialog</name>
    <message>
        <source>Permissions of &apos;{title}&apos;</source>
        <translation>Berechtigungen von „{title}“</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Talk&apos;s built-in ones</source>
        <translation>die eingebauten von Talk</translation>
    </message>
    <message>
        <source>What everyone in &apos;{title}&apos; who is not a moderator may do, unless they have permissions of their own. Now: {now}.</source>
        <translation>Was alle in „{title}“, die nicht Moderator sind, dürfen, sofern sie keine eigenen Berechtigungen haben. Jetzt: {now}.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>{names} has permissions of their own; Talk resets them to the new default.</source>
        <translation>{names} hat eigene Berechtigungen; Talk setzt sie auf den neuen Standard zurück.</translation>
    </message>
    <message>
        <source>{names} have permissions of their own; Talk resets them to the new default.</source>
        <translation>{names} haben eigene Berechtigungen; Talk setzt sie auf den neuen Standard zurück.</translation>
    </message>
    <message>
        <source>Use Talk&apos;s built-in permissions</source>
        <translation>Die eingebauten Berechtigungen von Talk verwenden</translation>
    </message>
    <message>
        <source>The conversation already uses Talk&apos;s built-in permissions</source>
        <translation>Die Unterhaltung verwendet bereits die eingebauten Berechtigungen von Talk</translation>
    </message>
    <message>
        <source>Nothing changed yet: check or uncheck what people may do</source>
        <translation>Noch nichts geändert: Setzen oder entfernen Sie Häkchen bei dem, was die Personen dürfen</translation>
    </message>
</context>
<context>
    <name>RoomToggleDialog</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Type the message to send to every breakout room</source>
        <translation>Geben Sie die Nachricht ein, die an jeden Breakout-Raum gehen soll</translation>
    </message>
    <message>
        <source>The server does not support breakout rooms</source>
        <translation>Der Server unterstützt keine Breakout-Räume</translation>
    </message>
    <message>
        <source>The server&apos;s administrator has switched breakout rooms off</source>
        <translation>Die Administration des Servers hat Breakout-Räume ausgeschaltet</translation>
    </message>
    <message>
        <source>This is a breakout room: select its parent conversation</source>
        <translation>Dies ist ein Breakout-Raum: Wählen Sie seine übergeordnete Unterhaltung aus</translation>
    </message>
    <message>
        <source>Breakout rooms are only for group conversations; this one is open to guests</source>
        <translation>Breakout-Räume gibt es nur für Gruppenunterhaltungen; diese ist für Gäste offen</translation>
    </message>
    <message>
        <source>Breakout rooms are only for group conversations</source>
        <translation>Breakout-Räume gibt es nur für Gruppenunterhaltungen</translation>
    </message>
    <message>
        <source>No breakout rooms are set up</source>
        <translation>Es sind keine Breakout-Räume eingerichtet</translation>
    </message>
    <message>
        <source>The breakout rooms are running</source>
        <translation>Die Breakout-Räume laufen</translation>
    </message>
    <message>
        <source>The breakout rooms are not running</source>
        <translation>Die Breakout-Räume laufen nicht</translation>
    </message>
    <message>
        <source>Not possible in conversations hosted on another server</source>
        <translation>Nicht möglich in Unterhaltungen, die auf einem anderen Server liegen</translation>
    </message>
    <message>
        <source>The server does not support deleting messages</source>
        <translation>Der Server unterstützt das Löschen von Nachrichten nicht</translation>
    </message>
    <message>
        <source>Select a message in the chat first</source>
        <translation>Wählen Sie zuerst eine Nachricht im Chat aus</translation>
    </message>
    <message>
        <source>This message was deleted already</source>
        <translation>Diese Nachricht wurde bereits gelöscht</translation>
    </message>
    <message>
        <source>System messages cannot be deleted</source>
        <translation>Systemnachrichten können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>In a one-to-one conversation only the author can delete a message</source>
        <translation>In einer Einzelunterhaltung kann nur die Person, die eine Nachricht geschrieben hat, sie löschen</translation>
    </message>
    <message>
        <source>Only moderators can delete other people&apos;s messages</source>
        <translation>Nur Moderatoren können Nachrichten anderer löschen</translation>
    </message>
    <message>
        <source>The server does not support clearing the history</source>
        <translation>Der Server unterstützt das Leeren des Verlaufs nicht</translation>
    </message>
    <message>
        <source>The history of a one-to-one conversation cannot be cleared</source>
        <translation>Der Verlauf einer Einzelunterhaltung kann nicht geleert werden</translation>
    </message>
    <message>
        <source>Only moderators can clear the history</source>
        <translation>Nur Moderatoren können den Verlauf leeren</translation>
    </message>
    <message>
        <source>Not possible while the conversation is read-only</source>
        <translation>Nicht möglich, solange die Unterhaltung auf „Nur lesen“ steht</translation>
    </message>
    <message>
        <source>The conversation is read-only</source>
        <translation>Die Unterhaltung steht auf „Nur lesen“</translation>
    </message>
    <message>
        <source>You may not chat in this conversation</source>
        <translation>Sie dürfen in dieser Unterhaltung nicht chatten</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s capabilities</source>
        <translation>Warte auf die Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>The server does not support recording consent</source>
        <translation>Der Server unterstützt keine Einwilligung zur Aufzeichnung</translation>
    </message>
    <message>
        <source>Recording consent cannot be asked for once a call has started</source>
        <translation>Nach Beginn eines Anrufs kann keine Einwilligung zur Aufzeichnung mehr verlangt werden</translation>
    </message>
    <message>
        <source>Recording (video)</source>
        <translation>Aufzeichnung (Video)</translation>
    </message>
    <message>
        <source>Recording (audio only)</source>
        <translation>Aufzeichnung (nur Audio)</translation>
    </message>
    <message>
        <source>Starting a video recording</source>
        <translation>Videoaufzeichnung wird gestartet</translation>
    </message>
    <message>
        <source>Starting an audio recording</source>
        <translation>Audioaufzeichnung wird gestartet</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Aufzeichnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Select a conversation first</source>
        <translation>Wählen Sie zuerst eine Unterhaltung aus</translation>
    </message>
    <message>
        <source>Select one or more participants first</source>
        <translation>Wählen Sie zuerst eine oder mehrere Teilnehmende aus</translation>
    </message>
    <message>
        <source>Not possible in one-to-one conversations</source>
        <translation>Nicht möglich in Einzelunterhaltungen</translation>
    </message>
    <message>
        <source>Not possible in your note-to-self conversation</source>
        <translation>Nicht möglich in Ihrer Unterhaltung „Notiz an mich“</translation>
    </message>
    <message>
        <source>Not possible in the changelog conversation</source>
        <translation>Nicht möglich in der Änderungsprotokoll-Unterhaltung</translation>
    </message>
    <message>
        <source>Only moderators can {what}</source>
        <translation>Nur Moderatoren können {what}</translation>
    </message>
    <message>
        <source>The server does not let you create conversations</source>
        <translation>Der Server lässt Sie keine Unterhaltungen erstellen</translation>
    </message>
    <message>
        <source>rename a conversation</source>
        <translation>eine Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Event conversations are named by their calendar event</source>
        <translation>Veranstaltungs-Unterhaltungen heißen wie ihr Kalendertermin</translation>
    </message>
    <message>
        <source>One-to-one conversations cannot be deleted</source>
        <translation>Einzelunterhaltungen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Only moderators can delete a conversation</source>
        <translation>Nur Moderatoren können eine Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Not possible in breakout rooms</source>
        <translation>Nicht möglich in Breakout-Räumen</translation>
    </message>
    <message>
        <source>allow or disallow guests</source>
        <translation>Gäste zulassen oder nicht zulassen</translation>
    </message>
    <message>
        <source>Disallow &amp;Guests</source>
        <translation>&amp;Gäste nicht mehr zulassen</translation>
    </message>
    <message>
        <source>Allow &amp;Guests</source>
        <translation>&amp;Gäste zulassen</translation>
    </message>
    <message>
        <source>The server does not support read-only conversations</source>
        <translation>Der Server unterstützt keine Unterhaltungen mit „Nur lesen“</translation>
    </message>
    <message>
        <source>make a conversation read-only</source>
        <translation>eine Unterhaltung auf „Nur lesen“ setzen</translation>
    </message>
    <message>
        <source>Make &amp;Writable</source>
        <translation>&amp;Beschreibbar machen</translation>
    </message>
    <message>
        <source>Make &amp;Read-only</source>
        <translation>Auf „Nur &amp;lesen“ setzen</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>ein Passwort festlegen</translation>
    </message>
    <message>
        <source>Only conversations open to guests can have a password</source>
        <translation>Nur für Gäste offene Unterhaltungen können ein Passwort haben</translation>
    </message>
    <message>
        <source>Change or Remove &amp;Password…</source>
        <translation>&amp;Passwort ändern oder entfernen…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>The server does not support a lobby</source>
        <translation>Der Server unterstützt keine Lobby</translation>
    </message>
    <message>
        <source>turn the lobby on or off</source>
        <translation>die Lobby ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Open the &amp;Lobby</source>
        <translation>&amp;Lobby öffnen</translation>
    </message>
    <message>
        <source>Turn on the &amp;Lobby…</source>
        <translation>&amp;Lobby einschalten…</translation>
    </message>
    <message>
        <source>The server has no SIP configured</source>
        <translation>Auf dem Server ist kein SIP eingerichtet</translation>
    </message>
    <message>
        <source>change SIP dial-in</source>
        <translation>die SIP-Einwahl ändern</translation>
    </message>
    <message>
        <source>You are not in a group allowed to enable SIP dial-in</source>
        <translation>Sie sind in keiner Gruppe, die die SIP-Einwahl einschalten darf</translation>
    </message>
    <message>
        <source>The server does not support favorites</source>
        <translation>Der Server unterstützt keine Favoriten</translation>
    </message>
    <message>
        <source>Remove from &amp;Favorites</source>
        <translation>Aus den &amp;Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>add participants</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>remove participants</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>The owner ({name}) cannot be removed</source>
        <translation>Der Eigentümer ({name}) kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>promote</source>
        <translation>befördern</translation>
    </message>
    <message>
        <source>Everyone selected is already a moderator</source>
        <translation>Alle Ausgewählten sind bereits Moderatoren</translation>
    </message>
    <message>
        <source>You cannot change your own role</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern</translation>
    </message>
    <message>
        <source>{name} is a group or team, which cannot be promoted</source>
        <translation>{name} ist eine Gruppe oder ein Team und kann nicht befördert werden</translation>
    </message>
    <message>
        <source>{name} is already a moderator</source>
        <translation>{name} ist bereits Moderator</translation>
    </message>
    <message>
        <source>{name} has not joined yet and cannot be promoted</source>
        <translation>{name} ist noch nicht beigetreten und kann nicht befördert werden</translation>
    </message>
    <message>
        <source>demote</source>
        <translation>zurückstufen</translation>
    </message>
    <message>
        <source>{name} is the owner and cannot be demoted</source>
        <translation>{name} ist der Eigentümer und kann nicht zurückgestuft werden</translation>
    </message>
    <message>
        <source>{name} is not a moderator</source>
        <translation>{name} ist kein Moderator</translation>
    </message>
    <message>
        <source>The server does not support per-person lobby permissions</source>
        <translation>Der Server unterstützt keine Lobby-Berechtigungen pro Person</translation>
    </message>
    <message>
        <source>let people in past the lobby</source>
        <translation>Personen an der Lobby vorbei einlassen</translation>
    </message>
    <message>
        <source>The lobby of this conversation is off</source>
        <translation>Die Lobby dieser Unterhaltung ist aus</translation>
    </message>
    <message>
        <source>{name} is a group or team; let its members in one by one</source>
        <translation>{name} ist eine Gruppe oder ein Team; lassen Sie die Mitglieder einzeln ein</translation>
    </message>
    <message>
        <source>{name} is a moderator and is never held in the lobby</source>
        <translation>{name} ist Moderator und wird nie in der Lobby zurückgehalten</translation>
    </message>
    <message>
        <source>Send Back to the &amp;Lobby</source>
        <translation>In die &amp;Lobby zurückschicken</translation>
    </message>
    <message>
        <source>Let In Past the &amp;Lobby</source>
        <translation>An der &amp;Lobby vorbei einlassen</translation>
    </message>
    <message>
        <source>Calls are disabled on this server</source>
        <translation>Anrufe sind auf diesem Server ausgeschaltet</translation>
    </message>
    <message>
        <source>Calls are not possible in read-only conversations</source>
        <translation>Anrufe sind in Unterhaltungen mit „Nur lesen“ nicht möglich</translation>
    </message>
    <message>
        <source>You are already in the call</source>
        <translation>Sie sind bereits im Anruf</translation>
    </message>
    <message>
        <source>No call is running and you may not start one</source>
        <translation>Es läuft kein Anruf und Sie dürfen keinen starten</translation>
    </message>
    <message>
        <source>&amp;Join Call</source>
        <translation>Anruf &amp;beitreten</translation>
    </message>
    <message>
        <source>&amp;Start Call</source>
        <translation>Anruf &amp;starten</translation>
    </message>
    <message>
        <source>You are not in the call</source>
        <translation>Sie sind nicht im Anruf</translation>
    </message>
    <message>
        <source>No call is running</source>
        <translation>Es läuft kein Anruf</translation>
    </message>
    <message>
        <source>Only moderators can end the call for everyone</source>
        <translation>Nur Moderatoren können den Anruf für alle beenden</translation>
    </message>
    <message>
        <source>Join the call first to {to_do}</source>
        <translation>Treten Sie zuerst dem Anruf bei, um {to_do}</translation>
    </message>
    <message>
        <source>The server cannot ring participants</source>
        <translation>Der Server kann Teilnehmende nicht anklingeln</translation>
    </message>
    <message>
        <source>ring someone</source>
        <translation>jemanden anzuklingeln</translation>
    </message>
    <message>
        <source>Only users can be rung; {name} is not a user</source>
        <translation>Nur Benutzer können angeklingelt werden; {name} ist kein Benutzer</translation>
    </message>
    <message>
        <source>{name} is already in the call</source>
        <translation>{name} ist bereits im Anruf</translation>
    </message>
    <message>
        <source>The server has no SIP dial-out configured</source>
        <translation>Auf dem Server ist keine SIP-Anwahl eingerichtet</translation>
    </message>
    <message>
        <source>dial out</source>
        <translation>anzuwählen</translation>
    </message>
    <message>
        <source>Only phone numbers can be dialled; {name} is not one</source>
        <translation>Nur Telefonnummern können angewählt werden; {name} ist keine</translation>
    </message>
    <message>
        <source>The server does not support permissions</source>
        <translation>Der Server unterstützt keine Berechtigungen</translation>
    </message>
    <message>
        <source>change permissions</source>
        <translation>Berechtigungen ändern</translation>
    </message>
    <message>
        <source>{name} is a group or team; change its members one by one</source>
        <translation>{name} ist eine Gruppe oder ein Team; ändern Sie die Mitglieder einzeln</translation>
    </message>
    <message>
        <source>{name} is a moderator and always has every permission</source>
        <translation>{name} ist Moderator und hat immer alle Berechtigungen</translation>
    </message>
    <message>
        <source>change the conversation&apos;s permissions</source>
        <translation>die Berechtigungen der Unterhaltung ändern</translation>
    </message>
    <message>
        <source>make attendees listen only</source>
        <translation>Teilnehmende nur zuhören lassen</translation>
    </message>
    <message>
        <source>Let Attendees &amp;Speak Again</source>
        <translation>Teilnehmende wieder &amp;sprechen lassen</translation>
    </message>
    <message>
        <source>The server does not support bans</source>
        <translation>Der Server unterstützt keine Sperren</translation>
    </message>
    <message>
        <source>ban people</source>
        <translation>Personen sperren</translation>
    </message>
    <message>
        <source>Ban one person at a time (each ban has its own note)</source>
        <translation>Sperren Sie jeweils eine Person (jede Sperre hat ihre eigene Notiz)</translation>
    </message>
    <message>
        <source>You cannot ban yourself</source>
        <translation>Sie können sich nicht selbst sperren</translation>
    </message>
    <message>
        <source>{name} is a moderator; demote them first to ban them</source>
        <translation>{name} ist Moderator; stufen Sie die Person zuerst zurück, um sie zu sperren</translation>
    </message>
    <message>
        <source>Only users, guests and e-mail guests can be banned; {name} is not</source>
        <translation>Nur Benutzer, Gäste und E-Mail-Gäste können gesperrt werden; {name} ist nichts davon</translation>
    </message>
    <message>
        <source>see and lift bans</source>
        <translation>Sperren sehen und aufheben</translation>
    </message>
    <message>
        <source>Muting needs a connection to the conversation over a signaling server: this server has none, or it cannot be reached right now</source>
        <translation>Stummschalten braucht eine Verbindung zur Unterhaltung über einen Signaling-Server: Dieser Server hat keinen, oder er ist gerade nicht erreichbar</translation>
    </message>
    <message>
        <source>Only moderators can mute others</source>
        <translation>Nur Moderatoren können andere stummschalten</translation>
    </message>
    <message>
        <source>You cannot mute yourself from here</source>
        <translation>Sie können sich hier nicht selbst stummschalten</translation>
    </message>
    <message>
        <source>{name} is not in the call</source>
        <translation>{name} ist nicht im Anruf</translation>
    </message>
    <message>
        <source>{name} is in the call without a microphone</source>
        <translation>{name} ist ohne Mikrofon im Anruf</translation>
    </message>
    <message>
        <source>change the description</source>
        <translation>die Beschreibung ändern</translation>
    </message>
    <message>
        <source>Event conversations take their description from the calendar event</source>
        <translation>Veranstaltungs-Unterhaltungen übernehmen ihre Beschreibung vom Kalendertermin</translation>
    </message>
    <message>
        <source>The server does not support listed conversations</source>
        <translation>Der Server unterstützt keine gelisteten Unterhaltungen</translation>
    </message>
    <message>
        <source>change who can find a conversation</source>
        <translation>ändern, wer eine Unterhaltung finden kann</translation>
    </message>
    <message>
        <source>Who Can &amp;Find It: {who}…</source>
        <translation>Wer sie &amp;finden kann: {who}…</translation>
    </message>
    <message>
        <source>Not possible in a former one-to-one conversation</source>
        <translation>Nicht möglich in einer ehemaligen Einzelunterhaltung</translation>
    </message>
    <message>
        <source>Only moderators can make messages expire</source>
        <translation>Nur Moderatoren können Nachrichten ablaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Message Expiration: {words}…</source>
        <translation>&amp;Ablauf von Nachrichten: {words}…</translation>
    </message>
    <message>
        <source>The server does not support limiting @all mentions</source>
        <translation>Der Server unterstützt keine Einschränkung von @all-Erwähnungen</translation>
    </message>
    <message>
        <source>change who may mention everyone</source>
        <translation>ändern, wer alle erwähnen darf</translation>
    </message>
    <message>
        <source>@&amp;all Mentions: {who}…</source>
        <translation>@&amp;all-Erwähnungen: {who}…</translation>
    </message>
    <message>
        <source>change recording consent</source>
        <translation>die Einwilligung zur Aufzeichnung ändern</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>Recording &amp;Consent: {state}…</source>
        <translation>&amp;Einwilligung zur Aufzeichnung: {state}…</translation>
    </message>
    <message>
        <source>Guests have no notification settings</source>
        <translation>Gäste haben keine Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>The server does not support notification levels</source>
        <translation>Der Server unterstützt keine Benachrichtigungsstufen</translation>
    </message>
    <message>
        <source>&amp;Notifications: {level}…</source>
        <translation>&amp;Benachrichtigungen: {level}…</translation>
    </message>
    <message>
        <source>The server does not support call notification settings</source>
        <translation>Der Server unterstützt keine Einstellungen für Anruf-Benachrichtigungen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Call N&amp;otifications: {state}…</source>
        <translation>Anruf-Be&amp;nachrichtigungen: {state}…</translation>
    </message>
    <message>
        <source>resend invitations</source>
        <translation>Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Only signed-in moderators can resend invitations</source>
        <translation>Nur angemeldete Moderatoren können Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Resend All E-mail &amp;Invitations</source>
        <translation>Alle E-Mail-&amp;Einladungen erneut senden</translation>
    </message>
    <message>
        <source>{name} is not an e-mail guest: invitations go to e-mail guests</source>
        <translation>{name} ist kein E-Mail-Gast: Einladungen gehen an E-Mail-Gäste</translation>
    </message>
    <message>
        <source>Resend E-mail &amp;Invitations</source>
        <translation>E-Mail-&amp;Einladungen erneut senden</translation>
    </message>
    <message>
        <source>Resend E-mail &amp;Invitation</source>
        <translation>E-Mail-&amp;Einladung erneut senden</translation>
    </message>
    <message>
        <source>The server cannot import e-mail guests</source>
        <translation>Der Server kann keine E-Mail-Gäste importieren</translation>
    </message>
    <message>
        <source>import e-mail guests</source>
        <translation>E-Mail-Gäste importieren</translation>
    </message>
    <message>
        <source>Only signed-in moderators can import e-mail guests</source>
        <translation>Nur angemeldete Moderatoren können E-Mail-Gäste importieren</translation>
    </message>
    <message>
        <source>Polls exist only in group and public conversations</source>
        <translation>Umfragen gibt es nur in Gruppen- und öffentlichen Unterhaltungen</translation>
    </message>
    <message>
        <source>The server does not support polls</source>
        <translation>Der Server unterstützt keine Umfragen</translation>
    </message>
    <message>
        <source>You may not chat in this conversation, so you cannot post a poll</source>
        <translation>Sie dürfen in dieser Unterhaltung nicht chatten und daher keine Umfrage posten</translation>
    </message>
    <message>
        <source>The server does not support recording calls</source>
        <translation>Der Server unterstützt keine Aufzeichnung von Anrufen</translation>
    </message>
    <message>
        <source>Only signed-in moderators can {what}</source>
        <translation>Nur angemeldete Moderatoren können {what}</translation>
    </message>
    <message>
        <source>record a call</source>
        <translation>einen Anruf aufzeichnen</translation>
    </message>
    <message>
        <source>This server has no recording backend</source>
        <translation>Dieser Server hat kein Aufzeichnungs-Backend</translation>
    </message>
    <message>
        <source>{state} already</source>
        <translation>{state} läuft bereits</translation>
    </message>
    <message>
        <source>stop a recording</source>
        <translation>eine Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>The call is not being recorded</source>
        <translation>Der Anruf wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>The server cannot make attendance lists</source>
        <translation>Der Server kann keine Teilnahmelisten erstellen</translation>
    </message>
    <message>
        <source>Only moderators can download the attendance list</source>
        <translation>Nur Moderatoren können die Teilnahmeliste herunterladen</translation>
    </message>
    <message>
        <source>There is no call running: the attendance list is of a running call</source>
        <translation>Es läuft kein Anruf: Die Teilnahmeliste gilt für einen laufenden Anruf</translation>
    </message>
    <message>
        <source>manage breakout rooms</source>
        <translation>Breakout-Räume verwalten</translation>
    </message>
    <message>
        <source>&amp;Breakout Rooms…</source>
        <translation>&amp;Breakout-Räume…</translation>
    </message>
    <message>
        <source>Not available in this window</source>
        <translation>In diesem Fenster nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no keyring backend is available on this system</source>
        <translation>auf diesem System ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>the keyring is switched off (null backend)</source>
        <translation>der Schlüsselbund ist ausgeschaltet (Null-Backend)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Like the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Ask before simple moderation actions and before removing an account</source>
        <translation>Vor einfachen Moderationsaktionen und vor dem Entfernen eines Kontos nachfragen</translation>
    </message>
    <message>
        <source>When off, promoting, demoting, letting someone in past the lobby (or sending them back) and making a conversation read-only or writable happen at once, without a question; a refusal from the server still shows. Deleting a conversation, removing participants, ending a call, demoting yourself and actions on several at once always ask.</source>
        <translation>Wenn aus, geschehen Befördern, Zurückstufen, Einlassen an der Lobby vorbei (oder Zurückschicken) und das Umschalten einer Unterhaltung auf „Nur lesen“ oder beschreibbar sofort, ohne Rückfrage; eine Ablehnung durch den Server wird weiterhin angezeigt. Beim Löschen einer Unterhaltung, Entfernen von Teilnehmenden, Beenden eines Anrufs, Zurückstufen Ihrer selbst und bei Aktionen für mehrere auf einmal wird immer nachgefragt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the conversation list is refreshed. Shorter is more current but puts more load on the server.</source>
        <translation>Wie oft die Liste der Unterhaltungen aktualisiert wird. Kürzer ist aktueller, belastet den Server aber stärker.</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Applies after a restart</source>
        <translation>Gilt nach einem Neustart</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Bestätigung:</translation>
    </message>
    <message>
        <source>checking the keyring…</source>
        <translation>der Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Settings are saved in {path}. App passwords: {keyring}.</source>
        <translation>Die Einstellungen werden in {path} gespeichert. App-Passwörter: {keyring}.</translation>
    </message>
    <message>
        <source>not stored ({problem}); you sign in again after a restart</source>
        <translation>nicht gespeichert ({problem}); nach einem Neustart melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>in the system keyring ({name})</source>
        <translation>im Schlüsselbund des Systems ({name})</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>{app} moderates Nextcloud Talk conversations (lobby, roles, calls, many people at once): sign in to your Nextcloud below, or try it first on a built-in demo server.</source>
        <translation>{app} moderiert Unterhaltungen in Nextcloud Talk (Lobby, Rollen, Anrufe, viele Personen auf einmal): Melden Sie sich unten bei Ihrer Nextcloud an, oder probieren Sie es zuerst auf einem eingebauten Demo-Server aus.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>A built-in demo server with sample conversations and people: nothing you do there reaches a real Nextcloud</source>
        <translation>Ein eingebauter Demo-Server mit Beispielunterhaltungen und -personen: Nichts, was Sie dort tun, erreicht eine echte Nextcloud</translation>
    </message>
    <message>
        <source>The server no longer accepts the app password of {name}. Sign in again; your open work stays as it is.</source>
        <translation>Der Server akzeptiert das App-Passwort von {name} nicht mehr. Melden Sie sich erneut an; Ihre offene Arbeit bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>cloud.example.org</source>
        <translation>cloud.example.org</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>optional, e.g. Town hall server</source>
        <translation>optional, z. B. Server der Bürgerversammlung</translation>
    </message>
    <message>
        <source>Name for this account:</source>
        <translation>Name für dieses Konto:</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Continue without encryption</source>
        <translation>Ohne Verschlüsselung fortfahren</translation>
    </message>
    <message>
        <source>Use an app password instead</source>
        <translation>Stattdessen ein App-Passwort verwenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and grant access to Talk Moderator. If no browser opened, open this address yourself:</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an und gewähren Sie Talk Moderator Zugriff. Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>App-Passwort:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Keep it for this run only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>your Nextcloud</source>
        <translation>Ihre Nextcloud</translation>
    </message>
    <message>
        <source>For {server}: create an app password there in the web interface under Settings &gt; Security &gt; Devices &amp; sessions, and enter it here with your user name.</source>
        <translation>Für {server}: Erstellen Sie dort in der Weboberfläche unter Einstellungen &gt; Sicherheit &gt; Geräte &amp; Sitzungen ein App-Passwort und geben Sie es hier mit Ihrem Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Found {server} at {url}.</source>
        <translation>{server} unter {url} gefunden.</translation>
    </message>
    <message>
        <source>{url} uses plain http: your app password and everything you do would travel unencrypted and could be read or changed on the way. Use https, or continue only if you understand the risk</source>
        <translation>{url} verwendet unverschlüsseltes http: Ihr App-Passwort und alles, was Sie tun, würde unverschlüsselt übertragen und könnte unterwegs gelesen oder verändert werden. Verwenden Sie https, oder fahren Sie nur fort, wenn Sie das Risiko verstehen</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified ({reason}).</source>
        <translation>Das Zertifikat von {host} konnte nicht überprüft werden ({reason}).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of {host}:{port}:</source>
        <translation>SHA-256-Fingerabdruck von {host}:{port}:</translation>
    </message>
    <message>
        <source>Trust it only if it matches the fingerprint your server administrator gave you.</source>
        <translation>Vertrauen Sie ihm nur, wenn er mit dem Fingerabdruck übereinstimmt, den Ihnen Ihre Serveradministration gegeben hat.</translation>
    </message>
    <message>
        <source>Trust this certificate for {host}</source>
        <translation>Diesem Zertifikat für {host} vertrauen</translation>
    </message>
    <message>
        <source>Enter your user name and an app password</source>
        <translation>Geben Sie Ihren Benutzernamen und ein App-Passwort ein</translation>
    </message>
    <message>
        <source>You signed in as {login}, but this window uses {account}. Sign in as {account}, or add the other account from the Accounts dialog</source>
        <translation>Sie haben sich als {login} angemeldet, aber dieses Fenster verwendet {account}. Melden Sie sich als {account} an, oder fügen Sie das andere Konto im Dialog „Konten“ hinzu</translation>
    </message>
    <message>
        <source>Signed in, but the app password cannot be stored safely: {error}. Talk Moderator only stores passwords in the system keyring. You can keep it for this run only; you will have to sign in again next time.</source>
        <translation>Angemeldet, aber das App-Passwort kann nicht sicher gespeichert werden: {error}. Talk Moderator speichert Passwörter nur im Schlüsselbund des Systems. Sie können es nur für diese Sitzung behalten; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign in to {account}: its app password is not stored here.</source>
        <translation>Melden Sie sich bei {account} an: Das App-Passwort dieses Kontos ist hier nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignalingWatch</name>
    <message numerus="yes">
        <source>%n conversation(s) live</source>
        <translation>
            <numerusform>%n Unterhaltung live</numerusform>
            <numerusform>%n Unterhaltungen live</numerusform>
        </translation>
    </message>
    <message>
        <source>connecting to the signaling server</source>
        <translation>Verbindung zum Signaling-Server wird hergestellt</translation>
    </message>
</context>
<context>
    <name>SipDialog</name>
    <message>
        <source>SIP dial-in: &apos;{title}&apos;</source>
        <translation>SIP-Einwahl: „{title}“</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>With SIP dial-in, people can join the call from a telephone.</source>
        <translation>Mit der SIP-Einwahl können Personen dem Anruf per Telefon beitreten.</translation>
    </message>
    <message>
        <source>The server says you may not be allowed to change SIP dial-in.</source>
        <translation>Laut Server dürfen Sie die SIP-Einwahl möglicherweise nicht ändern.</translation>
    </message>
    <message>
        <source>Dial-in:</source>
        <translation>Einwahl:</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>StartRecordingDialog</name>
    <message>
        <source>Record the call in &apos;{title}&apos;</source>
        <translation>Den Anruf in „{title}“ aufzeichnen</translation>
    </message>
    <message>
        <source>Start Recording</source>
        <translation>Aufzeichnung starten</translation>
    </message>
    <message>
        <source>Record the call in &apos;{title}&apos;? Everyone in the call sees that it is recorded; the file is saved in your Files when the recording stops.</source>
        <translation>Den Anruf in „{title}“ aufzeichnen? Alle im Anruf sehen, dass aufgezeichnet wird; die Datei wird in Ihren Dateien gespeichert, wenn die Aufzeichnung endet.</translation>
    </message>
    <message>
        <source>&amp;Video (with sound)</source>
        <translation>&amp;Video (mit Ton)</translation>
    </message>
    <message>
        <source>&amp;Audio only</source>
        <translation>Nur &amp;Audio</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Aufzeichnen:</translation>
    </message>
</context>
<context>
    <name>StopRecordingDialog</name>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
    <message>
        <source>Stop recording the call in &apos;{title}&apos;? ({state})</source>
        <translation>Die Aufzeichnung des Anrufs in „{title}“ beenden? ({state})</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Aufzeichnung beenden</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Zurückstufen</translation>
    </message>
    <message>
        <source>Let In</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>End Call</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>Mute All</source>
        <translation>Alle stumm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <source>Stop Rec.</source>
        <translation>Aufz. beenden</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>TypeNameToConfirmDialog</name>
    <message>
        <source>Type the name of the conversation to confirm: {title}</source>
        <translation>Geben Sie zur Bestätigung den Namen der Unterhaltung ein: {title}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Type the conversation&apos;s name exactly to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen der Unterhaltung genau ein</translation>
    </message>
</context>
<context>
    <name>Verbs</name>
    <message>
        <source>list the bans of {room}</source>
        <translation>die Sperren von {room} auflisten</translation>
    </message>
    <message>
        <source>ban {who} from {room}</source>
        <translation>{who} aus {room} sperren</translation>
    </message>
    <message>
        <source>lift the ban of {who} in {room}</source>
        <translation>die Sperre von {who} in {room} aufheben</translation>
    </message>
    <message>
        <source>list the breakout rooms of {room}</source>
        <translation>die Breakout-Räume von {room} auflisten</translation>
    </message>
    <message>
        <source>list who is in the breakout rooms of {room}</source>
        <translation>auflisten, wer in den Breakout-Räumen von {room} ist</translation>
    </message>
    <message>
        <source>set up {amount} breakout rooms in {room}</source>
        <translation>{amount} Breakout-Räume in {room} einrichten</translation>
    </message>
    <message>
        <source>assign people to the breakout rooms of {room}</source>
        <translation>Personen den Breakout-Räumen von {room} zuweisen</translation>
    </message>
    <message>
        <source>start the breakout rooms of {room}</source>
        <translation>die Breakout-Räume von {room} starten</translation>
    </message>
    <message>
        <source>stop the breakout rooms of {room}</source>
        <translation>die Breakout-Räume von {room} beenden</translation>
    </message>
    <message>
        <source>send a message to every breakout room of {room}</source>
        <translation>eine Nachricht an jeden Breakout-Raum von {room} senden</translation>
    </message>
    <message>
        <source>remove the breakout rooms of {room}</source>
        <translation>die Breakout-Räume von {room} entfernen</translation>
    </message>
    <message>
        <source>ask for help in {room}</source>
        <translation>in {room} um Hilfe bitten</translation>
    </message>
    <message>
        <source>dismiss the request for help in {room}</source>
        <translation>die Hilfeanfrage in {room} erledigen</translation>
    </message>
    <message>
        <source>switch to {room}</source>
        <translation>zu {room} wechseln</translation>
    </message>
    <message>
        <source>list who is in the call of {room}</source>
        <translation>auflisten, wer im Anruf von {room} ist</translation>
    </message>
    <message>
        <source>join the call in {room}</source>
        <translation>dem Anruf in {room} beitreten</translation>
    </message>
    <message>
        <source>change your media in {room}</source>
        <translation>Ihre Medien in {room} ändern</translation>
    </message>
    <message>
        <source>end the call in {room} for everyone</source>
        <translation>den Anruf in {room} für alle beenden</translation>
    </message>
    <message>
        <source>leave the call in {room}</source>
        <translation>den Anruf in {room} verlassen</translation>
    </message>
    <message>
        <source>ring {who}</source>
        <translation>{who} anklingeln</translation>
    </message>
    <message>
        <source>dial out to {who}</source>
        <translation>{who} anwählen</translation>
    </message>
    <message>
        <source>download the attendance list of {room}</source>
        <translation>die Teilnahmeliste von {room} herunterladen</translation>
    </message>
    <message>
        <source>read the chat of {room}</source>
        <translation>den Chat von {room} lesen</translation>
    </message>
    <message>
        <source>read new messages of {room}</source>
        <translation>neue Nachrichten von {room} lesen</translation>
    </message>
    <message>
        <source>post to {room}</source>
        <translation>in {room} posten</translation>
    </message>
    <message>
        <source>delete {target} in {room}</source>
        <translation>{target} in {room} löschen</translation>
    </message>
    <message>
        <source>clear the history of {room}</source>
        <translation>den Verlauf von {room} leeren</translation>
    </message>
    <message>
        <source>list the participants of {room}</source>
        <translation>die Teilnehmenden von {room} auflisten</translation>
    </message>
    <message>
        <source>add {who} to {room}</source>
        <translation>{who} zu {room} hinzufügen</translation>
    </message>
    <message>
        <source>remove {who} from {room}</source>
        <translation>{who} aus {room} entfernen</translation>
    </message>
    <message>
        <source>promote {who} to moderator in {room}</source>
        <translation>{who} in {room} zum Moderator befördern</translation>
    </message>
    <message>
        <source>demote {who} in {room}</source>
        <translation>{who} in {room} zurückstufen</translation>
    </message>
    <message>
        <source>change the permissions of {who}</source>
        <translation>die Berechtigungen von {who} ändern</translation>
    </message>
    <message>
        <source>resend invitations for {room}</source>
        <translation>Einladungen für {room} erneut senden</translation>
    </message>
    <message>
        <source>resend the invitation to {who}</source>
        <translation>die Einladung an {who} erneut senden</translation>
    </message>
    <message>
        <source>check the e-mail guests to import into {room}</source>
        <translation>die E-Mail-Gäste für den Import in {room} prüfen</translation>
    </message>
    <message>
        <source>import e-mail guests into {room}</source>
        <translation>E-Mail-Gäste in {room} importieren</translation>
    </message>
    <message>
        <source>set your guest name</source>
        <translation>Ihren Gastnamen festlegen</translation>
    </message>
    <message>
        <source>change who can find {room}</source>
        <translation>ändern, wer {room} finden kann</translation>
    </message>
    <message>
        <source>turn off message expiration in {room}</source>
        <translation>den Ablauf von Nachrichten in {room} ausschalten</translation>
    </message>
    <message>
        <source>make messages in {room} expire</source>
        <translation>Nachrichten in {room} ablaufen lassen</translation>
    </message>
    <message>
        <source>change who may mention everyone in {room}</source>
        <translation>ändern, wer in {room} alle erwähnen darf</translation>
    </message>
    <message>
        <source>require recording consent in {room}</source>
        <translation>in {room} eine Einwilligung zur Aufzeichnung verlangen</translation>
    </message>
    <message>
        <source>stop requiring recording consent in {room}</source>
        <translation>in {room} keine Einwilligung zur Aufzeichnung mehr verlangen</translation>
    </message>
    <message>
        <source>create a poll in {room}</source>
        <translation>eine Umfrage in {room} erstellen</translation>
    </message>
    <message>
        <source>read poll {poll} of {room}</source>
        <translation>Umfrage {poll} von {room} lesen</translation>
    </message>
    <message>
        <source>close poll {poll} in {room}</source>
        <translation>Umfrage {poll} in {room} schließen</translation>
    </message>
    <message>
        <source>start {what} of the call in {room}</source>
        <translation>{what} des Anrufs in {room} starten</translation>
    </message>
    <message>
        <source>stop recording the call in {room}</source>
        <translation>die Aufzeichnung des Anrufs in {room} beenden</translation>
    </message>
    <message>
        <source>list the conversations</source>
        <translation>die Unterhaltungen auflisten</translation>
    </message>
    <message>
        <source>open {room}</source>
        <translation>{room} öffnen</translation>
    </message>
    <message>
        <source>create the conversation &apos;{name}&apos;</source>
        <translation>die Unterhaltung „{name}“ erstellen</translation>
    </message>
    <message>
        <source>rename {room} to &apos;{name}&apos;</source>
        <translation>{room} in „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>change the description of {room}</source>
        <translation>die Beschreibung von {room} ändern</translation>
    </message>
    <message>
        <source>delete {room}</source>
        <translation>{room} löschen</translation>
    </message>
    <message>
        <source>leave {room}</source>
        <translation>{room} verlassen</translation>
    </message>
    <message>
        <source>allow guests in {room}</source>
        <translation>Gäste in {room} zulassen</translation>
    </message>
    <message>
        <source>disallow guests in {room}</source>
        <translation>Gäste in {room} nicht mehr zulassen</translation>
    </message>
    <message>
        <source>make {room} read-only</source>
        <translation>{room} auf „Nur lesen“ setzen</translation>
    </message>
    <message>
        <source>make {room} writable again</source>
        <translation>{room} wieder beschreibbar machen</translation>
    </message>
    <message>
        <source>set the password of {room}</source>
        <translation>das Passwort von {room} festlegen</translation>
    </message>
    <message>
        <source>remove the password of {room}</source>
        <translation>das Passwort von {room} entfernen</translation>
    </message>
    <message>
        <source>add {room} to favorites</source>
        <translation>{room} zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>remove {room} from favorites</source>
        <translation>{room} aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>change notifications of {room}</source>
        <translation>die Benachrichtigungen von {room} ändern</translation>
    </message>
    <message>
        <source>change call notifications of {room}</source>
        <translation>die Anruf-Benachrichtigungen von {room} ändern</translation>
    </message>
    <message>
        <source>join {room}</source>
        <translation>{room} beitreten</translation>
    </message>
    <message>
        <source>disconnect from {room}</source>
        <translation>die Verbindung zu {room} trennen</translation>
    </message>
    <message>
        <source>read the signaling settings</source>
        <translation>die Signaling-Einstellungen lesen</translation>
    </message>
    <message>
        <source>watch who is in {room}</source>
        <translation>beobachten, wer in {room} ist</translation>
    </message>
    <message>
        <source>turn on the lobby of {room} until {time}</source>
        <translation>die Lobby von {room} bis {time} einschalten</translation>
    </message>
    <message>
        <source>turn on the lobby of {room}</source>
        <translation>die Lobby von {room} einschalten</translation>
    </message>
    <message>
        <source>open the lobby of {room}</source>
        <translation>die Lobby von {room} öffnen</translation>
    </message>
    <message>
        <source>turn off SIP dial-in for {room}</source>
        <translation>die SIP-Einwahl für {room} ausschalten</translation>
    </message>
    <message>
        <source>turn on SIP dial-in for {room}</source>
        <translation>die SIP-Einwahl für {room} einschalten</translation>
    </message>
    <message>
        <source>check the server at {server}</source>
        <translation>den Server unter {server} prüfen</translation>
    </message>
    <message>
        <source>read the server&apos;s capabilities</source>
        <translation>die Fähigkeiten des Servers lesen</translation>
    </message>
    <message>
        <source>revoke the app password</source>
        <translation>das App-Passwort widerrufen</translation>
    </message>
    <message>
        <source>search for &apos;{search}&apos;</source>
        <translation>nach „{search}“ suchen</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>{detail}: the server&apos;s answer was lost, but reading it again shows {seen}: the change was applied</source>
        <translation>{detail}: Die Antwort des Servers ging verloren, doch erneutes Lesen zeigt: {seen}. Die Änderung wurde übernommen</translation>
    </message>
    <message>
        <source>{error}. Read again: {seen}: the change was not applied; try again</source>
        <translation>{error}. Erneut gelesen: {seen}. Die Änderung wurde nicht übernommen; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{error}. Whether it took effect is unknown ({seen}): look before trying again</source>
        <translation>{error}. Ob die Änderung wirksam wurde, ist unbekannt ({seen}): Prüfen Sie es, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>the lobby is now on</source>
        <translation>die Lobby ist jetzt an</translation>
    </message>
    <message>
        <source>the lobby is now off</source>
        <translation>die Lobby ist jetzt aus</translation>
    </message>
    <message>
        <source>the conversation is now read-only</source>
        <translation>die Unterhaltung ist jetzt schreibgeschützt</translation>
    </message>
    <message>
        <source>the conversation is now writable</source>
        <translation>die Unterhaltung ist jetzt beschreibbar</translation>
    </message>
    <message>
        <source>guests are now allowed</source>
        <translation>Gäste sind jetzt erlaubt</translation>
    </message>
    <message>
        <source>guests are now not allowed</source>
        <translation>Gäste sind jetzt nicht erlaubt</translation>
    </message>
    <message>
        <source>the conversation now has a password</source>
        <translation>die Unterhaltung hat jetzt ein Passwort</translation>
    </message>
    <message>
        <source>the conversation now has no password</source>
        <translation>die Unterhaltung hat jetzt kein Passwort</translation>
    </message>
    <message>
        <source>it is now named &apos;{name}&apos;</source>
        <translation>sie heißt jetzt „{name}“</translation>
    </message>
    <message>
        <source>the description is the new one</source>
        <translation>die Beschreibung ist die neue</translation>
    </message>
    <message>
        <source>the description is not the new one</source>
        <translation>die Beschreibung ist nicht die neue</translation>
    </message>
    <message>
        <source>it is now a favorite</source>
        <translation>sie ist jetzt ein Favorit</translation>
    </message>
    <message>
        <source>it is now not a favorite</source>
        <translation>sie ist jetzt kein Favorit</translation>
    </message>
    <message>
        <source>call notifications is now on</source>
        <translation>Anrufbenachrichtigungen sind jetzt an</translation>
    </message>
    <message>
        <source>call notifications is now off</source>
        <translation>Anrufbenachrichtigungen sind jetzt aus</translation>
    </message>
    <message>
        <source>a call is still running</source>
        <translation>ein Anruf läuft noch</translation>
    </message>
    <message>
        <source>no call is running any more</source>
        <translation>es läuft kein Anruf mehr</translation>
    </message>
    <message>
        <source>the call is not being recorded</source>
        <translation>der Anruf wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>the call is not being recorded any more</source>
        <translation>der Anruf wird nicht mehr aufgezeichnet</translation>
    </message>
    <message>
        <source>SIP is {state}</source>
        <translation>SIP ist {state}</translation>
    </message>
    <message>
        <source>who may find it is now scope {scope}</source>
        <translation>wer sie finden kann, ist jetzt Bereich {scope}</translation>
    </message>
    <message>
        <source>messages now expire after {seconds} s</source>
        <translation>Nachrichten laufen jetzt nach {seconds} s ab</translation>
    </message>
    <message>
        <source>mention permissions are now {value}</source>
        <translation>die Erwähnungsrechte sind jetzt {value}</translation>
    </message>
    <message>
        <source>the notification level is now {level}</source>
        <translation>die Benachrichtigungsstufe ist jetzt {level}</translation>
    </message>
    <message>
        <source>{name} is no longer in the conversation</source>
        <translation>{name} ist nicht mehr in der Unterhaltung</translation>
    </message>
    <message>
        <source>{name} is a moderator now</source>
        <translation>{name} ist jetzt Moderator</translation>
    </message>
    <message>
        <source>{name} is not a moderator now</source>
        <translation>{name} ist jetzt kein Moderator</translation>
    </message>
    <message>
        <source>{name} may now pass the lobby</source>
        <translation>{name} darf jetzt an der Lobby vorbei</translation>
    </message>
    <message>
        <source>{name} waits for the lobby</source>
        <translation>{name} wartet in der Lobby</translation>
    </message>
    <message>
        <source>{name} is still in the conversation</source>
        <translation>{name} ist noch in der Unterhaltung</translation>
    </message>
    <message>
        <source>reading it again failed too ({error})</source>
        <translation>auch das erneute Lesen schlug fehl ({error})</translation>
    </message>
    <message>
        <source>a read cannot show whether this action took effect</source>
        <translation>ein Lesen kann nicht zeigen, ob diese Aktion wirksam wurde</translation>
    </message>
    <message>
        <source>the conversation is gone</source>
        <translation>die Unterhaltung ist nicht mehr da</translation>
    </message>
    <message>
        <source>the conversation is still there</source>
        <translation>die Unterhaltung ist noch da</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>People waiting in a lobby</source>
        <translation>Personen, die in einer Lobby warten</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Niemand wartet</translation>
    </message>
    <message>
        <source>Let In</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Let the selected people in past the lobby</source>
        <translation>Die ausgewählten Personen an der Lobby vorbei einlassen</translation>
    </message>
    <message>
        <source>Let In Everyone in This Room</source>
        <translation>Alle in diesem Raum einlassen</translation>
    </message>
    <message>
        <source>Let everyone waiting in the selected person&apos;s conversation in</source>
        <translation>Alle einlassen, die in der Unterhaltung der ausgewählten Person warten</translation>
    </message>
    <message>
        <source>1 lobby</source>
        <translation>1 Lobby</translation>
    </message>
    <message numerus="yes">
        <source>%n lobbies</source>
        <translation>
            <numerusform>%n Lobby</numerusform>
            <numerusform>%n Lobbys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in {lobbies}</source>
        <translation>
            <numerusform>%n wartet in {lobbies}</numerusform>
            <numerusform>%n warten in {lobbies}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (Gast)</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Einlassen</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>One-to-one</source>
        <translation>Einzelunterhaltung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Former one-to-one</source>
        <translation>Ehem. Einzelunterhaltung</translation>
    </message>
    <message>
        <source>Note to self</source>
        <translation>Notiz an mich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>User (joined by link)</source>
        <translation>Benutzer (über Link beigetreten)</translation>
    </message>
    <message>
        <source>Guest moderator</source>
        <translation>Gast-Moderator</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Federated user</source>
        <translation>Föderierter Benutzer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Type {number}</source>
        <translation>Typ {number}</translation>
    </message>
    <message>
        <source>Role {number}</source>
        <translation>Rolle {number}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>opening now</source>
        <translation>öffnet jetzt</translation>
    </message>
    <message>
        <source>opens in {time}</source>
        <translation>öffnet in {time}</translation>
    </message>
    <message>
        <source>opens at {time}</source>
        <translation>öffnet um {time}</translation>
    </message>
    <message>
        <source>opens {date}</source>
        <translation>öffnet am {date}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{time} ago</source>
        <translation>vor {time}</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In call (no media)</source>
        <translation>Im Anruf (ohne Medien)</translation>
    </message>
    <message>
        <source>In call ({media})</source>
        <translation>Im Anruf ({media})</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
</TS>
