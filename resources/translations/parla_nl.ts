<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Privé chatten met taalmodellen, op deze computer.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>Parla is vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modellen in de catalogus</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Elk model heeft een eigen licentie, die je accepteert vóór de eerste download.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Chats en modellen: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Instellingen: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Logboeken: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Ander model</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Naar een ander geïnstalleerd model overschakelen of modellen beheren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Nog geen modellen geïnstalleerd</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modellen beheren…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Servers…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Server toevoegen…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Written by the model</source>
        <translation>Door het model geschreven</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Bericht aan Parla… (Enter om te versturen, Shift+Enter voor een nieuwe regel)</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>&amp;Chat with this model</source>
        <translation>&amp;Chatten met dit model</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Chat met een model dat op een andere computer draait: vLLM, de server van llama.cpp, Ollama, LM Studio of een andere Parla. Er wordt nergens iets heen gestuurd tenzij u hier een server toevoegt.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Opgeslagen servers</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>bijv. GPU op kantoor</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Klik op Testen om de modellen te tonen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Het adres, de sleutel en het model controleren</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>opgeslagen: %1 (typ een nieuwe sleutel om hem te vervangen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Vul het adres van de server in en klik dan op Testen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Verbonden. Modellen op de server: %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Context: %1 tokens.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>De server gaf zijn contextlengte niet op; %1 tokens aangenomen.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>De server kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>%1 (%2) en de opgeslagen API-sleutel verwijderen? Chats die hem gebruikten blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>klein demomodel om Parla uit te proberen</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Een klein demomodel: de antwoorden kloppen vaak niet. Voor echte antwoorden downloadt u StableLM 2 via Bestand → Modellen… (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>Je bewerkt je bericht. Verzenden vervangt het origineel en alle latere berichten (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>Je bewerkt je bericht. Verzenden vervangt het origineel.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Naar het nieuwste bericht gaan</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Hugging Face doorzoeken naar GGUF-modellen…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face doorzoeken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Vind elk GGUF-model op Hugging Face op naam. Parla maakt alleen contact met Hugging Face wanneer u zoekt of downloadt.</translation>
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
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repository’s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>GGUF-bestanden</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>Hugging Face doorzoeken naar ‘%1’…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Gevonden repository’s: %1. Kies er een om de bestanden te zien en wat elk bestand op deze computer nodig heeft.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Afgeschermd</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>De bestanden van %1 worden opgesomd en hun behoeften gelezen…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>Verdeeld over %1 bestanden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>Model &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modellen…</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;vers…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nieuwe chat</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Nieuwe &amp;tekst</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Chat herbe&amp;noemen…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>Chat &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>&amp;Over Parla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;doorzoeken</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Antwoord opnieuw &amp;genereren</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Laatste bericht &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>Laatste antwoord &amp;kopiëren</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporteren als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Taal van het gesprek</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Antwoord stoppen (Esc)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Voortgang van het laden van het model</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Context %p%</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Gebruikte context</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Een GGUF-model openen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modellen (*.gguf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Model wordt opnieuw geladen met de nieuwe instellingen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wordt geladen…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>De chatdatabase was beschadigd. Deze is bewaard als %1 en er is een nieuwe aangemaakt.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>Parla werd afgesloten tijdens het schrijven van een antwoord. Wat er al geschreven was, is bewaard en gemarkeerd als onderbroken.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>‘%1’ verwijderd.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exporteren</translation>
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
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>Parla opent dit soort links niet.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Dit adres openen in je webbrowser?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Klaar. Context van %1 tokens, geladen in %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Geen model geladen.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>Het vorige model is behouden.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>de %1 oudste berichten zijn weggelaten om binnen de context te passen</translation>
    </message>
    <message>
        <source>%1 of %2 tokens of context used</source>
        <translation>%1 van %2 contexttokens gebruikt</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wordt voorbereid…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>%1 kon niet worden geladen. %2 wordt opnieuw geladen…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Klaar. Antwoorden komen van de server op %1; context %2 tokens.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Klaar. Antwoorden komen van de server op %1; die gaf zijn contextlengte niet op.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Je bericht wordt gelezen…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Je bericht wordt gelezen… %1%</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Antwoord wordt geschreven… %1 tokens/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Antwoord wordt geschreven…</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>eerste token na %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 oudere berichten weggelaten om binnen de context te passen</translation>
    </message>
    <message>
        <source>Context ~%p%</source>
        <translation>Context ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>De server gaf zijn contextlengte niet op; %1 tokens aangenomen.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>De oudste berichten worden bij het volgende antwoord weggelaten.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Het antwoord is mislukt.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>Het antwoord in een andere chat is klaar.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Geen model geladen</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Download om te beginnen StableLM 2 via Bestand → Modellen… (Ctrl+M), open een modelbestand via Bestand → Model openen… (Ctrl+O) of sleep een .gguf-bestand naar dit venster.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Vraag maar raak. De taal van het gesprek is %1; alles blijft op deze computer.</translation>
    </message>
    <message>
        <source>Show &amp;chats</source>
        <translation>&amp;Chats tonen</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Chats tonen of verbergen (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Chats tonen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Stop eerst het antwoord.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Bericht verwijderd.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Voor dit antwoord staat geen vraag, dus het kan niet opnieuw worden gevraagd.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Opnieuw gevraagd: het eerdere antwoord en de %1 berichten erna zijn weggehaald.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Opnieuw gevraagd: het eerdere antwoord is weggehaald.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automatisch (het eigen sjabloon van het bestand, of zijn familie)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Zoals bij Algemeen</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Leeg: de systeemprompt van de taal</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Chatformaat</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Contextlengte (tokens)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Systeemprompt voor dit model</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Een nieuw formaat of een nieuwe contextlengte laadt het model opnieuw.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>tekstaanvulling (geen chat)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>het eigen chatsjabloon van het bestand</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Deze instellingen horen alleen bij %1 en gelden telkens als het geladen wordt. Nu geladen: %2, met %3 tokens context.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Kwantisatie</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Bestandsgrootte</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benodigd geheugen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Past</translation>
    </message>
    <message>
        <source>⚠ Tight</source>
        <translation>⚠ Krap</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ Past niet</translation>
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
        <translation>Gemeten op %1 met een korte test op deze computer (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Gemeten op %1 tijdens een antwoord in een chat (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Een bericht lezen: %1 tokens/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Downloaden %1% · %2 van %3</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>nog %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>nog %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>Controleren %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met nakijken…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Opnieuw proberen…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modellen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Recommended and installed</source>
        <translation>Aanbevolen en geïnstalleerd</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face doorzoeken</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Kwantisaties</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>GGUF importeren…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Hugging Face-token…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Stopt de download; die gaat verder waar hij gebleven was als je opnieuw op Downloaden klikt</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Deze computer: %1 RAM (%2 vrij)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 valt onder de %2.&lt;br&gt;&lt;br&gt;Ga je akkoord met deze licentie?</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>geheugen geschat voor een context van %1 tokens</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Gedownload (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Aanbevolen voor deze computer</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Nog niet gemeten. Klik op Deze computer meten om te zien hoe snel die hier draait.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Meten stoppen</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Stopt het meten; de snelheden die al gemeten zijn, blijven bewaard.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Deze computer meten</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Meet hoe snel de kwantisaties op deze computer draaien: ze worden om de beurt geladen en schrijven elk een korte tekst. Een antwoord dat je intussen vraagt, wacht tot het bestand dat gemeten wordt klaar is, en als je dit venster sluit, stopt het meten.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Dit bestand heeft waarschijnlijk meer geheugen nodig dan deze computer heeft. Toch downloaden?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>%1 van deze computer verwijderen?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Een GGUF-model importeren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modellen (*.gguf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Copy the file into Parla&apos;s library, or use it where it is?</source>
        <translation>Het bestand naar de bibliotheek van Parla kopiëren, of het gebruiken waar het staat?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Gebruiken waar het staat</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Geïmporteerde bestanden</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Gebruikt waar het staat</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>Naar Parla gekopieerd</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>Van Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Gedownload</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Architectuur: %1 · Kwantisatie: %2 · Grootte: %3 · Context: %4 tokens</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Gebruikt waar het staat: %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>In de bibliotheek van Parla: %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Gedownload van Hugging Face: %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>Het bestand is er niet meer. Verwijder het uit de lijst, of zet het terug en open dit venster opnieuw.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>%1 uit de lijst van Parla verwijderen? Het bestand zelf blijft waar het staat.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>Bestanden die u met ‘GGUF importeren…’ hebt geïmporteerd of op dit venster hebt neergezet, en modellen die u via een zoekopdracht op Hugging Face hebt gedownload. Een bestand verwijderen dat wordt gebruikt waar het staat, verwijdert uw bestand nooit.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Nog geen geïmporteerde bestanden. Klik op ‘GGUF importeren…’ of zet hier een .gguf-bestand neer.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Bezig met importeren</translation>
    </message>
    <message>
        <source>Waiting to measure</source>
        <translation>Wacht op meting</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face-token</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Alleen nodig voor afgeschermde modellen. Huidig token: %1
Plak een nieuw token (laat leeg om het te verwijderen):</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>%1 openen in je browser?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 is klaar (SHA256 gecontroleerd).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>Gepauzeerd — Download gaat verder waar hij gebleven was</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>Gepauzeerd. Het deel dat al gedownload is, blijft bewaard.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wordt gemeten…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>%1 wordt gemeten (%2 van %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>%1 kon niet worden gemeten: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Meten gestopt. De snelheden die al gemeten zijn, blijven bewaard.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Meten voltooid.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>Antwoorden komen van de server op %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · op %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Voorbeeldverzoek kopiëren</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>De lokale API-server kon niet starten: poort %1 is in gebruik of niet toegestaan (%2). Kies een andere poort in Instellingen.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · beantwoordt %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>De lokale API-server: andere programma&apos;s op deze computer kunnen het geladen model gebruiken op %1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>Andere programma&apos;s op deze computer (editorextensies, scripts, de openai-client) kunnen het geladen model gebruiken via een OpenAI-compatibele API. Hun verzoeken wachten op hun beurt samen met je chats. Andere computers kunnen er niet bij.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Lokale API-server uitvoeren</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Probeer het in een terminal:</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Voorbeeldverzoek</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>geen (elk programma op deze computer mag hem aanroepen)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>Programma&apos;s moeten hem dan sturen als &quot;Authorization: Bearer KEY&quot;.
Typ een nieuwe sleutel (leeg om hem te verwijderen):</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>De sleutel kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Systeemprompts</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Willekeurig</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automatisch (één per kern)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>Lokale API-server</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dit model</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: every layer on the GPU when there is one</source>
        <translation>Automatisch: alle lagen op de GPU als die er is</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Alleen CPU</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Een bepaald aantal lagen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>Half zoveel geheugen (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>Half zoveel geheugen voor het gesprek dat het model vasthoudt, wat kan bepalen of een model past; op een CPU leest en schrijft het trager (zie Performance in de README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>Chats waar je naar terugkeert, ook na een herstart, antwoorden zonder hun geschiedenis opnieuw te lezen. Een chat van 2.000 tokens neemt met StableLM 2 1.6B ongeveer 300 MB in; de langst niet gebruikte worden eerst verwijderd.</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Zelfde als het besturingssysteem</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (van kracht zodra het model opnieuw wordt geladen)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Interfacetaal (van kracht zodra Parla opnieuw wordt gestart)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Contextlengte (tokens)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = uit)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Herhalingsstraf</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Maximale antwoordlengte (tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-threads</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-lagen</translation>
    </message>
    <message>
        <source>Context memory</source>
        <translation>Contextgeheugen</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Schijfruimte om chats te hervatten</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>De standaardwaarden volgen de modelkaart van StableLM 2: temperatuur 0,7, top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Taal van de systeemprompt</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Standaard herstellen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeemprompt</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>De systeemprompt vertelt het model hoe het zich moet gedragen; elk gesprek gebruikt die van zijn eigen taal.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Een nieuwe chat beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Nieuwe tekst</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Een tekst beginnen die het model voortzet, voor basismodellen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Alle chats doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats doorzoeken</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Geen enkele chat bevat dat.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat hernoemen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporteren als Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporteren als JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Welkom bij Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Chat met een AI-model dat volledig op deze computer draait. Niets van wat je schrijft verlaat deze computer. Zorg eerst voor een model:</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 downloaden</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 GB — aanbevolen voor deze computer</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Deze computer heeft te weinig vrij geheugen voor StableLM 2; sluit andere programma&apos;s of open een kleiner GGUF-model.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>Een GGUF-modelbestand openen…</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Let the model write on (Ctrl+Shift+Return)</source>
        <translation>Het model verder laten schrijven (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Laatste voortzetting ongedaan maken</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Chatformaat kiezen</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 kan alleen een tekst voortzetten en dus niet in deze chat antwoorden. De chat blijft bewaard: begin een Nieuwe tekst, of kies het chatformaat van het model.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>De laatste voortzetting is weggehaald.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Woorden aan de tekst toevoegen… (Enter voegt ze toe en laat het model verder schrijven)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Typ hieronder het begin van een tekst: het model zet die woord voor woord voort.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>De achtergrondtaak is onverwacht mislukt. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Het bericht is te lang: het heeft {used} tokens nodig plus {reserve} voor het antwoord, maar de context biedt plaats aan {context}. Maak het korter of verhoog de contextlengte in Instellingen.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} gebruikt de architectuur &apos;{architecture}&apos;, die deze versie van llama.cpp niet kan uitvoeren.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>Er is niet genoeg geheugen om {name} te laden. Sluit andere programma&apos;s, kies een kleinere kwantisatie of een kortere contextlengte.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} is beschadigd of onvolledig. Als je het hebt gedownload, download het dan opnieuw.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>llama.cpp kon {name} niet laden: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Dit model kan zijn context niet in half zoveel geheugen (q8_0) bewaren, dus bewaart Parla die in volledige precisie (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>Het model kon niet op de GPU worden geladen ({reason}) Parla draait het in plaats daarvan op de CPU, wat langzamer is.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} is alleen geopend voor tekstaanvulling. Kies het chatformaat in de instellingen van het model om ermee te chatten.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>De tekst is te lang om voort te zetten: hij heeft {used} tokens nodig plus {reserve} voor het vervolg, maar de context bevat er {context}. Maak hem korter of verhoog de contextlengte in Instellingen.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>llama.cpp is mislukt bij het maken van het antwoord ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>Er is geen model geladen. Open eerst een model.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} stopte zijn antwoorden na {count} tokens, te weinig om de snelheid te meten.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het model kon niet worden geladen door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het antwoord is mislukt door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het model kon niet worden gesloten door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} is in GGUF-versie {version}, die Parla niet kan lezen.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Het modelbestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} is een map, geen modelbestand.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} is geen GGUF-modelbestand: de inhoud is niet in GGUF-formaat, hoe het ook heet. Het is misschien beschadigd of onvolledig, of een ander soort bestand.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} is beschadigd of onvolledig (de header kan niet worden gelezen). Als je het hebt gedownload, download het dan opnieuw.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} is onvolledig: het is {size} bytes, maar de header beschrijft {expected} bytes. Als je het hebt gedownload, download het dan opnieuw.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} vermeldt niet welke modelarchitectuur het heeft.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>De repository {repo} is niet gevonden op Hugging Face. Als die privé is, voeg dan een Hugging Face-toegangstoken toe in Instellingen.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>Hugging Face weigerde toegang tot {file}. Dit model heeft een Hugging Face-toegangstoken nodig (voeg het toe in Instellingen) en de licentie moet op de pagina van het model geaccepteerd zijn: huggingface.co/{repo}.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>Het bestand {file} is niet gevonden op Hugging Face: de modelcatalogus is misschien verouderd. Een nieuwere versie van Parla heeft het mogelijk wel.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>Hugging Face krijgt te veel verzoeken van deze computer. Wat al van {file} is gedownload, blijft bewaard: wacht een paar minuten en download het dan opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face antwoordt op dit moment niet goed (fout {status}). Wat al van {file} is gedownload, blijft bewaard: probeer het later opnieuw en de download gaat verder waar hij gebleven was.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face kon {file} niet leveren (fout {status}). Wat al is gedownload, blijft bewaard: probeer het later opnieuw. Als dit blijft gebeuren, is misschien een nieuwere versie van Parla nodig.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>Parla kon Hugging Face niet bereiken om {file} te downloaden. Controleer de internetverbinding en download het dan opnieuw: wat al is gedownload, blijft bewaard.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face antwoordde niet op tijd tijdens het downloaden van {file}. Wat al is gedownload, blijft bewaard: probeer het later opnieuw en de download gaat verder waar hij gebleven was.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>De verbinding viel steeds weg tijdens het downloaden van {file}. Wat al is gedownload, blijft bewaard: probeer het later opnieuw en de download gaat verder waar hij gebleven was.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>De schijf is vol. Wat al van {file} is gedownload, blijft bewaard: maak wat ruimte vrij en download het dan opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>Parla kon {file} niet opslaan in {folder}. Controleer of er in de map geschreven kan worden; de details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>Niet genoeg vrije schijfruimte voor {file}: er is {needed} GB nodig en {free} GB is vrij.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>Het bestand {file} kwam beschadigd aan (de SHA256 klopt niet) en is verwijderd. Download het opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>Hugging Face stuurde onvolledige informatie over {file}. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>Hugging Face geeft geen SHA256 op voor {file}, dus Parla kan het niet controleren en heeft het niet gedownload.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>Het downloaden van {file} is mislukt door een onverwacht probleem; de details staan in het logboek van Parla. Wat al is gedownload, blijft bewaard.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>Wachten op een ander Parla-venster dat dit bestand aan het downloaden is</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Bestand op Hugging Face controleren</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Verbindingsprobleem; nieuwe poging over {seconds} s (poging {attempt} van {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>Er is geen geïnstalleerd model met de naam &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>De bibliotheek heeft al een bestand met de naam {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het meten is mislukt door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>De download is mislukt door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het importeren is mislukt door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>Parla kon {file} niet lezen of kopiëren. Controleer of het bestand leesbaar is en of er op de schijf genoeg ruimte voor is.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Je chats in {path} zijn opgeslagen door een nieuwere versie van Parla (databaseversie {version}; deze versie kent tot en met {known}). Werk Parla bij om ze te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Als platte tekst getoond: te lang of te complex om op te maken.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[afbeelding: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[afbeelding]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Er is geen model geopend.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Tekstaanvulling (geen chat)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} is een basismodel: het zet een tekst voort in plaats van vragen te beantwoorden, dus het is geopend voor tekstaanvulling.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} heeft geen chatsjabloon en is misschien een basismodel, dat een tekst voortzet in plaats van te antwoorden. Het is geopend voor tekstaanvulling; is het een chatmodel, kies dan het chatformaat (het lijkt op {format}) in de instellingen van het model.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} heeft geen chatsjabloon en is misschien een basismodel, dat een tekst voortzet in plaats van te antwoorden. Het is geopend voor tekstaanvulling; is het een chatmodel, kies dan het chatformaat in de instellingen van het model.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Typ het adres van de server, bijvoorbeeld http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>&apos;{address}&apos; is geen webadres. Schrijf het als http://host:poort/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>&apos;{address}&apos; heeft een poort die geen getal is.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Laat de gebruikersnaam, het wachtwoord, &apos;?&apos; en &apos;#&apos; weg uit het adres; de API-sleutel heeft een eigen veld.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Er is al een verbinding met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Niets antwoordt op {url}. Draait de server, en klopt het adres? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>De server op {host} antwoordt niet meer (al {seconds} seconden niets).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>De server op {host} weigerde de API-sleutel (HTTP {status}). Controleer de sleutel in de instellingen van de verbinding. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>De server op {host} heeft geen model met de naam &apos;{model}&apos;. Hij heeft: {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>De server op {host} toont geen modellen. Laad er een op de server, of typ de naam van het model zelf.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} antwoordt niet als een OpenAI-compatibele server (HTTP {status}). Controleer het adres: het eindigt meestal op /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>Het gesprek is te lang voor het model op {host}: {detail} Begin een nieuwe chat, of verwijder een paar berichten.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>De server op {host} antwoordde met een fout (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>De server op {host} stopte het antwoord met een fout: {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>De verbinding met {host} werd verbroken voordat het antwoord klaar was; wat binnenkwam blijft bewaard.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>De server op {host} sloot de verbinding zonder antwoord. Zijn logboek zegt waarom; een gesprek dat langer is dan de context van de server is een veelvoorkomende oorzaak.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>De server op {host} stuurde iets dat geen OpenAI-compatibel antwoord is ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>De test is onverwacht mislukt. De details staan in het logboek van Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla kon Hugging Face niet bereiken om naar modellen te zoeken. Controleer de internetverbinding; de al geïnstalleerde modellen blijven werken.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>Hugging Face gaf niet op tijd antwoord op de zoekopdracht. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>Hugging Face antwoordt op dit moment niet goed (fout {status}). Probeer de zoekopdracht later opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face weigerde de zoekopdracht (fout {status}). Als dit blijft gebeuren, is misschien een nieuwere Parla nodig.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>Hugging Face weigerde het toegangstoken dat in Parla is opgeslagen. Controleer of verwijder het in Instellingen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>Hugging Face krijgt te veel verzoeken van deze computer. Wacht een paar minuten en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla kon Hugging Face niet bereiken om de bestanden van {repo} te tonen. Controleer de internetverbinding; de al geïnstalleerde modellen blijven werken.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>Hugging Face gaf niet op tijd antwoord bij het tonen van de bestanden van {repo}. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>Hugging Face antwoordt op dit moment niet goed (fout {status}), dus de bestanden van {repo} kunnen niet worden getoond. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>Hugging Face kon de bestanden van {repo} niet tonen (fout {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} heeft geen GGUF-bestanden, dus Parla kan de modellen ervan niet draaien. Zoek op de naam van het model om een repository met een GGUF-versie te vinden.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} is afgeschermd: om eruit te downloaden, accepteer je ingelogd de licentie op huggingface.co/{repo} en voeg je daarna een Hugging Face-toegangstoken toe in Instellingen.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} is privé: Parla kan er alleen uit downloaden met een Hugging Face-toegangstoken dat het mag lezen (voeg het toe in Instellingen).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} is opgesplitst in {parts} bestanden, en Parla kan opgesplitste modellen nog niet downloaden. Kies een kwantisatie die uit één bestand bestaat.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} heeft geen GGUF-bestand met de naam {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>Parla kon de header van {file} op Hugging Face niet lezen, dus het benodigde geheugen is onbekend. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>De header van {file} geeft niet de getallen die de geheugenschatting nodig heeft, dus het benodigde geheugen is onbekend.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Geen GGUF-modellen op Hugging Face passen bij “{query}”.</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Het zoeken is mislukt door een onverwachte fout. De details staan in het logboek van Parla.</translation>
    </message>
</context>
</TS>
