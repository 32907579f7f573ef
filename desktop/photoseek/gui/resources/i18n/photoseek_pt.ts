<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Chave da API da Jina</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Cole sua chave da API da Jina (jina_…)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Testar a chave</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>Obtenha uma chave em &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Ela fica guardada no chaveiro do sistema, nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Obtenha uma chave em &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>A chave vem da variável de ambiente JINA_API_KEY; ela é usada no lugar de uma chave salva aqui.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>Há uma chave salva no chaveiro do sistema. Digite uma nova para substituí-la.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Salva no chaveiro</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>A chave fica guardada só nesta sessão; ela é esquecida quando você sai.</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>A chave fica guardada no arquivo criptografado (desbloqueado nesta sessão).</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Digite uma chave primeiro.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Testando a chave…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>O teste falhou: {error}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>Pasta: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Câmera: {}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>Sem local</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Com local</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>Sem: {}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>A partir de {}</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>Antes de {}</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>Em {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>Fotos por mês</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}: {n} fotos</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>Nenhuma foto tem data</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Encontrar duplicatas</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>O quanto as quase duplicatas devem se parecer</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>Quase duplicatas: no máximo</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>Mover as outras para a lixeira…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…em todos os grupos</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>a {} de distância</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Procurando duplicatas…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>Cópias exatas ({n})</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>Quase duplicatas ({n})</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>Sequências ({n})</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} e mais {n}</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} grupos: {exact} exatos, {near} quase duplicatas, {burst} sequências</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nenhuma duplicata encontrada.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Manter esta</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>Sugerida: a maior imagem e, depois, a que tem mais informações</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>Manter esta (sugerida)</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>câmera desconhecida</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>com local</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sem local</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>Semelhança {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Não é possível mostrar esta foto</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>Mover para a lixeira?</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>Mover estes {n} arquivos para a lixeira do sistema?</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>Você pode restaurá-los a partir da lixeira. O Photoseek não altera mais nada.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>Movendo {n} arquivos para a lixeira…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>{n} arquivos movidos para a lixeira.</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Como as fotos viram vetores</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>Um modelo transforma cada foto, uma única vez, em números que a descrevem; o Photoseek guarda esses números neste computador, então nenhuma foto é processada duas vezes. Quem roda o modelo?</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>Informe o endereço do cluster na próxima página. É usado o endpoint .jina-clip-v2 dele (o mesmo modelo da API da Jina); Configurações › Embeddings lista os outros endpoints do cluster.</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>Você também pode concluir agora e baixar o modelo depois: a janela mostra um botão Baixar até ele estar instalado.</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Sua chave da API da Jina</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>Seu cluster</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>O modelo local</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Como as fotos viram vetores</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>O jina-clip-v2 pela API da Jina, o endpoint .jina-clip-v2 do cluster e o modelo local são um só modelo: trocar entre eles não custa nada. Outro modelo cria o próprio índice em segundo plano enquanto as buscas continuam usando o atual; você fica sabendo quanto custa antes de começar.</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>A API da Jina</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>O endpoint de inferência do cluster</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Endpoint de inferência</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>Encont&amp;rar endpoints</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>Perguntar ao cluster quais endpoints transformam fotos em vetores</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>Te&amp;star</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>Transformar uma palavra em vetor pelo endpoint</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpoint:</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>O .jina-clip-v2 é o mesmo modelo da API da Jina. Os endpoints v5-omni são outros modelos: os vetores deles ganham um índice próprio.</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>O modelo local (jina-clip-v2 neste computador)</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>A instalada</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU, cerca de 0,9 GB</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU (CUDA, Core ML, DirectML), cerca de 1,7 GB</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — precisão total, cerca de 3,5 GB</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>Automático (uma GPU quando a variante puder usar)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Ru&amp;ns on:</source>
        <translation>Ro&amp;da em:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>Automático: todos os núcleos, menos um quarto reservado para ler as fotos durante a indexação</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>Defina primeiro a URL ou o Cloud ID do cluster em Armazenamento: o endpoint roda lá.</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>a implantação do Cloud ID</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>Roda em {where} (o cluster definido em Armazenamento).</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>Defina primeiro a URL ou o Cloud ID do cluster em Armazenamento.</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Perguntando ao cluster…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>{n} endpoints transformam fotos em vetores; escolha um acima.</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>Outros {n} só processam texto.</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>O cluster não oferece nenhum endpoint que transforme fotos em vetores.</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>Testando {endpoint}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>Fotos por mês — arraste sobre elas para escolher:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Qualquer câmera</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>Com local</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Só fotos com posição de GPS</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Antigas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>Mostrar a semelhança, o nome do arquivo e a data em cada foto</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Todas as pastas</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Nenhuma foto se parece com isso</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>Pasta: {}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>Fotos de todas as pastas da biblioteca</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Photoseek</source>
        <translation>Boas-vindas ao Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>Algumas pastas não puderam ser adicionadas; volte para alterar a lista:</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Não foi possível salvar: {error}</translation>
    </message>
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>Parar de configurar o Photoseek?</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>Manter as {n} pastas que você escolheu?</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>O Photoseek pode salvá-las na sua biblioteca agora, sem o resto desta configuração; a janela então mostra o que ainda falta (uma chave, o modelo), e você pode concluir nas Configurações.</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>Salvar as pastas</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>Voltar à configuração</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>Pastas de fotos</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Adicionar pasta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} já está na lista.</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} inclui {children}, que passam a fazer parte dela.</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Adicionar uma pasta de fotos</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>Remover {n} pasta(s) da biblioteca?

{paths}

As fotos delas saem do índice de busca. As fotos em si não são tocadas.</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>Remover pastas</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>Suas pastas de fotos</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>Em quais pastas o Photoseek deve buscar?</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>O Photoseek encontra fotos pelo que elas mostram: digite “flores vermelhas” ou “un chat qui dort” em qualquer idioma, ou comece de uma foto de que você gosta. Ele só lê suas pastas; nunca altera, move ou apaga uma foto.</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>&amp;Pastas onde buscar (incluindo subpastas):</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Igual ao sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Photoseek for iniciado.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
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
        <source>Index new photos &amp;automatically</source>
        <translation>Indexar fotos novas &amp;automaticamente</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>O Photoseek procura fotos novas, alteradas e apagadas ao iniciar e enquanto está aberto. Desative para indexar só quando você escolher Indexar agora.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>Mostrar os arquivos que não puderam ser indexados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>Parar a indexação; o que foi feito é mantido e o resto continua na próxima vez</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>Continuar a indexação</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>Pausar a indexação por enquanto</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Procurando fotos…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>Gravando no índice</translation>
    </message>
    <message>
        <source>Embedding with {model}</source>
        <translation>Gerando vetores com {model}</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} encontradas</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>faltam {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>{indexed} indexadas</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Modelo: {model}</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>Indexadas: {n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>Reconhecidas de antes (sem chamar o modelo): {n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>Enviadas ao modelo: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Ignoradas: {n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>Com falha (tentadas de novo na próxima vez): {n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>Tokens usados: {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} ignoradas</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} com falha</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>Indexação cancelada após {done} de {total}; o resto continua na próxima vez.</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>A indexação parou: {error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>Não foi possível atualizar o índice: {error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>As buscas agora usam {index}.</translation>
    </message>
    <message>
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>Ainda não há pastas de fotos: adicione uma pasta para indexar as fotos dela.</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>{n} fotos gravadas, sem chamar o modelo</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>{n} fotos removidas</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>Índice atualizado: {what}.</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>Em dia: nenhuma foto nova ou alterada.</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>Concluído: {indexed} indexadas, {skipped} ignoradas, {failed} com falha.</translation>
    </message>
    <message>
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>O índice tinha perdido {n} fotos; elas foram enviadas de novo a partir deste computador.</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>O índice recusou {n} fotos (veja o motivo em Arquivos ignorados).</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>A indexação falhou: {error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Guardar a chave só nesta &amp;sessão</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>Usar a &amp;variável de ambiente JINA_API_KEY</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>Guardar em um arq&amp;uivo criptografado, protegido por senha (opcional)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Fica na memória até o Photoseek fechar; nunca é gravada no disco.</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>Inicie o Photoseek com JINA_API_KEY=jina_… definida (por exemplo, em ~/.profile); ela é lida a cada início.</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Criptografada com AES-256 (keyrings.alt) na pasta de dados do Photoseek; você digita a senha a cada início. Nunca um arquivo de texto simples.</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Senha do arquivo criptografado</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>Nenhum chaveiro do sistema (Secret Service) pode guardar a chave neste computador. Em vez disso:</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>Usar o arq&amp;uivo criptografado que guarda sua chave</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>Digite a senha que você escolheu para ele. Uma chave digitada acima substitui a que está guardada lá.</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>Defina JINA_API_KEY e inicie o Photoseek de novo, ou escolha outra forma.</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>Digite a senha do arquivo criptografado.</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>Escolha uma senha de pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>Guardado apenas nesta sessão (sem chaveiro do sistema)</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>Guardado no arquivo criptografado</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>Defina {env} no ambiente</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Guardado no chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Photo folders</source>
        <translation>Pastas de fotos</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>O Photoseek procura fotos nestas pastas e nas subpastas delas. Ele só as lê: nunca altera, move ou apaga uma foto.</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>O que ignorar</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>Padrões excluídos</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xcluir:</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>Um padrão por linha, comparado com o nome de cada arquivo ou pasta e com o caminho dentro da pasta da biblioteca (curingas * e ?).</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>Incluir arquivos e pastas &amp;ocultos</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>Seguir &amp;links simbólicos</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>Bai&amp;xar o modelo…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>I&amp;mportar de uma pasta…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>Para um computador sem internet: uma pasta organizada como o repositório do modelo</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>Procurando o modelo local…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>Instalado: variante {variant}, {size}, roda em {device}.</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>Bai&amp;xar de novo…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>Ainda não instalado: baixe uma vez (cerca de 0,9 GB) ou importe de uma pasta.</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>O modelo local não pode ser usado aqui: {error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>Pasta com os arquivos do modelo</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>Verificando e copiando o modelo de {folder}…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Photoseek</source>
        <translation>Photoseek</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Tamanho das miniaturas</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Não é possível acessar o índice de fotos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Adicionar uma pasta de fotos</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>{} adicionada</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>Não é possível adicionar esta pasta</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>A indexação já está em andamento</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>A indexação parou: {}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Photoseek for iniciado.</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Sobre o Photoseek</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Busque nas suas próprias pastas de fotos pelo significado, em qualquer idioma.&lt;br&gt;Embeddings: Jina CLIP v2, pela API da Jina, pelo seu cluster Elasticsearch ou neste computador.</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>armazenamento integrado</translation>
    </message>
    <message>
        <source>{n} of {m} photos searchable</source>
        <translation>{n} de {m} fotos pesquisáveis</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>({n} aguardando)</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} dims</translation>
    </message>
    <message>
        <source>building {model}</source>
        <translation>criando o índice de {model}</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>índice inacessível</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>seu cluster</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>API da Jina</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>Modelo local — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>Rodar o modelo neste computador</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>O Photoseek pode transformar suas fotos em vetores aqui, com o {model} da Jina AI: sem chave de API, e nenhuma foto sai deste computador. O modelo é baixado uma vez do repositório dele e verificado antes do uso.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Salvo em:</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>Licença: {name}</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Ler a licença</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>A página do modelo</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>Aceito a licença e vou usar o modelo para fins não comerciais</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>Pedindo a lista de arquivos ao repositório…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>Instalado: {model} ({variant}) está pronto e roda em {device}.</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>Parado. {kept} mantidos; Retomar continua dali.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>cerca de {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>{kept} baixados antes; Retomar continua dali.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/s</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>faltam {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>verificando {file}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>Encontrar &amp;semelhantes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar o &amp;caminho</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Copiar a &amp;imagem</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>Não foi possível abrir {}</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Caminho copiado</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>Copiando a imagem…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>Imagem copiada</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>Não foi possível copiar: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>Tirada em: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Câmera: {}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>Semelhança: {bar} {score}</translation>
    </message>
    <message>
        <source>Found by its name or folder</source>
        <translation>Encontrada pelo nome ou pela pasta</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Também em outros {} lugares</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>Apagada ou movida</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Não está neste computador</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Não é possível mostrar esta foto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>Imagem solta</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>A área de transferência não tem nenhuma imagem. Copie primeiro uma foto ou um arquivo de imagem.</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>Buscar por imagem</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>Imagens ({})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tirada em</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamanho do arquivo</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensões</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>O quanto esta foto se aproxima da consulta, comparada ao melhor resultado desta busca. As pontuações comparam resultados de uma mesma busca; não são porcentagens.</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Encontrar semelhantes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar o caminho</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Próxima ›</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>Mostrar a foto pixel a pixel (1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>Ocupar a tela inteira (F11)</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} de {n}</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — Visualização</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>Esta foto não está neste computador.</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>Não é possível mostrar esta foto: {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} px</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Ver no mapa</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>Abre o OpenStreetMap no seu navegador</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>Arquivos não indexados</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>Filtrar por nome ou motivo</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar a lista</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>Arquivos ignorados não são tentados de novo até mudarem. Arquivos com falha são tentados de novo na próxima indexação.</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>Todas as fotos encontradas até agora puderam ser indexadas.</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>{skipped} ignorados e {failed} com falha.</translation>
    </message>
    <message>
        <source>{n} refused by the index.</source>
        <translation>{n} recusados pelo índice.</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>Mostrando os {n} primeiros.</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>Não foi possível ler a lista: {error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Refused by the index</source>
        <translation>Recusado pelo índice</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>Não é tentado de novo até o arquivo mudar</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Tentado de novo na próxima indexação</translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Seu c&amp;luster Elasticsearch (o serviço de inferência dele)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>Este c&amp;omputador (o modelo local)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>A API da &amp;Jina (online)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>As fotos vão para a sua própria implantação do Elastic, que as transforma em vetores com o endpoint de inferência que você escolher; cobrado pela sua assinatura do Elastic (EIS). Usa a conexão com o Elasticsearch do Photoseek, mesmo quando os vetores ficam aqui.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>Nada sai deste computador. Um único download de cerca de 0,9 GB; a indexação usa a CPU ou a GPU deste computador e é mais lenta. A licença do modelo é {licence}: só para uso não comercial.</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>As fotos saem deste computador uma vez, como cópias de 512 pixels, para o serviço da Jina AI; cobrado por token, mais ou menos o mesmo para cada foto. Precisa de uma chave de API (chaves novas vêm com tokens gratuitos para testar).</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>Tirar a imagem e buscar por palavras</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>Tirar a imagem da busca</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Data desconhecida</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>Adicione palavras à imagem, por ex. “à noite” — o ✕ da etiqueta a remove</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>Busque nas suas fotos, por ex. “{}”</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar ou ocultar o que você digitou</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>Copiar os caminhos</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>Copiar as imagens</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Exportar a lista…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Encontrar semelhantes</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Mais como estas</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>Menos como estas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Mais como esta</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Menos como esta</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>Encontrar semelhantes a estas {n}</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>Abrir {n} fotos</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>Copiar {n} caminhos</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>Copiar {n} imagens</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Caminho copiado</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>{n} caminhos copiados</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>{n} imagens copiadas</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar a lista</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>Planilha (*.csv);;Lista simples de caminhos (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>Não foi possível exportar: {}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>{n} fotos exportadas para {file}</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>O suporte ao Elasticsearch não está instalado.</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>O teste de conexão falhou: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Configurações do Photoseek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>&amp;Tamanho do índice</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Armazenamento</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>Working out what it costs…</source>
        <translation>Calculando quanto custa…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>Transformar as fotos em vetores com outro modelo?</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>Trocar de {before} para {after}?</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>o modelo atual</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>Um novo índice é criado em segundo plano; as buscas continuam usando o atual até ele ficar completo. Os vetores atuais continuam neste computador, então voltar atrás não custa nada.</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>Trocar e gerar vetores</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>Alguns valores precisam de correção; nada foi salvo.</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Não foi possível ler a biblioteca: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Salvo, exceto o que está marcado.</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>Tamanho do índice (dimensões Matryoshka)</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>Vetores menores deixam o índice menor e as buscas mais rápidas, com uma pequena perda de qualidade.</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Tamanho do índice</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> dimensões</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensões</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>&amp;Dimensões:</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>Espaço ocupado</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>Mudar o tamanho</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>A troca cria um índice novo a partir dos vetores já guardados neste computador: nenhuma foto é enviada de novo ao modelo e não custa nada. As buscas continuam usando o índice antigo até o novo ficar completo, e o antigo fica até você removê-lo.</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 é o tamanho completo do modelo: qualidade total.</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>A qualidade abaixo de 128 dimensões não é publicada: experimente e compare buscas com suas próprias fotos.</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>cerca de 99 % da qualidade total ou mais</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>cerca de 95–99 % da qualidade total</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>Mantém {share} (com {ref}, o recall de busca de imagens do artigo é {recall}, contra {full} no tamanho completo).</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>As buscas agora usam {d} dimensões.</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>(contando suas fotos…)</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>para uma biblioteca de {n} fotos</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>para suas {photos}</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch, {type}: cerca de {per} de memória do cluster por foto ({vector} para o vetor, cerca de {graph} B para o grafo de busca)</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>Armazenamento integrado: cerca de {per} por foto em disco ({vector} para o vetor e seus dados), e os vetores na memória enquanto o Photoseek está aberto</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {total} {whom}.</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>O cluster também guarda em disco os vetores de precisão total ({disk}).</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>De qualquer forma, este computador guarda o vetor completo de 1024 dimensões de cada foto ({per} por foto, {total} no total), e é isso que torna grátis mudar o tamanho.</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>Ainda não há pastas de fotos</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>Adicione uma pasta de fotos. O Photoseek lê as fotos (nunca as altera) e as indexa para você buscar pelo que elas mostram.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>É preciso uma chave da API da Jina</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>O Photoseek entende fotos e consultas com o modelo Jina CLIP v2. Informe sua chave da API da Jina nas Configurações (obtenha uma em jina.ai).</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir as configurações</translation>
    </message>
    <message>
        <source>The local model is not installed yet</source>
        <translation>O modelo local ainda não está instalado</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>O Photoseek está configurado para rodar o jina-clip-v2 neste computador, então nenhuma foto sai dele. Baixe o modelo uma vez (cerca de 0,9 GB; licença CC BY-NC 4.0, não comercial) ou escolha a API da Jina ou seu cluster nas Configurações.</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>Baixar o modelo…</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Não é possível acessar o índice de fotos</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>Verifique se o cluster está rodando e se as configurações estão certas, e tente de novo.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>A busca não funcionou</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>Algo deu errado durante a busca.</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>Nada foi indexado ainda</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>Suas pastas foram adicionadas, mas as fotos ainda não foram indexadas. A indexação lê cada foto uma vez; você pode continuar trabalhando enquanto isso.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Indexar agora</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>Indexando suas fotos…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>A busca funciona assim que esta primeira passada terminar; o progresso aparece na parte de baixo da janela. As fotos são lidas, nunca alteradas.</translation>
    </message>
    <message>
        <source>{n} photos are still being indexed</source>
        <translation>{n} fotos ainda estão sendo indexadas</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>Ainda há fotos sendo indexadas</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>Nada corresponde entre as fotos indexadas até agora. Esta busca roda de novo sozinha quando a indexação terminar.</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Nenhuma foto se parece com isso</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>Nenhuma das suas fotos é parecida o bastante para contar como resultado. Tente outras palavras, outro idioma ou reduza o rigor.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Editar a busca</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>Mostrar todas as fotos, as melhores primeiro</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>Nenhuma foto corresponde a estes filtros</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>Amplie a pasta, as datas ou a câmera, ou limpe os filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Abrindo sua biblioteca…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>Busque suas fotos pelo que elas mostram</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>Digite uma descrição em qualquer idioma — “flores vermelhas”, “un gato durmiendo”, “красные цветы” —, solte uma foto aqui ou cole uma.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Onde o índice fica</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Você pode mudar isso depois nas Configurações.</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>&amp;Integrado, neste computador (recomendado)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Um &amp;cluster Elasticsearch</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Um arquivo na pasta de dados do Photoseek. Nada para instalar ou rodar.</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>Para uma equipe que compartilha um índice, ou uma biblioteca muito grande. Precisa de um cluster acessível (Elasticsearch 8.11 ou mais recente).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Optional. {}</source>
        <translation>Opcional. {}</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Chave de API do Elasticsearch</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Cloud ID, usuário e senha, certificados e o tipo de índice ficam em Configurações → Armazenamento.</translation>
    </message>
    <message>
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>Seu cluster transforma as fotos em vetores, então o Photoseek precisa do endereço dele abaixo; os vetores ainda podem ficar neste computador.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(a chave que você digitou é usada quando você terminar)</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Onde o índice fica</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Integrado (neste computador)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>C&amp;luster Elasticsearch</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>Nada para instalar; um arquivo na sua pasta de dados. Ideal para uma pessoa.</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>Seu próprio cluster (8.11 ou mais recente): para uma equipe que compartilha um índice ou uma biblioteca muito grande.</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>PHOTOSEEK_ES_URL está definida, então o Elasticsearch desse endereço é usado, seja qual for a escolha aqui.</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Cluster Elasticsearch</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>URLs do cluster</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>ou o Cloud ID de uma implantação do Elastic Cloud</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud ID:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Usuário e senha</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Aute&amp;nticação:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Usuá&amp;rio:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>Arquivo PEM da sua própria autoridade certificadora</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Certi&amp;ficado da AC:</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>SHA-256 do certificado do servidor</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>I&amp;mpressão digital:</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>&amp;Verificar o certificado TLS do servidor</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 bits, cerca de 4× menor (recomendado)</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — números de ponto flutuante de 32 bits completos</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 bits, cerca de 8× menor</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 bit, cerca de 32× menor (8.16 ou mais recente)</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>Tipo &amp;de índice:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Testar a cone&amp;xão</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Segredo:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não é necessário</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>Definido por {env}</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Salva no chaveiro</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Sem verificação, qualquer um entre você e o cluster poderia ler o tráfego e suas credenciais. Prefira um arquivo de AC ou uma impressão digital.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Arquivo da autoridade certificadora</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>Corrija primeiro os valores acima.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>(com o segredo salvo: clique em Aplicar antes para testar o que você digitou)</translation>
    </message>
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>Flexível</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estrito</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>O quanto uma foto precisa se parecer para corresponder</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>Só aparecem as fotos que realmente se parecem com a busca. Afrouxe para ver mais fotos que quase correspondem; aperte para ficar só com as mais parecidas.</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>Mostrar todas as fotos, as mais parecidas primeiro (sem corte)</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>A menor pontuação de semelhança mostrada. As pontuações comparam fotos de uma mesma busca.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Adicionar pasta…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>Adicionar uma pasta de fotos à biblioteca</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>&amp;Indexar agora</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>Procurar fotos novas, alteradas e removidas e indexá-las</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>Buscar por i&amp;magem…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>Encontrar fotos parecidas com um arquivo de imagem</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Colar imagem</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>Buscar pela imagem da área de transferência</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>Arquivos i&amp;gnorados…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>Fotos que não puderam ser indexadas, e por quê</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>A busca anterior</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Ava&amp;nçar</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>A próxima busca</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>Todas as fotos por data, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>Mostrar &amp;detalhes nas fotos</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Encontrar &amp;duplicatas…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>Cópias exatas, quase duplicatas e sequências, lado a lado</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>&amp;Sobre o Photoseek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Sobre o Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Busque nas suas próprias pastas de fotos pelo significado, em qualquer idioma.&lt;br&gt;Embeddings: Jina CLIP v2.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>“Menos como estas” precisa de uma busca para refinar.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Carregando mais…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Não foi possível carregar mais: {}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>O Photoseek não consegue iniciar</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} TB</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de um segundo</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} fotos/min</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} fotos/s</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
</context>
</TS>
