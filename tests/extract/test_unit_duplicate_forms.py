"""One unit written in two forms a story uses side by side is one entity (README:
Extraction — units): a branch with its parent's stem moved before the branch word, a
school's short form that leaves out a street word jieba tags as a person's name. Units
counted by a number and their kind (两校党支部) are none. Unit names are invented."""

from __future__ import annotations

from ingest.extract.resolve import (
    abbreviated_twin,
    branch_with_parent_stem,
    org_aliases,
    person_tagged_common_word,
)


def test_a_branch_written_with_its_parents_stem_first_is_the_branch_under_the_parent() -> None:
    full = "云杉市税务局松岗分局"
    assert branch_with_parent_stem("松岗税务分局", [full, "松岗税务分局"]) == full
    police, bank = "云杉县公安局松岗分局", "中国农业银行松岗支行"
    assert branch_with_parent_stem("松岗公安分局", [police]) == police
    assert branch_with_parent_stem("松岗农业支行", [bank]) == bank
    assert org_aliases(["松岗税务分局", full])["松岗税务分局"] == full


def test_another_place_or_another_parent_is_another_branch() -> None:
    assert branch_with_parent_stem("松岗税务分局", ["云杉市税务局柏溪分局"]) is None
    assert branch_with_parent_stem("松岗税务分局", ["云杉市公安局松岗分局"]) is None
    # two parents' branches of one place: which one is not said
    two = ["云杉市税务局松岗分局", "柏溪县税务局松岗分局"]
    assert branch_with_parent_stem("松岗税务分局", two) is None
    # a place of one character is no place
    assert branch_with_parent_stem("松税务分局", ["云杉市税务局松分局"]) is None


def test_a_frequent_word_tagged_as_a_persons_name_is_a_common_word() -> None:
    assert person_tagged_common_word("胡同")
    assert not person_tagged_common_word("明德")  # rare: a given name
    assert not person_tagged_common_word("实验")  # not tagged as a name


def test_a_schools_short_form_may_leave_out_its_street_word() -> None:
    full = "东城区松岗胡同小学"
    assert abbreviated_twin("松岗小学", [full, "松岗小学"]) == full
    # a number left out still names another school
    assert abbreviated_twin("松岗小学", ["东城区松岗第二小学"]) is None


def test_units_counted_by_a_number_and_their_kind_are_no_unit(extract_text) -> None:
    x = extract_text("松岗小学党支部为柏溪小学党支部援助经费，为两校党支部开展活动提供资金。")
    names = {e.name for e in x.entities}
    assert {"松岗小学", "柏溪小学"} <= names
    assert not any(n.startswith("两校") for n in names)


def test_an_areas_primary_and_secondary_schools_are_no_unit(extract_text) -> None:
    x = extract_text("柏溪街道辖区中小学与松岗小学开展活动。")
    names = {e.name for e in x.entities}
    assert "松岗小学" in names
    assert not any(n.endswith("中小学") for n in names)


def test_an_echelon_is_no_unit(extract_text) -> None:
    names = {e.name for e in extract_text("松岗公司进入行业第三梯队。").entities}
    assert "松岗公司" in names
    assert not any(n.endswith("梯队") for n in names)
