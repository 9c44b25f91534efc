<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Privater Chat mit Sprachmodellen, auf diesem Computer.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>Parla ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modelle im Katalog</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Jedes Modell hat seine eigene Lizenz, die du vor dem ersten Download annimmst.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Chats und Modelle: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Modell wechseln</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Zu einem anderen installierten Modell wechseln oder Modelle verwalten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Noch keine Modelle installiert</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Written by the model</source>
        <translation>Vom Modell geschrieben</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Parla… (Enter zum Senden, Umschalt+Enter für neue Zeile)</translation>
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
        <translation>Mit diesem Modell &amp;chatten</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Chatten Sie mit einem Modell, das auf einem anderen Rechner läuft: vLLM, der Server von llama.cpp, Ollama, LM Studio oder ein anderes Parla. Es wird nichts irgendwohin gesendet, solange Sie hier keinen Server hinzufügen.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>z. B. Büro-GPU</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Auf „Testen“ klicken, um die Modelle aufzulisten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Adresse, Schlüssel und Modell prüfen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>gespeichert: %1 (neuen Schlüssel eingeben, um ihn zu ersetzen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Geben Sie die Adresse des Servers ein und klicken Sie dann auf „Testen“.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Verbunden. Modelle auf dem Server: %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Kontext: %1 Tokens.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Der Server hat seine Kontextlänge nicht genannt; %1 Tokens angenommen.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>Der Server konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>%1 (%2) und seinen gespeicherten API-Schlüssel entfernen? Chats, die ihn genutzt haben, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>kleines Demo-Modell zum Ausprobieren von Parla</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Ein kleines Demo-Modell: Seine Antworten sind oft falsch. Für echte Antworten laden Sie StableLM 2 über Datei → Modelle… (Strg+M) herunter.</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>Du bearbeitest deine Nachricht. Beim Senden ersetzt sie die ursprüngliche und alle späteren Nachrichten (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>Du bearbeitest deine Nachricht. Beim Senden ersetzt sie die ursprüngliche.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Auf Hugging Face nach GGUF-Modellen suchen…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Auf Hugging Face suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Finden Sie jedes GGUF-Modell auf Hugging Face nach seinem Namen. Parla verbindet sich nur dann mit Hugging Face, wenn Sie suchen oder herunterladen.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>GGUF-Dateien</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>Suche auf Hugging Face nach „%1“…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Gefundene Repositorys: %1. Wählen Sie eines, um seine Dateien zu sehen und was jede auf diesem Computer braucht.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>Die Dateien von %1 werden aufgelistet und ihr Bedarf gelesen…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>In %1 Dateien aufgeteilt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Neuer &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Chat umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>Chat &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>Ü&amp;ber Parla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Antwort neu &amp;generieren</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Sprache der Unterhaltung</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Ladefortschritt des Modells</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Kontext %p%</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Genutzter Kontext</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Modell wird mit den neuen Einstellungen neu geladen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>Die Chat-Datenbank war beschädigt. Sie wurde als %1 aufbewahrt, und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>Parla wurde beendet, während eine Antwort geschrieben wurde. Der bereits geschriebene Text bleibt erhalten und ist als unterbrochen markiert.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
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
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>Diese Art von Link öffnet Parla nicht.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Bereit. Kontext: %1 Tokens, geladen in %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>Das bisherige Modell wurde beibehalten.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>die %1 ältesten Nachrichten wurden ausgelassen, damit der Kontext ausreicht</translation>
    </message>
    <message>
        <source>%1 of %2 tokens of context used</source>
        <translation>%1 von %2 Tokens des Kontexts genutzt</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>%1 konnte nicht geladen werden. %2 wird wieder geladen…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Bereit. Antworten kommen vom Server %1; Kontext %2 Tokens.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Bereit. Antworten kommen vom Server %1; er hat seine Kontextlänge nicht genannt.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Nachricht wird gelesen…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Nachricht wird gelesen… %1 %</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Antwort wird geschrieben… %1 Tokens/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Antwort wird geschrieben…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>erstes Token nach %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 ältere Nachrichten ausgelassen, damit der Kontext ausreicht</translation>
    </message>
    <message>
        <source>Context ~%p%</source>
        <translation>Kontext ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Der Server hat seine Kontextlänge nicht genannt; %1 Tokens angenommen.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>Die ältesten Nachrichten bleiben bei der nächsten Antwort außen vor.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>Die Antwort in einem anderen Chat ist fertig.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Zum Starten StableLM 2 über Datei → Modelle… (Ctrl+M) herunterladen, eine Modelldatei über Datei → Modell öffnen… (Ctrl+O) öffnen oder eine .gguf-Datei in dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Einfach losfragen. Die Sprache der Unterhaltung ist %1; alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Show &amp;chats</source>
        <translation>&amp;Chats anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Chats ein- oder ausblenden (Strg+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Chats anzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Halte zuerst die Antwort an.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Nachricht gelöscht.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Vor dieser Antwort steht keine Frage, daher kann sie nicht neu erzeugt werden.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Neu gefragt: Die frühere Antwort und die %1 Nachrichten danach wurden entfernt.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Neu gefragt: Die frühere Antwort wurde entfernt.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automatisch (die eigene Vorlage der Datei oder ihre Modellfamilie)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Wie unter „Allgemein“</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Leer: der Systemprompt der Sprache</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Chatformat</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Systemprompt für dieses Modell</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Ein neues Format oder eine neue Kontextlänge lädt das Modell neu.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>Textvervollständigung (kein Chat)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>die eigene Chatvorlage der Datei</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Diese Einstellungen gehören nur zu %1 und gelten bei jedem Laden. Jetzt geladen: %2, mit %3 Tokens Kontext.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Passt</translation>
    </message>
    <message>
        <source>⚠ Tight</source>
        <translation>⚠ Knapp</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ Passt nicht</translation>
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
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>Measured %1 by a short test on this computer (%2 threads, %3).</source>
        <translation>Gemessen am %1 mit einem kurzen Test auf diesem Computer (%2 Threads, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Gemessen am %1 während einer Antwort im Chat (%2 Threads, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Lesen einer Nachricht: %1 Tokens/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Lädt herunter: %1% · %2 von %3</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>Prüfe %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Lädt herunter…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird überprüft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Recommended and installed</source>
        <translation>Empfohlen und installiert</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Auf Hugging Face suchen</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantisierungen</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>GGUF importieren…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Token für Hugging Face…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Download anhalten; er wird an derselben Stelle fortgesetzt, sobald erneut auf „Herunterladen“ geklickt wird</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Dieser Computer: %1 RAM (%2 frei)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 steht unter der %2.&lt;br&gt;&lt;br&gt;Nimmst du diese Lizenz an?</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>geschätzter Speicherbedarf für einen Kontext von %1 Tokens</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Heruntergeladen (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Für diesen Computer empfohlen</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Noch nicht gemessen. „Diesen Computer messen“ zeigt, wie schnell sie hier läuft.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Messung abbrechen</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Messung abbrechen; die bisher gemessenen Geschwindigkeiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Diesen Computer messen</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Misst, wie schnell die Quantisierungen auf diesem Computer laufen: Jede wird nacheinander geladen und schreibt einen kurzen Text. Eine Antwort, die währenddessen angefordert wird, wartet, bis die gerade gemessene Datei fertig ist; wird dieses Fenster geschlossen, endet die Messung.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Diese Datei benötigt wahrscheinlich mehr Arbeitsspeicher, als dieser Computer hat. Trotzdem herunterladen?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>%1 von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Copy the file into Parla&apos;s library, or use it where it is?</source>
        <translation>Die Datei in die Bibliothek von Parla kopieren oder am aktuellen Ort verwenden?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Am aktuellen Ort verwenden</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Am Speicherort verwendet</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>In Parla kopiert</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>Von Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Architektur: %1 · Quantisierung: %2 · Größe: %3 · Kontext: %4 Tokens</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Am Speicherort verwendet: %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>In Parlas Bibliothek: %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Von Hugging Face heruntergeladen: %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>Die Datei ist nicht mehr da. Entfernen Sie sie aus der Liste oder legen Sie sie zurück und öffnen Sie diesen Dialog erneut.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>%1 aus Parlas Liste entfernen? Die Datei selbst bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>Dateien, die Sie mit „GGUF importieren…“ importiert oder auf diesen Dialog gezogen haben, und Modelle, die Sie über eine Suche auf Hugging Face heruntergeladen haben. Wenn Sie eine am Speicherort verwendete Datei entfernen, wird Ihre Datei nie gelöscht.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Noch keine importierten Dateien. Klicken Sie auf „GGUF importieren…“ oder ziehen Sie eine .gguf-Datei hierher.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>Waiting to measure</source>
        <translation>Wartet auf Messung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token für Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Nur für zugangsbeschränkte Modelle nötig. Aktuelles Token: %1
Neues Token einfügen (leer lassen, um es zu entfernen):</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>%1 im Browser öffnen?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 ist bereit (SHA256 geprüft).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>Pausiert — Download wird an derselben Stelle fortgesetzt</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>Pausiert. Der bereits heruntergeladene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>%1 wird gemessen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>%1 konnte nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Messung abgebrochen. Die bisher gemessenen Geschwindigkeiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Messung abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>Antworten kommen vom Server %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · auf %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Beispielanfrage kopieren</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>Der lokale API-Server konnte nicht starten: Port %1 ist belegt oder nicht erlaubt (%2). Wähle in den Einstellungen einen anderen Port.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · beantwortet %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>Der lokale API-Server: Andere Programme auf diesem Computer können das geladene Modell unter %1 nutzen</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>Andere Programme auf diesem Computer (Editor-Erweiterungen, Skripte, der openai-Client) können das geladene Modell über eine OpenAI-kompatible API nutzen. Ihre Anfragen warten mit deinen Chats, bis sie an der Reihe sind. Andere Computer erreichen sie nicht.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Lokalen API-Server ausführen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Im Terminal ausprobieren:</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Beispielanfrage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>keiner (jedes Programm auf diesem Computer darf ihn aufrufen)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>Programme müssen ihn dann als &quot;Authorization: Bearer KEY&quot; senden.
Gib einen neuen Schlüssel ein (leer, um ihn zu entfernen):</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Systemprompts</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automatisch (einer pro Kern)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: every layer on the GPU when there is one</source>
        <translation>Automatisch: alle Schichten auf der GPU, falls vorhanden</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Bestimmte Anzahl an Schichten</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>Halber Speicher (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>Halber Speicher für die Unterhaltung, die das Modell im Kopf behält; das kann entscheiden, ob ein Modell passt. Auf einer CPU liest und schreibt es langsamer (siehe „Performance“ in der README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>Chats, zu denen du zurückkehrst, auch nach einem Neustart, antworten, ohne ihren Verlauf erneut zu lesen. Ein Chat mit 2.000 Tokens belegt mit StableLM 2 1.6B etwa 300 MB; die am längsten nicht genutzten werden zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Wie das Betriebssystem</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (wirksam, sobald das Modell neu geladen wird)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Sprache der Oberfläche (wirksam nach einem Neustart von Parla)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = aus)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Maximale Antwortlänge (Tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Context memory</source>
        <translation>Kontextspeicher</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Speicherplatz zum Fortsetzen von Chats</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>Die Standardwerte folgen der Modellkarte von StableLM 2: Temperatur 0,7, Top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Sprache des Systemprompts</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>Der Systemprompt legt fest, wie sich das Modell verhält; jede Unterhaltung verwendet den Prompt ihrer Sprache.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Neuen Chat beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Neuer Text</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Einen Text beginnen, den das Modell fortsetzt, für Basismodelle (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Alle Chats durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Kein Chat enthält diesen Text.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Willkommen bei Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Chatten mit einem KI-Modell, das vollständig auf diesem Computer läuft. Nichts von dem Geschriebenen verlässt ihn. Zuerst ein Modell besorgen:</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 GB — für diesen Computer empfohlen</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Dieser Computer hat zu wenig freien Arbeitsspeicher für StableLM 2; andere Programme schließen oder ein kleineres GGUF-Modell öffnen.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>GGUF-Modelldatei öffnen…</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Continue</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>Let the model write on (Ctrl+Shift+Return)</source>
        <translation>Das Modell weiterschreiben lassen (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Letzte Fortsetzung rückgängig machen</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Chatformat wählen</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 kann nur einen Text fortsetzen und deshalb in diesem Chat nicht antworten. Der Chat bleibt erhalten: Beginnen Sie einen neuen Text oder wählen Sie das Chatformat des Modells.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>Die letzte Fortsetzung wurde entfernt.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Wörter zum Text hinzufügen… (Enter fügt sie hinzu und lässt das Modell weiterschreiben)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Geben Sie unten den Anfang eines Textes ein: Das Modell setzt ihn Wort für Wort fort.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>Die Hintergrundaufgabe ist unerwartet fehlgeschlagen. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Die Nachricht ist zu lang: Sie benötigt {used} Tokens plus {reserve} für die Antwort, aber der Kontext fasst nur {context}. Die Nachricht kürzen oder die Kontextlänge in den Einstellungen erhöhen.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} verwendet die Architektur „{architecture}“, die diese Version von llama.cpp nicht ausführen kann.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um {name} zu laden. Andere Programme schließen oder eine kleinere Quantisierung oder eine kürzere Kontextlänge wählen.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} ist beschädigt oder unvollständig. Falls die Datei heruntergeladen wurde, bitte erneut herunterladen.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>llama.cpp konnte {name} nicht laden: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Dieses Modell kann seinen Kontext nicht im halben Speicher (q8_0) halten, daher hält Parla ihn in voller Genauigkeit (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>Das Modell konnte nicht auf der GPU geladen werden ({reason}) Parla führt es stattdessen auf der CPU aus, was langsamer ist.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} ist nur für Textvervollständigung geöffnet. Um mit ihm zu chatten, wählen Sie sein Chat-Format in den Einstellungen des Modells.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Der Text ist zu lang zum Fortsetzen: Er braucht {used} Tokens plus {reserve} für die Fortsetzung, der Kontext fasst aber {context}. Kürzen Sie ihn oder erhöhen Sie die Kontextlänge in den Einstellungen.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>llama.cpp ist beim Erzeugen der Antwort gescheitert ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>Kein Modell geladen. Zuerst ein Modell öffnen.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} hat seine Antworten nach {count} Tokens beendet, zu wenige, um die Geschwindigkeit zu messen.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Das Modell konnte wegen eines unerwarteten Fehlers nicht geladen werden. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Die Antwort ist wegen eines unerwarteten Fehlers gescheitert. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Das Modell konnte wegen eines unerwarteten Fehlers nicht geschlossen werden. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} liegt in GGUF-Version {version} vor, die Parla nicht lesen kann.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Die Modelldatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} ist keine GGUF-Modelldatei: Ihr Inhalt ist nicht im GGUF-Format, egal wie sie heißt. Sie ist vielleicht beschädigt oder unvollständig, oder eine andere Art von Datei.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} ist beschädigt oder unvollständig (der Dateikopf ist nicht lesbar). Falls die Datei heruntergeladen wurde, bitte erneut herunterladen.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} ist unvollständig: Die Datei hat {size} Bytes, ihr Dateikopf beschreibt aber {expected} Bytes. Falls sie heruntergeladen wurde, bitte erneut herunterladen.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} gibt nicht an, welche Modellarchitektur es hat.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>Das Repository {repo} wurde auf Hugging Face nicht gefunden. Falls es privat ist, in den Einstellungen ein Zugriffstoken für Hugging Face hinzufügen.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>Hugging Face hat den Zugriff auf {file} verweigert. Dieses Modell braucht ein Zugriffstoken für Hugging Face (in den Einstellungen hinzufügen), und seine Lizenz muss auf seiner Seite huggingface.co/{repo} akzeptiert sein.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>Die Datei {file} wurde auf Hugging Face nicht gefunden: Der Modellkatalog ist vielleicht veraltet. Eine neuere Version von Parla kennt sie womöglich.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>Hugging Face erhält zu viele Anfragen von diesem Computer. Was von {file} bereits heruntergeladen ist, bleibt erhalten: einige Minuten warten und dann erneut herunterladen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face antwortet gerade nicht richtig (Fehler {status}). Was von {file} bereits heruntergeladen ist, bleibt erhalten: später erneut versuchen, dann wird der Download an derselben Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face konnte {file} nicht liefern (Fehler {status}). Was bereits heruntergeladen ist, bleibt erhalten: später erneut versuchen. Falls das immer wieder passiert, ist vielleicht eine neuere Version von Parla nötig.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>Parla konnte Hugging Face nicht erreichen, um {file} herunterzuladen. Die Internetverbindung prüfen und dann erneut herunterladen: Was bereits heruntergeladen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face hat beim Herunterladen von {file} nicht rechtzeitig geantwortet. Was bereits heruntergeladen ist, bleibt erhalten: später erneut versuchen, dann wird der Download an derselben Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Die Verbindung ist beim Herunterladen von {file} immer wieder abgebrochen. Was bereits heruntergeladen ist, bleibt erhalten: später erneut versuchen, dann wird der Download an derselben Stelle fortgesetzt.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>Der Datenträger ist voll. Was von {file} bereits heruntergeladen ist, bleibt erhalten: etwas Speicherplatz freigeben und dann erneut herunterladen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>Parla konnte {file} nicht in {folder} speichern. Prüfen, ob in den Ordner geschrieben werden kann; Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>Nicht genug freier Speicherplatz für {file}: Benötigt werden {needed} GB, frei sind {free} GB.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>Die Datei {file} ist beschädigt angekommen (ihre SHA256-Prüfsumme stimmt nicht) und wurde gelöscht. Bitte erneut herunterladen.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>Hugging Face hat unvollständige Angaben zu {file} geschickt. Später erneut versuchen.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>Hugging Face nennt keine SHA256-Prüfsumme für {file}; Parla kann die Datei daher nicht prüfen und hat sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>Das Herunterladen von {file} ist wegen eines unerwarteten Problems gescheitert; Details stehen im Protokoll von Parla. Was bereits heruntergeladen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>Warten auf ein anderes Parla-Fenster, das diese Datei gerade herunterlädt</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Datei auf Hugging Face wird geprüft</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Verbindungsproblem; neuer Versuch in {seconds} s (Versuch {attempt} von {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>Es ist kein Modell namens „{key}“ installiert.</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>Die Bibliothek enthält bereits eine Datei namens {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Die Messung ist wegen eines unerwarteten Fehlers gescheitert. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Der Download ist wegen eines unerwarteten Fehlers gescheitert. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Der Import ist wegen eines unerwarteten Fehlers gescheitert. Details stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>Parla konnte {file} nicht lesen oder kopieren. Prüfen, ob die Datei lesbar ist und auf dem Datenträger genug Platz dafür ist.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Die Chats in {path} wurden von einer neueren Version von Parla gespeichert (Datenbankversion {version}; diese Version kennt nur bis {known}). Parla aktualisieren, um sie zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Als reiner Text angezeigt: zu lang oder zu komplex zum Formatieren.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[Bild: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Es ist kein Modell geöffnet.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Textvervollständigung (kein Chat)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} ist ein Basismodell: Es setzt einen Text fort, statt Fragen zu beantworten, und ist daher für Textvervollständigung geöffnet.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} hat keine Chat-Vorlage und ist vielleicht ein Basismodell, das einen Text fortsetzt, statt zu antworten. Es ist für Textvervollständigung geöffnet; ist es ein Chat-Modell, wählen Sie sein Chat-Format (es sieht nach {format} aus) in den Einstellungen des Modells.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} hat keine Chat-Vorlage und ist vielleicht ein Basismodell, das einen Text fortsetzt, statt zu antworten. Es ist für Textvervollständigung geöffnet; ist es ein Chat-Modell, wählen Sie sein Chat-Format in den Einstellungen des Modells.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>„{address}“ ist keine Webadresse. Schreiben Sie sie als http://host:port/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>„{address}“ hat einen Port, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Lassen Sie Benutzername, Passwort, „?“ und „#“ aus der Adresse weg; der API-Schlüssel hat ein eigenes Feld.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Es gibt bereits eine Verbindung namens „{name}“.</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Unter {url} antwortet nichts. Läuft der Server, und stimmt die Adresse? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>Der Server {host} antwortet nicht mehr (seit {seconds} Sekunden nichts).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>Der Server {host} hat den API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel in den Einstellungen der Verbindung. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>Der Server {host} hat kein Modell namens „{model}“. Er hat: {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>Der Server {host} listet keine Modelle. Laden Sie eines auf dem Server, oder geben Sie den Namen des Modells von Hand ein.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} antwortet nicht wie ein OpenAI-kompatibler Server (HTTP {status}). Prüfen Sie die Adresse: Sie endet meist auf /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>Das Gespräch ist zu lang für das Modell auf {host}: {detail} Beginnen Sie einen neuen Chat oder löschen Sie einige Nachrichten.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>Der Server {host} hat mit einem Fehler geantwortet (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>Der Server {host} hat die Antwort mit einem Fehler beendet: {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>Die Verbindung zu {host} wurde getrennt, bevor die Antwort fertig war; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>Der Server {host} hat die Verbindung ohne Antwort geschlossen. Sein Protokoll sagt, warum; ein Gespräch, das länger ist als der Kontext des Servers, ist eine häufige Ursache.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>Der Server {host} hat etwas gesendet, das keine OpenAI-kompatible Antwort ist ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>Der Test ist unerwartet fehlgeschlagen. Die Einzelheiten stehen im Protokoll von Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla konnte Hugging Face nicht erreichen, um nach Modellen zu suchen. Prüfen Sie die Internetverbindung; die bereits installierten Modelle funktionieren weiter.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>Hugging Face hat die Suche nicht rechtzeitig beantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>Hugging Face antwortet gerade nicht richtig (Fehler {status}). Versuchen Sie die Suche später noch einmal.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face hat die Suche abgelehnt (Fehler {status}). Wenn das so bleibt, ist vielleicht ein neueres Parla nötig.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>Hugging Face hat das in Parla gespeicherte Zugriffstoken abgelehnt. Prüfen oder entfernen Sie es in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>Hugging Face erhält zu viele Anfragen von diesem Computer. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla konnte Hugging Face nicht erreichen, um die Dateien von {repo} aufzulisten. Prüfen Sie die Internetverbindung; die bereits installierten Modelle funktionieren weiter.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>Hugging Face hat beim Auflisten der Dateien von {repo} nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>Hugging Face antwortet gerade nicht richtig (Fehler {status}), daher können die Dateien von {repo} nicht aufgelistet werden. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>Hugging Face konnte die Dateien von {repo} nicht auflisten (Fehler {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} hat keine GGUF-Dateien, daher kann Parla seine Modelle nicht ausführen. Suchen Sie nach dem Namen des Modells, um ein Repository mit einer GGUF-Version davon zu finden.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} ist zugangsbeschränkt: Um daraus herunterzuladen, akzeptieren Sie angemeldet seine Lizenz auf huggingface.co/{repo} und fügen Sie dann in den Einstellungen ein Hugging-Face-Zugriffstoken hinzu.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} ist privat: Parla kann nur mit einem Hugging-Face-Zugriffstoken daraus herunterladen, das es lesen darf (in den Einstellungen hinzufügen).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} ist in {parts} Dateien aufgeteilt, und Parla kann aufgeteilte Modelle noch nicht herunterladen. Wählen Sie eine Quantisierung, die aus einer einzigen Datei besteht.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} hat keine GGUF-Datei namens {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>Parla konnte den Header von {file} auf Hugging Face nicht lesen, daher ist der Speicherbedarf unbekannt. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>Der Header von {file} enthält nicht die Zahlen, die die Speicherschätzung braucht, daher ist der Speicherbedarf unbekannt.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Keine GGUF-Modelle auf Hugging Face passen zu „{query}“.</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Die Suche ist wegen eines unerwarteten Fehlers fehlgeschlagen. Die Einzelheiten stehen im Protokoll von Parla.</translation>
    </message>
</context>
</TS>
