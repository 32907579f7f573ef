"""The desktop file, the AppStream metainfo and the icons agree with each other and the app.

(`make lint` runs the real validators, appstreamcli and desktop-file-validate; these checks
are what those tools cannot know: names, sizes, files that must exist.)
"""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from photoseek import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_metainfo_names_the_desktop_file_icon_and_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name and DESKTOP.exists()
    assert root.findtext("icon") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__  # the newest release first, and it is this version


def test_every_screenshot_of_the_metainfo_is_in_the_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [i.text or "" for i in root.iter("image")]
    assert images
    for url in images:
        name = url.rsplit("/", 1)[-1]
        assert (RESOURCES / "screenshots" / name).is_file(), name


def test_desktop_file_uses_the_app_id_icon() -> None:
    entry = configparser.RawConfigParser(strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == "photoseek"
    for lang in ("de", "es", "fr", "ja", "pt", "ru", "zh_CN"):
        assert section[f"Comment[{lang}]"]


def test_icons_exist_at_the_standard_sizes() -> None:
    hicolor = RESOURCES / "icons" / "hicolor"
    for size in SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getextrema()[3][1] == 255  # something is drawn
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_flatpak_manifest_reads_pictures_only_and_lists_every_wheel() -> None:
    import json
    import shutil
    import subprocess

    manifest = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
    deps = json.loads((ROOT / "packaging" / "flatpak" / "python3-deps.json").read_text())
    assert all(s["sha256"] and s["url"].startswith("https://") for s in deps["sources"])
    names = {s["url"].rsplit("/", 1)[1].split("-")[0].lower() for s in deps["sources"]}
    assert {"numpy", "pillow", "pillow_heif", "watchdog", "onnxruntime", "keyring"} <= names
    assert not any(n.startswith("pyside6") for n in names)  # from the PySide base app
    tool = shutil.which("flatpak-builder")
    if tool is None:
        pytest.skip("flatpak-builder is not installed; the manifest was not parsed")
    done = subprocess.run(
        [tool, "--show-manifest", str(manifest)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    parsed = json.loads(done.stdout)
    assert parsed["id"] == APP_ID and parsed["command"] == "photoseek"
    args = parsed["finish-args"]
    assert "--filesystem=xdg-pictures:ro" in args and "--share=network" in args
    assert not [a for a in args if a.startswith("--filesystem=") and not a.endswith(":ro")]
