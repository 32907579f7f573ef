"""The catalog's tables. Bump SCHEMA_VERSION and add a step to MIGRATIONS to change them."""

from __future__ import annotations

# Each step takes the database from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        added_at REAL NOT NULL
    );

    -- One row per file path. state: new (needs hashing/embedding) | indexed | skipped
    -- (permanent: the file cannot be used until it changes) | failed (transient, retried).
    CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        hash TEXT,
        width INTEGER,
        height INTEGER,
        taken_at TEXT,
        camera TEXT,
        lat REAL,
        lon REAL,
        state TEXT NOT NULL DEFAULT 'new',
        last_error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        seen INTEGER NOT NULL DEFAULT 0,
        updated_at REAL NOT NULL
    );
    CREATE INDEX files_hash ON files(hash);
    CREATE INDEX files_state ON files(state);
    CREATE INDEX files_folder ON files(folder_id);

    -- The local vector cache: the full-size model vector of each photo content, asked for once.
    CREATE TABLE vectors (
        hash TEXT NOT NULL,
        model TEXT NOT NULL,
        dims INTEGER NOT NULL,
        vector BLOB NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (hash, model)
    ) WITHOUT ROWID;

    -- Which index (in which store) holds which photo content.
    -- state: synced | pending (to write) | delete (to remove) | failed (refused, see error)
    CREATE TABLE index_docs (
        store TEXT NOT NULL,
        index_name TEXT NOT NULL,
        hash TEXT NOT NULL,
        state TEXT NOT NULL,
        error TEXT,
        updated_at REAL NOT NULL,
        PRIMARY KEY (store, index_name, hash)
    ) WITHOUT ROWID;
    CREATE INDEX index_docs_state ON index_docs(store, index_name, state);

    CREATE TABLE indices (
        store TEXT NOT NULL,
        name TEXT NOT NULL,
        model TEXT NOT NULL,
        dims INTEGER NOT NULL,
        created_at REAL NOT NULL,
        complete INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (store, name)
    );
    """,
    # Which provider made each cached vector ("jina-api", "elastic:<endpoint>", "local:<variant>";
    # NULL: before this was kept, i.e. the Jina API). Lookups go by model only: one model
    # through any provider is one vector space.
    """
    ALTER TABLE vectors ADD COLUMN source TEXT;
    """,
    # The vector cache's keys apart from its 4 KB blobs: "which photos have a vector" (every
    # index run's plan_sync, the pipeline's has_vector) reads this small index instead of the
    # blob rows. Measured on 100k photos: the join in plan_sync 1.29 s -> 0.15 s.
    """
    CREATE INDEX IF NOT EXISTS vectors_model_hash ON vectors(model, hash);
    """,
    # The vectors move out of the table into one float32 file per (model, dims)
    # (catalog/vector_file.py): `row` says where, `vector` keeps an empty blob. Existing blobs
    # are moved by the catalog on open (Catalog._move_vector_blobs), then the space given back.
    """
    ALTER TABLE vectors ADD COLUMN row INTEGER;
    CREATE INDEX vectors_unmoved ON vectors(model) WHERE row IS NULL;
    CREATE TABLE vector_files (
        model TEXT NOT NULL,
        dims INTEGER NOT NULL,
        rows INTEGER NOT NULL,
        PRIMARY KEY (model, dims)
    );
    """,
    # 2: what the scan itself could not use (special files and links with photo names,
    # folders it could not list, formats no decoder here reads), so that every file that looks
    # like a photo is either indexed or listed with a reason. Rebuilt by every full walk.
    # `path` (like files.path and folders.path) is text, or the raw bytes (BLOB) of a name that
    # is not valid UTF-8 (see photoseek.fspath).
    """
    CREATE TABLE scan_problems (
        path TEXT NOT NULL PRIMARY KEY,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX scan_problems_folder ON scan_problems(folder_id);
    """,
]

# Step 5 — browsing and finding photos by their names. Indexes for the timeline and the
# camera list, and an FTS5 table of the words in each file's name, its folders and its camera
# (rowid = files.id), kept up to date by triggers so no writer of `files` has to know about it.
# The words come from the path *relative to the parent of its library folder*: "Pictures/Paris
# 2019/IMG_2041.jpg" is searchable, "/home/anna" is not. The migration runner splits on a
# semicolon at the end of a line, so each trigger is one line.
_REL_PATH = "substr({p}, length(rtrim(d.path, replace(replace(d.path, '/', ''), '\\', ''))) + 1)"
MIGRATIONS.append(
    "CREATE INDEX files_taken ON files(taken_at);\n"
    "CREATE INDEX files_camera ON files(camera);\n"
    "CREATE VIRTUAL TABLE file_words USING fts5("
    "words, camera, tokenize = 'unicode61 remove_diacritics 2');\n"
    "INSERT INTO file_words(rowid, words, camera) "
    f"SELECT f.id, {_REL_PATH.format(p='f.path')}, coalesce(f.camera, '') "
    "FROM files f JOIN folders d ON d.id = f.folder_id;\n"
    "CREATE TRIGGER file_words_insert AFTER INSERT ON files BEGIN "
    "INSERT INTO file_words(rowid, words, camera) "
    f"SELECT new.id, {_REL_PATH.format(p='new.path')}, coalesce(new.camera, '') "
    "FROM folders d WHERE d.id = new.folder_id; END;\n"
    "CREATE TRIGGER file_words_update AFTER UPDATE OF path, folder_id, camera ON files BEGIN "
    "DELETE FROM file_words WHERE rowid = old.id; "
    "INSERT INTO file_words(rowid, words, camera) "
    f"SELECT new.id, {_REL_PATH.format(p='new.path')}, coalesce(new.camera, '') "
    "FROM folders d WHERE d.id = new.folder_id; END;\n"
    "CREATE TRIGGER file_words_delete AFTER DELETE ON files BEGIN "
    "DELETE FROM file_words WHERE rowid = old.id; END;\n"
)

# The version a catalog has once every step ran (a step is never edited once released).
SCHEMA_VERSION = len(MIGRATIONS)
