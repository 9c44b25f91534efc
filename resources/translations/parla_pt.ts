<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Chat privado com modelos de linguagem, neste computador.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>O Parla é software livre sob a licença MIT.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modelos do catálogo</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Cada modelo tem a sua própria licença, que aceita antes do primeiro download.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Os seus dados</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Chats e modelos: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Definições: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Registos: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Trocar de modelo</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Mudar para outro modelo instalado ou gerir os modelos</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Ainda não há modelos instalados</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gerir modelos…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Servidores…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Adicionar um servidor…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
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
        <translation>Escrito pelo modelo</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Parla… (Enter para enviar, Shift+Enter para uma nova linha)</translation>
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
        <translation>&amp;Conversar com este modelo</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Converse com um modelo que roda em outra máquina: vLLM, o servidor do llama.cpp, Ollama, LM Studio ou outro Parla. Nada é enviado a lugar nenhum a menos que você adicione um servidor aqui.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Servidores salvos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>ex.: GPU do escritório</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Clique em Testar para listar os modelos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave da API:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Verificar o endereço, a chave e o modelo</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>salva: %1 (digite uma nova chave para substituí-la)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Preencha o endereço do servidor e clique em Testar.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Conectado. Modelos no servidor: %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Contexto: %1 tokens.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>O servidor não informou o tamanho do contexto; supõe-se %1 tokens.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>Não foi possível salvar o servidor: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Remover servidor</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>Remover %1 (%2) e a chave da API salva? As conversas que o usaram são mantidas.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>pequeno modelo de demonstração para experimentar o Parla</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Um pequeno modelo de demonstração: suas respostas muitas vezes estão erradas. Para respostas de verdade, baixe o StableLM 2 em Arquivo → Modelos… (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>A editar a sua mensagem. Ao enviá-la, substitui a original e todas as mensagens seguintes (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>A editar a sua mensagem. Ao enviá-la, substitui a original.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Pesquisar modelos GGUF no Hugging Face…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Encontre qualquer modelo GGUF no Hugging Face pelo nome. O Parla só contacta o Hugging Face quando pesquisa ou transfere.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Gostos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositórios</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>Ficheiros GGUF</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>A pesquisar «%1» no Hugging Face…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Repositórios encontrados: %1. Escolha um para ver os seus ficheiros e o que cada um precisa neste computador.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Acesso restrito</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>A listar os ficheiros de %1 e a ler o que cada um precisa…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>Dividido em %1 ficheiros</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Novo &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Mudar o &amp;nome do chat…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Eliminar chat</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>&amp;Sobre o Parla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Pesquisar conversas</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Gerar resposta novamente</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar última mensagem</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar última resposta</translation>
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
        <translation>Idioma da conversa</translation>
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
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progresso do carregamento do modelo</translation>
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
        <translation>Abrir um modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Recarregando o modelo com as novas preferências…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Carregando %1…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>A base de dados das conversas estava danificada. Foi guardada como %1 e foi criada uma nova.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>O Parla foi fechado enquanto escrevia uma resposta. O que já tinha sido escrito foi mantido e marcado como interrompido.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Conversa “%1” apagada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar conversa</translation>
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
        <translation>Não foi possível guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>O Parla não abre este tipo de link.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Abrir este endereço no navegador?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Pronto. Contexto de %1 tokens, carregado em %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Nenhum modelo carregado.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>O modelo anterior foi mantido.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>as %1 mensagens mais antigas foram omitidas para caber no contexto</translation>
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
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Preparando %1…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>Não foi possível carregar %1. Carregando %2 novamente…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Pronto. As respostas vêm do servidor %1; contexto de %2 tokens.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Pronto. As respostas vêm do servidor %1; ele não informou o tamanho do contexto.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Lendo sua mensagem…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Lendo sua mensagem… %1%</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Escrevendo a resposta… %1 tokens/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo a resposta…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>primeiro token após %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 mensagens mais antigas omitidas para caber no contexto</translation>
    </message>
    <message>
        <source>Context ~%p%</source>
        <translation>Contexto ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>O servidor não informou o tamanho do contexto; supõe-se %1 tokens.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>As mensagens mais antigas ficam de fora da próxima resposta.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>A resposta falhou.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>A resposta noutro chat terminou.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Para começar, faça o download do StableLM 2 em Arquivo → Modelos… (Ctrl+M), abra um arquivo de modelo em Arquivo → Abrir modelo… (Ctrl+O) ou arraste um arquivo .gguf para esta janela.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Pergunte o que quiser. O idioma da conversa é %1; tudo fica neste computador.</translation>
    </message>
    <message>
        <source>Show &amp;chats</source>
        <translation>Mostrar &amp;conversas</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Mostrar ou ocultar as conversas (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Mostrar conversas</translation>
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
        <translation>Pare primeiro a resposta.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Mensagem eliminada.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Esta resposta não tem uma pergunta imediatamente antes, por isso não pode ser pedida de novo.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Pergunta repetida: foram retiradas a resposta anterior e as %1 mensagens seguintes.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Pergunta repetida: a resposta anterior foi retirada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automático (o modelo de conversa do próprio arquivo ou a sua família)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Como em Geral</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Vazio: o prompt do sistema do idioma</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Formato de conversa</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Comprimento do contexto (tokens)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Prompt do sistema para este modelo</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Um novo formato ou um novo comprimento de contexto recarrega o modelo.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>completamento de texto (sem conversa)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>o modelo de conversa do próprio arquivo</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Estas definições pertencem apenas a %1 e aplicam-se sempre que é carregado. Carregado agora: %2, com %3 tokens de contexto.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Quantização</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamanho do ficheiro</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memória necessária</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
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
        <translation>⚠ À justa</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ Não cabe</translation>
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
        <translation>Medida em %1 por um teste curto neste computador (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Medida em %1 durante uma resposta em uma conversa (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Leitura de uma mensagem: %1 tokens/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>A transferir %1% · %2 de %3</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>faltam %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>faltam %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>A verificar %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Em espera…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>A transferir…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>A tentar de novo…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>A confirmar…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <translation>Pesquisar no Hugging Face</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantizações</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token do Hugging Face…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Interrompe o download; ele continua de onde parou quando você clicar novamente em Download</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Este computador: %1 de RAM (%2 livres)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 está licenciado sob a %2.&lt;br&gt;&lt;br&gt;Aceita esta licença?</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>memória estimada para um contexto de %1 tokens</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Download concluído (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este computador</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Ainda não medida. Clique em Medir este computador para saber a velocidade dela aqui.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Parar a medição</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Para a medição; as velocidades já medidas são mantidas.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Medir este computador</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Mede a velocidade das quantizações deste computador: cada uma é carregada por vez e escreve um texto curto. Uma resposta pedida entretanto espera até o ficheiro em medição terminar, e fechar esta janela interrompe a medição.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Este arquivo provavelmente precisa de mais memória do que este computador tem. Fazer o download mesmo assim?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Apagar %1 deste computador?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar um modelo GGUF</translation>
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
        <translation>Copiar o arquivo para a biblioteca do Parla ou usá-lo onde está?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Usar onde está</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Ficheiros importados</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Usado onde está</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>Copiado para o Parla</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>Do Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Arquitetura: %1 · Quantização: %2 · Tamanho: %3 · Contexto: %4 tokens</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Usado onde está: %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>Na biblioteca do Parla: %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Transferido do Hugging Face: %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>O ficheiro já não está lá. Remova-o da lista, ou volte a colocá-lo no lugar e abra de novo esta janela.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>Remover %1 da lista do Parla? O ficheiro continua onde está.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Ficheiro não encontrado</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>Ficheiros que importou com «Importar GGUF…» ou largou nesta janela, e modelos transferidos a partir de uma pesquisa no Hugging Face. Remover um que é usado onde está nunca apaga o seu ficheiro.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Ainda não há ficheiros importados. Carregue em «Importar GGUF…» ou largue aqui um ficheiro .gguf.</translation>
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
        <translation>Aguardando medição</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Só é necessário para modelos com acesso restrito. Token atual: %1
Cole um novo token (deixe vazio para removê-lo):</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>Abrir %1 no navegador?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 está pronto (SHA256 verificado).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>Em pausa — O download continua de onde parou</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>Em pausa. A parte já recebida é mantida.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>Medindo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>Não foi possível medir %1: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Medição interrompida. As velocidades já medidas são mantidas.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Medição concluída.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>As respostas vêm do servidor %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · em %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Copiar um pedido de exemplo</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>O servidor de API local não pôde iniciar: a porta %1 está em uso ou não é permitida (%2). Escolha outra porta nas Definições.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · a responder a %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>O servidor de API local: outros programas neste computador podem usar o modelo carregado em %1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>Outros programas neste computador (extensões do editor, scripts, o cliente openai) podem usar o modelo carregado através de uma API compatível com a OpenAI. Os pedidos deles esperam a sua vez com as suas conversas. Outros computadores não a conseguem alcançar.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Executar o servidor de API local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Experimente num terminal:</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Pedido de exemplo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>nenhuma (qualquer programa neste computador o pode chamar)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>Os programas terão de a enviar como &quot;Authorization: Bearer KEY&quot;.
Escreva uma nova chave (vazia para a remover):</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Não foi possível guardar a chave: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Prompts do sistema</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores padrão</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatória</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automático (um por núcleo)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
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
        <translation>Automático: todas as camadas na GPU, se houver uma</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Apenas CPU</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Número definido de camadas</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>Metade da memória (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>Metade da memória para a conversa que o modelo guarda, o que pode decidir se um modelo cabe; num CPU lê e escreve mais devagar (ver Desempenho no README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>As conversas a que voltas, também depois de reiniciar, respondem sem voltar a ler o histórico. Uma conversa de 2.000 tokens ocupa cerca de 300 MB com o StableLM 2 1.6B; as usadas há mais tempo são apagadas primeiro.</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (entra em vigor quando o modelo for carregado novamente)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Idioma da interface (entra em vigor quando o Parla for reiniciado)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Comprimento do contexto (tokens)</translation>
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
        <translation>Top-k (0 = desativado)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalidade de repetição</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Comprimento máximo da resposta (tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <source>Context memory</source>
        <translation>Memória do contexto</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Espaço em disco para retomar conversas</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>Os valores padrão seguem a ficha do modelo StableLM 2: temperatura 0,7, top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Idioma do prompt do sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar padrão</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>O prompt do sistema diz ao modelo como se comportar; cada conversa usa o do seu idioma.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Iniciar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Novo texto</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Começar um texto que o modelo continua, para modelos base (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Pesquisar em todas as conversas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Nenhuma conversa contém esse texto.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
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
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Boas-vindas ao Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Converse com um modelo de IA que funciona inteiramente neste computador. Nada do que você escreve sai dele. Primeiro, obtenha um modelo:</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Fazer download de %1</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 GB — recomendado para este computador</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Este computador tem pouca memória livre para o StableLM 2; feche outros programas ou abra um modelo GGUF menor.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>Abrir um arquivo de modelo GGUF…</translation>
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
        <translation>Deixar o modelo continuar a escrever (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Desfazer a última continuação</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Escolher o formato de conversa</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 só consegue continuar um texto, por isso não pode responder nesta conversa. A conversa é mantida: comece um Novo texto ou escolha o formato de conversa do modelo.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>A última continuação foi retirada.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Acrescentar palavras ao texto… (Enter acrescenta-as e deixa o modelo continuar)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Escreva abaixo o início de um texto: o modelo continua-o, palavra a palavra.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>A tarefa em segundo plano falhou inesperadamente. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>A mensagem é longa demais: precisa de {used} tokens mais {reserve} para a resposta, mas o contexto comporta {context}. Encurte-a ou aumente o comprimento do contexto em Preferências.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} usa a arquitetura “{architecture}”, que esta versão do llama.cpp não consegue executar.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>Não há memória suficiente para carregar {name}. Feche outros programas, escolha uma quantização menor ou um comprimento de contexto mais curto.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} está danificado ou incompleto. Se foi baixado, faça o download novamente.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>O llama.cpp não conseguiu carregar {name}: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Este modelo não consegue guardar o contexto em metade da memória (q8_0), por isso o Parla guarda-o com precisão total (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>Não foi possível carregar o modelo na GPU ({reason}) O Parla o executa na CPU, o que é mais lento.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} está aberto apenas para completar texto. Para conversar com ele, escolha o formato de chat nas configurações do modelo.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>O texto é longo demais para continuar: precisa de {used} tokens mais {reserve} para a continuação, mas o contexto comporta {context}. Encurte-o ou aumente o tamanho do contexto nas Configurações.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>O llama.cpp falhou ao gerar a resposta ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>Nenhum modelo está carregado. Abra um modelo primeiro.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} encerrou as respostas após {count} tokens, poucos demais para medir a velocidade.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Não foi possível carregar o modelo por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>A resposta falhou por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Não foi possível fechar o modelo por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} está na versão {version} do GGUF, que o Parla não consegue ler.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>O arquivo de modelo {path} não existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} é uma pasta, não um arquivo de modelo.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} não é um ficheiro de modelo GGUF: o seu conteúdo não está no formato GGUF, seja qual for o nome. Pode estar danificado ou incompleto, ou ser outro tipo de ficheiro.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} está danificado ou incompleto (não é possível ler o cabeçalho). Se foi baixado, faça o download novamente.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} está incompleto: tem {size} bytes, mas o cabeçalho descreve {expected} bytes. Se foi baixado, faça o download novamente.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} não informa qual é a sua arquitetura de modelo.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>O repositório {repo} não foi encontrado no Hugging Face. Se for privado, adicione um token de acesso do Hugging Face em Preferências.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>O Hugging Face recusou o acesso a {file}. Este modelo precisa de um token de acesso do Hugging Face (adicione-o em Preferências) e que a licença seja aceita na página dele, huggingface.co/{repo}.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>O arquivo {file} não foi encontrado no Hugging Face: o catálogo de modelos pode estar desatualizado. Uma versão mais nova do Parla pode tê-lo.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>O Hugging Face está recebendo solicitações demais deste computador. O que já foi baixado de {file} é mantido: aguarde alguns minutos e faça o download novamente para continuar.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>O Hugging Face não está respondendo corretamente agora (erro {status}). O que já foi baixado de {file} é mantido: tente novamente mais tarde e o download continua de onde parou.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>O Hugging Face não conseguiu entregar {file} (erro {status}). O que já foi baixado é mantido: tente novamente mais tarde. Se isso continuar acontecendo, talvez seja preciso uma versão mais nova do Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>O Parla não conseguiu acessar o Hugging Face para baixar {file}. Verifique a conexão com a internet e faça o download novamente: o que já foi baixado é mantido.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>O Hugging Face não respondeu a tempo durante o download de {file}. O que já foi baixado é mantido: tente novamente mais tarde e o download continua de onde parou.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>A conexão caiu várias vezes durante o download de {file}. O que já foi baixado é mantido: tente novamente mais tarde e o download continua de onde parou.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>O disco está cheio. O que já foi baixado de {file} é mantido: libere algum espaço e faça o download novamente para continuar.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>O Parla não conseguiu salvar {file} em {folder}. Verifique se é possível gravar na pasta; os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>Não há espaço livre suficiente em disco para {file}: são necessários {needed} GB e há {free} GB livres.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>O arquivo {file} chegou corrompido (o SHA256 não confere) e foi excluído. Faça o download novamente.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>O Hugging Face enviou informações incompletas sobre {file}. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>O Hugging Face não informa nenhum SHA256 para {file}, por isso o Parla não pode verificá-lo e não fez o download.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>O download de {file} falhou por causa de um problema inesperado; os detalhes estão no registro do Parla. O que já foi baixado é mantido.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>Aguardando outra janela do Parla que está baixando este arquivo</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Verificando o arquivo no Hugging Face</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Problema de conexão; nova tentativa em {seconds} s (tentativa {attempt} de {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>Nenhum modelo instalado se chama “{key}”.</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>A biblioteca já tem um arquivo chamado {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>A medição falhou por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>O download falhou por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>A importação falhou por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>O Parla não conseguiu ler ou copiar {file}. Verifique se o arquivo pode ser lido e se há espaço no disco para ele.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Suas conversas em {path} foram salvas por uma versão mais nova do Parla (versão do banco de dados {version}; esta conhece até a {known}). Atualize o Parla para abri-las; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Mostrado como texto simples: demasiado longo ou complexo para formatar.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagem: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagem]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Nenhum modelo está aberto.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Completar texto (sem chat)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} é um modelo base: ele continua um texto em vez de responder perguntas, por isso está aberto para completar texto.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} não tem modelo de chat e pode ser um modelo base, que continua um texto em vez de responder. Está aberto para completar texto; se for um modelo de chat, escolha o formato de chat (parece ser {format}) nas configurações do modelo.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} não tem modelo de chat e pode ser um modelo base, que continua um texto em vez de responder. Está aberto para completar texto; se for um modelo de chat, escolha o formato de chat nas configurações do modelo.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Digite o endereço do servidor, por exemplo http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>&quot;{address}&quot; não é um endereço web. Escreva-o como http://host:porta/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>&quot;{address}&quot; tem uma porta que não é um número.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Deixe de fora do endereço o nome de usuário, a senha, &quot;?&quot; e &quot;#&quot;; a chave da API tem um campo próprio.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Já existe uma conexão chamada &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Nada responde em {url}. O servidor está rodando e o endereço está certo? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>O servidor {host} parou de responder (nada por {seconds} segundos).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>O servidor {host} recusou a chave da API (HTTP {status}). Verifique a chave nas configurações da conexão. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>O servidor {host} não tem nenhum modelo chamado &quot;{model}&quot;. Ele tem: {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>O servidor {host} não lista nenhum modelo. Carregue um no servidor ou digite o nome do modelo à mão.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} não responde como um servidor compatível com OpenAI (HTTP {status}). Verifique o endereço: geralmente termina em /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>A conversa é longa demais para o modelo em {host}: {detail} Comece uma nova conversa ou apague algumas mensagens.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>O servidor {host} respondeu com um erro (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>O servidor {host} interrompeu a resposta com um erro: {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>A conexão com {host} foi fechada antes de a resposta terminar; o que chegou é mantido.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>O servidor {host} fechou a conexão sem responder. O log dele diz o motivo; uma causa comum é uma conversa mais longa que o contexto do servidor.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>O servidor {host} enviou algo que não é uma resposta compatível com OpenAI ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>O teste falhou inesperadamente. Os detalhes estão no log do Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>O Parla não conseguiu acessar o Hugging Face para buscar modelos. Verifique a conexão com a internet; os modelos já instalados continuam funcionando.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>O Hugging Face não respondeu à busca a tempo. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>O Hugging Face não está respondendo direito agora (erro {status}). Tente a busca de novo mais tarde.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>O Hugging Face recusou a busca (erro {status}). Se isso continuar, talvez seja preciso um Parla mais novo.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>O Hugging Face recusou o token de acesso salvo no Parla. Verifique-o ou remova-o nas Configurações e tente de novo.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>O Hugging Face está recebendo pedidos demais deste computador. Espere alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>O Parla não conseguiu acessar o Hugging Face para listar os arquivos de {repo}. Verifique a conexão com a internet; os modelos já instalados continuam funcionando.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>O Hugging Face não respondeu a tempo ao listar os arquivos de {repo}. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>O Hugging Face não está respondendo direito agora (erro {status}), então os arquivos de {repo} não podem ser listados. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>O Hugging Face não conseguiu listar os arquivos de {repo} (erro {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} não tem arquivos GGUF, então o Parla não consegue rodar os modelos dele. Busque o nome do modelo para encontrar um repositório com uma versão GGUF.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} tem acesso restrito: para baixar dele, aceite a licença em huggingface.co/{repo} com a sessão iniciada e depois adicione um token de acesso do Hugging Face nas Configurações.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} é privado: o Parla só consegue baixar dele com um token de acesso do Hugging Face que possa lê-lo (adicione-o nas Configurações).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} está dividido em {parts} arquivos, e o Parla ainda não consegue baixar modelos divididos. Escolha uma quantização que seja um único arquivo.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} não tem nenhum arquivo GGUF chamado {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>O Parla não conseguiu ler o cabeçalho de {file} no Hugging Face, então a memória necessária é desconhecida. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>O cabeçalho de {file} não traz os números de que a estimativa de memória precisa, então a memória necessária é desconhecida.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Nenhum modelo GGUF no Hugging Face corresponde a “{query}”.</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>A busca falhou por causa de um erro inesperado. Os detalhes estão no registro do Parla.</translation>
    </message>
</context>
</TS>
