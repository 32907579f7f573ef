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
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are understood</source>
        <translation>Cómo se entienden las fotos</translation>
    </message>
    <message>
        <source>Photoseek sends a small 512-pixel copy of each photo to a model that describes it as numbers, and keeps those numbers, so no photo is ever sent twice.</source>
        <translation>Photoseek envía una copia pequeña de 512 píxeles de cada foto a un modelo que la describe con números, y guarda esos números: ninguna foto se envía dos veces.</translation>
    </message>
    <message>
        <source>&amp;Jina API (online)</source>
        <translation>API de &amp;Jina (en línea)</translation>
    </message>
    <message>
        <source>&amp;Local model (coming in a later version)</source>
        <translation>Modelo &amp;local (en una versión futura)</translation>
    </message>
    <message>
        <source>Needs an API key. Jina bills by tokens used, and a photo always costs about the same because only the small copy is sent; new keys usually come with free tokens to try. Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Necesita una clave de API. Jina cobra por tokens usados y una foto cuesta siempre más o menos lo mismo, porque solo se envía la copia pequeña; las claves nuevas suelen incluir tokens gratuitos para probar. Consigue una clave en &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Runs on this computer: no key and no cost, but a large download and slower indexing.</source>
        <translation>Se ejecuta en este ordenador: sin clave y sin coste, pero con una descarga grande y una indexación más lenta.</translation>
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
        <source>Index updated: {n} photos written, no model calls.</source>
        <translation>Índice actualizado: {n} fotos escritas, sin llamadas al modelo.</translation>
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
        <source>Indexing failed: {error}</source>
        <translation>La indexación ha fallado: {error}</translation>
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
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>No se han podido cargar más: {}</translation>
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
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Busca en tus propias carpetas de fotos por su significado, en cualquier idioma.&lt;br&gt;Embeddings: Jina CLIP v2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
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
        <source>index unreachable</source>
        <translation>índice inaccesible</translation>
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
        <source>Also at {} other places</source>
        <translation>También en otros {} lugares</translation>
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
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
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
        <source>Not tried again until the file changes</source>
        <translation>No se vuelve a intentar hasta que cambie el archivo</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Se vuelve a intentar en la siguiente indexación</translation>
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
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Searching by the picture — type words to search by text instead</source>
        <translation>Buscando por la imagen: escribe palabras para buscar por texto</translation>
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
    <message>
        <source>How photos are understood</source>
        <translation>Cómo se entienden las fotos</translation>
    </message>
    <message>
        <source>Jina API (online, jina-clip-v2)</source>
        <translation>API de Jina (en línea, jina-clip-v2)</translation>
    </message>
    <message>
        <source>Local model (coming)</source>
        <translation>Modelo local (próximamente)</translation>
    </message>
    <message>
        <source>Running the model on this computer is not ready yet.</source>
        <translation>Ejecutar el modelo en este ordenador aún no está disponible.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. The key is kept in your system keyring, never in a settings file.</source>
        <translation>Consigue una clave en &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. La clave se guarda en el llavero del sistema, nunca en un archivo de ajustes.</translation>
    </message>
    <message>
        <source>Each photo is sent once, as a 512-pixel JPEG copy, and its full vector is kept on this computer. Jina bills by tokens used; changing the index size later costs nothing.</source>
        <translation>Cada foto se envía una vez, como copia JPEG de 512 píxeles, y su vector completo se guarda en este ordenador. Jina cobra por tokens usados; cambiar después el tamaño del índice no cuesta nada.</translation>
    </message>
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
        <source>Where the index is kept</source>
        <translation>Dónde se guarda el índice</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Integrado (en este ordenador)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>Clúster de &amp;Elasticsearch</translation>
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
        <translation>Aut&amp;enticación:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Usuario:</translation>
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
        <translation>Certificado de la &amp;CA:</translation>
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
        <translation>&amp;Tipo de índice:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
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
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
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
        <source>Kept in the system keyring</source>
        <translation>Guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Sin verificación, cualquiera entre tú y el clúster podría leer el tráfico y tus credenciales. Mejor usa un archivo de CA o una huella.</translation>
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
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <source>Try other words, or another language.</source>
        <translation>Prueba con otras palabras o en otro idioma.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Editar la búsqueda</translation>
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
        <source>Optional; kept in the system keyring</source>
        <translation>Opcional; se guarda en el llavero del sistema</translation>
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
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(la clave que has escrito se usa al terminar)</translation>
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
