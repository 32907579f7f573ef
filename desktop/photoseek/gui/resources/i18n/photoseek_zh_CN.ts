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
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are understood</source>
        <translation>如何理解照片</translation>
    </message>
    <message>
        <source>Photoseek sends a small 512-pixel copy of each photo to a model that describes it as numbers, and keeps those numbers, so no photo is ever sent twice.</source>
        <translation>Photoseek 会把每张照片的 512 像素小副本发送给模型，由模型把它描述成一组数字，并保存这些数字，因此每张照片只会发送一次。</translation>
    </message>
    <message>
        <source>&amp;Jina API (online)</source>
        <translation>Jina API（在线）(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Local model (coming in a later version)</source>
        <translation>本地模型（将在后续版本提供）(&amp;L)</translation>
    </message>
    <message>
        <source>Needs an API key. Jina bills by tokens used, and a photo always costs about the same because only the small copy is sent; new keys usually come with free tokens to try. Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>需要 API 密钥。Jina 按使用的 token 计费；由于只发送小副本，每张照片的费用大致相同。新密钥通常附带免费 token 供试用。请在 &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; 获取密钥。</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Runs on this computer: no key and no cost, but a large download and slower indexing.</source>
        <translation>在这台电脑上运行：无需密钥、没有费用，但需要下载较大的文件，索引也更慢。</translation>
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
        <source>Index updated: {n} photos written, no model calls.</source>
        <translation>索引已更新：写入 {n} 张照片，未调用模型。</translation>
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
        <source>Indexing failed: {error}</source>
        <translation>索引失败：{error}</translation>
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
        <source>Loading more…</source>
        <translation>正在加载更多…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>无法加载更多：{}</translation>
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
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;用任何语言，按含义搜索你自己的照片文件夹。&lt;br&gt;嵌入模型：Jina CLIP v2。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
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
        <source>index unreachable</source>
        <translation>索引无法访问</translation>
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
        <source>Also at {} other places</source>
        <translation>另有 {} 处副本</translation>
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
        <source>‹ Previous</source>
        <translation>‹ 上一张</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一张 ›</translation>
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
        <source>Not tried again until the file changes</source>
        <translation>文件变化前不再尝试</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>下次索引时重试</translation>
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
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Searching by the picture — type words to search by text instead</source>
        <translation>正在以图搜图 — 输入文字即可改为按文字搜索</translation>
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
    <message>
        <source>How photos are understood</source>
        <translation>如何理解照片</translation>
    </message>
    <message>
        <source>Jina API (online, jina-clip-v2)</source>
        <translation>Jina API（在线，jina-clip-v2）</translation>
    </message>
    <message>
        <source>Local model (coming)</source>
        <translation>本地模型（即将推出）</translation>
    </message>
    <message>
        <source>Running the model on this computer is not ready yet.</source>
        <translation>在本机运行模型的功能尚未就绪。</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. The key is kept in your system keyring, never in a settings file.</source>
        <translation>请在 &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; 获取密钥。密钥保存在系统钥匙串中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Each photo is sent once, as a 512-pixel JPEG copy, and its full vector is kept on this computer. Jina bills by tokens used; changing the index size later costs nothing.</source>
        <translation>每张照片只以 512 像素 JPEG 副本的形式发送一次，完整向量保存在这台电脑上。Jina 按使用的 token 计费；以后更改索引大小不产生任何费用。</translation>
    </message>
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
        <source>Some values need fixing; nothing was saved.</source>
        <translation>有些值需要修正；未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>无法读取图库：{error}</translation>
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
        <source>Kept in the system keyring</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>不进行验证时，你与集群之间的任何人都可能读取通信内容和你的凭据。建议使用 CA 文件或指纹。</translation>
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
        <source>Nothing found</source>
        <translation>未找到结果</translation>
    </message>
    <message>
        <source>Try other words, or another language.</source>
        <translation>试试别的词，或换一种语言。</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>修改搜索</translation>
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
        <source>Optional; kept in the system keyring</source>
        <translation>可选；保存在系统钥匙串中</translation>
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
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>（完成后将使用你输入的密钥）</translation>
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
