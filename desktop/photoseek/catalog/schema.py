"""The catalog's tables. Bump SCHEMA_VERSION and add a step to MIGRATIONS to change them."""

from __future__ import annotations

SCHEMA_VERSION = 2

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
