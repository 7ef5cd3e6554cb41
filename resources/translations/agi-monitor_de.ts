<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>AGI API Key</source>
        <translation>AGI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your AGI API key (from platform.agi.tech/api-keys). It is checked with the server, then kept in your system keychain, never in a settings file.</source>
        <translation>Fügen Sie Ihren AGI-API-Schlüssel ein (von platform.agi.tech/api-keys). Er wird beim Server geprüft und dann im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Explore the app against its built-in emulator, without a key.</source>
        <translation>Die Anwendung ohne Schlüssel mit dem eingebauten Emulator erkunden.</translation>
    </message>
</context>
<context>
    <name>CreateSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Agent &amp;model:</source>
        <translation>Agenten-&amp;Modell:</translation>
    </message>
    <message>
        <source>First &amp;task:</source>
        <translation>Erste &amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Optional. What the agent should do first, e.g. &quot;Find the cheapest flight from Paris to Rome next Friday&quot;.</source>
        <translation>Optional. Was der Agent zuerst tun soll, z. B. „Finde den günstigsten Flug von Paris nach Rom am nächsten Freitag“.</translation>
    </message>
    <message>
        <source>&amp;Start URL:</source>
        <translation>S&amp;tart-URL:</translation>
    </message>
    <message>
        <source>Optional, sent with the first task: https://...</source>
        <translation>Optional, wird mit der ersten Aufgabe gesendet: https://...</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Optional: https://example.com/hooks/agi</source>
        <translation>Optional: https://example.com/hooks/agi</translation>
    </message>
    <message>
        <source>Browser state</source>
        <translation>Browserzustand</translation>
    </message>
    <message>
        <source>Start with a &amp;fresh browser</source>
        <translation>Mit einem &amp;neuen Browser beginnen</translation>
    </message>
    <message>
        <source>Restore a saved s&amp;ession</source>
        <translation>&amp;Gespeicherte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>Sitzungs-&amp;ID:</translation>
    </message>
    <message>
        <source>Pick a saved session above or paste its id</source>
        <translation>Oben eine gespeicherte Sitzung wählen oder ihre ID einfügen</translation>
    </message>
    <message>
        <source>Restore my &amp;default environment</source>
        <translation>Meine &amp;Standardumgebung wiederherstellen</translation>
    </message>
    <message>
        <source>Open Settings...</source>
        <translation>Einstellungen öffnen …</translation>
    </message>
    <message>
        <source>Restore from the &amp;memory snapshot (faster; uncheck to use the filesystem snapshot only)</source>
        <translation>Aus dem &amp;Arbeitsspeicher-Snapshot wiederherstellen (schneller; abwählen, um nur den Dateisystem-Snapshot zu verwenden)</translation>
    </message>
</context>
<context>
    <name>EndAllSessionsDialog</name>
    <message>
        <source>End All Sessions</source>
        <translation>Alle Sitzungen beenden</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>End and save as my &amp;default environment (recommended)</source>
        <translation>Beenden und als meine &amp;Standardumgebung speichern (empfohlen)</translation>
    </message>
    <message>
        <source>Saves this browser to disk (cookies, logins, storage) and makes it the starting point of sessions created with &quot;Restore my default environment&quot;.</source>
        <translation>Speichert diesen Browser auf der Festplatte (Cookies, Anmeldungen, Speicher) und macht ihn zum Ausgangspunkt von Sitzungen, die mit „Meine Standardumgebung wiederherstellen“ erstellt werden.</translation>
    </message>
    <message>
        <source>End and save a &amp;snapshot:</source>
        <translation>Beenden und einen &amp;Snapshot speichern:</translation>
    </message>
    <message>
        <source>Keeps this browser so a new session can be restored from it; your default environment stays as it is.</source>
        <translation>Bewahrt diesen Browser auf, damit eine neue Sitzung daraus wiederhergestellt werden kann; Ihre Standardumgebung bleibt unverändert.</translation>
    </message>
    <message>
        <source>End &amp;without saving</source>
        <translation>Beenden &amp;ohne zu speichern</translation>
    </message>
    <message>
        <source>Closes the browser and discards its state. A running task is cancelled.</source>
        <translation>Schließt den Browser und verwirft seinen Zustand. Eine laufende Aufgabe wird abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://api.agi.tech</source>
        <translation>https://api.agi.tech</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produktion</translation>
    </message>
    <message>
        <source>Use the production API, https://api.agi.tech</source>
        <translation>Die Produktions-API verwenden, https://api.agi.tech</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>Your AGI user id</source>
        <translation>Ihre AGI-Benutzer-ID</translation>
    </message>
    <message>
        <source>Used only by &quot;Restore my default environment&quot; when you create a session: the API finds your default environment by this id. Enter it once; the API cannot tell the app what it is.</source>
        <translation>Wird nur von „Meine Standardumgebung wiederherstellen“ beim Erstellen einer Sitzung verwendet: Die API findet Ihre Standardumgebung über diese ID. Geben Sie sie einmal ein; die API kann sie der Anwendung nicht mitteilen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Session &amp;list every:</source>
        <translation>Sitzungs&amp;liste alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Live &amp;frame every:</source>
        <translation>Live-&amp;Bild alle:</translation>
    </message>
</context>
<context>
    <name>agi::ApiClient</name>
    <message>
        <source>the server address is not a valid URL</source>
        <translation>die Serveradresse ist keine gültige URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer; use https for %1</source>
        <translation>unverschlüsseltes http ist nur zu diesem Computer erlaubt; verwenden Sie https für %1</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes Schema „%1“</translation>
    </message>
    <message>
        <source>refused a redirect to another server (%1)</source>
        <translation>Weiterleitung zu einem anderen Server abgelehnt (%1)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>no HTTP status in the answer</source>
        <translation>kein HTTP-Status in der Antwort</translation>
    </message>
</context>
<context>
    <name>agi::ApiError</name>
    <message>
        <source>Could not reach the server: %1.</source>
        <translation>Der Server ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server rejected the API key (401).</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (401).</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that (403).</source>
        <translation>Dieser API-Schlüssel ist dazu nicht berechtigt (403).</translation>
    </message>
    <message>
        <source>Session not found: it may have ended.</source>
        <translation>Sitzung nicht gefunden: Sie wurde möglicherweise beendet.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The session is not in a state that allows this: %1.</source>
        <translation>Die Sitzung ist in einem Zustand, der das nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>The session is not in a state that allows this.</source>
        <translation>Die Sitzung ist in einem Zustand, der das nicht erlaubt.</translation>
    </message>
    <message>
        <source>Rate limited: next try in %1 s.</source>
        <translation>Anfragelimit erreicht: nächster Versuch in %1 s.</translation>
    </message>
    <message>
        <source>Rate limited by the server: try again later.</source>
        <translation>Der Server begrenzt die Anfragen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed (%1): %2.</source>
        <translation>Fehler auf dem Server (%1): %2.</translation>
    </message>
    <message>
        <source>The server failed (%1).</source>
        <translation>Fehler auf dem Server (%1).</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot use: %1.</source>
        <translation>Der Server hat eine unbrauchbare Antwort gesendet: %1.</translation>
    </message>
    <message>
        <source>The server sent an answer the app cannot use.</source>
        <translation>Der Server hat eine unbrauchbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refused an insecure connection: %1.</source>
        <translation>Unsichere Verbindung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refused an insecure connection.</source>
        <translation>Unsichere Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the request (%1): %2.</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1): %2.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The request failed: %1.</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The session may have been created anyway; check the list before retrying.</source>
        <translation>Die Sitzung wurde möglicherweise trotzdem erstellt; prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The message may have been sent anyway; check the conversation before retrying.</source>
        <translation>Die Nachricht wurde möglicherweise trotzdem gesendet; prüfen Sie den Verlauf, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>the session has no session_id</source>
        <translation>die Sitzung hat keine session_id</translation>
    </message>
    <message>
        <source>the answer says neither deleted nor success</source>
        <translation>die Antwort meldet weder deleted noch success</translation>
    </message>
    <message>
        <source>the answer has no status</source>
        <translation>die Antwort enthält keinen Status</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list of models</source>
        <translation>Liste von Modellen erwartet</translation>
    </message>
    <message>
        <source>expected a list of sessions</source>
        <translation>Liste von Sitzungen erwartet</translation>
    </message>
    <message>
        <source>messages is not a list</source>
        <translation>messages ist keine Liste</translation>
    </message>
    <message>
        <source>expected a JSON object with messages</source>
        <translation>JSON-Objekt mit messages erwartet</translation>
    </message>
    <message>
        <source>the server did not accept the message</source>
        <translation>der Server hat die Nachricht nicht angenommen</translation>
    </message>
</context>
<context>
    <name>agi::ApiKeyDialog</name>
    <message>
        <source>Check and Use</source>
        <translation>Prüfen und verwenden</translation>
    </message>
    <message>
        <source>Check and Save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Use Without Saving</source>
        <translation>Ohne Speichern verwenden</translation>
    </message>
    <message>
        <source>The key in use comes from the %1 environment variable, which wins over the keychain: a key entered here is used for this run only and is not stored. Change or unset the variable to change the key for good.</source>
        <translation>Der verwendete Schlüssel stammt aus der Umgebungsvariablen %1, die Vorrang vor dem Schlüsselbund hat: Ein hier eingegebener Schlüssel gilt nur für diesen Programmlauf und wird nicht gespeichert. Ändern oder entfernen Sie die Variable, um den Schlüssel dauerhaft zu ändern.</translation>
    </message>
    <message>
        <source>Paste an AGI API key to use for this run. It is checked with the server.</source>
        <translation>Fügen Sie einen AGI-API-Schlüssel für diesen Programmlauf ein. Er wird beim Server geprüft.</translation>
    </message>
    <message>
        <source>The server rejected this key (401): check that it was pasted whole.</source>
        <translation>Der Server hat diesen Schlüssel abgelehnt (401): Prüfen Sie, ob er vollständig eingefügt wurde.</translation>
    </message>
    <message>
        <source>This key is not authorized to use the API (403).</source>
        <translation>Dieser Schlüssel ist nicht zur Nutzung der API berechtigt (403).</translation>
    </message>
    <message>
        <source>Checking the key with %1...</source>
        <translation>Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>The key works. Saving it in the keychain...</source>
        <translation>Der Schlüssel funktioniert. Er wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The key works, but it could not be saved. %1</source>
        <translation>Der Schlüssel funktioniert, konnte aber nicht gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>agi::AppActions</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Session...</source>
        <translation>&amp;Neue Sitzung …</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new agent session</source>
        <translation>Eine neue Agentensitzung starten</translation>
    </message>
    <message>
        <source>&amp;Refresh List</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the session list now</source>
        <translation>Die Sitzungsliste jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;End Session...</source>
        <translation>Sitzung &amp;beenden …</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the selected session, optionally saving its browser</source>
        <translation>Die gewählte Sitzung beenden, wahlweise mit Speichern ihres Browsers</translation>
    </message>
    <message>
        <source>End &amp;All Sessions...</source>
        <translation>&amp;Alle Sitzungen beenden …</translation>
    </message>
    <message>
        <source>Copy Session &amp;ID</source>
        <translation>Sitzungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>Sitzung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Fit to Pane</source>
        <translation>An Bereich an&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>Refresh &amp;Frame Now</source>
        <translation>&amp;Bild jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Save Frame As...</source>
        <translation>Bild &amp;speichern unter …</translation>
    </message>
    <message>
        <source>Save Frame</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Copy Frame</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Page &amp;URL</source>
        <translation>Seiten-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Page in Browser</source>
        <translation>Seite im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Live View in Browser</source>
        <translation>&amp;Live-Ansicht im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About AGI Session Monitor</source>
        <translation>&amp;Über AGI Session Monitor</translation>
    </message>
    <message>
        <source>Live View</source>
        <translation>Live-Ansicht</translation>
    </message>
    <message>
        <source>Open the session&apos;s interactive live view in the system browser</source>
        <translation>Die interaktive Live-Ansicht der Sitzung im Browser des Systems öffnen</translation>
    </message>
</context>
<context>
    <name>agi::CreateSessionDialog</name>
    <message>
        <source>&amp;Create Session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 are allowed.</source>
        <translation>Zu lang: %1 Zeichen, höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Must start with http:// or https://.</source>
        <translation>Muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Not a valid URL.</source>
        <translation>Keine gültige URL.</translation>
    </message>
    <message>
        <source>Could not load the list of models (%1) Showing the documented ones.</source>
        <translation>Die Liste der Modelle konnte nicht geladen werden (%1). Die dokumentierten werden angezeigt.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Starts from the browser you last saved as your default (user id %1).</source>
        <translation>Beginnt mit dem Browser, den Sie zuletzt als Standard gespeichert haben (Benutzer-ID %1).</translation>
    </message>
    <message>
        <source>Needs your user id, which you enter once in the settings.</source>
        <translation>Benötigt Ihre Benutzer-ID, die Sie einmal in den Einstellungen eingeben.</translation>
    </message>
    <message>
        <source>A start URL is sent with the first task: describe the task too.</source>
        <translation>Eine Start-URL wird mit der ersten Aufgabe gesendet: Beschreiben Sie auch die Aufgabe.</translation>
    </message>
    <message>
        <source>Pick a saved session or paste the id of a session saved with a snapshot.</source>
        <translation>Wählen Sie eine gespeicherte Sitzung oder fügen Sie die ID einer mit Snapshot gespeicherten Sitzung ein.</translation>
    </message>
    <message>
        <source>Not a session id.</source>
        <translation>Keine Sitzungs-ID.</translation>
    </message>
    <message>
        <source>Creating the session...</source>
        <translation>Sitzung wird erstellt …</translation>
    </message>
    <message>
        <source>Session created; sending the first task...</source>
        <translation>Sitzung erstellt; die erste Aufgabe wird gesendet …</translation>
    </message>
    <message>
        <source>First task not sent</source>
        <translation>Erste Aufgabe nicht gesendet</translation>
    </message>
    <message>
        <source>The session was created, but its first task could not be sent: %1

You can send it again from the session&apos;s message box.</source>
        <translation>Die Sitzung wurde erstellt, aber ihre erste Aufgabe konnte nicht gesendet werden: %1

Sie können sie im Nachrichtenfeld der Sitzung erneut senden.</translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation>Die Sitzung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Your default</source>
        <translation>Ihr Standard</translation>
    </message>
    <message>
        <source>The session list is being refreshed.</source>
        <translation>Die Sitzungsliste wird aktualisiert.</translation>
    </message>
    <message>
        <source>No default environment is saved for user id %1.</source>
        <translation>Für die Benutzer-ID %1 ist keine Standardumgebung gespeichert.</translation>
    </message>
    <message>
        <source>No snapshot is saved for that session.</source>
        <translation>Für diese Sitzung ist kein Snapshot gespeichert.</translation>
    </message>
</context>
<context>
    <name>agi::Credentials</name>
    <message>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>An empty API key cannot be stored.</source>
        <translation>Ein leerer API-Schlüssel kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not store the API key in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>no keychain service is available (is a Secret Service such as GNOME Keyring or KWallet running?). You can set %1 instead.</source>
        <translation>kein Schlüsselbunddienst verfügbar (läuft ein Secret Service wie GNOME Keyring oder KWallet?). Sie können stattdessen %1 setzen.</translation>
    </message>
    <message>
        <source>the keychain denied access</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>agi::EndAllSessionsDialog</name>
    <message>
        <source>All sessions ended. Nothing was saved.</source>
        <translation>Alle Sitzungen beendet. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server ended no session.</source>
        <translation>Der Server hat keine Sitzung beendet.</translation>
    </message>
    <message>
        <source>Ending all sessions...</source>
        <translation>Alle Sitzungen werden beendet …</translation>
    </message>
    <message>
        <source>the 1 session</source>
        <translation>die eine Sitzung</translation>
    </message>
    <message>
        <source>all %1 sessions</source>
        <translation>alle %1 Sitzungen</translation>
    </message>
    <message>
        <source>End %1 of this API key? Their browsers close, running tasks are cancelled and nothing is saved. This cannot be undone.</source>
        <translation>Wirklich %1 dieses API-Schlüssels beenden? Ihre Browser werden geschlossen, laufende Aufgaben abgebrochen und nichts wird gespeichert. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>End 1 Session</source>
        <translation>1 Sitzung beenden</translation>
    </message>
    <message>
        <source>End %1 Sessions</source>
        <translation>%1 Sitzungen beenden</translation>
    </message>
</context>
<context>
    <name>agi::EndSessionDialog</name>
    <message>
        <source>End Session %1</source>
        <translation>Sitzung %1 beenden</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No frame yet</source>
        <translation>Noch kein Bild</translation>
    </message>
    <message>
        <source>Filesystem (most reliable, keeps logins)</source>
        <translation>Dateisystem (am zuverlässigsten, behält Anmeldungen)</translation>
    </message>
    <message>
        <source>Memory (fastest restore)</source>
        <translation>Arbeitsspeicher (schnellste Wiederherstellung)</translation>
    </message>
    <message>
        <source>End and save as default</source>
        <translation>Beenden und als Standard speichern</translation>
    </message>
    <message>
        <source>End and save snapshot</source>
        <translation>Beenden und Snapshot speichern</translation>
    </message>
    <message>
        <source>End without saving</source>
        <translation>Beenden ohne zu speichern</translation>
    </message>
    <message>
        <source>No answer yet; trying once more...</source>
        <translation>Noch keine Antwort; neuer Versuch …</translation>
    </message>
    <message>
        <source>Ending the session...</source>
        <translation>Sitzung wird beendet …</translation>
    </message>
    <message>
        <source>The first attempt timed out; the server no longer knows the session: it was probably ended by that attempt. Nothing was saved as far as we can tell.</source>
        <translation>Beim ersten Versuch gab es eine Zeitüberschreitung; der Server kennt die Sitzung nicht mehr: Sie wurde wahrscheinlich durch diesen Versuch beendet. Soweit erkennbar wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Session not found: it had already ended.</source>
        <translation>Sitzung nicht gefunden: Sie war bereits beendet.</translation>
    </message>
    <message>
        <source>Session ended without saving.</source>
        <translation>Sitzung ohne Speichern beendet.</translation>
    </message>
    <message>
        <source>Session ended. Snapshot saved (%1) and set as your default environment.</source>
        <translation>Sitzung beendet. Snapshot gespeichert (%1) und als Ihre Standardumgebung festgelegt.</translation>
    </message>
    <message>
        <source>Session ended. Snapshot saved (%1).</source>
        <translation>Sitzung beendet. Snapshot gespeichert (%1).</translation>
    </message>
    <message>
        <source>It could not be recorded in the local snapshot library: %1</source>
        <translation>Er konnte nicht in der lokalen Snapshot-Bibliothek verzeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>agi::EventStream</name>
    <message>
        <source>an event was too large and was skipped</source>
        <translation>ein Ereignis war zu groß und wurde übersprungen</translation>
    </message>
    <message>
        <source>the event stream closed before the task ended</source>
        <translation>der Ereignisstrom wurde geschlossen, bevor die Aufgabe endete</translation>
    </message>
    <message>
        <source>no event or heartbeat for %1 s</source>
        <translation>seit %1 s weder Ereignis noch Heartbeat</translation>
    </message>
</context>
<context>
    <name>agi::ExecutionStatus</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for input</source>
        <translation>Wartet auf Eingabe</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>agi::FrameExport</name>
    <message>
        <source>Save Frame</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation>JPEG-Bilder (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The frame could not be saved to %1: %2</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>agi::FrameView</name>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>Warten auf das erste Bild …</translation>
    </message>
</context>
<context>
    <name>agi::LivePane</name>
    <message>
        <source>updated just now</source>
        <translation>gerade aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>vor %n s aktualisiert</numerusform>
            <numerusform>vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>vor %n min aktualisiert</numerusform>
            <numerusform>vor %n min aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>vor %n h aktualisiert</numerusform>
            <numerusform>vor %n h aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisierung:</translation>
    </message>
    <message>
        <source>How often a new frame is fetched</source>
        <translation>Wie oft ein neues Bild abgerufen wird</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>Warten auf das erste Bild …</translation>
    </message>
    <message>
        <source>Select a session to watch its browser live.</source>
        <translation>Wählen Sie eine Sitzung, um ihren Browser live zu beobachten.</translation>
    </message>
    <message>
        <source>No frame yet: %1</source>
        <translation>Noch kein Bild: %1</translation>
    </message>
    <message>
        <source>The latest frame could not be decoded (%1).
Showing the last good frame.</source>
        <translation>Das neueste Bild konnte nicht dekodiert werden (%1).
Das letzte gültige Bild wird angezeigt.</translation>
    </message>
    <message>
        <source>No new frame: %1
Showing the last good frame.</source>
        <translation>Kein neues Bild: %1
Das letzte gültige Bild wird angezeigt.</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Sitzung gewählt</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Aufgenommen um %1</translation>
    </message>
    <message>
        <source>Session finished: live view stopped</source>
        <translation>Sitzung beendet: Live-Ansicht angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — next try in %n s</source>
        <translation>
            <numerusform>Anfragelimit erreicht – nächster Versuch in %n s</numerusform>
            <numerusform>Anfragelimit erreicht – nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — next try in %n s</source>
        <translation>
            <numerusform>%1 – nächster Versuch in %n s</numerusform>
            <numerusform>%1 – nächster Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agi::MainWindow</name>
    <message>
        <source>AGI Session Monitor</source>
        <translation>AGI Session Monitor</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Frame Refresh &amp;Interval</source>
        <translation>Bildaktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <source>F&amp;rame</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Demo emulator</source>
        <translation>Demo-Emulator</translation>
    </message>
    <message>
        <source>The built-in emulator serves the AGI API at %1</source>
        <translation>Der eingebaute Emulator stellt die AGI-API unter %1 bereit</translation>
    </message>
    <message>
        <source>AGI Session Monitor (Demo)</source>
        <translation>AGI Session Monitor (Demo)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source> The list below is from %1.</source>
        <translation> Die Liste unten stammt von %1.</translation>
    </message>
    <message>
        <source>Could not refresh the session list: %1</source>
        <translation>Die Sitzungsliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Last good refresh %1</source>
        <translation>Letzte erfolgreiche Aktualisierung %1</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>The server denied access with this API key (403). Enter another key.</source>
        <translation>Der Server verweigert den Zugriff mit diesem API-Schlüssel (403). Geben Sie einen anderen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The server rejected the API key (401). Enter a valid key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (401). Geben Sie einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>About AGI Session Monitor</source>
        <translation>Über AGI Session Monitor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AGI Session Monitor %1&lt;/h3&gt;&lt;p&gt;Watch, start and end AGI browser-agent sessions, and keep the browser state you want as your default environment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AGI Session Monitor %1&lt;/h3&gt;&lt;p&gt;Sitzungen von AGI-Browser-Agenten beobachten, starten und beenden und den gewünschten Browserzustand als Standardumgebung behalten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>agi::ScreenshotJob</name>
    <message>
        <source>empty screenshot answer</source>
        <translation>leere Antwort auf die Bildschirmfoto-Anfrage</translation>
    </message>
</context>
<context>
    <name>agi::SessionListModel</name>
    <message>
        <source>Creation time unknown</source>
        <translation>Erstellungszeit unbekannt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agi::SessionListPanel</name>
    <message>
        <source>Filter by id, agent or task (Ctrl+F)</source>
        <translation>Nach ID, Agent oder Aufgabe filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show sessions with this status</source>
        <translation>Sitzungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Loading sessions...</source>
        <translation>Sitzungen werden geladen …</translation>
    </message>
    <message>
        <source>No sessions yet.
Press Ctrl+N to start one: an agent gets its own browser, and you watch it work here.</source>
        <translation>Noch keine Sitzungen.
Drücken Sie Strg+N, um eine zu starten: Ein Agent bekommt einen eigenen Browser, und Sie sehen ihm hier bei der Arbeit zu.</translation>
    </message>
    <message>
        <source>New Session...</source>
        <translation>Neue Sitzung …</translation>
    </message>
    <message>
        <source>No session matches the filter.</source>
        <translation>Keine Sitzung passt zum Filter.</translation>
    </message>
    <message>
        <source>Show All Sessions</source>
        <translation>Alle Sitzungen anzeigen</translation>
    </message>
</context>
<context>
    <name>agi::SessionStatus</name>
    <message>
        <source>Initializing</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>agi::SettingsDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://api.agi.tech.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://api.agi.tech.</translation>
    </message>
    <message>
        <source>Plain http is allowed for this computer only (localhost, 127.0.0.1): use https.</source>
        <translation>Unverschlüsseltes http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1): Verwenden Sie https.</translation>
    </message>
    <message>
        <source>Must start with https:// (or http:// for this computer).</source>
        <translation>Muss mit https:// beginnen (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>From the %1 environment variable</source>
        <translation>Aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Set for this run (not stored)</source>
        <translation>Für diesen Programmlauf gesetzt (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Remove API Key</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the API key from the system keychain? The app will ask for a key the next time it starts.</source>
        <translation>Den API-Schlüssel aus dem Schlüsselbund des Systems entfernen? Die Anwendung fragt beim nächsten Start nach einem Schlüssel.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>agi::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotEntry</name>
    <message>
        <source>Memory snapshot</source>
        <translation>Arbeitsspeicher-Snapshot</translation>
    </message>
    <message>
        <source>Filesystem snapshot</source>
        <translation>Dateisystem-Snapshot</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotFile</name>
    <message>
        <source>The snapshot library %1 cannot be read: %2</source>
        <translation>Die Snapshot-Bibliothek %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %n MiB</source>
        <translation>
            <numerusform>sie ist größer als %n MiB</numerusform>
            <numerusform>sie ist größer als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>it is not a snapshot library</source>
        <translation>sie ist keine Snapshot-Bibliothek</translation>
    </message>
    <message>
        <source>its format version %1 is not supported</source>
        <translation>ihre Formatversion %1 wird nicht unterstützt</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot library %1 is damaged (%2) and could not be kept aside; it is left as it is and nothing will be saved to it.</source>
        <translation>Die Snapshot-Bibliothek %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; sie bleibt unverändert, und es wird nichts darin gespeichert.</translation>
    </message>
    <message>
        <source>The snapshot library was damaged (%1). The original was kept as %2.</source>
        <translation>Die Snapshot-Bibliothek war beschädigt (%1). Das Original wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The snapshot library %1 cannot be written: %2</source>
        <translation>Die Snapshot-Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotLibrary</name>
    <message>
        <source>A snapshot without a session id cannot be recorded.</source>
        <translation>Ein Snapshot ohne Sitzungs-ID kann nicht verzeichnet werden.</translation>
    </message>
    <message>
        <source>The snapshot was recorded for this session only: the damaged library file %1 was left untouched.</source>
        <translation>Der Snapshot wurde nur für diese Sitzung verzeichnet: Die beschädigte Bibliotheksdatei %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Saved as the default environment</source>
        <translation>Als Standardumgebung gespeichert</translation>
    </message>
</context>
<context>
    <name>agi::StatusBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch and manage AGI browser-agent sessions.</source>
        <translation>Sitzungen von AGI-Browser-Agenten beobachten und verwalten.</translation>
    </message>
    <message>
        <source>Run against the built-in emulator.</source>
        <translation>Mit dem eingebauten Emulator arbeiten.</translation>
    </message>
    <message>
        <source>API base URL (default: settings).</source>
        <translation>Basis-URL der API (Standard: aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Select this session at start.</source>
        <translation>Diese Sitzung beim Start auswählen.</translation>
    </message>
    <message>
        <source>AGI Session Monitor</source>
        <translation>AGI Session Monitor</translation>
    </message>
    <message>
        <source>The built-in emulator did not start: %1</source>
        <translation>Der eingebaute Emulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The saved key could not be read: %1</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Log debug messages of every area (never the API key).</source>
        <translation>Debug-Meldungen aller Bereiche protokollieren (nie den API-Schlüssel).</translation>
    </message>
</context>
</TS>
