<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>convient</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>Adéquation à cet ordinateur&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>Votre propre ChatGPT, sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Sections de la fenêtre À propos</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>Choisissez ce que vous voulez lire&#xa0;: les versions de Hearth, sa compilation de llama.cpp, les licences</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>Copier les versions et les détails de compilation, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fermer cette boîte de dialogue</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>Icône de {app}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>(application empaquetée)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>Backend GPU</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>llama.cpp n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Fonctionnalités du CPU</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>Compilation CPU</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>Aucun&#xa0;: fonctionne sur le CPU</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>jeu d&apos;instructions de base uniquement</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>(avec {options})</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>Portable&#xa0;: {count} variantes CPU, la meilleure est chargée ({variants})</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>Un seul backend CPU&#xa0;: il faut un processeur doté de toutes les fonctionnalités ci-dessus</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>Informations système de llama.cpp</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>La ligne que llama.cpp affiche sur le système où il s&apos;exécute</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>Informations système, telles que llama.cpp les indique&#xa0;:</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>Les licences de Hearth, des logiciels sur lesquels il repose, et du modèle</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>Licence à afficher</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>Choisissez la licence dont le texte complet s&apos;affiche ci-dessous</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>Le texte complet de la licence choisie</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Texte complet&#xa0;:</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>Hearth et les logiciels sur lesquels il repose&#xa0;:</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} n&apos;indique pas de licence dans son fichier&#xa0;; vérifiez les conditions là où vous l&apos;avez obtenu.</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>{name} est sous licence «&#xa0;{licence}&#xa0;», comme l&apos;indique son fichier. Ses conditions s&apos;appliquent à ce que vous en faites.</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>Une réponse a été interrompue lors de la dernière fermeture de Hearth ; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>{count} réponses ont été interrompues lors de la dernière fermeture de Hearth ; elles sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>Le dossier de données est en lecture seule&#xa0;: vos discussions restent lisibles, mais rien de nouveau n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>Hearth ne peut pas démarrer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>Ce modèle ne peut pas voir les images&#xa0;: choisissez un modèle de vision (un œil dans le sélecteur de modèle)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Écrivez votre message ici&#xa0;: Entrée l&apos;envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Écrire à Hearth…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>Quitte la modification&#xa0;: le message reste tel quel.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>Retirer le texte collé</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>Retire du message le texte collé joint.</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>Choisit des images à envoyer avec le message, pour un modèle capable de les voir.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>Envoie le message au modèle.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>Arrête l&apos;écriture de la réponse.</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>Texte collé joint&#xa0;: {characters} caractères, {lines} lignes&#xa0;; il est envoyé avec votre message.</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>Modification d&apos;un message&#xa0;: l&apos;envoi crée une nouvelle version&#xa0;; l&apos;ancienne est conservée.</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>Un instant&#xa0;: une image est encore en cours de lecture.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>Discussion supprimée.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>l&apos;image collée</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>Non jointe&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>Non jointe&#xa0;: impossible de lire {name} ({error})</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>Non jointe&#xa0;: échec de la lecture de {name} ({error})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lecture de l&apos;image…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>Retire cette image du message.</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Image absente</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Images jointes</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>Les images envoyées avec le message ; chacune peut être retirée.</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>Recherche dans {collections}…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>Trouvé dans {collections}&#xa0;: {passages}&#xa0;; lecture en cours…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>Nommez la collection (par exemple «&#xa0;Notes de travail&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>Il existe déjà une collection nommée {name}&#xa0;: son menu (⋯) permet d&apos;y ajouter des dossiers et des fichiers.</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>Un dossier pour {name}</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>Ajouter un dossier à {name}</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>Ajouter des fichiers à {name}</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>Indexation de {name}… vous pouvez continuer à discuter en attendant.</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>indexé en partie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Problèmes dans {name}</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>{count} fichier a été ignoré</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>{count} fichiers ont été ignorés</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} indexé(s) en partie seulement</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped} et {partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>Aucun problème&#xa0;: tous les fichiers ont été indexés.</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}. Corrigez le fichier et choisissez Actualiser pour le réindexer.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>Les fichiers ignorés ou indexés en partie seulement, et pourquoi.</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>Ferme la liste des problèmes.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Retirer {name} de Hearth&#xa0;?

Son unique fichier indexé reste intact&#xa0;: seul l&apos;index de Hearth est supprimé. Les réponses qui l&apos;ont citée conservent les passages qu&apos;elles ont cités.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Retirer {name} de Hearth&#xa0;?

Ses {count} fichiers indexés restent intacts&#xa0;: seul l&apos;index de Hearth est supprimé. Les réponses qui l&apos;ont citée conservent les passages qu&apos;elles ont cités.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Retirer {name} de Hearth&#xa0;?

Ses fichiers restent intacts&#xa0;: seul l&apos;index de Hearth est supprimé. Les réponses qui l&apos;ont citée conservent les passages qu&apos;elles ont cités.</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Retirer la collection</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>{count} fichier indexé</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>{count} fichiers indexés</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>{count} disparu(s) du disque</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} ignoré(s)</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>à jour ({count} fichier)</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>à jour ({count} fichiers)</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}&#xa0;: indexation arrêtée&#xa0;; {count} fichier traité</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}&#xa0;: indexation arrêtée&#xa0;; {count} fichiers traités</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — recherche par mots-clés uniquement ({reason})</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} est encore en cours de retrait&#xa0;: réessayez dans un instant</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}&#xa0;: échec de l&apos;indexation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>{name} a été retiré de Hearth&#xa0;; ses fichiers restent intacts.</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>Aucune collection de documents pour l&apos;instant&#xa0;: ajoutez un dossier sous Documents dans la barre latérale.</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>Docs&#xa0;: {collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>Choisit les collections de documents à partir desquelles cette discussion répond.</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Répondre à partir de ces collections&#xa0;:</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>Cette discussion répond à partir de {collections}, en citant les passages qu&apos;elle utilise</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>Répondre à partir de vos documents&#xa0;: choisissez les collections dans lesquelles cette discussion cherche</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} fichier</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} fichiers</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} passage</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} passages</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count} problème</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} problèmes</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>encore environ {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>encore environ {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>encore environ {hours} h</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>Calcul des embeddings&#xa0;: {done} passages sur {total}</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} sur {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>Aucun dossier ni fichier pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Pas encore indexée</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}&#xa0;: menu</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>Ouvre le menu de cette collection.</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>Ajouter des dossiers ou des fichiers, actualiser, problèmes, retirer</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>Fichiers ignorés ou indexés en partie seulement&#xa0;: Afficher les problèmes… dans son menu en donne la raison</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>Collection {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>En attente de la recherche de modifications…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>En attente d&apos;indexation…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>Affiche ou masque vos collections de documents.</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>Afficher ou masquer vos collections de documents</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>Crée une nouvelle collection, à partir d&apos;un dossier ou de fichiers, avec laquelle discuter.</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>Nouvelle collection… (un dossier ou des fichiers avec lesquels discuter)</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>Ajoutez un dossier pour discuter avec vos documents&#xa0;: Hearth y puise ses réponses, en citant ses sources.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>Crée votre première collection, à partir d&apos;un dossier avec lequel discuter.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>Vos collections de documents : chaque ligne a son propre menu.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Arrêter l&apos;indexation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>Afficher les problèmes…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>Discutez avec des modèles sur un autre ordinateur&#xa0;: vLLM, llama-server, Ollama, LM Studio ou un autre Hearth. Les messages envoyés à un moteur distant quittent cet ordinateur. Les clés d&apos;API sont conservées dans le trousseau du système (ou lues depuis une variable d&apos;environnement), jamais dans les fichiers de Hearth.</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>clé dans le trousseau</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>clé depuis {variable}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>aucun modèle</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modèle</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modèles</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>Moteurs distants</translation>
    </message>
    <message>
        <source>The remote engines added, with their address, key and state</source>
        <translation>Les moteurs distants ajoutés, avec leur adresse, leur clé et leur état</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>Moteur sélectionné</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>Redemander ses modèles au moteur sélectionné (ou à tous les moteurs)</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>Oublier le moteur sélectionné et sa clé d&apos;API</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Ajouter un moteur</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>facultatif&#xa0;: conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>Lire la clé depuis une variable d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Lire la clé depuis une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>Prendre la clé d&apos;API dans la variable d&apos;environnement indiquée à côté</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>facultatif&#xa0;: pour un serveur doté de son propre certificat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>Parcourir pour choisir un bundle CA</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>Choisir le fichier de certificats avec lequel le certificat du serveur est vérifié</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>Ajouter le moteur décrit ci-dessus et le vérifier</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>Message des moteurs</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>Le nom sous lequel le moteur apparaît dans le sélecteur de modèle</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>L&apos;adresse compatible OpenAI du moteur, par exemple http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>La clé d&apos;API du moteur, s&apos;il en demande une</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d&apos;environnement</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>La variable d&apos;environnement qui contient la clé d&apos;API</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>Un fichier de certificats pour un serveur doté de son propre certificat</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>Bundle CA&#xa0;: {path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>{name} ne peut pas être interrogé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>il n&apos;y a pas de bundle CA à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>indiquez le nom de la variable d&apos;environnement qui contient la clé (lettres, chiffres et «&#xa0;_&#xa0;», par ex. GPU_BOX_KEY)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} a été ajouté.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} a été retiré.</translation>
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
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Échec de l&apos;exportation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>Importer une discussion</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Discussion Hearth</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>Échec de l&apos;importation&#xa0;: {name} n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Échec de l&apos;importation&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>Exporter les avis comme données SFT</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>Exporter les avis comme données de préférences</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>{count} enregistrements SFT écrits dans {path}</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>{count} enregistrements de préférences écrits dans {path}</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>Ouvre les réglages de Hearth et de cette discussion.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>Affiche la page des modèles&#xa0;: télécharger, trouver et gérer des modèles.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>Choisissez un modèle pour commencer à discuter.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>Le charger quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modèles GGUF</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>impossible de charger {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>Chargement du modèle… vous pouvez commencer à écrire.</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>Le modèle n&apos;a pas pu être chargé&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — {model} reste utilisé.</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>Ouvrez un autre fichier GGUF, ou téléchargez un modèle.</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>Source {number}&#xa0;: {where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>Cette réponse cite [{number}], mais aucune source {number} ne lui a été fournie</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: cette discussion est vide.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>&amp;Importer une discussion…</translation>
    </message>
    <message>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exporter la discussion en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exporter la discussion en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;SFT data…</source>
        <translation>Exporter les avis en données &amp;SFT…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>Exporter les avis en données de &amp;préférences…</translation>
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
        <source>S&amp;top reply</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>Ré&amp;générer la réponse</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>Réglage&amp;s de la discussion…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>&amp;Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>Faites-le &amp;vôtre…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>Qu&apos;est-ce qui était bien ou mal dans cette réponse&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>Un message très long</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>Ce message fait environ {estimate} jetons&#xa0;; le contexte du modèle en contient {size}. Les tours plus anciens seront omis, ou il risque de ne pas tenir du tout. L&apos;envoyer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>Non ouvert&#xa0;: {address} (seuls les liens web et de messagerie s&apos;ouvrent)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>Ouvrir cette adresse dans votre navigateur&#xa0;?

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>Interrompue&#xa0;: Hearth s&apos;est fermé avant la fin de cette réponse</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>Coupée à la limite de longueur</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>La réponse a échoué</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s avant le premier jeton</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>Affiche la version précédente.</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>Affiche la version suivante.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>Réponse de l&apos;assistant</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>Le texte du message&#xa0;; il peut être sélectionné et copié.</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Afficher le message entier</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>Ouvre le texte entier de ce long message dans une visionneuse.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>Copie le texte du message dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>Place le message dans la zone de saisie pour le modifier.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>Écrit une nouvelle version de cette réponse.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>Continuer la réponse</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>Laisse le modèle reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>Juge la réponse bonne, avec une remarque facultative.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Mauvaise</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>Juge la réponse mauvaise, avec une remarque facultative.</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Statistiques de la réponse</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>La réponse a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>Exclu du contexte du modèle (trop long)</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>Mauvaise réponse — votre remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>Bonne réponse — votre remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>Tout afficher ({count} caractères de plus)</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>Le message entier</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>Le texte entier du message, en lecture seule.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>Choisit le modèle de cette discussion, ou ouvre un fichier GGUF.</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>Choisir le modèle de cette discussion</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Ouvrir un fichier GGUF…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Peut voir les images</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>peut voir les images</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>Un adaptateur que vous avez entraîné sur {model}</translation>
    </message>
    <message>
        <source>{engine} — remote · {host}</source>
        <translation>{engine} — distant · {host}</translation>
    </message>
    <message>
        <source>{model}   [remote]</source>
        <translation>{model}   [distant]</translation>
    </message>
    <message>
        <source>on {engine} ({url})</source>
        <translation>sur {engine} ({url})</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>Hors ligne&#xa0;: le Hugging Face Hub est inaccessible, rien ne peut donc être téléchargé pour l&apos;instant. Vous pouvez toujours ouvrir un fichier GGUF et utiliser les modèles déjà présents sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Échec du téléchargement&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} ne contient plus {file}</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>Recherche de {name} sur le Hugging Face Hub…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>La requête au Hub a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>Copie de {name}… {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>{name} lié</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>{name} oublié</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} supprimé</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} sur {total} · {speed}/s, encore {time}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} sur {total} · {speed}/s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · vérifié</translation>
    </message>
    <message>
        <source>{done} of {total} · {state}</source>
        <translation>{done} sur {total} · {state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Suspendre le téléchargement</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>Interrompt le téléchargement pour l&apos;instant&#xa0;; Reprendre repart de là.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>Reprend le téléchargement suspendu.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Réessayer le téléchargement</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>Relance le téléchargement qui a échoué.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>Arrête le téléchargement et supprime ce qui a été téléchargé.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>Masquer le téléchargement</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>Retire ce téléchargement de la liste.</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Progression de {name}</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>État du téléchargement de {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>Aucun téléchargement en cours.</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>En file d&apos;attente…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Téléchargement&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>Télécharge ce fichier, ou lance une discussion avec lui une fois qu&apos;il est dans la bibliothèque.</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>Dans la bibliothèque</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Utiliser {name}</translation>
    </message>
    <message>
        <source>{status} {name}</source>
        <translation>{status} · {name}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>Télécharger {name}</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>Rechercher des modèles GGUF sur le Hugging Face Hub, par ex. qwen instruct</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Rechercher sur le Hub</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>Mots à rechercher parmi les modèles GGUF du Hugging Face Hub&#xa0;; Entrée lance la recherche.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>Envoie les mots recherchés au Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>La recherche envoie vos mots au Hugging Face Hub&#xa0;; rien d&apos;autre ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>État du Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>Dépôts contenant des fichiers GGUF&#xa0;; choisissez-en un pour lister ses fichiers.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>Convient&#xa0;?</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>Les fichiers de modèle du dépôt, par quantification, avec Télécharger ou Utiliser.</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>Jeton pour les modèles à accès restreint&#xa0;:</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Jeton Hugging Face</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>Un jeton d&apos;accès pour les modèles à accès restreint du Hugging Face Hub.</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  (stocké là où huggingface_hub le conserve)</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Enregistrer le jeton</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>Stocke le jeton là où huggingface_hub le conserve.</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>Supprime le jeton Hugging Face stocké.</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>Jeton non enregistré&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>Jeton enregistré&#xa0;; les dépôts à accès restreint auxquels vous avez accès peuvent désormais être téléchargés.</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>Le jeton n&apos;a pas pu être oublié&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>Jeton oublié.</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>Jeton oublié&#xa0;; HF_TOKEN est toujours défini dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>Recherche de «&#xa0;{words}&#xa0;»…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo} (accès restreint)</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>{count} dépôts avec des fichiers GGUF, les plus téléchargés en premier.</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Aucun dépôt GGUF ne correspond.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>La recherche a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>Liste des fichiers de {repo}…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}&#xa0;: {count} modèles GGUF (accès restreint&#xa0;: jeton requis)</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models</source>
        <translation>{repo}&#xa0;: {count} modèles GGUF</translation>
    </message>
    <message>
        <source>{name} ({parts} parts)</source>
        <translation>{name} ({parts} parties)</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>projecteur de vision</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quantif.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>Importer un fichier GGUF (copie)…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>Importer un fichier GGUF</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>Copie un fichier de modèle GGUF dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>Utiliser un fichier GGUF sur place…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>Utiliser un fichier GGUF sur place</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>Référence un fichier de modèle GGUF là où il se trouve, sans le copier.</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modèles sur cet ordinateur</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>Les modèles de la bibliothèque, chacun avec les boutons Utiliser et Supprimer.</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>Trouvés dans d&apos;autres applications (utilisés sur place, non copiés)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>Modèles trouvés dans d&apos;autres applications</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>Modèles téléchargés par d&apos;autres applications, chacun utilisable sur place.</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>Aucun modèle du cache Hugging Face, de LM Studio, de GPT4All ou d&apos;Ollama n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>Dossier des modèles&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>Analyse impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name} (lié)</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>inutilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>modèle d&apos;embedding&#xa0;: utilisé pour les documents</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>Utiliser sur place</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>Utiliser {name} sur place</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>Ajoute ce modèle à la bibliothèque sans le copier.</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>Lance une discussion avec ce modèle.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>Oublier {name}</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>Ne liste plus ce modèle&#xa0;; son fichier reste en place.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>Supprime le fichier de ce modèle de cet ordinateur.</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>Ne plus lister {name}&#xa0;? Le fichier lui-même reste où il est&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>Supprimer {name} ({size}) de cet ordinateur&#xa0;?
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Choisir un modèle GGUF</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← Retour à la discussion</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Retour à la discussion</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>Quitte la page Modèles et affiche à nouveau la discussion.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Message de la page Modèles</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>Modèles recommandés, recherche sur le Hugging Face Hub, et modèles présents sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>Modèles choisis pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>Les téléchargements en cours, en attente et terminés.</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} paramètres</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>contexte de {context}</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>Télécharge ce modèle, ou lance une discussion avec lui une fois qu&apos;il est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>Utilisé pour les documents</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>Utilisé pour les documents&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>Téléchargement&#xa0;: {percent}&#xa0;% · {name}</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — source {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>Le passage cité dans son fichier</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>Le texte du fichier, en lecture seule, avec le passage cité mis en évidence.</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>Ferme le passage.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>Ouvre le fichier avec l&apos;application prévue par le système.</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>Affiche le dossier qui contient le fichier.</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Ouvrir {path}</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>Lecture de la page {page}…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>La page {page} n&apos;a pas pu être relue&#xa0;: le passage est affiché tel qu&apos;il a été indexé.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>Le fichier a changé depuis son indexation : le passage est affiché tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>Le passage tel qu&apos;il a été indexé ; ouvrez le fichier pour le voir à sa place.</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>Le fichier a disparu ou ne peut pas être lu ({reason}) : le passage est affiché tel qu&apos;il a été indexé.</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>Les messages quittent cet ordinateur</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>Cette discussion utilise {model} sur {engine}. Ce que vous y envoyez, ainsi que la discussion qui précède, quittera cet ordinateur pour {host}.

L&apos;envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>La clé d&apos;API du serveur n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>Le serveur local n&apos;a pas démarré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>Le serveur local écoute sur {url}</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>Serveur&#xa0;:{port} · {count} en cours</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>Servir le modèle chargé à d&apos;autres applications (une API compatible OpenAI)</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>Servir le modèle chargé à d&apos;autres applications via une API compatible OpenAI</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>Le port sur lequel le serveur local écoute</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>Nombre de requêtes traitées simultanément, discussion de la fenêtre comprise</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>La discussion de la fenêtre en fait partie&#xa0;; chacune a son propre contexte</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>Autoriser les autres ordinateurs de mon réseau (ils doivent envoyer la clé d&apos;API)</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Autoriser les autres ordinateurs</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>Laisser les autres ordinateurs du réseau se connecter&#xa0;; ils doivent envoyer la clé d&apos;API</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>Laisser les clients de l&apos;API charger d&apos;autres modèles de la bibliothèque</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>Laisser les clients de l&apos;API charger d&apos;autres modèles</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>Les clients de l&apos;API peuvent charger n&apos;importe quel modèle de la bibliothèque, pas seulement celui qui est chargé</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>Conserver les conversations de l&apos;API avec mes discussions</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>Conserver les conversations de l&apos;API</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>Enregistrer parmi vos discussions les conversations des clients de l&apos;API</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>Créer une nouvelle clé d&apos;API&#xa0;; les clients qui utilisent l&apos;ancienne sont refusés</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Copier la clé d&apos;API dans le presse-papiers</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>Comment appeler le serveur</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>Exemples d&apos;appel du serveur avec curl et avec Python</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copier curl</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>Copier l&apos;exemple curl dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>Copier Python</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>Copier l&apos;exemple Python dans le presse-papiers</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>Appelez-le depuis votre éditeur, vos scripts, d&apos;autres applications&#xa0;:</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>inutile sur cet ordinateur seul</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>la clé n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>Arrêter et le signaler</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>Supprimer les tours les plus anciens (après le prompt système)</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>Garder une fenêtre glissante (en supprime la moitié d&apos;un coup, pour que le cache reste réutilisable)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des réglages</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>Choisissez les réglages à afficher&#xa0;: cette discussion, l&apos;application, le serveur ou les moteurs</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Cette discussion</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>Appliquer ces réglages et fermer la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>Fermer la boîte de dialogue sans appliquer les modifications</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>Remplir les réglages de cette discussion à partir d&apos;un préréglage enregistré</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>Enregistrer les réglages affichés comme préréglage, sous un nom de votre choix</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Supprimer le préréglage choisi</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>Utiliser pour les nouvelles discussions</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>Les nouvelles discussions commencent avec le préréglage choisi</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>Instructions que le modèle lit avant chaque message de cette discussion</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>réglage de l&apos;application</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>Variété des réponses&#xa0;: plus la valeur est élevée, plus elles sont aléatoires</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>Seuls les mots les plus probables qui atteignent ensemble cette probabilité sont retenus</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>Nombre de mots parmi les plus probables dans lesquels choisir&#xa0;; 0 pour aucune limite</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>Les mots moins probables que cette fraction du plus probable sont écartés</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>À quel point le modèle évite de se répéter</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>La longueur maximale d&apos;une réponse, en jetons</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>La même graine donne la même réponse&#xa0;; aléatoire pour une nouvelle à chaque fois</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>Combien de jetons de la discussion le modèle garde en mémoire</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Quand le contexte est plein</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>Ce qui se passe quand la discussion ne tient plus</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Force de l&apos;adaptateur</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>À quel point l&apos;adaptateur change les réponses du modèle : 0 pas du tout, 1 comme entraîné, 2 deux fois plus</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>À quel point l&apos;adaptateur change les réponses du modèle</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>Adaptateur : {name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(choisir un préréglage)</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name} (nouvelles discussions)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>Hearth affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>Parcourir pour choisir le dossier des modèles</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>Choisir le dossier où Hearth conserve et cherche les modèles</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>auto&#xa0;: toutes les couches si cette compilation peut utiliser un GPU&#xa0;; -1&#xa0;: toutes&#xa0;; 0&#xa0;: CPU uniquement</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>un par cœur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>Clair, sombre, contraste élevé, ou comme le système</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>La taille du texte de la fenêtre, en points&#xa0;; système pour celle du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>La langue de la fenêtre de Hearth&#xa0;; le terminal reste en anglais</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>Longueur de contexte par défaut</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>Combien de jetons une discussion garde en mémoire, sauf si elle fixe sa propre valeur</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>Combien de couches du modèle s&apos;exécutent sur le GPU</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>Combien de threads le modèle utilise sur le CPU</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>Le dossier où Hearth conserve et cherche les modèles</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>Commence une nouvelle discussion vide.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>Affiche les discussions dont le titre ou les messages contiennent ces mots.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>Vos discussions, les plus récentes en premier&#xa0;: choisissez-en une pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>Aucune discussion ne correspond</translation>
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
        <source>not cited</source>
        <translation>non citée</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>Source {number}&#xa0;: {place}, non citée par la réponse</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>Source {number}&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>Ouvre le passage dans son fichier.</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>Cliquez pour voir le passage dans son fichier</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>Affiche ou masque les passages fournis à cette réponse.</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>Sources ({count}, {cited} citées)</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Sources ({count})</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>La réponse cite aussi {listed}, mais aucune source {number} ne lui a été fournie.</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>La réponse cite aussi {listed}, mais aucune source portant ces numéros ne lui a été fournie.</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>État du modèle</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>Quelle part du modèle est chargée.</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>Vitesse de la dernière réponse</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>Restaure la discussion qui vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <source>remote · {host}</source>
        <translation>distant · {host}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU ({backend}, {layers} layers)</source>
        <translation>GPU ({backend}, {layers} couches)</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>Messages envoyés à {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>Chargé en {seconds} s · {parameters} M de paramètres · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Mémoire de Hearth&#xa0;: {before} avant, {after} après le chargement</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>Impossible de charger {model}</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contexte {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>Jetons de cette conversation dans le contexte du modèle, par rapport à la taille du contexte</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>(estimation&#xa0;: le serveur n&apos;a pas de point de terminaison de tokenisation)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>Les messages de cette discussion, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>Envoyez un message pour commencer la conversation.</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Afficher les messages précédents</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>Affiche les messages situés au-dessus du premier message à l&apos;écran.</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>Afficher les messages précédents ({count} de plus)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>Pour obtenir un premier modèle : en télécharger un, utiliser celui d&apos;une autre application ou ouvrir un fichier.</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>Hearth exécute des modèles de discussion sur cet ordinateur, au format GGUF. Rien de ce que vous écrivez ne le quitte. Choisissez un modèle à télécharger, utilisez-en un qu&apos;une autre application a déjà téléchargé, ou ouvrez un fichier que vous possédez.</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>Message de bienvenue</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>Ouvrir un fichier GGUF</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>Choisit sur cet ordinateur un fichier de modèle avec lequel discuter.</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>Parcourir tous les modèles…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Parcourir les modèles</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>Affiche la page des modèles, pour rechercher un modèle et le télécharger.</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modèles recommandés</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>Trouvés sur cet ordinateur, dans d&apos;autres applications</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Recherche des modèles téléchargés par d&apos;autres applications…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>Aucun trouvé (Hearth cherche dans le cache Hugging Face, LM Studio, GPT4All et Ollama).</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>Utiliser {model} sur place</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>Discute avec ce modèle là où il se trouve, sans le copier.</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}, page {page}</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}, lignes {start} à {end}</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}, ligne {line}</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… ({count} caractères de plus)</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>Affiche ou masque ce que le modèle a pensé avant de répondre.</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>La réflexion du modèle</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Réflexion pendant {seconds} s</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>Brève réflexion</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>Les arguments de l&apos;appel, tels que le modèle les a écrits</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>Exécute cet appel, cette fois seulement.</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Toujours pour cet outil</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>Exécute cet appel, et les appels suivants de cet outil sans demander.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>Ne l&apos;exécute pas&#xa0;; le modèle en est informé.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>Affiche ou masque la réponse de l&apos;outil.</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>La réponse de l&apos;outil</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>Outil {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>Outil {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>Exécuter cet outil&#xa0;? Rien ne s&apos;exécute sans votre accord.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>Refusé&#xa0;: le modèle a été informé qu&apos;il ne peut pas l&apos;exécuter</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>Non exécuté&#xa0;: la réponse s&apos;est terminée avant</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>Tours d&apos;outils par réponse</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>Après ce nombre de tours d&apos;appels d&apos;outils, le modèle doit répondre sans outils</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>Tours d&apos;outils par réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>Durée permise pour un appel d&apos;outil</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>Un appel plus long est abandonné, et le modèle en est informé</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>Un appel d&apos;outil peut durer&#xa0;:</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>Outils toujours autorisés</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>Chaque appel d&apos;outil vous est de nouveau soumis avant de s&apos;exécuter</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>Toujours autorisés&#xa0;:</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>aucun&#xa0;: chaque appel vous est soumis</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>Le modèle demande à exécuter {tool}&#xa0;: autorisez-le ou refusez-le</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>Aucun serveur d&apos;outils pour l&apos;instant&#xa0;: ajoutez un serveur MCP dans Réglages ▸ Outils.</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>Choisit les serveurs d&apos;outils (MCP) que cette discussion peut utiliser, avec votre accord.</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>Proposer au modèle les outils de&#xa0;:</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Serveurs d&apos;outils…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>Outils&#xa0;: {count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>Cette discussion peut demander à utiliser les outils de {servers}</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>Laisser le modèle utiliser des outils&#xa0;: choisissez les serveurs que cette discussion propose</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>Permet à un modèle de raisonnement de réfléchir avant de répondre, ou de répondre tout de suite.</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>Réflexion activée&#xa0;: le modèle réfléchit d&apos;abord (replié au-dessus de sa réponse)</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>Réflexion désactivée&#xa0;: le modèle répond tout de suite</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>Les serveurs d&apos;outils (MCP) donnent des outils au modèle&#xa0;: lire des fichiers, chercher, exécuter des commandes. Une discussion ne propose les outils d&apos;un serveur qu&apos;une fois que vous l&apos;avez choisi dans le menu Outils de la zone de saisie, et chaque appel attend votre accord. Un serveur est un programme de cet ordinateur, exécuté avec vos droits&#xa0;: n&apos;ajoutez que ceux auxquels vous faites confiance.</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>la commande ne peut pas être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d&apos;outils</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>Lancer une commande</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>Se connecter à un serveur déjà lancé sur cet ordinateur</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE, une par ligne (facultatif)</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>Pourquoi le serveur ne peut pas être ajouté</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>Le nom du serveur dans le menu Outils</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>Hearth lance le serveur et communique avec lui par son entrée et sa sortie</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>Le serveur tourne déjà, à une adresse de cet ordinateur (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>Le programme et ses arguments, tels que vous les taperiez dans un terminal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>Variables définies pour la commande, KEY=VALUE, une par ligne</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>L&apos;adresse du serveur&#xa0;: http://127.0.0.1, ::1 ou localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>Ajouter le serveur d&apos;outils décrit ci-dessus</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>saisissez la commande qui lance le serveur</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Serveurs d&apos;outils</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>Les serveurs d&apos;outils ajoutés, avec ce que chacun exécute et son état</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Commande ou adresse</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>Serveur d&apos;outils sélectionné</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>Message des outils</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>Ajouter un serveur d&apos;outils&#xa0;: une commande à lancer, ou une adresse</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>Oublier le serveur d&apos;outils sélectionné (et l&apos;arrêter)</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>Lancer le serveur d&apos;outils sélectionné et lister ses outils</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>Ouvrir ce que le serveur d&apos;outils sélectionné a écrit dans son journal</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>Environnement&#xa0;: {names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 outil</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>{count} outils</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>{name} a été ajouté. Vérifiez-le pour voir ses outils.</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} n&apos;a pas encore de journal&#xa0;: il n&apos;a pas été lancé.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>Image, {width} × {height} pixels</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>Ouvre l&apos;image en taille réelle.</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>La copie enregistrée de cette image a disparu.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>Activé&#xa0;: l&apos;image entière tient dans la fenêtre. Désactivé&#xa0;: elle est affichée à sa taille réelle, avec des barres de défilement.</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>Ferme l&apos;image.</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>Image manquante&#xa0;: sa copie enregistrée a disparu.</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>L&apos;image n&apos;a pas été jointe&#xa0;: le modèle capable de la voir n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>Les images nécessitent un modèle capable de les voir.</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} ne peut pas voir les images.</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>Aucun modèle de vision n&apos;est installé. Un tel modèle est accompagné d&apos;un fichier de projecteur (mmproj….gguf) dans son dossier&#xa0;: la page Modèles trouve et télécharge ces modèles. Ouvrir la page Modèles&#xa0;?</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>Non jointe&#xa0;: aucun modèle installé ne peut voir les images.</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>Passer à {model}, qui en est capable, et joindre l&apos;image une fois qu&apos;il est chargé&#xa0;?</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>Passer à {model}, qui en est capable, et joindre les images une fois qu&apos;il est chargé&#xa0;?</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>Non jointe&#xa0;: le modèle utilisé ne peut pas voir les images.</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>Le modèle seul n&apos;a pas terminé sa réponse : rien à comparer.</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>L&apos;adaptateur n&apos;a pas terminé sa réponse.</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>L&apos;adaptateur n&apos;a pas pu être interrogé : réessayez.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>Envoie le prochain message au modèle seul et à l&apos;adaptateur, et affiche les deux réponses</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>Répondre avec le modèle seul et avec l&apos;adaptateur, côte à côte</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Quelle réponse est la meilleure ?</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>Masque les deux réponses ; elles restent dans la discussion comme versions</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>Celle-ci est meilleure</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>État de la comparaison</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>En attente de la fin du modèle seul…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>Réponse de {name}</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>La réponse à comparer, en lecture seule</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} est meilleure</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>Note cette réponse bonne et l&apos;autre mauvaise : une paire de préférence pour votre prochain entraînement</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>Enregistré : {better} est meilleure. La paire est dans vos avis pour le prochain entraînement.</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>{liked}, {pairs}</source>
        <translation>{liked}, {pairs}</translation>
    </message>
    <message>
        <source>Your adapters</source>
        <translation>Vos adaptateurs</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>Pas encore d&apos;adaptateur : le premier entraînement terminé en placera un ici.</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name} (absent de cet ordinateur)</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>sur {model}</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>appris de {data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>Démarre une nouvelle discussion avec cet adaptateur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>Rapport de {name}</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>Montre si cela a aidé</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>Supprime le fichier de cet adaptateur</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>Rien à apprendre pour l&apos;instant. Mettez un pouce levé (Bonne) aux réponses qui vous plaisent : chacune est un exemple de ce que vous voulez. Appuyez sur Régénérer pour obtenir une autre version d&apos;une réponse, puis notez une version bonne et une autre mauvaise : cela fait une paire de préférence, le signal le plus fort. Revenez ici quand vous aurez noté quelques réponses.</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>Ce que contiennent vos avis</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Résumé des avis</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>Avis par modèle</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>Comment donner votre avis</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>Vos avis n&apos;ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Pas encore d&apos;avis.</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>{liked} et {pairs} pour apprendre.</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>1 des {total} paires est mise de côté pour mesurer le résultat.</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{count} des {total} paires sont mises de côté pour mesurer le résultat.</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>Notées : {dates}.</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model} : {liked}, {pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>environ {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>environ {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>environ {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restantes</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>1 réponse appréciée</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>{count} réponses appréciées</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>1 paire de préférence</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>{count} paires de préférence</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>Assistant · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>Assistant · Base</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>Quitte la page Faites-le vôtre et affiche à nouveau la discussion.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Faites-le vôtre</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>Entraînez le modèle sur vos propres pouces levés et baissés : un petit adaptateur LoRA, créé sur cet ordinateur, que vous pouvez appliquer à son modèle dans n&apos;importe quelle discussion. Vos discussions ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>Avis de Faites-le vôtre</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>Vos avis, un entraînement et son rapport, et vos adaptateurs</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>Terminé : l&apos;adaptateur est dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>Annulé. Il peut reprendre depuis son dernier point de contrôle : voir Entraînements inachevés ci-dessus.</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>Annulé avant le premier point de contrôle.</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>le processus d&apos;entraînement a échoué</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>L&apos;entraînement a échoué : {message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>L&apos;entraînement n&apos;a pas démarré : {message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Retirer l&apos;adaptateur</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>Retirer {name} ? Son fichier est supprimé ; les discussions qui l&apos;utilisaient continuent avec le modèle seul.</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Non retiré : {error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>Préparation de l&apos;entraînement (lecture du modèle de base)…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>Chargement du modèle de base pour l&apos;entraînement…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>Apprentissage sur vos réponses appréciées</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>Apprentissage sur vos paires de préférence</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Écriture de l&apos;adaptateur…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>Mesure de l&apos;adaptateur sur les paires mises de côté…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>Les étapes de la phase en cours</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Annuler l&apos;entraînement</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>Arrête l&apos;entraînement à la prochaine étape ; il peut reprendre depuis son point de contrôle</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>Affiche ou masque ce qu&apos;a écrit le processus d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Journal de l&apos;entraînement</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>Ce qu&apos;a écrit le processus d&apos;entraînement, le plus récent en dernier</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>Entraînement : {name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage} : étape {step} sur {steps} · perte {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>Point de contrôle enregistré à l&apos;étape {step}.</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>Arrêt à la prochaine étape (un point de contrôle est enregistré)…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>Masquer le journal</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>Aucune paire n&apos;a été mise de côté, il n&apos;y avait donc rien pour le mesurer : notez deux versions de quelques réponses de plus, l&apos;une bonne et l&apos;autre mauvaise, et le rapport du prochain entraînement dira de combien il a bougé.</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>La marge indique à quel point le modèle trouve la réponse que vous avez aimée plus probable que l&apos;autre (log p(aimée) − log p(rejetée)) ; au-dessus de zéro, il préfère la vôtre.</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>(une réponse vide)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Cela a-t-il aidé ?</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Résumé du rapport</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>Question mise de côté</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>Marges avant et après</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>Pour chaque question mise de côté, la marge avant et après l&apos;entraînement</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Réponses côte à côte</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>Comment il a été entraîné</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>L&apos;utiliser dans une nouvelle discussion</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>Démarre une nouvelle discussion avec cet adaptateur sur son modèle de base</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>Cela a-t-il aidé ? {name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>Sur {count} questions mises de côté, la marge est passée de {before} à {after} en moyenne : meilleure sur {improved} sur {count}.</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>Réponses côte à côte (aucune paire mise de côté : il a été entraîné sur ces messages)</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Vous : {prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>Entraîné avec {sft} étapes SFT et {dpo} étapes de préférence en {time}.</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>L&apos;entraînement a utilisé au plus {memory} de mémoire.</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>Entraîner un adaptateur</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>Le modèle sur lequel l&apos;adaptateur est entraîné, puis appliqué</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>Nom de l&apos;adaptateur</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>Le nom de l&apos;adaptateur dans la liste des modèles</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>Ce qu&apos;utilise un entraînement</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Avancé ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>Affiche ou masque le rang, les étapes et les taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>Ce que l&apos;adaptateur peut apprendre : plus haut, plus gros</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>Étapes SFT</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>Étapes d&apos;apprentissage sur les réponses appréciées ; auto : deux passages</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>Étapes de préférence</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>Étapes d&apos;apprentissage sur les paires ; auto : deux passages</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>De combien chaque étape SFT fait bouger l&apos;adaptateur</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>Taux d&apos;apprentissage des préférences</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>De combien chaque étape de préférence fait bouger l&apos;adaptateur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Démarrer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>Entraîne l&apos;adaptateur sur vos avis, en arrière-plan</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Avancé ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>Un entraînement a besoin de réponses appréciées ou de paires de préférence : notez d&apos;abord quelques réponses.</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>Un entraînement : {sft} étapes SFT sur {liked}, puis {dpo} étapes de préférence sur {pairs} ; rang LoRA {rank}.</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>Sur cet ordinateur, cela prendrait {time} et {memory} de mémoire.</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>Seulement {free} de mémoire libre : fermez d&apos;abord d&apos;autres programmes, sinon l&apos;entraînement peut échouer.</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>Aucun modèle à entraîner sur cet ordinateur : téléchargez-en un sur la page Modèles.</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — terminé ; son adaptateur n&apos;est pas encore dans la bibliothèque</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>préférence</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>étape {stage} {step} sur {steps}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>arrêté (Hearth ou l&apos;ordinateur s&apos;est fermé)</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — {how} à l&apos;{where}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Entraînements inachevés</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Reprendre {name}</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>Reprend depuis le dernier point de contrôle de l&apos;entraînement</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>Aucun point de contrôle n&apos;a été enregistré : nettoyez-le et recommencez</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>Nettoyer {name}</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>Supprime le dossier de l&apos;entraînement, son point de contrôle et son journal</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>Affiche la page où le modèle apprend de vos avis.</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>Les réponses utilisent maintenant {adapter}.</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>L&apos;adaptateur de cette discussion n&apos;est plus sur cet ordinateur : elle continue avec le modèle seul.</translation>
    </message>
</context>
</TS>
