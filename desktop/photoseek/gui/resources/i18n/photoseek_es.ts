<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Clave de la API de Jina</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Pega tu clave de la API de Jina (jina_…)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Probar la clave</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>Consigue una clave en &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Se guarda en el llavero del sistema, nunca en un archivo de ajustes.</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Consigue una clave en &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>La clave viene de la variable de entorno JINA_API_KEY; se usa en lugar de una clave guardada aquí.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>Hay una clave guardada en el llavero del sistema. Escribe una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Guardada en el llavero</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>La clave se guarda solo durante esta sesión; se olvida al salir.</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>La clave se guarda en el archivo cifrado (desbloqueado durante esta sesión).</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Escribe primero una clave.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Probando la clave…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>La prueba ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>Carpeta: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Cámara: {}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>Sin GPS</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Con GPS</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>Sin: {}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>Desde {}</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>Antes de {}</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>En {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>Fotos por mes</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}: {n} fotos</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>Ninguna foto tiene fecha</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>Lo parecidos que deben ser los casi duplicados</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>Casi duplicados: como mucho</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>Mover las demás a la papelera…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…en todos los grupos</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>a {} de distancia</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>Copias exactas ({n})</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>Casi duplicados ({n})</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>Ráfagas ({n})</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} y {n} más</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} grupos: {exact} exactos, {near} casi duplicados, {burst} ráfagas</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se han encontrado duplicados.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>Propuesta: la imagen más grande y, después, la que tiene más datos</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>Conservar esta (propuesta)</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>cámara desconocida</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>con ubicación</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sin ubicación</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>Similitud {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>No se puede mostrar esta foto</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>¿Mover a la papelera?</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>¿Mover estos {n} archivos a la papelera del sistema?</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>Puedes restaurarlos desde la papelera. Photoseek no cambia nada más.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>Moviendo {n} archivos a la papelera…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>Se han movido {n} archivos a la papelera.</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Cómo se convierten las fotos en vectores</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>Un modelo convierte cada foto, una sola vez, en números que la describen; Photoseek los guarda en este ordenador, así que ninguna foto se procesa dos veces. ¿Quién ejecuta el modelo?</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>Indica la dirección del clúster en la página siguiente. Se usa su endpoint .jina-clip-v2 (el mismo modelo que la API de Jina); Ajustes › Embeddings muestra los demás endpoints del clúster.</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>También puedes terminar ahora y descargar el modelo más tarde: la ventana muestra un botón Descargar hasta que esté instalado.</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Tu clave de la API de Jina</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>Tu clúster</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>El modelo local</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Cómo se convierten las fotos en vectores</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>jina-clip-v2 a través de la API de Jina, el endpoint .jina-clip-v2 del clúster y el modelo local son el mismo modelo: cambiar entre ellos no cuesta nada. Otro modelo crea su propio índice en segundo plano mientras las búsquedas siguen usando el actual; antes de empezar se te dice lo que cuesta.</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>La API de Jina</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>El endpoint de inferencia del clúster</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Endpoint de inferencia</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>B&amp;uscar endpoints</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>Preguntar al clúster qué endpoints convierten fotos en vectores</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>Convertir una palabra en vector a través del endpoint</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpoint:</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 es el mismo modelo que el de la API de Jina. Los endpoints v5-omni son otros modelos: sus vectores tienen un índice propio.</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>El modelo local (jina-clip-v2 en este ordenador)</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>El instalado</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU, unos 0,9 GB</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU (CUDA, Core ML, DirectML), unos 1,7 GB</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — precisión completa, unos 3,5 GB</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Va&amp;riante:</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>Automático (una GPU si la variante puede usarla)</translation>
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
        <translation>Se ejecuta e&amp;n:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>Automático: todos los núcleos, menos una cuarta parte que se deja para leer fotos durante la indexación</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>Indica primero la URL o el Cloud ID del clúster en Almacén: el endpoint se ejecuta allí.</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>el despliegue del Cloud ID</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>Se ejecuta en {where} (el clúster indicado en Almacén).</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>Indica primero la URL o el Cloud ID del clúster en Almacén.</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Preguntando al clúster…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>{n} endpoints convierten fotos en vectores; elige uno arriba.</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>Otros {n} solo convierten texto.</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>El clúster no ofrece ningún endpoint que convierta fotos en vectores.</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>Probando {endpoint}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>Fotos por mes; arrastra sobre ellas para elegir:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Cualquier cámara</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Con GPS</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Solo fotos con posición GPS</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Antiguas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>Mostrar la coincidencia, el nombre de archivo y la fecha en cada foto</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Ninguna foto se parece a eso</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>Carpeta: {}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>Fotos de todas las carpetas de la biblioteca</translation>
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
        <translation>Te damos la bienvenida a Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>No se han podido añadir algunas carpetas; vuelve Atrás para cambiar la lista:</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>No se ha podido guardar: {error}</translation>
    </message>
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>¿Dejar de configurar Photoseek?</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>¿Conservar las {n} carpetas que has elegido?</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>Photoseek puede guardarlas ya en tu biblioteca, sin el resto de esta configuración; la ventana mostrará lo que aún falta (una clave, el modelo) y podrás terminar en Ajustes.</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>Guardar las carpetas</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartarlas</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>Volver a la configuración</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>Carpetas de fotos</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} ya está en la lista.</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} incluye {children}, que pasan a formar parte de ella.</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>¿Quitar {n} carpeta(s) de la biblioteca?

{paths}

Sus fotos salen del índice de búsqueda. Las fotos en sí no se tocan.</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>Quitar carpetas</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>Tus carpetas de fotos</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>¿En qué carpetas debe buscar Photoseek?</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek encuentra las fotos por lo que muestran: escribe “flores rojas” o “un chat qui dort” en cualquier idioma, o parte de una foto que te guste. Solo lee tus carpetas; nunca cambia, mueve ni borra una foto.</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>&amp;Carpetas donde buscar (con sus subcarpetas):</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Photoseek.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Index new photos &amp;automatically</source>
        <translation>Indexar fotos nuevas &amp;automáticamente</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek busca fotos nuevas, cambiadas y borradas al iniciarse y mientras está abierto. Desactívalo para indexar solo cuando elijas Indexar ahora.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>Mostrar los archivos que no se han podido indexar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>Detener la indexación; lo hecho se conserva y el resto continúa la próxima vez</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>Continuar la indexación</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>Pausar la indexación por ahora</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>Guardando en el índice</translation>
    </message>
    <message>
        <source>Embedding with {model}</source>
        <translation>Generando vectores con {model}</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} encontradas</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>quedan {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>{indexed} indexadas</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>Indexadas: {n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>Reconocidas de antes (sin llamar al modelo): {n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>Enviadas al modelo: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Omitidas: {n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>Fallidas (se reintentan la próxima vez): {n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>Tokens usados: {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} omitidas</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fallidas</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>Indexación cancelada tras {done} de {total}; el resto continúa la próxima vez.</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>La indexación se ha detenido: {error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>No se ha podido actualizar el índice: {error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>Las búsquedas usan ahora {index}.</translation>
    </message>
    <message>
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>Aún no hay carpetas de fotos: añade una carpeta para indexar sus fotos.</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>{n} fotos escritas, sin llamar al modelo</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>{n} fotos quitadas</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>Índice actualizado: {what}.</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>Al día: no hay fotos nuevas ni cambiadas.</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>Hecho: {indexed} indexadas, {skipped} omitidas, {failed} fallidas.</translation>
    </message>
    <message>
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>Al índice le faltaban {n} fotos; se han vuelto a enviar desde este ordenador.</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>El índice ha rechazado {n} fotos (consulta Archivos omitidos para ver por qué).</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>La indexación ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Guardar la clave solo durante esta &amp;sesión</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>Usar la &amp;variable de entorno JINA_API_KEY</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>Guardarla en un archivo ci&amp;frado, protegido con contraseña (opcional)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Se guarda en memoria hasta que Photoseek se cierra; nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>Inicia Photoseek con JINA_API_KEY=jina_… definida (por ejemplo, en ~/.profile); se lee en cada inicio.</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Cifrada con AES-256 (keyrings.alt) en la carpeta de datos de Photoseek; escribes la contraseña en cada inicio. Nunca en un archivo de texto sin cifrar.</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Contraseña del archivo cifrado</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Conf&amp;irmar:</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>En este ordenador no hay ningún llavero del sistema (Secret Service) que pueda guardar la clave. En su lugar:</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>Usar el archivo ci&amp;frado que guarda tu clave</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>Escribe la contraseña que elegiste para él. Una clave escrita arriba sustituye a la que hay guardada.</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>Define JINA_API_KEY y vuelve a iniciar Photoseek, o elige otra opción.</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>Escribe la contraseña del archivo cifrado.</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>Elige una contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>Solo se guarda durante esta sesión (no hay llavero del sistema)</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>Se guarda en el archivo cifrado</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>Define {env} en el entorno</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Photo folders</source>
        <translation>Carpetas de fotos</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek busca fotos en estas carpetas y sus subcarpetas. Solo las lee: nunca cambia, mueve ni borra una foto.</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>Qué omitir</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>Patrones excluidos</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>Un patrón por línea; se compara con el nombre de cada archivo o carpeta y con su ruta dentro de la carpeta de la biblioteca (comodines * y ?).</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>Incluir archivos y carpetas &amp;ocultos</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>Seguir los enlaces simbóli&amp;cos</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>&amp;Descargar el modelo…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>I&amp;mportar de una carpeta…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>Para un ordenador sin internet: una carpeta organizada como el repositorio del modelo</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>Buscando el modelo local…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>Instalado: variante {variant}, {size}, se ejecuta en {device}.</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>&amp;Descargar de nuevo…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>Aún no está instalado: descárgalo una vez (unos 0,9 GB) o impórtalo de una carpeta.</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>El modelo local no se puede usar aquí: {error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>Carpeta con los archivos del modelo</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>Comprobando y copiando el modelo desde {folder}…</translation>
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
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>No se puede acceder al índice de fotos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Añadir una carpeta de fotos</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>Añadida {}</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>No se puede añadir esta carpeta</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>La indexación ya está en marcha</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>La indexación se ha detenido: {}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Photoseek.</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Acerca de Photoseek</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Busca en tus propias carpetas de fotos por su significado, en cualquier idioma.&lt;br&gt;Embeddings: Jina CLIP v2, a través de la API de Jina, tu clúster de Elasticsearch o en este ordenador.</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>almacén integrado</translation>
    </message>
    <message>
        <source>{n} of {m} photos searchable</source>
        <translation>{n} de {m} fotos disponibles para buscar</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} en espera)</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} dims</translation>
    </message>
    <message>
        <source>building {model}</source>
        <translation>creando el índice de {model}</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>índice inaccesible</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>tu clúster</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>API de Jina</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>Modelo local — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>Ejecutar el modelo en este ordenador</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek puede convertir tus fotos en vectores aquí, con {model} de Jina AI: sin clave de API, y ninguna foto sale de este ordenador. El modelo se descarga una vez de su repositorio y se comprueba antes de usarlo.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Descarga:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Guardado en:</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>Licencia: {name}</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Leer la licencia</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>La página del modelo</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>Acepto la licencia y usaré el modelo con fines no comerciales</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>Pidiendo al repositorio la lista de archivos…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>Instalado: {model} ({variant}) está listo y se ejecuta en {device}.</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>Detenido. Se conservan {kept}; Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>unos {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>{kept} descargados antes; Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/s</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>quedan {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>comprobando {file}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>Buscar &amp;similares</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar la &amp;ruta</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Copiar la &amp;imagen</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>No se ha podido abrir {}</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Ruta copiada</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>Copiando la imagen…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>Imagen copiada</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>No se ha podido copiar: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>Tomada: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Cámara: {}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>Coincidencia: {bar} {score}</translation>
    </message>
    <message>
        <source>Found by its name or folder</source>
        <translation>Encontrada por su nombre o su carpeta</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>También en otros {} lugares</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>Borrada o movida</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>No está en este ordenador</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>No se puede mostrar esta foto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>Imagen soltada</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>El portapapeles no contiene ninguna imagen. Copia primero una foto o un archivo de imagen.</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>Buscar por imagen</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>Imágenes ({})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>Lo cerca que está esta foto de la consulta, frente a la mejor coincidencia de esta búsqueda. Las puntuaciones comparan resultados de una misma búsqueda; no son porcentajes.</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Buscar similares</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>Mostrar la foto píxel a píxel (1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>Ocupar toda la pantalla (F11)</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} de {n}</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — Vista previa</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>Esta foto no está en este ordenador.</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>No se puede mostrar esta foto: {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} px</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Ver en un mapa</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>Abre OpenStreetMap en tu navegador</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>Archivos no indexados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>Filtrar por nombre o motivo</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>Los archivos omitidos no se vuelven a intentar hasta que cambien. Los fallidos se vuelven a intentar en la siguiente indexación.</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>Todas las fotos encontradas hasta ahora se han podido indexar.</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>{skipped} omitidos y {failed} fallidos.</translation>
    </message>
    <message>
        <source>{n} refused by the index.</source>
        <translation>{n} rechazados por el índice.</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>Se muestran los {n} primeros.</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>No se ha podido leer la lista: {error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refused by the index</source>
        <translation>Rechazado por el índice</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>No se vuelve a intentar hasta que cambie el archivo</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Se vuelve a intentar en la siguiente indexación</translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Tu c&amp;lúster de Elasticsearch (su servicio de inferencia)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>Este &amp;ordenador (el modelo local)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>La API de &amp;Jina (en línea)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>Las fotos van a tu propio despliegue de Elastic, que las convierte en vectores con el endpoint de inferencia que elijas; se factura a través de tu suscripción de Elastic (EIS). Usa la conexión a Elasticsearch de Photoseek, aunque los vectores se guarden aquí.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>Nada sale de este ordenador. Una única descarga de unos 0,9 GB; la indexación usa la CPU o la GPU de este ordenador y es más lenta. La licencia del modelo es {licence}: solo para uso no comercial.</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>Las fotos salen de este ordenador una vez, como copias de 512 píxeles, hacia el servicio de Jina AI; se factura por token, más o menos lo mismo por cada foto. Necesita una clave de API (las claves nuevas incluyen tokens gratuitos para probar).</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>Quitar la imagen y buscar por palabras</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>Quitar la imagen de la búsqueda</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>Añade palabras a la imagen, p. ej. “de noche”; la ✕ de la etiqueta la quita</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>Busca en tus fotos, p. ej. “{}”</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que has escrito</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>Copiar las rutas</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>Copiar las imágenes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Exportar la lista…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Buscar similares</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Más como estas</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>Menos como estas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Más como esta</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Menos como esta</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>Buscar similares a estas {n}</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>Abrir {n} fotos</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>Copiar {n} rutas</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>Copiar {n} imágenes</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Ruta copiada</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>{n} rutas copiadas</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>{n} imágenes copiadas</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>Hoja de cálculo (*.csv);;Lista simple de rutas (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>No se ha podido exportar: {}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>{n} fotos exportadas a {file}</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>La compatibilidad con Elasticsearch no está instalada.</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>La prueba de conexión ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Ajustes de Photoseek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>&amp;Tamaño del índice</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Almacén</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Working out what it costs…</source>
        <translation>Calculando lo que cuesta…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>¿Convertir las fotos en vectores con otro modelo?</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>¿Cambiar de {before} a {after}?</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>el modelo actual</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>Se crea un índice nuevo en segundo plano; las búsquedas siguen usando el actual hasta que esté completo. Los vectores actuales se quedan en este ordenador, así que volver atrás no cuesta nada.</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>Cambiar y generar vectores</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>Hay valores que corregir; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>No se ha podido leer la biblioteca: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Guardado, salvo lo que está marcado.</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>Tamaño del índice (dimensiones Matryoshka)</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>Los vectores más pequeños hacen el índice más pequeño y las búsquedas más rápidas, con una pequeña pérdida de calidad.</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Tamaño del índice</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> dimensiones</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensiones:</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>Espacio que ocupa</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>Cambiar el tamaño</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>Al cambiarlo se crea un índice nuevo a partir de los vectores ya guardados en este ordenador: ninguna foto se vuelve a enviar al modelo y no cuesta nada. Las búsquedas siguen usando el índice anterior hasta que el nuevo esté completo, y el anterior se conserva hasta que lo quites.</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 es el tamaño completo del modelo: calidad completa.</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>La calidad por debajo de 128 dimensiones no está publicada: pruébalo y compara búsquedas con tus propias fotos.</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>un 99 % de la calidad completa o más</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>entre un 95 y un 99 % de la calidad completa</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>Conserva {share} (con {ref}, la exhaustividad de búsqueda de imágenes del artículo es {recall} frente a {full} con el tamaño completo).</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>Las búsquedas usan ahora {d} dimensiones.</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>(contando tus fotos…)</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>para una biblioteca de {n} fotos</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>para tus {photos}</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch, {type}: unos {per} de memoria del clúster por foto ({vector} para el vector, unos {graph} B para el grafo de búsqueda)</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>Almacén integrado: unos {per} por foto en disco ({vector} para el vector y sus datos), y los vectores en memoria mientras Photoseek está abierto</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {total} {whom}.</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>El clúster también guarda en disco los vectores de precisión completa ({disk}).</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>En ambos casos este ordenador guarda el vector completo de 1024 dimensiones de cada foto ({per} por foto, {total} en total), y por eso cambiar el tamaño es gratis.</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>Aún no hay carpetas de fotos</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>Añade una carpeta de fotos. Photoseek lee las fotos (nunca las cambia) y las indexa para que puedas buscar por lo que muestran.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>Hace falta una clave de la API de Jina</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek entiende fotos y consultas con el modelo Jina CLIP v2. Introduce tu clave de la API de Jina en Ajustes (consíguela en jina.ai).</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <source>The local model is not installed yet</source>
        <translation>El modelo local aún no está instalado</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek está configurado para ejecutar jina-clip-v2 en este ordenador, así que ninguna foto sale de él. Descarga el modelo una vez (unos 0,9 GB; licencia CC BY-NC 4.0, no comercial) o elige la API de Jina o tu clúster en Ajustes.</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>Descargar el modelo…</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>No se puede acceder al índice de fotos</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>Comprueba que el clúster está en marcha y que los ajustes son correctos, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>La búsqueda no ha funcionado</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>Algo ha fallado durante la búsqueda.</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>Aún no hay nada indexado</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>Tus carpetas están añadidas, pero sus fotos aún no están indexadas. La indexación lee cada foto una vez; puedes seguir trabajando mientras tanto.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexar ahora</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>Indexando tus fotos…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>Podrás buscar en cuanto termine esta primera pasada; el progreso se muestra en la parte inferior de la ventana. Las fotos se leen, nunca se cambian.</translation>
    </message>
    <message>
        <source>{n} photos are still being indexed</source>
        <translation>Aún se están indexando {n} fotos</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>Aún se están indexando fotos</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>Nada coincide entre las fotos indexadas hasta ahora. Esta búsqueda se repetirá sola cuando termine la indexación.</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Ninguna foto se parece a eso</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>Ninguna de tus fotos se parece lo bastante como para contar como coincidencia. Prueba con otras palabras, con otro idioma o reduce la exigencia.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Editar la búsqueda</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>Mostrar todas las fotos, las mejores primero</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>Ninguna foto cumple estos filtros</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>Amplía la carpeta, las fechas o la cámara, o quita los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Abriendo tu biblioteca…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>Busca tus fotos por lo que muestran</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>Escribe una descripción en cualquier idioma —“flores rojas”, “a sleeping cat”, “красные цветы”—, suelta aquí una foto o pega una.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Dónde se guarda el índice</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>&amp;Integrado, en este ordenador (recomendado)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Un &amp;clúster de Elasticsearch</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Un archivo en la carpeta de datos de Photoseek. Nada que instalar ni ejecutar.</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>Para un equipo que comparte un índice o una biblioteca muy grande. Necesita un clúster accesible (Elasticsearch 8.11 o posterior).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Optional. {}</source>
        <translation>Opcional. {}</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Clave de API de Elasticsearch</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>El Cloud ID, el usuario y la contraseña, los certificados y el tipo de índice están en Ajustes → Almacén.</translation>
    </message>
    <message>
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>Tu clúster convierte las fotos en vectores, así que Photoseek necesita su dirección aquí abajo; los vectores se pueden seguir guardando en este ordenador.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(la clave que has escrito se usa al terminar)</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Dónde se guarda el índice</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Integrado (en este ordenador)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>C&amp;lúster de Elasticsearch</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>Nada que instalar: un archivo en tu carpeta de datos. Ideal para una persona.</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>Tu propio clúster (8.11 o posterior): para un equipo que comparte un índice o una biblioteca muy grande.</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>PHOTOSEEK_ES_URL está definida, así que se usa el Elasticsearch de esa dirección elijas lo que elijas aquí.</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Clúster de Elasticsearch</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>URL del clúster</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>o el Cloud ID de un despliegue de Elastic Cloud</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud ID:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aute&amp;nticación:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>Archivo PEM de tu propia autoridad de certificación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certi&amp;ficado de la CA:</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>SHA-256 del certificado del servidor</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Huella:</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>&amp;Verificar el certificado TLS del servidor</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 bits, unas 4× más pequeño (recomendado)</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — números de coma flotante de 32 bits completos</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 bits, unas 8× más pequeño</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 bit, unas 32× más pequeño (8.16 o posterior)</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>Tipo &amp;de índice:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>Definido por {env}</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Guardada en el llavero</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Sin verificación, cualquiera entre tú y el clúster podría leer el tráfico y tus credenciales. Mejor usa un archivo de CA o una huella.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>Corrige primero los valores de arriba.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>(con el secreto guardado: pulsa Aplicar antes para probar el que has escrito)</translation>
    </message>
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>Laxo</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricto</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>Lo parecida que debe ser una foto para coincidir</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>Solo se muestran las fotos que de verdad se parecen a la búsqueda. Reduce la exigencia para ver más fotos que casi coinciden; auméntala para quedarte solo con las más parecidas.</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>Mostrar todas las fotos, las más parecidas primero (sin umbral)</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>La puntuación de coincidencia más baja que se muestra. Las puntuaciones comparan fotos de una misma búsqueda.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>Añadir una carpeta de fotos a la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>&amp;Indexar ahora</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>Buscar fotos nuevas, cambiadas y quitadas e indexarlas</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>Buscar por &amp;imagen…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>Buscar fotos que se parezcan a un archivo de imagen</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>Buscar por la imagen del portapapeles</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>Archivos &amp;omitidos…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>Fotos que no se han podido indexar, y por qué</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>La búsqueda anterior</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>La búsqueda siguiente</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>Todas las fotos por fecha, las más recientes primero</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>Mostrar &amp;detalles en las fotos</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>Copias exactas, casi duplicados y ráfagas, una al lado de otra</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>&amp;Acerca de Photoseek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Acerca de Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Busca en tus propias carpetas de fotos por su significado, en cualquier idioma.&lt;br&gt;Embeddings: Jina CLIP v2.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>“Menos como estas” necesita una búsqueda que afinar.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>No se han podido cargar más: {}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek no puede iniciarse</translation>
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
        <translation>menos de un segundo</translation>
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
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} fotos/min</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} fotos/s</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
</context>
</TS>
