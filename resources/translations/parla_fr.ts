<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Private chat with language models, on this computer.</source>
        <translation>Discussion privée avec des modèles de langage, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Parla is free software under the MIT licence.</source>
        <translation>Parla est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Models in the catalog</source>
        <translation>Modèles du catalogue</translation>
    </message>
    <message>
        <source>Each model keeps its own licence, which you accept before its first download.</source>
        <translation>Chaque modèle a sa propre licence, que vous acceptez avant son premier téléchargement.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Conçu avec</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Chats and models: %1</source>
        <translation>Discussions et modèles : %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Journaux : %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Change model</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <source>Switch to another installed model, or manage models</source>
        <translation>Passer à un autre modèle installé ou gérer les modèles</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No models installed yet</source>
        <translation>Aucun modèle installé pour l’instant</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Serveurs…</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
</context>
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
    <name>CompletionView</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Written by the model</source>
        <translation>Écrit par le modèle</translation>
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
    <name>ConnectionsDialog</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>&amp;Chat with this model</source>
        <translation>&amp;Discuter avec ce modèle</translation>
    </message>
    <message>
        <source>Chat with a model that runs on another machine: vLLM, llama.cpp&apos;s server, Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add a server here.</source>
        <translation>Discutez avec un modèle qui tourne sur une autre machine : vLLM, le serveur de llama.cpp, Ollama, LM Studio ou un autre Parla. Rien n&apos;est envoyé nulle part tant que vous n&apos;ajoutez pas de serveur ici.</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Serveurs enregistrés</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>e.g. Office GPU</source>
        <translation>p. ex. GPU du bureau</translation>
    </message>
    <message>
        <source>Press Test to list the models</source>
        <translation>Cliquez sur Tester pour lister les modèles</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Check the address, the key and the model</source>
        <translation>Vérifier l&apos;adresse, la clé et le modèle</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>saved: %1 (type a new key to replace it)</source>
        <translation>enregistrée : %1 (saisissez une nouvelle clé pour la remplacer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, then press Test.</source>
        <translation>Saisissez l&apos;adresse du serveur, puis cliquez sur Tester.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: %1.</source>
        <translation>Connecté. Modèles sur le serveur : %1.</translation>
    </message>
    <message>
        <source>Context: %1 tokens.</source>
        <translation>Contexte : %1 tokens.</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Le serveur n&apos;a pas indiqué sa longueur de contexte ; %1 tokens supposés.</translation>
    </message>
    <message>
        <source>The server could not be saved: %1</source>
        <translation>Le serveur n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Supprimer le serveur</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and its saved API key? Chats that used it are kept.</source>
        <translation>Supprimer %1 (%2) et sa clé d&apos;API enregistrée ? Les discussions qui l&apos;ont utilisé sont conservées.</translation>
    </message>
</context>
<context>
    <name>DemoModel</name>
    <message>
        <source>small demo model for trying Parla</source>
        <translation>petit modèle de démonstration pour essayer Parla</translation>
    </message>
    <message>
        <source>A small demo model: its answers are often wrong. For real answers, download StableLM 2 with File → Models… (Ctrl+M).</source>
        <translation>Un petit modèle de démonstration : ses réponses sont souvent fausses. Pour de vraies réponses, téléchargez StableLM 2 avec Fichier → Modèles… (Ctrl+M).</translation>
    </message>
</context>
<context>
    <name>EditBanner</name>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it and every later message (%1).</source>
        <translation>Vous modifiez votre message. L&apos;envoyer remplace l&apos;original et tous les messages suivants (%1).</translation>
    </message>
    <message>
        <source>Editing your message. Sending it replaces it.</source>
        <translation>Vous modifiez votre message. L&apos;envoyer remplace l&apos;original.</translation>
    </message>
</context>
<context>
    <name>FollowScroll</name>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Search Hugging Face for GGUF models…</source>
        <translation>Rechercher des modèles GGUF sur Hugging Face…</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find any GGUF model on Hugging Face by name. Parla contacts Hugging Face only when you search or download.</source>
        <translation>Trouvez n’importe quel modèle GGUF sur Hugging Face par son nom. Parla ne contacte Hugging Face que lorsque vous recherchez ou téléchargez.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>GGUF files</source>
        <translation>Fichiers GGUF</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “%1”…</source>
        <translation>Recherche de « %1 » sur Hugging Face…</translation>
    </message>
    <message>
        <source>Repositories found: %1. Pick one to see its files and what each needs on this computer.</source>
        <translation>Dépôts trouvés : %1. Choisissez-en un pour voir ses fichiers et ce que chacun demande sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>Listing the files of %1 and reading what each needs…</source>
        <translation>Liste des fichiers de %1 et lecture de ce que chacun demande…</translation>
    </message>
    <message>
        <source>Split into %1 files</source>
        <translation>Divisé en %1 fichiers</translation>
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
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;veurs…</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>Nouveau &amp;texte</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Re&amp;name chat…</source>
        <translation>Re&amp;nommer la discussion…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Supprimer la discussion</translation>
    </message>
    <message>
        <source>&amp;About Parla</source>
        <translation>À &amp;propos de Parla</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Préparation de %1…</translation>
    </message>
    <message>
        <source>%1 could not be loaded. Loading %2 again…</source>
        <translation>Impossible de charger %1. Rechargement de %2…</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; context %2 tokens.</source>
        <translation>Prêt. Les réponses viennent du serveur %1 ; contexte de %2 tokens.</translation>
    </message>
    <message>
        <source>Ready. Replies come from the server at %1; it did not say its context length.</source>
        <translation>Prêt. Les réponses viennent du serveur %1 ; il n&apos;a pas indiqué sa longueur de contexte.</translation>
    </message>
    <message>
        <source>Reading your message…</source>
        <translation>Lecture de votre message…</translation>
    </message>
    <message>
        <source>Reading your message… %1%</source>
        <translation>Lecture de votre message… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Writing… %1 tokens/s</source>
        <translation>Rédaction de la réponse… %1 tokens/s</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction de la réponse…</translation>
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
        <source>Context ~%p%</source>
        <translation>Contexte ~%p%</translation>
    </message>
    <message>
        <source>The server did not say its context length; %1 tokens assumed.</source>
        <translation>Le serveur n&apos;a pas indiqué sa longueur de contexte ; %1 tokens supposés.</translation>
    </message>
    <message>
        <source>The oldest messages are left out of the next reply.</source>
        <translation>Les messages les plus anciens ne seront pas pris en compte dans la prochaine réponse.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>The reply in another chat has ended.</source>
        <translation>La réponse dans une autre discussion est terminée.</translation>
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
    <message>
        <source>Show &amp;chats</source>
        <translation>Afficher les &amp;discussions</translation>
    </message>
    <message>
        <source>Show or hide the chats (Ctrl+B)</source>
        <translation>Afficher ou masquer les discussions (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Afficher les discussions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Stop the reply first.</source>
        <translation>Arrêtez d&apos;abord la réponse.</translation>
    </message>
    <message>
        <source>Deleted a message.</source>
        <translation>Message supprimé.</translation>
    </message>
    <message>
        <source>This reply has no question right before it, so it cannot be asked again.</source>
        <translation>Cette réponse n&apos;est précédée d&apos;aucune question, elle ne peut donc pas être redemandée.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply and the %1 messages after it were taken out.</source>
        <translation>Question reposée : la réponse précédente et les %1 messages suivants ont été retirés.</translation>
    </message>
    <message>
        <source>Asked again: the earlier reply was taken out.</source>
        <translation>Question reposée : la réponse précédente a été retirée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ModelSettingsTab</name>
    <message>
        <source>Automatic (the file&apos;s own template, or its family)</source>
        <translation>Automatique (le modèle de conversation du fichier, ou sa famille)</translation>
    </message>
    <message>
        <source>As in General</source>
        <translation>Comme dans Général</translation>
    </message>
    <message>
        <source>Empty: the language&apos;s system prompt</source>
        <translation>Vide : le prompt système de la langue</translation>
    </message>
    <message>
        <source>Chat format</source>
        <translation>Format de conversation</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (tokens)</translation>
    </message>
    <message>
        <source>System prompt for this model</source>
        <translation>Prompt système pour ce modèle</translation>
    </message>
    <message>
        <source>A new format or context length loads the model again.</source>
        <translation>Un nouveau format ou une nouvelle longueur de contexte recharge le modèle.</translation>
    </message>
    <message>
        <source>text completion (no chat)</source>
        <translation>complétion de texte (pas de conversation)</translation>
    </message>
    <message>
        <source>the file&apos;s own chat template</source>
        <translation>le modèle de conversation du fichier</translation>
    </message>
    <message>
        <source>These settings belong to %1 alone and apply whenever it is loaded. Loaded now: %2, with %3 tokens of context.</source>
        <translation>Ces réglages appartiennent à %1 seul et s’appliquent à chaque chargement. Chargé maintenant : %2, avec %3 jetons de contexte.</translation>
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
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
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
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
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
        <source>Recommended and installed</source>
        <translation>Recommandés et installés</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Rechercher sur Hugging Face</translation>
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
        <source>%1 is licensed under the %2.&lt;br&gt;&lt;br&gt;Do you accept this licence?</source>
        <translation>%1 est distribué sous la %2.&lt;br&gt;&lt;br&gt;Acceptez-vous cette licence ?</translation>
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
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Used where it is</source>
        <translation>Utilisé à son emplacement</translation>
    </message>
    <message>
        <source>Copied into Parla</source>
        <translation>Copié dans Parla</translation>
    </message>
    <message>
        <source>From Hugging Face</source>
        <translation>De Hugging Face</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Architecture: %1 · Quantization: %2 · Size: %3 · Context: %4 tokens</source>
        <translation>Architecture&#xa0;: %1 · Quantification&#xa0;: %2 · Taille&#xa0;: %3 · Contexte&#xa0;: %4 tokens</translation>
    </message>
    <message>
        <source>Used where it is: %1</source>
        <translation>Utilisé à son emplacement : %1</translation>
    </message>
    <message>
        <source>In Parla&apos;s library: %1</source>
        <translation>Dans la bibliothèque de Parla : %1</translation>
    </message>
    <message>
        <source>Downloaded from Hugging Face: %1</source>
        <translation>Téléchargé depuis Hugging Face : %1</translation>
    </message>
    <message>
        <source>The file is no longer there. Remove it from the list, or put it back and open this dialog again.</source>
        <translation>Le fichier n’est plus là. Retirez-le de la liste, ou remettez-le en place et rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>Remove %1 from Parla&apos;s list? The file itself stays where it is.</source>
        <translation>Retirer %1 de la liste de Parla ? Le fichier lui-même reste où il est.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>Files you imported with Import GGUF… or dropped on this dialog, and models downloaded from a Hugging Face search. Removing one that is used where it is never deletes your file.</source>
        <translation>Les fichiers importés avec « Importer un GGUF… » ou déposés sur cette fenêtre, et les modèles téléchargés depuis une recherche sur Hugging Face. Retirer un fichier utilisé à son emplacement ne supprime jamais votre fichier.</translation>
    </message>
    <message>
        <source>No imported files yet. Press Import GGUF… or drop a .gguf file here.</source>
        <translation>Aucun fichier importé pour l’instant. Cliquez sur « Importer un GGUF… » ou déposez ici un fichier .gguf.</translation>
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
    <name>RemoteModels</name>
    <message>
        <source>Replies come from the server at %1 (%2).</source>
        <translation>Les réponses viennent du serveur %1 (%2).</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · sur %2</translation>
    </message>
</context>
<context>
    <name>ServerControl</name>
    <message>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy example request</source>
        <translation>Copier une requête d&apos;exemple</translation>
    </message>
    <message>
        <source>The local API server could not start: port %1 is in use or not allowed (%2). Choose another port in Settings.</source>
        <translation>Le serveur d&apos;API local n&apos;a pas pu démarrer : le port %1 est utilisé ou non autorisé (%2). Choisissez un autre port dans les Réglages.</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API %1 · answering %2</source>
        <translation>API %1 · répond à %2</translation>
    </message>
    <message>
        <source>The local API server: other programs on this computer can use the loaded model at %1</source>
        <translation>Le serveur d&apos;API local : d&apos;autres programmes de cet ordinateur peuvent utiliser le modèle chargé à %1</translation>
    </message>
</context>
<context>
    <name>ServerTab</name>
    <message>
        <source>Other programs on this computer (editor extensions, scripts, the openai client) can use the loaded model through an OpenAI-compatible API. Their requests wait their turn with your chats. Other computers cannot reach it.</source>
        <translation>D&apos;autres programmes de cet ordinateur (extensions d&apos;éditeur, scripts, le client openai) peuvent utiliser le modèle chargé par une API compatible OpenAI. Leurs requêtes attendent leur tour avec vos discussions. Les autres ordinateurs ne peuvent pas l&apos;atteindre.</translation>
    </message>
    <message>
        <source>Run the local API server</source>
        <translation>Lancer le serveur d&apos;API local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Try it in a terminal:</source>
        <translation>Essayez-le dans un terminal :</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Requête d&apos;exemple</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>none (any program on this computer may call it)</source>
        <translation>aucune (tout programme de cet ordinateur peut l&apos;appeler)</translation>
    </message>
    <message>
        <source>Programs must then send it as &quot;Authorization: Bearer KEY&quot;.
Type a new key (empty to remove it):</source>
        <translation>Les programmes devront alors l&apos;envoyer sous la forme &quot;Authorization: Bearer KEY&quot;.
Saisissez une nouvelle clé (vide pour la supprimer) :</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée : %1</translation>
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
        <source>Local API server</source>
        <translation>Serveur d&apos;API local</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Ce modèle</translation>
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
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Half the memory (q8_0)</source>
        <translation>Moitié moins de mémoire (q8_0)</translation>
    </message>
    <message>
        <source>Half the memory for the conversation the model holds, which can decide whether a model fits; on a CPU it reads and writes more slowly (see Performance in the README).</source>
        <translation>Moitié moins de mémoire pour la conversation que le modèle garde en tête, ce qui peut décider si un modèle tient ; sur un processeur, il lit et écrit plus lentement (voir Performance dans le README).</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Chats you return to, also after a restart, answer without reading their history again. A chat of 2,000 tokens takes about 300 MB with StableLM 2 1.6B; the least recently used are deleted first.</source>
        <translation>Les discussions que vous reprenez, même après un redémarrage, répondent sans relire leur historique. Une discussion de 2 000 jetons occupe environ 300 Mo avec StableLM 2 1.6B ; les moins récemment utilisées sont supprimées en premier.</translation>
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
        <source>Context memory</source>
        <translation>Mémoire du contexte</translation>
    </message>
    <message>
        <source>Disk space for resuming chats</source>
        <translation>Espace disque pour reprendre les discussions</translation>
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
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <source>Start a text that the model continues, for base models (Ctrl+Shift+N)</source>
        <translation>Commencer un texte que le modèle poursuit, pour les modèles de base (Ctrl+Shift+N)</translation>
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
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>%1, %2 GB — recommended for this computer</source>
        <translation>%1, %2 Go — recommandé pour cet ordinateur</translation>
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
<context>
    <name>Writing</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Let the model write on (Ctrl+Shift+Return)</source>
        <translation>Laisser le modèle poursuivre (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Undo last continuation</source>
        <translation>Annuler la dernière suite</translation>
    </message>
    <message>
        <source>Choose chat format</source>
        <translation>Choisir le format de conversation</translation>
    </message>
    <message>
        <source>%1 can only continue a text, so it cannot answer in this chat. The chat is kept: start a New text, or choose the model&apos;s chat format.</source>
        <translation>%1 ne sait que poursuivre un texte : il ne peut pas répondre dans cette conversation. Elle est conservée : commencez un Nouveau texte, ou choisissez le format de conversation du modèle.</translation>
    </message>
    <message>
        <source>The last continuation was taken out.</source>
        <translation>La dernière suite a été retirée.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add words to the text… (Enter adds them and lets the model continue)</source>
        <translation>Ajouter des mots au texte… (Entrée les ajoute et laisse le modèle poursuivre)</translation>
    </message>
    <message>
        <source>Type the beginning of a text below: the model continues it, word for word.</source>
        <translation>Tapez ci-dessous le début d’un texte : le modèle le poursuit, mot à mot.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The background task failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>La tâche en arrière-plan a échoué de façon inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>The message is too long: it needs {used} tokens plus {reserve} for the reply, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Le message est trop long&#xa0;: il lui faut {used} tokens plus {reserve} pour la réponse, mais le contexte n’en contient que {context}. Raccourcissez-le ou augmentez la longueur du contexte dans les Paramètres.</translation>
    </message>
    <message>
        <source>{name} uses the &apos;{architecture}&apos; architecture, which this version of llama.cpp cannot run.</source>
        <translation>{name} utilise l’architecture «&#xa0;{architecture}&#xa0;», que cette version de llama.cpp ne sait pas exécuter.</translation>
    </message>
    <message>
        <source>There is not enough memory to load {name}. Close other programs, pick a smaller quantization or a shorter context length.</source>
        <translation>Il n’y a pas assez de mémoire pour charger {name}. Fermez d’autres programmes, choisissez une quantification plus petite ou une longueur de contexte plus courte.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete. If it was downloaded, download it again.</source>
        <translation>{name} est endommagé ou incomplet. S’il a été téléchargé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {detail}</source>
        <translation>llama.cpp n’a pas pu charger {name}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>This model cannot keep its context in half the memory (q8_0), so Parla keeps it in full precision (f16).</source>
        <translation>Ce modèle ne peut pas garder son contexte dans moitié moins de mémoire (q8_0) : Parla le garde donc en précision complète (f16).</translation>
    </message>
    <message>
        <source>The model could not be loaded on the GPU ({reason}) Parla is running it on the CPU instead, which is slower.</source>
        <translation>Le modèle n’a pas pu être chargé sur le GPU ({reason}) Parla l’exécute à la place sur le CPU, ce qui est plus lent.</translation>
    </message>
    <message>
        <source>{name} is open for text completion only. To chat with it, choose its chat format in the model&apos;s settings.</source>
        <translation>{name} est ouvert pour la complétion de texte uniquement. Pour discuter avec lui, choisissez son format de discussion dans les réglages du modèle.</translation>
    </message>
    <message>
        <source>The text is too long to continue: it needs {used} tokens plus {reserve} for the continuation, but the context holds {context}. Shorten it or raise the context length in Settings.</source>
        <translation>Le texte est trop long pour être continué : il lui faut {used} tokens plus {reserve} pour la suite, mais le contexte en contient {context}. Raccourcissez-le ou augmentez la longueur de contexte dans les Réglages.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating the reply ({detail}).</source>
        <translation>llama.cpp a échoué pendant la génération de la réponse ({detail}).</translation>
    </message>
    <message>
        <source>No model is loaded. Open a model first.</source>
        <translation>Aucun modèle n’est chargé. Ouvrez d’abord un modèle.</translation>
    </message>
    <message>
        <source>{name} ended its replies after {count} tokens, too few to measure its speed.</source>
        <translation>{name} a terminé ses réponses après {count} tokens, trop peu pour mesurer sa vitesse.</translation>
    </message>
    <message>
        <source>The model could not be loaded because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Le modèle n’a pas pu être chargé à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>The reply failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La réponse a échoué à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>The model could not be closed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Le modèle n’a pas pu être fermé à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>{file} is in GGUF version {version}, which Parla cannot read.</source>
        <translation>{file} est au format GGUF version {version}, que Parla ne sait pas lire.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>Le fichier de modèle {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>{file} is not a GGUF model file: its content is not in the GGUF format, whatever its name. It may be damaged or incomplete, or another kind of file.</source>
        <translation>{file} n’est pas un fichier de modèle GGUF : son contenu n’est pas au format GGUF, quel que soit son nom. Il est peut-être endommagé ou incomplet, ou c’est un autre type de fichier.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (its header cannot be read). If it was downloaded, download it again.</source>
        <translation>{file} est endommagé ou incomplet (son en-tête est illisible). S’il a été téléchargé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is incomplete: it is {size} bytes but its header describes {expected} bytes. If it was downloaded, download it again.</source>
        <translation>{file} est incomplet&#xa0;: il fait {size} octets, mais son en-tête en décrit {expected}. S’il a été téléchargé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} does not say which model architecture it is.</source>
        <translation>{file} n’indique pas son architecture de modèle.</translation>
    </message>
    <message>
        <source>The repository {repo} was not found on Hugging Face. If it is private, add a Hugging Face access token in Settings.</source>
        <translation>Le dépôt {repo} est introuvable sur Hugging Face. S’il est privé, ajoutez un jeton d’accès Hugging Face dans les Paramètres.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {file}. This model needs a Hugging Face access token (add it in Settings) and its licence accepted on its page, huggingface.co/{repo}.</source>
        <translation>Hugging Face a refusé l’accès à {file}. Ce modèle nécessite un jeton d’accès Hugging Face (à ajouter dans les Paramètres) et l’acceptation de sa licence sur sa page, huggingface.co/{repo}.</translation>
    </message>
    <message>
        <source>The file {file} was not found on Hugging Face: the model catalog may be out of date. A newer Parla may have it.</source>
        <translation>Le fichier {file} est introuvable sur Hugging Face&#xa0;: le catalogue de modèles n’est peut-être plus à jour. Une version plus récente de Parla l’a peut-être.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. What was already downloaded of {file} is kept: wait a few minutes, then download it again to continue.</source>
        <translation>Hugging Face reçoit trop de requêtes de cet ordinateur. Ce qui a déjà été téléchargé de {file} est conservé&#xa0;: attendez quelques minutes, puis relancez le téléchargement pour continuer.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). What was already downloaded of {file} is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face ne répond pas correctement pour le moment (erreur {status}). Ce qui a déjà été téléchargé de {file} est conservé&#xa0;: réessayez plus tard et le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Hugging Face could not deliver {file} (error {status}). What was already downloaded is kept: try again later. If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face n’a pas pu fournir {file} (erreur {status}). Ce qui a déjà été téléchargé est conservé&#xa0;: réessayez plus tard. Si le problème persiste, une version plus récente de Parla est peut-être nécessaire.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to download {file}. Check the internet connection, then download it again: what was already downloaded is kept.</source>
        <translation>Parla n’a pas pu joindre Hugging Face pour télécharger {file}. Vérifiez la connexion à internet, puis relancez le téléchargement&#xa0;: ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>Hugging Face n’a pas répondu à temps pendant le téléchargement de {file}. Ce qui a déjà été téléchargé est conservé&#xa0;: réessayez plus tard et le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The connection kept breaking while downloading {file}. What was already downloaded is kept: try again later and the download continues where it stopped.</source>
        <translation>La connexion n’a cessé de se couper pendant le téléchargement de {file}. Ce qui a déjà été téléchargé est conservé&#xa0;: réessayez plus tard et le téléchargement reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The disk is full. What was already downloaded of {file} is kept: free some space, then download it again to continue.</source>
        <translation>Le disque est plein. Ce qui a déjà été téléchargé de {file} est conservé&#xa0;: libérez de l’espace, puis relancez le téléchargement pour continuer.</translation>
    </message>
    <message>
        <source>Parla could not save {file} in {folder}. Check that the folder can be written to; the details are in Parla&apos;s log.</source>
        <translation>Parla n’a pas pu enregistrer {file} dans {folder}. Vérifiez que le dossier est accessible en écriture&#xa0;; les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>Not enough free disk space for {file}: it needs {needed} GB, {free} GB are free.</source>
        <translation>Pas assez d’espace disque libre pour {file}&#xa0;: il faut {needed} Go, {free} Go sont libres.</translation>
    </message>
    <message>
        <source>The file {file} arrived corrupted (its SHA256 does not match) and was deleted. Download it again.</source>
        <translation>Le fichier {file} est arrivé corrompu (son SHA256 ne correspond pas) et a été supprimé. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Hugging Face sent incomplete information about {file}. Try again later.</source>
        <translation>Hugging Face a envoyé des informations incomplètes sur {file}. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Hugging Face reports no SHA256 for {file}, so Parla cannot check it and did not download it.</source>
        <translation>Hugging Face n’indique aucun SHA256 pour {file}&#xa0;: Parla ne peut donc pas le vérifier et ne l’a pas téléchargé.</translation>
    </message>
    <message>
        <source>Downloading {file} failed because of an unexpected problem; the details are in Parla&apos;s log. What was already downloaded is kept.</source>
        <translation>Le téléchargement de {file} a échoué à cause d’un problème inattendu&#xa0;; les détails se trouvent dans le journal de Parla. Ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>Waiting for another Parla window that is downloading this file</source>
        <translation>En attente d’une autre fenêtre de Parla qui télécharge ce fichier</translation>
    </message>
    <message>
        <source>Checking the file on Hugging Face</source>
        <translation>Vérification du fichier sur Hugging Face</translation>
    </message>
    <message>
        <source>Connection problem; retrying in {seconds} s (attempt {attempt} of {attempts}).</source>
        <translation>Problème de connexion&#xa0;; nouvel essai dans {seconds} s (tentative {attempt} sur {attempts}).</translation>
    </message>
    <message>
        <source>No installed model is called &apos;{key}&apos;.</source>
        <translation>Aucun modèle installé ne s’appelle «&#xa0;{key}&#xa0;».</translation>
    </message>
    <message>
        <source>The library already has a file named {file}.</source>
        <translation>La bibliothèque contient déjà un fichier nommé {file}.</translation>
    </message>
    <message>
        <source>Measuring failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La mesure a échoué à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>The download failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>Le téléchargement a échoué à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>The import failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>L’importation a échoué à cause d’une erreur inattendue. Les détails se trouvent dans le journal de Parla.</translation>
    </message>
    <message>
        <source>Parla could not read or copy {file}. Check that the file can be read and that the disk has room for it.</source>
        <translation>Parla n’a pas pu lire ou copier {file}. Vérifiez que le fichier est lisible et que le disque a assez de place pour lui.</translation>
    </message>
    <message>
        <source>Your chats in {path} were saved by a newer version of Parla (database version {version}; this one knows up to {known}). Update Parla to open them; the file was left unchanged.</source>
        <translation>Vos discussions dans {path} ont été enregistrées par une version plus récente de Parla (version de base de données {version}&#xa0;; celle-ci connaît jusqu’à la {known}). Mettez Parla à jour pour les ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Shown as plain text: too long or too complex to format.</source>
        <translation>Affiché en texte brut : trop long ou trop complexe à mettre en forme.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[image : {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Aucun modèle n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Text completion (no chat)</source>
        <translation>Complétion de texte (sans discussion)</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues a text rather than answering questions, so it is open for text completion.</source>
        <extracomment>First match wins: (test on the metadata and name words, format, evidence for the log).</extracomment>
        <translation>{name} est un modèle de base : il continue un texte au lieu de répondre aux questions, il est donc ouvert pour la complétion de texte.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format (it looks like {format}) in the model&apos;s settings.</source>
        <translation>{file} n&apos;a pas de modèle de discussion et est peut-être un modèle de base, qui continue un texte au lieu de répondre. Il est ouvert pour la complétion de texte ; si c&apos;est un modèle de discussion, choisissez son format (il ressemble à {format}) dans les réglages du modèle.</translation>
    </message>
    <message>
        <source>{file} has no chat template and may be a base model, which continues a text rather than answering. It is open for text completion; if it is a chat model, choose its chat format in the model&apos;s settings.</source>
        <translation>{file} n&apos;a pas de modèle de discussion et est peut-être un modèle de base, qui continue un texte au lieu de répondre. Il est ouvert pour la complétion de texte ; si c&apos;est un modèle de discussion, choisissez son format dans les réglages du modèle.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, for example http://192.168.1.20:8080/v1.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple http://192.168.1.20:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a web address. Write it as http://host:port/v1.</source>
        <translation>« {address} » n&apos;est pas une adresse web. Écrivez-la sous la forme http://hôte:port/v1.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has a port that is not a number.</source>
        <translation>« {address} » a un port qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Leave the user name, password, &apos;?&apos; and &apos;#&apos; out of the address; the API key has a field of its own.</source>
        <translation>Retirez de l&apos;adresse le nom d&apos;utilisateur, le mot de passe, « ? » et « # » ; la clé d&apos;API a son propre champ.</translation>
    </message>
    <message>
        <source>There is already a connection named &apos;{name}&apos;.</source>
        <translation>Il existe déjà une connexion nommée « {name} ».</translation>
    </message>
    <message>
        <source>Nothing answers at {url}. Is the server running, and is the address right? ({detail})</source>
        <translation>Rien ne répond à {url}. Le serveur est-il lancé, et l&apos;adresse est-elle juste ? ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering (nothing for {seconds} seconds).</source>
        <translation>Le serveur {host} ne répond plus (rien depuis {seconds} secondes).</translation>
    </message>
    <message>
        <source>The server at {host} refused the API key (HTTP {status}). Check the key in the connection&apos;s settings. ({detail})</source>
        <translation>Le serveur {host} a refusé la clé d&apos;API (HTTP {status}). Vérifiez la clé dans les réglages de la connexion. ({detail})</translation>
    </message>
    <message>
        <source>The server at {host} has no model named &apos;{model}&apos;. It has: {available}.</source>
        <translation>Le serveur {host} n&apos;a pas de modèle nommé « {model} ». Il a : {available}.</translation>
    </message>
    <message>
        <source>The server at {host} lists no models. Load one on the server, or type the model&apos;s name by hand.</source>
        <translation>Le serveur {host} ne liste aucun modèle. Chargez-en un sur le serveur, ou saisissez le nom du modèle à la main.</translation>
    </message>
    <message>
        <source>{url} does not answer like an OpenAI-compatible server (HTTP {status}). Check the address: it usually ends in /v1.</source>
        <translation>{url} ne répond pas comme un serveur compatible OpenAI (HTTP {status}). Vérifiez l&apos;adresse : elle se termine d&apos;habitude par /v1.</translation>
    </message>
    <message>
        <source>The conversation is too long for the model on {host}: {detail} Start a new chat, or delete some messages.</source>
        <translation>La conversation est trop longue pour le modèle sur {host} : {detail} Commencez une nouvelle discussion, ou supprimez des messages.</translation>
    </message>
    <message>
        <source>The server at {host} answered with an error (HTTP {status}): {detail}</source>
        <translation>Le serveur {host} a répondu par une erreur (HTTP {status}) : {detail}</translation>
    </message>
    <message>
        <source>The server at {host} stopped the reply with an error: {detail}</source>
        <translation>Le serveur {host} a arrêté la réponse par une erreur : {detail}</translation>
    </message>
    <message>
        <source>The connection to {host} closed before the reply was finished; what arrived is kept.</source>
        <translation>La connexion à {host} s&apos;est fermée avant la fin de la réponse ; ce qui est arrivé est conservé.</translation>
    </message>
    <message>
        <source>The server at {host} closed the connection without a reply. Its log says why; a conversation longer than the server&apos;s context is a common cause.</source>
        <translation>Le serveur {host} a fermé la connexion sans répondre. Son journal dit pourquoi ; une conversation plus longue que le contexte du serveur en est une cause fréquente.</translation>
    </message>
    <message>
        <source>The server at {host} sent something that is not an OpenAI-compatible reply ({detail}).</source>
        <translation>Le serveur {host} a envoyé quelque chose qui n&apos;est pas une réponse compatible OpenAI ({detail}).</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in Parla&apos;s log.</source>
        <translation>Le test a échoué de façon inattendue. Les détails sont dans le journal de Parla.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to search for models. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla n&apos;a pas pu joindre Hugging Face pour chercher des modèles. Vérifiez la connexion internet ; les modèles déjà installés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer the search in time. Try again in a moment.</source>
        <translation>Hugging Face n&apos;a pas répondu à la recherche à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}). Try the search again later.</source>
        <translation>Hugging Face ne répond pas correctement en ce moment (erreur {status}). Relancez la recherche plus tard.</translation>
    </message>
    <message>
        <source>Hugging Face refused the search (error {status}). If this keeps happening, a newer Parla may be needed.</source>
        <translation>Hugging Face a refusé la recherche (erreur {status}). Si cela continue, une version plus récente de Parla est peut-être nécessaire.</translation>
    </message>
    <message>
        <source>Hugging Face refused the access token saved in Parla. Check it or remove it in Settings, then try again.</source>
        <translation>Hugging Face a refusé le jeton d&apos;accès enregistré dans Parla. Vérifiez-le ou supprimez-le dans les Réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from this computer. Wait a few minutes, then try again.</source>
        <translation>Hugging Face reçoit trop de requêtes de cet ordinateur. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Parla could not reach Hugging Face to list the files of {repo}. Check the internet connection; the models already installed keep working.</source>
        <translation>Parla n&apos;a pas pu joindre Hugging Face pour lister les fichiers de {repo}. Vérifiez la connexion internet ; les modèles déjà installés continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Hugging Face did not answer in time while listing the files of {repo}. Try again in a moment.</source>
        <translation>Hugging Face n&apos;a pas répondu à temps en listant les fichiers de {repo}. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Hugging Face is not answering properly right now (error {status}), so the files of {repo} cannot be listed. Try again later.</source>
        <translation>Hugging Face ne répond pas correctement en ce moment (erreur {status}), les fichiers de {repo} ne peuvent donc pas être listés. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Hugging Face could not list the files of {repo} (error {status}).</source>
        <translation>Hugging Face n&apos;a pas pu lister les fichiers de {repo} (erreur {status}).</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files, so Parla cannot run its models. Search for the model&apos;s name to find a repository with a GGUF version of it.</source>
        <translation>{repo} n&apos;a pas de fichiers GGUF, Parla ne peut donc pas exécuter ses modèles. Cherchez le nom du modèle pour trouver un dépôt qui en a une version GGUF.</translation>
    </message>
    <message>
        <source>{repo} is gated: to download from it, accept its licence on huggingface.co/{repo} while logged in, then add a Hugging Face access token in Settings.</source>
        <translation>{repo} est à accès restreint : pour en télécharger, acceptez sa licence sur huggingface.co/{repo} en étant connecté, puis ajoutez un jeton d&apos;accès Hugging Face dans les Réglages.</translation>
    </message>
    <message>
        <source>{repo} is private: Parla can only download from it with a Hugging Face access token that can read it (add it in Settings).</source>
        <translation>{repo} est privé : Parla ne peut en télécharger qu&apos;avec un jeton d&apos;accès Hugging Face qui peut le lire (ajoutez-le dans les Réglages).</translation>
    </message>
    <message>
        <source>{file} is split into {parts} files, and Parla cannot download split models yet. Choose a quantization that is a single file.</source>
        <translation>{file} est découpé en {parts} fichiers, et Parla ne sait pas encore télécharger les modèles découpés. Choisissez une quantification en un seul fichier.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} n&apos;a pas de fichier GGUF nommé {file}.</translation>
    </message>
    <message>
        <source>Parla could not read the header of {file} on Hugging Face, so the memory it needs is unknown. Try again later.</source>
        <translation>Parla n&apos;a pas pu lire l&apos;en-tête de {file} sur Hugging Face, la mémoire nécessaire est donc inconnue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The header of {file} does not give the numbers the memory estimate needs, so the memory it needs is unknown.</source>
        <translation>L&apos;en-tête de {file} ne donne pas les nombres dont l&apos;estimation de mémoire a besoin, la mémoire nécessaire est donc inconnue.</translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{query}”.</source>
        <translation>Aucun modèle GGUF sur Hugging Face ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>The search failed because of an unexpected error. The details are in Parla&apos;s log.</source>
        <translation>La recherche a échoué à cause d&apos;une erreur inattendue. Les détails sont dans le journal de Parla.</translation>
    </message>
</context>
</TS>
