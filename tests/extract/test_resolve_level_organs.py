"""A division's congress or consultative conference written by its level word alone
(市人大常委会, 县政协) is an Organization named with its place (GOLD_NOTES goldcons3
class 1)."""

from ingest.extract.resolve import level_organ, organ_with_place


def test_level_organ_reads_a_level_and_a_congress_or_conference() -> None:
    assert level_organ("市人大常委会") == ("市", "人大常委会")
    assert level_organ("县政协") == ("县", "政协")
    assert level_organ("区人大") == ("区", "人大")
    assert level_organ("省人大常委会") == ("省", "人大常委会")
    assert level_organ("澜溪区人大常委会") is None  # names its place already
    assert level_organ("镇人大") is None  # a town's office: stays on the town
    assert level_organ("县政府") is None  # the place's own alias
    assert level_organ("人大常委会") is None


def test_organ_with_place_names_the_one_place_or_the_last_before() -> None:
    places = [("澜溪市", "Region"), ("丙丁县", "Region"), ("戊己市", "Region")]
    assert organ_with_place("县政协", places, []) == "丙丁县政协"
    assert organ_with_place("市人大常委会", places, ["澜溪市"]) == "澜溪市人大常委会"
    assert organ_with_place("市人大常委会", places, ["澜溪市", "戊己市"]) == "戊己市人大常委会"
    assert organ_with_place("市人大常委会", places, []) == "市人大常委会"  # two cities
    assert organ_with_place("省政协", places, ["澜溪市"]) == "省政协"  # no province
    assert organ_with_place("戊己公司", places, []) == "戊己公司"


def test_two_cities_congresses_are_two_units(article_from) -> None:
    from ingest.extract.pipeline import read_story

    text = (
        "澜溪市党政代表团赴戊己市考察。澜溪市委书记柯望舒，市人大常委会主任庞若水；"
        "戊己市委书记闵知远，市人大常委会主任裘思齐出席会议。"
    )
    ex = read_story(article_from(text)).base
    names = {e.name for e in ex.entities}
    assert {"澜溪市人大常委会", "戊己市人大常委会"} <= names
