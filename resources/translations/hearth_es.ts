<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>Compatibilidad con este equipo: {verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>Tu propio ChatGPT, en tu propio equipo.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Secciones de Acerca de</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>Elige qué leer: las versiones de Hearth, su compilación de llama.cpp, las licencias</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>Copiar las versiones y los detalles de compilación, para un informe de errores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Cerrar este cuadro de diálogo</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>Icono de {app}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>(app empaquetada)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>Backend de GPU</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>No se pudo cargar llama.cpp: {error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Funciones de la CPU</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>Compilación para CPU</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>Ninguno: se ejecuta en la CPU</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>solo las básicas</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>(con {options})</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>Portable: {count} variantes de CPU; se cargó la mejor ({variants})</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>Un solo backend de CPU: necesita un procesador con todas las funciones indicadas arriba</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>Información del sistema de llama.cpp</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>La línea que imprime llama.cpp sobre el sistema en el que se ejecuta</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>Información del sistema, según llama.cpp:</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>Las licencias de Hearth, del software en el que se basa y del modelo</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>Licencia que leer</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>Elige la licencia cuyo texto completo se muestra abajo</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>El texto completo de la licencia elegida</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Texto completo:</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>Hearth y el software en el que se basa:</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} no indica ninguna licencia en su archivo; consulta las condiciones donde lo obtuviste.</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>{name} está bajo “{licence}”, según indica su archivo. Sus condiciones se aplican a lo que hagas con él.</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>Se interrumpió una respuesta la última vez que se cerró Hearth; se conserva tal como estaba.</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>Se interrumpieron {count} respuestas la última vez que se cerró Hearth; se conservan tal como estaban.</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>La carpeta de datos es de solo lectura: puedes leer tus chats, pero no se guarda nada nuevo.</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>Hearth no puede iniciarse: {error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>Este modelo no puede ver imágenes: elige un modelo de visión (un ojo en el selector de modelos)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Escribe aquí tu mensaje: Intro lo envía, Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensaje para Hearth…  (Intro envía, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>Sale de la edición: el mensaje queda como estaba.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>Quitar texto pegado</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>Quita del mensaje el texto pegado adjunto.</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Adjuntar una imagen</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>Elige imágenes para enviar con el mensaje, para un modelo que pueda verlas.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>Envía el mensaje al modelo.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>Detiene la respuesta que se está escribiendo.</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>Texto pegado adjunto: {characters} caracteres, {lines} líneas; se envía con tu mensaje.</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>Editando un mensaje: al enviarlo se crea una versión nueva; la anterior se conserva.</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>Espera un momento: todavía se está leyendo una imagen.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>Chat eliminado.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>No se adjuntó: {reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>No se adjuntó: no se puede leer {name} ({error})</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>No se adjuntó: no se pudo leer {name} ({error})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Leyendo la imagen…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>Quita esta imagen del mensaje.</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Falta la imagen</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Imágenes adjuntas</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>Las imágenes que van con el mensaje; cada una se puede quitar.</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>Buscando en {collections}…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>Se encontraron {passages} en {collections}; leyéndolos…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>Ponle nombre a la colección (p. ej., “Notas de trabajo”):</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>Ya hay una colección llamada {name}: su menú (⋯) le añade carpetas y archivos.</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>Una carpeta para {name}</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>Añadir una carpeta a {name}</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>Añadir archivos a {name}</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>Indexando {name}… puedes seguir chateando mientras tanto.</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>indexado en parte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Problemas en {name}</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>Se omitió {count} archivo</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>Se omitieron {count} archivos</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} con indexación parcial</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped} y {partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>Sin problemas: se indexaron todos los archivos.</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}. Corrige el archivo y elige Actualizar para volver a indexarlo.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>Los archivos que se omitieron o que solo se indexaron en parte, y por qué.</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>Cierra la lista de problemas.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>¿Quitar {name} de Hearth?

Su único archivo indexado no se toca: solo se elimina el índice de Hearth. Las respuestas que lo citaron conservan los fragmentos que citaron.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>¿Quitar {name} de Hearth?

Sus {count} archivos indexados no se tocan: solo se elimina el índice de Hearth. Las respuestas que lo citaron conservan los fragmentos que citaron.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>¿Quitar {name} de Hearth?

Sus archivos no se tocan: solo se elimina el índice de Hearth. Las respuestas que lo citaron conservan los fragmentos que citaron.</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Quitar colección</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>{count} archivo indexado</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>{count} archivos indexados</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>eliminados del disco: {count}</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>omitidos: {count}</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>al día ({count} archivo)</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>al día ({count} archivos)</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}: {outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}: indexación detenida; {count} archivo procesado</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}: indexación detenida; {count} archivos procesados</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — búsqueda solo por palabras clave ({reason})</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} todavía se está quitando: vuelve a intentarlo en un momento</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}: falló la indexación: {error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>Se quitó {name} de Hearth; sus archivos siguen intactos.</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>Aún no hay colecciones de documentos: añade una carpeta en Documentos, en la barra lateral.</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>Documentos: {collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>Elige las colecciones de documentos a partir de las que responde este chat.</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Responder a partir de estas colecciones:</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>Este chat responde a partir de {collections}, citando los fragmentos que usa</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>Responder a partir de tus documentos: elige las colecciones en las que busca este chat</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} archivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} archivos</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} fragmento</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} fragmentos</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count} problema</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problemas</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>quedan unas {hours} h</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Buscando archivos…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>Generando embeddings: {done} de {total} fragmentos</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} de {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>Aún no hay carpetas ni archivos</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Aún sin indexar</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}: menú</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>Abre el menú de esta colección.</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>Añadir carpetas o archivos, actualizar, problemas, quitar</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>Archivos omitidos o indexados solo en parte: Mostrar problemas… en su menú explica por qué</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>Colección {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>Esperando para buscar cambios…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>Esperando para indexarse…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>Muestra u oculta tus colecciones de documentos.</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>Mostrar u ocultar tus colecciones de documentos</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>Crea una colección nueva con una carpeta o archivos para chatear con ellos.</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>Nueva colección… (una carpeta o archivos para chatear con ellos)</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>Añade una carpeta para chatear con tus documentos: Hearth responde a partir de ellos, citando sus fuentes.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>Crea tu primera colección, a partir de una carpeta con la que chatear.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>Tus colecciones de documentos: cada fila tiene su propio menú.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Detener indexación</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>Mostrar problemas…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>Chatea con modelos de otro equipo: vLLM, llama-server, Ollama, LM Studio u otro Hearth. Los mensajes a un motor remoto salen de este equipo. Las claves de API se guardan en el llavero del sistema (o se leen de una variable de entorno), nunca en los archivos de Hearth.</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>clave en el llavero</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>clave de {variable}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>sin modelos</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modelo</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modelos</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Motores remotos</translation>
    </message>
    <message>
        <source>The remote engines added, with their address, key and state</source>
        <translation>Los motores remotos añadidos, con su dirección, clave y estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>Motor seleccionado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>Volver a pedir sus modelos al motor seleccionado (o a todos los motores)</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>Olvidar el motor seleccionado y su clave de API</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Añadir un motor</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>opcional: se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>Leer la clave de una variable de entorno:</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Leer la clave de una variable de entorno</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>Tomar la clave de API de la variable de entorno indicada al lado</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>opcional: para un servidor con su propio certificado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>Buscar un paquete de CA</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>Elige el archivo de certificados con el que se comprueba el certificado del servidor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>Añadir el motor descrito arriba y comprobarlo</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>Mensaje de motores</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>El nombre con el que aparece el motor en el selector de modelos</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>La dirección compatible con OpenAI del motor, como http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>La clave de API del motor, si la necesita</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>La variable de entorno que contiene la clave de API</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Paquete de CA</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>Un archivo de certificado para un servidor con su propio certificado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>Paquete de CA: {path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>No se puede consultar a {name}: {error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>no hay ningún paquete de CA en {path}</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>indica la variable de entorno que contiene la clave (letras, dígitos y &apos;_&apos;, p. ej. GPU_BOX_KEY)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se añadió {name}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
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
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>No se exportó: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>Importar chat</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Chat de Hearth</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>No se importó: {name} no es un archivo de texto</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>No se importó: {error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Se importó {name}</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>Exportar valoraciones como datos SFT</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>Exportar valoraciones como datos de preferencias</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>{count} registros SFT escritos en {path}</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>{count} registros de preferencias escritos en {path}</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>Abre los ajustes de Hearth y de este chat.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>Muestra la página de modelos: descarga, busca y gestiona modelos.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>Elige un modelo para empezar a chatear.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>No hay suficiente memoria</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>¿Cargarlo de todos modos?</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelos GGUF</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>no se puede cargar {path}: {error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>Cargando el modelo… ya puedes empezar a escribir.</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>No se pudo cargar el modelo: elige otro.</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — se sigue usando {model}.</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>Abre otro archivo GGUF o descarga un modelo.</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>Fuente {number}: {where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>Esta respuesta cita [{number}], pero no se le dio ninguna fuente {number}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>Aún no hay nada que exportar: este chat está vacío.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>&amp;Importar chat…</translation>
    </message>
    <message>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exportar chat como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exportar chat como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;SFT data…</source>
        <translation>Exportar valoraciones como datos S&amp;FT…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>Exportar valoraciones como datos de &amp;preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <source>S&amp;top reply</source>
        <translation>&amp;Detener respuesta</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar última respuesta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar último mensaje</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>&amp;Ajustes del chat…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>&amp;Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>Hazlo &amp;tuyo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>¿Qué tuvo de bueno o de malo esta respuesta? (opcional)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>Un mensaje muy largo</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>Este mensaje tiene unos {estimate} tokens; el contexto del modelo admite {size}. Se omitirán los turnos más antiguos, o puede que ni siquiera quepa. ¿Enviarlo de todos modos?</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>No se abrió: {address} (solo se abren enlaces web y de correo)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>¿Abrir esta dirección en el navegador?

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>Interrumpida: Hearth se cerró antes de que terminara esta respuesta</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>Cortada al llegar al límite de longitud</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La respuesta falló</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s hasta el primer token</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>Muestra la versión anterior.</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>Muestra la versión siguiente.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>Respuesta del asistente</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>El texto del mensaje; se puede seleccionar y copiar.</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>Abre el texto completo de este mensaje largo en un visor.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>Copia el texto del mensaje al portapapeles.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>Pone el mensaje en el cuadro de redacción para cambiarlo.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Regenerar respuesta</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>Escribe una versión nueva de esta respuesta.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>Continuar respuesta</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>Deja que el modelo siga desde donde se detuvo.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>Buena respuesta</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>Valora la respuesta como buena, con una nota opcional.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>Mala respuesta</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>Valora la respuesta como mala, con una nota opcional.</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Estadísticas de la respuesta</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>La respuesta falló: {error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>Fuera del contexto del modelo (demasiado largo)</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>Mala respuesta — tu nota: {note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>Buena respuesta — tu nota: {note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>Mostrar todo ({count} caracteres más)</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>El mensaje completo</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>El texto completo del mensaje, de solo lectura.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>Elige el modelo para este chat o abre un archivo GGUF.</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>Elige el modelo para este chat</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Ningún modelo</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Abrir un archivo GGUF…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Puede ver imágenes</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>puede ver imágenes</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>Un adaptador que entrenaste sobre {model}</translation>
    </message>
    <message>
        <source>{engine} — remote · {host}</source>
        <translation>{engine} — remoto · {host}</translation>
    </message>
    <message>
        <source>{model}   [remote]</source>
        <translation>{model}   [remoto]</translation>
    </message>
    <message>
        <source>on {engine} ({url})</source>
        <translation>en {engine} ({url})</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>Sin conexión: no se puede acceder al Hugging Face Hub, así que ahora no se puede descargar nada. Abrir un archivo GGUF y usar los modelos que ya están en este equipo sigue funcionando.</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>No se descargó: {error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} ya no tiene {file}</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>Buscando {name} en el Hugging Face Hub…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>La solicitud al Hub falló: {error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>Copiando {name}… {percent}%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>Se vinculó {name}</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>Se olvidó {name}</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>Se eliminó {name}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} de {total} · {speed}/s, quedan {time}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} de {total} · {speed}/s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · verificada</translation>
    </message>
    <message>
        <source>{done} of {total} · {state}</source>
        <translation>{done} de {total} · {state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pausar descarga</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>Detiene la descarga por ahora; Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reanudar descarga</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>Continúa la descarga en pausa.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Reintentar descarga</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>Vuelve a intentar la descarga fallida.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>Detiene la descarga y elimina lo descargado.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>Descartar descarga</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>Quita esta descarga de la lista.</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Progreso de {name}</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>Estado de la descarga de {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>No se está descargando nada.</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>En cola…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Descargando {percent}%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>Descarga este archivo, o abre un chat con él cuando esté en la biblioteca.</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <source>{status} {name}</source>
        <translation>{status} {name}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Descargar {name}</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>Buscar modelos GGUF en el Hugging Face Hub, p. ej. qwen instruct</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Buscar en el Hub</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>Palabras con las que buscar modelos GGUF en el Hugging Face Hub; Intro inicia la búsqueda.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>Envía las palabras de búsqueda al Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>Al buscar, tus palabras se envían al Hugging Face Hub; nada más sale de este equipo.</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Estado del Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>Repositorios con archivos GGUF; elige uno para ver sus archivos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>¿Cabe?</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Archivos del repositorio</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>Los archivos de modelo del repositorio por cuantización, con Descargar o Usar.</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>Token para modelos de acceso restringido:</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>Un token de acceso para modelos de acceso restringido en el Hugging Face Hub.</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  (se guarda donde lo guarda huggingface_hub)</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Guardar token</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>Guarda el token donde lo guarda huggingface_hub.</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Olvidar token</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>Elimina el token de Hugging Face guardado.</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>No se guardó el token: {error}.</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>Token guardado; ahora se descargarán los repositorios restringidos a los que tienes acceso.</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>No se olvidó el token: {error}.</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>Token olvidado.</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>Token olvidado; HF_TOKEN sigue definido en el entorno.</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>Buscando “{words}”…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo} (restringido)</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>{count} repositorios con archivos GGUF, los más descargados primero.</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Ningún repositorio GGUF coincide.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>La búsqueda falló: {error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>Listando los archivos de {repo}…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}: {count} modelos GGUF (restringido: requiere un token)</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models</source>
        <translation>{repo}: {count} modelos GGUF</translation>
    </message>
    <message>
        <source>{name} ({parts} parts)</source>
        <translation>{name} ({parts} partes)</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>proyector de visión</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Cuant.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>Importar un archivo GGUF (copia)…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>Importar un archivo GGUF</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>Copia un archivo de modelo GGUF en la carpeta de modelos.</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>Usar un archivo GGUF en su ubicación…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>Usar un archivo GGUF en su ubicación</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>Añade a la lista un archivo de modelo GGUF en su ubicación, sin copiarlo.</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos en este equipo</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>Los modelos de la biblioteca, cada uno con los botones Usar y Eliminar.</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>Encontrados en otras apps (se usan en su ubicación, sin copiarlos)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>Modelos encontrados en otras apps</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>Modelos que descargaron otras apps; cada uno se puede usar en su ubicación.</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>No se encontraron modelos de la caché de Hugging Face, LM Studio, GPT4All ni Ollama.</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>Carpeta de modelos: {folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>No se pudo examinar: {error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name} (vinculado)</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>inutilizable: {error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>modelo de embeddings: se usa para los documentos</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>Usar en su ubicación</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>Usar {name} en su ubicación</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>Añade este modelo a la biblioteca sin copiarlo.</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>Inicia un chat con este modelo.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>Olvidar {name}</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>Deja de mostrar este modelo en la lista; su archivo se conserva.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>Elimina el archivo de este modelo de este equipo.</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>¿Dejar de mostrar {name} en la lista? El archivo se queda donde está:
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>¿Eliminar {name} ({size}) de este equipo?
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar modelo</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Elige un modelo GGUF</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← Volver al chat</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Volver al chat</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>Sale de la página Modelos y vuelve a mostrar el chat.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Aviso de Modelos</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>Modelos recomendados, una búsqueda en el Hugging Face Hub y los modelos de este equipo.</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>Modelos elegidos para este equipo.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>Las descargas en curso, en cola y terminadas.</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} parámetros</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>contexto de {context}</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>Descarga este modelo, o abre un chat con él cuando esté en este equipo.</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>Se usa para documentos</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>Se usa para documentos {name}</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>Descargando {percent}% {name}</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — fuente {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>El fragmento citado en su archivo</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>El texto del archivo, de solo lectura, con el fragmento citado resaltado.</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>Cierra el fragmento.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>Abre el archivo con la app del sistema para ese tipo de archivo.</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>Muestra la carpeta en la que está el archivo.</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Abrir {path}</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>Leyendo la página {page}…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>No se pudo volver a leer la página {page}: se muestra el fragmento tal como se indexó.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>El archivo cambió desde que se indexó: se muestra el fragmento tal como era.</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>El fragmento tal como se indexó; abre el archivo para verlo en su lugar.</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>El archivo ya no está o no se puede leer ({reason}): se muestra el fragmento tal como se indexó.</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>Los mensajes salen de este equipo</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>Este chat usa {model} en {engine}. Lo que envíes en él, y el chat anterior, saldrá de este equipo hacia {host}.

¿Enviarlo?</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>No se pudo guardar la clave de API del servidor: {error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>El servidor local no se inició: {error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>El servidor local escucha en {url}</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>Servidor :{port} · {count} en curso</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>Servir el modelo cargado a otras apps (una API compatible con OpenAI)</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>Servir el modelo cargado a otras apps mediante una API compatible con OpenAI</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>El puerto en el que escucha el servidor local</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>Cuántas solicitudes se atienden a la vez, incluido el chat de la ventana</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>El chat de la ventana es una de ellas; cada una tiene su propio contexto</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>Permitir otros equipos de mi red (deben enviar la clave de API)</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Permitir otros equipos</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>Dejar que se conecten otros equipos de la red; deben enviar la clave de API</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>Dejar que los clientes de la API carguen otros modelos de la biblioteca</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>Dejar que los clientes de la API carguen otros modelos</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>Los clientes de la API pueden cargar cualquier modelo de la biblioteca, no solo el cargado</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>Guardar las conversaciones de la API con mis chats</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>Guardar conversaciones de la API</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>Guardar entre tus chats las conversaciones que mantienen los clientes de la API</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>Crear una clave de API nueva; se rechaza a los clientes con la antigua</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Copiar la clave de API al portapapeles</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>Cómo llamar al servidor</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>Ejemplos de llamadas al servidor con curl y con Python</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copiar curl</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>Copiar el ejemplo de curl al portapapeles</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>Copiar Python</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>Copiar el ejemplo de Python al portapapeles</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>Llámalo desde tu editor, tus scripts u otras apps:</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>no hace falta si solo se usa en este equipo</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>no se pudo guardar la clave: {error}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
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
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>Detener y avisar</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>Descartar los turnos más antiguos (después del prompt del sistema)</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>Mantener una ventana deslizante (descarta la mitad de una vez, para que la caché siga siendo reutilizable)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>Elige qué ajustes mostrar: este chat, la app, el servidor o los motores</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Este chat</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Motores</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>Aplicar estos ajustes y cerrar el cuadro de diálogo</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>Cerrar el cuadro de diálogo sin aplicar los cambios</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>Rellenar los ajustes de este chat con un preajuste guardado</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como preajuste</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>Guardar los ajustes mostrados como un preajuste con el nombre que elijas</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Eliminar el preajuste elegido</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>Usar para chats nuevos</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>Los chats nuevos empiezan con el preajuste elegido</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>Instrucciones que el modelo lee antes de cada mensaje de este chat</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>predeterminado de la app</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>Cuánto varían las respuestas: cuanto más alta, más aleatorias</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>Solo se eligen las palabras más probables que juntas alcanzan esta probabilidad</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>Solo se elige entre este número de palabras más probables; 0 para no poner límite</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>Se descartan las palabras menos probables que esta fracción de la más probable</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>Cuánto evita el modelo repetirse</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>La longitud máxima de una respuesta, en tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>La misma semilla da la misma respuesta; aleatoria para una nueva cada vez</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>Cuántos tokens del chat tiene presentes el modelo</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Cuando el contexto está lleno</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>Qué se hace cuando el chat ya no cabe</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Intensidad del adaptador</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>Cuánto cambia el adaptador las respuestas del modelo: 0 nada, 1 como se entrenó, 2 el doble</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>Cuánto cambia el adaptador las respuestas del modelo</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>Adaptador: {name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(elige un preajuste)</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name} (chats nuevos)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>Hearth mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>Buscar la carpeta de modelos</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>Elige la carpeta donde Hearth guarda y busca modelos</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>auto: todas las capas cuando esta compilación puede usar una GPU; -1: todas; 0: solo CPU</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>uno por núcleo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>Claro, oscuro, alto contraste o como el sistema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>El tamaño del texto de la ventana, en puntos; sistema para usar el del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>El idioma de la ventana de Hearth; el terminal sigue en inglés</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>Longitud de contexto predeterminada</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>Cuántos tokens tiene presentes un chat si no fija su propia longitud</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>Cuántas capas del modelo se ejecutan en la GPU</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>Cuántos hilos usa el modelo en la CPU</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>La carpeta donde Hearth guarda y busca modelos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>Inicia un chat nuevo y vacío.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>Muestra los chats cuyo título o mensajes contienen estas palabras.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>Tus chats, los más recientes primero: elige uno para abrirlo.</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>Ningún chat coincide</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>no citada</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>Fuente {number}: {place}, no citada por la respuesta</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>Fuente {number}: {place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>Abre el fragmento en su archivo.</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>Haz clic para ver el fragmento en su archivo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>Muestra u oculta los fragmentos que recibió esta respuesta.</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>Fuentes ({count}, citadas: {cited})</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fuentes ({count})</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>La respuesta también cita {listed}, pero no se le dio ninguna fuente {number}.</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>La respuesta también cita {listed}, pero no se le dieron fuentes con esos números.</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Estado del modelo</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>Cuánto del modelo se ha cargado.</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>Velocidad de la última respuesta</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>Recupera el chat que se acaba de eliminar.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <source>remote · {host}</source>
        <translation>remoto · {host}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU ({backend}, {layers} layers)</source>
        <translation>GPU ({backend}, {layers} capas)</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>Los mensajes van a {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>Cargado en {seconds} s · {parameters}M parámetros · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Memoria de Hearth: {before} antes de cargar, {after} después</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>No se pudo cargar {model}</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contexto {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>Tokens de esta conversación en el contexto del modelo, respecto al tamaño del contexto</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>(estimado: el servidor no tiene endpoint de tokenización)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>Los mensajes de este chat, los más antiguos primero.</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>Envía un mensaje para empezar la conversación.</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>Muestra los mensajes que hay por encima del primero en pantalla.</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>Mostrar mensajes anteriores ({count} más)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>Formas de conseguir un primer modelo: descargar uno, usar el de otra aplicación o abrir un archivo.</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>Hearth ejecuta modelos de chat en este equipo, en formato GGUF. Nada de lo que escribes sale de él. Elige un modelo para descargarlo, usa uno que otra app ya haya descargado o abre un archivo que tengas.</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>Aviso de bienvenida</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>Abrir un archivo GGUF</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>Elige un archivo de modelo de este equipo para chatear con él.</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>Explorar todos los modelos…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Explorar modelos</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>Muestra la página de modelos, para buscar un modelo y descargarlo.</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modelos recomendados</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>Encontrados en este equipo, de otras apps</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Buscando modelos que descargaron otras apps…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>No se encontró ninguno (Hearth busca en la caché de Hugging Face, LM Studio, GPT4All y Ollama).</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>Usar {model} en su ubicación</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>Abre un chat con este modelo desde donde está, sin copiarlo.</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}, página {page}</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}, líneas {start}-{end}</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}, línea {line}</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… ({count} caracteres más)</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>Muestra u oculta lo que pensó el modelo antes de responder.</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>El pensamiento del modelo</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Pensó durante {seconds} s</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>Pensó un momento</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>Los argumentos de la llamada, tal como los escribió el modelo</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>Ejecuta esta llamada, solo esta vez.</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Siempre para esta herramienta</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>Ejecuta esta llamada, y las siguientes de esta herramienta sin preguntar.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>No la ejecuta; se le informa al modelo.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>Muestra u oculta lo que respondió la herramienta.</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>Lo que respondió la herramienta</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>Herramienta {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>Herramienta {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>¿Ejecutar esta herramienta? No se ejecuta nada hasta que lo digas.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>Denegada: se le dijo al modelo que no puede ejecutarla</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>No ejecutada: la respuesta terminó antes</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>Rondas de herramientas por respuesta</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>Tras este número de rondas de llamadas a herramientas, el modelo debe responder sin herramientas</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>Rondas de herramientas por respuesta:</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>Tiempo que puede tardar una llamada a una herramienta</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>Una llamada que tarda más se abandona, y se le informa al modelo</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>Una llamada a una herramienta puede tardar:</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>Herramientas siempre permitidas</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>Cada llamada a una herramienta se te vuelve a consultar antes de ejecutarse</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>Siempre permitidas:</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>ninguna: se pregunta por cada llamada</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>El modelo pide ejecutar {tool}: permítelo o deniégalo</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>Aún no hay servidores de herramientas: añade un servidor MCP en Ajustes ▸ Herramientas.</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>Elige los servidores de herramientas (MCP) que este chat puede usar, con tu aprobación.</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>Ofrecer al modelo herramientas de:</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Servidores de herramientas…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>Herramientas: {count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>Este chat puede pedir usar herramientas de {servers}</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>Deja que el modelo use herramientas: elige los servidores que ofrece este chat</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>Permite que un modelo de razonamiento piense antes de responder, o que responda enseguida.</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>Pensar está activado: el modelo piensa primero (plegado encima de su respuesta)</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>Pensar está desactivado: el modelo responde enseguida</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>Los servidores de herramientas (MCP) dan herramientas al modelo: leer archivos, buscar, ejecutar comandos. Un chat solo ofrece las herramientas de un servidor cuando lo eliges en el menú Herramientas del cuadro de redacción, y cada llamada espera tu aprobación. Un servidor es un programa de este equipo que se ejecuta con tus permisos: añade solo los que sean de tu confianza.</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>no se puede leer el comando: {error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>Iniciar un comando</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>Conectarse a un servidor que se ejecuta en este equipo</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE, una por línea (opcional)</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>Por qué no se puede añadir el servidor</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>Cómo se llama el servidor en el menú Herramientas</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>Hearth inicia el servidor y se comunica con él por su entrada y su salida</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>El servidor ya se está ejecutando, en una dirección de este equipo (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>El programa y sus argumentos, tal como los escribirías en una terminal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>Variables definidas para el comando, KEY=VALUE, una por línea</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>La dirección del servidor: http://127.0.0.1, ::1 o localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>Añadir el servidor de herramientas descrito arriba</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>escribe el comando que inicia el servidor</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>Los servidores de herramientas añadidos, con lo que ejecuta cada uno y su estado</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Comando o dirección</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>Servidor de herramientas seleccionado</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>Mensaje de herramientas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>Añadir un servidor de herramientas: un comando que iniciar o una dirección</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>Olvidar el servidor de herramientas seleccionado (y detenerlo)</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>Iniciar el servidor de herramientas seleccionado y listar sus herramientas</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>Abrir lo que el servidor de herramientas seleccionado escribió en su registro</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>Entorno: {names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 herramienta</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>{count} herramientas</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>Se añadió {name}. Compruébalo para ver sus herramientas.</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} aún no tiene registro: no se ha iniciado.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>Imagen, {width} × {height} píxeles</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>Abre la imagen a tamaño completo.</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>La copia guardada de esta imagen ya no está.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>Activado: la imagen entera cabe en la ventana. Desactivado: se muestra a su tamaño real, con barras de desplazamiento.</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>Cierra la imagen.</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>Falta la imagen: su copia guardada ya no está.</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>No se adjuntó la imagen: no se pudo cargar el modelo que puede verla.</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>Las imágenes necesitan un modelo que pueda verlas.</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} no puede ver imágenes.</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>No hay ningún modelo de visión instalado. Estos modelos traen un archivo de proyector (mmproj….gguf) en su carpeta: la página Modelos los encuentra y los descarga. ¿Abrir la página Modelos?</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>No se adjuntó: ningún modelo instalado puede ver imágenes.</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>¿Cambiar a {model}, que sí puede, y adjuntar la imagen cuando se haya cargado?</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>¿Cambiar a {model}, que sí puede, y adjuntar las imágenes cuando se haya cargado?</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>No se adjuntó: el modelo en uso no puede ver imágenes.</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>El modelo solo no terminó su respuesta: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>El adaptador no terminó su respuesta.</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>No se pudo preguntar al adaptador: inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>Envía el próximo mensaje al modelo solo y al adaptador, y muestra ambas respuestas</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>Responder con el modelo solo y con el adaptador, lado a lado</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>¿Qué respuesta es mejor?</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Cerrar la comparación</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>Oculta las dos respuestas; ambas quedan en el chat como versiones</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>Esta es mejor</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Estado de la comparación</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>Esperando a que termine el modelo solo…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>Respuesta de {name}</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>La respuesta que comparar, de solo lectura</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} es mejor</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>Valora esta respuesta como buena y la otra como mala: un par de preferencia para tu próximo entrenamiento</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>Guardado: {better} es mejor. El par está en tus valoraciones para el próximo entrenamiento.</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>{liked}, {pairs}</source>
        <translation>{liked}, {pairs}</translation>
    </message>
    <message>
        <source>Your adapters</source>
        <translation>Tus adaptadores</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>Aún no hay adaptadores: el primer entrenamiento que termines pondrá uno aquí.</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name} (no está en este equipo)</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>sobre {model}</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>aprendió de {data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>Empieza un chat nuevo con este adaptador</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>Informe de {name}</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>Muestra si ayudó</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>Elimina el archivo de este adaptador</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>Todavía no hay nada de lo que aprender. Da un pulgar arriba (Buena) a las respuestas que te gusten: cada una es un ejemplo de lo que quieres. Pulsa Regenerar para obtener otra versión de una respuesta y valora una versión como buena y otra como mala: eso crea un par de preferencia, la señal más fuerte. Vuelve aquí cuando hayas valorado algunas respuestas.</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>Lo que contienen tus valoraciones</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Resumen de las valoraciones</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>Valoraciones por modelo</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>Cómo valorar respuestas</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>No se pudieron leer tus valoraciones: {error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>{liked} y {pairs} de los que aprender.</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>1 de los {total} pares se aparta para medir el resultado.</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{count} de los {total} pares se apartan para medir el resultado.</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>Valoradas: {dates}.</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model}: {liked}, {pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>unos {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>unos {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>unas {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>1 respuesta buena</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>{count} respuestas buenas</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>1 par de preferencia</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>{count} pares de preferencia</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>Asistente · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>Asistente · Base</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>Sale de la página Hazlo tuyo y vuelve a mostrar el chat.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Hazlo tuyo</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>Entrena el modelo con tus propios pulgares arriba y abajo: un pequeño adaptador LoRA, creado en este equipo, que puedes aplicar a su modelo en cualquier chat. Tus chats nunca salen de este equipo.</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>Aviso de Hazlo tuyo</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>Tus valoraciones, un entrenamiento con su informe y tus adaptadores</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>Listo: el adaptador está en tu biblioteca.</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>Cancelado. Se puede reanudar desde su último punto de control: mira Entrenamientos sin terminar, arriba.</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>Cancelado antes del primer punto de control.</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>el proceso de entrenamiento falló</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>El entrenamiento falló: {message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>El entrenamiento no empezó: {message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Quitar adaptador</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>¿Quitar {name}? Se elimina su archivo; los chats que lo usaban siguen solo con su modelo.</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>No se quitó: {error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>Preparando el entrenamiento (leyendo el modelo base)…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>Cargando el modelo base para entrenar…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>Aprendiendo de tus respuestas buenas</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>Aprendiendo de tus pares de preferencia</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Escribiendo el adaptador…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>Midiendo el adaptador con los pares apartados…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>Los pasos de la etapa en curso</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>Detiene el entrenamiento en el siguiente paso; se puede reanudar desde su punto de control</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>Mostrar el registro</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>Muestra u oculta lo que escribió el proceso de entrenamiento</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Registro del entrenamiento</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>Lo que escribió el proceso de entrenamiento, lo más reciente al final</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>Entrenamiento: {name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>paso {step} de {steps}</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage}: paso {step} de {steps} · pérdida {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>Punto de control guardado en el paso {step}.</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>Deteniendo en el siguiente paso (se guarda un punto de control)…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>Ocultar el registro</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>No se apartó ningún par, así que no había con qué medirlo: valora dos versiones de algunas respuestas más como buena y mala, y el informe del próximo entrenamiento dirá cuánto cambió.</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>El margen indica cuánto más probable le parece al modelo la respuesta que te gustó que la que no (log p(buena) − log p(mala)); por encima de cero, prefiere la tuya.</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>(una respuesta vacía)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>¿Ha servido?</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Resumen del informe</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>Pregunta apartada</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>Márgenes antes y después</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>Para cada pregunta apartada, el margen antes y después del entrenamiento</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Respuestas lado a lado</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>Cómo se entrenó</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>Usarlo en un chat nuevo</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>Empieza un chat nuevo con este adaptador sobre su modelo base</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>¿Ha servido? {name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>En {count} preguntas apartadas, el margen pasó de {before} a {after} de media: mejor en {improved} de {count}.</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>Respuestas lado a lado (no se apartó ningún par: se entrenó con estas peticiones)</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Tú: {prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>Entrenado con {sft} pasos de SFT y {dpo} de preferencia en {time}.</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>El entrenamiento usó como máximo {memory} de memoria.</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>Entrenar un adaptador</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>El modelo sobre el que se entrena el adaptador y al que luego se aplica</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>Nombre del adaptador</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>Cómo se llama el adaptador en la lista de modelos</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>Lo que usa un entrenamiento</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Avanzado ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>Muestra u oculta el rango, los pasos y las tasas de aprendizaje</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango de LoRA</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>Cuánto puede aprender el adaptador: más alto es más grande</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>Pasos de SFT</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>Pasos de aprendizaje con las respuestas buenas; auto: dos pasadas</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>Pasos de preferencia</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>Pasos de aprendizaje con los pares; auto: dos pasadas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>Cuánto mueve al adaptador cada paso de SFT</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>Tasa de aprendizaje de preferencia</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>Cuánto mueve al adaptador cada paso de preferencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Empezar el entrenamiento</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>Entrena el adaptador con tus valoraciones, en segundo plano</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Avanzado ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>Un entrenamiento necesita respuestas buenas o pares de preferencia: valora primero algunas respuestas.</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>Un entrenamiento: {sft} pasos de SFT con {liked}, luego {dpo} pasos de preferencia con {pairs}; rango de LoRA {rank}.</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>En este equipo tardaría {time} y usaría {memory} de memoria.</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>Solo hay {free} de memoria libre: cierra antes otros programas o el entrenamiento puede fallar.</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>No hay ningún modelo en este equipo que entrenar: descarga uno en la página Modelos.</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — terminado; su adaptador aún no está en la biblioteca</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>preferencia</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>paso {step} de {steps} de {stage}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>detenido (Hearth o el equipo se cerró)</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — {how} en el {where}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Entrenamientos sin terminar</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Reanudar {name}</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>Sigue desde el último punto de control del entrenamiento</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>No se guardó ningún punto de control: límpialo y empieza de nuevo</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>Limpiar {name}</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>Elimina la carpeta del entrenamiento, su punto de control y su registro</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>Muestra la página donde el modelo aprende de tus valoraciones.</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>Las respuestas usan ahora {adapter}.</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>El adaptador de este chat ya no está en este equipo: sigue solo con su modelo.</translation>
    </message>
</context>
</TS>
