<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Chat privata con modelli linguistici, su questo computer.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>Parla è software libero con licenza MIT.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modelli del catalogo</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Ogni modello ha la propria licenza, che accetti prima del primo download.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Realizzato con</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Chat e modelli: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Impostazioni: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Apri cartella dei dati</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Cambia modello</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Passa a un altro modello installato o gestisci i modelli</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Nessun modello ancora installato</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestisci modelli…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Aggiungi un server…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Written by the model</source>
        <translation>Scritto dal modello</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Scrivi a Parla… (Invio per inviare, Maiusc+Invio per andare a capo)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Chat with this model</source>
        <translation>&amp;Chatta con questo modello</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Chatta con un modello che gira su un altro computer: vLLM, il server di llama.cpp, Ollama, LM Studio o un altro Parla. Non viene inviato nulla da nessuna parte finché non aggiungi un server qui.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Server salvati</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>es. GPU dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Premi Prova per elencare i modelli</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Verifica l&apos;indirizzo, la chiave e il modello</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>salvata: %1 (digita una nuova chiave per sostituirla)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Inserisci l&apos;indirizzo del server, poi premi Prova.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Prova di %1…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Connesso. Modelli sul server: %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Contesto: %1 token.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Il server non ha indicato la lunghezza del contesto; si assumono %1 token.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>Impossibile salvare il server: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Rimuovi server</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>Rimuovere %1 (%2) e la sua chiave API salvata? Le chat che lo hanno usato vengono conservate.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>piccolo modello demo per provare Parla</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Un piccolo modello demo: le sue risposte sono spesso sbagliate. Per risposte vere, scarica StableLM 2 con File → Modelli… (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>Stai modificando il tuo messaggio. Inviandolo sostituisci l&apos;originale e tutti i messaggi successivi (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>Stai modificando il tuo messaggio. Inviandolo sostituisci l&apos;originale.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Vai all&apos;ultimo messaggio</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Cerca modelli GGUF su Hugging Face…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Trova qualsiasi modello GGUF su Hugging Face per nome. Parla contatta Hugging Face solo quando cerchi o scarichi.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mi piace</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>File GGUF</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>Ricerca di «%1» su Hugging Face…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Repository trovati: %1. Scegline uno per vedere i suoi file e ciò che ognuno richiede su questo computer.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Ad accesso limitato</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>Elenco dei file di %1 e lettura di ciò che ognuno richiede…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>Diviso in %1 file</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Apri modello…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelli…</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Nuovo &amp;testo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Ri&amp;nomina chat…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Elimina chat</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>&amp;Informazioni su Parla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Cerca nelle chat</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Rigenera risposta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Mo&amp;difica ultimo messaggio</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Co&amp;pia ultima risposta</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Esporta come &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Esporta come &amp;JSON…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Lingua della conversazione</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Interrompi la risposta (Esc)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Avanzamento del caricamento del modello</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Contesto %p%</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contesto utilizzato</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Apri un modello GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelli GGUF (*.gguf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Ricaricamento del modello con le nuove impostazioni…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Caricamento di %1…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>fermata</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Il database delle chat era danneggiato. È stato conservato come %1 e ne è stato creato uno nuovo.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>Parla è stato chiuso mentre scriveva una risposta. Il testo già scritto è stato conservato e contrassegnato come interrotto.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Chat «%1» eliminata.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Esporta chat</translation>
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
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>Parla non apre questo tipo di link.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Apri link</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Aprire questo indirizzo nel browser web?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Pronto. Contesto di %1 token, caricato in %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Nessun modello caricato.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>È stato mantenuto il modello precedente.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>i %1 messaggi meno recenti sono stati esclusi per rientrare nel contesto</translation>
    </message>
    <message>
        <source>%1 of %2 tokens of context used</source>
        <translation>%1 di %2 token di contesto utilizzati</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Preparazione di %1…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>Impossibile caricare %1. Nuovo caricamento di %2…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Pronto. Le risposte arrivano dal server %1; contesto di %2 token.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Pronto. Le risposte arrivano dal server %1; non ha indicato la lunghezza del contesto.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Lettura del messaggio…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Lettura del messaggio… %1%</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Scrittura della risposta… %1 token/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Scrittura della risposta…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>primo token dopo %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 messaggi meno recenti esclusi per rientrare nel contesto</translation>
    </message>
    <message>
        <source>Context ~%p%</source>
        <translation>Contesto ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Il server non ha indicato la lunghezza del contesto; si assumono %1 token.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>I messaggi più vecchi restano fuori dalla prossima risposta.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La risposta non è riuscita.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>La risposta in un&apos;altra chat è terminata.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Per iniziare, scarica StableLM 2 da File → Modelli… (Ctrl+M), apri un file di modello con File → Apri modello… (Ctrl+O) o trascina un file .gguf in questa finestra.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Chiedi qualsiasi cosa. La lingua della conversazione è %1; tutto resta su questo computer.</translation>
    </message>
    <message>
        <source>Show &amp;chats</source>
        <translation>Mostra &amp;chat</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Mostra o nascondi le chat (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Mostra chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Prima interrompi la risposta.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Messaggio eliminato.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Questa risposta non ha una domanda subito prima, quindi non si può richiedere di nuovo.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Richiesta ripetuta: sono stati tolti la risposta precedente e i %1 messaggi successivi.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Richiesta ripetuta: la risposta precedente è stata tolta.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automatico (il modello di chat del file o la sua famiglia)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Come in Generale</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Vuoto: il prompt di sistema della lingua</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Formato della chat</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Lunghezza del contesto (token)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Prompt di sistema per questo modello</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Un nuovo formato o una nuova lunghezza del contesto ricaricano il modello.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>completamento del testo (niente chat)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>il modello di chat del file stesso</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Queste impostazioni valgono solo per %1 e si applicano a ogni caricamento. Caricato ora: %2, con %3 token di contesto.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Quantizzazione</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dimensione del file</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Memoria necessaria</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Ci sta</translation>
    </message>
    <message>
        <source>⚠ Tight</source>
        <translation>⚠ Al limite</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ Non ci sta</translation>
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
        <translation>%1 token/s</translation>
    </message>
    <message>
        <source>Measured %1 by a short test on this computer (%2 threads, %3).</source>
        <translation>Misurata il %1 con un breve test su questo computer (%2 thread, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Misurata il %1 durante una risposta in chat (%2 thread, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Lettura di un messaggio: %1 token/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Download %1% · %2 di %3</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>mancano %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>mancano %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>Verifica %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Download in corso…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Recommended and installed</source>
        <translation>Consigliati e installati</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Cerca su Hugging Face</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantizzazioni</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importa GGUF…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token Hugging Face…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Interrompe il download; riprenderà da dove si era fermato quando premi di nuovo Scarica</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Questo computer: %1 di RAM (%2 liberi)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licenza: %1</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 è distribuito con la %2.&lt;br&gt;&lt;br&gt;Accetti questa licenza?</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>memoria stimata per un contesto di %1 token</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Scaricato (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Consigliato per questo computer</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Non ancora misurata. Premi Misura questo computer per sapere quanto è veloce qui.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usa</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Interrompi la misurazione</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Interrompe la misurazione; le velocità già misurate vengono conservate.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Misura questo computer</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Misura la velocità delle quantizzazioni presenti su questo computer: ognuna viene caricata a turno e scrive un breve testo. Una risposta richiesta nel frattempo attende che finisca il file in misurazione; chiudendo questa finestra la misurazione si interrompe.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Probabilmente questo file richiede più memoria di quella disponibile su questo computer. Scaricarlo comunque?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Eliminare %1 da questo computer?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importa un modello GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelli GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Copy the file into Parla&apos;s library, or use it where it is?</source>
        <translation>Copiare il file nella libreria di Parla o usarlo dove si trova?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Usa dove si trova</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>File importati</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Usato dove si trova</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>Copiato in Parla</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>Da Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Scaricato</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Architettura: %1 · Quantizzazione: %2 · Dimensione: %3 · Contesto: %4 token</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Usato dove si trova: %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>Nella libreria di Parla: %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Scaricato da Hugging Face: %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>Il file non c’è più. Rimuovilo dall’elenco, oppure rimettilo al suo posto e riapri questa finestra.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>Rimuovere %1 dall’elenco di Parla? Il file resta dove si trova.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File non trovato</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>I file importati con «Importa GGUF…» o trascinati su questa finestra, e i modelli scaricati da una ricerca su Hugging Face. Rimuovere un file usato dove si trova non elimina mai il tuo file.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Nessun file importato. Premi «Importa GGUF…» o trascina qui un file .gguf.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Waiting to measure</source>
        <translation>In attesa di misurazione</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Necessario solo per i modelli ad accesso limitato. Token attuale: %1
Incolla un nuovo token (lascia vuoto per rimuoverlo):</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>Aprire %1 nel browser?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 è pronto (SHA256 verificato).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>In pausa — Il download riprenderà da dove si era fermato</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>In pausa. La parte già scaricata viene conservata.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Misurazione…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>Misurazione di %1 (%2 di %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>Impossibile misurare %1: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Misurazione interrotta. Le velocità già misurate vengono conservate.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Misurazione completata.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Chiudi messaggio</translation>
    </message>
</context>
<context>
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>Le risposte arrivano dal server %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · su %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Copia una richiesta di esempio</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>Il server API locale non è partito: la porta %1 è in uso o non è consentita (%2). Scegli un&apos;altra porta nelle Impostazioni.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · risponde a %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>Il server API locale: altri programmi su questo computer possono usare il modello caricato su %1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>Altri programmi su questo computer (estensioni dell&apos;editor, script, il client openai) possono usare il modello caricato tramite un&apos;API compatibile con OpenAI. Le loro richieste aspettano il proprio turno insieme alle tue chat. Altri computer non possono raggiungerla.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Esegui il server API locale</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Provalo in un terminale:</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Richiesta di esempio</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>nessuna (qualsiasi programma su questo computer può chiamarlo)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>I programmi dovranno inviarla come &quot;Authorization: Bearer KEY&quot;.
Scrivi una nuova chiave (vuota per rimuoverla):</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Impossibile salvare la chiave: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Casuale</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automatico (uno per core)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Server API locale</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Questo modello</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Automatic: every layer on the GPU when there is one</source>
        <translation>Automatico: tutti i livelli sulla GPU, se presente</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Solo CPU</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Numero di livelli specifico</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>Metà della memoria (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>Metà della memoria per la conversazione che il modello tiene a mente, il che può decidere se un modello ci sta; su una CPU legge e scrive più lentamente (vedi Performance nel README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>Le chat a cui torni, anche dopo un riavvio, rispondono senza rileggere la cronologia. Una chat di 2.000 token occupa circa 300 MB con StableLM 2 1.6B; quelle usate meno di recente vengono eliminate per prime.</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Come il sistema operativo</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (effettivo al prossimo caricamento del modello)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Lingua dell&apos;interfaccia (effettiva al prossimo avvio di Parla)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Lunghezza del contesto (token)</translation>
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
        <translation>Top-k (0 = disattivato)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalità di ripetizione</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Lunghezza massima della risposta (token)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Thread della CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Livelli sulla GPU</translation>
    </message>
    <message>
        <source>Context memory</source>
        <translation>Memoria del contesto</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Spazio su disco per riprendere le chat</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>I valori predefiniti seguono la scheda del modello StableLM 2: temperatura 0,7, top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Lingua del prompt di sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Ripristina predefinito</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt di sistema</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>Il prompt di sistema indica al modello come comportarsi; ogni conversazione usa quello della propria lingua.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Inizia una nuova chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nuovo testo</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Inizia un testo che il modello continua, per i modelli base (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Cerca in tutte le chat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Nessuna chat contiene questo testo.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Rinomina chat</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Esporta come JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Ti diamo il benvenuto in Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Chatta con un modello di IA che funziona interamente su questo computer. Niente di ciò che scrivi esce da qui. Per iniziare, procurati un modello:</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Scarica %1</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 GB — consigliato per questo computer</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Questo computer non ha abbastanza memoria libera per StableLM 2; chiudi altri programmi o apri un modello GGUF più piccolo.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>Apri un file di modello GGUF…</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Let the model write on (Ctrl+Shift+Return)</source>
        <translation>Lascia che il modello continui a scrivere (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Annulla l’ultima continuazione</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Scegli il formato della chat</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 può solo continuare un testo, quindi non può rispondere in questa chat. La chat resta: inizia un Nuovo testo o scegli il formato della chat del modello.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>L’ultima continuazione è stata tolta.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Aggiungi parole al testo… (Invio le aggiunge e lascia continuare il modello)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Scrivi qui sotto l’inizio di un testo: il modello lo continua, parola per parola.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>L&apos;attività in background non è riuscita per un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Il messaggio è troppo lungo: servono {used} token più {reserve} per la risposta, ma il contesto ne contiene {context}. Accorcialo o aumenta la lunghezza del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} usa l&apos;architettura «{architecture}», che questa versione di llama.cpp non è in grado di eseguire.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>Non c&apos;è abbastanza memoria per caricare {name}. Chiudi altri programmi, scegli una quantizzazione più piccola o una lunghezza del contesto minore.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} è danneggiato o incompleto. Se l&apos;hai scaricato, scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>llama.cpp non è riuscito a caricare {name}: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Questo modello non può tenere il contesto in metà della memoria (q8_0), quindi Parla lo tiene a precisione piena (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>Non è stato possibile caricare il modello sulla GPU ({reason}) Parla lo esegue invece sulla CPU, che è più lenta.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} è aperto solo per il completamento del testo. Per chattare, scegli il suo formato di chat nelle impostazioni del modello.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Il testo è troppo lungo da continuare: servono {used} token più {reserve} per la continuazione, ma il contesto ne contiene {context}. Accorcialo o aumenta la lunghezza del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>llama.cpp non è riuscito a generare la risposta ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>Nessun modello caricato. Apri prima un modello.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} ha concluso le risposte dopo {count} token, troppo pochi per misurarne la velocità.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Non è stato possibile caricare il modello a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La risposta non è riuscita a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Non è stato possibile chiudere il modello a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} è nella versione {version} di GGUF, che Parla non è in grado di leggere.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Il file del modello {path} non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} è una cartella, non un file di modello.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} non è un file di modello GGUF: il suo contenuto non è in formato GGUF, qualunque sia il nome. Potrebbe essere danneggiato o incompleto, oppure un altro tipo di file.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} è danneggiato o incompleto (non è possibile leggerne l&apos;intestazione). Se l&apos;hai scaricato, scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} è incompleto: è di {size} byte, ma la sua intestazione ne descrive {expected}. Se l&apos;hai scaricato, scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} non indica quale architettura di modello usa.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>Il repository {repo} non è stato trovato su Hugging Face. Se è privato, aggiungi un token di accesso Hugging Face nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>Hugging Face ha negato l&apos;accesso a {file}. Questo modello richiede un token di accesso Hugging Face (aggiungilo nelle Impostazioni) e l&apos;accettazione della sua licenza sulla sua pagina, huggingface.co/{repo}.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>Il file {file} non è stato trovato su Hugging Face: il catalogo dei modelli potrebbe non essere aggiornato. Una versione più recente di Parla potrebbe averlo.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>Hugging Face sta ricevendo troppe richieste da questo computer. La parte di {file} già scaricata viene conservata: attendi qualche minuto, poi scaricalo di nuovo per continuare.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face al momento non risponde correttamente (errore {status}). La parte di {file} già scaricata viene conservata: riprova più tardi e il download riprenderà da dove si era fermato.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face non è riuscito a fornire {file} (errore {status}). La parte già scaricata viene conservata: riprova più tardi. Se continua a succedere, potrebbe servire una versione più recente di Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>Parla non è riuscito a raggiungere Hugging Face per scaricare {file}. Controlla la connessione a internet, poi scaricalo di nuovo: la parte già scaricata viene conservata.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face non ha risposto in tempo durante il download di {file}. La parte già scaricata viene conservata: riprova più tardi e il download riprenderà da dove si era fermato.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>La connessione si è interrotta più volte durante il download di {file}. La parte già scaricata viene conservata: riprova più tardi e il download riprenderà da dove si era fermato.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>Il disco è pieno. La parte di {file} già scaricata viene conservata: libera un po&apos; di spazio, poi scaricalo di nuovo per continuare.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>Parla non è riuscito a salvare {file} in {folder}. Controlla che la cartella sia scrivibile; i dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>Spazio libero su disco insufficiente per {file}: servono {needed} GB e ne sono liberi {free} GB.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>Il file {file} è arrivato danneggiato (il suo SHA256 non corrisponde) ed è stato eliminato. Scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>Hugging Face ha inviato informazioni incomplete su {file}. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>Hugging Face non indica alcun SHA256 per {file}, quindi Parla non può verificarlo e non l&apos;ha scaricato.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>Il download di {file} non è riuscito per un problema imprevisto; i dettagli sono nel registro di Parla. La parte già scaricata viene conservata.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>In attesa di un&apos;altra finestra di Parla che sta scaricando questo file</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Verifica del file su Hugging Face</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Problema di connessione; nuovo tentativo tra {seconds} s (tentativo {attempt} di {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>Nessun modello installato si chiama «{key}».</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>La libreria contiene già un file chiamato {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La misurazione non è riuscita a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Il download non è riuscito a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>L&apos;importazione non è riuscita a causa di un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>Parla non è riuscito a leggere o copiare {file}. Controlla che il file sia leggibile e che sul disco ci sia spazio sufficiente.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Le tue chat in {path} sono state salvate da una versione più recente di Parla (versione del database {version}; questa conosce fino alla {known}). Aggiorna Parla per aprirle; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Mostrato come testo semplice: troppo lungo o complesso da formattare.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[immagine: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[immagine]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Nessun modello è aperto.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Completamento del testo (senza chat)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} è un modello base: continua un testo invece di rispondere alle domande, quindi è aperto per il completamento del testo.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} non ha un template di chat e potrebbe essere un modello base, che continua un testo invece di rispondere. È aperto per il completamento del testo; se è un modello di chat, scegli il suo formato di chat (sembra {format}) nelle impostazioni del modello.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} non ha un template di chat e potrebbe essere un modello base, che continua un testo invece di rispondere. È aperto per il completamento del testo; se è un modello di chat, scegli il suo formato di chat nelle impostazioni del modello.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Digita l&apos;indirizzo del server, per esempio http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>&apos;{address}&apos; non è un indirizzo web. Scrivilo come http://host:porta/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>&apos;{address}&apos; ha una porta che non è un numero.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Togli dall&apos;indirizzo nome utente, password, &apos;?&apos; e &apos;#&apos;; la chiave API ha un campo apposito.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Esiste già una connessione chiamata &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Nessuno risponde a {url}. Il server è in esecuzione e l&apos;indirizzo è giusto? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>Il server {host} ha smesso di rispondere (nulla per {seconds} secondi).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>Il server {host} ha rifiutato la chiave API (HTTP {status}). Controlla la chiave nelle impostazioni della connessione. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>Il server {host} non ha un modello chiamato &apos;{model}&apos;. Ha: {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>Il server {host} non elenca nessun modello. Caricane uno sul server, o digita a mano il nome del modello.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} non risponde come un server compatibile con OpenAI (HTTP {status}). Controlla l&apos;indirizzo: di solito finisce con /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>La conversazione è troppo lunga per il modello su {host}: {detail} Inizia una nuova chat o elimina alcuni messaggi.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>Il server {host} ha risposto con un errore (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>Il server {host} ha interrotto la risposta con un errore: {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>La connessione a {host} si è chiusa prima della fine della risposta; ciò che è arrivato viene conservato.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>Il server {host} ha chiuso la connessione senza rispondere. Il suo log dice perché; una causa frequente è una conversazione più lunga del contesto del server.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>Il server {host} ha inviato qualcosa che non è una risposta compatibile con OpenAI ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>Il test è fallito in modo imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla non è riuscito a raggiungere Hugging Face per cercare modelli. Controlla la connessione a internet; i modelli già installati continuano a funzionare.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>Hugging Face non ha risposto alla ricerca in tempo. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>Hugging Face non risponde correttamente in questo momento (errore {status}). Riprova la ricerca più tardi.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face ha rifiutato la ricerca (errore {status}). Se continua a succedere, potrebbe servire un Parla più recente.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>Hugging Face ha rifiutato il token di accesso salvato in Parla. Controllalo o rimuovilo nelle Impostazioni, poi riprova.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>Hugging Face sta ricevendo troppe richieste da questo computer. Attendi qualche minuto, poi riprova.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla non è riuscito a raggiungere Hugging Face per elencare i file di {repo}. Controlla la connessione a internet; i modelli già installati continuano a funzionare.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>Hugging Face non ha risposto in tempo mentre elencava i file di {repo}. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>Hugging Face non risponde correttamente in questo momento (errore {status}), quindi non è possibile elencare i file di {repo}. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>Hugging Face non è riuscito a elencare i file di {repo} (errore {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} non ha file GGUF, quindi Parla non può eseguirne i modelli. Cerca il nome del modello per trovare un repository con una sua versione GGUF.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} è ad accesso limitato: per scaricarne, accetta la sua licenza su huggingface.co/{repo} dopo aver effettuato l&apos;accesso, poi aggiungi un token di accesso di Hugging Face nelle Impostazioni.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} è privato: Parla può scaricarne solo con un token di accesso di Hugging Face che possa leggerlo (aggiungilo nelle Impostazioni).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} è diviso in {parts} file, e Parla non può ancora scaricare modelli divisi. Scegli una quantizzazione in un unico file.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} non ha un file GGUF chiamato {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>Parla non è riuscito a leggere l&apos;intestazione di {file} su Hugging Face, quindi la memoria necessaria è sconosciuta. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>L&apos;intestazione di {file} non riporta i numeri che servono alla stima della memoria, quindi la memoria necessaria è sconosciuta.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Nessun modello GGUF su Hugging Face corrisponde a “{query}”.</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La ricerca non è riuscita per un errore imprevisto. I dettagli sono nel registro di Parla.</translation>
    </message>
</context>
</TS>
