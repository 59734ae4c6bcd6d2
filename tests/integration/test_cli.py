"""The promise-tracker command as a user runs it: validate, packs, demo, score."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from promise_tracker import __version__
from promise_tracker.cli import main

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "standards" / "promise-bqs-2017.yaml"
BROKEN = REPO / "tests" / "fixtures" / "packs" / "broken"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"PROMISE tracker {__version__}"


def test_validate_accepts_the_shipped_pack(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(SHIPPED))
    assert code == 0
    assert "valid: promise-bqs-2017 1.1.0, 12 assessed standards" in out


def test_validate_rejects_every_broken_fixture_with_file_and_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixtures = sorted(BROKEN.glob("*.yaml"))
    assert len(fixtures) >= 15
    for fixture in fixtures:
        code, out, _ = run(capsys, "validate", str(fixture))
        assert code == 1, fixture.name
        first = out.splitlines()[0]
        assert first.startswith(f"{fixture}:"), first
        if fixture.name not in ("empty.yaml", "not-a-mapping.yaml"):
            line = first.split(":")[1]
            assert line.isdigit(), f"{fixture.name}: no line number in {first!r}"


def test_validate_one_bad_file_among_good_ones_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "validate", str(SHIPPED), str(BROKEN / "duplicate-criterion-id.yaml")
    )
    assert code == 1
    assert "valid: promise-bqs-2017" in out
    assert "duplicate-criterion-id.yaml:" in out


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert code == 1
    assert "nope.yaml" in out


def test_packs_lists_shipped_and_user_packs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    user_packs = tmp_path / "packs"
    user_packs.mkdir()
    text = SHIPPED.read_text(encoding="utf-8").replace(
        "id: promise-bqs-2017", "id: my-local-pack", 1
    )
    (user_packs / "mine.yaml").write_text(text, encoding="utf-8")
    (user_packs / "broken.yaml").write_text("id: [unclosed", encoding="utf-8")
    code, out, err = run(capsys, "packs", "--data-dir", str(tmp_path))
    assert code == 1  # a broken user pack fails the command; the good ones are still listed
    # Both shipped versions: 1.0.0 stays for the rounds assessed with it.
    assert "promise-bqs-2017 1.0.0" in out
    assert "promise-bqs-2017 1.1.0" in out
    assert "my-local-pack 1.1.0" in out
    assert "broken.yaml" in err


def test_packs_lists_local_variants_apart_and_escapes_hostile_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    user_packs = tmp_path / "packs"
    user_packs.mkdir()
    shipped = SHIPPED.read_text(encoding="utf-8")
    variant = user_packs / "our-bqs.yaml"
    variant.write_text(shipped.replace('version: "1.1.0"', 'version: "9.0.0"', 1), "utf-8")
    hostile = user_packs / "evil\u202elmay.yaml"
    hostile.write_text(
        shipped.replace("id: promise-bqs-2017", 'id: "x\\u202ey\\0"', 1), encoding="utf-8"
    )
    code, out, err = run(capsys, "packs", "--data-dir", str(tmp_path))
    lines = out.splitlines()
    heading = lines.index("Local variants of shipped packs (used only when chosen for a round):")
    # The shipped versions come first; the variant only under the heading, marked.
    assert any(line.startswith("promise-bqs-2017 1.1.0 ") for line in lines[:heading])
    assert not any("9.0.0" in line for line in lines[:heading])
    assert lines[heading + 1].startswith("  local variant: promise-bqs-2017 9.0.0 ")
    assert lines[heading + 1].endswith(str(variant))
    # The broken pack: named, its problem shown, control and bidi characters escaped.
    assert code == 1
    assert "\u202e" not in err
    assert "\x00" not in err
    assert "evil\\u202elmay.yaml" in err
    assert "pack id 'x\\u202ey\\x00' is not valid" in err


def test_score_without_database_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "score", "--data-dir", str(tmp_path / "empty"))
    assert code == 1
    assert "No database" in err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def score_json(capsys: pytest.CaptureFixture[str], folder: Path) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "score", "--data-dir", str(folder), "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def hand_computed_scores(database: Path) -> dict[str, dict[str, float | None]]:
    """Per round and assessed standard: % of applicable consensus answers that are yes.

    Computed from the raw YAML and raw SQL, sharing no code with the app.
    """
    pack = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    standard_of: dict[str, str] = {}

    def walk(items: list[dict]) -> None:  # type: ignore[type-arg]
        for item in items:
            for criterion in item.get("criteria", []):
                standard_of[criterion["id"]] = item["number"]
            walk(item.get("children", []))

    walk(pack["standards"])
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT round_id, criterion_id, value FROM answers WHERE respondent_id IS NULL"
        ).fetchall()
    for round_id, criterion_id, value in rows:
        if value in ("yes", "no"):
            tally = counts[round_id][standard_of[criterion_id]]
            tally[0] += value == "yes"
            tally[1] += 1
    return {
        round_id: {n: (100 * met / applicable) for n, (met, applicable) in by_standard.items()}
        for round_id, by_standard in counts.items()
    }


def test_demo_scores_match_a_hand_computation(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    report = score_json(capsys, demo_dir)
    expected = hand_computed_scores(demo_dir / "promise-tracker.sqlite")
    rounds = [r for unit in report["units"] for r in unit["rounds"]]
    assert len(report["units"]) == 4
    assert 12 <= len(rounds) <= 16
    checked = 0
    for rnd in rounds:
        for standard in rnd["standards"]:
            want = expected.get(rnd["id"], {}).get(standard["number"])
            if want is None:
                assert standard["percent"] is None
            else:
                assert standard["percent"] == pytest.approx(want, abs=0.01)
                checked += 1
    assert checked > 100


def test_demo_data_is_plausible(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    report = score_json(capsys, demo_dir)
    for unit in report["units"]:
        rounds = unit["rounds"]
        assert 3 <= len(rounds) <= 4
        dates = [r["date"] for r in rounds]
        assert dates == sorted(dates)
        years = {d[:4] for d in dates}
        assert len(years) == len(rounds), "rounds spread over several years"
        finished = [r for r in rounds if r["status"] == "finalised"]
        percents = [r["overall"]["percent"] for r in finished]
        assert all(0 < p < 100 for p in percents)
        # Progress overall, not necessarily every time.
        assert percents[-1] > percents[0], unit["name"]
        for rnd in finished:
            assert rnd["overall"]["completeness"] == 100.0
            assert set(rnd["perspectives"]) == {"management", "professionals", "clients"}
            respondents = sum(p["respondents"] for p in rnd["perspectives"].values())
            assert 6 <= respondents <= 8
            # Management sees the unit more favourably than the consensus, as in life.
            assert rnd["perspectives"]["management"]["percent"] >= rnd["overall"]["percent"]
    in_progress = [r for u in report["units"] for r in u["rounds"] if r["status"] == "draft"]
    assert len(in_progress) == 1
    assert in_progress[0]["overall"]["completeness"] < 100


def test_demo_is_deterministic(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert score_json(capsys, tmp_path) == score_json(capsys, demo_dir)


def test_demo_refuses_a_folder_with_data(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    before = score_json(capsys, demo_dir)
    code, _, err = run(capsys, "demo", "--data-dir", str(demo_dir))
    assert code == 1
    assert "already holds units" in err
    assert score_json(capsys, demo_dir) == before


def test_score_table(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    code, out, _ = run(capsys, "score", "--data-dir", str(demo_dir))
    assert code == 0
    assert "Barnahus Norrvik (demo) (SE)" in out
    assert "Self-assessment 2019" in out


def test_score_titles_in_swedish(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    code, out, _ = run(capsys, "score", "--data-dir", str(demo_dir), "--json", "--language", "sv")
    assert code == 0
    titles = {
        s["number"]: s["title"] for s in json.loads(out)["units"][0]["rounds"][0]["standards"]
    }
    sv = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))["standards"][1]["title"]["sv"]
    assert titles["2"] == sv


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["gui", "--demo"],
        ["--data-dir", "/tmp/x", "gui"],
        ["gui", "--data-dir=/tmp/x", "--db-url", "sqlite:///y.db"],
    ],
)
def test_the_window_parser_reads_window_arguments_like_the_full_one(argv: list[str]) -> None:
    from promise_tracker.cli import _opens_the_window_only, build_parser

    assert _opens_the_window_only(argv)
    quick = build_parser(window_only=True).parse_args(argv)
    full = build_parser().parse_args(argv)
    assert vars(quick) == vars(full)


@pytest.mark.parametrize(
    "argv", [["export"], ["--version"], ["-h"], ["gui", "--data-dir"], ["expor"], ["demo"]]
)
def test_anything_else_gets_the_full_parser(argv: list[str]) -> None:
    from promise_tracker.cli import _opens_the_window_only

    assert not _opens_the_window_only(argv)
