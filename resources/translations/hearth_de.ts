<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>Eignung für diesen Computer: {verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>Ihr eigenes ChatGPT, auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Bereiche des Info-Fensters</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>Wählen Sie, was Sie lesen möchten: die Versionen von Hearth, sein llama.cpp-Build, die Lizenzen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>Versionen und Build-Details für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Diesen Dialog schließen</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>{app}-Symbol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>(gebündelte App)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>GPU-Backend</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>llama.cpp konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU-Funktionen</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>CPU-Build</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>Keines: läuft auf der CPU</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>nur Basisfunktionen</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>(mit {options})</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>Portabel: {count} CPU-Varianten, die beste davon geladen ({variants})</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>Ein CPU-Backend: Es erfordert einen Prozessor mit allen oben aufgeführten Funktionen</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>llama.cpp-Systeminfo</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>Die Zeile, die llama.cpp über das System ausgibt, auf dem es läuft</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>Systeminfo, wie llama.cpp sie meldet:</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>Die Lizenzen von Hearth, der Software, auf der es aufbaut, und des Modells</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>Anzuzeigende Lizenz</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>Wählen Sie die Lizenz, deren vollständiger Text unten angezeigt wird</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>Der vollständige Text der gewählten Lizenz</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Vollständiger Text:</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>Hearth und die Software, auf der es aufbaut:</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} nennt in seiner Datei keine Lizenz; prüfen Sie die Bedingungen dort, wo Sie es bezogen haben.</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>{name} steht laut seiner Datei unter der Lizenz „{licence}“. Deren Bedingungen gelten für alles, was Sie damit tun.</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>Beim letzten Beenden von Hearth wurde eine Antwort unterbrochen; sie bleibt so erhalten, wie sie war.</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>Beim letzten Beenden von Hearth wurden {count} Antworten unterbrochen; sie bleiben so erhalten, wie sie waren.</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>Der Datenordner ist schreibgeschützt: Ihre Chats können gelesen werden, aber nichts Neues wird gespeichert.</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>Hearth kann nicht starten: {error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>Dieses Modell kann keine Bilder sehen: Wählen Sie ein Vision-Modell (ein Auge in der Modellauswahl)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Schreiben Sie hier Ihre Nachricht: Eingabe sendet sie, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Nachricht an Hearth…  (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>Beendet die Bearbeitung: Die Nachricht bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>Eingefügten Text entfernen</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>Entfernt den angehängten eingefügten Text aus der Nachricht.</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Bild anhängen</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>Wählt Bilder, die mit der Nachricht gesendet werden, für ein Modell, das Bilder sehen kann.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>Sendet die Nachricht an das Modell.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>Stoppt die Antwort, die gerade geschrieben wird.</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>Eingefügter Text angehängt: {characters} Zeichen, {lines} Zeilen; er wird mit Ihrer Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>Sie bearbeiten eine Nachricht: Beim Senden entsteht eine neue Version; die alte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>Einen Moment bitte: Ein Bild wird noch gelesen.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>Chat gelöscht.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>Nicht angehängt: {reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>Nicht angehängt: {name} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>Nicht angehängt: {name} konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lesen…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Das Bild wird gelesen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>Entfernt dieses Bild aus der Nachricht.</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Bild fehlt</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>Die Bilder, die mit der Nachricht gesendet werden; jedes lässt sich entfernen.</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>Suche in {collections}…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>{passages} in {collections} gefunden; sie werden gelesen…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>Name der Sammlung (z. B. „Arbeitsnotizen“):</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>Es gibt bereits eine Sammlung namens {name}: Über ihr Menü (⋯) können Sie Ordner und Dateien hinzufügen.</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>Ein Ordner für {name}</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>Ordner zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>Dateien zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>{name} wird indexiert… Sie können währenddessen weiterchatten.</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>teilweise indexiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Probleme in {name}</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>{count} Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>{count} Dateien wurden übersprungen</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} nur teilweise indexiert</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped} und {partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>Keine Probleme: Alle Dateien wurden indexiert.</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}. Beheben Sie das Problem in der Datei und wählen Sie „Aktualisieren“, um sie erneut zu indexieren.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>Die Dateien, die übersprungen oder nur teilweise indexiert wurden, und der Grund dafür.</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>Schließt die Liste der Probleme.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} aus Hearth entfernen?

Die indexierte Datei bleibt unangetastet: Nur der Index von Hearth wird gelöscht. Antworten, die daraus zitiert haben, behalten die zitierten Textstellen.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} aus Hearth entfernen?

Die {count} indexierten Dateien bleiben unangetastet: Nur der Index von Hearth wird gelöscht. Antworten, die daraus zitiert haben, behalten die zitierten Textstellen.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} aus Hearth entfernen?

Die Dateien bleiben unangetastet: Nur der Index von Hearth wird gelöscht. Antworten, die daraus zitiert haben, behalten die zitierten Textstellen.</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>{count} Datei indexiert</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>{count} Dateien indexiert</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>{count} nicht mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>aktuell ({count} Datei)</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>aktuell ({count} Dateien)</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}: {outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}: Indexierung gestoppt; {count} Datei fertig</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}: Indexierung gestoppt; {count} Dateien fertig</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — nur nach Stichwörtern durchsucht ({reason})</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} wird noch entfernt: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}: Indexierung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>{name} wurde aus Hearth entfernt; die Dateien bleiben unangetastet.</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>Noch keine Dokumentsammlungen: Fügen Sie in der Seitenleiste unter „Dokumente“ einen Ordner hinzu.</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>Dok.: {collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>Wählt die Dokumentsammlungen, aus denen dieser Chat antwortet.</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Aus diesen Sammlungen antworten:</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>Dieser Chat antwortet aus {collections} und zitiert die verwendeten Textstellen</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>Aus Ihren Dokumenten antworten: Wählen Sie die Sammlungen, die dieser Chat durchsucht</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} Datei</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} Dateien</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} Textstelle</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} Textstellen</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count} Problem</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} Probleme</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>noch etwa {hours} h</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>Embeddings: {done} von {total} Textstellen</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} von {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>Noch keine Ordner oder Dateien</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Noch nicht indexiert</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}: Menü</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>Öffnet das Menü dieser Sammlung.</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>Ordner oder Dateien hinzufügen, aktualisieren, Probleme, entfernen</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>Dateien übersprungen oder nur teilweise indexiert: „Probleme anzeigen…“ im Menü nennt den Grund</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>Sammlung {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>Wartet auf die Prüfung auf Änderungen…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>Wartet auf Indexierung…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>Zeigt oder verbirgt Ihre Dokumentsammlungen.</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>Ihre Dokumentsammlungen anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>Erstellt eine neue Sammlung aus einem Ordner oder Dateien, mit denen Sie chatten können.</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>Neue Sammlung… (ein Ordner oder Dateien zum Chatten)</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>Fügen Sie einen Ordner hinzu, um mit Ihren Dokumenten zu chatten: Hearth antwortet daraus und nennt seine Quellen.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>Legt Ihre erste Sammlung an, aus einem Ordner, mit dem Sie chatten können.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>Ihre Dokumentsammlungen: Jede Zeile hat ihr eigenes Menü.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Indexierung stoppen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>Probleme anzeigen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>Mit Modellen auf einem anderen Computer chatten: vLLM, llama-server, Ollama, LM Studio oder ein anderes Hearth. Nachrichten an eine Remote-Engine verlassen diesen Computer. API-Schlüssel werden im Schlüsselbund des Betriebssystems aufbewahrt (oder aus einer Umgebungsvariable gelesen), niemals in den Dateien von Hearth.</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>Schlüssel aus {variable}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>keine Modelle</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} Modelle</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Remote-Engines</translation>
    </message>
    <message>
        <source>The remote engines added, with their address, key and state</source>
        <translation>Die hinzugefügten Remote-Engines mit Adresse, Schlüssel und Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>Ausgewählte Engine</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>Die ausgewählte Engine (oder alle Engines) erneut nach ihren Modellen fragen</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>Die ausgewählte Engine und ihren API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Engine hinzufügen</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>optional: wird im Schlüsselbund des Betriebssystems aufbewahrt</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>Schlüssel aus einer Umgebungsvariable lesen:</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Schlüssel aus einer Umgebungsvariable lesen</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>Den API-Schlüssel aus der daneben genannten Umgebungsvariable nehmen</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>optional: für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>Nach einem CA-Bundle suchen</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>Wählen Sie die Zertifikatsdatei, anhand derer das Zertifikat des Servers geprüft wird</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>Die oben beschriebene Engine hinzufügen und prüfen</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>Meldung zu Engines</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>Der Name, unter dem die Engine in der Modellauswahl angezeigt wird</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>Die OpenAI-kompatible Adresse der Engine, etwa http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>Der API-Schlüssel der Engine, falls sie einen benötigt</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>Eine Zertifikatsdatei für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>CA-Bundle: {path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>{name} kann nicht abgefragt werden: {error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>unter {path} gibt es kein CA-Bundle</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>geben Sie die Umgebungsvariable an, die den Schlüssel enthält (Buchstaben, Ziffern und &apos;_&apos;, z. B. GPU_BOX_KEY)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Nicht exportiert: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>Chat importieren</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Hearth-Chat</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>Nicht importiert: {name} ist keine Textdatei</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Nicht importiert: {error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>Feedback als SFT-Daten exportieren</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>Feedback als Präferenzdaten exportieren</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>{count} SFT-Datensätze nach {path} geschrieben</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>{count} Präferenz-Datensätze nach {path} geschrieben</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>Öffnet die Einstellungen von Hearth und dieses Chats.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>Zeigt die Modellseite: Modelle herunterladen, finden und verwalten.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>Wählen Sie ein Modell, um mit dem Chatten zu beginnen.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>Trotzdem laden?</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF-Modelle</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>{path} kann nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>Das Modell wird geladen… Sie können schon mit dem Schreiben beginnen.</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>Das Modell konnte nicht geladen werden: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — weiterhin wird {model} verwendet.</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>Öffnen Sie eine andere GGUF-Datei oder laden Sie ein Modell herunter.</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>Quelle {number}: {where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>Diese Antwort zitiert [{number}], hat aber keine Quelle {number} erhalten</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>Noch nichts zu exportieren: Dieser Chat ist leer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>Chat &amp;importieren…</translation>
    </message>
    <message>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Chat als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export chat as &amp;JSON…</source>
        <translation>Chat als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;SFT data…</source>
        <translation>Feedback als &amp;SFT-Daten exportieren…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>Feedback als &amp;Präferenzdaten exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;top reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Antwort neu &amp;generieren</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>Chat-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>&amp;GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>&amp;Persönlich machen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>Was war gut oder schlecht an dieser Antwort? (optional)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>Eine sehr lange Nachricht</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>Diese Nachricht umfasst etwa {estimate} Token; der Kontext des Modells fasst {size}. Ältere Nachrichten werden weggelassen, oder sie passt womöglich gar nicht hinein. Trotzdem senden?</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>Nicht geöffnet: {address} (nur Web- und E-Mail-Links werden geöffnet)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>Diese Adresse in Ihrem Browser öffnen?

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>Unterbrochen: Hearth wurde beendet, bevor diese Antwort fertig war</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>An der Längengrenze abgeschnitten</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>Die Antwort ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} Token</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} Token/s</translation>
    </message>
    <message>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s bis zum ersten Token</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>Zeigt die vorherige Version.</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>Zeigt die nächste Version.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>Antwort des Assistenten</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>Der Text der Nachricht; er kann markiert und kopiert werden.</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>Öffnet den ganzen Text dieser langen Nachricht in einem Anzeigefenster.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>Kopiert den Text der Nachricht in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>Übernimmt die Nachricht ins Eingabefeld, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Antwort neu generieren</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>Schreibt eine neue Version dieser Antwort.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>Antwort fortsetzen</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>Lässt das Modell dort weitermachen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>Bewertet die Antwort als gut, mit optionaler Anmerkung.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>Bewertet die Antwort als schlecht, mit optionaler Anmerkung.</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Antwortstatistik</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>Die Antwort ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>Aus dem Kontext des Modells weggelassen (zu lang)</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>Schlechte Antwort — Ihre Anmerkung: {note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>Gute Antwort — Ihre Anmerkung: {note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>Alles anzeigen ({count} weitere Zeichen)</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Die ganze Nachricht</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>Der ganze Text der Nachricht, schreibgeschützt.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>Wählt das Modell für diesen Chat oder öffnet eine GGUF-Datei.</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>Modell für diesen Chat wählen</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>GGUF-Datei öffnen…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Kann Bilder sehen</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>kann Bilder sehen</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>Ein Adapter, den Sie auf {model} trainiert haben</translation>
    </message>
    <message>
        <source>{engine} — remote · {host}</source>
        <translation>{engine} — Remote · {host}</translation>
    </message>
    <message>
        <source>{model}   [remote]</source>
        <translation>{model}   [Remote]</translation>
    </message>
    <message>
        <source>on {engine} ({url})</source>
        <translation>auf {engine} ({url})</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>Offline: Der Hugging Face Hub ist nicht erreichbar, daher kann jetzt nichts heruntergeladen werden. Das Öffnen einer GGUF-Datei und die bereits auf diesem Computer vorhandenen Modelle funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Nicht heruntergeladen: {error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} enthält {file} nicht mehr</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>{name} wird auf dem Hugging Face Hub gesucht…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>Die Anfrage an den Hub ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>{name} wird kopiert… {percent}%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>{name} verknüpft</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>{name} vergessen</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} gelöscht</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird überprüft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} von {total} · {speed}/s, noch {time}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} von {total} · {speed}/s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · überprüft</translation>
    </message>
    <message>
        <source>{done} of {total} · {state}</source>
        <translation>{done} von {total} · {state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>Hält den Download vorerst an; „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>Setzt den pausierten Download fort.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Download wiederholen</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>Versucht den fehlgeschlagenen Download erneut.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>Bricht den Download ab und löscht, was bereits heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>Download ausblenden</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>Entfernt diesen Download aus der Liste.</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Fortschritt von {name}</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>Downloadstatus von {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>Es wird nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>In der Warteschlange…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird überprüft…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Download: {percent}%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>Lädt diese Datei herunter oder startet einen Chat damit, sobald sie in der Bibliothek ist.</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} verwenden</translation>
    </message>
    <message>
        <source>{status} {name}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>GGUF-Modelle auf dem Hugging Face Hub suchen, z. B. qwen instruct</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>Suchbegriffe für die GGUF-Modelle des Hugging Face Hub; Eingabe startet die Suche.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>Sendet die Suchbegriffe an den Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>Bei der Suche werden Ihre Suchbegriffe an den Hugging Face Hub gesendet; sonst verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Hub-Status</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>Repositorys mit GGUF-Dateien; wählen Sie eines aus, um seine Dateien aufzulisten.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>Passt?</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Dateien des Repositorys</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>Die Modelldateien des Repositorys nach Quantisierung, mit „Herunterladen“ oder „Verwenden“.</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>Token für zugangsbeschränkte Modelle:</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token für Hugging Face</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>Ein Zugriffstoken für zugangsbeschränkte Modelle auf dem Hugging Face Hub.</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  (gespeichert dort, wo huggingface_hub es ablegt)</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>Speichert das Token dort, wo huggingface_hub es ablegt.</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>Löscht das gespeicherte Token für Hugging Face.</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>Token nicht gespeichert: {error}.</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>Token gespeichert; zugangsbeschränkte Repositorys, auf die Sie Zugriff haben, lassen sich jetzt herunterladen.</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>Token konnte nicht vergessen werden: {error}.</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>Token vergessen.</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>Token vergessen; HF_TOKEN ist in der Umgebung weiterhin gesetzt.</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>Suche nach „{words}“…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo} (zugangsbeschränkt)</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>{count} Repositorys mit GGUF-Dateien, die am häufigsten heruntergeladenen zuerst.</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Keine passenden GGUF-Repositorys.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Die Suche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>Dateien von {repo} werden aufgelistet…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}: {count} GGUF-Modelle (zugangsbeschränkt: erfordert ein Token)</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models</source>
        <translation>{repo}: {count} GGUF-Modelle</translation>
    </message>
    <message>
        <source>{name} ({parts} parts)</source>
        <translation>{name} ({parts} Teile)</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>Vision-Projektor</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>GGUF-Datei importieren (kopieren)…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>GGUF-Datei importieren</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>Kopiert eine GGUF-Modelldatei in den Modellordner.</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>GGUF-Datei am Speicherort verwenden…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>GGUF-Datei am Speicherort verwenden</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>Führt eine GGUF-Modelldatei dort auf, wo sie liegt, ohne sie zu kopieren.</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>Die Modelle in der Bibliothek, jeweils mit den Schaltflächen „Verwenden“ und „Löschen“.</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>In anderen Apps gefunden (am Speicherort verwendet, nicht kopiert)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>In anderen Apps gefundene Modelle</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>Von anderen Apps heruntergeladene Modelle, jeweils am Speicherort verwendbar.</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>Es wurden keine Modelle aus dem Cache von Hugging Face, aus LM Studio, GPT4All oder Ollama gefunden.</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>Modellordner: {folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>Durchsuchen fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name} (verknüpft)</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>nicht verwendbar: {error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>Embedding-Modell: für Dokumente verwendet</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>Am Speicherort verwenden</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>{name} am Speicherort verwenden</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>Fügt dieses Modell der Bibliothek hinzu, ohne es zu kopieren.</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>Startet einen Chat mit diesem Modell.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>{name} vergessen</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>Führt dieses Modell nicht mehr auf; seine Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>Löscht die Datei dieses Modells von diesem Computer.</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>{name} nicht mehr aufführen? Die Datei selbst bleibt, wo sie ist:
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>{name} ({size}) von diesem Computer löschen?
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>GGUF-Modell wählen</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← Zurück zum Chat</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Zurück zum Chat</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>Verlässt die Seite „Modelle“ und zeigt wieder den Chat.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Hinweis zu Modellen</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>Empfohlene Modelle, eine Suche im Hugging Face Hub und die Modelle auf diesem Computer.</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>Für diesen Computer ausgewählte Modelle.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>Die laufenden, wartenden und abgeschlossenen Downloads.</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} Parameter</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>{context} Kontext</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>Lädt dieses Modell herunter oder startet einen Chat damit, sobald es auf diesem Computer ist.</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>Für Dokumente verwendet</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>{name}: für Dokumente verwendet</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>{name} wird heruntergeladen: {percent}%</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — Quelle {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>Die zitierte Textstelle in ihrer Datei</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>Der Text der Datei, schreibgeschützt, mit markierter zitierter Textstelle.</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>Schließt die Textstelle.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>Öffnet die Datei mit der dafür vorgesehenen App des Systems.</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>Zeigt den Ordner, in dem die Datei liegt.</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>{path} öffnen</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>Seite {page} wird gelesen…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>Seite {page} konnte nicht erneut gelesen werden: Die Textstelle wird so angezeigt, wie sie indexiert wurde.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>Die Datei hat sich seit dem Indexieren geändert: Die Textstelle wird so gezeigt, wie sie war.</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>Die Textstelle, wie sie indexiert wurde; öffnen Sie die Datei, um sie an ihrem Ort zu sehen.</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>Die Datei fehlt oder kann nicht gelesen werden ({reason}): Die Textstelle wird so gezeigt, wie sie indexiert wurde.</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>Nachrichten verlassen diesen Computer</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>Dieser Chat verwendet {model} auf {engine}. Was Sie darin senden, und der bisherige Chat verlassen diesen Computer in Richtung {host}.

Senden?</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>Der API-Schlüssel des Servers konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>Der lokale Server ist nicht gestartet: {error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>Der lokale Server lauscht unter {url}</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>Server :{port} · {count} aktiv</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>Das geladene Modell anderen Apps bereitstellen (eine OpenAI-kompatible API)</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>Das geladene Modell anderen Apps über eine OpenAI-kompatible API bereitstellen</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>Der Port, auf dem der lokale Server lauscht</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>Wie viele Anfragen gleichzeitig beantwortet werden, einschließlich des Chats im Fenster</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>Der Chat im Fenster ist eine davon; jede hat ihren eigenen Kontext</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>Andere Computer in meinem Netzwerk zulassen (sie müssen den API-Schlüssel senden)</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Andere Computer zulassen</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>Anderen Computern im Netzwerk die Verbindung erlauben; sie müssen den API-Schlüssel senden</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>API-Clients das Laden anderer Modelle der Bibliothek erlauben</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>API-Clients das Laden anderer Modelle erlauben</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>API-Clients dürfen jedes Modell der Bibliothek laden, nicht nur das geladene</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>API-Unterhaltungen bei meinen Chats aufbewahren</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>API-Unterhaltungen aufbewahren</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>Die Unterhaltungen von API-Clients bei Ihren Chats speichern</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>Einen neuen API-Schlüssel erzeugen; Clients mit dem alten werden abgewiesen</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Den API-Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>So rufen Sie den Server auf</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>Beispiele für den Aufruf des Servers mit curl und mit Python</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>curl kopieren</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>Das curl-Beispiel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>Python kopieren</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>Das Python-Beispiel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>Rufen Sie ihn aus Ihrem Editor, Ihren Skripten oder anderen Apps auf:</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>nicht nötig, wenn nur dieser Computer zugreift</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>der Schlüssel konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
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
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>Anhalten und Bescheid geben</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>Die ältesten Nachrichten verwerfen (nach dem Systemprompt)</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>Gleitendes Fenster (verwirft jeweils die Hälfte, damit der Cache wiederverwendbar bleibt)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>Wählen Sie, welche Einstellungen angezeigt werden: dieser Chat, die App, der Server oder die Engines</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Dieser Chat</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Engines</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>Diese Einstellungen übernehmen und den Dialog schließen</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>Den Dialog schließen, ohne die Änderungen zu übernehmen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>Die Einstellungen dieses Chats aus einer gespeicherten Voreinstellung übernehmen</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Voreinstellung speichern…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>Die angezeigten Einstellungen als Voreinstellung unter einem Namen Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Die gewählte Voreinstellung löschen</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>Für neue Chats verwenden</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>Neue Chats beginnen mit der gewählten Voreinstellung</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>Anweisungen, die das Modell vor jeder Nachricht dieses Chats liest</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>App-Standard</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>Wie abwechslungsreich die Antworten sind: höher ist zufälliger</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>Nur die wahrscheinlichsten Wörter, die zusammen diese Wahrscheinlichkeit erreichen, kommen infrage</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>Nur aus so vielen der wahrscheinlichsten Wörter wird gewählt; 0 für keine Begrenzung</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>Wörter, die unwahrscheinlicher sind als dieser Anteil des wahrscheinlichsten, werden ausgelassen</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>Wie stark das Modell Wiederholungen vermeidet</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>Die maximale Länge einer Antwort, in Token</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>Derselbe Seed ergibt dieselbe Antwort; „zufällig“ für jedes Mal einen neuen</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>Wie viele Token des Chats das Modell im Blick behält</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Wenn der Kontext voll ist</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>Was geschieht, wenn der Chat nicht mehr hineinpasst</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Stärke des Adapters</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>Wie stark der Adapter die Antworten des Modells verändert: 0 gar nicht, 1 wie trainiert, 2 doppelt so stark</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>Wie stark der Adapter die Antworten des Modells verändert</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>Adapter: {name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(Voreinstellung wählen)</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name} (neue Chats)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>Hearth zeigt die neue Sprache beim nächsten Start an.</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>Nach dem Modellordner suchen</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>Wählen Sie den Ordner, in dem Hearth Modelle ablegt und sucht</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>Auto: alle Schichten, wenn dieser Build eine GPU nutzen kann; -1: alle; 0: nur CPU</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>Hell, dunkel, hoher Kontrast oder wie das System</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>Die Größe des Fenstertexts in Punkt; „System“ für die des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>Die Sprache des Hearth-Fensters; das Terminal bleibt auf Englisch</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>Standard-Kontextlänge</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>Wie viele Token ein Chat im Blick behält, sofern er keinen eigenen Wert festlegt</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>Wie viele Schichten des Modells auf der GPU laufen</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>Mit wie vielen Threads das Modell auf der CPU läuft</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>Der Ordner, in dem Hearth Modelle ablegt und sucht</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>Startet einen neuen, leeren Chat.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>Zeigt die Chats, deren Titel oder Nachrichten diese Wörter enthalten.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>Ihre Chats, die neuesten zuerst: Wählen Sie einen aus, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>Keine passenden Chats</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>nicht zitiert</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>Quelle {number}: {place}, von der Antwort nicht zitiert</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>Quelle {number}: {place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>Öffnet die Textstelle in ihrer Datei.</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>Klicken Sie, um die Textstelle in ihrer Datei zu sehen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>Zeigt oder verbirgt die Textstellen, die dieser Antwort übergeben wurden.</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>Quellen ({count}, {cited} zitiert)</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Quellen ({count})</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>Die Antwort zitiert auch {listed}, hat aber keine Quelle {number} erhalten.</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>Die Antwort zitiert auch {listed}, hat aber keine Quellen mit diesen Nummern erhalten.</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>Wie viel des Modells geladen ist.</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>Geschwindigkeit der letzten Antwort</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Belegter Kontext</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>Stellt den gerade gelöschten Chat wieder her.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen…</translation>
    </message>
    <message>
        <source>remote · {host}</source>
        <translation>Remote · {host}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU ({backend}, {layers} layers)</source>
        <translation>GPU ({backend}, {layers} Schichten)</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>Nachrichten gehen an {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>Geladen in {seconds} s · {parameters} Mio. Parameter · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Speicher von Hearth: {before} vor, {after} nach dem Laden</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>{model} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Kontext {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>Token dieser Unterhaltung im Kontext des Modells, gemessen an der Kontextgröße</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>(geschätzt: Der Server hat keinen Tokenizer-Endpunkt)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>Die Nachrichten dieses Chats, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>Senden Sie eine Nachricht, um die Unterhaltung zu beginnen.</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Frühere Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>Zeigt die Nachrichten oberhalb der ersten sichtbaren.</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>Frühere Nachrichten anzeigen ({count} weitere)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>Wege zum ersten Modell: eines herunterladen, das einer anderen App verwenden oder eine Datei öffnen.</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>Hearth führt Chatmodelle im GGUF-Format auf diesem Computer aus. Nichts, was Sie schreiben, verlässt ihn. Wählen Sie ein Modell zum Herunterladen, verwenden Sie eines, das eine andere App bereits heruntergeladen hat, oder öffnen Sie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>Willkommenshinweis</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>GGUF-Datei öffnen</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>Wählt eine Modelldatei auf diesem Computer zum Chatten aus.</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>Alle Modelle durchsuchen…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>Zeigt die Modellseite, um ein Modell zu suchen und herunterzuladen.</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Empfohlene Modelle</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>Auf diesem Computer gefunden, von anderen Apps</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Suche nach Modellen, die andere Apps heruntergeladen haben…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>Keine gefunden (Hearth sucht im Cache von Hugging Face, in LM Studio, GPT4All und Ollama).</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>{model} am Speicherort verwenden</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>Chattet mit diesem Modell an seinem Speicherort, ohne es zu kopieren.</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}, Seite {page}</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}, Zeilen {start}–{end}</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}, Zeile {line}</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… ({count} weitere Zeichen)</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>Zeigt oder verbirgt, was das Modell vor seiner Antwort gedacht hat.</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Die Gedanken des Modells</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} s nachgedacht</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>Kurz nachgedacht</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>Die Argumente des Aufrufs, genau so, wie das Modell sie geschrieben hat</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>Führt diesen Aufruf aus, nur dieses eine Mal.</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Immer für dieses Tool</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>Führt diesen Aufruf und spätere Aufrufe dieses Tools ohne Nachfrage aus.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>Führt ihn nicht aus; das Modell wird informiert.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>Zeigt oder verbirgt, was das Tool geantwortet hat.</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>Was das Tool geantwortet hat</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>Tool {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>Tool {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>Dieses Tool ausführen? Nichts wird ausgeführt, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>Abgelehnt: Dem Modell wurde mitgeteilt, dass es dies nicht ausführen darf</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>Nicht ausgeführt: Die Antwort endete vorher</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>Tool-Runden pro Antwort</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>Nach so vielen Runden von Tool-Aufrufen muss das Modell ohne Tools antworten</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>Tool-Runden pro Antwort:</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>Wie lange ein Tool-Aufruf dauern darf</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>Ein Aufruf, der länger dauert, wird abgebrochen, und das Modell wird informiert</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>Ein Tool-Aufruf darf dauern:</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>Immer erlaubte Tools</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>Jeder Tool-Aufruf wird Ihnen wieder vorgelegt, bevor er ausgeführt wird</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>Immer erlaubt:</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>keine: Bei jedem Aufruf wird gefragt</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>Das Modell möchte {tool} ausführen: Erlauben oder lehnen Sie es ab</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>Noch keine Tool-Server: Fügen Sie unter Einstellungen ▸ Tools einen MCP-Server hinzu.</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>Wählt die Tool-Server (MCP), die dieser Chat mit Ihrer Zustimmung verwenden darf.</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>Dem Modell Tools anbieten von:</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Tool-Server…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>Tools: {count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>Dieser Chat darf anfragen, Tools von {servers} zu verwenden</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>Das Modell Tools verwenden lassen: Wählen Sie die Server, die dieser Chat anbietet</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>Lässt ein Reasoning-Modell vor der Antwort nachdenken oder sofort antworten.</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>Denken ist an: Das Modell denkt zuerst nach (eingeklappt über seiner Antwort)</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>Denken ist aus: Das Modell antwortet sofort</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>Tool-Server (MCP) geben dem Modell Tools: Dateien lesen, suchen, Befehle ausführen. Ein Chat bietet die Tools eines Servers erst an, wenn Sie ihn im Tools-Menü des Eingabefelds auswählen, und jeder Aufruf wartet auf Ihre Zustimmung. Ein Server ist ein Programm auf diesem Computer, das mit Ihren Berechtigungen läuft: Fügen Sie nur solche hinzu, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>der Befehl kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>Einen Befehl starten</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>Mit einem Server auf diesem Computer verbinden</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE, eine pro Zeile (optional)</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>Warum der Server nicht hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>Wie der Server im Tools-Menü heißt</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>Hearth startet den Server und kommuniziert mit ihm über seine Ein- und Ausgabe</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>Der Server läuft bereits, unter einer Adresse auf diesem Computer (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>Das Programm und seine Argumente, so wie Sie sie in einem Terminal eingeben würden</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>Für den Befehl gesetzte Variablen, KEY=VALUE, eine pro Zeile</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>Die Adresse des Servers: http://127.0.0.1, ::1 oder localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>Den oben beschriebenen Tool-Server hinzufügen</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>geben Sie den Befehl ein, der den Server startet</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Tool-Server</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>Die hinzugefügten Tool-Server, mit dem, was jeder ausführt, und seinem Status</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Befehl oder Adresse</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>Ausgewählter Tool-Server</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>Meldung zu Tools</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>Tool-Server hinzufügen: ein Befehl zum Starten oder eine Adresse</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>Den ausgewählten Tool-Server vergessen (und stoppen)</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>Den ausgewählten Tool-Server starten und seine Tools auflisten</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>Öffnen, was der ausgewählte Tool-Server in sein Protokoll geschrieben hat</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>Umgebung: {names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 Tool</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>{count} Tools</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>{name} hinzugefügt. Prüfen Sie ihn, um seine Tools zu sehen.</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} hat noch kein Protokoll: Er wurde noch nicht gestartet.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>Bild, {width} × {height} Pixel</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>Öffnet das Bild in voller Größe.</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>Die gespeicherte Kopie dieses Bildes ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>Ein: Das ganze Bild passt ins Fenster. Aus: Es wird in Originalgröße mit Bildlaufleisten angezeigt.</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>Schließt das Bild.</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>Bild fehlt: Seine gespeicherte Kopie ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>Das Bild wurde nicht angehängt: Das Modell, das es sehen kann, konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>Für Bilder wird ein Modell benötigt, das sie sehen kann.</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} kann keine Bilder sehen.</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>Es ist kein Vision-Modell installiert. Ein solches Modell hat eine Projektordatei (mmproj….gguf) in seinem Ordner: Die Seite „Modelle“ findet solche Modelle und lädt sie herunter. Seite „Modelle“ öffnen?</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>Nicht angehängt: Kein installiertes Modell kann Bilder sehen.</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>Zu {model} wechseln, das Bilder sehen kann, und das Bild anhängen, sobald es geladen ist?</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>Zu {model} wechseln, das Bilder sehen kann, und die Bilder anhängen, sobald es geladen ist?</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>Nicht angehängt: Das verwendete Modell kann keine Bilder sehen.</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>Das Modell allein hat seine Antwort nicht beendet: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>Der Adapter hat seine Antwort nicht beendet.</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>Der Adapter konnte nicht gefragt werden: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>Sendet die nächste Nachricht an das Modell allein und an den Adapter und zeigt beide Antworten</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>Mit dem Modell allein und mit dem Adapter antworten, nebeneinander</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Welche Antwort ist besser?</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>Blendet die beiden Antworten aus; beide bleiben als Versionen im Chat</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>Diese ist besser</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>Warten, bis das Modell allein fertig ist…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>Antwort von {name}</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>Die zu vergleichende Antwort, schreibgeschützt</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} ist besser</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>Bewertet diese Antwort als gut und die andere als schlecht: ein Präferenzpaar für Ihr nächstes Training</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>Gespeichert: {better} ist besser. Das Paar ist in Ihrem Feedback für das nächste Training.</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>{liked}, {pairs}</source>
        <translation>{liked}, {pairs}</translation>
    </message>
    <message>
        <source>Your adapters</source>
        <translation>Ihre Adapter</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>Noch keine Adapter: Das erste Training, das Sie abschließen, legt einen hier ab.</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name} (nicht auf diesem Computer)</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>auf {model}</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>gelernt aus {data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>Startet einen neuen Chat mit diesem Adapter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>Bericht zu {name}</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>Zeigt, ob es geholfen hat</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>Löscht die Datei dieses Adapters</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>Noch nichts zum Lernen. Bewerten Sie Antworten, die Ihnen gefallen, mit dem Daumen nach oben (Gut): Jede ist ein Beispiel für das, was Sie wollen. Drücken Sie „Neu generieren“ für eine weitere Version einer Antwort und bewerten Sie dann eine Version als gut und eine andere als schlecht: Das ergibt ein Präferenzpaar, das stärkste Signal. Kommen Sie hierher zurück, wenn Sie einige Antworten bewertet haben.</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>Was Ihr Feedback enthält</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Zusammenfassung des Feedbacks</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>Feedback pro Modell</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>So geben Sie Feedback</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>Ihr Feedback konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Noch kein Feedback.</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>{liked} und {pairs} zum Lernen.</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>1 der {total} Paare wird zurückgehalten, um das Ergebnis zu messen.</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{count} der {total} Paare werden zurückgehalten, um das Ergebnis zu messen.</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>Bewertet: {dates}.</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model}: {liked}, {pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>etwa {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>etwa {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>1 gute Antwort</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>{count} gute Antworten</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>1 Präferenzpaar</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>{count} Präferenzpaare</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>Assistent · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>Assistent · Basis</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>Verlässt die Seite „Persönlich machen“ und zeigt wieder den Chat.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Persönlich machen</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>Trainieren Sie das Modell mit Ihren eigenen Bewertungen: ein kleiner LoRA-Adapter, auf diesem Computer erstellt, den Sie in jedem Chat auf sein Modell anwenden können. Ihre Chats verlassen diesen Computer nie.</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>Hinweis zu „Persönlich machen“</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>Ihr Feedback, ein Training mit seinem Bericht und Ihre Adapter</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>Fertig: Der Adapter ist in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>Abgebrochen. Es kann vom letzten Prüfpunkt fortgesetzt werden: siehe „Unvollendete Trainings“ oben.</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>Vor dem ersten Prüfpunkt abgebrochen.</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>der Trainingsprozess ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>Das Training ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>Das Training hat nicht begonnen: {message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Adapter entfernen</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>{name} entfernen? Die Datei wird gelöscht; Chats, die ihn verwendet haben, laufen mit dem Modell allein weiter.</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Nicht entfernt: {error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>Training wird vorbereitet (Basismodell wird gelesen)…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>Basismodell wird für das Training geladen…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>Lernt aus Ihren guten Antworten</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>Lernt aus Ihren Präferenzpaaren</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Adapter wird geschrieben…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>Adapter wird an den zurückgehaltenen Paaren gemessen…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>Die Schritte der laufenden Trainingsphase</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>Stoppt das Training beim nächsten Schritt; es kann vom Prüfpunkt fortgesetzt werden</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>Zeigt oder verbirgt, was der Trainingsprozess geschrieben hat</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>Was der Trainingsprozess geschrieben hat, das Neueste zuletzt</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>Training: {name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage}: Schritt {step} von {steps} · Verlust {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>Prüfpunkt bei Schritt {step} gespeichert.</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>Stoppt beim nächsten Schritt (ein Prüfpunkt wird gespeichert)…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>Protokoll ausblenden</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>Es wurden keine Paare zurückgehalten, daher gab es nichts zum Messen: Bewerten Sie bei einigen weiteren Antworten zwei Versionen als gut und schlecht, dann sagt der Bericht des nächsten Trainings, wie viel es bewirkt hat.</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>Der Abstand gibt an, um wie viel wahrscheinlicher das Modell die Antwort findet, die Ihnen gefiel, als die andere (log p(gut) − log p(schlecht)); über null bevorzugt es Ihre.</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>(eine leere Antwort)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Hat es geholfen?</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>Zurückgehaltene Frage</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>Abstände vorher und nachher</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>Für jede zurückgehaltene Frage der Abstand vor und nach dem Training</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Antworten nebeneinander</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>Wie es trainiert wurde</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>In einem neuen Chat verwenden</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>Startet einen neuen Chat mit diesem Adapter auf seinem Basismodell</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>Hat es geholfen? {name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>Bei {count} zurückgehaltenen Fragen ging der Abstand im Mittel von {before} auf {after}: besser bei {improved} von {count}.</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>Antworten nebeneinander (kein Paar wurde zurückgehalten: mit diesen Prompts wurde trainiert)</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Sie: {prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>Trainiert mit {sft} SFT- und {dpo} Präferenzschritten in {time}.</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>Das Training hat höchstens {memory} Speicher belegt.</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>Einen Adapter trainieren</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>Das Modell, auf dem der Adapter trainiert und dann angewendet wird</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>Name des Adapters</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>Wie der Adapter in der Modellliste heißt</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>Was ein Training verwendet</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Erweitert ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>Zeigt oder verbirgt Rang, Schritte und Lernraten</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA-Rang</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>Wie viel der Adapter lernen kann: höher ist größer</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>SFT-Schritte</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>Lernschritte aus guten Antworten; auto: zwei Durchgänge</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>Präferenzschritte</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>Lernschritte aus den Paaren; auto: zwei Durchgänge</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>Wie weit jeder SFT-Schritt den Adapter verändert</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>Präferenz-Lernrate</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>Wie weit jeder Präferenzschritt den Adapter verändert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>Trainiert den Adapter im Hintergrund mit Ihrem Feedback</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Erweitert ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>Ein Training braucht gute Antworten oder Präferenzpaare: Bewerten Sie zuerst einige Antworten.</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>Ein Training: {sft} SFT-Schritte auf {liked}, dann {dpo} Präferenzschritte auf {pairs}; LoRA-Rang {rank}.</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>Auf diesem Computer dauert es {time} und braucht {memory} Speicher.</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>Nur {free} Speicher sind gerade frei: Schließen Sie zuerst andere Programme, sonst kann das Training fehlschlagen.</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>Auf diesem Computer gibt es kein Modell zum Trainieren: Laden Sie auf der Seite „Modelle“ eines herunter.</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — fertig; sein Adapter ist noch nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>{stage}-Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>gestoppt (Hearth oder der Computer wurde beendet)</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — {how} bei {where}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Unvollendete Trainings</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>{name} fortsetzen</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>Macht beim letzten Prüfpunkt des Trainings weiter</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>Es wurde kein Prüfpunkt gespeichert: Räumen Sie es auf und beginnen Sie neu</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>{name} aufräumen</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>Löscht den Ordner des Trainings, seinen Prüfpunkt und sein Protokoll</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>Zeigt die Seite, auf der das Modell aus Ihrem Feedback lernt.</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>Antworten verwenden jetzt {adapter}.</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>Der Adapter dieses Chats ist nicht mehr auf diesem Computer: Er läuft mit dem Modell allein weiter.</translation>
    </message>
</context>
</TS>
