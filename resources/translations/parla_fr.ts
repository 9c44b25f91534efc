<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message Parla… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à Parla… (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Ré&amp;générer la réponse</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>Modifier le &amp;dernier message</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Conversation language</source>
        <translation>Langue de la discussion</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Model loading progress</source>
        <translation>Progression du chargement du modèle</translation>
    </message>
    <message>
        <source>Context %p%</source>
        <translation>Contexte %p%</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reloading the model with the new settings…</source>
        <translation>Rechargement du modèle avec les nouveaux paramètres…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>The chat database was damaged. It was kept as %1 and a new one was started.</source>
        <translation>La base de données des discussions était endommagée. Elle a été conservée sous le nom %1 et une nouvelle base a été créée.</translation>
    </message>
    <message>
        <source>Parla closed while writing a reply. What it had written is kept and marked as interrupted.</source>
        <translation>Parla a été fermé pendant la rédaction d&apos;une réponse. Le texte déjà écrit est conservé et marqué comme interrompu.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Discussion «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
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
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Arrêtez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>Parla does not open this kind of link.</source>
        <translation>Parla n&apos;ouvre pas ce type de lien.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?

%1</translation>
    </message>
    <message>
        <source>Ready. Context %1 tokens, loaded in %2 s.</source>
        <translation>Prêt. Contexte de %1 tokens, chargé en %2 s.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Aucun modèle chargé.</translation>
    </message>
    <message>
        <source>Kept the previous model.</source>
        <translation>Le modèle précédent a été conservé.</translation>
    </message>
    <message>
        <source>the %1 oldest messages were left out to fit the context</source>
        <translation>les %1 messages les plus anciens ont été omis pour tenir dans le contexte</translation>
    </message>
    <message>
        <source>%1 of %2 tokens of context used</source>
        <translation>%1 tokens de contexte utilisés sur %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>first token after %1 s</source>
        <translation>premier token après %1 s</translation>
    </message>
    <message>
        <source>%1 older messages left out to fit the context</source>
        <translation>%1 messages plus anciens omis pour tenir dans le contexte</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>To start, download StableLM 2 with File → Models… (Ctrl+M), open a model file with File → Open model… (Ctrl+O), or drop a .gguf file onto this window.</source>
        <translation>Pour commencer, téléchargez StableLM 2 via Fichier → Modèles… (Ctrl+M), ouvrez un fichier de modèle via Fichier → Ouvrir un modèle… (Ctrl+O) ou déposez un fichier .gguf sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Ask anything. The conversation language is %1; everything stays on this computer.</source>
        <translation>Posez n&apos;importe quelle question. Langue de la discussion&#xa0;: %1. Tout reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Tient</translation>
    </message>
    <message>
        <source>⚠ Tight</source>
        <translation>⚠ Juste</translation>
    </message>
    <message>
        <source>✖ Won&apos;t fit</source>
        <translation>✖ Ne tient pas</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>Measured %1 by a short test on this computer (%2 threads, %3).</source>
        <translation>Mesurée le %1 par un court test sur cet ordinateur (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Measured %1 during a chat reply (%2 threads, %3).</source>
        <translation>Mesurée le %1 pendant une réponse dans une discussion (%2 threads, %3).</translation>
    </message>
    <message>
        <source>Reading a message: %1 tokens/s.</source>
        <translation>Lecture d’un message&#xa0;: %1 tokens/s.</translation>
    </message>
    <message>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Téléchargement %1% · %2 sur %3</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>encore %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>Verifying %1%</source>
        <translation>Vérification %1%</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantifications</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <source>Hugging Face token…</source>
        <translation>Jeton Hugging Face…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Stop the download; it continues where it stopped when you press Download again</source>
        <translation>Interrompt le téléchargement&#xa0;; il reprendra là où il s&apos;est arrêté lorsque vous cliquerez à nouveau sur Télécharger</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>This computer: %1 RAM (%2 free)</source>
        <translation>Cet ordinateur&#xa0;: %1 de RAM (%2 libres)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>memory estimated for a context of %1 tokens</source>
        <translation>mémoire estimée pour un contexte de %1 tokens</translation>
    </message>
    <message>
        <source>Downloaded (%1)</source>
        <translation>Téléchargé (%1)</translation>
    </message>
    <message>
        <source>Recommended for this computer</source>
        <translation>Recommandé pour cet ordinateur</translation>
    </message>
    <message>
        <source>Not measured yet. Press Measure this machine to find out how fast it runs here.</source>
        <translation>Pas encore mesurée. Cliquez sur Mesurer cet ordinateur pour savoir à quelle vitesse elle tourne ici.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Arrêter la mesure</translation>
    </message>
    <message>
        <source>Stop measuring; the speeds measured so far are kept.</source>
        <translation>Arrête la mesure&#xa0;; les vitesses déjà mesurées sont conservées.</translation>
    </message>
    <message>
        <source>Measure this machine</source>
        <translation>Mesurer cet ordinateur</translation>
    </message>
    <message>
        <source>Measure how fast the quantizations on this computer run: each one is loaded in turn and writes a short text. A reply asked for meanwhile waits until the file being measured is done, and closing this window stops measuring.</source>
        <translation>Mesure la vitesse des quantifications présentes sur cet ordinateur : chacune est chargée à son tour et écrit un court texte. Une réponse demandée entre-temps attend la fin du fichier en cours de mesure, et fermer cette fenêtre arrête la mesure.</translation>
    </message>
    <message>
        <source>This file probably needs more memory than this computer has. Download it anyway?</source>
        <translation>Ce fichier nécessite probablement plus de mémoire que n&apos;en possède cet ordinateur. Le télécharger quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 is licensed under the %2:
%3

Do you accept this licence?</source>
        <translation>%1 est distribué sous la %2&#xa0;:
%3

Acceptez-vous cette licence&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1 from this computer?</source>
        <translation>Supprimer %1 de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Copy the file into Parla&apos;s library, or use it where it is?</source>
        <translation>Copier le fichier dans la bibliothèque de Parla, ou l&apos;utiliser à son emplacement actuel&#xa0;?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Use where it is</source>
        <translation>Utiliser sur place</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Architecture&#xa0;: %1 · Quantification&#xa0;: %2 · Taille&#xa0;: %3 · Contexte&#xa0;: %4 tokens</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Waiting to measure</source>
        <translation>En attente de mesure</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>Only needed for gated models. Current token: %1
Paste a new token (empty to remove it):</source>
        <translation>Nécessaire uniquement pour les modèles à accès restreint. Jeton actuel&#xa0;: %1
Collez un nouveau jeton (laissez vide pour le supprimer)&#xa0;:</translation>
    </message>
    <message>
        <source>Open %1 in your browser?</source>
        <translation>Ouvrir %1 dans votre navigateur&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is ready (SHA256 verified).</source>
        <translation>%1 est prêt (SHA256 vérifié).</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Paused — Download continues where it stopped</source>
        <translation>En pause — Le téléchargement reprendra là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Paused. The part already downloaded is kept.</source>
        <translation>En pause. La partie déjà téléchargée est conservée.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Measuring %1 (%2 of %3)…</source>
        <translation>Mesure de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Could not measure %1: %2</source>
        <translation>Impossible de mesurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Measuring stopped. The speeds measured so far are kept.</source>
        <translation>Mesure arrêtée. Les vitesses déjà mesurées sont conservées.</translation>
    </message>
    <message>
        <source>Measuring finished.</source>
        <translation>Mesure terminée.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>Prompts système</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Automatic (one per core)</source>
        <translation>Automatique (un par cœur)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic: every layer on the GPU when there is one</source>
        <translation>Automatique : toutes les couches sur le GPU s’il y en a un</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>A number of layers</source>
        <translation>Nombre de couches personnalisé</translation>
    </message>
    <message>
        <source>Same as the operating system</source>
        <translation>Comme le système d&apos;exploitation</translation>
    </message>
    <message>
        <source> (takes effect when the model is loaded again)</source>
        <translation> (prend effet au prochain chargement du modèle)</translation>
    </message>
    <message>
        <source>Interface language (takes effect when Parla starts again)</source>
        <translation>Langue de l&apos;interface (prend effet au prochain démarrage de Parla)</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (tokens)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = désactivé)</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Longueur maximale des réponses (tokens)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Defaults follow the StableLM 2 model card: temperature 0.7, top-p 0.95.</source>
        <translation>Les valeurs par défaut suivent la fiche du modèle StableLM 2&#xa0;: température 0,7, top-p 0,95.</translation>
    </message>
    <message>
        <source>Language of the system prompt</source>
        <translation>Langue du prompt système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Rétablir par défaut</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>The system prompt tells the model how to behave; each conversation uses the one for its language.</source>
        <translation>Le prompt système indique au modèle comment se comporter&#xa0;; chaque discussion utilise celui de sa langue.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>Démarrer une nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Rechercher dans toutes les discussions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>No chat contains that.</source>
        <translation>Aucune discussion ne contient ce texte.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Parla</source>
        <translation>Bienvenue dans Parla</translation>
    </message>
    <message>
        <source>Chat with an AI model that runs entirely on this computer. Nothing you write leaves it. First, get a model:</source>
        <translation>Discutez avec un modèle d&apos;IA qui fonctionne entièrement sur cet ordinateur. Rien de ce que vous écrivez n&apos;en sort. Commencez par obtenir un modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Download %1 (%2, %3 GB) — recommended for this computer</source>
        <translation>Télécharger %1 (%2, %3 GB) — recommandé pour cet ordinateur</translation>
    </message>
    <message>
        <source>This computer has too little free memory for StableLM 2; close other programs or open a smaller GGUF model.</source>
        <translation>Cet ordinateur n&apos;a pas assez de mémoire libre pour StableLM 2&#xa0;; fermez d&apos;autres programmes ou ouvrez un modèle GGUF plus petit.</translation>
    </message>
    <message>
        <source>Open a GGUF model file…</source>
        <translation>Ouvrir un fichier de modèle GGUF…</translation>
    </message>
</context>
</TS>
