<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Jina API キー</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Jina API キーを貼り付けてください（jina_…）</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>キーは &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; で取得できます。キーはシステムのキーチェーンに保存され、設定ファイルには決して書き込まれません。</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>キーは &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt; で取得できます。</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>キーは環境変数 JINA_API_KEY から読み込まれ、ここに保存したキーの代わりに使われます。</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>システムのキーチェーンにキーが保存されています。置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>キーはこのセッションの間だけ保持され、終了すると消去されます。</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>キーは暗号化ファイルに保存されています（このセッションではロック解除済み）。</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>先にキーを入力してください。</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>キーをテストしています…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>テストに失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>フォルダー：{}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>カメラ：{}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>位置情報なし</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>位置情報あり</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>除外：{}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>{} 以降</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>{} より前</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>{} に撮影</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>このフィルターを解除</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>月ごとの写真数</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}：写真 {n} 枚</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>日付のある写真がありません</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>重複写真を探す</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>ほぼ重複とみなす近さ</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>ほぼ重複：距離</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>ほかの写真をゴミ箱へ移動…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…すべてのグループで実行</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>{} 以内</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>重複写真を探しています…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>完全に同じ写真（{n}）</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>ほぼ重複（{n}）</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>連写（{n}）</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} ほか {n} 枚</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>{n} グループ：完全一致 {exact}、ほぼ重複 {near}、連写 {burst}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>重複写真は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>これを残す</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>提案：最も大きい画像、次に情報が最も多いもの</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>これを残す（提案）</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} ピクセル</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>カメラ不明</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>位置情報あり</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>位置情報なし</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>類似度 {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>この写真を表示できません</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>ゴミ箱へ移動しますか？</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>これらの {n} 個のファイルをシステムのゴミ箱へ移動しますか？</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>ゴミ箱から元に戻せます。Photoseek はほかには何も変更しません。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>{n} 個のファイルをゴミ箱へ移動しています…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>{n} 個のファイルをゴミ箱へ移動しました。</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>写真をベクトルに変換する方法</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>モデルが各写真を一度だけ、その写真を表す数値に変換します。Photoseek はその数値をこのコンピューターに保存するので、同じ写真を二度処理することはありません。モデルをどこで実行しますか？</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>次のページでクラスターのアドレスを入力してください。クラスターの .jina-clip-v2 エンドポイント（Jina API と同じモデル）が使われます。クラスターのほかのエンドポイントは「設定 › 埋め込み」に一覧表示されます。</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>今は完了して、モデルを後でダウンロードすることもできます。モデルが揃うまで、ウィンドウに「ダウンロード」ボタンが表示されます。</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Jina API キー</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>ローカルモデル</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>写真をベクトルに変換する方法</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>Jina API 経由の jina-clip-v2、クラスターの .jina-clip-v2 エンドポイント、ローカルモデルはすべて同じモデルなので、切り替えても費用はかかりません。別のモデルに切り替えると、検索には現在のインデックスを使い続けながら、バックグラウンドで専用のインデックスを作成します。費用は開始前に表示されます。</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>Jina API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>クラスターの推論エンドポイント</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>推論エンドポイント</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>エンドポイントを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>写真をベクトルに変換できるエンドポイントをクラスターに問い合わせます</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>テスト(&amp;E)</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>エンドポイントで単語を 1 つベクトルに変換してみます</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>エンドポイント(&amp;N)：</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 は Jina API と同じモデルです。v5-omni エンドポイントは別のモデルなので、そのベクトルには専用のインデックスが作られます。</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>ローカルモデル（このコンピューター上の jina-clip-v2）</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>インストール済みのもの</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU、約 0.9 GB</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU（CUDA、Core ML、DirectML）、約 1.7 GB</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — フル精度、約 3.5 GB</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>バリアント(&amp;V)：</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>自動（バリアントが対応していれば GPU）</translation>
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
        <translation>実行デバイス(&amp;N)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>自動：全コアのうち、インデックス作成中の写真の読み込み用に 4 分の 1 を残して使います</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T)：</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>先に「ストア」でクラスターの URL または Cloud ID を設定してください。エンドポイントはそこで実行されます。</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>Cloud ID のデプロイメント</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>{where} で実行されます（「ストア」で設定したクラスター）。</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>先に「ストア」でクラスターの URL または Cloud ID を設定してください。</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>クラスターに問い合わせています…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>写真をベクトルに変換できるエンドポイントが {n} 個あります。上で選んでください。</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>ほかの {n} 個はテキスト専用です。</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>このクラスターには、写真をベクトルに変換できるエンドポイントがありません。</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>{endpoint} をテストしています…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>月ごとの写真数 — ドラッグして範囲を選択：</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>すべてのカメラ</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>位置情報あり</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>GPS 位置情報のある写真のみ</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>一致度順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>各写真に一致度、ファイル名、日付を表示</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>すべてのフォルダー</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>写真 1 枚</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>写真 {n} 枚</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>似ている写真はありません</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>一致する写真 1 枚</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>一致する写真 {n} 枚</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>フォルダー：{}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>ライブラリのすべてのフォルダーの写真</translation>
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
        <translation>Photoseek へようこそ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>追加できなかったフォルダーがあります。「戻る」でリストを変更してください：</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>Photoseek のセットアップを中止しますか？</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>選んだ {n} 個のフォルダーを残しますか？</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>残りのセットアップを省いて、今すぐライブラリに保存できます。その後、足りないもの（キーやモデル）がウィンドウに表示され、設定で仕上げることができます。</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>フォルダーを保存</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>セットアップに戻る</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>写真フォルダー</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} はすでにリストにあります。</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} には {children} が含まれるため、それらはこのフォルダーに統合されます。</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>写真フォルダーを追加</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>{n} 個のフォルダーをライブラリから削除しますか？

{paths}

それらの写真は検索インデックスから外れます。写真そのものには手を加えません。</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>フォルダーを削除</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>写真フォルダー</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>Photoseek で検索するフォルダーはどれですか？</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek は写っている内容で写真を見つけます。「赤い花」や「un chat qui dort」のように、どの言語でも入力できます。気に入った写真から探すこともできます。フォルダーは読み取るだけで、写真を変更・移動・削除することはありません。</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>検索するフォルダー（サブフォルダーを含む）(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>システムと同じ（{language}）</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>新しい言語は次回 Photoseek を起動したときに使われます。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Index new photos &amp;automatically</source>
        <translation>新しい写真を自動でインデックス(&amp;A)</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek は起動時と起動中に、追加・変更・削除された写真を探します。オフにすると、「今すぐインデックス」を選んだときだけインデックスを作成します。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>インデックスを作成できなかったファイルを表示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>インデックス作成を中止します。済んだ分は保持され、残りは次回続行します</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>インデックス作成を続ける</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>インデックス作成を一時停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>インデックス作成中</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>インデックスに書き込み中</translation>
    </message>
    <message>
        <source>Embedding with {model}</source>
        <translation>{model} でベクトル化</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} 件見つかりました</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>残り {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>{indexed} 件完了</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>モデル：{model}</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>インデックス済み：{n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>既知の写真（モデル呼び出しなし）：{n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>モデルに送信：{n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>スキップ：{n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>失敗（次回再試行）：{n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>使用トークン：{n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} 件スキップ</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} 件失敗</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>{total} 件中 {done} 件でインデックス作成をキャンセルしました。残りは次回続行します。</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>インデックス作成が止まりました：{error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>インデックスを更新できませんでした：{error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>検索には {index} が使われるようになりました。</translation>
    </message>
    <message>
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>写真フォルダーがまだありません。フォルダーを追加すると、その写真のインデックスを作成します。</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>写真 {n} 枚を書き込み（モデル呼び出しなし）</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>写真 {n} 枚を削除</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>インデックスを更新しました：{what}。</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>最新の状態です：新しい写真や変更された写真はありません。</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>完了：{indexed} 件インデックス済み、{skipped} 件スキップ、{failed} 件失敗。</translation>
    </message>
    <message>
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>インデックスから写真 {n} 枚が失われていたため、このコンピューターから再送しました。</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>インデックスが写真 {n} 枚を拒否しました（理由は「スキップしたファイル」を参照）。</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>インデックス作成に失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>このセッションの間だけキーを保持(&amp;S)</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>環境変数 JINA_API_KEY を使う(&amp;E)</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>パスワードで保護した暗号化ファイルに保存（任意）(&amp;F)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Photoseek を終了するまでメモリに保持し、ディスクには書き込みません。</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>JINA_API_KEY=jina_… を設定して（例：~/.profile）Photoseek を起動してください。起動のたびに読み込まれます。</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Photoseek のデータフォルダーに AES-256（keyrings.alt）で暗号化して保存し、起動のたびにパスワードを入力します。平文のファイルには決して保存しません。</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>暗号化ファイルのパスワード</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>パスワードの再入力</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>再入力(&amp;G)：</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>このコンピューターには、キーを保存できるシステムのキーチェーン（Secret Service）がありません。代わりに：</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>キーを保存した暗号化ファイルを使う(&amp;F)</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>設定したパスワードを入力してください。上でキーを入力すると、保存されているキーが置き換えられます。</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>JINA_API_KEY を設定して Photoseek を再起動するか、別の方法を選んでください。</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>暗号化ファイルのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>{n} 文字以上のパスワードを設定してください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>このセッションの間だけ保存されます（システムのキーチェーンがありません）</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>暗号化ファイルに保存されます</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>環境変数 {env} を設定してください</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Photo folders</source>
        <translation>写真フォルダー</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek はこれらのフォルダーとそのサブフォルダーから写真を探します。読み取るだけで、写真を変更・移動・削除することはありません。</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>スキップする対象</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>除外パターン</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>除外(&amp;X)：</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>1 行に 1 パターン。各ファイル名・フォルダー名と、ライブラリフォルダー内でのパスに照合します（ワイルドカード * と ? が使えます）。</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>隠しファイルと隠しフォルダーを含める(&amp;H)</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>シンボリックリンクをたどる(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>モデルをダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>フォルダーから読み込む(&amp;M)…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>インターネットに接続できないコンピューター向け：モデルのリポジトリと同じ構成のフォルダー</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>ローカルモデルを探しています…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>インストール済み：{variant} バリアント、{size}、{device} で動作します。</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>再ダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>まだインストールされていません。一度ダウンロードする（約 0.9 GB）か、フォルダーから読み込んでください。</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>ローカルモデルはここでは使えません：{error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>モデルのファイルがあるフォルダー</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>{folder} からモデルを検証してコピーしています…</translation>
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
        <translation>ライブラリを開いています…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>写真インデックスに接続できません</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>写真フォルダーを追加</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>{} を追加しました</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>このフォルダーは追加できません</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>インデックス作成はすでに実行中です</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>インデックス作成が止まりました：{}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>新しい言語は次回 Photoseek を起動したときに使われます。</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Photoseek について</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;自分の写真フォルダーを、どの言語でも意味で検索できます。&lt;br&gt;埋め込み：Jina CLIP v2（Jina API、Elasticsearch クラスター、またはこのコンピューター上で実行）。</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>内蔵ストア</translation>
    </message>
    <message>
        <source>{n} of {m} photos searchable</source>
        <translation>写真 {m} 枚中 {n} 枚を検索可能</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>写真 {n} 枚</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>（{n} 枚待機中）</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>{d} 次元</translation>
    </message>
    <message>
        <source>building {model}</source>
        <translation>{model} のインデックスを作成中</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>インデックスに接続できません</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
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
        <translation>ローカルモデル — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>このコンピューターでモデルを実行</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek は Jina AI の {model} を使って、このコンピューター上で写真をベクトルに変換できます。API キーは不要で、写真がこのコンピューターの外に出ることはありません。モデルはリポジトリから一度だけダウンロードされ、使用前に検証されます。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>バリアント：</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>ダウンロード：</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>ライセンス：{name}</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>ライセンスを読む</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>モデルのページ</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>ライセンスに同意し、モデルを非商用目的でのみ使用します</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>リポジトリにファイル一覧を問い合わせています…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>インストール完了：{model}（{variant}）の準備ができ、{device} で動作します。</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>停止しました。{kept} は保持されています。「再開」でそこから続けます。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>約 {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>{kept} はダウンロード済みです。「再開」でそこから続けます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
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
        <translation>残り {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>{file} を検証中</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>似た写真を探す(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーで表示(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>画像をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>{} を開けませんでした</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>パスをコピーしました</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>画像をコピーしています…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>画像をコピーしました</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>コピーできませんでした：{}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>撮影日時：{}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>カメラ：{}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>一致度：{bar} {score}</translation>
    </message>
    <message>
        <source>Found by its name or folder</source>
        <translation>名前またはフォルダー名で見つかりました</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>ほかに {} か所にあります</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>削除または移動済み</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>このコンピューターにありません</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>この写真を表示できません</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>ドロップした画像</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>クリップボードに画像がありません。先に写真か画像ファイルをコピーしてください。</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>画像で検索</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>画像（{}）</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>撮影場所</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>この写真が検索語にどれだけ近いかを、この検索で最も一致した写真と比べて示します。スコアは同じ検索の結果どうしを比べるためのもので、パーセントではありません。</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 前へ</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>次へ ›</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>写真を等倍で表示（1）</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>画面全体に表示（F11）</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — プレビュー</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>この写真はこのコンピューターにありません。</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>この写真を表示できません：{}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} ピクセル</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>地図で見る</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>ブラウザーで OpenStreetMap を開きます</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>インデックスされていないファイル</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>名前または理由で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>一覧をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>スキップしたファイルは、変更されるまで再試行しません。失敗したファイルは次回のインデックス作成で再試行します。</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>これまでに見つかった写真はすべてインデックスできました。</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>{skipped} 件スキップ、{failed} 件失敗。</translation>
    </message>
    <message>
        <source>{n} refused by the index.</source>
        <translation>インデックスによる拒否 {n} 件。</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>最初の {n} 件を表示しています。</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>一覧を読み込めませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Refused by the index</source>
        <translation>インデックスが拒否</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>ファイルが変更されるまで再試行しません</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>次回のインデックス作成で再試行します</translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Elasticsearch クラスター（その推論サービス）(&amp;C)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>このコンピューター（ローカルモデル）(&amp;O)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>Jina API（オンライン）(&amp;J)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>写真は自分の Elastic デプロイメントに送られ、選んだ推論エンドポイントでベクトルに変換されます。料金は Elastic のサブスクリプション（EIS）で請求されます。ベクトルをこのコンピューターに保存する場合でも、Photoseek の Elasticsearch 接続を使います。</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>このコンピューターから何も外に出ません。約 0.9 GB を一度だけダウンロードします。インデックス作成にはこのコンピューターの CPU または GPU を使うため、時間がかかります。モデルのライセンスは {licence} で、非商用利用に限られます。</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>写真は 512 ピクセルのコピーとして一度だけ Jina AI のサービスに送られます。料金はトークン単位で、写真 1 枚あたりほぼ一定です。API キーが必要です（新しいキーには試用できる無料トークンが付いています）。</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>画像を消して言葉で検索</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>画像による検索を消去</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>写真 1 枚</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>写真 {n} 枚</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>画像に言葉を追加（例：「夜」）— チップの ✕ で画像を外せます</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>写真を検索（例：「{}」）</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力内容を表示／非表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>一覧をエクスポート…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>これらに似た写真を増やす</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>これらに似た写真を減らす</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>これに似た写真を増やす</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>これに似た写真を減らす</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>この {n} 枚に似た写真を探す</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>写真 {n} 枚を開く</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>{n} 件のパスをコピー</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>画像 {n} 枚をコピー</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>パスをコピーしました</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>{n} 件のパスをコピーしました</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>画像 {n} 枚をコピーしました</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>一覧をエクスポート</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>スプレッドシート (*.csv);;パスの一覧 (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>エクスポートできませんでした：{}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>写真 {n} 枚を {file} にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>Elasticsearch のサポートがインストールされていません。</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>接続テストに失敗しました：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Photoseek の設定</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>埋め込み(&amp;E)</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>インデックスサイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>ストア(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>Working out what it costs…</source>
        <translation>費用を見積もっています…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>別のモデルで写真をベクトル化しますか？</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>{before} から {after} に切り替えますか？</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>現在のモデル</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>新しいインデックスはバックグラウンドで作成され、完成するまで検索には現在のインデックスが使われます。現在のベクトルはこのコンピューターに残るので、元に戻しても費用はかかりません。</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>切り替えてベクトル化</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>修正が必要な値があります。何も保存されていません。</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>ライブラリを読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>印の付いた項目を除いて保存しました。</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>インデックスサイズ（Matryoshka 次元数）</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>ベクトルを小さくすると、品質はわずかに下がりますが、インデックスが小さくなり検索も速くなります。</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>インデックスサイズ</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> 次元</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>次元数</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>次元数(&amp;D)：</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>必要な容量</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>サイズの変更</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>切り替えると、このコンピューターに保存済みのベクトルから新しいインデックスを作ります。写真をモデルに送り直すことはなく、費用もかかりません。新しいインデックスが完成するまで検索には古いインデックスが使われ、古いインデックスは削除するまで残ります。</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 はモデル本来のサイズで、品質は最高です。</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>128 次元未満の品質は公表されていません。実際に試して、自分の写真で検索結果を比べてください。</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>最高品質の約 99% 以上</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>最高品質の約 95〜99%</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>{share}を維持します（{ref} での論文の画像検索再現率は {recall}、フルサイズでは {full}）。</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>検索には現在 {d} 次元が使われています。</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>（写真を数えています…）</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>写真 {n} 枚のライブラリの場合</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>あなたの{photos}の場合</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch、{type}：写真 1 枚あたりクラスターのメモリを約 {per}（ベクトルに {vector}、検索グラフに約 {graph} B）</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>内蔵ストア：写真 1 枚あたりディスクを約 {per}（ベクトルと付随情報に {vector}）、さらに Photoseek の実行中はベクトルをメモリに保持します</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {whom}、合計 {total}。</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>クラスターはフル精度のベクトルもディスクに保存します（{disk}）。</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>どちらの場合も、このコンピューターは各写真の 1024 次元の完全なベクトル（1 枚あたり {per}、合計 {total}）を保存します。そのため、サイズの変更に費用はかかりません。</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>写真フォルダーがまだありません</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>写真フォルダーを追加してください。Photoseek は写真を読み取り（変更はしません）、インデックスを作成して、写っている内容で検索できるようにします。</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>Jina API キーが必要です</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek は Jina CLIP v2 モデルで写真と検索語を理解します。設定で Jina API キーを入力してください（jina.ai で取得できます）。</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>The local model is not installed yet</source>
        <translation>ローカルモデルがまだインストールされていません</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek はこのコンピューター上で jina-clip-v2 を実行するよう設定されているため、写真が外に出ることはありません。モデルを一度ダウンロードする（約 0.9 GB、ライセンスは CC BY-NC 4.0 で非商用）か、設定で Jina API またはクラスターを選んでください。</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>モデルをダウンロード…</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>写真インデックスに接続できません</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>クラスターが動いていて設定が正しいことを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>検索できませんでした</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>検索中に問題が起きました。</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>まだ何もインデックスされていません</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>フォルダーは追加されましたが、写真のインデックスはまだ作成されていません。インデックス作成では各写真を一度だけ読み取ります。作成中も作業を続けられます。</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>今すぐインデックス</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>写真のインデックスを作成しています…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>最初の処理が終わるとすぐに検索できます。進行状況はウィンドウの下部に表示されます。写真は読み取るだけで、変更はしません。</translation>
    </message>
    <message>
        <source>{n} photos are still being indexed</source>
        <translation>写真 {n} 枚のインデックスをまだ作成中です</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>写真のインデックスをまだ作成中です</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>これまでにインデックスされた写真には一致するものがありません。インデックス作成が終わると、この検索は自動的にやり直されます。</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>似ている写真はありません</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>一致とみなせるほど近い写真がありません。別の言葉や別の言語で試すか、厳しさを緩めてください。</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>検索を編集</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>すべての写真を一致度順に表示</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>このフィルターに合う写真はありません</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>フォルダー、日付、カメラの条件を広げるか、フィルターを解除してください。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>ライブラリを開いています…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>写っている内容で写真を検索</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>どの言語でも説明を入力できます（「赤い花」「un gato durmiendo」「красные цветы」など）。写真をここにドロップするか、貼り付けることもできます。</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>インデックスの保存場所</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>後で設定から変更できます。</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>内蔵、このコンピューター上（推奨）(&amp;E)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>Elasticsearch クラスター(&amp;C)</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Photoseek のデータフォルダー内のファイルです。インストールや起動は不要です。</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>チームでインデックスを共有する場合や、非常に大きなライブラリ向けです。接続できるクラスター（Elasticsearch 8.11 以降）が必要です。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional. {}</source>
        <translation>任意。{}</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Elasticsearch API キー</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Cloud ID、ユーザー名とパスワード、証明書、インデックスの種類は「設定 → ストア」にあります。</translation>
    </message>
    <message>
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>写真のベクトル化はクラスターで行うため、下にそのアドレスを入力してください。ベクトルはこのコンピューターに保存することもできます。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>（入力したキーは完了後に使われます）</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>インデックスの保存場所</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>内蔵（このコンピューター）(&amp;M)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>Elasticsearch クラスター(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>インストール不要。データフォルダー内のファイルです。個人での利用に最適です。</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>自分のクラスター（8.11 以降）。チームでインデックスを共有する場合や、非常に大きなライブラリ向けです。</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>PHOTOSEEK_ES_URL が設定されているため、ここで何を選んでもそのアドレスの Elasticsearch が使われます。</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Elasticsearch クラスター</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>クラスターの URL</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>または Elastic Cloud デプロイメントの Cloud ID</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cloud ID(&amp;O)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>認証(&amp;H)：</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ユーザー名(&amp;N)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>独自の認証局の PEM ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A)：</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>サーバー証明書の SHA-256</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>フィンガープリント(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>サーバーの TLS 証明書を検証する(&amp;V)</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 ビット、約 1/4 のサイズ（推奨）</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — 32 ビット浮動小数点のまま</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 ビット、約 1/8 のサイズ</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 ビット、約 1/32 のサイズ（8.16 以降）</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>インデックスの種類(&amp;I)：</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>接続をテスト(&amp;C)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K)：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット：</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>{env} で設定済み</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>検証しないと、あなたとクラスターの間にいる誰もが通信内容や認証情報を読み取れてしまいます。CA ファイルかフィンガープリントを使ってください。</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>認証局ファイル</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>先に上の値を修正してください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>（保存済みのシークレットでテストします。入力したものを試すには先に「適用」してください）</translation>
    </message>
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳しい</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>一致とみなす写真の近さ</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>検索内容に本当に似ている写真だけが表示されます。緩めると惜しい写真も表示され、厳しくすると最も近い写真だけが残ります。</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>すべての写真</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>すべての写真を一致度順に表示（しきい値なし）</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>表示する一致度スコアの下限。スコアは同じ検索内の写真どうしを比べるためのものです。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>ライブラリに写真フォルダーを追加</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>今すぐインデックス(&amp;I)</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>追加・変更・削除された写真を探してインデックスを作成</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>画像で検索(&amp;I)…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>画像ファイルに似た写真を探す</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>クリップボードの画像で検索</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>スキップしたファイル(&amp;K)…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>インデックスできなかった写真とその理由</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>前の検索</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>次の検索</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>すべての写真を日付の新しい順に表示</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>写真に詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>重複写真を探す(&amp;D)…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>完全に同じ写真、ほぼ重複、連写を並べて比較</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>Photoseek について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>Photoseek について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;自分の写真フォルダーを、どの言語でも意味で検索できます。&lt;br&gt;埋め込み：Jina CLIP v2。</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>写真 {n} 枚</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>「これらに似た写真を減らす」には、絞り込む元の検索が必要です。</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>さらに読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>続きを読み込めませんでした：{}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek を起動できません</translation>
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
        <translation>1 秒未満</translation>
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
        <translation>{m} 分</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 時間 {m} 分</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 時間</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 日 {h} 時間</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} 日</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} 枚/分</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} 枚/秒</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>写真 1 枚</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>写真 {n} 枚</translation>
    </message>
</context>
</TS>
