<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Chat privado con modelos de lenguaje, en este ordenador.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>Parla es software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modelos del catálogo</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Cada modelo tiene su propia licencia, que aceptas antes de su primera descarga.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Chats y modelos: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Ajustes: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Cambiar de modelo</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Cambiar a otro modelo instalado o gestionar los modelos</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Aún no hay modelos instalados</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Servidores…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Añadir un servidor…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Written by the model</source>
        <translation>Escrito por el modelo</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escribe a Parla… (Enter para enviar, Mayús+Enter para una nueva línea)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>&amp;Chat with this model</source>
        <translation>&amp;Chatear con este modelo</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Chatea con un modelo que se ejecuta en otra máquina: vLLM, el servidor de llama.cpp, Ollama, LM Studio u otro Parla. No se envía nada a ningún sitio a menos que añadas un servidor aquí.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Servidores guardados</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>p. ej., GPU de la oficina</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Pulsa Probar para ver los modelos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Comprobar la dirección, la clave y el modelo</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>guardada: %1 (escribe una clave nueva para sustituirla)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Escribe la dirección del servidor y pulsa Probar.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Conectado. Modelos en el servidor: %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Contexto: %1 tokens.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>El servidor no indicó su longitud de contexto; se suponen %1 tokens.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>No se pudo guardar el servidor: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>¿Quitar %1 (%2) y su clave de API guardada? Los chats que lo usaron se conservan.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>modelo de demostración pequeño para probar Parla</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Un modelo de demostración pequeño: sus respuestas suelen ser erróneas. Para respuestas de verdad, descarga StableLM 2 con Archivo → Modelos… (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>Editando tu mensaje. Al enviarlo, reemplaza al original y a todos los mensajes posteriores (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>Editando tu mensaje. Al enviarlo, reemplaza al original.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al último mensaje</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Buscar modelos GGUF en Hugging Face…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Encuentre cualquier modelo GGUF en Hugging Face por su nombre. Parla solo contacta con Hugging Face cuando usted busca o descarga.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
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
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorios</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>Archivos GGUF</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>Buscando «%1» en Hugging Face…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Repositorios encontrados: %1. Elija uno para ver sus archivos y lo que cada uno necesita en este equipo.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>Listando los archivos de %1 y leyendo lo que necesita cada uno…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>Dividido en %1 archivos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;vidores…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Nuevo &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Re&amp;nombrar chat…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Eliminar chat</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>&amp;Acerca de Parla</translation>
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
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Buscar chats</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar último mensaje</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Co&amp;piar última respuesta</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Idioma de la conversación</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progreso de carga del modelo</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Contexto %p%</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Recargando el modelo con la nueva configuración…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>La base de datos de chats estaba dañada. Se conservó como %1 y se creó una nueva.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>Parla se cerró mientras escribía una respuesta. Lo que ya había escrito se conserva y está marcado como interrumpido.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>Parla no abre este tipo de enlaces.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>¿Abrir esta dirección en el navegador web?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Listo. Contexto de %1 tokens, cargado en %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>Se mantuvo el modelo anterior.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>se omitieron los %1 mensajes más antiguos para caber en el contexto</translation>
    </message>
    <message>
        <source>%1 of %2 tokens of context used</source>
        <translation>%1 de %2 tokens de contexto usados</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Preparando %1…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>No se pudo cargar %1. Cargando %2 de nuevo…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Listo. Las respuestas vienen del servidor %1; contexto de %2 tokens.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Listo. Las respuestas vienen del servidor %1; no indicó su longitud de contexto.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Leyendo tu mensaje…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Leyendo tu mensaje… %1 %</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Escribiendo… %1 tokens/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>primer token tras %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 mensajes anteriores omitidos para caber en el contexto</translation>
    </message>
    <message>
        <source>Context ~%p%</source>
        <translation>Contexto ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>El servidor no indicó su longitud de contexto; se suponen %1 tokens.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>Los mensajes más antiguos quedan fuera de la próxima respuesta.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>La respuesta en otro chat ha terminado.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Para empezar, descarga StableLM 2 desde Archivo → Modelos… (Ctrl+M), abre un archivo de modelo con Archivo → Abrir modelo… (Ctrl+O) o arrastra un archivo .gguf a esta ventana.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Pregunta lo que quieras. El idioma de la conversación es %1; todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Show &amp;chats</source>
        <translation>Mostrar &amp;chats</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Mostrar u ocultar los chats (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Mostrar chats</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Detén primero la respuesta.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Mensaje eliminado.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Esta respuesta no tiene una pregunta justo antes, así que no se puede volver a pedir.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Pregunta repetida: se quitaron la respuesta anterior y los %1 mensajes posteriores.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Pregunta repetida: se quitó la respuesta anterior.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automático (la plantilla del propio archivo o su familia)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Como en General</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Vacío: el prompt del sistema del idioma</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Formato de chat</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longitud de contexto (tokens)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Prompt del sistema para este modelo</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Un formato o una longitud de contexto nuevos vuelven a cargar el modelo.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>completado de texto (sin chat)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>la plantilla de chat del propio archivo</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Estos ajustes son solo de %1 y se aplican cada vez que se carga. Cargado ahora: %2, con %3 tokens de contexto.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memoria necesaria</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Cabe</translation>
    </message>
    <message>
        <source>⚠ Tight</source>
        <translation>⚠ Justo</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ No cabe</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Measured %1 by a short test on this computer (%2 threads, %3).</source>
        <translation>Medido el %1 con una prueba breve en este equipo (%2 hilos, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Medido el %1 durante una respuesta del chat (%2 hilos, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Lectura de un mensaje: %1 tokens/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Descargando %1% · %2 de %3</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>Verificando %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Recommended and installed</source>
        <translation>Recomendados e instalados</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Buscar en Hugging Face</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Cuantizaciones</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token de Hugging Face…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Detiene la descarga; continuará donde se quedó cuando vuelvas a pulsar Descargar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Este equipo: %1 de RAM (%2 libres)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 se distribuye bajo la %2.&lt;br&gt;&lt;br&gt;¿Aceptas esta licencia?</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>memoria estimada para un contexto de %1 tokens</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Descargado (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este equipo</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Aún sin medir. Pulsa Medir este equipo para saber a qué velocidad funciona aquí.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Detener la medición</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Detiene la medición; se conservan las velocidades medidas hasta ahora.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Medir este equipo</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Mide a qué velocidad funcionan las cuantizaciones de este equipo: cada una se carga por turnos y escribe un texto breve. Una respuesta pedida mientras tanto espera a que termine el archivo que se está midiendo, y cerrar esta ventana detiene la medición.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Es probable que este archivo necesite más memoria de la que tiene este equipo. ¿Descargarlo de todos modos?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>¿Eliminar %1 de este equipo?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Copy the file into Parla&apos;s library, or use it where it is?</source>
        <translation>¿Copiar el archivo a la biblioteca de Parla o usarlo donde está?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Usar donde está</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Usado donde está</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>Copiado en Parla</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>De Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Arquitectura: %1 · Cuantización: %2 · Tamaño: %3 · Contexto: %4 tokens</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Usado donde está: %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>En la biblioteca de Parla: %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Descargado de Hugging Face: %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>El archivo ya no está. Quítelo de la lista, o vuelva a ponerlo en su sitio y abra de nuevo este diálogo.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>¿Quitar %1 de la lista de Parla? El archivo seguirá donde está.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>Archivos que importó con «Importar GGUF…» o que soltó en este diálogo, y modelos descargados desde una búsqueda en Hugging Face. Quitar uno que se usa donde está nunca borra su archivo.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Aún no hay archivos importados. Pulse «Importar GGUF…» o suelte aquí un archivo .gguf.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Waiting to measure</source>
        <translation>Esperando medición</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token de Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Solo es necesario para modelos con acceso restringido. Token actual: %1
Pega un token nuevo (déjalo vacío para eliminarlo):</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>¿Abrir %1 en el navegador?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 está listo (SHA256 verificado).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>En pausa — La descarga continuará donde se quedó</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>En pausa. Se conserva la parte ya descargada.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>Midiendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>No se pudo medir %1: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Medición detenida. Se conservan las velocidades medidas hasta ahora.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Medición terminada.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>Las respuestas vienen del servidor %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · en %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Copiar una petición de ejemplo</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>El servidor de API local no pudo iniciarse: el puerto %1 está en uso o no está permitido (%2). Elige otro puerto en Ajustes.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · respondiendo %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>El servidor de API local: otros programas de este ordenador pueden usar el modelo cargado en %1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>Otros programas de este ordenador (extensiones del editor, scripts, el cliente openai) pueden usar el modelo cargado mediante una API compatible con OpenAI. Sus peticiones esperan su turno junto a tus chats. Otros ordenadores no pueden acceder.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Ejecutar el servidor de API local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Pruébalo en una terminal:</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Petición de ejemplo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>ninguna (cualquier programa de este ordenador puede llamarlo)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>Los programas deberán enviarla como &quot;Authorization: Bearer KEY&quot;.
Escribe una clave nueva (vacía para quitarla):</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>No se pudo guardar la clave: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Prompts del sistema</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatoria</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automático (uno por núcleo)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Servidor de API local</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: every layer on the GPU when there is one</source>
        <translation>Automático: todas las capas en la GPU, si hay una</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Número fijo de capas</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>La mitad de memoria (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>La mitad de memoria para la conversación que el modelo retiene, lo que puede decidir si un modelo cabe; en una CPU lee y escribe más despacio (ver Rendimiento en el README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>Los chats a los que vuelves, también tras reiniciar, responden sin volver a leer su historial. Un chat de 2.000 tokens ocupa unos 300 MB con StableLM 2 1.6B; primero se borran los usados hace más tiempo.</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Igual que el sistema operativo</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (se aplica al volver a cargar el modelo)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Idioma de la interfaz (se aplica al reiniciar Parla)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longitud de contexto (tokens)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = desactivado)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Longitud máxima de respuesta (tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>Context memory</source>
        <translation>Memoria del contexto</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Espacio en disco para retomar chats</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>Los valores predeterminados siguen la ficha del modelo StableLM 2: temperatura 0,7, top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Idioma del prompt del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restablecer predeterminado</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>El prompt del sistema indica al modelo cómo comportarse; cada conversación usa el de su idioma.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Iniciar un chat nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nuevo texto</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Empezar un texto que el modelo continúa, para modelos base (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Buscar en todos los chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Ningún chat contiene ese texto.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Cambiar nombre del chat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
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
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Te damos la bienvenida a Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Chatea con un modelo de IA que se ejecuta por completo en este equipo. Nada de lo que escribes sale de él. Primero, consigue un modelo:</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 GB — recomendado para este equipo</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Este equipo no tiene suficiente memoria libre para StableLM 2; cierra otros programas o abre un modelo GGUF más pequeño.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>Abrir un archivo de modelo GGUF…</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Let the model write on (Ctrl+Shift+Return)</source>
        <translation>Dejar que el modelo siga escribiendo (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Deshacer la última continuación</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Elegir el formato de chat</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 solo puede continuar un texto, así que no puede responder en este chat. El chat se conserva: empiece un Nuevo texto o elija el formato de chat del modelo.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>Se quitó la última continuación.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Añadir palabras al texto… (Intro las añade y deja que el modelo continúe)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Escriba abajo el comienzo de un texto: el modelo lo continúa, palabra por palabra.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>La tarea en segundo plano falló de forma inesperada. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>El mensaje es demasiado largo: necesita {used} tokens más {reserve} para la respuesta, pero el contexto admite {context}. Acórtalo o aumenta la longitud de contexto en Configuración.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} usa la arquitectura «{architecture}», que esta versión de llama.cpp no puede ejecutar.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>No hay memoria suficiente para cargar {name}. Cierra otros programas o elige una cuantización más pequeña o una longitud de contexto más corta.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} está dañado o incompleto. Si lo descargaste, vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>llama.cpp no pudo cargar {name}: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Este modelo no puede guardar su contexto en la mitad de memoria (q8_0), así que Parla lo guarda con precisión completa (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>No se pudo cargar el modelo en la GPU ({reason}) Parla lo ejecuta en la CPU, que es más lenta.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} está abierto solo para completar texto. Para chatear con él, elige su formato de chat en los ajustes del modelo.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>El texto es demasiado largo para continuarlo: necesita {used} tokens más {reserve} para la continuación, pero el contexto admite {context}. Acórtalo o aumenta la longitud de contexto en Ajustes.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>llama.cpp falló al generar la respuesta ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>No hay ningún modelo cargado. Abre primero un modelo.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} terminó sus respuestas tras {count} tokens, demasiado pocos para medir su velocidad.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>No se pudo cargar el modelo por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La respuesta falló por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>No se pudo cerrar el modelo por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} está en la versión {version} de GGUF, que Parla no puede leer.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>El archivo de modelo {path} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} no es un archivo de modelo GGUF: su contenido no está en formato GGUF, se llame como se llame. Puede estar dañado o incompleto, o ser otro tipo de archivo.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} está dañado o incompleto (no se puede leer su cabecera). Si lo descargaste, vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} está incompleto: tiene {size} bytes, pero su cabecera describe {expected} bytes. Si lo descargaste, vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} no indica qué arquitectura de modelo tiene.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>No se encontró el repositorio {repo} en Hugging Face. Si es privado, añade un token de acceso de Hugging Face en Configuración.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>Hugging Face denegó el acceso a {file}. Este modelo necesita un token de acceso de Hugging Face (añádelo en Configuración) y que aceptes su licencia en su página, huggingface.co/{repo}.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>No se encontró el archivo {file} en Hugging Face: puede que el catálogo de modelos esté desactualizado. Una versión más reciente de Parla podría tenerlo.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>Hugging Face está recibiendo demasiadas solicitudes desde este equipo. Lo que ya se descargó de {file} se conserva: espera unos minutos y vuelve a descargarlo para continuar.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face no responde correctamente en este momento (error {status}). Lo que ya se descargó de {file} se conserva: inténtalo más tarde y la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face no pudo entregar {file} (error {status}). Lo que ya se descargó se conserva: inténtalo más tarde. Si sigue ocurriendo, quizá necesites una versión más reciente de Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>Parla no pudo conectar con Hugging Face para descargar {file}. Comprueba la conexión a internet y vuelve a descargarlo: lo que ya se descargó se conserva.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face no respondió a tiempo durante la descarga de {file}. Lo que ya se descargó se conserva: inténtalo más tarde y la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>La conexión se cortó una y otra vez durante la descarga de {file}. Lo que ya se descargó se conserva: inténtalo más tarde y la descarga continuará donde se quedó.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>El disco está lleno. Lo que ya se descargó de {file} se conserva: libera algo de espacio y vuelve a descargarlo para continuar.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>Parla no pudo guardar {file} en {folder}. Comprueba que se puede escribir en la carpeta; los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>No hay suficiente espacio libre en disco para {file}: necesita {needed} GB y hay {free} GB libres.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>El archivo {file} llegó dañado (su SHA256 no coincide) y se eliminó. Vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>Hugging Face envió información incompleta sobre {file}. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>Hugging Face no indica ningún SHA256 para {file}, así que Parla no puede comprobarlo y no lo descargó.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>La descarga de {file} falló por un problema inesperado; los detalles están en el registro de Parla. Lo que ya se descargó se conserva.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>Esperando a otra ventana de Parla que está descargando este archivo</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Comprobando el archivo en Hugging Face</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Problema de conexión; se reintentará en {seconds} s (intento {attempt} de {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>No hay ningún modelo instalado llamado «{key}».</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>La biblioteca ya tiene un archivo llamado {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La medición falló por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La descarga falló por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La importación falló por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>Parla no pudo leer ni copiar {file}. Comprueba que el archivo se puede leer y que hay espacio en el disco para él.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Tus chats en {path} se guardaron con una versión más reciente de Parla (versión de la base de datos {version}; esta conoce hasta la {known}). Actualiza Parla para abrirlos; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Se muestra como texto sin formato: demasiado largo o complejo para darle formato.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagen: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>No hay ningún modelo abierto.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Completar texto (sin chat)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} es un modelo base: continúa un texto en lugar de responder preguntas, así que está abierto para completar texto.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} no tiene plantilla de chat y puede ser un modelo base, que continúa un texto en lugar de responder. Está abierto para completar texto; si es un modelo de chat, elige su formato de chat (parece {format}) en los ajustes del modelo.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} no tiene plantilla de chat y puede ser un modelo base, que continúa un texto en lugar de responder. Está abierto para completar texto; si es un modelo de chat, elige su formato de chat en los ajustes del modelo.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Escribe la dirección del servidor, por ejemplo http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>«{address}» no es una dirección web. Escríbela como http://host:puerto/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>«{address}» tiene un puerto que no es un número.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Deja fuera de la dirección el nombre de usuario, la contraseña, «?» y «#»; la clave de API tiene su propio campo.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Ya existe una conexión llamada «{name}».</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Nada responde en {url}. ¿Está en marcha el servidor y es correcta la dirección? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>El servidor {host} dejó de responder (nada durante {seconds} segundos).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>El servidor {host} rechazó la clave de API (HTTP {status}). Revisa la clave en los ajustes de la conexión. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>El servidor {host} no tiene ningún modelo llamado «{model}». Tiene: {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>El servidor {host} no muestra ningún modelo. Carga uno en el servidor o escribe el nombre del modelo a mano.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} no responde como un servidor compatible con OpenAI (HTTP {status}). Revisa la dirección: suele terminar en /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>La conversación es demasiado larga para el modelo de {host}: {detail} Empieza un chat nuevo o borra algunos mensajes.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>El servidor {host} respondió con un error (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>El servidor {host} detuvo la respuesta con un error: {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>La conexión con {host} se cerró antes de terminar la respuesta; se conserva lo que llegó.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>El servidor {host} cerró la conexión sin responder. Su registro dice por qué; una causa habitual es una conversación más larga que el contexto del servidor.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>El servidor {host} envió algo que no es una respuesta compatible con OpenAI ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>La prueba falló de forma inesperada. Los detalles están en el registro de Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla no pudo conectar con Hugging Face para buscar modelos. Comprueba la conexión a internet; los modelos ya instalados siguen funcionando.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>Hugging Face no respondió a la búsqueda a tiempo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>Hugging Face no responde bien en este momento (error {status}). Vuelve a buscar más tarde.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face rechazó la búsqueda (error {status}). Si sigue ocurriendo, puede que haga falta un Parla más reciente.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>Hugging Face rechazó el token de acceso guardado en Parla. Revísalo o quítalo en Ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>Hugging Face está recibiendo demasiadas solicitudes desde este ordenador. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla no pudo conectar con Hugging Face para ver los archivos de {repo}. Comprueba la conexión a internet; los modelos ya instalados siguen funcionando.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>Hugging Face no respondió a tiempo al listar los archivos de {repo}. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>Hugging Face no responde bien en este momento (error {status}), así que no se pueden ver los archivos de {repo}. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>Hugging Face no pudo listar los archivos de {repo} (error {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} no tiene archivos GGUF, así que Parla no puede ejecutar sus modelos. Busca el nombre del modelo para encontrar un repositorio con una versión GGUF.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} tiene acceso restringido: para descargar de él, acepta su licencia en huggingface.co/{repo} con la sesión iniciada y añade un token de acceso de Hugging Face en Ajustes.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} es privado: Parla solo puede descargar de él con un token de acceso de Hugging Face que pueda leerlo (añádelo en Ajustes).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} está dividido en {parts} archivos, y Parla aún no puede descargar modelos divididos. Elige una cuantización que sea un solo archivo.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} no tiene ningún archivo GGUF llamado {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>Parla no pudo leer la cabecera de {file} en Hugging Face, así que no se sabe cuánta memoria necesita. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>La cabecera de {file} no da los números que necesita la estimación de memoria, así que no se sabe cuánta memoria necesita.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Ningún modelo GGUF de Hugging Face coincide con «{query}».</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La búsqueda falló por un error inesperado. Los detalles están en el registro de Parla.</translation>
    </message>
</context>
</TS>
