<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Jina API 密钥</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>粘贴你的 Jina API 密钥（jina_…）</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>在 &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; 获取密钥。密钥保存在系统钥匙串中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>在 &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; 获取密钥。</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>密钥来自环境变量 JINA_API_KEY，它会代替这里保存的密钥使用。</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>系统钥匙串中已保存一个密钥。输入新的密钥即可替换。</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>密钥仅在本次会话中保留，退出后即被遗忘。</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>密钥保存在加密文件中（本次会话已解锁）。</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>请先输入密钥。</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>正在测试密钥…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>测试失败：{error}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>文件夹：{}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>相机：{}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>无位置信息</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>有位置信息</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>排除：{}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>{} 起</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>{} 之前</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>拍摄于 {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>每月照片数</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}：{n} 张照片</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>没有照片带有日期</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复照片</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>近似重复照片需要多接近</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>近似重复：最多</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>将其他照片移到回收站…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…对所有组执行</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>相距 {}</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复照片…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>完全相同（{n}）</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>近似重复（{n}）</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>连拍（{n}）</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} 及另外 {n} 张</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} 组：完全相同 {exact} 组，近似重复 {near} 组，连拍 {burst} 组</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>未找到重复照片。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这张</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>建议：优先选尺寸最大的，其次选信息最多的</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>保留这张（建议）</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} 像素</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>尺寸未知</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>相机未知</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>有位置信息</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>无位置信息</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>相似度 {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>无法显示此照片</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>移到回收站？</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>要将这 {n} 个文件移到系统回收站吗？</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>你可以从回收站中恢复它们。Photoseek 不会改动其他任何内容。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>正在将 {n} 个文件移到回收站…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>已将 {n} 个文件移到回收站。</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>照片如何转换为向量</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>模型会把每张照片一次性转换为描述它的数字；Photoseek 将这些数字保存在这台电脑上，因此同一张照片永远不会处理两次。由谁来运行模型？</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>请在下一页填写集群地址。将使用其 .jina-clip-v2 端点（与 Jina API 是同一模型）；“设置 › 嵌入”中会列出集群的其他端点。</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>你也可以现在完成设置，稍后再下载模型：在模型就绪之前，窗口会一直显示“下载”按钮。</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>你的 Jina API 密钥</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>你的集群</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>本地模型</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>照片如何转换为向量</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>通过 Jina API 使用的 jina-clip-v2、集群的 .jina-clip-v2 端点和本地模型是同一个模型：在它们之间切换没有任何成本。换用其他模型时，会在后台建立它自己的索引，搜索期间继续使用当前索引；开始之前会告诉你需要多少费用。</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>Jina API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>集群的推理端点</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>推理端点</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>查找端点(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>询问集群哪些端点可以将照片转换为向量</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>测试(&amp;E)</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>通过该端点将一个词转换为向量</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>端点(&amp;N)：</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 与 Jina API 使用的是同一模型。v5-omni 端点是其他模型：它们的向量会使用单独的索引。</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>本地模型（在这台电脑上运行 jina-clip-v2）</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>已安装的版本</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU，约 0.9 GB</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU（CUDA、Core ML、DirectML），约 1.7 GB</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — 全精度，约 3.5 GB</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>自动（版本支持时使用 GPU）</translation>
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
        <translation>运行于(&amp;N)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>自动：使用全部核心，索引时留出四分之一用于读取照片</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>请先在“存储”中设置集群的 URL 或 Cloud ID：端点在那里运行。</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>Cloud ID 对应的部署</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>运行于 {where}（“存储”中设置的集群）。</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>请先在“存储”中设置集群的 URL 或 Cloud ID。</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>正在询问集群…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>有 {n} 个端点可以将照片转换为向量；请在上方选择一个。</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>另有 {n} 个只能处理文本。</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>该集群没有可以将照片转换为向量的端点。</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>正在测试 {endpoint}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>每月照片数——拖动以选择：</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>任意相机</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>有位置信息</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>仅显示带 GPS 位置的照片</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>最匹配优先</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>在每张照片上显示匹配度、文件名和日期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>所有文件夹</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>没有照片与之相似</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>1 张匹配的照片</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>{n} 张匹配的照片</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>文件夹：{}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>图库中所有文件夹的照片</translation>
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
        <translation>欢迎使用 Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>有些文件夹无法添加；请返回上一步修改列表：</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>停止设置 Photoseek？</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>保留你选择的 {n} 个文件夹吗？</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>Photoseek 可以现在就把它们保存到你的图库中，跳过其余设置；之后窗口会显示还缺少什么（密钥、模型），你可以在设置中完成。</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>保存文件夹</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>返回设置</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>照片文件夹</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} 已在列表中。</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} 包含 {children}，它们将并入其中。</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>添加照片文件夹</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>要从图库中移除 {n} 个文件夹吗？

{paths}

其中的照片将从搜索索引中移除，照片文件本身不受影响。</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>移除文件夹</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>你的照片文件夹</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>Photoseek 应该搜索哪些文件夹？</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek 按照片的内容查找照片：用任何语言输入“红色的花”或“un chat qui dort”，或者从一张你喜欢的照片开始。它只读取你的文件夹，从不修改、移动或删除照片。</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>要搜索的文件夹（包括子文件夹）(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>新语言将在下次启动 Photoseek 时生效。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Index new photos &amp;automatically</source>
        <translation>自动索引新照片(&amp;A)</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek 会在启动时以及运行期间查找新增、修改和删除的照片。关闭此项后，只有在选择“立即索引”时才会索引。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>显示无法索引的文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>停止索引；已完成的部分会保留，其余部分下次继续</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>继续索引</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>暂时暂停索引</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>正在索引</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>正在写入索引</translation>
    </message>
    <message>
        <source>Embedding with {model}</source>
        <translation>正在使用 {model} 生成向量</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>已找到 {n} 张</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>剩余 {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>已索引 {indexed} 张</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>已索引：{n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>之前已识别（无需调用模型）：{n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>已发送给模型：{n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>已跳过：{n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>失败（下次重试）：{n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>已用 token：{n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>跳过 {n} 个</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>失败 {n} 个</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>索引已在完成 {done}/{total} 后取消；其余部分下次继续。</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>索引已停止：{error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>无法更新索引：{error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>搜索现在使用 {index}。</translation>
    </message>
    <message>
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>还没有照片文件夹：添加一个文件夹即可索引其中的照片。</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>已写入 {n} 张照片，未调用模型</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>已移除 {n} 张照片</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>索引已更新：{what}。</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>已是最新：没有新增或修改的照片。</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>完成：已索引 {indexed} 张，跳过 {skipped} 个，失败 {failed} 个。</translation>
    </message>
    <message>
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>索引丢失了 {n} 张照片，已从这台电脑重新发送。</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>索引拒绝了 {n} 张照片（原因见“跳过的文件”）。</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>索引失败：{error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>仅在本次会话中保留密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>使用 JINA_API_KEY 环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>保存在受密码保护的加密文件中（可选）(&amp;F)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>在 Photoseek 退出前保存在内存中，绝不写入磁盘。</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>启动 Photoseek 前设置 JINA_API_KEY=jina_…（例如在 ~/.profile 中）；每次启动时都会读取。</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>使用 AES-256（keyrings.alt）加密，保存在 Photoseek 的数据文件夹中；每次启动时需要输入密码。绝不使用明文文件。</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>加密文件的密码</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>确认密码(&amp;G)：</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>这台电脑上没有可以保存密钥的系统钥匙串（Secret Service）。你可以改用：</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>使用保存你密钥的加密文件(&amp;F)</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>请输入你为它设置的密码。在上方输入的密钥会替换其中保存的密钥。</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>请设置 JINA_API_KEY 后重新启动 Photoseek，或选择其他方式。</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>请输入加密文件的密码。</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>请设置至少 {n} 个字符的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>仅在本次会话中保存（没有系统钥匙串）</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>保存在加密文件中</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>请在环境变量中设置 {env}</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Photo folders</source>
        <translation>照片文件夹</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek 会在这些文件夹及其子文件夹中查找照片。它只读取照片，从不修改、移动或删除。</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>要跳过的内容</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>排除规则</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X)：</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>每行一条规则，与每个文件或文件夹的名称及其在图库文件夹内的路径进行匹配（支持通配符 * 和 ?）。</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>包括隐藏的文件和文件夹(&amp;H)</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>跟随符号链接(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>下载模型(&amp;D)…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>从文件夹导入(&amp;M)…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>适用于无法联网的电脑：目录结构与模型仓库相同的文件夹</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>正在查找本地模型…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>已安装：{variant} 版本，{size}，运行于 {device}。</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>重新下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>尚未安装：下载一次即可（约 0.9 GB），或从文件夹导入。</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>无法在此使用本地模型：{error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>包含模型文件的文件夹</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>正在从 {folder} 校验并复制模型…</translation>
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
        <translation>正在打开图库…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>无法访问照片索引</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>添加照片文件夹</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>已添加 {}</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>无法添加此文件夹</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>索引已在进行中</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>索引已停止：{}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>新语言将在下次启动 Photoseek 时生效。</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>关于 Photoseek</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;用任何语言，按含义搜索你自己的照片文件夹。&lt;br&gt;嵌入模型：Jina CLIP v2，可通过 Jina API、你的 Elasticsearch 集群或在这台电脑上运行。</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>内置存储</translation>
    </message>
    <message>
        <source>{n} of {m} photos searchable</source>
        <translation>{m} 张照片中有 {n} 张可搜索</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>（{n} 张待处理）</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} 维</translation>
    </message>
    <message>
        <source>building {model}</source>
        <translation>正在构建 {model} 的索引</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>索引无法访问</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>你的集群</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>Jina API</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>本地模型 — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>在这台电脑上运行模型</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek 可以在本机使用 Jina AI 的 {model} 把照片转换为向量：无需 API 密钥，照片也不会离开这台电脑。模型只需从其仓库下载一次，并在使用前进行校验。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>下载：</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>许可证：{name}</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>阅读许可证</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>模型主页</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>我接受许可证，并且只将模型用于非商业用途</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>正在向仓库请求文件列表…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>已安装：{model}（{variant}）已就绪，运行于 {device}。</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>已停止。已保留 {kept}；点击“继续”将从此处接着下载。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>约 {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>之前已下载 {kept}；点击“继续”将从此处接着下载。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/秒</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>剩余 {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>正在校验 {file}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>查找相似照片(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>复制图像(&amp;I)</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>无法打开 {}</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>已复制路径</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>正在复制图片…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>已复制图片</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>无法复制：{}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>拍摄时间：{}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>相机：{}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>匹配度：{bar} {score}</translation>
    </message>
    <message>
        <source>Found by its name or folder</source>
        <translation>通过名称或文件夹找到</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>另有 {} 处副本</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>已删除或已移动</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>不在这台电脑上</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>无法显示此照片</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>拖入的图片</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>剪贴板中没有图片。请先复制一张照片或一个图像文件。</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>以图搜图</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>图像（{}）</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>这张照片与查询的接近程度，相对于本次搜索的最佳匹配。分数只用于比较同一次搜索的结果，并不是百分比。</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一张</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一张 ›</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>按原始像素显示照片（1）</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>铺满整个屏幕（F11）</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — 预览</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>这张照片不在这台电脑上。</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>无法显示此照片：{}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} 像素</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>在地图上查看</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>在浏览器中打开 OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>未索引的文件</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>按名称或原因筛选</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>跳过的文件在发生变化前不会再次尝试。失败的文件会在下次索引时重试。</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>目前找到的所有照片都已成功索引。</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>跳过 {skipped} 个，失败 {failed} 个。</translation>
    </message>
    <message>
        <source>{n} refused by the index.</source>
        <translation>索引拒绝了 {n} 个。</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>仅显示前 {n} 个。</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused by the index</source>
        <translation>被索引拒绝</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>文件变化前不再尝试</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>下次索引时重试</translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>你的 Elasticsearch 集群（其推理服务）(&amp;C)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>这台电脑（本地模型）(&amp;O)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>Jina API（在线）(&amp;J)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>照片会发送到你自己的 Elastic 部署，由你选择的推理端点转换为向量；费用通过你的 Elastic 订阅（EIS）结算。即使向量保存在本机，也会使用 Photoseek 的 Elasticsearch 连接。</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>任何数据都不会离开这台电脑。需要一次性下载约 0.9 GB；索引使用这台电脑的 CPU 或 GPU，速度较慢。模型的许可证为 {licence}：仅限非商业用途。</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>照片会以 512 像素副本的形式发送一次给 Jina AI 的服务；按 token 计费，每张照片的费用大致相同。需要 API 密钥（新密钥附带可试用的免费 token）。</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>清除图片，改用文字搜索</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>清除图片查询</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>为图片补充文字，例如“夜晚”——点击标签上的 ✕ 可移除图片</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>搜索你的照片，例如“{}”</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>显示或隐藏输入内容</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>多找这样的</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>少找这样的</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>多找这样的</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>少找这样的</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>查找与这 {n} 张相似的照片</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>打开 {n} 张照片</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>复制 {n} 个路径</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>复制 {n} 张图片</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>已复制路径</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>已复制 {n} 个路径</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>已复制 {n} 张图片</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>电子表格 (*.csv);;纯路径列表 (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>无法导出：{}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>已将 {n} 张照片导出到 {file}</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>未安装 Elasticsearch 支持。</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>连接测试失败：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Photoseek 设置</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>图库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>嵌入(&amp;E)</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>索引大小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Working out what it costs…</source>
        <translation>正在计算费用…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>要用另一个模型为照片生成向量吗？</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>要从 {before} 切换到 {after} 吗？</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>新索引会在后台建立；完成之前，搜索继续使用当前索引。当前的向量仍保存在这台电脑上，因此切换回来没有任何成本。</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>切换并生成向量</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>有些值需要修正；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>无法读取图库：{error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>已保存，标出的项目除外。</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>索引大小（Matryoshka 维度）</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>向量越小，索引越小、搜索越快，质量只略有下降。</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>索引大小</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> 维</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>占用空间</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>更改大小</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>切换时会用这台电脑上已保存的向量构建新索引：不会再次把照片发送给模型，也不产生费用。在新索引完成之前，搜索继续使用旧索引；旧索引会一直保留，直到你将其删除。</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 是模型的完整维度：质量最佳。</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>低于 128 维的质量数据尚未公布：可以试用，并用自己的照片比较搜索效果。</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>约为完整质量的 99% 或更高</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>约为完整质量的 95–99%</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>保留 {share}（在 {ref} 时，论文中的图像检索召回率为 {recall}，完整维度时为 {full}）。</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>搜索现在使用 {d} 维。</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>（正在统计你的照片…）</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>按 {n} 张照片的图库计算</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>按你的 {photos}计算</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch，{type}：每张照片约占集群内存 {per}（向量 {vector}，搜索图约 {graph} B）</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>内置存储：每张照片约占磁盘 {per}（向量及其信息 {vector}），Photoseek 运行时向量还会载入内存</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {whom}共 {total}。</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>集群还会在磁盘上保存全精度向量（{disk}）。</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>无论哪种方式，这台电脑都会保存每张照片完整的 1024 维向量（每张 {per}，共 {total}），因此更改大小不产生费用。</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>还没有照片文件夹</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>添加一个照片文件夹。Photoseek 会读取照片（从不修改）并建立索引，让你按照片内容搜索。</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>需要 Jina API 密钥</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek 使用 Jina CLIP v2 模型理解照片和查询。请在设置中输入你的 Jina API 密钥（可在 jina.ai 获取）。</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>The local model is not installed yet</source>
        <translation>本地模型尚未安装</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek 已设置为在这台电脑上运行 jina-clip-v2，照片不会离开本机。请下载一次模型（约 0.9 GB；许可证 CC BY-NC 4.0，仅限非商业用途），或在设置中选择 Jina API 或你的集群。</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>下载模型…</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>无法访问照片索引</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>请确认集群正在运行且设置正确，然后重试。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>搜索未成功</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>搜索时出现问题。</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>还没有任何索引</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>文件夹已添加，但其中的照片尚未索引。索引会读取每张照片一次；进行期间你可以继续使用。</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>立即索引</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>正在索引你的照片…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>首次索引完成后即可搜索；进度显示在窗口底部。照片只会被读取，绝不会被修改。</translation>
    </message>
    <message>
        <source>{n} photos are still being indexed</source>
        <translation>仍有 {n} 张照片正在索引</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>仍有照片正在索引</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>目前已索引的照片中没有匹配项。索引完成后，此搜索会自动重新运行。</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>没有照片与之相似</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>你的照片都不够接近，不算匹配。请尝试其他词语或其他语言，或放宽严格度。</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>修改搜索</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>显示所有照片，最匹配的优先</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>没有照片符合这些筛选条件</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>请放宽文件夹、日期或相机条件，或清除筛选。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>正在打开你的图库…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>按照片内容搜索你的照片</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>用任何语言输入描述——“红色的花”“un gato durmiendo”“красные цветы”——也可以把照片拖到这里，或直接粘贴。</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>索引的存放位置</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>以后可以在设置中更改。</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>内置，在这台电脑上（推荐）(&amp;E)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Elasticsearch 集群(&amp;C)</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Photoseek 数据文件夹中的一个文件。无需安装或运行任何东西。</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>适合团队共享索引或规模很大的图库。需要一个可访问的集群（Elasticsearch 8.11 或更高版本）。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional. {}</source>
        <translation>可选。{}</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Elasticsearch API 密钥</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Cloud ID、用户名和密码、证书以及索引类型位于 设置 → 存储。</translation>
    </message>
    <message>
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>由你的集群将照片转换为向量，因此 Photoseek 需要在下方填写其地址；向量仍可保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>（完成后将使用你输入的密钥）</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>索引的存放位置</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>内置（在这台电脑上）(&amp;M)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>Elasticsearch 集群(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>无需安装；只是数据文件夹中的一个文件。适合个人使用。</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>你自己的集群（8.11 或更高版本）：适合团队共享索引或规模很大的图库。</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>已设置 PHOTOSEEK_ES_URL，因此无论这里怎么选，都会使用该地址的 Elasticsearch。</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Elasticsearch 集群</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>集群 URL</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>或 Elastic Cloud 部署的 Cloud ID</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cloud ID(&amp;O)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>身份验证(&amp;H)：</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>你自己的证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>服务器证书的 SHA-256</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>验证服务器的 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 位，约小 4 倍（推荐）</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — 完整的 32 位浮点数</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 位，约小 8 倍</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 位，约小 32 倍（8.16 或更高版本）</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>索引类型(&amp;I)：</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>由 {env} 设置</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>已保存在钥匙串中</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>不进行验证时，你与集群之间的任何人都可能读取通信内容和你的凭据。建议使用 CA 文件或指纹。</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>请先修正上面的值。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>（使用已保存的密钥：要测试刚输入的密钥，请先点击“应用”）</translation>
    </message>
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>照片需要多接近才算匹配</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>只显示与搜索真正相似的照片。放宽可以看到更多接近的结果，收紧则只保留最接近的。</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>所有照片</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>显示每张照片，最匹配的优先（不设阈值）</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>显示的最低匹配分数。分数只用于比较同一次搜索中的照片。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>向图库添加照片文件夹</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>立即索引(&amp;I)</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>查找新增、修改和移除的照片并建立索引</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>以图搜图(&amp;I)…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>查找与某个图像文件相似的照片</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>用剪贴板中的图片搜索</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>跳过的文件(&amp;K)…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>无法索引的照片及原因</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>上一次搜索</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>下一次搜索</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>按日期显示所有照片，最新的优先</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>在照片上显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复照片(&amp;D)…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>并排比较完全相同、近似重复和连拍的照片</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>关于 Photoseek(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>关于 Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;用任何语言，按含义搜索你自己的照片文件夹。&lt;br&gt;嵌入模型：Jina CLIP v2。</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>“少找这样的”需要先有一个可以细化的搜索。</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>无法加载更多：{}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek 无法启动</translation>
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
        <translation>不到一秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} 天</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} 张/分钟</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} 张/秒</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 张照片</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} 张照片</translation>
    </message>
</context>
</TS>
