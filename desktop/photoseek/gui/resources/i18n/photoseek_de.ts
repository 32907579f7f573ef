<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Jina-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Jina-API-Schlüssel einfügen (jina_…)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariable JINA_API_KEY; er wird anstelle eines hier gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet …</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Der Test ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are understood</source>
        <translation>Wie Fotos verstanden werden</translation>
    </message>
    <message>
        <source>Photoseek sends a small 512-pixel copy of each photo to a model that describes it as numbers, and keeps those numbers, so no photo is ever sent twice.</source>
        <translation>Photoseek schickt eine kleine Kopie jedes Fotos (512 Pixel) an ein Modell, das es in Zahlen beschreibt, und behält diese Zahlen – so wird kein Foto zweimal gesendet.</translation>
    </message>
    <message>
        <source>&amp;Jina API (online)</source>
        <translation>&amp;Jina-API (online)</translation>
    </message>
    <message>
        <source>&amp;Local model (coming in a later version)</source>
        <translation>&amp;Lokales Modell (in einer späteren Version)</translation>
    </message>
    <message>
        <source>Needs an API key. Jina bills by tokens used, and a photo always costs about the same because only the small copy is sent; new keys usually come with free tokens to try. Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Benötigt einen API-Schlüssel. Jina rechnet nach verbrauchten Tokens ab, und ein Foto kostet immer ungefähr gleich viel, weil nur die kleine Kopie gesendet wird; neue Schlüssel enthalten meist kostenlose Tokens zum Ausprobieren. Einen Schlüssel gibt es unter &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Runs on this computer: no key and no cost, but a large download and slower indexing.</source>
        <translation>Läuft auf diesem Computer: kein Schlüssel und keine Kosten, aber ein großer Download und langsamere Indizierung.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Photoseek</source>
        <translation>Willkommen bei Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>Einige Ordner konnten nicht hinzugefügt werden; gehen Sie zurück, um die Liste zu ändern:</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Speichern nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} ist schon in der Liste.</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} enthält {children}; diese werden Teil davon.</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>{n} Ordner aus der Bibliothek entfernen?

{paths}

Ihre Fotos werden aus dem Suchindex entfernt. Die Fotos selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>Ordner entfernen</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>Ihre Fotoordner</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>In welchen Ordnern soll Photoseek suchen?</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek findet Fotos nach dem, was sie zeigen: Tippen Sie „rote Blumen“ oder „un chat qui dort“ in einer beliebigen Sprache, oder gehen Sie von einem Foto aus, das Ihnen gefällt. Photoseek liest Ihre Ordner nur; es ändert, verschiebt oder löscht nie ein Foto.</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>&amp;Ordner für die Suche (mit Unterordnern):</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie im System ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Photoseek verwendet.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
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
        <source>Index new photos &amp;automatically</source>
        <translation>Neue Fotos &amp;automatisch indizieren</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek sucht beim Start und solange es geöffnet ist nach neuen, geänderten und gelöschten Fotos. Schalten Sie dies aus, um nur mit „Jetzt indizieren“ zu indizieren.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>Dateien anzeigen, die nicht indiziert werden konnten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>Indizierung beenden; Erledigtes bleibt erhalten, der Rest folgt beim nächsten Mal</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>Indizierung fortsetzen</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>Indizierung vorerst anhalten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht …</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>Wird in den Index geschrieben</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>noch {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>{indexed} indiziert</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>Indiziert: {n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>Wiedererkannt (ohne Modellaufruf): {n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>An das Modell gesendet: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Übersprungen: {n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>Fehlgeschlagen (nächstes Mal erneut versucht): {n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>Verbrauchte Tokens: {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} übersprungen</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>Indizierung nach {done} von {total} abgebrochen; der Rest folgt beim nächsten Mal.</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>Indizierung angehalten: {error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>Der Index konnte nicht aktualisiert werden: {error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>Suchen verwenden jetzt {index}.</translation>
    </message>
    <message>
        <source>Index updated: {n} photos written, no model calls.</source>
        <translation>Index aktualisiert: {n} Fotos geschrieben, keine Modellaufrufe.</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>Aktuell: keine neuen oder geänderten Fotos.</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>Fertig: {indexed} indiziert, {skipped} übersprungen, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>Indizierung fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photoseek</source>
        <translation>Photoseek</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliothek wird geöffnet …</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Größe der Vorschaubilder</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Der Fotoindex ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen …</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Weitere konnten nicht geladen werden: {}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Fotoordner hinzufügen</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>{} hinzugefügt</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>Dieser Ordner kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>Die Indizierung läuft bereits</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>Indizierung angehalten: {}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Photoseek verwendet.</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Über Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Durchsuchen Sie Ihre eigenen Fotoordner nach Bedeutung, in jeder Sprache.&lt;br&gt;Embeddings: Jina CLIP v2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>eingebetteter Speicher</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} wartend)</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} Dim.</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>Index nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>Lokales Modell – Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>Das Modell auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek kann Ihre Fotos hier mit {model} von Jina AI in Vektoren umwandeln: ohne API-Schlüssel, und kein Foto verlässt diesen Computer. Das Modell wird einmal aus seinem Repository heruntergeladen und vor der Verwendung geprüft.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>Lizenz: {name}</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>Ich akzeptiere die Lizenz und nutze das Modell nur für nicht kommerzielle Zwecke</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>Dateiliste wird beim Repository angefragt …</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>Installiert: {model} ({variant}) ist bereit und läuft auf {device}.</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>Angehalten. {kept} behalten; „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>etwa {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>{kept} bereits heruntergeladen; „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/s</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>noch {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>{file} wird geprüft</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>Ä&amp;hnliche finden</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>{} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Pfad kopiert</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>Bild wird kopiert …</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>Bild kopiert</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>Kopieren nicht möglich: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>Aufgenommen: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Kamera: {}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>Übereinstimmung: {bar} {score}</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Auch an {} anderen Orten</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Dieses Foto kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>Abgelegtes Bild</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst ein Foto oder eine Bilddatei.</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>Nach Bild suchen</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>Bilder ({})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>Wie nah dieses Foto der Suchanfrage kommt, gemessen am besten Treffer dieser Suche. Werte vergleichen Ergebnisse einer Suche; sie sind keine Prozentangaben.</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} – Vorschau</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>Dieses Foto ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>Dieses Foto kann nicht angezeigt werden: {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} px</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>Nicht indizierte Dateien</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>Nach Name oder Grund filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>Übersprungene Dateien werden erst wieder versucht, wenn sie sich ändern. Fehlgeschlagene Dateien werden bei der nächsten Indizierung erneut versucht.</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>Alle bisher gefundenen Fotos konnten indiziert werden.</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>{skipped} übersprungen und {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>Die ersten {n} werden angezeigt.</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>Die Liste konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>Erst wieder versucht, wenn sich die Datei ändert</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Bei der nächsten Indizierung erneut versucht</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>Bild entfernen und mit Worten suchen</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>Bild aus der Suche entfernen</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Searching by the picture — type words to search by text instead</source>
        <translation>Suche nach dem Bild – tippen Sie Wörter, um stattdessen nach Text zu suchen</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>Fotos durchsuchen, z. B. „{}“</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>Die Elasticsearch-Unterstützung ist nicht installiert.</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Photoseek-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>Index&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Photo folders</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek sucht Fotos in diesen Ordnern und ihren Unterordnern. Es liest sie nur: Es ändert, verschiebt oder löscht nie ein Foto.</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>Was übersprungen wird</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>Ausgeschlossene Muster</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>Ein Muster pro Zeile; verglichen mit jedem Datei- oder Ordnernamen und seinem Pfad im Bibliotheksordner (Platzhalter * und ?).</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>&amp;Versteckte Dateien und Ordner einbeziehen</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>Symbolischen &amp;Verknüpfungen folgen</translation>
    </message>
    <message>
        <source>How photos are understood</source>
        <translation>Wie Fotos verstanden werden</translation>
    </message>
    <message>
        <source>Jina API (online, jina-clip-v2)</source>
        <translation>Jina-API (online, jina-clip-v2)</translation>
    </message>
    <message>
        <source>Local model (coming)</source>
        <translation>Lokales Modell (folgt)</translation>
    </message>
    <message>
        <source>Running the model on this computer is not ready yet.</source>
        <translation>Das Modell auf diesem Computer auszuführen ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. The key is kept in your system keyring, never in a settings file.</source>
        <translation>Einen Schlüssel gibt es unter &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Each photo is sent once, as a 512-pixel JPEG copy, and its full vector is kept on this computer. Jina bills by tokens used; changing the index size later costs nothing.</source>
        <translation>Jedes Foto wird einmal als JPEG-Kopie mit 512 Pixeln gesendet, und sein vollständiger Vektor bleibt auf diesem Computer. Jina rechnet nach verbrauchten Tokens ab; die Indexgröße später zu ändern kostet nichts.</translation>
    </message>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>Indexgröße (Matryoshka-Dimensionen)</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>Kleinere Vektoren machen den Index kleiner und die Suche schneller, bei geringem Qualitätsverlust.</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Indexgröße</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> Dimensionen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensionen:</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>Platzbedarf</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>Ein Wechsel baut einen neuen Index aus den Vektoren, die schon auf diesem Computer liegen: Kein Foto wird erneut an das Modell gesendet, und es kostet nichts. Suchen verwenden den alten Index, bis der neue vollständig ist, und der alte bleibt, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>Where the index is kept</source>
        <translation>Wo der Index liegt</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Eingebettet (auf diesem Computer)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>Elasticsearch-&amp;Cluster</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>Nichts zu installieren; eine Datei in Ihrem Datenordner. Richtig für eine Person.</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>Ihr eigener Cluster (8.11 oder neuer): für ein Team mit gemeinsamem Index oder eine sehr große Bibliothek.</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>PHOTOSEEK_ES_URL ist gesetzt; daher wird Elasticsearch unter dieser Adresse verwendet, egal was Sie hier wählen.</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Elasticsearch-Cluster</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>Cluster-URLs</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>oder die Cloud-ID eines Elastic-Cloud-Deployments</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud-ID:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>PEM-Datei Ihrer eigenen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>SHA-256 des Serverzertifikats</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers &amp;prüfen</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw – 8 Bit, etwa 4× kleiner (empfohlen)</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw – volle 32-Bit-Gleitkommazahlen</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw – 4 Bit, etwa 8× kleiner</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw – 1 Bit, etwa 32× kleiner (8.16 oder neuer)</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>&amp;Indextyp:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>Einige Werte müssen korrigiert werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Die Bibliothek konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 ist die volle Größe des Modells: volle Qualität.</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>Für weniger als 128 Dimensionen ist keine Qualität veröffentlicht: Probieren Sie es aus und vergleichen Sie Suchen mit Ihren eigenen Fotos.</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>etwa 99 % der vollen Qualität oder mehr</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>etwa 95–99 % der vollen Qualität</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>Behält {share} (bei {ref} liegt der im Paper veröffentlichte Recall der Bildsuche bei {recall} gegenüber {full} bei voller Größe).</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>Suchen verwenden jetzt {d} Dimensionen.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>Gesetzt durch {env}</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Ohne Prüfung könnte jeder zwischen Ihnen und dem Cluster den Datenverkehr und Ihre Zugangsdaten mitlesen. Verwenden Sie besser eine CA-Datei oder einen Fingerabdruck.</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>(Ihre Fotos werden gezählt …)</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>für eine Bibliothek mit {n} Fotos</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>für Ihre {photos}</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch, {type}: etwa {per} Cluster-Arbeitsspeicher pro Foto ({vector} für den Vektor, etwa {graph} B für den Suchgraphen)</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>Eingebetteter Speicher: etwa {per} pro Foto auf der Festplatte ({vector} für den Vektor samt Angaben) und die Vektoren im Arbeitsspeicher, solange Photoseek läuft</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> – {total} {whom}.</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>Der Cluster speichert außerdem die Vektoren in voller Genauigkeit auf der Festplatte ({disk}).</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>In jedem Fall behält dieser Computer den vollständigen Vektor mit 1024 Dimensionen jedes Fotos ({per} pro Foto, {total} insgesamt) – deshalb kostet ein Größenwechsel nichts.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>Korrigieren Sie zuerst die Werte oben.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>(mit dem gespeicherten Geheimnis: erst „Anwenden“, um das eingegebene zu testen)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Gespeichert, außer dem Markierten.</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>Noch keine Fotoordner</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>Fügen Sie einen Fotoordner hinzu. Photoseek liest die Fotos (ändert sie nie) und indiziert sie, damit Sie nach dem suchen können, was sie zeigen.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>Ein Jina-API-Schlüssel wird benötigt</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek versteht Fotos und Suchanfragen mit dem Modell Jina CLIP v2. Geben Sie Ihren Jina-API-Schlüssel in den Einstellungen ein (erhältlich auf jina.ai).</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Der Fotoindex ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>Prüfen Sie, ob der Cluster läuft und die Einstellungen stimmen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>Die Suche hat nicht funktioniert</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>Bei der Suche ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>Noch nichts indiziert</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>Ihre Ordner sind hinzugefügt, aber ihre Fotos noch nicht indiziert. Die Indizierung liest jedes Foto einmal; Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Jetzt indizieren</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>Ihre Fotos werden indiziert …</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>Die Suche funktioniert, sobald dieser erste Durchlauf fertig ist; der Fortschritt steht unten im Fenster. Fotos werden gelesen, nie geändert.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Try other words, or another language.</source>
        <translation>Versuchen Sie andere Wörter oder eine andere Sprache.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Suche bearbeiten</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Ihre Bibliothek wird geöffnet …</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>Durchsuchen Sie Ihre Fotos nach dem, was sie zeigen</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>Tippen Sie eine Beschreibung in einer beliebigen Sprache – „rote Blumen“, „un gato durmiendo“, „красные цветы“ –, ziehen Sie ein Foto hierher oder fügen Sie eines ein.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Wo der Index liegt</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>&amp;Eingebettet, auf diesem Computer (empfohlen)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Ein Elasticsearch-&amp;Cluster</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Eine Datei im Datenordner von Photoseek. Nichts zu installieren oder zu betreiben.</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>Für ein Team mit gemeinsamem Index oder eine sehr große Bibliothek. Benötigt einen erreichbaren Cluster (Elasticsearch 8.11 oder neuer).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Optional; kept in the system keyring</source>
        <translation>Optional; im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Elasticsearch-API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Cloud-ID, Benutzer und Passwort, Zertifikate und der Indextyp stehen unter Einstellungen → Speicher.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(der eingegebene Schlüssel wird nach dem Abschluss verwendet)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>Einen Fotoordner zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>Jetzt &amp;indizieren</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>Nach neuen, geänderten und entfernten Fotos suchen und sie indizieren</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>Nach &amp;Bild suchen …</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>Fotos finden, die einer Bilddatei ähneln</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>Nach dem Bild in der Zwischenablage suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>Über&amp;sprungene Dateien …</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>Fotos, die nicht indiziert werden konnten, und warum</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>Ü&amp;ber Photoseek</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek kann nicht starten</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} TB</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} T. {h} h</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} T.</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} Fotos/min</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} Fotos/s</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
</context>
</TS>
