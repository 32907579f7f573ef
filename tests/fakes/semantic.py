"""A deterministic stand-in for jina-clip-v2: small, fast, and semantic enough to test retrieval.

Images and texts are mapped onto the same hand-made feature axes (colour bins for the whole
picture, its top third and its bottom third, plus brightness, vividness and texture), so that
"red flowers", "flores rojas" or "赤い花" really do land nearest to a picture of red blobs on
green. Vectors have the real model's shape and habits:

* 1024 dims, Matryoshka-like: the modality axis and the semantic features sit in the leading
  dims and carry most of the energy, so truncating to 64 dims keeps the ranking.
* The remaining dims carry low-energy detail: for images a fixed random projection of a small
  thumbnail (continuous, so near-copies stay near and different photos differ); for texts a
  hash of the text (so query and passage forms of one text differ slightly).
* The "multimodal gap": images and texts each have their own axis, so a matching text-image
  pair scores ~0.3-0.5, unrelated pairs ~0.05-0.2, image near-copies 0.95+ and different
  photos ~0.3-0.8. Every image vector has the same energy split, so the gap lowers
  text-image scores without changing their ranking.
* Un-normalised: raw norms vary with content, so a client that forgets `normalized=true` (or
  to re-normalise after truncation) sees it.

Everything is a pure function of the input; nothing depends on the run, the thread or the order.
`make_scene` draws synthetic photos with known content (red flowers, blue sky over sea, ...)
for retrieval tests.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib

import numpy as np
from PIL import Image, ImageDraw

DIMS = 1024
MODEL_INPUT = 512  # the vision tower sees a 512x512 centre crop
GRID = 32  # semantic features are computed on a 32x32 downsample
THUMB = 16  # the detail projection uses a 16x16 thumbnail

# -- feature axes ----------------------------------------------------------------------------
COLOURS = (
    "red",
    "orange",
    "yellow",
    "green",
    "teal",
    "blue",
    "purple",
    "pink",
    "brown",
    "white",
    "gray",
    "black",
)
SCALARS = ("bright", "dark", "vivid", "muted", "detail", "smooth")
FEATURES: tuple[str, ...] = (
    COLOURS + tuple(f"top.{c}" for c in COLOURS) + tuple(f"bottom.{c}" for c in COLOURS) + SCALARS
)
FEATURE_INDEX = {name: i for i, name in enumerate(FEATURES)}
N_FEATURES = len(FEATURES)

# Vector layout: [image axis | text axis | shared axis | semantic features | detail].
IMAGE_AXIS, TEXT_AXIS, SHARED_AXIS = 0, 1, 2
SEM_START = 3
SEM_END = SEM_START + N_FEATURES
DETAIL_START = SEM_END

# Energy split (fractions of the squared norm before raw scaling). Each modality has its own
# axis, which lifts image-image and text-text scores but adds nothing across modalities; the
# small shared axis keeps unrelated text-image pairs slightly positive, as in CLIP models.
# Cross-modal cosine = SHARED + sqrt(IMAGE_SEM * TEXT_SEM) * semantic cosine.
SHARED = 0.06
IMAGE_OWN, IMAGE_SEM, IMAGE_DETAIL = 0.20, 0.42, 0.32
TEXT_OWN, TEXT_SEM, TEXT_DETAIL = 0.15, 0.74, 0.05

# Group weights inside an image's semantic part: the whole picture counts most.
_GROUP_WEIGHT = {"global": 1.0, "top": 0.75, "bottom": 0.75, "scalar": 0.6}

# Hue anchors (degrees -> colour bin); memberships are linearly interpolated between
# anchors, which gives every pixel a soft split over the eight chromatic bins.
_HUE_ANCHORS: tuple[tuple[float, str], ...] = (
    (0, "red"),
    (10, "red"),
    (22, "orange"),
    (36, "orange"),
    (48, "yellow"),
    (64, "yellow"),
    (80, "green"),
    (155, "green"),
    (172, "teal"),
    (190, "teal"),
    (203, "blue"),
    (245, "blue"),
    (260, "purple"),
    (285, "purple"),
    (305, "pink"),
    (335, "pink"),
    (350, "red"),
    (360, "red"),
)
_CHROMATIC = ("red", "orange", "yellow", "green", "teal", "blue", "purple", "pink")
_HUE_STEPS = 720  # half-degree lookup table: np.interp per bin is the slow part otherwise
_HUE_TABLE = np.stack(
    [
        np.interp(
            np.arange(_HUE_STEPS) * (360.0 / _HUE_STEPS),
            [h for h, _ in _HUE_ANCHORS],
            [1.0 if b == c else 0.0 for _, b in _HUE_ANCHORS],
        )
        for c in _CHROMATIC
    ],
    axis=-1,
).astype(np.float32)


def _detail_profile() -> np.ndarray:
    # Slowly decaying per-dim scale: earlier detail dims carry more energy (Matryoshka-like).
    k = np.arange(DIMS - DETAIL_START, dtype=np.float32)
    return (1.0 / np.sqrt(1.0 + k / 32.0)).astype(np.float32)


_PROFILE = _detail_profile()


@functools.cache
def _projection() -> np.ndarray:
    # Fixed seed: the "weights" of the fake vision tower's detail head.
    rng = np.random.default_rng(20241212)
    m = rng.standard_normal((DIMS - DETAIL_START, THUMB * THUMB * 3), dtype=np.float32)
    return np.ascontiguousarray(m * _PROFILE[:, None])


_FLAT_DETAIL = np.random.default_rng(7).standard_normal(DIMS - DETAIL_START).astype(np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-12 else v


# -- images ----------------------------------------------------------------------------------
def _to_rgb(img: Image.Image) -> Image.Image:
    """Any Pillow mode to 8-bit RGB (16-bit and float greyscale are scaled, not clipped)."""
    if img.mode == "RGB":
        return img
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        a = np.asarray(img, dtype=np.float32)
        top = float(a.max()) if a.size else 0.0
        a = a * (255.0 / top) if top > 0 else a
        return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").convert("RGB")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        # The real preprocessing drops alpha; composite on white so transparent areas
        # don't turn into arbitrary colours hidden under alpha=0.
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(bg, rgba).convert("RGB")
    return img.convert("RGB")


def _model_grid(img: Image.Image) -> np.ndarray:
    """The centre square the model would see, as a GRIDxGRIDx3 float array in [0, 1]."""
    w, h = img.size
    side = min(w, h)
    left, top = (w - side) / 2, (h - side) / 2
    small = _to_rgb(img).resize(
        (GRID, GRID), Image.Resampling.BOX, box=(left, top, left + side, top + side)
    )
    return np.asarray(small, dtype=np.float32) / 255.0


def _colour_memberships(rgb: np.ndarray) -> np.ndarray:
    """Per-pixel soft membership over COLOURS (sums to 1), shape (H, W, 12)."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    v = rgb.max(axis=-1)
    c = v - rgb.min(axis=-1)
    s = np.where(v > 1e-6, c / np.maximum(v, 1e-6), 0.0)
    safe_c = np.maximum(c, 1e-6)
    hue = np.where(
        v == r,
        ((g - b) / safe_c) % 6.0,
        np.where(v == g, (b - r) / safe_c + 2.0, (r - g) / safe_c + 4.0),
    )
    hue = np.where(c > 1e-6, hue * 60.0, 0.0)
    chroma = np.clip((s - 0.1) / 0.5, 0, 1) * np.clip(v / 0.45, 0, 1)
    steps = (hue * (_HUE_STEPS / 360.0)).astype(np.int32) % _HUE_STEPS
    hues = _HUE_TABLE[steps] * chroma[..., None]
    # Brown is dark orange/yellow (and some dark red): move that share into its own bin.
    darkness = np.clip((0.72 - v) / 0.25, 0, 1)
    brown = np.zeros_like(v)
    for name, share in (("orange", 1.0), ("yellow", 1.0), ("red", 0.6)):
        i = _CHROMATIC.index(name)
        moved = hues[..., i] * darkness * share
        hues[..., i] -= moved
        brown += moved
    achromatic = 1.0 - chroma
    white = np.clip((v - 0.6) / 0.3, 0, 1) * achromatic
    black = np.clip((0.4 - v) / 0.3, 0, 1) * achromatic
    gray = achromatic - white - black
    return np.concatenate(
        [hues, brown[..., None], white[..., None], gray[..., None], black[..., None]], axis=-1
    )


def _image_semantics(rgb: np.ndarray) -> np.ndarray:
    m = _colour_memberships(rgb)
    third = GRID // 3
    # sqrt of the colour shares: a minority colour (a few red flowers) still registers.
    regions = (
        np.sqrt(m.mean(axis=(0, 1))) * _GROUP_WEIGHT["global"],
        np.sqrt(m[:third].mean(axis=(0, 1))) * _GROUP_WEIGHT["top"],
        np.sqrt(m[-third:].mean(axis=(0, 1))) * _GROUP_WEIGHT["bottom"],
    )
    v = rgb.max(axis=-1)
    mean_v = float(v.mean())
    chroma = float((1.0 - m[..., 9:].sum(axis=-1)).mean())
    luma = 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]
    grad = float(np.abs(np.diff(luma, axis=0)).mean() + np.abs(np.diff(luma, axis=1)).mean())
    scalars = np.array(
        [
            np.clip((mean_v - 0.45) / 0.35, 0, 1),  # bright
            np.clip((0.45 - mean_v) / 0.3, 0, 1),  # dark
            np.clip(chroma / 0.5, 0, 1),  # vivid
            np.clip((0.25 - chroma) / 0.2, 0, 1),  # muted
            np.clip((grad - 0.02) / 0.1, 0, 1),  # detail (most photos: 0.06-0.2)
            np.clip((0.05 - grad) / 0.04, 0, 1),  # smooth (sky, snow, flat walls)
        ],
        dtype=np.float32,
    )
    return np.concatenate([*regions, scalars * _GROUP_WEIGHT["scalar"]]).astype(np.float32)


def _image_detail(rgb: np.ndarray) -> np.ndarray:
    f = GRID // THUMB
    thumb = rgb.reshape(THUMB, f, THUMB, f, 3).mean(axis=(1, 3))
    thumb = thumb - thumb.mean(axis=(0, 1), keepdims=True)  # layout, not overall colour
    # einsum rather than `@`: a multi-threaded BLAS gemv is slower than this at this size,
    # and the fake runs many of these in parallel server threads.
    out = np.einsum("ji,i->j", _projection(), thumb.reshape(-1).astype(np.float32))
    if float(np.linalg.norm(out)) < 1e-3:  # a flat picture: keep the energy split constant
        out = _FLAT_DETAIL * _PROFILE
    return _unit(out)


def embed_image(img: Image.Image) -> np.ndarray:
    """A 1024-dim float32 vector for a picture (un-normalised, like the model's raw output)."""
    rgb = _model_grid(img)
    vec = np.zeros(DIMS, dtype=np.float32)
    vec[IMAGE_AXIS] = np.sqrt(IMAGE_OWN)
    vec[SHARED_AXIS] = np.sqrt(SHARED)
    vec[SEM_START:SEM_END] = _unit(_image_semantics(rgb)) * np.sqrt(IMAGE_SEM)
    vec[DETAIL_START:] = _image_detail(rgb) * np.sqrt(IMAGE_DETAIL)
    # Raw scale varies with content so "forgot to normalise" is visible.
    return vec * np.float32(6.0 + 4.0 * float(rgb.mean()))


# -- texts -----------------------------------------------------------------------------------
def _c(name: str) -> dict[str, float]:
    """A plain colour word: mostly the global bin, a little of each region."""
    return {name: 1.0, f"top.{name}": 0.35, f"bottom.{name}": 0.35}


def _words(text: str) -> list[str]:
    return text.split()


# concept -> (feature weights, space-separated surface forms in EN, ES, FR, PT, DE, RU, ZH, JA)
_CONCEPTS: dict[str, tuple[dict[str, float], str]] = {
    "red": (
        _c("red"),
        (
            "red reds reddish rojo roja rojos rojas rouge rouges vermelho vermelha vermelhos "
            "vermelhas rot rote roten roter rotes rotem красный красная красное красные красных "
            "красным красной 红色 红 紅色 紅 赤い 赤"
        ),
    ),
    "orange": (
        _c("orange"),
        (
            "orange naranja naranjas anaranjado anaranjada laranja laranjas orangefarben "
            "оранжевый оранжевая оранжевое оранжевые 橙色 橙 橘色 オレンジ"
        ),
    ),
    "yellow": (
        _c("yellow"),
        (
            "yellow amarillo amarilla amarillos amarillas jaune jaunes amarelo amarela amarelos "
            "amarelas gelb gelbe gelben gelber gelbes жёлтый желтый жёлтая желтая жёлтые желтые "
            "黄色 黃色 黄 黃 黄色い"
        ),
    ),
    "green": (
        _c("green"),
        (
            "green verde verdes vert verte verts vertes grün grüne grünen grüner grünes gruen "
            "зелёный зеленый зелёная зеленая зелёные зеленые 绿色 綠色 绿 綠 緑色 緑"
        ),
    ),
    "teal": (
        {**_c("teal"), "blue": 0.3},
        "teal cyan turquoise turquesa türkis бирюзовый бирюзовые 青绿 ターコイズ 水色",
    ),
    "blue": (
        _c("blue"),
        (
            "blue azul azules bleu bleue bleus bleues blau blaue blauen blauer blaues синий "
            "синяя синее синие голубой голубая голубое голубые 蓝色 藍色 蓝 藍 青い"
        ),
    ),
    "blue_cjk": ({"blue": 0.8, "teal": 0.4}, "青"),
    "purple": (
        _c("purple"),
        (
            "purple violet morado morada púrpura violeta violette roxo roxa lila violett "
            "фиолетовый фиолетовая фиолетовые 紫色 紫"
        ),
    ),
    "pink": (
        _c("pink"),
        "pink rosado rosada rosê rosa rosas rosa розовый розовая розовые 粉色 粉红 粉紅 ピンク",
    ),
    "brown": (
        _c("brown"),
        (
            "brown marrón marron café castaño marrom braun braune braunen коричневый "
            "коричневая коричневые 棕色 褐色 茶色"
        ),
    ),
    "white": (
        _c("white"),
        (
            "white blanco blanca blancos blancas blanc blanche blancs blanches branco branca "
            "brancos brancas weiß weiße weißen weiss weisse белый белая белое белые 白色 白い 白"
        ),
    ),
    "gray": (
        _c("gray"),
        "gray grey gris cinza grau graue grauen серый серая серые 灰色 灰 グレー",
    ),
    "black": (
        _c("black"),
        (
            "black negro negra negros negras noir noire noirs noires preto preta pretos pretas "
            "schwarz schwarze schwarzen чёрный черный чёрная черная чёрные черные 黑色 黑 黒い 黒"
        ),
    ),
    "flower": (
        {
            "red": 0.5,
            "pink": 0.5,
            "yellow": 0.4,
            "purple": 0.35,
            "white": 0.15,
            "green": 0.45,
            "bottom.green": 0.2,
            "detail": 0.4,
            "vivid": 0.5,
        },
        (
            "flower flowers floral blossom blossoms flor flores fleur fleurs blume blumen blüte "
            "blüten цветок цветы цветов цветами 花朵 鲜花 花卉 花"
        ),
    ),
    "rose": (
        {"red": 0.8, "pink": 0.6, "green": 0.3, "detail": 0.3, "vivid": 0.4},
        "rose roses rosen роза розы 玫瑰 薔薇 バラ",
    ),
    "sky": (
        {
            "top.blue": 1.0,
            "blue": 0.5,
            "top.white": 0.35,
            "top.teal": 0.2,
            "bright": 0.3,
            "smooth": 0.4,
        },
        "sky skies cielo cielos ciel cieux céu himmel небо неба небе 天空 蓝天 藍天 青空 空",
    ),
    "cloud": (
        {"top.white": 0.8, "white": 0.5, "top.gray": 0.5, "gray": 0.3, "top.blue": 0.3},
        (
            "cloud clouds cloudy nube nubes nuage nuages nuvem nuvens wolke wolken облако "
            "облака 云朵 云 雲"
        ),
    ),
    "sea": (
        {"bottom.blue": 1.0, "blue": 0.7, "bottom.teal": 0.5, "teal": 0.3, "top.blue": 0.3},
        (
            "sea seas ocean oceans mar mares mer océan oceano meer ozean море моря океан 大海 "
            "海洋 海"
        ),
    ),
    "water": (
        {"blue": 0.6, "teal": 0.5, "bottom.blue": 0.5, "bottom.teal": 0.4},
        "water agua eau água wasser вода воды 水",
    ),
    "lake": (
        {"bottom.blue": 0.8, "blue": 0.5, "green": 0.4, "teal": 0.3},
        "lake lakes lago lagos lac lacs озеро 湖 river rivers río rio rivière fluss река 河 川",
    ),
    "beach": (
        {
            "bottom.yellow": 0.6,
            "bottom.brown": 0.3,
            "bottom.white": 0.3,
            "top.blue": 0.6,
            "blue": 0.4,
            "teal": 0.3,
            "bright": 0.4,
        },
        "beach beaches playa playas plage plages praia praias strand пляж 海滩 沙滩 ビーチ 浜",
    ),
    "sand": (
        {"yellow": 0.5, "brown": 0.5, "bottom.yellow": 0.5, "bottom.brown": 0.4},
        "sand arena sable areia песок 沙子 砂",
    ),
    "grass": (
        {"bottom.green": 1.0, "green": 0.8, "detail": 0.2},
        "grass lawn hierba césped pasto herbe gazon grama relva gras rasen трава газон 草地 草",
    ),
    "field": (
        {"bottom.green": 0.9, "green": 0.7, "bottom.yellow": 0.3, "top.blue": 0.3},
        (
            "field fields meadow meadows campo campos prado prados champ champs prairie pré "
            "feld felder wiese wiesen поле поля луг 田野 草原 野原"
        ),
    ),
    "forest": (
        {
            "green": 0.9,
            "top.green": 0.6,
            "bottom.green": 0.3,
            "brown": 0.5,
            "black": 0.35,
            "gray": 0.2,
            "dark": 0.7,
            "detail": 0.4,
        },
        (
            "forest forests woods tree trees bosque bosques árbol árboles selva forêt forêts "
            "arbre arbres floresta árvore árvores wald wälder baum bäume лес леса дерево деревья "
            "森林 树林 树 樹 森 木"
        ),
    ),
    "leaf": (
        {"green": 0.8, "detail": 0.4},
        "leaf leaves hoja hojas feuille feuilles folha folhas blatt blätter лист листья 叶子 叶 葉",
    ),
    "night": (
        {"black": 1.0, "dark": 1.0, "top.black": 0.6, "bottom.black": 0.4, "blue": 0.15},
        (
            "night nights nighttime noche noches nuit nuits noite noites nacht nächte ночь ночью "
            "ночной 夜晚 晚上 夜景 夜"
        ),
    ),
    "dark": (
        {"dark": 1.0, "black": 0.7},
        (
            "dark oscuro oscura sombre obscur escuro escura dunkel dunkle dunklen тёмный темный "
            "тёмная темная 黑暗 暗い 暗"
        ),
    ),
    "bright": (
        {"bright": 1.0, "white": 0.4},
        "bright brillante luminoso lumineux brilhante hell helle яркий светлый 明亮 明るい",
    ),
    "snow": (
        {
            "white": 1.0,
            "bottom.white": 0.9,
            "top.white": 0.4,
            "bright": 0.5,
            "gray": 0.2,
            "blue": 0.15,
        },
        "snow snowy nieve neige neve schnee снег снега снегу 雪",
    ),
    "winter": (
        {"white": 0.7, "bottom.white": 0.5, "gray": 0.3, "blue": 0.2},
        "winter invierno hiver inverno зима зимой 冬天 冬",
    ),
    "ice": (
        {"white": 0.6, "teal": 0.4, "blue": 0.4},
        "ice hielo glace gelo eis лёд лед 冰 氷",
    ),
    "sunset": (
        {
            "orange": 1.0,
            "top.orange": 0.8,
            "red": 0.5,
            "top.red": 0.4,
            "yellow": 0.4,
            "top.yellow": 0.3,
            "pink": 0.25,
            "purple": 0.2,
            "bottom.black": 0.4,
            "dark": 0.3,
            "vivid": 0.4,
        },
        (
            "sunset sunsets sunrise dusk atardecer amanecer ocaso crépuscule coucher entardecer "
            "sonnenuntergang sonnenaufgang закат закаты рассвет 日落 夕阳 夕陽 黄昏 日出 夕焼け "
            "夕日 朝日"
        ),
    ),
    "sun": (
        {"yellow": 0.8, "orange": 0.4, "bright": 0.6, "top.yellow": 0.4},
        "sun sunny sol soleil sonne солнце 太阳 太陽",
    ),
    "fire": (
        {"orange": 1.0, "red": 0.6, "yellow": 0.5, "dark": 0.3},
        "fire flames fuego feu fogo feuer огонь пламя 火焰 火",
    ),
    "mountain": (
        {
            "top.blue": 0.4,
            "gray": 0.5,
            "brown": 0.4,
            "white": 0.3,
            "top.white": 0.3,
            "green": 0.3,
        },
        (
            "mountain mountains montaña montañas montagne montagnes montanha montanhas berg "
            "berge gebirge гора горы 山脉 山"
        ),
    ),
    "desert": (
        {"yellow": 0.7, "orange": 0.5, "brown": 0.6, "top.blue": 0.4, "bright": 0.4},
        "desert deserts desierto désert deserto wüste пустыня 沙漠 砂漠",
    ),
    "city": (
        {"gray": 1.0, "top.gray": 0.4, "bottom.gray": 0.5, "brown": 0.3, "detail": 0.4},
        (
            "city cities town street streets building buildings ciudad calle edificio edificios "
            "ville rue bâtiment bâtiments immeuble cidade rua edifício prédio stadt straße "
            "strasse gebäude город улица здание здания 城市 街道 建筑 都市 建物 街"
        ),
    ),
    "car": (
        {"gray": 0.5, "red": 0.3, "black": 0.3, "white": 0.3, "bottom.gray": 0.5},
        "car cars coche coches carro carros voiture voitures auto autos "
        "машина автомобиль 汽车 車 车",
    ),
    "cat": (
        {"gray": 0.5, "brown": 0.4, "orange": 0.35, "white": 0.35, "black": 0.3, "detail": 0.3},
        "cat cats kitten gato gatos gata chat chats chaton katze katzen кот кошка коты 猫 貓",
    ),
    "dog": (
        {"brown": 0.6, "white": 0.35, "black": 0.3, "orange": 0.2, "bottom.green": 0.25},
        (
            "dog dogs puppy perro perros chien chiens cão cães cachorro hund hunde собака "
            "собаки пёс 狗 犬"
        ),
    ),
    "bird": (
        {"top.blue": 0.4, "brown": 0.3, "detail": 0.2},
        "bird birds pájaro pájaros ave aves oiseau oiseaux pássaro vogel vögel птица птицы 鸟 鳥",
    ),
    "waterfall": (
        {"white": 0.6, "green": 0.7, "teal": 0.3, "detail": 0.5, "top.green": 0.4},
        "waterfall waterfalls cascada cascade cachoeira wasserfall водопад 瀑布 滝",
    ),
    "autumn": (
        {"orange": 0.9, "red": 0.6, "brown": 0.6, "yellow": 0.5, "detail": 0.3},
        "autumn fall otoño automne outono herbst осень осенью 秋天 秋",
    ),
    "rain": (
        {"gray": 0.9, "dark": 0.4, "muted": 0.5, "top.gray": 0.5},
        "rain rainy lluvia pluie chuva regen дождь 雨",
    ),
    "fog": (
        {"gray": 0.8, "white": 0.5, "smooth": 0.7, "muted": 0.8},
        "fog foggy mist niebla brouillard névoa neblina nebel туман 雾 霧",
    ),
    "stars": (
        {"black": 0.9, "dark": 0.8, "white": 0.2, "top.black": 0.5},
        (
            "moon star stars luna estrella estrellas lune étoile étoiles lua estrela estrelas "
            "mond stern sterne луна звезда звёзды звезды 月亮 星星 星 月"
        ),
    ),
    "apple": (
        {"red": 0.8, "green": 0.3, "vivid": 0.4},
        "apple apples manzana manzanas pomme pommes maçã apfel äpfel яблоко яблоки 苹果 りんご",
    ),
    "lemon": (
        {"yellow": 1.0, "vivid": 0.4},
        (
            "lemon lemons banana bananas limón plátano citron banane limão zitrone лимон банан "
            "柠檬 香蕉 レモン バナナ"
        ),
    ),
    "colourful": (
        {
            "vivid": 1.0,
            "red": 0.2,
            "yellow": 0.2,
            "green": 0.2,
            "blue": 0.2,
            "purple": 0.2,
            "pink": 0.2,
        },
        "colorful colourful colorido colorida coloré colorée bunt bunte красочный 彩色 カラフル",
    ),
}

# Words that carry no visual meaning (ignored rather than hashed).
_STOPWORDS = frozenset(
    _words(
        "a an the of in on at with and or photo photos picture pictures image images "
        "el la los las un una unos unas de del en con y o foto fotos imagen "
        "le les une des du au aux et avec sur photo photos "
        "o os um uma dos das no na nos nas com e foto "
        "der die das den dem ein eine einen einem und mit im am auf bild bilder foto fotos "
        "в на с и фото фотография снимок "
    )
)
_CJK_STOP = frozenset("的之了在是和与一个張张枚の")

# Suffixes tried (longest first) when a word is not in the table as written.
_SUFFIXES = tuple(
    sorted(
        _words(
            "ies es s e en er em n "
            "ыми ими ами ями ого его ому ему ые ие ая яя ое ее ый ий ой ых их ым им ую "
            "ю ы и а я о у"
        ),
        key=len,
        reverse=True,
    )
)


def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # kana
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
    )


def _build_vocab() -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    stems: dict[str, str] = {}
    cjk: list[tuple[str, str]] = []
    for concept, (_weights, forms) in _CONCEPTS.items():
        for form in _words(forms):
            form = unicodedata.normalize("NFKC", form).lower()
            if any(_is_cjk(ch) for ch in form):
                cjk.append((form, concept))
                continue
            exact.setdefault(form, concept)
            stems.setdefault(_stem(form), concept)
    cjk.sort(key=lambda fc: len(fc[0]), reverse=True)  # longest match first: 红色 before 红
    return exact, stems, cjk


_EXACT, _STEMS, _CJK_FORMS = _build_vocab()
_WORD_RE = re.compile(r"[^\W\d_]+")


def _concept_vector(concept: str) -> np.ndarray:
    v = np.zeros(N_FEATURES, dtype=np.float32)
    for name, w in _CONCEPTS[concept][0].items():
        v[FEATURE_INDEX[name]] += w
    return v


@functools.lru_cache(maxsize=4096)
def _hash_unit(token: str, size: int) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(token.encode()).digest()[:8], "little")
    return _unit(np.random.default_rng(seed).standard_normal(size).astype(np.float32))


def analyse_text(text: str) -> tuple[list[str], list[str]]:
    """(concepts found, unknown tokens) for a text; exposed so tests can see why a query ranks."""
    norm = unicodedata.normalize("NFKC", text).lower()
    concepts: list[str] = []
    unknown: list[str] = []
    for token in _WORD_RE.findall(norm):
        if any(_is_cjk(ch) for ch in token):
            # No spaces in Chinese/Japanese: greedy substring matching, longest forms first.
            rest = token
            for form, concept in _CJK_FORMS:
                while form in rest:
                    concepts.append(concept)
                    rest = rest.replace(form, " ", 1)
            for run in rest.split():
                leftover = "".join(
                    ch
                    for ch in run
                    if ch not in _CJK_STOP and not 0x3040 <= ord(ch) <= 0x309F  # particles
                )
                if leftover:
                    unknown.append(leftover)
            continue
        if token in _STOPWORDS:
            continue
        found = _EXACT.get(token) or _STEMS.get(_stem(token))
        if found is not None:
            concepts.append(found)
        else:
            unknown.append(token)
    return concepts, unknown


def embed_text(text: str, query: bool) -> np.ndarray:
    """A 1024-dim float32 vector for a text; `query=True` is the retrieval.query task."""
    concepts, unknown = analyse_text(text)
    sem = np.zeros(N_FEATURES, dtype=np.float32)
    for concept in concepts:
        sem += _concept_vector(concept)
    # Unknown words still mean *something*: a small fixed direction each (like a real
    # model's vague associations), far weaker than a known concept.
    for token in unknown:
        sem += 0.3 * _hash_unit("word:" + token, N_FEATURES)
    if not concepts and not unknown:
        sem = _hash_unit("text:" + text, N_FEATURES)
    key = ("query:" if query else "passage:") + " ".join(text.split())
    vec = np.zeros(DIMS, dtype=np.float32)
    vec[TEXT_AXIS] = np.sqrt(TEXT_OWN)
    vec[SHARED_AXIS] = np.sqrt(SHARED)
    vec[SEM_START:SEM_END] = _unit(sem) * np.sqrt(TEXT_SEM)
    vec[DETAIL_START:] = _unit(_hash_unit(key, DIMS - DETAIL_START) * _PROFILE) * np.sqrt(
        TEXT_DETAIL
    )
    return vec * np.float32(5.0 + 0.25 * min(len(concepts) + len(unknown), 12))


# -- synthetic photos --------------------------------------------------------------------------
SCENES = (
    "red_flowers",
    "yellow_flowers",
    "red_car",
    "sky_sea",
    "sky_field",
    "green_field",
    "night",
    "snow",
    "sunset",
    "forest",
    "city",
    "beach",
)
_RGB = tuple[float, float, float]


def _gradient(top: _RGB, bottom: _RGB, h: int, w: int) -> np.ndarray:
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    column = np.array(top) * (1 - t) + np.array(bottom) * t
    return np.broadcast_to(column, (h, w, 3)).astype(np.float64)


def _blobs(
    img: Image.Image,
    rng: np.random.Generator,
    n: int,
    colour: _RGB,
    radius: tuple[float, float],
    area: tuple[float, float, float, float],
    centre: tuple[int, int, int] | None = None,
) -> None:
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = area
    for _ in range(n):
        x, y, r = rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(*radius)
        fill = tuple(int(np.clip(c + rng.normal(0, 10), 0, 255)) for c in colour)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        if centre:
            draw.ellipse((x - r / 4, y - r / 4, x + r / 4, y + r / 4), fill=centre)


def make_scene(name: str, seed: int = 0, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A synthetic RGB photo of a named scene (see SCENES); `seed` varies the details."""
    w, h = size
    rng = np.random.default_rng(zlib.crc32(name.encode()) + seed)
    a = np.zeros((h, w, 3))

    def finish(noise: float) -> Image.Image:
        return Image.fromarray(np.clip(a + rng.normal(0, noise, a.shape), 0, 255).astype(np.uint8))

    if name in ("red_flowers", "yellow_flowers"):
        a[:] = _gradient((70, 150, 60), (40, 110, 35), h, w)
        img = finish(18)
        red = name == "red_flowers"
        colour, centre = ((205, 25, 35), (240, 200, 40)) if red else ((245, 205, 30), (110, 70, 20))
        _blobs(img, rng, 30, colour, (w * 0.03, w * 0.053), (0, 0, w, h), centre)
        return img
    if name == "red_car":
        a[:] = _gradient((150, 150, 155), (95, 95, 100), h, w)
        img = finish(8)
        d = ImageDraw.Draw(img)
        sx, sy = w / 640, h / 480
        d.rounded_rectangle((150 * sx, 200 * sy, 500 * sx, 360 * sy), 30 * sy, fill=(190, 20, 30))
        d.rectangle((220 * sx, 150 * sy, 430 * sx, 210 * sy), fill=(170, 20, 28))
        for wheel in (210, 440):
            box = ((wheel - 35) * sx, 330 * sy, (wheel + 35) * sx, 400 * sy)
            d.ellipse(box, fill=(20, 20, 20))
        return img
    if name in ("sky_sea", "sky_field"):
        a[: h // 2] = _gradient((90, 160, 230), (165, 208, 240), h // 2, w)
        ground = (
            ((30, 90, 160), (15, 55, 120)) if name == "sky_sea" else ((90, 165, 60), (55, 125, 40))
        )
        a[h // 2 :] = _gradient(*ground, h - h // 2, w)
        return finish(6 if name == "sky_sea" else 10)
    if name == "green_field":
        a[:] = _gradient((110, 170, 70), (50, 120, 40), h, w)
        return finish(22)
    if name == "night":
        a[:] = _gradient((8, 10, 30), (2, 2, 8), h, w)
        img = finish(3)
        _blobs(img, rng, 60, (240, 240, 230), (1, 2.5), (0, 0, w, h * 0.7))
        _blobs(
            img,
            rng,
            1,
            (235, 235, 215),
            (h * 0.06, h * 0.062),
            (w * 0.66, h * 0.12, w * 0.78, h * 0.25),
        )
        return img
    if name == "snow":
        a[: h // 3] = _gradient((200, 205, 215), (225, 228, 235), h // 3, w)
        a[h // 3 :] = _gradient((245, 247, 250), (225, 230, 240), h - h // 3, w)
        return finish(5)
    if name == "sunset":
        a[: h * 2 // 3] = _gradient((120, 60, 120), (250, 150, 40), h * 2 // 3, w)
        a[h * 2 // 3 :] = _gradient((30, 20, 25), (10, 8, 10), h - h * 2 // 3, w)
        img = finish(6)
        _blobs(
            img,
            rng,
            1,
            (255, 200, 80),
            (h * 0.083, h * 0.085),
            (w * 0.47, h * 0.54, w * 0.53, h * 0.56),
        )
        return img
    if name == "forest":
        a[:] = _gradient((40, 95, 40), (20, 60, 25), h, w)
        img = finish(20)
        d = ImageDraw.Draw(img)
        for _ in range(14):
            x = rng.uniform(0, w)
            d.rectangle((x, 0, x + rng.uniform(w * 0.02, w * 0.047), h), fill=(85, 55, 30))
        _blobs(img, rng, 120, (35, 110, 40), (w * 0.01, w * 0.034), (0, 0, w, h * 0.6))
        _blobs(img, rng, 80, (20, 60, 20), (w * 0.01, w * 0.028), (0, 0, w, h * 0.6))
        return img
    if name == "city":
        a[:] = _gradient((185, 190, 195), (110, 110, 112), h, w)
        img = finish(6)
        d = ImageDraw.Draw(img)
        bw = w / 8
        for i in range(8):
            x, top = i * bw + rng.uniform(0, bw / 4), rng.uniform(h * 0.12, h * 0.52)
            g = int(rng.uniform(70, 140))
            d.rectangle((x, top, x + bw * 0.875, h), fill=(g, g, g + 5))
            for wy in np.arange(top + 10, h - 20, max(8.0, h / 19)):
                d.rectangle((x + bw / 8, wy, x + bw * 0.27, wy + h / 40), fill=(200, 200, 170))
        return img
    if name == "beach":
        a[: h // 3] = _gradient((80, 150, 225), (150, 200, 240), h // 3, w)
        a[h // 3 : h // 2] = _gradient((40, 170, 180), (60, 190, 190), h // 2 - h // 3, w)
        a[h // 2 :] = _gradient((225, 205, 155), (205, 180, 130), h - h // 2, w)
        return finish(8)
    raise KeyError(f"unknown scene {name!r}; one of {', '.join(SCENES)}")
