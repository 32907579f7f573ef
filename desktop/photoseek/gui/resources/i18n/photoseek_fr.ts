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
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>Obtenez une clé sur &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Elle est conservée dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Obtenez une clé sur &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
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
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>La clé n’est gardée que pour cette session ; elle est oubliée lorsque vous quittez.</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>La clé est conservée dans le fichier chiffré (déverrouillé pour cette session).</translation>
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
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>Dossier : {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Appareil : {}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>Sans lieu</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Avec lieu</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>Sans : {}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>Depuis {}</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>Avant {}</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>En {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>Photos par mois</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month} : {n} photos</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>Aucune photo n’a de date</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>Degré de ressemblance des quasi-doublons</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>Quasi-doublons : au plus</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>Mettre les autres à la corbeille…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…pour tous les groupes</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>à {} d’écart</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>Copies exactes ({n})</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>Quasi-doublons ({n})</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>Rafales ({n})</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} et {n} autres</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} groupes : {exact} exacts, {near} quasi-doublons, {burst} rafales</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>Proposée : la plus grande image, puis celle qui a le plus d’informations</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>Garder celle-ci (proposée)</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>appareil inconnu</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>avec lieu</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sans lieu</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>Similarité {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Impossible d’afficher cette photo</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>Mettre à la corbeille ?</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>Mettre ces {n} fichiers à la corbeille du système ?</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>Vous pourrez les restaurer depuis la corbeille. Photoseek ne modifie rien d’autre.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>Déplacement de {n} fichiers vers la corbeille…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>{n} fichiers mis à la corbeille.</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Comment les photos deviennent des vecteurs</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>Un modèle transforme chaque photo, une seule fois, en nombres qui la décrivent ; Photoseek les conserve sur cet ordinateur, si bien qu’aucune photo n’est jamais traitée deux fois. Qui exécute le modèle ?</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>Indiquez l’adresse du cluster à la page suivante. Son point de terminaison .jina-clip-v2 est utilisé (le même modèle que l’API Jina) ; Paramètres › Embeddings liste les autres points de terminaison du cluster.</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>Vous pouvez aussi terminer maintenant et télécharger le modèle plus tard : la fenêtre affiche un bouton Télécharger tant qu’il n’est pas installé.</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Votre clé d’API Jina</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>Votre cluster</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>Le modèle local</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Comment les photos deviennent des vecteurs</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>jina-clip-v2 via l’API Jina, le point de terminaison .jina-clip-v2 du cluster et le modèle local sont un seul et même modèle : passer de l’un à l’autre ne coûte rien. Un autre modèle construit son propre index en arrière-plan pendant que les recherches continuent d’utiliser l’index actuel ; son coût vous est indiqué avant le début.</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>L’API Jina</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>Le point de terminaison d’inférence du cluster</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Point de terminaison d’inférence</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>Demander au cluster quels points de terminaison transforment les photos en vecteurs</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>Transformer un mot en vecteur via ce point de terminaison</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>Point de termi&amp;naison :</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 est le même modèle que celui de l’API Jina. Les points de terminaison v5-omni sont d’autres modèles : leurs vecteurs ont leur propre index.</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>Le modèle local (jina-clip-v2 sur cet ordinateur)</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>Celle qui est installée</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU, environ 0,9 Go</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU (CUDA, Core ML, DirectML), environ 1,7 Go</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — pleine précision, environ 3,5 Go</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>Automatique (un GPU si la variante peut en utiliser un)</translation>
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
        <translation>S’e&amp;xécute sur :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>Automatique : tous les cœurs, moins un quart laissé à la lecture des photos pendant l’indexation</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>T&amp;hreads :</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>Indiquez d’abord l’URL ou le Cloud ID du cluster dans Stockage : c’est là que s’exécute le point de terminaison.</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>le déploiement du Cloud ID</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>S’exécute sur {where} (le cluster indiqué dans Stockage).</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>Indiquez d’abord l’URL ou le Cloud ID du cluster dans Stockage.</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Interrogation du cluster…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>{n} points de terminaison transforment les photos en vecteurs ; choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>{n} autres ne traitent que du texte.</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>Le cluster ne propose aucun point de terminaison qui transforme les photos en vecteurs.</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>Test de {endpoint}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>Photos par mois — faites glisser pour choisir :</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Tout appareil</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Avec lieu</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Uniquement les photos avec une position GPS</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>Afficher la correspondance, le nom du fichier et la date sur chaque photo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} photos</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Aucune photo ne ressemble à cela</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>{n} résultats</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>Dossier : {}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>Photos de tous les dossiers de la photothèque</translation>
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
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>Arrêter la configuration de Photoseek ?</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>Garder les {n} dossiers choisis ?</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>Photoseek peut les enregistrer dans votre photothèque dès maintenant, sans le reste de cette configuration ; la fenêtre indiquera ensuite ce qui manque encore (une clé, le modèle), et vous pourrez terminer dans les Paramètres.</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>Enregistrer les dossiers</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Les abandonner</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>Revenir à la configuration</translation>
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
        <source>Embedding with {model}</source>
        <translation>Vectorisation avec {model}</translation>
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
        <source>Model: {model}</source>
        <translation>Modèle : {model}</translation>
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
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>Aucun dossier de photos pour l’instant : ajoutez un dossier pour indexer ses photos.</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>{n} photos écrites, sans appel au modèle</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>{n} photos retirées</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>Index mis à jour : {what}.</translation>
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
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>L’index avait perdu {n} photos ; elles ont été renvoyées depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>L’index a refusé {n} photos (voir Fichiers ignorés pour savoir pourquoi).</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>L’indexation a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Garder la clé pour cette &amp;session uniquement</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>Utiliser la variable d’&amp;environnement JINA_API_KEY</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>La conserver dans un &amp;fichier chiffré, protégé par un mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Gardée en mémoire jusqu’à la fermeture de Photoseek, jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>Lancez Photoseek avec JINA_API_KEY=jina_… défini (par exemple dans ~/.profile) ; la variable est lue à chaque démarrage.</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Chiffrée en AES-256 (keyrings.alt) dans le dossier de données de Photoseek ; vous saisissez le mot de passe à chaque démarrage. Jamais un fichier en clair.</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Mot de passe du fichier chiffré</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Confi&amp;rmation :</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>Aucun trousseau du système (Secret Service) ne peut conserver la clé sur cet ordinateur. À la place :</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>Utiliser le &amp;fichier chiffré qui contient votre clé</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>Saisissez le mot de passe que vous avez choisi pour ce fichier. Une clé saisie ci-dessus remplace celle qui y est conservée.</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>Définissez JINA_API_KEY et relancez Photoseek, ou choisissez une autre solution.</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>Saisissez le mot de passe du fichier chiffré.</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>Choisissez un mot de passe d’au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>Gardé pour cette session seulement (pas de trousseau système)</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>Gardé dans le fichier chiffré</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>Définissez {env} dans l’environnement</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Gardé dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
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
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>Télécharger le mo&amp;dèle…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>&amp;Importer depuis un dossier…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>Pour un ordinateur sans internet : un dossier organisé comme le dépôt du modèle</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>Recherche du modèle local…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>Installé : variante {variant}, {size}, s’exécute sur {device}.</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>Télécharger à nouveau le mo&amp;dèle…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>Pas encore installé : téléchargez-le une fois (environ 0,9 Go) ou importez-le depuis un dossier.</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>Le modèle local ne peut pas être utilisé ici : {error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>Dossier contenant les fichiers du modèle</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>Vérification et copie du modèle depuis {folder}…</translation>
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
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Cherchez dans vos propres dossiers de photos par le sens, dans n’importe quelle langue.&lt;br&gt;Embeddings : Jina CLIP v2, via l’API Jina, votre cluster Elasticsearch ou sur cet ordinateur.</translation>
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
        <source>{n} of {m} photos searchable</source>
        <translation>{n} photos sur {m} consultables</translation>
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
        <source>building {model}</source>
        <translation>index {model} en construction</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>index inaccessible</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>votre cluster</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>API Jina</translation>
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
        <source>Read the licence</source>
        <translation>Lire la licence</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>La page du modèle</translation>
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
        <source>Found by its name or folder</source>
        <translation>Trouvée par son nom ou son dossier</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Aussi à {} autres emplacements</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>Supprimée ou déplacée</translation>
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
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
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
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>Afficher la photo pixel pour pixel (1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>Occuper tout l’écran (F11)</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} sur {n}</translation>
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
    <message>
        <source>Show on a map</source>
        <translation>Voir sur une carte</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>Ouvre OpenStreetMap dans votre navigateur</translation>
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
        <source>{n} refused by the index.</source>
        <translation>{n} refusés par l’index.</translation>
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
        <source>Refused by the index</source>
        <translation>Refusé par l’index</translation>
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
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Votre cl&amp;uster Elasticsearch (son service d’inférence)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>Cet &amp;ordinateur (le modèle local)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>L’API &amp;Jina (en ligne)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>Les photos vont à votre propre déploiement Elastic, qui les transforme en vecteurs avec le point de terminaison d’inférence de votre choix ; facturé via votre abonnement Elastic (EIS). Utilise la connexion Elasticsearch de Photoseek, même si les vecteurs sont conservés ici.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>Rien ne quitte cet ordinateur. Un seul téléchargement d’environ 0,9 Go ; l’indexation utilise le CPU ou le GPU de cet ordinateur et elle est plus lente. La licence du modèle est {licence} : usage non commercial uniquement.</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>Les photos quittent cet ordinateur une seule fois, sous forme de copies de 512 pixels, pour le service de Jina AI ; facturé au jeton, à peu près pareil pour chaque photo. Nécessite une clé d’API (les nouvelles clés incluent des jetons gratuits pour essayer).</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
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
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>Ajoutez des mots à l’image, p. ex. « de nuit » — le ✕ de l’étiquette la retire</translation>
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
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>Copier les chemins</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>Copier les images</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Trouver des photos similaires</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Plus comme celles-ci</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>Moins comme celles-ci</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Plus comme celle-ci</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Moins comme celle-ci</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>Trouver des photos similaires à ces {n}</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>Ouvrir {n} photos</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>Copier {n} chemins</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>Copier {n} images</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Chemin copié</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>{n} chemins copiés</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>{n} images copiées</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>Tableur (*.csv);;Simple liste de chemins (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>Impossible d’exporter : {}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>{n} photos exportées vers {file}</translation>
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
        <source>Working out what it costs…</source>
        <translation>Calcul du coût…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>Vectoriser les photos avec un autre modèle ?</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>Passer de {before} à {after} ?</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>le modèle actuel</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>Un nouvel index est construit en arrière-plan ; les recherches utilisent l’index actuel jusqu’à ce qu’il soit complet. Les vecteurs actuels restent sur cet ordinateur : revenir en arrière ne coûte donc rien.</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>Changer et vectoriser</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
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
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Enregistré, sauf ce qui est signalé.</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
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
        <source>The local model is not installed yet</source>
        <translation>Le modèle local n’est pas encore installé</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek est réglé pour exécuter jina-clip-v2 sur cet ordinateur, afin qu’aucune photo ne le quitte. Téléchargez le modèle une fois (environ 0,9 Go ; licence CC BY-NC 4.0, non commerciale), ou choisissez l’API Jina ou votre cluster dans les Paramètres.</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>Télécharger le modèle…</translation>
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
        <source>{n} photos are still being indexed</source>
        <translation>{n} photos sont encore en cours d’indexation</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>Des photos sont encore en cours d’indexation</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>Rien ne correspond parmi les photos indexées jusqu’ici. Cette recherche sera relancée automatiquement à la fin de l’indexation.</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Aucune photo ne ressemble à cela</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>Aucune de vos photos n’est assez proche pour correspondre. Essayez d’autres mots, une autre langue, ou réduisez l’exigence.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Modifier la recherche</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>Afficher toutes les photos, les meilleures d’abord</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>Aucune photo ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>Élargissez le dossier, les dates ou l’appareil, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
        <source>Optional. {}</source>
        <translation>Facultatif. {}</translation>
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
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>Votre cluster transforme les photos en vecteurs : Photoseek a donc besoin de son adresse ci-dessous ; les vecteurs peuvent tout de même être conservés sur cet ordinateur.</translation>
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
    <name>StoreTab</name>
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
        <translation>C&amp;luster Elasticsearch</translation>
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
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>Fichier PEM de votre propre autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
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
        <translation>Type d’in&amp;dex :</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la conne&amp;xion</translation>
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
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Sans vérification, n’importe qui entre vous et le cluster pourrait lire le trafic et vos identifiants. Préférez un fichier d’AC ou une empreinte.</translation>
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
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>Souple</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>Degré de ressemblance exigé pour qu’une photo corresponde</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>Seules les photos qui ressemblent vraiment à la recherche sont affichées. Assouplissez pour voir davantage de photos proches, resserrez pour ne garder que les plus ressemblantes.</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>Afficher toutes les photos, la meilleure correspondance d’abord (sans seuil)</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>Le score de correspondance le plus bas affiché. Les scores comparent les photos d’une même recherche.</translation>
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
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>La recherche précédente</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>La recherche suivante</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>Toutes les photos par date, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>Afficher les &amp;détails sur les photos</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>Copies exactes, quasi-doublons et rafales, côte à côte</translation>
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
    <message>
        <source>About Photoseek</source>
        <translation>À propos de Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Cherchez dans vos propres dossiers de photos par le sens, dans n’importe quelle langue.&lt;br&gt;Embeddings : Jina CLIP v2.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} photos</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>« Moins comme celles-ci » nécessite une recherche à affiner.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Chargement de la suite…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Impossible de charger la suite : {}</translation>
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
