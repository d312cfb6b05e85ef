"""The stories of one page are read in order, each knowing the people the earlier ones
named (README: Extraction — people), and every way of extracting reads them alike:
``pbkg extract``, the build's tasks and training."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.extract.parallel import plan_tasks
from ingest.extract.pipeline import extract, extract_paths, extract_stories, read_stories
from ingest.model import Article, Extraction
from ingest.read.reader import read_text
from pbkg.engines import build_task

FIRST = "安平镇党委书记欧阳明川出席签约仪式。"
SECOND = "会后，欧阳明川走访了结对企业。"


def story(text: str, path: str = "page.txt") -> Article:
    (article,) = read_text(text, path)
    return article


def people(entities) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in entities if e.type == "Person"]


def test_a_name_alone_in_a_later_story_is_a_person_the_page_named_before() -> None:
    assert people(extract(story(SECOND)).entities) == []  # alone, no title says so
    _, second = extract_stories([story(FIRST), story(SECOND)])
    assert people(second.entities) == ["欧阳明川"]  # type: ignore[union-attr]


def test_another_page_does_not_lend_its_names() -> None:
    _, second = extract_stories([story(FIRST, "a.txt"), story(SECOND, "b.txt")])
    assert people(second.entities) == []  # type: ignore[union-attr]


def test_training_reads_the_stories_as_extraction_does() -> None:
    _, second = read_stories([story(FIRST), story(SECOND)])
    assert people(second.base.entities) == ["欧阳明川"]


def test_the_build_reads_a_page_of_two_stories_as_extract_does(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # a newspaper page: a story opens with 本报讯
    page.write_text(
        f"安平镇结对共建签约\n\n本报讯(龚小雨){FIRST}\n\n企业走访\n\n本报讯(荆明){SECOND}\n",
        encoding="utf-8",
    )
    (task,) = plan_tasks([page])
    built = [json.loads(line) for line in build_task(task).lines.splitlines()]
    extracted = [ex.to_record() for ex in extract_paths([page]) if isinstance(ex, Extraction)]
    assert len(built) == 2
    assert built == extracted
    assert "欧阳明川" in people(Extraction.from_record(built[1]).entities)


def test_a_place_one_story_links_is_the_place_another_story_leaves_unlinked() -> None:
    """The page's stories are one document: a place written bare in one story (no town
    around it to link it) is the place another story of the page linked by that name."""
    from ingest.extract.pipeline import linked_places_by_name

    linked = {"id": "e1", "type": "Village", "name": "石桥村", "aliases": ["石桥村"]}
    records = [
        {"entities": [{**linked, "division_code": "510124101201", "level": "village"}]},
        {"entities": [{**linked, "aliases": ["石桥村党支部"]}]},
        {"entities": [{**linked, "type": "Region", "name": "云岭县"}]},
    ]
    assert linked_places_by_name(records) == {("Village", "石桥村"): "510124101201"}
    # two codes under one name on the page: neither is lent to the unlinked mention
    other = {**linked, "division_code": "330106001201", "level": "village"}
    assert linked_places_by_name([*records, {"entities": [other]}]) == {}


def test_the_page_record_holds_one_entity_for_a_place_linked_in_one_story_only() -> None:
    from ingest.extract.pipeline import file_record

    linked = story("成都市郫都区唐昌镇战旗村、石桥村与明湖科技有限公司签订结对共建协议。")
    bare = story("会后，石桥村党总支组织党员学习。")
    for order in ([linked, bare], [bare, linked]):  # whichever story comes first
        record = file_record(list(extract_stories(order)))  # type: ignore[arg-type]
        villages = [e for e in record["entities"] if e["name"] == "石桥村"]
        assert len(villages) == 1
        assert villages[0]["division_code"] and villages[0]["level"] == "village"
        assert len(villages[0]["mentions"]) == 2
