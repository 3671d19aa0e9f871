<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>no limite</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>Compatibilidade com este computador: {verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>Seu próprio ChatGPT, no seu próprio computador.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Seções do Sobre</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>Escolha o que ler: as versões do Hearth, a compilação do llama.cpp, as licenças</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>Copiar as versões e os detalhes da compilação, para um relatório de bug</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Fechar esta caixa de diálogo</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>Ícone do {app}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>(aplicativo empacotado)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>Backend de GPU</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>Não foi possível carregar o llama.cpp: {error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Recursos da CPU</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>Compilação para CPU</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>Nenhum: roda na CPU</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>apenas os básicos</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>(com {options})</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>Portátil: {count} variantes de CPU, a melhor foi carregada ({variants})</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>Um único backend de CPU: requer um processador com todos os recursos listados acima</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>Informações do sistema do llama.cpp</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>A linha que o llama.cpp exibe sobre o sistema em que roda</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>Informações do sistema, conforme o llama.cpp informa:</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>As licenças do Hearth, do software em que ele se baseia e do modelo</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>Licença a ler</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>Escolha a licença cujo texto completo é exibido abaixo</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>O texto completo da licença escolhida</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>Texto completo:</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>O Hearth e o software em que ele se baseia:</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>nenhum modelo carregado.</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} não declara uma licença no arquivo; verifique os termos onde você o obteve.</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>{name} está sob “{licence}”, conforme declara o arquivo. Os termos se aplicam ao que você fizer com ele.</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>Uma resposta foi interrompida quando o Hearth foi fechado pela última vez; ela foi mantida como estava.</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>{count} respostas foram interrompidas quando o Hearth foi fechado pela última vez; elas foram mantidas como estavam.</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>A pasta de dados é somente leitura: seus chats podem ser lidos, mas nada novo é salvo.</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>O Hearth não pode ser iniciado: {error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>Este modelo não consegue ver imagens: escolha um modelo de visão (um olho no seletor de modelos)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Escreva sua mensagem aqui: Enter envia, Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Hearth…  (Enter envia, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>Sai da edição: a mensagem fica como estava.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>Remover texto colado</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>Retira da mensagem o texto colado anexado.</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>Anexar uma imagem</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>Escolhe imagens para enviar com a mensagem, para um modelo que consiga vê-las.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>Envia a mensagem ao modelo.</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>Para a resposta que está sendo escrita.</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>Texto colado anexado: {characters} caracteres, {lines} linhas; ele é enviado com sua mensagem.</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>Editando uma mensagem: ao enviar, uma nova versão é criada; a antiga é mantida.</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>Aguarde um momento: uma imagem ainda está sendo lida.</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renomear chat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>Chat excluído.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>a imagem colada</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>Não anexada: {reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>Não anexada: não é possível ler {name} ({error})</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>Não anexada: não foi possível ler {name} ({error})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Lendo a imagem…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remover imagem</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>Retira esta imagem da mensagem.</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>Imagem sumiu</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Imagens anexadas</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>As imagens que vão com a mensagem; cada uma pode ser removida.</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>Pesquisando em {collections}…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>Encontrado em {collections}: {passages}; lendo…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>Dê um nome à coleção (por exemplo, “Notas de trabalho”):</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>Já existe uma coleção chamada {name}: o menu dela (⋯) adiciona pastas e arquivos a ela.</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>Uma pasta para {name}</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>Adicionar uma pasta a {name}</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>Adicionar arquivos a {name}</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>Indexando {name}… você pode continuar conversando enquanto isso.</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>indexado em parte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Problemas em {name}</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>{count} arquivo foi ignorado</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>{count} arquivos foram ignorados</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} indexado(s) só em parte</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped} e {partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>Nenhum problema: todos os arquivos foram indexados.</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}. Corrija o arquivo e escolha Atualizar para indexá-lo novamente.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>Os arquivos que foram ignorados ou indexados só em parte, e o motivo.</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>Fecha a lista de problemas.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Remover {name} do Hearth?

O único arquivo indexado dela não é alterado: só o índice do Hearth é excluído. As respostas que a citaram mantêm os trechos que citaram.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Remover {name} do Hearth?

Os {count} arquivos indexados dela não são alterados: só o índice do Hearth é excluído. As respostas que a citaram mantêm os trechos que citaram.</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>Remover {name} do Hearth?

Os arquivos dela não são alterados: só o índice do Hearth é excluído. As respostas que a citaram mantêm os trechos que citaram.</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>Remover coleção</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>{count} arquivo indexado</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>{count} arquivos indexados</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>{count} fora do disco</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} ignorado(s)</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>atualizada ({count} arquivo)</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>atualizada ({count} arquivos)</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}: {outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}: indexação interrompida; {count} arquivo concluído</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}: indexação interrompida; {count} arquivos concluídos</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — pesquisa só por palavras-chave ({reason})</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} ainda está sendo removida: tente novamente daqui a pouco</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}: falha na indexação: {error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>{name} foi removida do Hearth; os arquivos dela não foram alterados.</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>Ainda não há coleções de documentos: adicione uma pasta em Documentos, na barra lateral.</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>Docs: {collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>Escolhe as coleções de documentos que este chat usa para responder.</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>Responder com base nestas coleções:</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nova coleção…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>Este chat responde com base em {collections}, citando os trechos que usa</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>Responder com base nos seus documentos: escolha as coleções em que este chat pesquisa</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} arquivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} arquivos</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} trecho</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} trechos</translation>
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
        <translation>cerca de {seconds} s restantes</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>cerca de {minutes} min restantes</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>cerca de {hours} h restantes</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Procurando arquivos…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>Gerando embeddings: {done} de {total} trechos</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} de {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>Ainda não há pastas nem arquivos</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Ainda não indexada</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}: menu</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>Abre o menu desta coleção.</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>Adicionar pastas ou arquivos, atualizar, problemas, remover</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>Arquivos ignorados ou indexados só em parte: Mostrar problemas…, no menu dela, diz o motivo</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>Coleção {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>Aguardando para verificar alterações…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>Aguardando indexação…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>Mostra ou oculta suas coleções de documentos.</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>Mostrar ou ocultar suas coleções de documentos</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>Cria uma nova coleção a partir de uma pasta ou de arquivos para conversar com eles.</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>Nova coleção… (uma pasta ou arquivos para conversar)</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>Adicione uma pasta para conversar com seus documentos: o Hearth responde com base neles, citando as fontes.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Adicionar uma pasta</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>Cria sua primeira coleção, a partir de uma pasta com a qual conversar.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>Suas coleções de documentos: cada linha tem seu próprio menu.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Parar indexação</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>Mostrar problemas…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>Converse com modelos em outro computador: vLLM, llama-server, Ollama, LM Studio ou outro Hearth. As mensagens para um motor remoto saem deste computador. As chaves de API ficam no chaveiro do sistema (ou são lidas de uma variável de ambiente), nunca nos arquivos do Hearth.</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>chave no chaveiro</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>chave de {variable}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sem chave</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>nenhum modelo</translation>
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
        <translation>Os motores remotos adicionados, com endereço, chave e estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>Motor selecionado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>Pedir novamente ao motor selecionado (ou a todos os motores) a lista de modelos</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>Esquecer o motor selecionado e a chave de API dele</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>Adicionar um motor</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>opcional: guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>Ler a chave de uma variável de ambiente:</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>Ler a chave de uma variável de ambiente</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>Obter a chave de API da variável de ambiente indicada ao lado</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>opcional: para um servidor com certificado próprio</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>Procurar um pacote de CA</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>Escolha o arquivo de certificados com o qual o certificado do servidor é verificado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>Adicionar o motor descrito acima e verificá-lo</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>Mensagem dos motores</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>O nome com que o motor aparece no seletor de modelos</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>O endereço compatível com OpenAI do motor, como http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>A chave de API do motor, se ele precisar de uma</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variável de ambiente</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>A variável de ambiente que contém a chave de API</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Pacote de CA</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>Um arquivo de certificados para um servidor com certificado próprio</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>Pacote de CA: {path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>Não foi possível consultar {name}: {error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>não há pacote de CA em {path}</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>informe o nome da variável de ambiente que contém a chave (letras, dígitos e &apos;_&apos;, por exemplo GPU_BOX_KEY)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} adicionado.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} removido.</translation>
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
        <translation>Não exportado: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado para {path}</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>Importar chat</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Chat do Hearth</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>Não importado: {name} não é um arquivo de texto</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>Não importado: {error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>Exportar feedback como dados SFT</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>Exportar feedback como dados de preferência</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>{count} registros SFT gravados em {path}</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>{count} registros de preferência gravados em {path}</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>Abre as configurações do Hearth e deste chat.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>Mostra a página de modelos: baixe, encontre e gerencie modelos.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>Escolha um modelo para começar a conversar.</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Memória insuficiente</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>Carregar mesmo assim?</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir um modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelos GGUF</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>não é possível carregar {path}: {error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>Carregando o modelo… você já pode começar a digitar.</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>Não foi possível carregar o modelo: escolha outro.</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — ainda usando {model}.</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>Abra outro arquivo GGUF ou baixe um modelo.</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>Fonte {number}: {where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>Esta resposta cita [{number}], mas não recebeu nenhuma fonte {number}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>Nada para exportar ainda: este chat está vazio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Novo chat</translation>
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
        <translation>Exportar feedback como dados S&amp;FT…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>Exportar feedback como dados de &amp;preferência…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>&amp;Pesquisar chats</translation>
    </message>
    <message>
        <source>S&amp;top reply</source>
        <translation>Pa&amp;rar resposta</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>&amp;Gerar resposta novamente</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>&amp;Copiar última resposta</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>&amp;Editar última mensagem</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>Con&amp;figurações do chat…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>&amp;Abrir um arquivo GGUF…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>Deixe do seu &amp;jeito…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>&amp;Sobre o Hearth</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>O que foi bom ou ruim nesta resposta? (opcional)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>Uma mensagem muito longa</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>Esta mensagem tem cerca de {estimate} tokens; o contexto do modelo comporta {size}. Os turnos mais antigos serão deixados de fora, ou ela pode nem caber. Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>Não aberto: {address} (só links da web e de e-mail são abertos)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>Abrir este endereço no navegador?

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>Interrompida: o Hearth foi fechado antes de esta resposta terminar</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>Cortada no limite de tamanho</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>A resposta falhou</translation>
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
        <translation>{seconds} s até o primeiro token</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>Mostra a versão anterior.</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>Mostra a próxima versão.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Sua mensagem</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>Resposta do assistente</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>O texto da mensagem; ele pode ser selecionado e copiado.</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>Mostrar a mensagem inteira</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>Abre o texto completo desta mensagem longa em um visualizador.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>Copia o texto da mensagem para a área de transferência.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>Coloca a mensagem na caixa de mensagem para alterá-la.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Gerar a resposta novamente</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>Escreve uma nova versão desta resposta.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>Continuar resposta</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>Deixa o modelo continuar de onde parou.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>Resposta boa</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>Avalia a resposta como boa, com uma observação opcional.</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Ruim</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>Resposta ruim</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>Avalia a resposta como ruim, com uma observação opcional.</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>Estatísticas da resposta</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>A resposta falhou: {error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>Deixada de fora do contexto do modelo (longa demais)</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>Resposta ruim — sua observação: {note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>Resposta boa — sua observação: {note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>Mostrar tudo (mais {count} caracteres)</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>A mensagem inteira</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>O texto completo da mensagem, somente leitura.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>Escolhe o modelo deste chat ou abre um arquivo GGUF.</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>Escolha o modelo deste chat</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Nenhum modelo</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Abrir um arquivo GGUF…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>Consegue ver imagens</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>consegue ver imagens</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>Um adaptador que você treinou sobre {model}</translation>
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
        <translation>em {engine} ({url})</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>Offline: não é possível acessar o Hugging Face Hub, então nada pode ser baixado agora. Abrir um arquivo GGUF e usar os modelos que já estão neste computador continua funcionando.</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>Não baixado: {error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} não tem mais {file}</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>Procurando {name} no Hugging Face Hub…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>A solicitação ao Hub falhou: {error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>Copiando {name}… {percent}%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>Vinculado: {name}</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>Esquecido: {name}</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>Excluído: {name}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verificando</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} de {total} · {speed}/s, {time} restantes</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} de {total} · {speed}/s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · verificado</translation>
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
        <translation>Pausar download</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>Interrompe o download por enquanto; Retomar continua de onde parou.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Retomar download</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>Continua o download pausado.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Tentar o download novamente</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>Tenta novamente o download que falhou.</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>Interrompe o download e exclui o que foi baixado.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>Dispensar download</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>Remove este download da lista.</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Progresso de {name}</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>Status do download de {name}</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>Nada está sendo baixado.</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>Na fila…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>Baixando {percent}%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>Baixa este arquivo ou conversa com ele quando estiver na biblioteca.</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>Na biblioteca</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
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
        <translation>Baixar {name}</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>Pesquise modelos GGUF no Hugging Face Hub, por exemplo qwen instruct</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Pesquisar no Hub</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>Palavras para pesquisar nos modelos GGUF do Hugging Face Hub; Enter pesquisa.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>Envia as palavras da pesquisa ao Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>A pesquisa envia suas palavras ao Hugging Face Hub; nada mais sai deste computador.</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Status do Hub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>Repositórios com arquivos GGUF; escolha um para listar os arquivos dele.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>Cabe?</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Arquivos do repositório</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>Os arquivos de modelo do repositório por quantização, com Baixar ou Usar.</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>Token para modelos restritos:</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Token do Hugging Face</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>Um token de acesso para modelos restritos no Hugging Face Hub.</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  (armazenado onde o huggingface_hub o guarda)</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Salvar token</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>Armazena o token onde o huggingface_hub o guarda.</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Esquecer token</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>Exclui o token do Hugging Face armazenado.</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>Token não salvo: {error}.</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>Token salvo; os repositórios restritos aos quais você tem acesso agora serão baixados.</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>Token não esquecido: {error}.</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>Token esquecido.</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>Token esquecido; HF_TOKEN ainda está definido no ambiente.</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>Pesquisando “{words}”…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo} (restrito)</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>{count} repositórios com arquivos GGUF, os mais baixados primeiro.</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>Nenhum repositório GGUF corresponde.</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>A pesquisa falhou: {error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>Listando os arquivos de {repo}…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}: {count} modelos GGUF (restrito: requer um token)</translation>
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
        <translation>projetor de visão</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>Importar um arquivo GGUF (cópia)…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>Importar um arquivo GGUF</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>Copia um arquivo de modelo GGUF para a pasta de modelos.</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>Usar um arquivo GGUF onde está…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>Usar um arquivo GGUF onde está</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>Lista um arquivo de modelo GGUF onde ele está, sem copiá-lo.</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelos neste computador</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>Os modelos da biblioteca, cada um com os botões Usar e Excluir.</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>Encontrados em outros aplicativos (usados onde estão, sem cópia)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>Modelos encontrados em outros aplicativos</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>Modelos que outros aplicativos baixaram, cada um utilizável onde está.</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>Não foram encontrados modelos do cache do Hugging Face, LM Studio, GPT4All ou Ollama.</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>Pasta de modelos: {folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>Não foi possível verificar: {error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name} (vinculado)</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>inutilizável: {error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>modelo de embeddings: usado para documentos</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>Usar onde está</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>Usar {name} onde está</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>Adiciona este modelo à biblioteca sem copiá-lo.</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>Inicia um chat com este modelo.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>Esquecer {name}</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>Deixa de listar este modelo; o arquivo dele permanece.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Excluir {name}</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>Exclui o arquivo deste modelo deste computador.</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>Deixar de listar {name}? O arquivo em si permanece onde está:
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>Excluir {name} ({size}) deste computador?
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Remover modelo</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Escolha um modelo GGUF</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← Voltar ao chat</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>Voltar ao chat</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>Sai da página Modelos e mostra o chat novamente.</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>Aviso de modelos</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>Modelos recomendados, uma pesquisa no Hugging Face Hub e os modelos neste computador.</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>Modelos escolhidos para este computador.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>Os downloads em andamento, na fila e concluídos.</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} parâmetros</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>contexto de {context}</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>Baixa este modelo ou conversa com ele quando estiver neste computador.</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>Usado para documentos</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>Usado para documentos {name}</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>Baixando {percent}% {name}</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — fonte {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>O trecho citado no arquivo</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>O texto do arquivo, somente leitura, com o trecho citado destacado.</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>Fecha o trecho.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>Abre o arquivo com o aplicativo do sistema para ele.</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>Mostra a pasta em que o arquivo está.</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Abrir {path}</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>Lendo a página {page}…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>Não foi possível ler a página {page} novamente: mostrando o trecho como foi indexado.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>O arquivo mudou desde que foi indexado: o trecho é mostrado como era.</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>O trecho como foi indexado; abra o arquivo para vê-lo no lugar.</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>O arquivo sumiu ou não pode ser lido ({reason}): o trecho é mostrado como foi indexado.</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>As mensagens saem deste computador</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>Este chat usa {model} em {engine}. O que você enviar nele, e o chat anterior, sairá deste computador para {host}.

Enviar?</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>Não foi possível salvar a chave de API do servidor: {error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>O servidor local não foi iniciado: {error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>O servidor local está escutando em {url}</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>Servidor :{port} · {count} em andamento</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>Servir o modelo carregado a outros aplicativos (uma API compatível com OpenAI)</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>Servir o modelo carregado a outros aplicativos por meio de uma API compatível com OpenAI</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Porta do servidor</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>A porta em que o servidor local escuta</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requisições simultâneas</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>Quantas requisições são respondidas ao mesmo tempo, incluindo o chat da janela</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>O chat da janela é uma delas; cada uma tem seu próprio contexto</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>Permitir outros computadores da minha rede (eles precisam enviar a chave de API)</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>Permitir outros computadores</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>Deixar outros computadores da rede se conectarem; eles precisam enviar a chave de API</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>Deixar clientes da API carregarem outros modelos da biblioteca</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>Deixar clientes da API carregarem outros modelos</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>Clientes da API podem carregar qualquer modelo da biblioteca, não só o carregado</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>Manter as conversas da API com meus chats</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>Manter as conversas da API</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>Salvar entre seus chats as conversas que os clientes da API têm</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nova chave</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>Criar uma nova chave de API; clientes com a antiga são recusados</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar chave</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>Copiar a chave de API para a área de transferência</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>Como chamar o servidor</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>Exemplos de como chamar o servidor com curl e com Python</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>Copiar curl</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>Copiar o exemplo de curl para a área de transferência</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>Copiar Python</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>Copiar o exemplo de Python para a área de transferência</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>Chame-o do seu editor, dos seus scripts, de outros aplicativos:</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>não é necessária para uso só neste computador</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>não foi possível salvar a chave: {error}</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>Parar e avisar</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>Descartar os turnos mais antigos (depois do prompt do sistema)</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>Manter uma janela deslizante (descarta metade de uma vez, para que o cache continue reutilizável)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>Escolha quais configurações mostrar: este chat, o aplicativo, o servidor ou os motores</translation>
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
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>Aplicar estas configurações e fechar a caixa de diálogo</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>Fechar a caixa de diálogo sem aplicar as alterações</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>Preencher as configurações deste chat com uma predefinição salva</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salvar como predefinição…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Salvar como predefinição</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>Salvar as configurações exibidas como uma predefinição, com um nome à sua escolha</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir predefinição</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Excluir a predefinição escolhida</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>Usar em novos chats</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>Os novos chats começam com a predefinição escolhida</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>Instruções que o modelo lê antes de cada mensagem deste chat</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatória</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>padrão do aplicativo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>O quanto as respostas variam: mais alto é mais aleatório</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>Só são escolhidas as palavras mais prováveis que, juntas, atingem essa probabilidade</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>A escolha é feita só entre esta quantidade das palavras mais prováveis; 0 para sem limite</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>Palavras menos prováveis que esta fração da mais provável são deixadas de fora</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Penalidade de repetição</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>O quanto o modelo evita se repetir</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>O maior tamanho que uma resposta pode ter, em tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>A mesma semente gera a mesma resposta; aleatória para uma nova a cada vez</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Tamanho do contexto</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>Quantos tokens do chat o modelo mantém em mente</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>Quando o contexto estiver cheio</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>O que é feito quando o chat não cabe mais</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>Intensidade do adaptador</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>Quanto o adaptador muda as respostas do modelo: 0 nada, 1 como foi treinado, 2 o dobro</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>Quanto o adaptador muda as respostas do modelo</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>Adaptador: {name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(escolha uma predefinição)</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name} (novos chats)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>O Hearth mostrará o novo idioma na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>Procurar a pasta de modelos</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>Escolha a pasta onde o Hearth guarda e procura modelos</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>auto: todas as camadas quando esta compilação pode usar uma GPU; -1: todas; 0: só CPU</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>um por núcleo</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>Claro, escuro, alto contraste ou como o sistema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>O tamanho do texto da janela, em pontos; sistema para usar o do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>O idioma da janela do Hearth; o terminal continua em inglês</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>Tamanho padrão do contexto</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>Quantos tokens um chat mantém em mente, a menos que defina o seu próprio</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Camadas na GPU</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>Quantas camadas do modelo rodam na GPU</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>Em quantas threads o modelo roda na CPU</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Pasta de modelos</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>A pasta onde o Hearth guarda e procura modelos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Mais antigos</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>Inicia um novo chat, vazio.</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar chats</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>Mostra os chats cujo título ou mensagens contêm estas palavras.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>Seus chats, os mais recentes primeiro: escolha um para abri-lo.</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>Nenhum chat corresponde</translation>
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
        <source>not cited</source>
        <translation>não citada</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>Fonte {number}: {place}, não citada pela resposta</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>Fonte {number}: {place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>Abre o trecho no arquivo.</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>Clique para ver o trecho no arquivo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>Mostra ou oculta os trechos que esta resposta recebeu.</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>Fontes ({count}, {cited} citadas)</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fontes ({count})</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>A resposta também cita {listed}, mas não recebeu nenhuma fonte {number}.</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>A resposta também cita {listed}, mas não recebeu fontes com esses números.</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>Status do modelo</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progresso do carregamento</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>Quanto do modelo já foi carregado.</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>Velocidade da última resposta</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>Traz de volta o chat que acabou de ser excluído.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>Carregando {model}…</translation>
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
        <translation>GPU ({backend}, {layers} camadas)</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>As mensagens vão para {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>Carregado em {seconds} s · {parameters}M parâmetros · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Memória do Hearth: {before} antes, {after} depois do carregamento</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>Não foi possível carregar {model}</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>Contexto {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>Tokens desta conversa no contexto do modelo, em relação ao tamanho do contexto</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>(estimativa: o servidor não tem endpoint de tokenização)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>As mensagens deste chat, as mais antigas primeiro.</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>Envie uma mensagem para começar a conversa.</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensagens anteriores</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>Mostra as mensagens acima da primeira na tela.</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>Mostrar mensagens anteriores (mais {count})</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>Maneiras de obter um primeiro modelo: baixar um, usar o de outro aplicativo ou abrir um arquivo.</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Boas-vindas ao Hearth</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>O Hearth roda modelos de chat neste computador, no formato GGUF. Nada do que você escreve sai dele. Escolha um modelo para baixar, use um que outro aplicativo já baixou ou abra um arquivo que você tem.</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>Aviso de boas-vindas</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>Abrir um arquivo GGUF</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>Escolhe um arquivo de modelo neste computador para conversar com ele.</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>Procurar todos os modelos…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>Procurar modelos</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>Mostra a página de modelos, para pesquisar um modelo e baixá-lo.</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modelos recomendados</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>Encontrados neste computador, de outros aplicativos</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Procurando modelos que outros aplicativos baixaram…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>Nenhum encontrado (o Hearth procura no cache do Hugging Face, LM Studio, GPT4All e Ollama).</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>Usar {model} onde está</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>Conversa com este modelo a partir de onde ele está, sem copiá-lo.</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}, página {page}</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}, linhas {start}-{end}</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}, linha {line}</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… (mais {count} caracteres)</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>Mostra ou oculta o que o modelo pensou antes de responder.</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>O raciocínio do modelo</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>Pensou por {seconds} s</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>Pensou por um instante</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>Os argumentos da chamada, exatamente como o modelo os escreveu</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir uma vez</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>Executa esta chamada, só desta vez.</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>Sempre para esta ferramenta</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>Executa esta chamada e as próximas chamadas desta ferramenta sem perguntar.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Negar</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>Não a executa; o modelo é informado.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>Mostra ou oculta o que a ferramenta respondeu.</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>O que a ferramenta respondeu</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>Ferramenta {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>Ferramenta {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>Executar esta ferramenta? Nada é executado até você autorizar.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>Negada: o modelo foi informado de que não pode executá-la</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>Não executada: a resposta terminou antes</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>Rodadas de ferramentas por resposta</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>Após esse número de rodadas de chamadas de ferramentas, o modelo precisa responder sem ferramentas</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>Rodadas de ferramentas por resposta:</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>Tempo que uma chamada de ferramenta pode levar</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>Uma chamada que demora mais é abandonada, e o modelo é informado</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>Uma chamada de ferramenta pode levar:</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>Ferramentas sempre permitidas</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Perguntar de novo</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>Cada chamada de ferramenta volta a pedir sua aprovação antes de ser executada</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>Sempre permitidas:</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>nenhuma: cada chamada pede sua aprovação</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>O modelo pede para executar {tool}: permita ou negue</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>Ainda não há servidores de ferramentas: adicione um servidor MCP em Configurações ▸ Ferramentas.</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>Escolhe os servidores de ferramentas (MCP) que este chat pode usar, com sua aprovação.</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>Oferecer ao modelo ferramentas de:</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>Servidores de ferramentas…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>Ferramentas: {count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>Este chat pode pedir para usar ferramentas de {servers}</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>Deixar o modelo usar ferramentas: escolha os servidores que este chat oferece</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>Permite que um modelo de raciocínio pense antes de responder, ou responda na hora.</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>Pensar está ativado: o modelo pensa primeiro (recolhido acima da resposta)</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>Pensar está desativado: o modelo responde na hora</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>Os servidores de ferramentas (MCP) dão ferramentas ao modelo: ler arquivos, pesquisar, executar comandos. Um chat só oferece as ferramentas de um servidor depois que você o escolhe no menu Ferramentas da caixa de mensagem, e cada chamada aguarda sua aprovação. Um servidor é um programa neste computador, executado com as suas permissões: adicione apenas aqueles em que você confia.</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>não foi possível ler o comando: {error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>Adicionar um servidor de ferramentas</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>Iniciar um comando</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>Conectar a um servidor em execução neste computador</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE, uma por linha (opcional)</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>Por que o servidor não pode ser adicionado</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>Como o servidor se chama no menu Ferramentas</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>O Hearth inicia o servidor e se comunica com ele pela entrada e pela saída dele</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>O servidor já está em execução, em um endereço deste computador (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>O programa e seus argumentos, como você os digitaria em um terminal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>Variáveis definidas para o comando, KEY=VALUE, uma por linha</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>O endereço do servidor: http://127.0.0.1, ::1 ou localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>Adicionar o servidor de ferramentas descrito acima</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>digite o comando que inicia o servidor</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>Servidores de ferramentas</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>Os servidores de ferramentas adicionados, com o que cada um executa e seu estado</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>Comando ou endereço</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>Servidor de ferramentas selecionado</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>Mensagem das ferramentas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>Adicionar um servidor de ferramentas: um comando a iniciar ou um endereço</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>Esquecer o servidor de ferramentas selecionado (e pará-lo)</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>Iniciar o servidor de ferramentas selecionado e listar suas ferramentas</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>Abrir log</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>Abrir o que o servidor de ferramentas selecionado escreveu no log</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>Ambiente: {names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 ferramenta</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>{count} ferramentas</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>{name} adicionado. Verifique-o para ver suas ferramentas.</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} ainda não tem log: ele não foi iniciado.</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>Imagem, {width} × {height} pixels</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>Abre a imagem em tamanho real.</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>A cópia armazenada desta imagem sumiu.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>Ligado: a imagem inteira cabe na janela. Desligado: ela é mostrada no tamanho real, com barras de rolagem.</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>Fecha a imagem.</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>Imagem ausente: a cópia armazenada dela sumiu.</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>A imagem não foi anexada: não foi possível carregar o modelo que consegue vê-la.</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>Imagens precisam de um modelo que consiga vê-las.</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} não consegue ver imagens.</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>Nenhum modelo de visão está instalado. Esses modelos vêm com um arquivo de projetor (mmproj….gguf) na pasta: a página Modelos encontra e baixa esses modelos. Abrir a página Modelos?</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>Não anexada: nenhum modelo instalado consegue ver imagens.</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>Mudar para {model}, que consegue, e anexar a imagem quando ele terminar de carregar?</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>Mudar para {model}, que consegue, e anexar as imagens quando ele terminar de carregar?</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>Não anexada: o modelo em uso não consegue ver imagens.</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>O modelo sozinho não terminou a resposta: nada a comparar.</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>O adaptador não terminou a resposta.</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>Não foi possível perguntar ao adaptador: tente de novo.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>Envia a próxima mensagem ao modelo sozinho e ao adaptador, e mostra as duas respostas</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>Responder com o modelo sozinho e com o adaptador, lado a lado</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>Qual resposta é melhor?</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fechar a comparação</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>Oculta as duas respostas; ambas ficam no chat como versões</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>Esta é melhor</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Estado da comparação</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>Aguardando o modelo sozinho terminar…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escrevendo…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>Resposta de {name}</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>A resposta a comparar, somente leitura</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} é melhor</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>Avalia esta resposta como boa e a outra como ruim: um par de preferência para o seu próximo treino</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>Salvo: {better} é melhor. O par está no seu feedback para o próximo treino.</translation>
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
        <translation>Seus adaptadores</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>Ainda não há adaptadores: o primeiro treino que você concluir coloca um aqui.</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name} (não está neste computador)</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>sobre {model}</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>aprendeu com {data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>Inicia um novo chat com este adaptador</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>Relatório de {name}</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>Mostra se ajudou</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>Exclui o arquivo deste adaptador</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>Ainda não há nada com que aprender. Dê um polegar para cima (Boa) às respostas de que você gosta: cada uma é um exemplo do que você quer. Clique em Gerar novamente para ter outra versão de uma resposta e avalie uma versão como boa e outra como ruim: isso cria um par de preferência, o sinal mais forte. Volte aqui quando tiver avaliado algumas respostas.</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>O que o seu feedback contém</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Resumo do feedback</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>Feedback por modelo</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>Como dar feedback</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>Não foi possível ler o seu feedback: {error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Ainda não há feedback.</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>{liked} e {pairs} para aprender.</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>1 dos {total} pares é separado para medir o resultado.</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{count} dos {total} pares são separados para medir o resultado.</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>Avaliadas: {dates}.</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model}: {liked}, {pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>cerca de {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>cerca de {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>cerca de {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>faltam {time}</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>1 resposta boa</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>{count} respostas boas</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>1 par de preferência</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>{count} pares de preferência</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>Assistente · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>Assistente · Base</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>Sai da página Deixe do seu jeito e mostra o chat de novo.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Deixe do seu jeito</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>Treine o modelo com as suas próprias avaliações positivas e negativas: um pequeno adaptador LoRA, criado neste computador, que você pode aplicar ao modelo em qualquer chat. Seus chats nunca saem deste computador.</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>Aviso de Deixe do seu jeito</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>Seu feedback, um treino e o relatório dele, e seus adaptadores</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>Pronto: o adaptador está na sua biblioteca.</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>Cancelado. Pode ser retomado do último ponto de verificação: veja Treinos não concluídos acima.</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>Cancelado antes do primeiro ponto de verificação.</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>o processo de treino falhou</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>O treino falhou: {message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>O treino não começou: {message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>Remover adaptador</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>Remover {name}? O arquivo é excluído; os chats que o usavam continuam só com o modelo.</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>Não removido: {error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>Preparando o treino (lendo o modelo base)…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>Carregando o modelo base para o treino…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>Aprendendo com suas respostas boas</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>Aprendendo com seus pares de preferência</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Gravando o adaptador…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>Medindo o adaptador com os pares separados…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progresso do treino</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>Os passos da etapa em andamento</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar o treino</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>Para o treino no próximo passo; ele pode ser retomado do ponto de verificação</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>Mostrar o log</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>Mostra ou oculta o que o processo de treino escreveu</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Log do treino</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>O que o processo de treino escreveu, o mais recente por último</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>Treino: {name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>passo {step} de {steps}</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage}: passo {step} de {steps} · perda {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>Ponto de verificação salvo no passo {step}.</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>Parando no próximo passo (um ponto de verificação é salvo)…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>Ocultar o log</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>Nenhum par foi separado, então não havia com o que medir: avalie duas versões de mais algumas respostas como boa e ruim, e o relatório do próximo treino dirá quanto mudou.</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>A margem é quanto o modelo acha mais provável a resposta de que você gostou do que a outra (log p(boa) − log p(ruim)); acima de zero, ele prefere a sua.</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>(uma resposta vazia)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Ajudou?</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Resumo do relatório</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>Pergunta separada</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>Margens antes e depois</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>Para cada pergunta separada, a margem antes e depois do treino</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>Respostas lado a lado</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>Como foi treinado</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>Usar em um novo chat</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>Inicia um novo chat com este adaptador sobre o modelo base</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>Ajudou? {name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>Em {count} perguntas separadas, a margem foi de {before} para {after} em média: melhor em {improved} de {count}.</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>Respostas lado a lado (nenhum par foi separado: ele foi treinado com estes pedidos)</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>Você: {prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>Treinado com {sft} passos de SFT e {dpo} de preferência em {time}.</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>O treino usou no máximo {memory} de memória.</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>Treinar um adaptador</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>O modelo sobre o qual o adaptador é treinado e depois aplicado</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>Nome do adaptador</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>Como o adaptador aparece na lista de modelos</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>O que um treino usa</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Avançado ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>Mostra ou oculta o posto, os passos e as taxas de aprendizado</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Posto do LoRA</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>Quanto o adaptador pode aprender: maior é mais pesado</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>Passos de SFT</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>Passos de aprendizado com as respostas boas; auto: duas passadas</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>Passos de preferência</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>Passos de aprendizado com os pares; auto: duas passadas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>Quanto cada passo de SFT move o adaptador</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>Taxa de aprendizado de preferência</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>Quanto cada passo de preferência move o adaptador</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Iniciar o treino</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>Treina o adaptador com o seu feedback, em segundo plano</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Avançado ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>Um treino precisa de respostas boas ou pares de preferência: avalie algumas respostas primeiro.</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>Um treino: {sft} passos de SFT com {liked}, depois {dpo} passos de preferência com {pairs}; posto do LoRA {rank}.</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>Neste computador levaria {time} e usaria {memory} de memória.</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>Só há {free} de memória livre: feche outros programas antes, ou o treino pode falhar.</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>Não há nenhum modelo neste computador para treinar: baixe um na página Modelos.</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — concluído; o adaptador ainda não está na biblioteca</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>preferência</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>passo {step} de {steps} de {stage}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>parado (o Hearth ou o computador foi fechado)</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — {how} no {where}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Treinos não concluídos</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Retomar {name}</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>Continua a partir do último ponto de verificação do treino</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>Nenhum ponto de verificação foi salvo: limpe-o e comece de novo</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>Limpar {name}</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>Exclui a pasta do treino, o ponto de verificação e o log</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>Mostra a página onde o modelo aprende com o seu feedback.</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>As respostas agora usam {adapter}.</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>O adaptador deste chat não está mais neste computador: ele continua só com o modelo.</translation>
    </message>
</context>
</TS>
