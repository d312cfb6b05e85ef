"""One unit, several written forms: a company's short forms, chains of shorter names, a
party form of a short form the story defined, and the stories of one page (README:
Extraction — units). All names are invented."""

from __future__ import annotations

from extract_helpers import names, pairs, posts

from ingest.extract.pipeline import extract_stories, file_record
from ingest.extract.resolve import host_named_alone, org_aliases
from ingest.model import Article, Extraction
from ingest.read.reader import read_text


def orgs(ex: Extraction) -> set[str]:
    return names(ex, "Organization")


def test_a_company_written_by_its_brand_and_company_is_the_registered_company(
    extract_text,
) -> None:
    ex = extract_text(
        "石桥村与青岚县瑞丰生态农产品有限公司签订结对协议。此后，瑞丰公司为村里免费提供种苗。"
    )
    assert orgs(ex) == {"青岚县瑞丰生态农产品有限公司"}


def test_a_group_written_without_its_company_form_is_the_group(extract_text) -> None:
    ex = extract_text(
        "市政府与中岳七局集团有限公司签订合作协议。市长表示，中岳七局是城市建设的老朋友。"
    )
    assert orgs(ex) == {"中岳七局集团有限公司"}


def test_a_parent_company_is_not_the_short_form_of_its_subsidiary() -> None:
    aliases = org_aliases(["云栖城投公司", "云栖城投园林公司"])
    assert aliases["云栖城投公司"] == "云栖城投公司"
    assert org_aliases(["中岳七局", "中岳七局第二工程有限公司"])["中岳七局"] == "中岳七局"


def test_the_shortest_form_is_the_unit_its_longer_forms_are_written_for() -> None:
    aliases = org_aliases(["税务局", "县税务局", "青岚县税务局"])
    assert aliases["税务局"] == aliases["县税务局"] == "青岚县税务局"


def test_a_province_left_out_of_a_name_is_the_same_unit(extract_text) -> None:
    ex = extract_text("云岭省机关事务管理局挂钩帮扶石桥村。云岭机关事务管理局的干部常驻村里。")
    assert len(orgs(ex)) == 1


def test_a_party_form_of_a_defined_short_form_is_the_unit(extract_text) -> None:
    ex = extract_text(
        "青岚发展控股有限公司（以下简称“青发控”）投资建设灌区。青发控党委与石桥村党支部结对共建。"
    )
    assert orgs(ex) == {"青岚发展控股有限公司"}


def test_a_unit_written_short_in_a_later_story_of_the_page_is_one_entity() -> None:
    def story(text: str) -> Article:
        (article,) = read_text(text, "page.txt")
        return article

    first = story("上海市青岚医院党委与石桥村党支部签订结对共建协议。")
    second = story("青岚医院派出医生到石桥村义诊。")
    record = file_record(list(extract_stories([first, second])))  # type: ignore[arg-type]
    units = [e for e in record["entities"] if e["type"] == "Organization"]
    assert len(units) == 1
    assert {"上海市青岚医院", "青岚医院"} <= set(units[0]["aliases"])


def test_a_state_group_s_numbered_body_keeps_its_number(extract_text) -> None:
    ex = extract_text("石桥村与华岳七局集团有限公司签订合作协议。")
    assert orgs(ex) == {"华岳七局集团有限公司"}


def test_a_numbered_party_branch_of_a_department_is_no_group_body(extract_text) -> None:
    ex = extract_text("青岚医院党委与石桥村结对，青岚医院内科二支部书记出席。")
    assert not any(n.startswith("内科") for n in orgs(ex))


def test_a_party_body_is_the_unit_the_story_names_on_its_own() -> None:
    assert host_named_alone("澜溪铝业党支部", frozenset({"澜溪铝业"})) == "澜溪铝业"
    assert host_named_alone("澜溪铝业党支部", frozenset({"澜江铝业"})) == "澜溪铝业党支部"


def test_a_party_body_and_its_company_named_by_a_title_are_one_entity(extract_text) -> None:
    ex: Extraction = extract_text("澜溪铝业党支部与会泽县人民医院结对。澜溪铝业董事长李华出席。")
    assert "澜溪铝业党支部" not in names(ex, "Organization")
    assert pairs(ex) == {frozenset({"澜溪铝业", "会泽县人民医院"})}
    assert posts(ex) == {("李华", "董事长", "澜溪铝业")}
