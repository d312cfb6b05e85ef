"""An office inside a court, procuratorate or hospital, written after its host's name or
a form of it, is the host (GOLD_NOTES rule 7; README: Extraction — units). Unit names
are invented."""

from __future__ import annotations

from ingest.extract.resolve import inner_office_of_host, org_aliases


def test_an_office_after_a_courts_name_is_the_court() -> None:
    court = "云杉县人民法院"
    assert inner_office_of_host("云杉县人民法院执行局", [court, "云杉县人民法院执行局"]) == court
    assert org_aliases(["云杉县人民法院执行局", court])["云杉县人民法院执行局"] == court


def test_an_office_after_a_short_form_of_the_court_is_the_court() -> None:
    court = "云南省高级人民法院"  # a province's high court: reference data, not an article's
    names = [court, "云南高院办公室", "云南高院诉讼服务中心"]
    assert inner_office_of_host("云南高院办公室", names) == court
    assert inner_office_of_host("云南高院诉讼服务中心", names) == court


def test_an_office_after_the_end_of_a_hospitals_name_is_the_hospital() -> None:
    hospital = "云杉省柏溪市中医院"
    office = "柏溪市中医院血液净化中心"
    assert inner_office_of_host(office, [hospital, office]) == hospital


def test_a_department_of_another_kind_of_unit_stays_a_unit() -> None:
    # a government's bureau, a bank's or a university's department: units of their own
    assert inner_office_of_host("云杉市水务局办公室", ["云杉市水务局"]) is None
    assert inner_office_of_host("云杉银行乡村振兴部", ["云杉银行"]) is None
    assert inner_office_of_host("云杉大学宣传部", ["云杉大学"]) is None


def test_a_party_venue_a_project_department_or_two_hosts_are_none() -> None:
    assert inner_office_of_host("云杉法庭党建活动中心", ["云杉法庭"]) is None
    assert inner_office_of_host("云杉医院项目部", ["云杉医院"]) is None
    two = ["甲省柏溪市中医院", "乙省柏溪市中医院"]
    assert inner_office_of_host("柏溪市中医院护理部", two) is None
    # the office named on its own too is a unit of the story
    assert inner_office_of_host("云杉医院体检中心", ["云杉医院", "体检中心"]) is None
