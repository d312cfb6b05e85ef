"""People need evidence: a title, a byline, a speech verb, a role noun — never a surname
table alone."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import names, posts

from ingest.extract.pipeline import extract_paths
from ingest.model import Extraction


def test_names_after_titles_bylines_and_before_speech_verbs(extract_text) -> None:
    ex = extract_text(
        "本报讯（记者 何小兵）3月5日，唐昌镇党委书记杨立新主持会议。罗春梅表示，要把工作落到实处。"
    )
    assert {"何小兵", "杨立新", "罗春梅"} <= names(ex, "Person")


def test_a_surname_with_an_honorific_or_title_is_not_a_person(extract_text) -> None:
    ex = extract_text("王老师和郭书记也参加了活动，张主任说明了情况。")
    assert names(ex, "Person") == set()


def test_a_surname_shaped_word_without_evidence_is_not_a_person(extract_text) -> None:
    ex = extract_text("党员常态化开展学习，志愿者齐上阵清理河道。")
    assert names(ex, "Person") == set()


def test_coordinated_names_after_one_title_are_all_people(extract_text) -> None:
    ex = extract_text("唐昌镇副镇长李明华、周小红等陪同调研。")
    assert {"李明华", "周小红"} <= names(ex, "Person")


def test_an_adverb_glued_to_a_name_is_not_part_of_it(extract_text) -> None:
    ex = extract_text("大智街道先锋社区党委书记王丽也应邀参观。")
    assert "王丽" in names(ex, "Person")


def test_a_name_jieba_reads_as_words_is_kept_after_a_title(extract_text) -> None:
    ex = extract_text("武汉地铁运营有限公司党委副书记、总经理钱明亮分别代表双方签字。")
    assert "钱明亮" in names(ex, "Person")


def test_the_author_of_a_titled_work_is_a_person(extract_text) -> None:
    ex = extract_text("如郫都区委党校周明德的《在学习中筑牢理想信念》，帮助党员厘清脉络。")
    assert "周明德" in names(ex, "Person")


def test_a_name_before_its_title_at_the_start_of_a_clause(extract_text) -> None:
    ex = extract_text("会上，唐永富书记指出，支部共建是推动乡村振兴的有效途径。")
    assert "唐永富" in names(ex, "Person")


def test_a_name_after_a_title_and_before_an_action_word_is_a_person(extract_text) -> None:
    # jieba reads the given name as an adjective and glues the action words into a noun
    ex = extract_text("澄溪农村商业银行党委书记、董事长钟明远带队参加活动。")
    assert "钟明远" in names(ex, "Person")
    assert ("钟明远", "董事长", "澄溪农村商业银行") in posts(ex)


def test_a_person_named_in_an_earlier_story_of_the_page_is_found_again(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "白沙镇召开党建工作会议\n\n本报讯(潘越)3月2日，白沙镇党委书记蔺振川主持召开党建工作会议。\n\n"
        "蓝海公司走访困难户\n\n本报讯(潘越)3月5日，蓝海公司与困难户结对，蔺振川一同走访。\n",
        encoding="utf-8",
    )
    stories = [ex for ex in extract_paths([page]) if isinstance(ex, Extraction)]
    assert len(stories) == 2
    people = [{e.name for e in ex.entities if e.type == "Person"} for ex in stories]
    assert people == [{"潘越", "蔺振川"}, {"潘越", "蔺振川"}]
