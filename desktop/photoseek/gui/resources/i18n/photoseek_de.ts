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
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>Einen Schlüssel erhalten Sie auf &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Einen Schlüssel erhalten Sie auf &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
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
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>Der Schlüssel gilt nur für diese Sitzung; beim Beenden wird er vergessen.</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>Der Schlüssel liegt in der verschlüsselten Datei (für diese Sitzung entsperrt).</translation>
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
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>Ordner: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Kamera: {}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>Ohne Ort</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Mit Ort</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>Ohne: {}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>Ab {}</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>Vor {}</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>Datum: {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>Fotos pro Monat</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Jedes Datum</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}: {n} Fotos</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>Kein Foto hat ein Datum</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>Wie ähnlich Beinahe-Duplikate sein müssen</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>Beinahe-Duplikate: höchstens</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>Die anderen in den Papierkorb …</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>… für alle Gruppen</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>{} Abstand</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht …</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>Exakte Kopien ({n})</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>Beinahe-Duplikate ({n})</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>Serienbilder ({n})</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} und {n} weitere</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} Gruppen: {exact} exakt, {near} beinahe, {burst} Serien</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Duplikate gefunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Dieses behalten</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>Vorschlag: das größte Bild, dann das mit den meisten Angaben</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>Dieses behalten (Vorschlag)</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>Kamera unbekannt</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>mit Ort</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>ohne Ort</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>Ähnlichkeit {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Dieses Foto kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>In den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>Diese {n} Dateien in den Papierkorb des Systems verschieben?</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>Sie können sie aus dem Papierkorb wiederherstellen. Photoseek ändert sonst nichts.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>{n} Dateien werden in den Papierkorb verschoben …</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>{n} Dateien in den Papierkorb verschoben.</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Wie Fotos zu Vektoren werden</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>Ein Modell wandelt jedes Foto einmal in Zahlen um, die es beschreiben; Photoseek behält sie auf diesem Computer, sodass kein Foto zweimal verarbeitet wird. Wer führt das Modell aus?</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>Geben Sie auf der nächsten Seite die Adresse des Clusters an. Verwendet wird sein Endpunkt .jina-clip-v2 (dasselbe Modell wie bei der Jina-API); Einstellungen › Embeddings listet die weiteren Endpunkte des Clusters auf.</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>Sie können auch jetzt abschließen und das Modell später herunterladen: Das Fenster zeigt eine Schaltfläche „Herunterladen“, bis es vorhanden ist.</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Ihr Jina-API-Schlüssel</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>Ihr Cluster</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>Das lokale Modell</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Wie Fotos zu Vektoren werden</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>jina-clip-v2 über die Jina-API, der Endpunkt .jina-clip-v2 des Clusters und das lokale Modell sind ein und dasselbe Modell: Ein Wechsel zwischen ihnen kostet nichts. Ein anderes Modell baut im Hintergrund einen eigenen Index auf, während Suchen weiter den aktuellen verwenden; was das kostet, erfahren Sie vorher.</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>Die Jina-API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>Der Inferenz-Endpunkt des Clusters</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Inferenz-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>Endpunkte &amp;finden</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>Den Cluster fragen, welche Endpunkte Fotos in Vektoren umwandeln</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Probieren</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>Ein Wort über den Endpunkt in einen Vektor umwandeln</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpunkt:</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 ist dasselbe Modell wie bei der Jina-API. Die v5-omni-Endpunkte sind andere Modelle: Ihre Vektoren bekommen einen eigenen Index.</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>Das lokale Modell (jina-clip-v2 auf diesem Computer)</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>Die installierte</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 – CPU, etwa 0,9 GB</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 – GPU (CUDA, Core ML, DirectML), etwa 1,7 GB</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 – volle Genauigkeit, etwa 3,5 GB</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>Automatisch (eine GPU, wenn die Variante sie nutzen kann)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ru&amp;ns on:</source>
        <translation>Läuft a&amp;uf:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>Automatisch: alle Kerne, abzüglich eines Viertels, das beim Indizieren dem Lesen der Fotos bleibt</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>Legen Sie zuerst unter „Speicher“ die URL oder Cloud-ID des Clusters fest: Dort läuft der Endpunkt.</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>das Deployment der Cloud-ID</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>Läuft auf {where} (dem unter „Speicher“ festgelegten Cluster).</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>Legen Sie zuerst unter „Speicher“ die URL oder Cloud-ID des Clusters fest.</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Cluster wird gefragt …</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>{n} Endpunkte wandeln Fotos in Vektoren um; wählen Sie oben einen aus.</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>{n} weitere verarbeiten nur Text.</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>Der Cluster bietet keinen Endpunkt, der Fotos in Vektoren umwandelt.</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>{endpoint} wird getestet …</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>Fotos pro Monat – zum Auswählen darüberziehen:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Jedes Datum</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Jede Kamera</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Mit Ort</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Nur Fotos mit GPS-Position</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>Übereinstimmung, Dateiname und Datum auf jedem Foto zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Kein Foto sieht so aus</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>1 passendes Foto</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>{n} passende Fotos</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>Ordner: {}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>Fotos aus allen Ordnern der Bibliothek</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
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
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>Einrichtung von Photoseek beenden?</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>Die {n} gewählten Ordner behalten?</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>Photoseek kann sie jetzt ohne den Rest dieser Einrichtung in Ihrer Bibliothek speichern; das Fenster zeigt dann, was noch fehlt (ein Schlüssel, das Modell), und Sie können in den Einstellungen abschließen.</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>Ordner speichern</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>Zurück zur Einrichtung</translation>
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
        <source>Embedding with {model}</source>
        <translation>Vektoren mit {model}</translation>
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
        <source>Model: {model}</source>
        <translation>Modell: {model}</translation>
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
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>Noch keine Fotoordner: Fügen Sie einen Ordner hinzu, um seine Fotos zu indizieren.</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>{n} Fotos geschrieben, ohne Modellaufrufe</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>{n} Fotos entfernt</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>Index aktualisiert: {what}.</translation>
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
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>Dem Index fehlten {n} Fotos; sie wurden von diesem Computer erneut gesendet.</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>Der Index hat {n} Fotos abgelehnt (die Gründe stehen unter „Übersprungene Dateien“).</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>Indizierung fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Schlüssel nur für diese Sit&amp;zung behalten</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>Die &amp;Umgebungsvariable JINA_API_KEY verwenden</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>In einer verschlüsselten &amp;Datei aufbewahren, mit Passwort geschützt (optional)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Bleibt bis zum Beenden von Photoseek im Arbeitsspeicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>Starten Sie Photoseek mit gesetztem JINA_API_KEY=jina_… (zum Beispiel in ~/.profile); die Variable wird bei jedem Start gelesen.</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Mit AES-256 (keyrings.alt) verschlüsselt im Datenordner von Photoseek; Sie geben das Passwort bei jedem Start ein. Nie eine Klartextdatei.</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Passwort der verschlüsselten Datei</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Bestät&amp;igen:</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>Auf diesem Computer kann kein Schlüsselbund des Systems (Secret Service) den Schlüssel aufbewahren. Stattdessen:</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>Die verschlüsselte &amp;Datei mit Ihrem Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>Geben Sie das Passwort ein, das Sie dafür gewählt haben. Ein oben eingegebener Schlüssel ersetzt den dort aufbewahrten.</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>Setzen Sie JINA_API_KEY und starten Sie Photoseek neu, oder wählen Sie einen anderen Weg.</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>Geben Sie das Passwort der verschlüsselten Datei ein.</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>In der verschlüsselten Datei aufbewahrt</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>{env} in der Umgebung setzen</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
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
        <translation>A&amp;usschließen:</translation>
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
        <translation>Symbolischen Verknüpfungen &amp;folgen</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>Modell &amp;herunterladen …</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>Aus einem Ordner i&amp;mportieren …</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>Für einen Computer ohne Internet: ein Ordner, der wie das Repository des Modells aufgebaut ist</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>Lokales Modell wird gesucht …</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>Installiert: Variante {variant}, {size}, läuft auf {device}.</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>Erneut &amp;herunterladen …</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>Noch nicht installiert: Laden Sie es einmal herunter (etwa 0,9 GB) oder importieren Sie es aus einem Ordner.</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>Das lokale Modell kann hier nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>Ordner mit den Dateien des Modells</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>Modell wird aus {folder} geprüft und kopiert …</translation>
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
        <source>Stopping…</source>
        <translation>Wird beendet …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Durchsuchen Sie Ihre eigenen Fotoordner nach Bedeutung, in jeder Sprache.&lt;br&gt;Embeddings: Jina CLIP v2, über die Jina-API, Ihren Elasticsearch-Cluster oder auf diesem Computer.</translation>
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
        <source>{n} of {m} photos searchable</source>
        <translation>{n} von {m} Fotos durchsuchbar</translation>
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
        <source>building {model}</source>
        <translation>Index für {model} im Aufbau</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>Index nicht erreichbar</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>Ihr Cluster</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>Jina-API</translation>
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
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>Seite des Modells</translation>
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
        <source>Found by its name or folder</source>
        <translation>Über Namen oder Ordner gefunden</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Auch an {} anderen Orten</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>Gelöscht oder verschoben</translation>
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
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
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
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>Foto pixelgenau zeigen (1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>Den ganzen Bildschirm füllen (F11)</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} von {n}</translation>
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
    <message>
        <source>Show on a map</source>
        <translation>Auf einer Karte zeigen</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>Öffnet OpenStreetMap im Browser</translation>
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
        <source>{n} refused by the index.</source>
        <translation>{n} vom Index abgelehnt.</translation>
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
        <source>Refused by the index</source>
        <translation>Vom Index abgelehnt</translation>
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
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Ihr Elasticsearch-&amp;Cluster (sein Inferenzdienst)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>Dieser C&amp;omputer (das lokale Modell)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>Die &amp;Jina-API (online)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>Fotos gehen an Ihr eigenes Elastic-Deployment, das sie mit dem gewählten Inferenz-Endpunkt in Vektoren umwandelt; abgerechnet über Ihr Elastic-Abonnement (EIS). Verwendet die Elasticsearch-Verbindung von Photoseek, auch wenn die Vektoren hier aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>Nichts verlässt diesen Computer. Ein einmaliger Download von etwa 0,9 GB; das Indizieren nutzt die CPU oder GPU dieses Computers und ist langsamer. Die Lizenz des Modells ist {licence}: nur nicht kommerzielle Nutzung.</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>Fotos verlassen diesen Computer einmal, als Kopien mit 512 Pixeln, für den Dienst von Jina AI; abgerechnet pro Token, etwa gleich viel für jedes Foto. Benötigt einen API-Schlüssel (neue Schlüssel enthalten kostenlose Tokens zum Ausprobieren).</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
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
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>Wörter zum Bild hinzufügen, z. B. „bei Nacht“ – ✕ am Chip entfernt es</translation>
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
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>Pfade kopieren</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>Bilder kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Liste exportieren …</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Mehr wie diese</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>Weniger wie diese</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Mehr wie dieses</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Weniger wie dieses</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>Ähnliche wie diese {n} finden</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>{n} Fotos öffnen</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>{n} Pfade kopieren</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>{n} Bilder kopieren</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Pfad kopiert</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>{n} Pfade kopiert</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>{n} Bilder kopiert</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>Tabelle (*.csv);;Einfache Pfadliste (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>Export nicht möglich: {}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>{n} Fotos nach {file} exportiert</translation>
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
        <source>Working out what it costs…</source>
        <translation>Kosten werden ermittelt …</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>Fotos mit einem anderen Modell in Vektoren umwandeln?</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>Von {before} zu {after} wechseln?</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>dem aktuellen Modell</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>Im Hintergrund wird ein neuer Index aufgebaut; Suchen verwenden den aktuellen, bis er fertig ist. Die aktuellen Vektoren bleiben auf diesem Computer, ein Zurückwechseln kostet also nichts.</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>Wechseln und umwandeln</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
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
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Gespeichert, außer dem Markierten.</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
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
        <source>The local model is not installed yet</source>
        <translation>Das lokale Modell ist noch nicht installiert</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek ist so eingestellt, dass jina-clip-v2 auf diesem Computer läuft und kein Foto ihn verlässt. Laden Sie das Modell einmal herunter (etwa 0,9 GB; Lizenz CC BY-NC 4.0, nicht kommerziell), oder wählen Sie in den Einstellungen die Jina-API oder Ihren Cluster.</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>Modell herunterladen …</translation>
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
        <source>{n} photos are still being indexed</source>
        <translation>{n} Fotos werden noch indiziert</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>Fotos werden noch indiziert</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>Unter den bisher indizierten Fotos passt nichts. Diese Suche läuft nach der Indizierung automatisch erneut.</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Kein Foto sieht so aus</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>Keines Ihrer Fotos kommt nah genug heran, um als Treffer zu gelten. Versuchen Sie andere Wörter oder eine andere Sprache, oder lockern Sie die Strenge.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Suche bearbeiten</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>Alle Fotos zeigen, beste zuerst</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>Kein Foto passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>Erweitern Sie Ordner, Zeitraum oder Kamera, oder löschen Sie die Filter.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
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
        <source>Optional. {}</source>
        <translation>Optional. {}</translation>
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
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>Ihr Cluster wandelt die Fotos in Vektoren um, daher braucht Photoseek unten seine Adresse; die Vektoren können trotzdem auf diesem Computer bleiben.</translation>
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
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Wo der Index liegt</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>E&amp;ingebettet (auf diesem Computer)</translation>
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
        <source>API &amp;key:</source>
        <translation>API-Sc&amp;hlüssel:</translation>
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
        <translation>CA-&amp;Zertifikat:</translation>
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
        <translation>Inde&amp;xtyp:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
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
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Ohne Prüfung könnte jeder zwischen Ihnen und dem Cluster den Datenverkehr und Ihre Zugangsdaten mitlesen. Verwenden Sie besser eine CA-Datei oder einen Fingerabdruck.</translation>
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
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>Wie ähnlich ein Foto sein muss, um zu passen</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>Es werden nur Fotos gezeigt, die der Suche wirklich ähneln. Lockern Sie, um mehr knappe Fehltreffer zu sehen; verschärfen Sie, um nur die ähnlichsten zu behalten.</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>Jedes Foto zeigen, beste Treffer zuerst (ohne Grenze)</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>Der niedrigste angezeigte Übereinstimmungswert. Werte vergleichen Fotos einer Suche.</translation>
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
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>Die vorige Suche</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>Die nächste Suche</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>Alle Fotos nach Datum, neueste zuerst</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>&amp;Details auf Fotos zeigen</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplikate finden …</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>Exakte Kopien, Beinahe-Duplikate und Serienbilder nebeneinander</translation>
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
    <message>
        <source>About Photoseek</source>
        <translation>Über Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Durchsuchen Sie Ihre eigenen Fotoordner nach Bedeutung, in jeder Sprache.&lt;br&gt;Embeddings: Jina CLIP v2.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} Fotos</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>„Weniger wie diese“ braucht eine Suche, die verfeinert werden kann.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen …</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Weitere konnten nicht geladen werden: {}</translation>
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
