"""Searches people can trust, through the CLI against the Jina fake: only relevant photos by
default, --all, --min-score, sorting by EXIF date, typed filters, names and folders, feedback,
exclusions and several photos as one query."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from photoseek.cli.main import main
from tests.synthetic import SCENE_MONTHS, green_field, make_photos

COLOURS = ("red", "green", "blue", "yellow")


def ask(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0) -> dict[str, object]:
    capsys.readouterr()
    rc = main([*args, "--json"])
    out = capsys.readouterr()
    assert rc == code, out.err
    return json.loads(out.out)  # type: ignore[no-any-return]


def paths(answer: dict[str, object]) -> list[str]:
    return [str(r["path"]) for r in answer["results"]]  # type: ignore[attr-defined, index]


def scenes(answer: dict[str, object]) -> list[str]:
    return [Path(p).parent.name for p in paths(answer)]


@pytest.fixture
def colours(fake_jina, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Red, green, blue and yellow photos with EXIF dates and a camera, indexed."""
    folder = tmp_path / "photos"
    make_photos(folder, dated=True, scenes=COLOURS)
    assert main(["index", str(folder)]) == 0
    return folder


def test_only_the_relevant_photos_by_default(
    colours: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = ask(capsys, "search", "flores rojas")
    assert scenes(answer) == ["red"] * 3
    assert answer["total"] == 3 and isinstance(answer["cutoff"], float)
    assert all(float(r["score"]) >= float(answer["cutoff"]) for r in answer["results"])  # type: ignore[arg-type, attr-defined, index]
    # The count line says how many match, on stderr (stdout has only results).
    capsys.readouterr()
    assert main(["search", "flores rojas"]) == 0
    out = capsys.readouterr()
    assert "3 matching photos" in out.err and len(out.out.splitlines()) == 3


def test_all_ranks_every_photo(colours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answer = ask(capsys, "search", "flores rojas", "--all", "-k", "100")
    assert len(paths(answer)) == 12 and answer["total"] == 12
    assert scenes(answer)[:3] == ["red"] * 3 and set(scenes(answer)) == set(COLOURS)
    scores = [float(r["score"]) for r in answer["results"]]  # type: ignore[attr-defined, index]
    assert scores == sorted(scores, reverse=True) and max(scores) < 1.0  # `_score`s, as is
    answer = ask(capsys, "search", "flores rojas", "--min-score", "0.5", "-k", "100")
    assert len(paths(answer)) == 12  # every fake score is above 0.5
    assert answer["cutoff"] == 0.5


def test_a_nonsense_query_says_no_photo_looks_like_that(
    colours: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = ask(capsys, "search", "xqzvw plorf")
    assert answer["results"] == [] and answer["total"] == 0
    assert answer["message"] == "No photo looks like that."
    capsys.readouterr()
    assert main(["search", "xqzvw plorf"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "No photo looks like that" in out.err and "--all" in out.err
    assert ask(capsys, "search", "blue after:2030")["message"] == "No photo matches these filters."


def test_sort_by_exif_date(colours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = ask(capsys, "search", "flowers", "--all", "--sort", "date", "-k", "100")
    dates = [r["taken_at"] for r in whole["results"]]  # type: ignore[attr-defined, index]
    assert dates == sorted(dates, reverse=True) and len(dates) == 12
    relevant = ask(capsys, "search", "flowers")
    newest = ask(capsys, "search", "flowers", "--sort", "date")
    oldest = ask(capsys, "search", "flowers", "--sort", "date-asc")
    assert sorted(paths(newest)) == sorted(paths(relevant))  # the same set, reordered
    taken = [r["taken_at"] for r in newest["results"]]  # type: ignore[attr-defined, index]
    assert taken == sorted(taken, reverse=True)
    assert paths(oldest) == paths(newest)[::-1]


def test_browse_and_typed_filters(colours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    timeline = ask(capsys, "search", "", "--sort", "date", "-k", "100")
    months = [str(r["taken_at"])[:7] for r in timeline["results"]]  # type: ignore[attr-defined, index]
    assert months == sorted(months, reverse=True) and len(months) == 12
    may = ask(capsys, "search", "date:2023-05", "-k", "100")
    assert set(scenes(may)) == {"red"} and SCENE_MONTHS["red"] == "2023-05"
    after = ask(capsys, "search", "after:2023-06 before:2024", "-k", "100")
    assert set(scenes(after)) == {"blue"}  # 2023-07; yellow is 2024-01, green 2022-12
    assert set(scenes(ask(capsys, "search", "folder:yellow", "-k", "100"))) == {"yellow"}
    camera = ask(capsys, "search", 'camera:"canon eos 40d" sky', "-k", "100")
    assert camera["results"] and scenes(camera)[0] == "blue"
    nobody = ask(capsys, "search", "camera:Nikon")
    assert "No photo of the library was taken with a camera named" in str(nobody["message"])
    assert ask(capsys, "search", "folder:nowhere")["total"] == 0


def test_dates_from_later_than_to_are_refused_in_one_line(
    colours: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["search", "sky", "--from", "2024-05-01", "--to", "2023-01-01"]) == 2
    err = capsys.readouterr().err
    assert "--from 2024-05-01 is later than --to 2023-01-01" in err and err.count("\n") == 1
    assert main(["search", "sky", "--from", "2023-13"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["search", "after:2024-02-30"]) == 3
    assert "not a date" in capsys.readouterr().err
    only_2023 = ask(capsys, "search", "", "--from", "2023", "--to", "2023-07", "-k", "50")
    assert set(scenes(only_2023)) == {"red", "blue"}


def test_a_photo_is_found_by_its_file_name_and_its_folder(
    fake_jina, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Pictures"
    make_photos(folder, scenes=COLOURS)
    trip = folder / "Paris 2019"
    trip.mkdir()
    green_field(5).save(trip / "DSC_0001.jpg")
    green_field(6).save(folder / "green" / "IMG_2041.jpg")
    assert main(["index", str(folder)]) == 0
    by_name = ask(capsys, "search", "IMG_2041")
    assert paths(by_name)[0].endswith("IMG_2041.jpg")
    assert by_name["results"][0]["by_name"] is True  # type: ignore[index]
    # The picture alone would not have shown it: below the cutoff in the vector ranking.
    ranked = ask(capsys, "search", "IMG_2041", "--all", "-k", "100")["results"]
    score = next(r["score"] for r in ranked if str(r["path"]).endswith("IMG_2041.jpg"))  # type: ignore[attr-defined, index]
    assert score < float(by_name["cutoff"])  # type: ignore[arg-type]
    # By its folder's name (fused with whatever the words alone find: both ranks 1 tie).
    by_folder = ask(capsys, "search", "Paris 2019")
    named = [r["path"] for r in by_folder["results"] if r.get("by_name")]  # type: ignore[attr-defined]
    assert [Path(str(p)).name for p in named] == ["DSC_0001.jpg"]
    assert "DSC_0001.jpg" in [Path(p).name for p in paths(by_folder)[:2]]
    # Every word must match a name: "red flowers 2019" is no folder's name.
    red = ask(capsys, "search", "red flowers 2019")
    assert "DSC_0001.jpg" not in " ".join(paths(red)) and set(scenes(red)) == {"red"}


def test_like_unlike_and_exclusions_change_the_ranking(
    colours: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    red0 = str(colours / "red" / "img_red_0.jpg")
    yellow0 = str(colours / "yellow" / "img_yellow_0.jpg")
    plain = ask(capsys, "search", "flowers", "-k", "50")
    assert scenes(plain)[0] == "red" and red0 in paths(plain)
    liked = ask(capsys, "search", "flowers", "--like", yellow0, "--unlike", red0)
    assert scenes(liked)[:3] == ["yellow"] * 3 and red0 not in paths(liked)
    unliked = ask(capsys, "search", "flowers", "--unlike", red0, "-k", "50")
    assert red0 not in paths(unliked)
    # -word leaves out what a search for the word alone finds; --without is the same.
    without_red = ask(capsys, "search", "flowers -rojo", "-k", "50")
    assert "red" not in scenes(without_red) and without_red["results"]
    assert paths(ask(capsys, "search", "flowers", "--without", "rojo")) == paths(without_red)
    # Excluding a word nothing looks like excludes nothing.
    assert paths(ask(capsys, "search", "flowers -gens", "-k", "50")) == paths(plain)


def test_several_photos_as_one_query(colours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    red0, red1 = (str(colours / "red" / f"img_red_{i}.jpg") for i in (0, 1))
    one = ask(capsys, "similar", red0)
    assert scenes(one) and set(scenes(one)) == {"red"} and red0 not in paths(one)
    both = ask(capsys, "similar", red0, red1)
    assert paths(both) == [str(colours / "red" / "img_red_2.jpg")]  # the two left out
    # A picture and words together.
    mixed = ask(capsys, "search", "yellow", "--all", "-k", "3", "--like", red0)
    assert "yellow" in scenes(mixed)


def test_paging_never_shows_a_photo_below_the_cutoff(
    fake_jina, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_photos(tmp_path / "p", per_scene=8, scenes=("red", "green", "blue"))
    assert main(["index", str(tmp_path / "p")]) == 0
    whole = ask(capsys, "search", "red flowers", "-k", "100")
    total = int(whole["total"])  # type: ignore[call-overload]
    assert total == len(paths(whole)) == 8
    pages = [ask(capsys, "search", "red flowers", "-k", "3", "--offset", str(o)) for o in (0, 3, 6)]
    assert [p["total"] for p in pages] == [total] * 3
    assert [x for p in pages for x in paths(p)] == paths(whole)
    assert ask(capsys, "search", "red flowers", "-k", "3", "--offset", "9")["results"] == []


def test_an_exact_copy_is_one_result_and_similar_leaves_the_photo_out(
    colours: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = colours / "copy.jpg"
    shutil.copy(colours / "blue" / "img_blue_0.jpg", copy)
    assert main(["index"]) == 0
    answer = ask(capsys, "similar", str(colours / "blue" / "img_blue_0.jpg"))
    assert str(copy) in paths(answer)  # the other file with the same picture stays
    assert str(colours / "blue" / "img_blue_0.jpg") not in paths(answer)
