<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Clé d’API Jina</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Collez votre clé d’API Jina (jina_…)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>La clé vient de la variable d’environnement JINA_API_KEY ; elle remplace toute clé enregistrée ici.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée dans le trousseau du système. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Saisissez d’abord une clé.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Test de la clé…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Le test a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are understood</source>
        <translation>Comment les photos sont comprises</translation>
    </message>
    <message>
        <source>Photoseek sends a small 512-pixel copy of each photo to a model that describes it as numbers, and keeps those numbers, so no photo is ever sent twice.</source>
        <translation>Photoseek envoie une petite copie de 512 pixels de chaque photo à un modèle qui la décrit par des nombres, et conserve ces nombres : aucune photo n’est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>&amp;Jina API (online)</source>
        <translation>API &amp;Jina (en ligne)</translation>
    </message>
    <message>
        <source>&amp;Local model (coming in a later version)</source>
        <translation>Modèle &amp;local (dans une version ultérieure)</translation>
    </message>
    <message>
        <source>Needs an API key. Jina bills by tokens used, and a photo always costs about the same because only the small copy is sent; new keys usually come with free tokens to try. Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Nécessite une clé d’API. Jina facture les jetons utilisés, et une photo coûte toujours à peu près la même chose, car seule la petite copie est envoyée ; les nouvelles clés comprennent en général des jetons gratuits pour essayer. Obtenez une clé sur &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Runs on this computer: no key and no cost, but a large download and slower indexing.</source>
        <translation>Fonctionne sur cet ordinateur : ni clé ni frais, mais un gros téléchargement et une indexation plus lente.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Photoseek</source>
        <translation>Bienvenue dans Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>Certains dossiers n’ont pas pu être ajoutés ; revenez en arrière (Précédent) pour modifier la liste :</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Impossible d’enregistrer : {error}</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>Dossiers de photos</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} est déjà dans la liste.</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} contient {children}, qui en font désormais partie.</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>Retirer {n} dossier(s) de la photothèque ?

{paths}

Leurs photos quittent l’index de recherche. Les photos elles-mêmes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>Retirer des dossiers</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>Vos dossiers de photos</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>Dans quels dossiers Photoseek doit-il chercher ?</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek trouve les photos d’après ce qu’elles montrent : tapez « fleurs rouges » ou « a sleeping cat » dans n’importe quelle langue, ou partez d’une photo qui vous plaît. Il ne fait que lire vos dossiers ; il ne modifie, ne déplace ni ne supprime jamais une photo.</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>&amp;Dossiers où chercher (sous-dossiers compris) :</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Photoseek.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Index new photos &amp;automatically</source>
        <translation>Indexer les nouvelles photos &amp;automatiquement</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek cherche les photos nouvelles, modifiées et supprimées au démarrage et tant qu’il est ouvert. Désactivez cette option pour n’indexer que lorsque vous choisissez Indexer maintenant.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>Afficher les fichiers qui n’ont pas pu être indexés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>Arrêter l’indexation ; le travail fait est conservé et le reste continuera la prochaine fois</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>Poursuivre l’indexation</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>Mettre l’indexation en pause</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Recherche des photos…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>Écriture dans l’index</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} trouvées</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>encore {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>{indexed} indexées</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>Indexées : {n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>Reconnues (sans appel au modèle) : {n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>Envoyées au modèle : {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Ignorées : {n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>En échec (réessayées la prochaine fois) : {n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>Jetons utilisés : {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} ignorées</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>Indexation annulée après {done} sur {total} ; le reste continuera la prochaine fois.</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>L’indexation s’est arrêtée : {error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>L’index n’a pas pu être mis à jour : {error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>Les recherches utilisent désormais {index}.</translation>
    </message>
    <message>
        <source>Index updated: {n} photos written, no model calls.</source>
        <translation>Index mis à jour : {n} photos écrites, sans appel au modèle.</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>À jour : aucune photo nouvelle ou modifiée.</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>Terminé : {indexed} indexées, {skipped} ignorées, {failed} en échec.</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>L’indexation a échoué : {error}</translation>
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
        <translation>Ouverture de la photothèque…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>L’index des photos est inaccessible</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Chargement de la suite…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Impossible de charger la suite : {}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>{} ajouté</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>Impossible d’ajouter ce dossier</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>L’indexation est déjà en cours</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>L’indexation s’est arrêtée : {}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Photoseek.</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>À propos de Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Cherchez dans vos propres dossiers de photos par le sens, dans n’importe quelle langue.&lt;br&gt;Embeddings : Jina CLIP v2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>stockage intégré</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} photos</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} en attente)</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} dim.</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>index inaccessible</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>Modèle local — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>Exécuter le modèle sur cet ordinateur</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek peut transformer vos photos en vecteurs ici, avec {model} de Jina AI : pas de clé d’API, et aucune photo ne quitte cet ordinateur. Le modèle est téléchargé une seule fois depuis son dépôt et vérifié avant utilisation.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante :</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Téléchargement :</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Enregistré dans :</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>Licence : {name}</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>J’accepte la licence et j’utiliserai le modèle à des fins non commerciales</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>Demande de la liste des fichiers au dépôt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>Installé : {model} ({variant}) est prêt et s’exécute sur {device}.</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>Arrêté. {kept} conservés ; Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>environ {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>{kept} déjà téléchargés ; Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/s</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>encore {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>vérification de {file}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>Trouver des photos &amp;similaires</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Copier l’&amp;image</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>Impossible d’ouvrir {}</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Chemin copié</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>Copie de l’image…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>Image copiée</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>Impossible de copier : {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>Prise le : {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Appareil : {}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>Correspondance : {bar} {score}</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Aussi à {} autres emplacements</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Absente de cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Impossible d’afficher cette photo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>Image déposée</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>Le presse-papiers ne contient pas d’image. Copiez d’abord une photo ou un fichier image.</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>Rechercher par image</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>Images ({})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>La proximité de cette photo avec la requête, par rapport à la meilleure correspondance de cette recherche. Les scores comparent les résultats d’une même recherche ; ce ne sont pas des pourcentages.</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Trouver des photos similaires</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — Aperçu</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>Cette photo n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>Impossible d’afficher cette photo : {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} px</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>non enregistré</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>Fichiers non indexés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>Filtrer par nom ou par motif</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>Les fichiers ignorés ne sont pas réessayés tant qu’ils ne changent pas. Les fichiers en échec sont réessayés à la prochaine indexation.</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>Toutes les photos trouvées jusqu’ici ont pu être indexées.</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>{skipped} ignorés et {failed} en échec.</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>Affichage des {n} premiers.</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>Impossible de lire la liste : {error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>Pas réessayé tant que le fichier ne change pas</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Réessayé à la prochaine indexation</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>Retirer l’image et rechercher par des mots</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>Retirer l’image de la recherche</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Searching by the picture — type words to search by text instead</source>
        <translation>Recherche par l’image — tapez des mots pour rechercher par texte</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>Cherchez dans vos photos, p. ex. « {} »</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>La prise en charge d’Elasticsearch n’est pas installée.</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>Le test de connexion a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Paramètres de Photoseek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Photothèque</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>&amp;Taille de l’index</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Stockage</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Photo folders</source>
        <translation>Dossiers de photos</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek cherche des photos dans ces dossiers et leurs sous-dossiers. Il ne fait que les lire : il ne modifie, ne déplace ni ne supprime jamais une photo.</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>Ce qu’il faut ignorer</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>Motifs exclus</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>Un motif par ligne, comparé au nom de chaque fichier ou dossier et à son chemin dans le dossier de la photothèque (jokers * et ?).</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>Inclure les fichiers et dossiers &amp;cachés</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>Suivre les liens s&amp;ymboliques</translation>
    </message>
    <message>
        <source>How photos are understood</source>
        <translation>Comment les photos sont comprises</translation>
    </message>
    <message>
        <source>Jina API (online, jina-clip-v2)</source>
        <translation>API Jina (en ligne, jina-clip-v2)</translation>
    </message>
    <message>
        <source>Local model (coming)</source>
        <translation>Modèle local (bientôt)</translation>
    </message>
    <message>
        <source>Running the model on this computer is not ready yet.</source>
        <translation>L’exécution du modèle sur cet ordinateur n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. The key is kept in your system keyring, never in a settings file.</source>
        <translation>Obtenez une clé sur &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. La clé est gardée dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Each photo is sent once, as a 512-pixel JPEG copy, and its full vector is kept on this computer. Jina bills by tokens used; changing the index size later costs nothing.</source>
        <translation>Chaque photo est envoyée une seule fois, sous forme de copie JPEG de 512 pixels, et son vecteur complet est conservé sur cet ordinateur. Jina facture les jetons utilisés ; changer plus tard la taille de l’index ne coûte rien.</translation>
    </message>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>Taille de l’index (dimensions Matryoshka)</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>Des vecteurs plus petits rendent l’index plus petit et les recherches plus rapides, au prix d’une légère perte de qualité.</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Taille de l’index</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> dimensions</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensions :</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>Place occupée</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>Changer de taille</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>Changer de taille construit un nouvel index à partir des vecteurs déjà conservés sur cet ordinateur : aucune photo n’est renvoyée au modèle et cela ne coûte rien. Les recherches utilisent l’ancien index jusqu’à ce que le nouveau soit complet, et l’ancien reste jusqu’à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>Where the index is kept</source>
        <translation>Où l’index est conservé</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Intégré (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>&amp;Cluster Elasticsearch</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>Rien à installer : un fichier dans votre dossier de données. Idéal pour une personne.</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>Votre propre cluster (8.11 ou plus récent) : pour une équipe qui partage un index, ou une très grande photothèque.</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>PHOTOSEEK_ES_URL est définie : l’Elasticsearch à cette adresse est utilisé quel que soit votre choix ici.</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Cluster Elasticsearch</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>URL du cluster</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>ou le Cloud ID d’un déploiement Elastic Cloud</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud ID :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton porteur (bearer)</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aut&amp;hentification :</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>Fichier PEM de votre propre autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certificat de l’&amp;AC :</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>SHA-256 du certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>&amp;Vérifier le certificat TLS du serveur</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 bits, environ 4× plus petit (recommandé)</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — flottants 32 bits complets</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 bits, environ 8× plus petit</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 bit, environ 32× plus petit (8.16 ou plus récent)</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>&amp;Type d’index :</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>Certaines valeurs sont à corriger ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Impossible de lire la photothèque : {error}</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 est la taille complète du modèle : qualité maximale.</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>La qualité en dessous de 128 dimensions n’est pas publiée : essayez et comparez les recherches sur vos propres photos.</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>environ 99 % de la qualité maximale, ou plus</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>environ 95 à 99 % de la qualité maximale</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>Conserve {share} (à {ref}, le rappel en recherche d’images publié est de {recall}, contre {full} en taille complète).</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>Les recherches utilisent désormais {d} dimensions.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>Défini par {env}</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Sans vérification, n’importe qui entre vous et le cluster pourrait lire le trafic et vos identifiants. Préférez un fichier d’AC ou une empreinte.</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>(comptage de vos photos…)</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>pour une photothèque de {n} photos</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>pour vos {photos}</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch, {type} : environ {per} de mémoire du cluster par photo ({vector} pour le vecteur, environ {graph} o pour le graphe de recherche)</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>Stockage intégré : environ {per} par photo sur le disque ({vector} pour le vecteur et ses détails), et les vecteurs en mémoire tant que Photoseek est ouvert</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {total} {whom}.</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>Le cluster conserve aussi les vecteurs en pleine précision sur le disque ({disk}).</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>Dans tous les cas, cet ordinateur conserve le vecteur complet de 1024 dimensions de chaque photo ({per} par photo, {total} au total) : c’est ce qui rend le changement de taille gratuit.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l’autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>Corrigez d’abord les valeurs ci-dessus.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>(avec le secret enregistré : cliquez d’abord sur Appliquer pour tester celui que vous avez saisi)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Enregistré, sauf ce qui est signalé.</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>Aucun dossier de photos pour l’instant</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>Ajoutez un dossier de photos. Photoseek lit les photos (sans jamais les modifier) et les indexe pour que vous puissiez chercher d’après ce qu’elles montrent.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>Une clé d’API Jina est nécessaire</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek comprend les photos et les requêtes avec le modèle Jina CLIP v2. Saisissez votre clé d’API Jina dans les Paramètres (obtenez-en une sur jina.ai).</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>L’index des photos est inaccessible</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>Vérifiez que le cluster fonctionne et que les paramètres sont corrects, puis réessayez.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>La recherche n’a pas abouti</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>Un problème est survenu pendant la recherche.</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>Rien n’est encore indexé</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>Vos dossiers sont ajoutés mais leurs photos ne sont pas encore indexées. L’indexation lit chaque photo une fois ; vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexer maintenant</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>Indexation de vos photos…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>La recherche fonctionne dès que ce premier passage est terminé ; la progression s’affiche en bas de la fenêtre. Les photos sont lues, jamais modifiées.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Try other words, or another language.</source>
        <translation>Essayez d’autres mots, ou une autre langue.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Modifier la recherche</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Ouverture de votre photothèque…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>Cherchez vos photos d’après ce qu’elles montrent</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>Tapez une description dans n’importe quelle langue — « fleurs rouges », « un gato durmiendo », « красные цветы » —, déposez une photo ici ou collez-en une.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Où l’index est conservé</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Vous pourrez le changer plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>&amp;Intégré, sur cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Un &amp;cluster Elasticsearch</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Un fichier dans le dossier de données de Photoseek. Rien à installer ni à lancer.</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>Pour une équipe qui partage un index, ou une très grande photothèque. Nécessite un cluster accessible (Elasticsearch 8.11 ou plus récent).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Optional; kept in the system keyring</source>
        <translation>Facultatif ; gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Clé d’API Elasticsearch</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Le Cloud ID, l’utilisateur et le mot de passe, les certificats et le type d’index se trouvent dans Paramètres → Stockage.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(la clé saisie sera utilisée une fois terminé)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>Ajouter un dossier de photos à la photothèque</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>&amp;Indexer maintenant</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>Chercher les photos nouvelles, modifiées et retirées, et les indexer</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>Rechercher par i&amp;mage…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>Trouver des photos qui ressemblent à un fichier image</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Coller une image</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>Rechercher avec l’image du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>Fichiers i&amp;gnorés…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>Les photos qui n’ont pas pu être indexées, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>À &amp;propos de Photoseek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{n} B</source>
        <translation>{n} o</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} Go</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} To</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
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
        <translation>{d} j {h} h</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} j</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} photos/min</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} photos/s</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} photos</translation>
    </message>
</context>
</TS>
