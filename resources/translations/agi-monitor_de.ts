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
    <message>
        <source>&amp;Wall tile frame every:</source>
        <translation>Bild der &amp;Wandkacheln alle:</translation>
    </message>
    <message>
        <source>For a wall of up to 16 sessions; a larger wall slows down in proportion.</source>
        <translation>Für eine Wand mit bis zu 16 Sitzungen; eine größere Wand wird entsprechend langsamer.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>agi::AgentPanel</name>
    <message>
        <source>Open a web address in the session&apos;s browser (Enter opens, Esc closes)</source>
        <translation>Eine Webadresse im Browser der Sitzung öffnen (Eingabetaste öffnet, Esc schließt)</translation>
    </message>
    <message>
        <source>Select a session to follow its agent.</source>
        <translation>Wählen Sie eine Sitzung, um ihrem Agenten zu folgen.</translation>
    </message>
    <message numerus="yes">
        <source>stalled: no change for %n min</source>
        <translation>
            <numerusform>stockt: seit %n min keine Änderung</numerusform>
            <numerusform>stockt: seit %n min keine Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 vergangen</translation>
    </message>
    <message>
        <source>%1 h %2 min elapsed</source>
        <translation>%1 h %2 min vergangen</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Cancel the agent&apos;s current task? It stops where it is; the session and its browser stay.</source>
        <translation>Die aktuelle Aufgabe des Agenten abbrechen? Er hält an, wo er gerade ist; die Sitzung und ihr Browser bleiben bestehen.</translation>
    </message>
</context>
<context>
    <name>agi::AgentResult</name>
    <message numerus="yes">
        <source>%n field(s): %1</source>
        <translation>
            <numerusform>%n Feld: %1</numerusform>
            <numerusform>%n Felder: %1</numerusform>
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
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n Eintrag: %1</numerusform>
            <numerusform>%n Einträge: %1</numerusform>
        </translation>
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
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
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
    <message>
        <source>The server has nothing at this address (404): check the server address in the settings.</source>
        <translation>Der Server hat unter dieser Adresse nichts (404): Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: the server asks to wait %n s.</source>
        <translation>
            <numerusform>Anfragelimit erreicht: Der Server bittet, %n s zu warten.</numerusform>
            <numerusform>Anfragelimit erreicht: Der Server bittet, %n s zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation>Der Server begrenzt die Anfragen.</translation>
    </message>
    <message>
        <source>The server accepted the request, but its answer could not be read: %1.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The server accepted the request, but its answer could not be read.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The session may have been ended and saved anyway.</source>
        <translation>Die Sitzung wurde möglicherweise trotzdem beendet und gespeichert.</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent</source>
        <translation>die Verbindung wurde nach dem Senden der Anfrage geschlossen</translation>
    </message>
</context>
<context>
    <name>agi::ApiKeyCheck</name>
    <message>
        <source>The server accepted the key.</source>
        <translation>Der Server hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>The server rejected this key (401): check that it was pasted whole.</source>
        <translation>Der Server hat diesen Schlüssel abgelehnt (401): Prüfen Sie, ob er vollständig eingefügt wurde.</translation>
    </message>
    <message>
        <source>This key is not authorized to use the API (403).</source>
        <translation>Dieser Schlüssel ist nicht zur Nutzung der API berechtigt (403).</translation>
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
        <source>End A&amp;ll Sessions...</source>
        <translation>Alle Sit&amp;zungen beenden …</translation>
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
        <source>Fit to &amp;Pane</source>
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
        <source>Refresh F&amp;rame Now</source>
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
    <message>
        <source>&amp;Forget Frame History...</source>
        <translation>Bildverlauf &amp;vergessen …</translation>
    </message>
    <message>
        <source>Delete the frames kept on this computer for the selected session (asks first)</source>
        <translation>Die auf diesem Computer aufbewahrten Bilder der gewählten Sitzung löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>E&amp;xport Timeline...</source>
        <translation>Zeitleiste e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the shown session&apos;s recorded frames and messages as a report, JSON or an animated image</source>
        <translation>Die aufgezeichneten Bilder und Nachrichten der angezeigten Sitzung als Bericht, JSON oder animiertes Bild speichern</translation>
    </message>
    <message>
        <source>Re&amp;dact Frames...</source>
        <translation>Bilder &amp;schwärzen …</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Schwärzen</translation>
    </message>
    <message>
        <source>Mark areas of the frames to black out in every export of this session</source>
        <translation>Bereiche der Bilder markieren, die in jedem Export dieser Sitzung geschwärzt werden</translation>
    </message>
    <message>
        <source>&amp;Pause Task</source>
        <translation>Aufgabe &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the agent of the shown session</source>
        <translation>Den Agenten der angezeigten Sitzung pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume Task</source>
        <translation>Aufgabe fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Let the paused agent go on</source>
        <translation>Den pausierten Agenten weitermachen lassen</translation>
    </message>
    <message>
        <source>&amp;Cancel Task...</source>
        <translation>Aufgabe abbre&amp;chen …</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Stop the agent&apos;s current task (asks first)</source>
        <translation>Die aktuelle Aufgabe des Agenten abbrechen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>&amp;Go to Address...</source>
        <translation>&amp;Webadresse aufrufen …</translation>
    </message>
    <message>
        <source>Open a web address in the session&apos;s browser</source>
        <translation>Eine Webadresse im Browser der Sitzung öffnen</translation>
    </message>
    <message>
        <source>Next Session Needing &amp;Attention</source>
        <translation>Nächste Sitzung, die Au&amp;fmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>Show the next session that asks a question, failed or stalled</source>
        <translation>Die nächste Sitzung anzeigen, die eine Frage stellt, fehlgeschlagen ist oder stockt</translation>
    </message>
    <message>
        <source>Session &amp;Wall</source>
        <translation>Sitzungswan&amp;d</translation>
    </message>
    <message>
        <source>Live thumbnails of all active sessions</source>
        <translation>Live-Vorschaubilder aller aktiven Sitzungen</translation>
    </message>
    <message>
        <source>Snapshot &amp;Library</source>
        <translation>Snapshot-Bib&amp;liothek</translation>
    </message>
    <message>
        <source>The browser states you saved: rename, start from, make the default again</source>
        <translation>Ihre gespeicherten Browserzustände: umbenennen, daraus starten, erneut als Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Previous Frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Ol&amp;dest Frame</source>
        <translation>Ältes&amp;tes Bild</translation>
    </message>
    <message>
        <source>Oldest frame (Alt+Home)</source>
        <translation>Ältestes Bild (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Previous frame (Alt+Left)</source>
        <translation>Vorheriges Bild (Alt+Links)</translation>
    </message>
    <message>
        <source>Next frame (Alt+Right)</source>
        <translation>Nächstes Bild (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Back to Li&amp;ve</source>
        <translation>&amp;Zurück zum Live-Bild</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Show the live frame again (End)</source>
        <translation>Wieder das Live-Bild anzeigen (Ende)</translation>
    </message>
</context>
<context>
    <name>agi::AtomicFile</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>agi::AttentionTray</name>
    <message>
        <source>AGI Session Monitor: no session needs attention</source>
        <translation>AGI Session Monitor: Keine Sitzung erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>AGI Session Monitor: 1 session needs attention</source>
        <translation>AGI Session Monitor: 1 Sitzung erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>AGI Session Monitor: %1 sessions need attention</source>
        <translation>AGI Session Monitor: %1 Sitzungen erfordern Aufmerksamkeit</translation>
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
        <source>First task not sent</source>
        <translation>Erste Aufgabe nicht gesendet</translation>
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
        <source>Create the session (Ctrl+Enter)</source>
        <translation>Die Sitzung erstellen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Snapshots saved from this app:</source>
        <translation>Mit dieser Anwendung gespeicherte Snapshots:</translation>
    </message>
    <message>
        <source>Snapshots saved for %1:</source>
        <translation>Gespeicherte Snapshots für %1:</translation>
    </message>
    <message>
        <source>You can send it again from the session&apos;s message box.</source>
        <translation>Sie können sie im Nachrichtenfeld der Sitzung erneut senden.</translation>
    </message>
</context>
<context>
    <name>agi::CreateSessionOperation</name>
    <message>
        <source>Creating the session...</source>
        <translation>Sitzung wird erstellt …</translation>
    </message>
    <message>
        <source>The session was created, but its first task could not be sent: %1</source>
        <translation>Die Sitzung wurde erstellt, aber ihre erste Aufgabe konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Session created; sending the first task...</source>
        <translation>Sitzung erstellt; die erste Aufgabe wird gesendet …</translation>
    </message>
    <message>
        <source>No default environment is saved for user id %1.</source>
        <translation>Für die Benutzer-ID %1 ist keine Standardumgebung gespeichert.</translation>
    </message>
    <message>
        <source>No snapshot is saved for that session.</source>
        <translation>Für diese Sitzung ist kein Snapshot gespeichert.</translation>
    </message>
    <message>
        <source>The session was not created: %1</source>
        <translation>Die Sitzung wurde nicht erstellt: %1</translation>
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
    <message numerus="yes">
        <source>the keychain did not answer within %n s</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n s geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n s geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agi::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>agi::EndAllSessionsDialog</name>
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
    <name>agi::EndAllSessionsOperation</name>
    <message>
        <source>All sessions ended. Nothing was saved.</source>
        <translation>Alle Sitzungen beendet. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server ended no session.</source>
        <translation>Der Server hat keine Sitzung beendet.</translation>
    </message>
    <message>
        <source>Ending all sessions failed: %1</source>
        <translation>Das Beenden aller Sitzungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No answer yet; trying once more...</source>
        <translation>Noch keine Antwort; neuer Versuch …</translation>
    </message>
    <message>
        <source>Ending all sessions...</source>
        <translation>Alle Sitzungen werden beendet …</translation>
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
        <source>End and save as my &amp;default environment, replacing the current one</source>
        <translation>Beenden und als meine &amp;Standardumgebung speichern (ersetzt die aktuelle)</translation>
    </message>
    <message>
        <source>an unknown page</source>
        <translation>einer unbekannten Seite</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>Replaces your default environment: session %1 on &quot;%2&quot;, saved %3.</source>
        <translation>Ersetzt Ihre Standardumgebung: Sitzung %1 auf „%2“, gespeichert %3.</translation>
    </message>
    <message>
        <source>Replace Your Default Environment?</source>
        <translation>Ihre Standardumgebung ersetzen?</translation>
    </message>
    <message>
        <source>Your default environment is &quot;%1&quot; (session %2, on %3), saved %4.

Saving this session as the default replaces it: new sessions that restore the default will start from this one instead. The earlier one stays in your snapshot library.</source>
        <translation>Ihre Standardumgebung ist „%1“ (Sitzung %2, auf %3), gespeichert %4.

Wenn Sie diese Sitzung als Standard speichern, wird sie ersetzt: Neue Sitzungen, die den Standard wiederherstellen, beginnen dann stattdessen mit dieser. Die bisherige bleibt in Ihrer Snapshot-Bibliothek.</translation>
    </message>
    <message>
        <source>Replace Default</source>
        <translation>Standard ersetzen</translation>
    </message>
    <message>
        <source>Show it in the snapshot library</source>
        <translation>In der Snapshot-Bibliothek anzeigen</translation>
    </message>
</context>
<context>
    <name>agi::EndSessionOperation</name>
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
    <message>
        <source>No clear answer; checking whether the session still exists...</source>
        <translation>Keine eindeutige Antwort; es wird geprüft, ob die Sitzung noch existiert …</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1), but the session is still listed: it has not been ended, and nothing was saved as far as the server shows. Check the list before trying again.</source>
        <translation>Die Antwort des Servers ging verloren (%1), aber die Sitzung ist noch aufgeführt: Sie wurde nicht beendet, und laut Server wurde nichts gespeichert. Prüfen Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost (%1), and the session no longer exists: it was ended, and the snapshot was most likely saved%2, though the server never confirmed it.</source>
        <translation>Die Antwort des Servers ging verloren (%1), und die Sitzung existiert nicht mehr: Sie wurde beendet, und der Snapshot wurde höchstwahrscheinlich%2 gespeichert, auch wenn der Server das nie bestätigt hat.</translation>
    </message>
    <message>
        <source> as your default environment</source>
        <translation> als Ihre Standardumgebung</translation>
    </message>
    <message>
        <source>The outcome is unknown: the server&apos;s answer was lost (%1) and the session could not be checked (%2). It may have been ended and saved; check the session list before trying again.</source>
        <translation>Das Ergebnis ist unbekannt: Die Antwort des Servers ging verloren (%1), und die Sitzung konnte nicht geprüft werden (%2). Sie wurde möglicherweise beendet und gespeichert; prüfen Sie die Sitzungsliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>It is recorded in your snapshot library as not confirmed.</source>
        <translation>Er ist in Ihrer Snapshot-Bibliothek als unbestätigt verzeichnet.</translation>
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
        <source>Running</source>
        <translation>Läuft</translation>
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
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Needs input</source>
        <translation>Eingabe nötig</translation>
    </message>
</context>
<context>
    <name>agi::ExportController</name>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>No areas of session %1 are blacked out in exports now.</source>
        <translation>In Exporten der Sitzung %1 werden jetzt keine Bereiche geschwärzt.</translation>
    </message>
    <message>
        <source>Areas of session %1 blacked out in every export: %2.</source>
        <translation>In jedem Export der Sitzung %1 geschwärzte Bereiche: %2.</translation>
    </message>
</context>
<context>
    <name>agi::ExportDialog</name>
    <message>
        <source>Export Timeline of %1</source>
        <translation>Zeitleiste von %1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;All recorded frames</source>
        <translation>&amp;Alle aufgezeichneten Bilder</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>From the &amp;Viewed Frame</source>
        <translation>Ab dem an&amp;gezeigten Bild</translation>
    </message>
    <message>
        <source>Start at the past frame shown in the window</source>
        <translation>Mit dem früheren Bild beginnen, das im Fenster angezeigt wird</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Wie aufgezeichnet</translation>
    </message>
    <message>
        <source>Animated images: shorten the delays so that the animation lasts at most this long</source>
        <translation>Animierte Bilder: die Pausen so verkürzen, dass die Animation höchstens so lange dauert</translation>
    </message>
    <message>
        <source>Animation at &amp;most:</source>
        <translation>Animation &amp;höchstens:</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Mark the areas to black out in every exported frame</source>
        <translation>Die Bereiche markieren, die in jedem exportierten Bild geschwärzt werden</translation>
    </message>
    <message>
        <source>Redaction:</source>
        <translation>Schwärzung:</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>%1 Nothing is exported until the areas are marked again with Edit...</source>
        <translation>%1 Es wird nichts exportiert, bis die Bereiche mit „Bearbeiten …“ erneut markiert sind.</translation>
    </message>
    <message>
        <source>No areas are blacked out.</source>
        <translation>Es werden keine Bereiche geschwärzt.</translation>
    </message>
    <message>
        <source>Black out 1 area in every frame</source>
        <translation>1 Bereich in jedem Bild schwärzen</translation>
    </message>
    <message>
        <source>Black out %1 areas in every frame</source>
        <translation>%1 Bereiche in jedem Bild schwärzen</translation>
    </message>
    <message>
        <source>No frames of this session are kept on this computer yet. Frames are recorded while the session is shown in the window or on the wall.</source>
        <translation>Auf diesem Computer sind noch keine Bilder dieser Sitzung aufbewahrt. Bilder werden aufgezeichnet, während die Sitzung im Fenster oder auf der Sitzungswand angezeigt wird.</translation>
    </message>
    <message>
        <source>No frame was recorded in this range.</source>
        <translation>In diesem Zeitraum wurde kein Bild aufgezeichnet.</translation>
    </message>
    <message>
        <source>1 frame will be exported.</source>
        <translation>1 Bild wird exportiert.</translation>
    </message>
    <message>
        <source>%1 frames will be exported.</source>
        <translation>%1 Bilder werden exportiert.</translation>
    </message>
</context>
<context>
    <name>agi::ExportOptions</name>
    <message>
        <source>Markdown report with the frames (ZIP)</source>
        <translation>Markdown-Bericht mit den Bildern (ZIP)</translation>
    </message>
    <message>
        <source>JSON timeline with the frames (ZIP)</source>
        <translation>JSON-Zeitleiste mit den Bildern (ZIP)</translation>
    </message>
    <message>
        <source>Animated image (WebP)</source>
        <translation>Animiertes Bild (WebP)</translation>
    </message>
    <message>
        <source>Animated image (GIF)</source>
        <translation>Animiertes Bild (GIF)</translation>
    </message>
</context>
<context>
    <name>agi::ExportResult</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) and %1 message(s) to %2 (%3).</source>
        <translation>
            <numerusform>%n Bild und %1 Nachricht(en) nach %2 exportiert (%3).</numerusform>
            <numerusform>%n Bilder und %1 Nachricht(en) nach %2 exportiert (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
</context>
<context>
    <name>agi::Filmstrip</name>
    <message>
        <source>Frames of this session over time: click or drag to go back, End returns to live</source>
        <translation>Bilder dieser Sitzung im Zeitverlauf: Klicken oder ziehen, um zurückzugehen; Ende kehrt zu Live zurück</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>Noch keine Bilder</translation>
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
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The frame was not saved: %1</source>
        <translation>Das Bild wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>agi::FrameHistory</name>
    <message>
        <source>The frame history folder %1 cannot be created.</source>
        <translation>Der Ordner %1 für den Bildverlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The frame history %1 cannot be read: %2</source>
        <translation>Der Bildverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Part of the frame history of %1 could not be read and was set aside in %2 (%n damaged entries); the other frames are kept.</source>
        <translation>
            <numerusform>Ein Teil des Bildverlaufs von %1 konnte nicht gelesen werden und wurde in %2 beiseitegelegt (%n beschädigter Eintrag); die übrigen Bilder bleiben erhalten.</numerusform>
            <numerusform>Ein Teil des Bildverlaufs von %1 konnte nicht gelesen werden und wurde in %2 beiseitegelegt (%n beschädigte Einträge); die übrigen Bilder bleiben erhalten.</numerusform>
        </translation>
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
    <message>
        <source>Not listed</source>
        <translation>Nicht aufgeführt</translation>
    </message>
    <message>
        <source>A past frame: first shown at %1
End or Live returns to the live frame</source>
        <translation>Ein früheres Bild, zuerst erschienen: %1
Ende oder „Live“ kehrt zum Live-Bild zurück</translation>
    </message>
    <message>
        <source>Captured at %1
Last changed at %2</source>
        <translation>Aufgenommen: %1
Zuletzt geändert: %2</translation>
    </message>
    <message>
        <source>Session details could not be read: %1</source>
        <translation>Die Sitzungsdetails konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Agent messages and status could not be read: %1</source>
        <translation>Nachrichten und Status des Agenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No longer listed: showing its last frame</source>
        <translation>Nicht mehr aufgeführt: Das letzte Bild wird angezeigt</translation>
    </message>
    <message>
        <source>Session ended: showing its last frame</source>
        <translation>Sitzung beendet: Das letzte Bild wird angezeigt</translation>
    </message>
    <message>
        <source>Not watching while hidden</source>
        <translation>Keine Aktualisierung, solange ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged since %1 — checking every %n s</source>
        <translation>
            <numerusform>Unverändert seit %1 – Prüfung alle %n s</numerusform>
            <numerusform>Unverändert seit %1 – Prüfung alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>viewing %1, %2</source>
        <translation>Bild von %1, %2</translation>
    </message>
    <message>
        <source>its stored image could not be read</source>
        <translation>die gespeicherte Bilddatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The frame of %1 could not be shown: %2</source>
        <translation>Das Bild von %1 konnte nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Saved the frame to %1</source>
        <translation>Bild unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Copied the frame</source>
        <translation>Bild kopiert</translation>
    </message>
    <message>
        <source>This frame came without a page address</source>
        <translation>Dieses Bild kam ohne Seitenadresse</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>This frame came without a web address to open</source>
        <translation>Dieses Bild kam ohne Webadresse zum Öffnen</translation>
    </message>
    <message>
        <source>The server gave no live view link for this session</source>
        <translation>Der Server hat für diese Sitzung keinen Link zur Live-Ansicht geliefert</translation>
    </message>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>%1 im Browser geöffnet</translation>
    </message>
    <message>
        <source>No web browser could open %1; the address was copied instead</source>
        <translation>Kein Webbrowser konnte %1 öffnen; die Adresse wurde stattdessen kopiert</translation>
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
    <message>
        <source>Snapshot Library</source>
        <translation>Snapshot-Bibliothek</translation>
    </message>
    <message>
        <source>Waiting for the server (%1 s)</source>
        <translation>Warten auf den Server (%1 s)</translation>
    </message>
    <message>
        <source>The list was asked for at %1 and has no answer yet. Press %2 to ask again.</source>
        <translation>Die Liste wurde um %1 angefordert, es gibt aber noch keine Antwort. Drücken Sie %2, um sie erneut anzufordern.</translation>
    </message>
    <message>
        <source>%1, next try at %2</source>
        <translation>%1, nächster Versuch um %2</translation>
    </message>
    <message>
        <source>Forget Frame History</source>
        <translation>Bildverlauf vergessen</translation>
    </message>
    <message>
        <source>No frames of session %1 are kept on this computer.</source>
        <translation>Auf diesem Computer sind keine Bilder der Sitzung %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n frame(s) of session %1 kept on this computer? You can no longer go back to them or export them. The session itself is not touched.</source>
        <translation>
            <numerusform>%n auf diesem Computer aufbewahrtes Bild der Sitzung %1 löschen? Sie können dann nicht mehr dorthin zurückgehen oder es exportieren. Die Sitzung selbst bleibt unberührt.</numerusform>
            <numerusform>%n auf diesem Computer aufbewahrte Bilder der Sitzung %1 löschen? Sie können dann nicht mehr dorthin zurückgehen oder sie exportieren. Die Sitzung selbst bleibt unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Frames</source>
        <translation>Bilder löschen</translation>
    </message>
    <message>
        <source>The frames of session %1 kept on this computer were deleted.</source>
        <translation>Die auf diesem Computer aufbewahrten Bilder der Sitzung %1 wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>agi::MakeDefaultOperation</name>
    <message>
        <source>The server no longer has the snapshot &quot;%1&quot; (session %2), so it cannot be the default again. Nothing was changed.</source>
        <translation>Der Server hat den Snapshot „%1“ (Sitzung %2) nicht mehr, daher kann er nicht erneut Standard werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>It stays in the library, marked as no longer on the server.</source>
        <translation>Er bleibt in der Bibliothek, markiert als nicht mehr auf dem Server vorhanden.</translation>
    </message>
    <message>
        <source>It stays in the library.</source>
        <translation>Er bleibt in der Bibliothek.</translation>
    </message>
    <message>
        <source>Step 1 failed: %1 Nothing was saved as the default; if a session was started, end it from the session list.</source>
        <translation>Schritt 1 ist fehlgeschlagen: %1 Es wurde nichts als Standard gespeichert; falls eine Sitzung gestartet wurde, beenden Sie sie in der Sitzungsliste.</translation>
    </message>
    <message>
        <source>Step 1 failed, nothing was changed: %1</source>
        <translation>Schritt 1 ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Starting a session from &quot;%1&quot;...</source>
        <translation>Sitzung aus „%1“ wird gestartet …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default environment again, saved from the new session %2.</source>
        <translation>„%1“ ist wieder die Standardumgebung, gespeichert aus der neuen Sitzung %2.</translation>
    </message>
    <message>
        <source>The server never confirmed the save: %1</source>
        <translation>Der Server hat das Speichern nie bestätigt: %1</translation>
    </message>
    <message>
        <source>Step 2 failed: the session %1 ended without being saved as the default (%2). The default environment was not changed.</source>
        <translation>Schritt 2 ist fehlgeschlagen: Die Sitzung %1 wurde beendet, ohne als Standard gespeichert zu werden (%2). Die Standardumgebung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Saving it as the default...</source>
        <translation>Wird als Standard gespeichert …</translation>
    </message>
    <message>
        <source>Step 2 failed: %1 The default environment was not changed.</source>
        <translation>Schritt 2 ist fehlgeschlagen: %1 Die Standardumgebung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The session %1 started for it was ended without saving.</source>
        <translation>Die dafür gestartete Sitzung %1 wurde ohne Speichern beendet.</translation>
    </message>
    <message>
        <source>The session %1 started for it could not be ended either (%2); end it from the session list.</source>
        <translation>Die dafür gestartete Sitzung %1 konnte ebenfalls nicht beendet werden (%2); beenden Sie sie in der Sitzungsliste.</translation>
    </message>
</context>
<context>
    <name>agi::MessageComposer</name>
    <message>
        <source>A new task or a follow-up for the agent</source>
        <translation>Eine neue Aufgabe oder eine Ergänzung für den Agenten</translation>
    </message>
    <message>
        <source>Message to the agent</source>
        <translation>Nachricht an den Agenten</translation>
    </message>
    <message>
        <source>Start URL (optional)</source>
        <translation>Start-URL (optional)</translation>
    </message>
    <message>
        <source>Start URL</source>
        <translation>Start-URL</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>agi::MessageDetails</name>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the structured result as JSON</source>
        <translation>Das strukturierte Ergebnis als JSON kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copied the result as JSON</source>
        <translation>Ergebnis als JSON kopiert</translation>
    </message>
    <message>
        <source>Select a message to read it whole.</source>
        <translation>Wählen Sie eine Nachricht, um sie vollständig zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>agi::NotificationSettingsBox</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>A session finished its &amp;task</source>
        <translation>Eine Sitzung hat ihre &amp;Aufgabe erledigt</translation>
    </message>
    <message>
        <source>A session &amp;failed</source>
        <translation>Eine Sitzung ist &amp;fehlgeschlagen</translation>
    </message>
    <message>
        <source>The agent asks a &amp;question</source>
        <translation>Der Agent stellt eine Fra&amp;ge</translation>
    </message>
    <message>
        <source>A session &amp;stalled</source>
        <translation>Eine Sitzung st&amp;ockt</translation>
    </message>
    <message>
        <source>Notify when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A running session whose page, URL and messages have not changed for this long is marked stalled.</source>
        <translation>Eine laufende Sitzung, deren Seite, URL und Nachrichten sich so lange nicht geändert haben, wird als stockend markiert.</translation>
    </message>
    <message>
        <source>Stalled &amp;after:</source>
        <translation>Stockt &amp;nach:</translation>
    </message>
</context>
<context>
    <name>agi::QuestionBar</name>
    <message>
        <source>The agent asks</source>
        <translation>Der Agent fragt</translation>
    </message>
    <message>
        <source>The agent asks:</source>
        <translation>Der Agent fragt:</translation>
    </message>
    <message>
        <source>Your answer (Enter sends)</source>
        <translation>Ihre Antwort (Eingabetaste sendet)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antworten</translation>
    </message>
</context>
<context>
    <name>agi::RedactionCanvas</name>
    <message>
        <source>Frame with the areas to black out</source>
        <translation>Bild mit den zu schwärzenden Bereichen</translation>
    </message>
</context>
<context>
    <name>agi::RedactionEditor</name>
    <message>
        <source>Redact Frames of %1</source>
        <translation>Bilder von %1 schwärzen</translation>
    </message>
    <message>
        <source>Drag over what must not leave this computer: it is blacked out in every frame this session exports. Click an area to select it, Delete removes it.</source>
        <translation>Ziehen Sie über alles, was diesen Computer nicht verlassen darf: Es wird in jedem Bild geschwärzt, das diese Sitzung exportiert. Klicken Sie auf einen Bereich, um ihn auszuwählen; Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>Drag to add an area. Keyboard: Insert adds one, Page Up/Down select, arrows move, Shift+arrows resize, Delete removes</source>
        <translation>Ziehen, um einen Bereich hinzuzufügen. Tastatur: Einfg fügt einen hinzu, Bild auf/ab wählt aus, Pfeiltasten verschieben, Umschalt+Pfeiltasten ändern die Größe, Entf entfernt</translation>
    </message>
    <message>
        <source>&amp;Add Area</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>An area in the middle of the frame, to move with the arrow keys (Insert)</source>
        <translation>Ein Bereich in der Bildmitte, mit den Pfeiltasten zu verschieben (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Delete Area</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <source>C&amp;lear All</source>
        <translation>Alle &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 No areas are blacked out until new ones are saved here (replacing that file asks first).</source>
        <translation>%1 Es werden keine Bereiche geschwärzt, bis hier neue gespeichert werden (vor dem Ersetzen dieser Datei wird nachgefragt).</translation>
    </message>
    <message>
        <source>No frame of this session is on screen yet: the areas are drawn on an empty page of the usual size.</source>
        <translation>Noch wird kein Bild dieser Sitzung angezeigt: Die Bereiche werden auf einer leeren Seite der üblichen Größe gezeichnet.</translation>
    </message>
    <message>
        <source>No areas</source>
        <translation>Keine Bereiche</translation>
    </message>
    <message>
        <source>1 area blacked out</source>
        <translation>1 Bereich geschwärzt</translation>
    </message>
    <message>
        <source>%1 areas blacked out</source>
        <translation>%1 Bereiche geschwärzt</translation>
    </message>
    <message>
        <source>Replace Redactions</source>
        <translation>Schwärzungen ersetzen</translation>
    </message>
    <message>
        <source>%1 Replace it with the areas marked here (%2)?</source>
        <translation>%1 Durch die hier markierten Bereiche (%2) ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Redact Frames</source>
        <translation>Bilder schwärzen</translation>
    </message>
    <message>
        <source>The areas were not saved: %1</source>
        <translation>Die Bereiche wurden nicht gespeichert: %1</translation>
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
    <name>agi::SessionAttention</name>
    <message>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>The agent finished its task.</source>
        <translation>Der Agent hat seine Aufgabe erledigt.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The agent stopped with an error.</source>
        <translation>Der Agent hat mit einem Fehler angehalten.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>The agent waits for your answer.</source>
        <translation>Der Agent wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation>Stockt: %1</translation>
    </message>
    <message>
        <source>No change in the page or the messages for %1 s.</source>
        <translation>Seit %1 s keine Änderung der Seite oder der Nachrichten.</translation>
    </message>
    <message>
        <source>No change in the page or the messages for %1 min.</source>
        <translation>Seit %1 min keine Änderung der Seite oder der Nachrichten.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
</context>
<context>
    <name>agi::SessionCommand</name>
    <message>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>The message is %L1 characters long; the server takes at most %L2.</source>
        <translation>Die Nachricht ist %L1 Zeichen lang; der Server nimmt höchstens %L2 an.</translation>
    </message>
    <message>
        <source>Enter a web address.</source>
        <translation>Geben Sie eine Webadresse ein.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be opened, not %1.</source>
        <translation>Nur http- und https-Adressen können geöffnet werden, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete web address.</source>
        <translation>„%1“ ist keine vollständige Webadresse.</translation>
    </message>
    <message>
        <source>Pausing...</source>
        <translation>Wird pausiert …</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <translation>Wird fortgesetzt …</translation>
    </message>
    <message>
        <source>Cancelling the task...</source>
        <translation>Aufgabe wird abgebrochen …</translation>
    </message>
    <message>
        <source>Opening the page...</source>
        <translation>Seite wird geöffnet …</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>The agent was already paused.</source>
        <translation>Der Agent war bereits pausiert.</translation>
    </message>
    <message>
        <source>The agent is paused.</source>
        <translation>Der Agent ist pausiert.</translation>
    </message>
    <message>
        <source>The agent was not paused.</source>
        <translation>Der Agent war nicht pausiert.</translation>
    </message>
    <message>
        <source>The agent goes on.</source>
        <translation>Der Agent macht weiter.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser opened %1.</source>
        <translation>Der Browser hat %1 geöffnet.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Could not pause the agent: %1</source>
        <translation>Der Agent konnte nicht pausiert werden: %1</translation>
    </message>
    <message>
        <source>Could not resume the agent: %1</source>
        <translation>Der Agent konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Could not cancel the task: %1</source>
        <translation>Die Aufgabe konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Could not open the page: %1</source>
        <translation>Die Seite konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No answer; checking whether the message arrived...</source>
        <translation>Keine Antwort; es wird geprüft, ob die Nachricht angekommen ist …</translation>
    </message>
    <message>
        <source>Sent. (The server&apos;s answer was lost: %1 The message is in the conversation.)</source>
        <translation>Gesendet. (Die Antwort des Servers ging verloren: %1 Die Nachricht ist im Verlauf.)</translation>
    </message>
    <message>
        <source>The message did not reach the agent (%1). You can send it again.</source>
        <translation>Die Nachricht hat den Agenten nicht erreicht (%1). Sie können sie erneut senden.</translation>
    </message>
    <message>
        <source>No answer to the message (%1), and the conversation could not be read (%2). Look at the conversation before sending it again.</source>
        <translation>Keine Antwort auf die Nachricht (%1), und der Verlauf konnte nicht gelesen werden (%2). Sehen Sie sich den Verlauf an, bevor Sie sie erneut senden.</translation>
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
    <message>
        <source>Stalled, last change %1</source>
        <translation>Stockt, letzte Änderung %1</translation>
    </message>
</context>
<context>
    <name>agi::SessionListPanel</name>
    <message>
        <source>Filter by id, agent or task (Ctrl+F)</source>
        <translation>Nach ID, Agent oder Aufgabe filtern (Strg+F)</translation>
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
    <message>
        <source>Show sessions in this state (the task&apos;s own while the session is live)</source>
        <translation>Sitzungen in diesem Zustand anzeigen (bei laufenden Sitzungen der Zustand ihrer Aufgabe)</translation>
    </message>
    <message>
        <source>Needs input</source>
        <translation>Eingabe nötig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
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
    <name>agi::Settings</name>
    <message>
        <source>Your settings could not be saved: the last saved file %1 could not be kept while writing the new one. They are kept for this run.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden: Die zuletzt gespeicherte Datei %1 konnte beim Schreiben der neuen nicht aufbewahrt werden. Die Einstellungen gelten für diesen Programmlauf.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1 (is the disk full?). %2 The changes stay for this run and are saved again with the next change.</source>
        <translation>Ihre Einstellungen konnten nicht unter %1 gespeichert werden (ist der Datenträger voll?). %2 Die Änderungen bleiben für diesen Programmlauf erhalten und werden bei der nächsten Änderung erneut gespeichert.</translation>
    </message>
    <message>
        <source>The previous file was kept.</source>
        <translation>Die vorherige Datei wurde beibehalten.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Die vorherige Datei wird als %1 aufbewahrt.</translation>
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
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <source>Frames kept per session:</source>
        <translation>Bilder je Sitzung:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Disk space for all sessions:</source>
        <translation>Speicherplatz für alle Sitzungen:</translation>
    </message>
    <message>
        <source>This run is the demo: it talks to the built-in emulator at %1. The server above is used when the monitor starts without --demo.</source>
        <translation>Dieser Programmlauf ist die Demo: Er verbindet sich mit dem eingebauten Emulator unter %1. Der obige Server wird verwendet, wenn der Monitor ohne --demo startet.</translation>
    </message>
    <message>
        <source>This run talks to %1 (from --base-url). Changing the server above switches to it at once.</source>
        <translation>Dieser Programmlauf verbindet sich mit %1 (aus --base-url). Wenn Sie den obigen Server ändern, wird sofort zu ihm gewechselt.</translation>
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
    <message>
        <source>In the live pane, End also returns to the live frame. On the filmstrip under the frame, click a thumbnail or drag along the time axis to go back in time.</source>
        <translation>Im Live-Bereich kehrt auch Ende zum Live-Bild zurück. Klicken Sie im Filmstreifen unter dem Bild auf ein Vorschaubild oder ziehen Sie entlang der Zeitachse, um in der Zeit zurückzugehen.</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotAccount</name>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>Demo (eingebauter Emulator)</translation>
    </message>
    <message>
        <source>%1 (no user id set)</source>
        <translation>%1 (keine Benutzer-ID gesetzt)</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, Benutzer %2</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotDefaultHistoryModel</name>
    <message>
        <source>Forgotten snapshot of session %1</source>
        <translation>Vergessener Snapshot der Sitzung %1</translation>
    </message>
    <message>
        <source>now (the default)</source>
        <translation>jetzt (Standard)</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
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
    <message>
        <source>No snapshot</source>
        <translation>Kein Snapshot</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1 (not confirmed by the server)</source>
        <translation>%1 (vom Server nicht bestätigt)</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotExchange</name>
    <message>
        <source>its %1 is not valid base64</source>
        <translation>das Feld %1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>its %1 is not a readable image</source>
        <translation>das Feld %1 ist kein lesbares Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) added, </source>
        <translation>
            <numerusform>%n Snapshot hinzugefügt, </numerusform>
            <numerusform>%n Snapshots hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already in the library).</source>
        <translation>
            <numerusform>%n übersprungen (bereits in der Bibliothek).</numerusform>
            <numerusform>%n übersprungen (bereits in der Bibliothek).</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot library was not exported to %1: %2</source>
        <translation>Die Snapshot-Bibliothek wurde nicht nach %1 exportiert: %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The file is not an exported snapshot library.</source>
        <translation>Die Datei ist keine exportierte Snapshot-Bibliothek.</translation>
    </message>
    <message>
        <source>The file&apos;s format version %1 is not supported.</source>
        <translation>Die Formatversion %1 der Datei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>it has no session id, no valid time or an unknown mode</source>
        <translation>er hat keine Sitzungs-ID, keine gültige Zeitangabe oder eine unbekannte Art</translation>
    </message>
    <message>
        <source>Snapshot %1 in the file cannot be read: %2.</source>
        <translation>Snapshot %1 in der Datei kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Entry %1 of the default history in the file cannot be read.</source>
        <translation>Eintrag %1 im Verlauf der Standardumgebung in der Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Session %1 keeps its name here, &quot;%2&quot;; the file calls it &quot;%3&quot;.</source>
        <translation>Sitzung %1 behält hier ihren Namen „%2“; in der Datei heißt sie „%3“.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Es wurde nichts importiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %1 is larger than %n MiB.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %1 ist größer als %n MiB.</numerusform>
            <numerusform>Es wurde nichts importiert: %1 ist größer als %n MiB.</numerusform>
        </translation>
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
        <source>The snapshot library was not saved, and its file was left as it was: %1</source>
        <translation>Die Snapshot-Bibliothek wurde nicht gespeichert, und ihre Datei blieb unverändert: %1</translation>
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
    <message>
        <source>The snapshot library %1 could not be moved to the account %2; it is left where it was.</source>
        <translation>Die Snapshot-Bibliothek %1 konnte nicht zum Konto %2 verschoben werden; sie bleibt, wo sie war.</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotLibraryView</name>
    <message>
        <source>Search name, URL, title</source>
        <translation>Name, URL, Titel durchsuchen</translation>
    </message>
    <message>
        <source>All snapshots</source>
        <translation>Alle Snapshots</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardumgebungen</translation>
    </message>
    <message>
        <source>No longer on the server</source>
        <translation>Nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>Which snapshots are listed</source>
        <translation>Welche Snapshots aufgeführt werden</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>Gespeicherte Snapshots</translation>
    </message>
    <message>
        <source>No snapshots yet. End a session with &quot;save&quot; or &quot;save as default&quot; and it is listed here.</source>
        <translation>Noch keine Snapshots. Beenden Sie eine Sitzung mit „Snapshot speichern“ oder „als Standard speichern“, dann wird sie hier aufgeführt.</translation>
    </message>
    <message>
        <source>Double-click a period to show its snapshot in the library</source>
        <translation>Doppelklicken Sie auf einen Zeitraum, um seinen Snapshot in der Bibliothek anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>&amp;Snapshots</translation>
    </message>
    <message>
        <source>No default environment recorded yet. Each save as the default from now on is listed here with when it was the default (saves of earlier versions are not).</source>
        <translation>Noch keine Standardumgebung verzeichnet. Ab jetzt wird hier jedes Speichern als Standard mit dem Zeitraum aufgeführt, in dem es der Standard war (Speichervorgänge früherer Versionen nicht).</translation>
    </message>
    <message>
        <source>Default &amp;History</source>
        <translation>&amp;Verlauf der Standardumgebung</translation>
    </message>
    <message>
        <source>&amp;Start Session From It...</source>
        <translation>Sitzung daraus &amp;starten …</translation>
    </message>
    <message>
        <source>Open the new session dialog, restoring the browser from this snapshot</source>
        <translation>Den Dialog „Neue Sitzung“ öffnen und den Browser aus diesem Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Make It the &amp;Default Again</source>
        <translation>Erneut als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <source>Start a session restored from this snapshot, then end it saving it as your default environment (the API&apos;s only way to set a default)</source>
        <translation>Eine aus diesem Snapshot wiederhergestellte Sitzung starten und sie dann beenden und als Ihre Standardumgebung speichern (der einzige Weg der API, einen Standard festzulegen)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Forget...</source>
        <translation>&amp;Vergessen …</translation>
    </message>
    <message>
        <source>Remove it from this computer&apos;s library; the server&apos;s copy is not deleted</source>
        <translation>Aus der Bibliothek dieses Computers entfernen; die Kopie auf dem Server wird nicht gelöscht</translation>
    </message>
    <message>
        <source>&amp;Copy Session Id</source>
        <translation>Sitzungs-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Library...</source>
        <translation>Bibliothek &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write every snapshot of this account, with thumbnails and the default history, to a JSON file (to move the library to another computer)</source>
        <translation>Alle Snapshots dieses Kontos mit Vorschaubildern und dem Verlauf der Standardumgebung in eine JSON-Datei schreiben (um die Bibliothek auf einen anderen Computer zu übertragen)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add the snapshots of an exported library file to this account&apos;s library</source>
        <translation>Die Snapshots einer exportierten Bibliotheksdatei zur Bibliothek dieses Kontos hinzufügen</translation>
    </message>
    <message>
        <source>Snapshots saved on this computer</source>
        <translation>Auf diesem Computer gespeicherte Snapshots</translation>
    </message>
    <message>
        <source>Snapshots of %1</source>
        <translation>Snapshots von %1</translation>
    </message>
    <message>
        <source>Each server and user id has a library of its own.</source>
        <translation>Jeder Server und jede Benutzer-ID hat eine eigene Bibliothek.</translation>
    </message>
    <message>
        <source>Forget the snapshot &quot;%1&quot; (session %2) on this computer?

The copy on the server is not deleted (the API has no way to delete it); only this library&apos;s entry goes.</source>
        <translation>Den Snapshot „%1“ (Sitzung %2) auf diesem Computer vergessen?

Die Kopie auf dem Server wird nicht gelöscht (die API bietet keine Möglichkeit dazu); nur der Eintrag in dieser Bibliothek wird entfernt.</translation>
    </message>
    <message>
        <source>It stays your default environment on the server.</source>
        <translation>Auf dem Server bleibt er Ihre Standardumgebung.</translation>
    </message>
    <message>
        <source>Forget Snapshot</source>
        <translation>Snapshot vergessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed from this computer&apos;s library; the server still has it.</source>
        <translation>„%1“ wurde aus der Bibliothek dieses Computers entfernt; auf dem Server ist er noch vorhanden.</translation>
    </message>
    <message>
        <source>Copied session id %1.</source>
        <translation>Sitzungs-ID %1 kopiert.</translation>
    </message>
    <message>
        <source>Export Snapshot Library</source>
        <translation>Snapshot-Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Snapshot library (*.json)</source>
        <translation>Snapshot-Bibliothek (*.json)</translation>
    </message>
    <message>
        <source>The library could not be exported: %1</source>
        <translation>Die Bibliothek konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) exported to %1.</source>
        <translation>
            <numerusform>%n Snapshot nach %1 exportiert.</numerusform>
            <numerusform>%n Snapshots nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Snapshot Library</source>
        <translation>Snapshot-Bibliothek importieren</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Imported into the library of %1: %2</source>
        <translation>In die Bibliothek von %1 importiert: %2</translation>
    </message>
    <message>
        <source>Make It the Default Again</source>
        <translation>Erneut als Standard festlegen</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; your default environment again?

This starts a session restored from it and ends it at once, saving it as your default. It replaces &quot;%2&quot; (session %3), which stays in your library.</source>
        <translation>„%1“ erneut als Ihre Standardumgebung festlegen?

Dazu wird eine daraus wiederhergestellte Sitzung gestartet und sofort wieder beendet, wobei sie als Ihr Standard gespeichert wird. Sie ersetzt „%2“ (Sitzung %3), der in Ihrer Bibliothek bleibt.</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Step %1 of 2: %2</source>
        <translation>Schritt %1 von 2: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be made the default: it is no longer in the library.</source>
        <translation>„%1“ konnte nicht als Standard festgelegt werden: Er ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>agi::SnapshotTableModel</name>
    <message>
        <source>★ Default</source>
        <translation>★ Standard</translation>
    </message>
    <message>
        <source>Earlier default</source>
        <translation>Früherer Standard</translation>
    </message>
    <message>
        <source>again from %1</source>
        <translation>erneut aus %1</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>ersetzte %1</translation>
    </message>
    <message>
        <source>no longer on the server</source>
        <translation>nicht mehr auf dem Server</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Page title: %1</source>
        <translation>Seitentitel: %1</translation>
    </message>
    <message>
        <source>No session was started from it yet</source>
        <translation>Daraus wurde noch keine Sitzung gestartet</translation>
    </message>
    <message>
        <source>Your default environment: new sessions that restore the default start from it.</source>
        <translation>Ihre Standardumgebung: Neue Sitzungen, die den Standard wiederherstellen, beginnen damit.</translation>
    </message>
    <message>
        <source>Was your default environment until a later save replaced it.</source>
        <translation>War Ihre Standardumgebung, bis ein späteres Speichern sie ersetzt hat.</translation>
    </message>
    <message>
        <source>It replaced %1 (session %2).</source>
        <translation>Er ersetzte %1 (Sitzung %2).</translation>
    </message>
    <message>
        <source>Made the default again from %1 (session %2): a session restored from it, saved as the default.</source>
        <translation>Erneut zum Standard gemacht aus %1 (Sitzung %2): eine daraus wiederhergestellte Sitzung, als Standard gespeichert.</translation>
    </message>
    <message>
        <source>No longer on the server: a restore from it was refused (404). It is kept here so you know what it was; sessions can no longer start from it.</source>
        <translation>Nicht mehr auf dem Server: Eine Wiederherstellung daraus wurde abgelehnt (404). Er wird hier aufbewahrt, damit Sie wissen, was er war; Sitzungen können nicht mehr daraus starten.</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
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
    <name>agi::TimelineView</name>
    <message>
        <source>Agent timeline</source>
        <translation>Zeitleiste des Agenten</translation>
    </message>
    <message numerus="yes">
        <source>Jump to latest (%n new)</source>
        <translation>
            <numerusform>Zum Neuesten springen (%n neu)</numerusform>
            <numerusform>Zum Neuesten springen (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten springen</translation>
    </message>
</context>
<context>
    <name>agi::WallTile</name>
    <message>
        <source>no frame yet</source>
        <translation>noch kein Bild</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(keine Aufgabe)</translation>
    </message>
</context>
<context>
    <name>agi::WallView</name>
    <message>
        <source>Show all &amp;listed</source>
        <translation>Alle aufgeführten an&amp;zeigen</translation>
    </message>
    <message>
        <source>Also show sessions that have ended but are still listed</source>
        <translation>Auch beendete Sitzungen anzeigen, die noch aufgeführt sind</translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Keine aktiven Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions listed.</source>
        <translation>Keine Sitzungen aufgeführt.</translation>
    </message>
</context>
<context>
    <name>agi::WindowAttention</name>
    <message>
        <source>%1 — 1 needs attention</source>
        <translation>%1 – 1 erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 — %2 need attention</source>
        <translation>%1 – %2 erfordern Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>agi::cli::CliContext</name>
    <message>
        <source>The built-in emulator did not start: %1</source>
        <translation>Der eingebaute Emulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Give --base-url an https:// address (plain http only to this computer).</source>
        <translation>Geben Sie für --base-url eine https://-Adresse an (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>No API key.</source>
        <translation>Kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Set AGI_API_KEY, save a key in AGI Session Monitor, or try --demo.</source>
        <translation>Setzen Sie AGI_API_KEY, speichern Sie einen Schlüssel in AGI Session Monitor oder probieren Sie --demo aus.</translation>
    </message>
    <message>
        <source>Set AGI_API_KEY, or try --demo.</source>
        <translation>Setzen Sie AGI_API_KEY oder probieren Sie --demo aus.</translation>
    </message>
</context>
<context>
    <name>agi::cli::Command</name>
    <message>
        <source>Interrupted (SIGINT)</source>
        <translation>Unterbrochen (SIGINT)</translation>
    </message>
    <message>
        <source>Terminated (SIGTERM)</source>
        <translation>Beendet (SIGTERM)</translation>
    </message>
</context>
<context>
    <name>agi::cli::CommandLine</name>
    <message>
        <source>The session&apos;s id (see &apos;agi-session list&apos;).</source>
        <translation>Die ID der Sitzung (siehe &apos;agi-session list&apos;).</translation>
    </message>
    <message>
        <source>List the sessions.</source>
        <translation>Die Sitzungen auflisten.</translation>
    </message>
    <message>
        <source>Only sessions with this status (ready, running, paused ...).</source>
        <translation>Nur Sitzungen mit diesem Status (ready, running, paused …).</translation>
    </message>
    <message>
        <source>Show one session, its task&apos;s status and its latest messages.</source>
        <translation>Eine Sitzung, den Status ihrer Aufgabe und ihre neuesten Nachrichten anzeigen.</translation>
    </message>
    <message>
        <source>How many of the latest messages to show (default 5).</source>
        <translation>Wie viele der neuesten Nachrichten angezeigt werden (Standard 5).</translation>
    </message>
    <message>
        <source>Save the browser&apos;s current frame as the server sent it, and print its URL and title.</source>
        <translation>Das aktuelle Bild des Browsers so speichern, wie der Server es gesendet hat, und seine URL und seinen Titel ausgeben.</translation>
    </message>
    <message>
        <source>The file to write (default ID.jpg; - for stdout).</source>
        <translation>Die zu schreibende Datei (Standard ID.jpg; - für stdout).</translation>
    </message>
    <message>
        <source>Follow a session until its task ends or a condition holds, printing the agent&apos;s messages and saving each changed frame.</source>
        <translation>Eine Sitzung verfolgen, bis ihre Aufgabe endet oder eine Bedingung zutrifft; dabei die Nachrichten des Agenten ausgeben und jedes geänderte Bild speichern.</translation>
    </message>
    <message>
        <source>Time between screenshots (default 10s; at least 250ms).</source>
        <translation>Zeit zwischen Bildschirmfotos (Standard 10s; mindestens 250ms).</translation>
    </message>
    <message>
        <source>Save each changed frame in this folder, listed in index.json.</source>
        <translation>Jedes geänderte Bild in diesem Ordner speichern, aufgeführt in index.json.</translation>
    </message>
    <message>
        <source>Stop when: finished, error, question, url~REGEX or title~REGEX.</source>
        <translation>Anhalten bei: finished, error, question, url~REGEX oder title~REGEX.</translation>
    </message>
    <message>
        <source>Give up after this long (e.g. 90s, 30m, 2h).</source>
        <translation>Nach dieser Zeit aufgeben (z. B. 90s, 30m, 2h).</translation>
    </message>
    <message>
        <source>Write a session&apos;s recorded frames and its messages to one file: a ZIP with a Markdown report, a ZIP with timeline.json, or an animated WebP or GIF.</source>
        <translation>Die aufgezeichneten Bilder und Nachrichten einer Sitzung in eine Datei schreiben: ein ZIP mit einem Markdown-Bericht, ein ZIP mit timeline.json oder ein animiertes WebP oder GIF.</translation>
    </message>
    <message>
        <source>zip (report.md and frames), json (timeline.json and frames), webp or gif.</source>
        <translation>zip (report.md und Bilder), json (timeline.json und Bilder), webp oder gif.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>From this frame number or ISO 8601 time.</source>
        <translation>Ab dieser Bildnummer oder ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>To this frame number or ISO 8601 time.</source>
        <translation>Bis zu dieser Bildnummer oder ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>webp, gif: shorten the animation to at most this long (e.g. 30s).</source>
        <translation>webp, gif: die Animation auf höchstens diese Dauer kürzen (z. B. 30s).</translation>
    </message>
    <message>
        <source>Send a message to the agent: a new task.</source>
        <translation>Dem Agenten eine Nachricht senden: eine neue Aufgabe.</translation>
    </message>
    <message>
        <source>What the agent should do.</source>
        <translation>Was der Agent tun soll.</translation>
    </message>
    <message>
        <source>Answer the question the agent asks.</source>
        <translation>Die Frage des Agenten beantworten.</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>Die Antwort.</translation>
    </message>
    <message>
        <source>Pause the session&apos;s task.</source>
        <translation>Die Aufgabe der Sitzung pausieren.</translation>
    </message>
    <message>
        <source>Resume the session&apos;s paused task.</source>
        <translation>Die pausierte Aufgabe der Sitzung fortsetzen.</translation>
    </message>
    <message>
        <source>Cancel the session&apos;s task (the session stays).</source>
        <translation>Die Aufgabe der Sitzung abbrechen (die Sitzung bleibt bestehen).</translation>
    </message>
    <message>
        <source>Open a URL in the session&apos;s browser.</source>
        <translation>Eine URL im Browser der Sitzung öffnen.</translation>
    </message>
    <message>
        <source>An absolute http(s) URL.</source>
        <translation>Eine absolute http(s)-URL.</translation>
    </message>
    <message>
        <source>Create a session and print its id.</source>
        <translation>Eine Sitzung erstellen und ihre ID ausgeben.</translation>
    </message>
    <message>
        <source>The agent model (default: the server&apos;s, agi-0).</source>
        <translation>Das Agentenmodell (Standard: das des Servers, agi-0).</translation>
    </message>
    <message>
        <source>A first task to send at once.</source>
        <translation>Eine erste Aufgabe, die sofort gesendet wird.</translation>
    </message>
    <message>
        <source>Start from your saved default environment.</source>
        <translation>Mit Ihrer gespeicherten Standardumgebung beginnen.</translation>
    </message>
    <message>
        <source>Start from the snapshot saved when this session ended.</source>
        <translation>Mit dem Snapshot beginnen, der beim Beenden dieser Sitzung gespeichert wurde.</translation>
    </message>
    <message>
        <source>Use either --restore-default or --restore-from, not both.</source>
        <translation>Verwenden Sie entweder --restore-default oder --restore-from, nicht beide.</translation>
    </message>
    <message>
        <source>End a session, saving its browser first if asked. Asks on a terminal; needs --yes otherwise.</source>
        <translation>Eine Sitzung beenden und auf Wunsch vorher ihren Browser speichern. Fragt im Terminal nach; braucht sonst --yes.</translation>
    </message>
    <message>
        <source>Save the browser first: &apos;snapshot&apos;, or &apos;default&apos; to make it your default environment.</source>
        <translation>Den Browser vorher speichern: &apos;snapshot&apos;, oder &apos;default&apos;, um ihn zu Ihrer Standardumgebung zu machen.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Nicht nachfragen.</translation>
    </message>
    <message>
        <source>--save takes &apos;snapshot&apos; or &apos;default&apos;.</source>
        <translation>--save erwartet &apos;snapshot&apos; oder &apos;default&apos;.</translation>
    </message>
    <message>
        <source>The snapshot library of this account: list, rename, forget, make-default, export, import.</source>
        <translation>Die Snapshot-Bibliothek dieses Kontos: list, rename, forget, make-default, export, import.</translation>
    </message>
    <message>
        <source>list (the default), rename ENTRY NAME, forget ENTRY, make-default ENTRY, export FILE or import FILE. ENTRY is a session id or a unique prefix of one.</source>
        <translation>list (Standard), rename ENTRY NAME, forget ENTRY, make-default ENTRY, export FILE oder import FILE. ENTRY ist eine Sitzungs-ID oder ein eindeutiger Anfang davon.</translation>
    </message>
    <message>
        <source>The action&apos;s arguments.</source>
        <translation>Die Argumente der Aktion.</translation>
    </message>
    <message>
        <source>The API&apos;s address (default: AGI Session Monitor&apos;s setting).</source>
        <translation>Die Adresse der API (Standard: die Einstellung von AGI Session Monitor).</translation>
    </message>
    <message>
        <source>Run against the built-in emulator (no key needed).</source>
        <translation>Mit dem eingebauten Emulator arbeiten (kein Schlüssel nötig).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Print only data and errors: no progress, no notes.</source>
        <translation>Nur Daten und Fehler ausgeben: kein Fortschritt, keine Hinweise.</translation>
    </message>
    <message>
        <source>Print the log of every area (never the API key).</source>
        <translation>Das Protokoll aller Bereiche ausgeben (nie den API-Schlüssel).</translation>
    </message>
    <message>
        <source>Usage: agi-session [options] COMMAND [arguments]
Watch and manage AGI browser-agent sessions from a terminal or a script.

Commands:
</source>
        <translation>Aufruf: agi-session [Optionen] BEFEHL [Argumente]
Sitzungen von AGI-Browser-Agenten im Terminal oder in einem Skript beobachten und verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options of every command:
</source>
        <translation>
Optionen aller Befehle:
</translation>
    </message>
    <message>
        <source>  -h, --help              This text; &apos;agi-session COMMAND --help&apos; for one command.
  --version               The version.

The API key comes from AGI_API_KEY, else from the keychain entry AGI Session Monitor saved.

Exit status: 0 done (watch: condition met or task finished), 1 failure, 2 usage, 3 task error,
4 timeout, 5 question pending, 6 session not found, 7 key missing or rejected,
8 server unreachable, failing or rate limiting, 9 task finished without the condition,
10 not confirmed.
</source>
        <translation>  -h, --help              Dieser Text; &apos;agi-session BEFEHL --help&apos; für einen Befehl.
  --version               Die Version.

Der API-Schlüssel stammt aus AGI_API_KEY, sonst aus dem Schlüsselbundeintrag, den AGI Session Monitor
gespeichert hat.

Exit-Status: 0 erledigt (watch: Bedingung erfüllt oder Aufgabe fertig), 1 Fehlschlag, 2 falscher Aufruf,
3 Aufgabenfehler, 4 Zeitüberschreitung, 5 Frage offen, 6 Sitzung nicht gefunden,
7 Schlüssel fehlt oder abgelehnt, 8 Server nicht erreichbar, fehlerhaft oder Anfragelimit erreicht,
9 Aufgabe fertig, ohne dass die Bedingung zutraf, 10 nicht bestätigt.
</translation>
    </message>
</context>
<context>
    <name>agi::cli::ControlCommand</name>
    <message>
        <source>Session %1 asks no question (its task is %2).</source>
        <translation>Sitzung %1 stellt keine Frage (ihre Aufgabe: %2).</translation>
    </message>
    <message>
        <source>Use &apos;agi-session send&apos; to give it a new task.</source>
        <translation>Verwenden Sie &apos;agi-session send&apos;, um ihr eine neue Aufgabe zu geben.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>agi::cli::CreateCommand</name>
    <message>
        <source>No user id is known for the default environment.</source>
        <translation>Für die Standardumgebung ist keine Benutzer-ID bekannt.</translation>
    </message>
    <message>
        <source>Enter it once in AGI Session Monitor&apos;s settings.</source>
        <translation>Geben Sie sie einmal in den Einstellungen von AGI Session Monitor ein.</translation>
    </message>
    <message>
        <source>Run &apos;agi-session list&apos; before trying again.</source>
        <translation>Führen Sie &apos;agi-session list&apos; aus, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Save one with &apos;agi-session end ID --save default&apos;.</source>
        <translation>Speichern Sie eine mit &apos;agi-session end ID --save default&apos;.</translation>
    </message>
    <message>
        <source>Only a session ended with &apos;agi-session end ID --save snapshot&apos; can be restored.</source>
        <translation>Nur eine mit &apos;agi-session end ID --save snapshot&apos; beendete Sitzung kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Send it again with &apos;agi-session send %1 TASK&apos;.</source>
        <translation>Senden Sie sie erneut mit &apos;agi-session send %1 TASK&apos;.</translation>
    </message>
</context>
<context>
    <name>agi::cli::EndCommand</name>
    <message>
        <source>Not ending session %1 without confirmation.</source>
        <translation>Sitzung %1 wird ohne Bestätigung nicht beendet.</translation>
    </message>
    <message>
        <source>Add --yes to end it from a script.</source>
        <translation>Fügen Sie --yes hinzu, um sie aus einem Skript zu beenden.</translation>
    </message>
    <message>
        <source>Session %1 was left running.</source>
        <translation>Sitzung %1 läuft weiter.</translation>
    </message>
    <message>
        <source>End session %1 (%2)? Its browser is closed and cannot be restored.</source>
        <translation>Sitzung %1 (%2) beenden? Ihr Browser wird geschlossen und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>End session %1 (%2), saving its browser as your default environment?</source>
        <translation>Sitzung %1 (%2) beenden und ihren Browser als Ihre Standardumgebung speichern?</translation>
    </message>
    <message>
        <source>End session %1 (%2), saving a snapshot of its browser?</source>
        <translation>Sitzung %1 (%2) beenden und einen Snapshot ihres Browsers speichern?</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
</context>
<context>
    <name>agi::cli::ExportCommand</name>
    <message>
        <source>--format takes zip, json, webp or gif.</source>
        <translation>--format erwartet zip, json, webp oder gif.</translation>
    </message>
    <message>
        <source>Say where to write the export with -o FILE.</source>
        <translation>Geben Sie mit -o FILE an, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <source>--%1 takes a frame number or an ISO 8601 time (e.g. 2026-11-30T21:04:05Z).</source>
        <translation>--%1 erwartet eine Bildnummer oder eine ISO-8601-Zeit (z. B. 2026-11-30T21:04:05Z).</translation>
    </message>
    <message>
        <source>--max-duration takes a duration such as 30s, 2m or 1500ms.</source>
        <translation>--max-duration erwartet eine Dauer wie 30s, 2m oder 1500ms.</translation>
    </message>
    <message>
        <source>Fix or remove that file, or redact again in the window.</source>
        <translation>Reparieren oder entfernen Sie diese Datei, oder schwärzen Sie im Fenster erneut.</translation>
    </message>
    <message>
        <source>Choose another file with -o.</source>
        <translation>Wählen Sie mit -o eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>agi::cli::ListCommand</name>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions with status %1.</source>
        <translation>Keine Sitzungen mit dem Status %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
</context>
<context>
    <name>agi::cli::Output</name>
    <message>
        <source>Set AGI_API_KEY to a valid key (or save one in AGI Session Monitor), or try --demo.</source>
        <translation>Setzen Sie AGI_API_KEY auf einen gültigen Schlüssel (oder speichern Sie einen in AGI Session Monitor) oder probieren Sie --demo aus.</translation>
    </message>
    <message>
        <source>Use a key with access to this session.</source>
        <translation>Verwenden Sie einen Schlüssel mit Zugriff auf diese Sitzung.</translation>
    </message>
    <message>
        <source>Run &apos;agi-session list&apos; to see the sessions there are.</source>
        <translation>Führen Sie &apos;agi-session list&apos; aus, um die vorhandenen Sitzungen zu sehen.</translation>
    </message>
    <message>
        <source>Check --base-url.</source>
        <translation>Prüfen Sie --base-url.</translation>
    </message>
    <message>
        <source>Check the network and --base-url, then try again.</source>
        <translation>Prüfen Sie das Netzwerk und --base-url, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wait a little, then try again.</source>
        <translation>Warten Sie kurz, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Use an https:// address (plain http only to this computer).</source>
        <translation>Verwenden Sie eine https://-Adresse (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
</context>
<context>
    <name>agi::cli::ScreenshotCommand</name>
    <message>
        <source>Choose another file with -o.</source>
        <translation>Wählen Sie mit -o eine andere Datei.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
</context>
<context>
    <name>agi::cli::ShowCommand</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Live-Ansicht</translation>
    </message>
</context>
<context>
    <name>agi::cli::SnapshotsCommand</name>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, rename, forget, make-default, export or import.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: Verwenden Sie list, rename, forget, make-default, export oder import.</translation>
    </message>
    <message>
        <source>&apos;snapshots %1&apos; takes no arguments.</source>
        <translation>&apos;snapshots %1&apos; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>&apos;snapshots %1&apos; takes %2.</source>
        <translation>&apos;snapshots %1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several snapshots: %2.</source>
        <translation>&apos;%1&apos; bezeichnet mehrere Snapshots: %2.</translation>
    </message>
    <message>
        <source>Give more of the session id.</source>
        <translation>Geben Sie mehr von der Sitzungs-ID an.</translation>
    </message>
    <message>
        <source>No snapshot in the library of %1 matches &apos;%2&apos;.</source>
        <translation>Kein Snapshot in der Bibliothek von %1 passt zu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>See &apos;agi-session snapshots&apos;.</source>
        <translation>Siehe &apos;agi-session snapshots&apos;.</translation>
    </message>
    <message>
        <source>Snapshots of %1:</source>
        <translation>Snapshots von %1:</translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation> (unbestätigt)</translation>
    </message>
    <message>
        <source> (no longer on the server)</source>
        <translation> (nicht mehr auf dem Server)</translation>
    </message>
    <message>
        <source>No snapshots saved yet: &apos;agi-session end ID --save snapshot&apos; saves one.</source>
        <translation>Noch keine Snapshots gespeichert: &apos;agi-session end ID --save snapshot&apos; speichert einen.</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SESSION ID</source>
        <translation>SITZUNGS-ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SAVED AT</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Snapshot %1 is now called &quot;%2&quot;.</source>
        <translation>Snapshot %1 heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (session %2)</source>
        <translation>„%1“ (Sitzung %2)</translation>
    </message>
    <message>
        <source>Not forgetting %1 without confirmation.</source>
        <translation>%1 wird ohne Bestätigung nicht vergessen.</translation>
    </message>
    <message>
        <source>Add --yes to forget it from a script.</source>
        <translation>Fügen Sie --yes hinzu, um ihn aus einem Skript zu vergessen.</translation>
    </message>
    <message>
        <source>Forget %1 on this computer? The server&apos;s copy is not deleted (the API has no call for that).</source>
        <translation>%1 auf diesem Computer vergessen? Die Kopie auf dem Server wird nicht gelöscht (die API bietet dafür keinen Aufruf).</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>%1 was kept.</source>
        <translation>%1 wurde behalten.</translation>
    </message>
    <message>
        <source>Forgot %1 on this computer. The server&apos;s copy is not deleted: the API has no call for that.</source>
        <translation>%1 wurde auf diesem Computer vergessen. Die Kopie auf dem Server wird nicht gelöscht: Die API bietet dafür keinen Aufruf.</translation>
    </message>
    <message>
        <source>Step %1 of 2: %2</source>
        <translation>Schritt %1 von 2: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 could not be made the default.</source>
        <translation>Der Snapshot %1 konnte nicht als Standard festgelegt werden.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>Wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n snapshot(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Snapshot von %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Snapshots von %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Into the library of %1: %2</source>
        <translation>In die Bibliothek von %1: %2</translation>
    </message>
</context>
<context>
    <name>agi::cli::WatchCommand</name>
    <message>
        <source>--every takes a duration of at least %1 ms, such as 1s, 10s or 2m.</source>
        <translation>--every erwartet eine Dauer von mindestens %1 ms, etwa 1s, 10s oder 2m.</translation>
    </message>
    <message>
        <source>--timeout takes a duration such as 90s, 30m or 2h.</source>
        <translation>--timeout erwartet eine Dauer wie 90s, 30m oder 2h.</translation>
    </message>
    <message>
        <source>Timed out: session %1 did not reach &apos;%2&apos; in time.</source>
        <translation>Zeitüberschreitung: Sitzung %1 hat &apos;%2&apos; nicht rechtzeitig erreicht.</translation>
    </message>
    <message>
        <source>the end of its task</source>
        <translation>das Ende ihrer Aufgabe</translation>
    </message>
    <message>
        <source>Try a longer --timeout.</source>
        <translation>Versuchen Sie ein längeres --timeout.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder with --out.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie mit --out einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The task of session %1 ended in an error.</source>
        <translation>Die Aufgabe der Sitzung %1 endete mit einem Fehler.</translation>
    </message>
    <message>
        <source>The agent of session %1 asks a question.</source>
        <translation>Der Agent der Sitzung %1 stellt eine Frage.</translation>
    </message>
    <message>
        <source>Answer it with &apos;agi-session answer %1 TEXT&apos;.</source>
        <translation>Beantworten Sie sie mit &apos;agi-session answer %1 TEXT&apos;.</translation>
    </message>
    <message>
        <source>The task of session %1 finished, but &apos;%2&apos; never held.</source>
        <translation>Die Aufgabe der Sitzung %1 ist fertig, aber &apos;%2&apos; traf nie zu.</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Neuer Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) in %1.</source>
        <translation>
            <numerusform>%n Bild in %1 gespeichert.</numerusform>
            <numerusform>%n Bilder in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n frame(s) saved in %2, listed in index.json.</source>
        <translation>
            <numerusform>%1: %n Bild in %2 gespeichert, aufgeführt in index.json.</numerusform>
            <numerusform>%1: %n Bilder in %2 gespeichert, aufgeführt in index.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird beobachtet</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>next try in %1 s</source>
        <translation>nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>last frame %1 s ago</source>
        <translation>letztes Bild vor %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>agi::cli::WatchCondition</name>
    <message>
        <source>Unknown --until condition &apos;%1&apos;: use finished, error, question, url~REGEX or title~REGEX.</source>
        <translation>Unbekannte --until-Bedingung &apos;%1&apos;: Verwenden Sie finished, error, question, url~REGEX oder title~REGEX.</translation>
    </message>
    <message>
        <source>Unknown --until condition &apos;%1&apos;: use url~REGEX or title~REGEX.</source>
        <translation>Unbekannte --until-Bedingung &apos;%1&apos;: Verwenden Sie url~REGEX oder title~REGEX.</translation>
    </message>
    <message>
        <source>Invalid regular expression in --until: %1.</source>
        <translation>Ungültiger regulärer Ausdruck in --until: %1.</translation>
    </message>
</context>
<context>
    <name>agi::cli::WatchRecorder</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a frame index of agi-session; choose another folder.</source>
        <translation>%1 ist kein Bildindex von agi-session; wählen Sie einen anderen Ordner.</translation>
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
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>See &apos;agi-session --help&apos;.</source>
        <translation>Siehe &apos;agi-session --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>See &apos;agi-session %1 --help&apos;.</source>
        <translation>Siehe &apos;agi-session %1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2.</source>
        <translation>&apos;%1&apos; erwartet %2.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Start on the wall: live thumbnails of all active sessions.</source>
        <translation>Mit der Sitzungswand starten: Live-Vorschaubilder aller aktiven Sitzungen.</translation>
    </message>
</context>
</TS>
