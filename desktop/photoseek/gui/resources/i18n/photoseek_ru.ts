<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApiKeyEditor</name>
    <message>
        <source>Jina API key</source>
        <translation>Ключ API Jina</translation>
    </message>
    <message>
        <source>Paste your Jina API key (jina_…)</source>
        <translation>Вставьте ключ API Jina (jina_…)</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Проверить ключ</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. It is kept in your system keyring, never in a settings file.</source>
        <translation>Ключ можно получить на &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;. Он хранится в системной связке ключей и никогда — в файле настроек.</translation>
    </message>
    <message>
        <source>Get a key at &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</source>
        <translation>Ключ можно получить на &lt;a href=&quot;{url}&quot;&gt;jina.ai/embeddings&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The key comes from the JINA_API_KEY environment variable; it is used instead of a key saved here.</source>
        <translation>Ключ взят из переменной окружения JINA_API_KEY; он используется вместо ключа, сохранённого здесь.</translation>
    </message>
    <message>
        <source>A key is saved in the system keyring. Type a new one to replace it.</source>
        <translation>В системной связке ключей уже сохранён ключ. Введите новый, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Сохранён в связке ключей</translation>
    </message>
    <message>
        <source>The key is kept for this session only; it is forgotten when you quit.</source>
        <translation>Ключ хранится только в этом сеансе; при выходе он забывается.</translation>
    </message>
    <message>
        <source>The key is kept in the encrypted file (unlocked for this session).</source>
        <translation>Ключ хранится в зашифрованном файле (разблокирован на этот сеанс).</translation>
    </message>
    <message>
        <source>Type a key first.</source>
        <translation>Сначала введите ключ.</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Проверка ключа…</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>Проверка не удалась: {error}</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <source>Folder: {}</source>
        <translation>Папка: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Камера: {}</translation>
    </message>
    <message>
        <source>Without location</source>
        <translation>Без геометки</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>С геометкой</translation>
    </message>
    <message>
        <source>Without: {}</source>
        <translation>Без: {}</translation>
    </message>
    <message>
        <source>From {}</source>
        <translation>От: {}</translation>
    </message>
    <message>
        <source>Before {}</source>
        <translation>До: {}</translation>
    </message>
    <message>
        <source>In {}</source>
        <translation>Дата: {}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
</context>
<context>
    <name>DateHistogram</name>
    <message>
        <source>Photos per month</source>
        <translation>Фото по месяцам</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}: {n} photos</source>
        <translation>{month}: {n} фото</translation>
    </message>
    <message>
        <source>No photo has a date</source>
        <translation>Ни у одной фотографии нет даты</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>How close near-duplicates must be</source>
        <translation>Насколько близкими должны быть почти дубликаты</translation>
    </message>
    <message>
        <source>Near-duplicates: at most</source>
        <translation>Почти дубликаты: не дальше</translation>
    </message>
    <message>
        <source>Move the others to the trash…</source>
        <translation>Остальные — в корзину…</translation>
    </message>
    <message>
        <source>…for every group</source>
        <translation>…во всех группах</translation>
    </message>
    <message>
        <source>{} apart</source>
        <translation>расстояние {}</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Exact copies ({n})</source>
        <translation>Точные копии ({n})</translation>
    </message>
    <message>
        <source>Near-duplicates ({n})</source>
        <translation>Почти дубликаты ({n})</translation>
    </message>
    <message>
        <source>Bursts ({n})</source>
        <translation>Серии снимков ({n})</translation>
    </message>
    <message>
        <source>{name} and {n} more</source>
        <translation>{name} и ещё {n}</translation>
    </message>
    <message>
        <source>{n} groups: {exact} exact, {near} near, {burst} bursts</source>
        <translation>Групп: {n} (точных копий: {exact}, почти дубликатов: {near}, серий: {burst})</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Оставить эту</translation>
    </message>
    <message>
        <source>Proposed: the largest picture, then the most details</source>
        <translation>Предложено: самое большое изображение, затем с наибольшим числом сведений</translation>
    </message>
    <message>
        <source>Keep this one (proposed)</source>
        <translation>Оставить эту (предложено)</translation>
    </message>
    <message>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} пикс.</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>camera unknown</source>
        <translation>камера неизвестна</translation>
    </message>
    <message>
        <source>with location</source>
        <translation>с геометкой</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>без геометки</translation>
    </message>
    <message>
        <source>Similarity {:.4f}</source>
        <translation>Сходство {:.4f}</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Не удаётся показать эту фотографию</translation>
    </message>
    <message>
        <source>Move to the trash?</source>
        <translation>Переместить в корзину?</translation>
    </message>
    <message>
        <source>Move these {n} files to the system trash?</source>
        <translation>Переместить эти файлы в системную корзину (всего: {n})?</translation>
    </message>
    <message>
        <source>You can restore them from the trash. Photoseek changes nothing else.</source>
        <translation>Их можно восстановить из корзины. Больше Photoseek ничего не меняет.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Moving {n} files to the trash…</source>
        <translation>Перемещение файлов в корзину (всего: {n})…</translation>
    </message>
    <message>
        <source>Moved {n} files to the trash.</source>
        <translation>Перемещено в корзину файлов: {n}.</translation>
    </message>
</context>
<context>
    <name>EmbeddingPage</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Как фотографии превращаются в векторы</translation>
    </message>
    <message>
        <source>A model turns each photo once into numbers that describe it; Photoseek keeps them on this computer, so no photo is ever embedded twice. Who runs the model?</source>
        <translation>Модель один раз превращает каждую фотографию в числа, которые её описывают; Photoseek хранит их на этом компьютере, поэтому ни одна фотография не обрабатывается дважды. Где будет работать модель?</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address on the next page. Its .jina-clip-v2 endpoint is used (the same model as the Jina API); Settings › Embedding lists the cluster&apos;s other endpoints.</source>
        <translation>Укажите адрес кластера на следующей странице. Будет использован его эндпоинт .jina-clip-v2 (та же модель, что и в API Jina); остальные эндпоинты кластера перечислены в разделе «Настройки › Эмбеддинги».</translation>
    </message>
    <message>
        <source>You can also finish now and download the model later: the window shows a Download button until it is there.</source>
        <translation>Можно завершить настройку сейчас и загрузить модель позже: пока её нет, в окне будет кнопка «Загрузить».</translation>
    </message>
    <message>
        <source>Your Jina API key</source>
        <translation>Ваш ключ API Jina</translation>
    </message>
    <message>
        <source>Your cluster</source>
        <translation>Ваш кластер</translation>
    </message>
    <message>
        <source>The local model</source>
        <translation>Локальная модель</translation>
    </message>
</context>
<context>
    <name>EmbeddingTab</name>
    <message>
        <source>How photos are turned into vectors</source>
        <translation>Как фотографии превращаются в векторы</translation>
    </message>
    <message>
        <source>jina-clip-v2 through the Jina API, the cluster&apos;s .jina-clip-v2 endpoint and the local model is one model: switching among them costs nothing. Another model builds its own index in the background while searches keep using the current one; you are told what it costs before it starts.</source>
        <translation>jina-clip-v2 через API Jina, эндпоинт .jina-clip-v2 кластера и локальная модель — это одна и та же модель: переключение между ними ничего не стоит. Другая модель строит собственный индекс в фоне, пока поиск продолжает использовать текущий; стоимость сообщается до начала.</translation>
    </message>
    <message>
        <source>The Jina API</source>
        <translation>API Jina</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>The cluster&apos;s inference endpoint</source>
        <translation>Эндпоинт инференса в кластере</translation>
    </message>
    <message>
        <source>Inference endpoint</source>
        <translation>Эндпоинт инференса</translation>
    </message>
    <message>
        <source>&amp;Find endpoints</source>
        <translation>Най&amp;ти эндпоинты</translation>
    </message>
    <message>
        <source>Ask the cluster which endpoints embed photos</source>
        <translation>Спросить у кластера, какие эндпоинты превращают фотографии в векторы</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Embed one word through the endpoint</source>
        <translation>Превратить одно слово в вектор через этот эндпоинт</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>Эн&amp;дпоинт:</translation>
    </message>
    <message>
        <source>.jina-clip-v2 is the same model as the Jina API&apos;s. The v5-omni endpoints are other models: their vectors get an index of their own.</source>
        <translation>.jina-clip-v2 — та же модель, что и в API Jina. Эндпоинты v5-omni — другие модели: для их векторов строится отдельный индекс.</translation>
    </message>
    <message>
        <source>The local model (jina-clip-v2 on this computer)</source>
        <translation>Локальная модель (jina-clip-v2 на этом компьютере)</translation>
    </message>
    <message>
        <source>The one installed</source>
        <translation>Установленный</translation>
    </message>
    <message>
        <source>int8 — CPU, about 0.9 GB</source>
        <translation>int8 — CPU, около 0,9 ГБ</translation>
    </message>
    <message>
        <source>fp16 — GPU (CUDA, Core ML, DirectML), about 1.7 GB</source>
        <translation>fp16 — GPU (CUDA, Core ML, DirectML), около 1,7 ГБ</translation>
    </message>
    <message>
        <source>fp32 — full precision, about 3.5 GB</source>
        <translation>fp32 — полная точность, около 3,5 ГБ</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>Вари&amp;ант:</translation>
    </message>
    <message>
        <source>Automatic (a GPU when the variant can use one)</source>
        <translation>Автоматически (GPU, если вариант может его использовать)</translation>
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
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Automatic: every core, less a quarter left to reading photos while indexing</source>
        <translation>Автоматически: все ядра, кроме четверти, оставленной для чтения фотографий во время индексации</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Число потоков:</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first: the endpoint runs there.</source>
        <translation>Сначала укажите URL или Cloud ID кластера в разделе «Хранилище»: эндпоинт работает там.</translation>
    </message>
    <message>
        <source>the Cloud ID deployment</source>
        <translation>развёртывание по Cloud ID</translation>
    </message>
    <message>
        <source>Runs on {where} (the cluster set under Store).</source>
        <translation>Работает на {where} (кластер из раздела «Хранилище»).</translation>
    </message>
    <message>
        <source>Set the cluster&apos;s URL or Cloud ID under Store first.</source>
        <translation>Сначала укажите URL или Cloud ID кластера в разделе «Хранилище».</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Запрос к кластеру…</translation>
    </message>
    <message>
        <source>{n} endpoints embed photos; choose one above.</source>
        <translation>Эндпоинтов для фотографий: {n}; выберите один выше.</translation>
    </message>
    <message>
        <source>{n} more embed text only.</source>
        <translation>Ещё только для текста: {n}.</translation>
    </message>
    <message>
        <source>The cluster offers no endpoint that embeds photos.</source>
        <translation>В кластере нет эндпоинта, который превращает фотографии в векторы.</translation>
    </message>
    <message>
        <source>Testing {endpoint}…</source>
        <translation>Проверка {endpoint}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Photos per month — drag over them to choose:</source>
        <translation>Фото по месяцам — выделите мышью нужные:</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Любая камера</translation>
    </message>
    <message>
        <source>With location</source>
        <translation>С геометкой</translation>
    </message>
    <message>
        <source>Only photos with a GPS position</source>
        <translation>Только фотографии с GPS-координатами</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>По сходству</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source>Show the match, file name and date on each photo</source>
        <translation>Показывать сходство, имя файла и дату на каждой фотографии</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Все папки</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 фото</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} фото</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Похожих фотографий нет</translation>
    </message>
    <message>
        <source>1 matching photo</source>
        <translation>Найдено: 1</translation>
    </message>
    <message>
        <source>{n} matching photos</source>
        <translation>Найдено: {n}</translation>
    </message>
    <message>
        <source>Folder: {}</source>
        <translation>Папка: {}</translation>
    </message>
    <message>
        <source>Photos of every library folder</source>
        <translation>Фотографии из всех папок библиотеки</translation>
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
        <translation>Добро пожаловать в Photoseek</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Some folders could not be added; go Back to change the list:</source>
        <translation>Некоторые папки не удалось добавить; вернитесь назад, чтобы изменить список:</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
    <message>
        <source>Stop setting up Photoseek?</source>
        <translation>Прервать настройку Photoseek?</translation>
    </message>
    <message>
        <source>Keep the {n} folders you chose?</source>
        <translation>Сохранить выбранные папки (всего: {n})?</translation>
    </message>
    <message>
        <source>Photoseek can save them to your library now, without the rest of this setup; the window then shows what is still missing (a key, the model), and you can finish in Settings.</source>
        <translation>Photoseek может сразу сохранить их в библиотеку без остальных шагов настройки; затем окно покажет, чего ещё не хватает (ключа, модели), а закончить можно будет в настройках.</translation>
    </message>
    <message>
        <source>Save the folders</source>
        <translation>Сохранить папки</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Back to setup</source>
        <translation>Вернуться к настройке</translation>
    </message>
</context>
<context>
    <name>FolderListEditor</name>
    <message>
        <source>Photo folders</source>
        <translation>Папки с фотографиями</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>{path} is already in the list.</source>
        <translation>{path} уже есть в списке.</translation>
    </message>
    <message>
        <source>{path} includes {children}, which become part of it.</source>
        <translation>{path} содержит {children}; они становятся её частью.</translation>
    </message>
    <message>
        <source>Add a photo folder</source>
        <translation>Добавить папку с фотографиями</translation>
    </message>
    <message>
        <source>Remove {n} folder(s) from the library?

{paths}

Their photos leave the search index. The photos themselves are not touched.</source>
        <translation>Убрать папки из библиотеки (всего: {n})?

{paths}

Их фотографии будут удалены из поискового индекса. Сами фотографии не затрагиваются.</translation>
    </message>
    <message>
        <source>Remove folders</source>
        <translation>Убрать папки</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <source>Your photo folders</source>
        <translation>Ваши папки с фотографиями</translation>
    </message>
    <message>
        <source>Which folders should Photoseek search?</source>
        <translation>В каких папках Photoseek должен искать?</translation>
    </message>
    <message>
        <source>Photoseek finds photos by what they show: type “red flowers” or “un chat qui dort” in any language, or start from a photo you like. It only reads your folders; it never changes, moves or deletes a photo.</source>
        <translation>Photoseek находит фотографии по тому, что на них изображено: введите «красные цветы» или «un chat qui dort» на любом языке или начните с понравившейся фотографии. Программа только читает ваши папки и никогда не изменяет, не перемещает и не удаляет фотографии.</translation>
    </message>
    <message>
        <source>&amp;Folders to search (subfolders included):</source>
        <translation>&amp;Папки для поиска (включая вложенные):</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске Photoseek.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Index new photos &amp;automatically</source>
        <translation>&amp;Автоматически индексировать новые фотографии</translation>
    </message>
    <message>
        <source>Photoseek looks for new, changed and deleted photos when it starts and while it is open. Turn it off to index only when you choose Index now.</source>
        <translation>Photoseek ищет новые, изменённые и удалённые фотографии при запуске и пока открыт. Отключите, чтобы индексировать только по команде «Индексировать сейчас».</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>IndexingStatus</name>
    <message>
        <source>Indexing progress</source>
        <translation>Ход индексации</translation>
    </message>
    <message>
        <source>Show the files that could not be indexed</source>
        <translation>Показать файлы, которые не удалось проиндексировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop indexing; what is done is kept and the rest continues next time</source>
        <translation>Остановить индексацию; сделанное сохранится, остальное продолжится в следующий раз</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Continue indexing</source>
        <translation>Продолжить индексацию</translation>
    </message>
    <message>
        <source>Pause indexing for now</source>
        <translation>Приостановить индексацию</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Поиск фотографий…</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Индексация</translation>
    </message>
    <message>
        <source>Saving to the index</source>
        <translation>Запись в индекс</translation>
    </message>
    <message>
        <source>Embedding with {model}</source>
        <translation>Векторизация: {model}</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>найдено: {n}</translation>
    </message>
    <message>
        <source>{eta} left</source>
        <translation>осталось {eta}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{indexed} indexed</source>
        <translation>проиндексировано: {indexed}</translation>
    </message>
    <message>
        <source>Model: {model}</source>
        <translation>Модель: {model}</translation>
    </message>
    <message>
        <source>Indexed: {n}</source>
        <translation>Проиндексировано: {n}</translation>
    </message>
    <message>
        <source>Recognised from before (no model call): {n}</source>
        <translation>Узнано по прошлым запускам (без обращения к модели): {n}</translation>
    </message>
    <message>
        <source>Sent to the model: {n}</source>
        <translation>Отправлено модели: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Пропущено: {n}</translation>
    </message>
    <message>
        <source>Failed (retried next time): {n}</source>
        <translation>С ошибкой (повтор в следующий раз): {n}</translation>
    </message>
    <message>
        <source>Tokens used: {n}</source>
        <translation>Использовано токенов: {n}</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>пропущено: {n}</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>с ошибкой: {n}</translation>
    </message>
    <message>
        <source>Indexing cancelled after {done} of {total}; the rest continues next time.</source>
        <translation>Индексация отменена после {done} из {total}; остальное продолжится в следующий раз.</translation>
    </message>
    <message>
        <source>Indexing stopped: {error}</source>
        <translation>Индексация остановлена: {error}</translation>
    </message>
    <message>
        <source>The index could not be updated: {error}</source>
        <translation>Не удалось обновить индекс: {error}</translation>
    </message>
    <message>
        <source>Searches now use {index}.</source>
        <translation>Теперь поиск использует {index}.</translation>
    </message>
    <message>
        <source>No photo folders yet: add a folder to index its photos.</source>
        <translation>Папок с фотографиями пока нет: добавьте папку, чтобы проиндексировать её фотографии.</translation>
    </message>
    <message>
        <source>{n} photos written, no model calls</source>
        <translation>записано фото: {n}, без обращения к модели</translation>
    </message>
    <message>
        <source>{n} photos removed</source>
        <translation>удалено фото: {n}</translation>
    </message>
    <message>
        <source>Index updated: {what}.</source>
        <translation>Индекс обновлён: {what}.</translation>
    </message>
    <message>
        <source>Up to date: no new or changed photos.</source>
        <translation>Всё актуально: новых или изменённых фотографий нет.</translation>
    </message>
    <message>
        <source>Done: {indexed} indexed, {skipped} skipped, {failed} failed.</source>
        <translation>Готово: проиндексировано — {indexed}, пропущено — {skipped}, с ошибкой — {failed}.</translation>
    </message>
    <message>
        <source>The index had lost {n} photos; they were sent again from this computer.</source>
        <translation>Индекс потерял фото ({n}); они заново отправлены с этого компьютера.</translation>
    </message>
    <message>
        <source>The index refused {n} photos (see Skipped files for why).</source>
        <translation>Индекс отклонил фото: {n} (причины — в окне «Пропущенные файлы»).</translation>
    </message>
    <message>
        <source>Indexing failed: {error}</source>
        <translation>Индексация не удалась: {error}</translation>
    </message>
</context>
<context>
    <name>KeyPlaceChooser</name>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Хранить ключ только в этом &amp;сеансе</translation>
    </message>
    <message>
        <source>Use the JINA_API_KEY &amp;environment variable</source>
        <translation>&amp;Использовать переменную окружения JINA_API_KEY</translation>
    </message>
    <message>
        <source>Keep it in an encrypted &amp;file, protected by a password (opt-in)</source>
        <translation>Хранить в зашифрованном &amp;файле, защищённом паролем (по желанию)</translation>
    </message>
    <message>
        <source>Kept in memory until Photoseek quits, never written to disk.</source>
        <translation>Хранится в памяти до выхода из Photoseek и никогда не записывается на диск.</translation>
    </message>
    <message>
        <source>Start Photoseek with JINA_API_KEY=jina_… set (for example in ~/.profile); it is read at every start.</source>
        <translation>Запускайте Photoseek с заданной переменной JINA_API_KEY=jina_… (например, в ~/.profile); она читается при каждом запуске.</translation>
    </message>
    <message>
        <source>Encrypted with AES-256 (keyrings.alt) in Photoseek&apos;s data folder; you type the password at each start. Never a plain-text file.</source>
        <translation>Шифруется AES-256 (keyrings.alt) в папке данных Photoseek; пароль вводится при каждом запуске. Никогда не хранится открытым текстом.</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Пароль зашифрованного файла</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) can keep the key on this computer. Instead:</source>
        <translation>На этом компьютере нет системной связки ключей (Secret Service), в которой можно хранить ключ. Вместо этого:</translation>
    </message>
    <message>
        <source>Use the encrypted &amp;file that holds your key</source>
        <translation>Использовать зашифрованный &amp;файл с вашим ключом</translation>
    </message>
    <message>
        <source>Type the password you chose for it. A key typed above replaces the one kept there.</source>
        <translation>Введите пароль, который вы для него выбрали. Ключ, введённый выше, заменит хранящийся там.</translation>
    </message>
    <message>
        <source>Set JINA_API_KEY and start Photoseek again, or choose another way.</source>
        <translation>Задайте JINA_API_KEY и перезапустите Photoseek или выберите другой способ.</translation>
    </message>
    <message>
        <source>Type the password of the encrypted file.</source>
        <translation>Введите пароль зашифрованного файла.</translation>
    </message>
    <message>
        <source>Choose a password of at least {n} characters.</source>
        <translation>Минимальная длина пароля: {n} симв.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>KeyPlaces</name>
    <message>
        <source>Kept for this session only (no system keyring)</source>
        <translation>Хранится только в этом сеансе (нет системной связки ключей)</translation>
    </message>
    <message>
        <source>Kept in the encrypted file</source>
        <translation>Хранится в зашифрованном файле</translation>
    </message>
    <message>
        <source>Set {env} in the environment</source>
        <translation>Задайте {env} в переменных окружения</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Хранится в системной связке ключей</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Photo folders</source>
        <translation>Папки с фотографиями</translation>
    </message>
    <message>
        <source>Photoseek looks for photos in these folders and their subfolders. It only reads them: it never changes, moves or deletes a photo.</source>
        <translation>Photoseek ищет фотографии в этих папках и их вложенных папках. Он только читает их: никогда не изменяет, не перемещает и не удаляет фотографии.</translation>
    </message>
    <message>
        <source>What to skip</source>
        <translation>Что пропускать</translation>
    </message>
    <message>
        <source>Excluded patterns</source>
        <translation>Шаблоны исключений</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Исключить:</translation>
    </message>
    <message>
        <source>One pattern per line, matched against each file or folder name and its path inside the library folder (* and ? wildcards).</source>
        <translation>Один шаблон на строку; сравнивается с именем каждого файла или папки и с путём внутри папки библиотеки (подстановочные знаки * и ?).</translation>
    </message>
    <message>
        <source>Include &amp;hidden files and folders</source>
        <translation>Включать &amp;скрытые файлы и папки</translation>
    </message>
    <message>
        <source>Follow symbolic lin&amp;ks</source>
        <translation>Переходить по символическим сс&amp;ылкам</translation>
    </message>
</context>
<context>
    <name>LocalModelBox</name>
    <message>
        <source>&amp;Download the model…</source>
        <translation>&amp;Загрузить модель…</translation>
    </message>
    <message>
        <source>I&amp;mport from a folder…</source>
        <translation>Импор&amp;тировать из папки…</translation>
    </message>
    <message>
        <source>For a computer without internet: a folder laid out like the model&apos;s repository</source>
        <translation>Для компьютера без интернета: папка с той же структурой, что и репозиторий модели</translation>
    </message>
    <message>
        <source>Looking for the local model…</source>
        <translation>Поиск локальной модели…</translation>
    </message>
    <message>
        <source>Installed: {variant} variant, {size}, runs on the {device}.</source>
        <translation>Установлено: вариант {variant}, {size}, работает на {device}.</translation>
    </message>
    <message>
        <source>&amp;Download again…</source>
        <translation>&amp;Загрузить заново…</translation>
    </message>
    <message>
        <source>Not installed yet: download it once (about 0.9 GB), or import it from a folder.</source>
        <translation>Пока не установлена: загрузите её один раз (около 0,9 ГБ) или импортируйте из папки.</translation>
    </message>
    <message>
        <source>The local model cannot be used here: {error}</source>
        <translation>Локальную модель здесь использовать нельзя: {error}</translation>
    </message>
    <message>
        <source>Folder with the model&apos;s files</source>
        <translation>Папка с файлами модели</translation>
    </message>
    <message>
        <source>Checking and copying the model from {folder}…</source>
        <translation>Проверка и копирование модели из {folder}…</translation>
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
        <translation>Открытие библиотеки…</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Размер миниатюр</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Индекс фотографий недоступен</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Add a folder of photos</source>
        <translation>Добавить папку с фотографиями</translation>
    </message>
    <message>
        <source>Added {}</source>
        <translation>Добавлено: {}</translation>
    </message>
    <message>
        <source>Cannot add this folder</source>
        <translation>Не удаётся добавить эту папку</translation>
    </message>
    <message>
        <source>Indexing is already running</source>
        <translation>Индексация уже идёт</translation>
    </message>
    <message>
        <source>Indexing stopped: {}</source>
        <translation>Индексация остановлена: {}</translation>
    </message>
    <message>
        <source>The new language is used the next time Photoseek starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске Photoseek.</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>О программе Photoseek</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2, through the Jina API, your Elasticsearch cluster or on this computer.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Поиск по смыслу в ваших собственных папках с фотографиями, на любом языке.&lt;br&gt;Эмбеддинги: Jina CLIP v2 — через API Jina, ваш кластер Elasticsearch или на этом компьютере.</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>embedded store</source>
        <translation>встроенное хранилище</translation>
    </message>
    <message>
        <source>{n} of {m} photos searchable</source>
        <translation>Доступно для поиска: {n} из {m} фото</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} фото</translation>
    </message>
    <message>
        <source>({n} waiting)</source>
        <translation>(в очереди: {n})</translation>
    </message>
    <message>
        <source>{d} dims</source>
        <translation>размерность {d}</translation>
    </message>
    <message>
        <source>building {model}</source>
        <translation>строится индекс {model}</translation>
    </message>
    <message>
        <source>index unreachable</source>
        <translation>индекс недоступен</translation>
    </message>
    <message>
        <source>your cluster</source>
        <translation>ваш кластер</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>Jina API</source>
        <translation>API Jina</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <source>Local model — Photoseek</source>
        <translation>Локальная модель — Photoseek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ModelDownloadPanel</name>
    <message>
        <source>Run the model on this computer</source>
        <translation>Запускать модель на этом компьютере</translation>
    </message>
    <message>
        <source>Photoseek can turn your photos into vectors here, with {model} by Jina AI: no API key, and no photo leaves this computer. The model is downloaded once from its repository and checked before use.</source>
        <translation>Photoseek может превращать ваши фотографии в векторы прямо здесь с помощью {model} от Jina AI: без ключа API, и ни одна фотография не покидает этот компьютер. Модель загружается один раз из своего репозитория и проверяется перед использованием.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Загрузка:</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Сохраняется в:</translation>
    </message>
    <message>
        <source>Licence: {name}</source>
        <translation>Лицензия: {name}</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Прочитать лицензию</translation>
    </message>
    <message>
        <source>The model’s page</source>
        <translation>Страница модели</translation>
    </message>
    <message>
        <source>I accept the licence and will use the model for non-commercial purposes</source>
        <translation>Я принимаю лицензию и буду использовать модель в некоммерческих целях</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Asking the repository for the file list…</source>
        <translation>Запрос списка файлов у репозитория…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Installed: {model} ({variant}) is ready and runs on the {device}.</source>
        <translation>Установлено: {model} ({variant}) готова и работает на {device}.</translation>
    </message>
    <message>
        <source>Stopped. {kept} kept; Resume continues from there.</source>
        <translation>Остановлено. Сохранено: {kept}; «Продолжить» начнёт с этого места.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>about {size}</source>
        <translation>около {size}</translation>
    </message>
    <message>
        <source>{kept} downloaded earlier; Resume continues from there.</source>
        <translation>Загружено ранее: {kept}; «Продолжить» начнёт с этого места.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>{rate}/s</source>
        <translation>{rate}/с</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>осталось {left}</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>проверка {file}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Find &amp;similar</source>
        <translation>Найти &amp;похожие</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Копировать п&amp;уть</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Копировать &amp;изображение</translation>
    </message>
    <message>
        <source>Could not open {}</source>
        <translation>Не удалось открыть {}</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Путь скопирован</translation>
    </message>
    <message>
        <source>Copying the picture…</source>
        <translation>Копирование изображения…</translation>
    </message>
    <message>
        <source>Copied the picture</source>
        <translation>Изображение скопировано</translation>
    </message>
    <message>
        <source>Could not copy: {}</source>
        <translation>Не удалось скопировать: {}</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <source>Taken: {}</source>
        <translation>Снято: {}</translation>
    </message>
    <message>
        <source>Camera: {}</source>
        <translation>Камера: {}</translation>
    </message>
    <message>
        <source>Match: {bar} {score}</source>
        <translation>Сходство: {bar} {score}</translation>
    </message>
    <message>
        <source>Found by its name or folder</source>
        <translation>Найдено по имени или папке</translation>
    </message>
    <message>
        <source>Also at {} other places</source>
        <translation>Есть ещё в других местах: {}</translation>
    </message>
    <message>
        <source>Deleted or moved</source>
        <translation>Удалено или перемещено</translation>
    </message>
    <message>
        <source>Not on this computer</source>
        <translation>Нет на этом компьютере</translation>
    </message>
    <message>
        <source>Cannot show this photo</source>
        <translation>Не удаётся показать эту фотографию</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>PictureInput</name>
    <message>
        <source>Pasted picture</source>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <source>Dropped picture</source>
        <translation>Перетащенное изображение</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first.</source>
        <translation>В буфере обмена нет изображения. Сначала скопируйте фотографию или файл изображения.</translation>
    </message>
    <message>
        <source>Search by image</source>
        <translation>Поиск по изображению</translation>
    </message>
    <message>
        <source>Images ({})</source>
        <translation>Изображения ({})</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Размеры</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место съёмки</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>How close this photo is to the query, against the best match of this search. Scores compare results of one search; they are not percentages.</source>
        <translation>Насколько фотография близка к запросу по сравнению с лучшим совпадением этого поиска. Оценки сравнивают результаты одного поиска; это не проценты.</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Найти похожие</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the photo pixel for pixel (1)</source>
        <translation>Показать фотографию пиксель в пиксель (1)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Fill the screen (F11)</source>
        <translation>Развернуть на весь экран (F11)</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{i} из {n}</translation>
    </message>
    <message>
        <source>{} — Preview</source>
        <translation>{} — просмотр</translation>
    </message>
    <message>
        <source>This photo is not on this computer.</source>
        <translation>Этой фотографии нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Cannot show this photo: {}</source>
        <translation>Не удаётся показать эту фотографию: {}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{} × {} px</source>
        <translation>{} × {} пикс.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Show on a map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Opens OpenStreetMap in your browser</source>
        <translation>Открывает OpenStreetMap в браузере</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Files not indexed</source>
        <translation>Непроиндексированные файлы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Filter by name or reason</source>
        <translation>Фильтр по имени или причине</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Skipped files are not tried again until they change. Failed files are tried again on the next indexing run.</source>
        <translation>Пропущенные файлы не обрабатываются повторно, пока не изменятся. Файлы с ошибкой обрабатываются повторно при следующей индексации.</translation>
    </message>
    <message>
        <source>Every photo found so far could be indexed.</source>
        <translation>Все найденные до сих пор фотографии удалось проиндексировать.</translation>
    </message>
    <message>
        <source>{skipped} skipped and {failed} failed.</source>
        <translation>Пропущено: {skipped}, с ошибкой: {failed}.</translation>
    </message>
    <message>
        <source>{n} refused by the index.</source>
        <translation>Отклонено индексом: {n}.</translation>
    </message>
    <message>
        <source>Showing the first {n}.</source>
        <translation>Показаны первые {n}.</translation>
    </message>
    <message>
        <source>Could not read the list: {error}</source>
        <translation>Не удалось прочитать список: {error}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Refused by the index</source>
        <translation>Отклонён индексом</translation>
    </message>
    <message>
        <source>Not tried again until the file changes</source>
        <translation>Не обрабатывается повторно, пока файл не изменится</translation>
    </message>
    <message>
        <source>Tried again on the next indexing run</source>
        <translation>Повтор при следующей индексации</translation>
    </message>
</context>
<context>
    <name>ProviderChoice</name>
    <message>
        <source>Your Elasticsearch &amp;cluster (its inference service)</source>
        <translation>Ваш к&amp;ластер Elasticsearch (его служба инференса)</translation>
    </message>
    <message>
        <source>This &amp;computer (the local model)</source>
        <translation>Этот ко&amp;мпьютер (локальная модель)</translation>
    </message>
    <message>
        <source>The &amp;Jina API (online)</source>
        <translation>API Jina (о&amp;нлайн)</translation>
    </message>
    <message>
        <source>Photos go to your own Elastic deployment, which embeds them with the inference endpoint you choose; billed through your Elastic subscription (EIS). Uses Photoseek&apos;s Elasticsearch connection, even when the vectors are kept here.</source>
        <translation>Фотографии отправляются в ваше собственное развёртывание Elastic, которое превращает их в векторы выбранным эндпоинтом инференса; оплата — по вашей подписке Elastic (EIS). Используется подключение Photoseek к Elasticsearch, даже если векторы хранятся здесь.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. A one-time download of about 0.9 GB; indexing uses this computer&apos;s CPU or GPU and is slower. The model&apos;s licence is {licence}: non-commercial use only.</source>
        <translation>Ничто не покидает этот компьютер. Однократная загрузка около 0,9 ГБ; индексация использует CPU или GPU этого компьютера и идёт медленнее. Лицензия модели — {licence}: только некоммерческое использование.</translation>
    </message>
    <message>
        <source>Photos leave this computer once, as 512-pixel copies, for Jina AI&apos;s service; billed per token, about the same for every photo. Needs an API key (new keys come with free tokens to try).</source>
        <translation>Фотографии один раз покидают этот компьютер в виде копий размером 512 пикселей и отправляются в сервис Jina AI; оплата за токены, примерно одинаковая для каждой фотографии. Нужен ключ API (к новым ключам прилагаются бесплатные токены для пробы).</translation>
    </message>
</context>
<context>
    <name>QueryChip</name>
    <message>
        <source>Clear the picture and search by words</source>
        <translation>Убрать изображение и искать по словам</translation>
    </message>
    <message>
        <source>Clear picture query</source>
        <translation>Убрать изображение из запроса</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Дата неизвестна</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 фото</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} фото</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Add words to the picture, e.g. “at night” — ✕ on the chip drops it</source>
        <translation>Добавьте слова к изображению, например «ночью»; ✕ на метке убирает изображение</translation>
    </message>
    <message>
        <source>Search your photos, e.g. “{}”</source>
        <translation>Поиск по фотографиям, например «{}»</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Показать или скрыть введённое</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Copy paths</source>
        <translation>Копировать пути</translation>
    </message>
    <message>
        <source>Copy pictures</source>
        <translation>Копировать изображения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Экспортировать список…</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Найти похожие</translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Больше похожих на эти</translation>
    </message>
    <message>
        <source>Less like these</source>
        <translation>Меньше похожих на эти</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Больше похожих на эту</translation>
    </message>
    <message>
        <source>Less like this</source>
        <translation>Меньше похожих на эту</translation>
    </message>
    <message>
        <source>Find similar to these {n}</source>
        <translation>Найти похожие на выбранные ({n})</translation>
    </message>
    <message>
        <source>Open {n} photos</source>
        <translation>Открыть {n} фото</translation>
    </message>
    <message>
        <source>Copy {n} paths</source>
        <translation>Копировать пути ({n})</translation>
    </message>
    <message>
        <source>Copy {n} pictures</source>
        <translation>Копировать изображения ({n})</translation>
    </message>
    <message>
        <source>Copied the path</source>
        <translation>Путь скопирован</translation>
    </message>
    <message>
        <source>Copied {n} paths</source>
        <translation>Скопировано путей: {n}</translation>
    </message>
    <message>
        <source>Copied {n} pictures</source>
        <translation>Скопировано изображений: {n}</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Plain list of paths (*.txt)</source>
        <translation>Таблица (*.csv);;Простой список путей (*.txt)</translation>
    </message>
    <message>
        <source>Could not export: {}</source>
        <translation>Не удалось экспортировать: {}</translation>
    </message>
    <message>
        <source>Exported {n} photos to {file}</source>
        <translation>Экспортировано фото: {n}, в файл {file}</translation>
    </message>
</context>
<context>
    <name>ServiceChecks</name>
    <message>
        <source>Elasticsearch support is not installed.</source>
        <translation>Поддержка Elasticsearch не установлена.</translation>
    </message>
    <message>
        <source>The connection test failed: {error}</source>
        <translation>Проверка подключения не удалась: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Photoseek Settings</source>
        <translation>Настройки Photoseek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Embedding</source>
        <translation>&amp;Эмбеддинги</translation>
    </message>
    <message>
        <source>Index si&amp;ze</source>
        <translation>&amp;Размер индекса</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Working out what it costs…</source>
        <translation>Расчёт стоимости…</translation>
    </message>
    <message>
        <source>Embed the photos with another model?</source>
        <translation>Векторизовать фотографии другой моделью?</translation>
    </message>
    <message>
        <source>Switch from {before} to {after}?</source>
        <translation>Переключиться с {before} на {after}?</translation>
    </message>
    <message>
        <source>the current model</source>
        <translation>текущей модели</translation>
    </message>
    <message>
        <source>A new index is built in the background; searches keep using the current one until it is complete. The current vectors stay on this computer, so switching back costs nothing.</source>
        <translation>Новый индекс строится в фоне; пока он не готов, поиск использует текущий. Текущие векторы остаются на этом компьютере, поэтому вернуться обратно ничего не стоит.</translation>
    </message>
    <message>
        <source>Switch and embed</source>
        <translation>Переключить и векторизовать</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Some values need fixing; nothing was saved.</source>
        <translation>Некоторые значения нужно исправить; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Could not read the library: {error}</source>
        <translation>Не удалось прочитать библиотеку: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved, except what is marked.</source>
        <translation>Сохранено, кроме отмеченного.</translation>
    </message>
</context>
<context>
    <name>SizeTab</name>
    <message>
        <source>Index size (Matryoshka dimensions)</source>
        <translation>Размер индекса (размерность Matryoshka)</translation>
    </message>
    <message>
        <source>Smaller vectors make the index smaller and searches faster, at a small cost in quality.</source>
        <translation>Векторы меньшей размерности уменьшают индекс и ускоряют поиск ценой небольшой потери качества.</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Размер индекса</translation>
    </message>
    <message>
        <source> dimensions</source>
        <translation> измерений</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Размерность</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>Ра&amp;змерность:</translation>
    </message>
    <message>
        <source>Space it takes</source>
        <translation>Занимаемое место</translation>
    </message>
    <message>
        <source>Changing the size</source>
        <translation>Изменение размера</translation>
    </message>
    <message>
        <source>Switching builds a new index from the vectors already kept on this computer: no photo is sent to the model again and it costs nothing. Searches keep using the old index until the new one is complete, and the old index stays until you remove it.</source>
        <translation>При смене строится новый индекс из векторов, уже хранящихся на этом компьютере: фотографии повторно модели не отправляются, и это ничего не стоит. Поиск использует старый индекс, пока новый не будет готов, а старый остаётся, пока вы его не удалите.</translation>
    </message>
    <message>
        <source>1024 is the model&apos;s full size: full quality.</source>
        <translation>1024 — полная размерность модели: максимальное качество.</translation>
    </message>
    <message>
        <source>Quality below 128 dimensions is not published: try it and compare searches on your own photos.</source>
        <translation>Качество при размерности меньше 128 не опубликовано: попробуйте и сравните поиск на своих фотографиях.</translation>
    </message>
    <message>
        <source>about 99 % of full quality or more</source>
        <translation>около 99 % от полного качества или больше</translation>
    </message>
    <message>
        <source>about 95–99 % of full quality</source>
        <translation>около 95–99 % от полного качества</translation>
    </message>
    <message>
        <source>Keeps {share} (at {ref}, the paper&apos;s image search recall is {recall} against {full} at full size).</source>
        <translation>Сохраняет {share} (при {ref} полнота поиска изображений в статье — {recall} против {full} при полной размерности).</translation>
    </message>
    <message>
        <source>Searches use {d} dimensions now.</source>
        <translation>Сейчас поиск использует размерность {d}.</translation>
    </message>
    <message>
        <source>(counting your photos…)</source>
        <translation>(подсчёт ваших фотографий…)</translation>
    </message>
    <message>
        <source>for a library of {n} photos</source>
        <translation>для библиотеки из {n} фото</translation>
    </message>
    <message>
        <source>for your {photos}</source>
        <translation>для ваших {photos}</translation>
    </message>
    <message>
        <source>Elasticsearch, {type}: about {per} of cluster memory per photo ({vector} for the vector, about {graph} B for the search graph)</source>
        <translation>Elasticsearch, {type}: около {per} памяти кластера на фотографию ({vector} на вектор, около {graph} Б на поисковый граф)</translation>
    </message>
    <message>
        <source>Embedded store: about {per} per photo on disk ({vector} for the vector plus its details), and the vectors in memory while Photoseek runs</source>
        <translation>Встроенное хранилище: около {per} на диске на фотографию ({vector} на вектор и его данные), а также векторы в памяти, пока работает Photoseek</translation>
    </message>
    <message>
        <source> — {total} {whom}.</source>
        <translation> — {total} {whom}.</translation>
    </message>
    <message>
        <source>The cluster also keeps the full-precision vectors on disk ({disk}).</source>
        <translation>Кластер также хранит на диске векторы полной точности ({disk}).</translation>
    </message>
    <message>
        <source>Either way this computer keeps each photo&apos;s full 1024-dimension vector ({per} per photo, {total} in all), which is what makes changing size free.</source>
        <translation>В любом случае этот компьютер хранит полный вектор размерности 1024 для каждой фотографии ({per} на фотографию, всего {total}) — поэтому смена размера бесплатна.</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>No photo folders yet</source>
        <translation>Папок с фотографиями пока нет</translation>
    </message>
    <message>
        <source>Add a folder of photos. Photoseek reads the photos (it never changes them) and indexes them so you can search by what they show.</source>
        <translation>Добавьте папку с фотографиями. Photoseek читает фотографии (никогда их не изменяя) и индексирует их, чтобы вы могли искать по тому, что на них изображено.</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>A Jina API key is needed</source>
        <translation>Нужен ключ API Jina</translation>
    </message>
    <message>
        <source>Photoseek understands photos and queries with the Jina CLIP v2 model. Enter your Jina API key in Settings (get one at jina.ai).</source>
        <translation>Photoseek понимает фотографии и запросы с помощью модели Jina CLIP v2. Введите ключ API Jina в настройках (получить его можно на jina.ai).</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>The local model is not installed yet</source>
        <translation>Локальная модель ещё не установлена</translation>
    </message>
    <message>
        <source>Photoseek is set to run jina-clip-v2 on this computer, so no photo leaves it. Download the model once (about 0.9 GB; licence CC BY-NC 4.0, non-commercial), or choose the Jina API or your cluster in Settings.</source>
        <translation>Photoseek настроен запускать jina-clip-v2 на этом компьютере, поэтому ни одна фотография его не покидает. Загрузите модель один раз (около 0,9 ГБ; лицензия CC BY-NC 4.0, некоммерческая) или выберите в настройках API Jina или ваш кластер.</translation>
    </message>
    <message>
        <source>Download the model…</source>
        <translation>Загрузить модель…</translation>
    </message>
    <message>
        <source>The photo index cannot be reached</source>
        <translation>Индекс фотографий недоступен</translation>
    </message>
    <message>
        <source>Check that the cluster is running and the settings are right, then retry.</source>
        <translation>Проверьте, что кластер работает и настройки верны, и повторите попытку.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>The search did not work</source>
        <translation>Поиск не удался</translation>
    </message>
    <message>
        <source>Something went wrong while searching.</source>
        <translation>Во время поиска что-то пошло не так.</translation>
    </message>
    <message>
        <source>Nothing is indexed yet</source>
        <translation>Пока ничего не проиндексировано</translation>
    </message>
    <message>
        <source>Your folders are added but their photos are not indexed yet. Indexing reads each photo once; you can keep working while it runs.</source>
        <translation>Папки добавлены, но их фотографии ещё не проиндексированы. Индексация читает каждую фотографию один раз; пока она идёт, можно продолжать работу.</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Индексировать сейчас</translation>
    </message>
    <message>
        <source>Indexing your photos…</source>
        <translation>Индексация ваших фотографий…</translation>
    </message>
    <message>
        <source>Searching works as soon as this first run is finished; progress is shown at the bottom of the window. Photos are read, never changed.</source>
        <translation>Поиск заработает, как только закончится первый проход; ход работы показан внизу окна. Фотографии только читаются и никогда не изменяются.</translation>
    </message>
    <message>
        <source>{n} photos are still being indexed</source>
        <translation>Ещё индексируются фото: {n}</translation>
    </message>
    <message>
        <source>Photos are still being indexed</source>
        <translation>Фотографии ещё индексируются</translation>
    </message>
    <message>
        <source>Nothing matches among the photos indexed so far. This search runs again by itself when indexing is done.</source>
        <translation>Среди уже проиндексированных фотографий ничего не найдено. Когда индексация закончится, этот поиск повторится сам.</translation>
    </message>
    <message>
        <source>No photo looks like that</source>
        <translation>Похожих фотографий нет</translation>
    </message>
    <message>
        <source>None of your photos is close enough to count as a match. Try other words, or another language, or loosen the strictness.</source>
        <translation>Ни одна из ваших фотографий не похожа настолько, чтобы считаться совпадением. Попробуйте другие слова или другой язык либо ослабьте строгость.</translation>
    </message>
    <message>
        <source>Edit the search</source>
        <translation>Изменить запрос</translation>
    </message>
    <message>
        <source>Show all photos, best first</source>
        <translation>Показать все фотографии, лучшие сначала</translation>
    </message>
    <message>
        <source>No photo matches these filters</source>
        <translation>Ни одна фотография не подходит под эти фильтры</translation>
    </message>
    <message>
        <source>Widen the folder, the dates or the camera, or clear the filters.</source>
        <translation>Расширьте папку, даты или камеру либо сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation>Открытие вашей библиотеки…</translation>
    </message>
    <message>
        <source>Search your photos by what they show</source>
        <translation>Ищите фотографии по тому, что на них изображено</translation>
    </message>
    <message>
        <source>Type a description in any language — “red flowers”, “un gato durmiendo”, “красные цветы” — drop a photo here, or paste one.</source>
        <translation>Введите описание на любом языке — «красные цветы», «un gato durmiendo», «a sleeping cat», — перетащите сюда фотографию или вставьте её.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Где хранится индекс</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <translation>Это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>&amp;Embedded, on this computer (recommended)</source>
        <translation>&amp;Встроенное, на этом компьютере (рекомендуется)</translation>
    </message>
    <message>
        <source>An Elasticsearch &amp;cluster</source>
        <translation>&amp;Кластер Elasticsearch</translation>
    </message>
    <message>
        <source>A file in Photoseek&apos;s data folder. Nothing to install or run.</source>
        <translation>Файл в папке данных Photoseek. Ничего не нужно устанавливать или запускать.</translation>
    </message>
    <message>
        <source>For a team sharing one index, or a very large library. Needs a cluster you can reach (Elasticsearch 8.11 or newer).</source>
        <translation>Для команды с общим индексом или очень большой библиотеки. Нужен доступный кластер (Elasticsearch 8.11 или новее).</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Optional. {}</source>
        <translation>Необязательно. {}</translation>
    </message>
    <message>
        <source>Elasticsearch API key</source>
        <translation>Ключ API Elasticsearch</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Cloud ID, user and password, certificates and the index type are in Settings → Store.</source>
        <translation>Cloud ID, пользователь и пароль, сертификаты и тип индекса находятся в разделе «Настройки → Хранилище».</translation>
    </message>
    <message>
        <source>Your cluster embeds the photos, so Photoseek needs its address below; the vectors can still be kept on this computer.</source>
        <translation>Фотографии превращает в векторы ваш кластер, поэтому ниже нужно указать его адрес; сами векторы по-прежнему можно хранить на этом компьютере.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>(the key you typed is used once you finish)</source>
        <translation>(введённый ключ будет использован после завершения)</translation>
    </message>
</context>
<context>
    <name>StoreTab</name>
    <message>
        <source>Where the index is kept</source>
        <translation>Где хранится индекс</translation>
    </message>
    <message>
        <source>E&amp;mbedded (on this computer)</source>
        <translation>&amp;Встроенное (на этом компьютере)</translation>
    </message>
    <message>
        <source>Elasticsearch clus&amp;ter</source>
        <translation>К&amp;ластер Elasticsearch</translation>
    </message>
    <message>
        <source>Nothing to install; a file in your data folder. Right for one person.</source>
        <translation>Ничего не нужно устанавливать: это файл в папке данных. Подходит для одного человека.</translation>
    </message>
    <message>
        <source>Your own cluster (8.11 or newer): for a team sharing one index or a very large library.</source>
        <translation>Ваш собственный кластер (8.11 или новее): для команды с общим индексом или очень большой библиотеки.</translation>
    </message>
    <message>
        <source>PHOTOSEEK_ES_URL is set, so Elasticsearch at that address is used whatever you choose here.</source>
        <translation>Задана переменная PHOTOSEEK_ES_URL, поэтому используется Elasticsearch по этому адресу, что бы вы здесь ни выбрали.</translation>
    </message>
    <message>
        <source>Elasticsearch cluster</source>
        <translation>Кластер Elasticsearch</translation>
    </message>
    <message>
        <source>Cluster URLs</source>
        <translation>URL кластера</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>or the Cloud ID of an Elastic Cloud deployment</source>
        <translation>или Cloud ID развёртывания Elastic Cloud</translation>
    </message>
    <message>
        <source>Cl&amp;oud ID:</source>
        <translation>Cl&amp;oud ID:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Имя пользователя и пароль</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Токен Bearer</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>&amp;Аутентификация:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>PEM file of your own certificate authority</source>
        <translation>PEM-файл вашего собственного центра сертификации</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Сертификат &amp;ЦС:</translation>
    </message>
    <message>
        <source>SHA-256 of the server certificate</source>
        <translation>SHA-256 сертификата сервера</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Отпе&amp;чаток:</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s TLS certificate</source>
        <translation>Проверять TLS-&amp;сертификат сервера</translation>
    </message>
    <message>
        <source>int8_hnsw — 8-bit, about 4× smaller (recommended)</source>
        <translation>int8_hnsw — 8 бит, примерно в 4 раза меньше (рекомендуется)</translation>
    </message>
    <message>
        <source>hnsw — full 32-bit floats</source>
        <translation>hnsw — полные 32-битные числа с плавающей точкой</translation>
    </message>
    <message>
        <source>int4_hnsw — 4-bit, about 8× smaller</source>
        <translation>int4_hnsw — 4 бита, примерно в 8 раз меньше</translation>
    </message>
    <message>
        <source>bbq_hnsw — 1-bit, about 32× smaller (8.16 or newer)</source>
        <translation>bbq_hnsw — 1 бит, примерно в 32 раза меньше (8.16 или новее)</translation>
    </message>
    <message>
        <source>&amp;Index type:</source>
        <translation>&amp;Тип индекса:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Проверить &amp;подключение</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>Токе&amp;н:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не нужен</translation>
    </message>
    <message>
        <source>Set by {env}</source>
        <translation>Задан через {env}</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>Сохранён в связке ключей</translation>
    </message>
    <message>
        <source>Without verification, anyone between you and the cluster could read the traffic and your credentials. Prefer a CA file or a fingerprint.</source>
        <translation>Без проверки любой, кто находится между вами и кластером, сможет прочитать трафик и ваши учётные данные. Лучше укажите файл ЦС или отпечаток.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Файл центра сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Fix the values above first.</source>
        <translation>Сначала исправьте значения выше.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>(with the saved secret: Apply first to test the one you typed)</source>
        <translation>(с сохранённым секретом: чтобы проверить введённый, сначала нажмите «Применить»)</translation>
    </message>
</context>
<context>
    <name>StrictnessControl</name>
    <message>
        <source>Loose</source>
        <translation>Мягко</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Строго</translation>
    </message>
    <message>
        <source>How close a photo must be to match</source>
        <translation>Насколько фотография должна быть похожей, чтобы подойти</translation>
    </message>
    <message>
        <source>Only photos that really look like the search are shown. Loosen to see more of the near misses, tighten to keep the closest ones only.</source>
        <translation>Показываются только фотографии, действительно похожие на запрос. Ослабьте, чтобы увидеть больше почти подходящих; усильте, чтобы оставить только самые близкие.</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Все фото</translation>
    </message>
    <message>
        <source>Show every photo, best match first (no cutoff)</source>
        <translation>Показывать все фотографии, самые похожие сначала (без порога)</translation>
    </message>
    <message>
        <source>≥ {}</source>
        <translation>≥ {}</translation>
    </message>
    <message>
        <source>The lowest match score shown. Scores compare photos of one search.</source>
        <translation>Наименьшая показываемая оценка сходства. Оценки сравнивают фотографии одного поиска.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>Add a folder of photos to the library</source>
        <translation>Добавить папку с фотографиями в библиотеку</translation>
    </message>
    <message>
        <source>&amp;Index now</source>
        <translation>&amp;Индексировать сейчас</translation>
    </message>
    <message>
        <source>Look for new, changed and removed photos and index them</source>
        <translation>Найти новые, изменённые и удалённые фотографии и проиндексировать их</translation>
    </message>
    <message>
        <source>Search by &amp;image…</source>
        <translation>Поиск по и&amp;зображению…</translation>
    </message>
    <message>
        <source>Find photos that look like a picture file</source>
        <translation>Найти фотографии, похожие на файл изображения</translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation>&amp;Вставить изображение</translation>
    </message>
    <message>
        <source>Search by the picture on the clipboard</source>
        <translation>Искать по изображению из буфера обмена</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>S&amp;kipped files…</source>
        <translation>Про&amp;пущенные файлы…</translation>
    </message>
    <message>
        <source>Photos that could not be indexed, and why</source>
        <translation>Фотографии, которые не удалось проиндексировать, и причины</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>The search before this one</source>
        <translation>Предыдущий поиск</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>The search after this one</source>
        <translation>Следующий поиск</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Every photo by date, newest first</source>
        <translation>Все фотографии по дате, сначала новые</translation>
    </message>
    <message>
        <source>Show &amp;details on photos</source>
        <translation>Показывать по&amp;дробности на фото</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Exact copies, near-duplicates and bursts, side by side</source>
        <translation>Точные копии, почти дубликаты и серии снимков рядом друг с другом</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;About Photoseek</source>
        <translation>&amp;О программе Photoseek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>About Photoseek</source>
        <translation>О программе Photoseek</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Search your own photo folders by meaning, in any language.&lt;br&gt;Embeddings: Jina CLIP v2.</source>
        <translation>&lt;b&gt;Photoseek {}&lt;/b&gt;&lt;br&gt;Поиск по смыслу в ваших собственных папках с фотографиями, на любом языке.&lt;br&gt;Эмбеддинги: Jina CLIP v2.</translation>
    </message>
</context>
<context>
    <name>WindowSearch</name>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} фото</translation>
    </message>
    <message>
        <source>Less like these needs a search to refine.</source>
        <translation>Для «Меньше похожих на эти» нужен поиск, который можно уточнить.</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load more: {}</source>
        <translation>Не удалось загрузить ещё: {}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Photoseek cannot start</source>
        <translation>Photoseek не может запуститься</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>{n} B</source>
        <translation>{n} Б</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} ГБ</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} ТБ</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>меньше секунды</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} с</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} мин</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} ч</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} дн. {h} ч</translation>
    </message>
    <message>
        <source>{d} d</source>
        <translation>{d} дн.</translation>
    </message>
    <message>
        <source>{n} photos/min</source>
        <translation>{n} фото/мин</translation>
    </message>
    <message>
        <source>{n} photos/s</source>
        <translation>{n} фото/с</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 фото</translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation>{n} фото</translation>
    </message>
</context>
</TS>
