"""Every SHACL constraint, one broken graph each: `kangzhan validate` exits 1, names the node and says
what is wrong in the shape's words; the same graph with the fact corrected conforms (exit 0).

The graphs are hand-made Turtle: one small valid document (BASE) and, per case, the triples to drop
and to add for the broken and for the corrected variant. The CLI runs in-process (click's runner)
to keep ~100 validations fast; one test runs the real `python -m kangzhan` entry point, and the
seed build is validated through the store.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import rdflib
from click.testing import CliRunner
from helpers import SEEDS, run_cli

from kangzhan.cli import cli

PREFIXES = """
@prefix kz:   <https://w3id.org/kangzhan/ontology#> .
@prefix doc:  <https://w3id.org/kangzhan/resource/document/> .
@prefix bat:  <https://w3id.org/kangzhan/resource/battle/> .
@prefix cn:   <https://w3id.org/kangzhan/resource/unit/CN/> .
@prefix jp:   <https://w3id.org/kangzhan/resource/unit/JP/> .
@prefix per:  <https://w3id.org/kangzhan/resource/person/> .
@prefix pl:   <https://w3id.org/kangzhan/resource/place/> .
@prefix rep:  <https://w3id.org/kangzhan/resource/report/d/> .
@prefix men:  <https://w3id.org/kangzhan/resource/mention/d/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
"""

SHA = "ab" * 32
BASE = f"""
doc:d a kz:Document ; rdfs:label "d.txt" ; kz:sha256 "{SHA}" ; kz:charCount 120 ; kz:encoding "utf-8" .

bat:B a kz:Battle ;
    rdfs:label "台儿庄战役"@zh , "Battle of Taierzhuang"@en ;
    skos:altLabel "台兒莊戰役"@zh ;
    kz:startDate "1938-03-16"^^xsd:date ; kz:endDate "1938-04-06"^^xsd:date ;
    kz:partOf bat:P ;
    kz:location pl:X ;
    kz:participant cn:U1 , jp:U2 ;
    kz:commander per:L ;
    kz:casualties rep:r1 ;
    kz:strength rep:r2 ;
    prov:wasDerivedFrom doc:d .

bat:P a kz:Battle ; rdfs:label "徐州会战"@zh ;
    kz:startDate "1937-12"^^xsd:gYearMonth ; kz:endDate "1938"^^xsd:gYear ;
    prov:wasDerivedFrom doc:d .

cn:U1 a kz:MilitaryUnit ; rdfs:label "第2集团军"@zh ; kz:side kz:China ;
    kz:echelon kz:EchelonArmyGroup ; kz:unitNumber 2 ; kz:modifier "新编"@zh ;
    kz:subUnitOf cn:Z ; prov:wasDerivedFrom doc:d .
cn:Z a kz:MilitaryUnit ; rdfs:label "第五战区"@zh ; kz:side kz:China ;
    kz:echelon kz:EchelonWarZone ; kz:unitNumber 5 ; prov:wasDerivedFrom doc:d .
jp:U2 a kz:MilitaryUnit ; rdfs:label "第10师团"@zh ; kz:side kz:Japan ;
    kz:echelon kz:EchelonShidan ; kz:unitNumber 10 ; prov:wasDerivedFrom doc:d .

per:L a kz:Person ; rdfs:label "李宗仁"@zh ; kz:side kz:China ; kz:title "司令长官"@zh ;
    kz:commands cn:Z ; prov:wasDerivedFrom doc:d .

pl:X a kz:Place ; rdfs:label "台儿庄"@zh ; kz:placeType kz:Town ; prov:wasDerivedFrom doc:d .

rep:r1 a kz:CasualtyReport ; kz:count 11000 ; kz:qualifier kz:atLeast ;
    kz:figureKind kz:casualtiesTotal ; kz:side kz:Japan ; kz:statedAs "1.1万余人"@zh ;
    prov:wasDerivedFrom men:m1 .
rep:r2 a kz:StrengthReport ; kz:count 290000 ; kz:qualifier kz:about ;
    kz:figureKind kz:troopStrength ; kz:side kz:China ; prov:wasDerivedFrom doc:d .

men:m1 a kz:Mention ; kz:inDocument doc:d ;
    kz:startOffset 10 ; kz:endOffset 16 ; kz:surfaceText "1.1万余人" ;
    kz:sentence "日军伤亡1.1万余人。" ; kz:refersTo rep:r1 ; kz:context bat:B .
"""

RES = "https://w3id.org/kangzhan/resource/"
R1, R2, M1, DOC = RES + "report/d/r1", RES + "report/d/r2", RES + "mention/d/m1", RES + "document/d"


@dataclass(frozen=True)
class Case:
    name: str
    message: str  # a fragment of the shape's sh:message
    shown: str  # the node's label (or IRI when it has none) that the report must name
    add: str = ""  # triples added for the broken graph
    drop: str = ""  # triples removed from BASE (for both variants)
    fix: str = ""  # triples added instead of `add` for the corrected graph


CASES = [
    # Battle
    Case("battle without a Chinese label", "exactly one Chinese name", "Battle of Taierzhuang",
         drop='bat:B rdfs:label "台儿庄战役"@zh .', fix='bat:B rdfs:label "台儿庄战役"@zh .'),
    Case("battle with two Chinese labels", "exactly one Chinese name", "台",
         add='bat:B rdfs:label "台庄战役"@zh .', fix='bat:B skos:altLabel "台庄战役"@zh .'),
    Case("battle with an English label only, twice", "exactly one Chinese name", "Taierzhuang",
         drop='bat:B rdfs:label "台儿庄战役"@zh .',
         add='bat:B rdfs:label "Taierzhuang"@en-GB .', fix='bat:B rdfs:label "台儿庄战役"@zh .'),
    Case("other name without a language tag", "other names (skos:altLabel)", "台儿庄战役",
         add='bat:B skos:altLabel "台兒莊" .', fix='bat:B skos:altLabel "台兒莊"@zh .'),
    Case("empty other name", "other names (skos:altLabel)", "台儿庄战役",
         add='bat:B skos:altLabel ""@zh .'),
    Case("start date as a plain string", "start date must be written as", "台儿庄战役",
         drop='bat:B kz:startDate "1938-03-16"^^xsd:date .',
         add='bat:B kz:startDate "1938年3月16日" .', fix='bat:B kz:startDate "1938-03-16"^^xsd:date .'),
    Case("start date as xsd:dateTime", "start date must be written as", "台儿庄战役",
         drop='bat:B kz:startDate "1938-03-16"^^xsd:date .',
         add='bat:B kz:startDate "1938-03-16T00:00:00"^^xsd:dateTime .',
         fix='bat:B kz:startDate "1938-03"^^xsd:gYearMonth .'),
    Case("start date that is no calendar day", "start date must be written as", "台儿庄战役",
         drop='bat:B kz:startDate "1938-03-16"^^xsd:date .',
         add='bat:B kz:startDate "1938-13-40"^^xsd:date .', fix='bat:B kz:startDate "1938"^^xsd:gYear .'),
    Case("end date as an integer", "end date must be written as", "台儿庄战役",
         drop='bat:B kz:endDate "1938-04-06"^^xsd:date .',
         add='bat:B kz:endDate 1938 .', fix='bat:B kz:endDate "1938"^^xsd:gYear .'),
    Case("end before start (days)", "the battle ends (1938-03-01) before it starts (1938-03-16)", "台儿庄战役",
         drop='bat:B kz:endDate "1938-04-06"^^xsd:date .',
         add='bat:B kz:endDate "1938-03-01"^^xsd:date .', fix='bat:B kz:endDate "1938-03-16"^^xsd:date .'),
    Case("end year before start day", "before it starts", "台儿庄战役",
         drop='bat:B kz:startDate "1938-03-16"^^xsd:date . bat:B kz:endDate "1938-04-06"^^xsd:date .',
         add='bat:B kz:startDate "1939-09-14"^^xsd:date ; kz:endDate "1938"^^xsd:gYear .',
         # same year at coarser precision is not a contradiction: 1939 does not precede 1939-09-14
         fix='bat:B kz:startDate "1939-09-14"^^xsd:date ; kz:endDate "1939"^^xsd:gYear .'),
    Case("end month before start month", "before it starts", "徐州会战",
         drop='bat:P kz:endDate "1938"^^xsd:gYear .',
         add='bat:P kz:endDate "1937-11"^^xsd:gYearMonth .',
         fix='bat:P kz:endDate "1937-12-31"^^xsd:date .'),
    Case("part of a place", "partOf must point to another battle", "台儿庄战役",
         add="bat:B kz:partOf pl:X ."),
    Case("part of a battle it is the same as", "partOf must not point to the battle itself", "台儿庄战役",
         add="bat:B owl:sameAs bat:P .", fix="bat:B owl:sameAs <http://www.wikidata.org/entity/Q1> ."),
    Case("part of itself", "part of itself through a chain", "台儿庄战役",
         add="bat:B kz:partOf bat:B ."),
    Case("cycle of partOf", "part of itself through a chain", "徐州会战",
         add="bat:P kz:partOf bat:B ."),
    Case("location is a unit", "location must be a place", "台儿庄战役",
         add="bat:B kz:location jp:U2 ."),
    Case("participant is a person", "participant must be a military unit", "台儿庄战役",
         add="bat:B kz:participant per:L .", fix="bat:B kz:participant cn:Z ."),
    Case("participant is a bare name", "participant must be a military unit", "台儿庄战役",
         add='bat:B kz:participant "第2集团军"@zh .'),
    Case("commander is a unit", "commander must be a person", "台儿庄战役",
         add="bat:B kz:commander cn:Z ."),
    Case("casualties as a bare number", "casualties must point to a casualty report node", "台儿庄战役",
         add="bat:B kz:casualties 5000 ."),
    Case("strength as a bare number", "strength must point to a strength report node", "台儿庄战役",
         add="bat:B kz:strength 290000 ."),
    # MilitaryUnit
    Case("unit without a Chinese label", "exactly one Chinese name", RES + "unit/JP/U2",
         drop='jp:U2 rdfs:label "第10师团"@zh .', fix='jp:U2 rdfs:label "第10师团"@zh .'),
    Case("unit with two sides", "only one side is allowed", "第2集团军",
         add="cn:U1 kz:side kz:Japan ."),
    Case("unit side is not a belligerent", "side must be one of kz:China or kz:Japan", "第10师团",
         drop="jp:U2 kz:side kz:Japan .", add='jp:U2 kz:side "Japan" .',
         fix="jp:U2 kz:side kz:Japan ."),
    Case("unit echelon outside the scheme", "at most one echelon", "第10师团",
         drop="jp:U2 kz:echelon kz:EchelonShidan .", add="jp:U2 kz:echelon kz:Town .",
         fix="jp:U2 kz:echelon kz:EchelonShidan ."),
    Case("unit with two echelons", "at most one echelon", "第10师团",
         add="jp:U2 kz:echelon kz:EchelonArmy ."),
    Case("negative unit number", "unit number must be one non-negative integer", "第10师团",
         drop="jp:U2 kz:unitNumber 10 .", add="jp:U2 kz:unitNumber -10 .",
         fix="jp:U2 kz:unitNumber 10 ."),
    Case("unit number not an integer", "unit number must be one non-negative integer", "第10师团",
         drop="jp:U2 kz:unitNumber 10 .", add='jp:U2 kz:unitNumber "十" .',
         fix="jp:U2 kz:unitNumber 0 ."),
    Case("unit subordinate to a place", "subUnitOf must point to another military unit", "第2集团军",
         add="cn:U1 kz:subUnitOf pl:X ."),
    Case("cycle of subUnitOf", "its own superior through a chain", "第五战区",
         add="cn:Z kz:subUnitOf cn:U1 ."),
    Case("modifier without a language tag", "designation modifiers", "第2集团军",
         drop='cn:U1 kz:modifier "新编"@zh .', add='cn:U1 kz:modifier "新编" .',
         fix='cn:U1 kz:modifier "新编"@zh .'),
    Case("unit without provenance", "has no provenance", "第10师团",
         drop="jp:U2 prov:wasDerivedFrom doc:d .",
         fix="jp:U2 prov:wasDerivedFrom doc:d ."),
    Case("unit provenance is a place", "has no provenance", "第10师团",
         drop="jp:U2 prov:wasDerivedFrom doc:d .",
         add="jp:U2 prov:wasDerivedFrom pl:X .",
         fix="jp:U2 prov:wasDerivedFrom men:m1 ."),
    # Person
    Case("person with two sides", "only one side is allowed", "李宗仁", add="per:L kz:side kz:Japan ."),
    Case("person commands a place", "commands must point to a military unit", "李宗仁",
         add="per:L kz:commands pl:X .", fix="per:L kz:commands cn:U1 ."),
    Case("title without a language tag", "titles (军长, 师团长 …) must be language-tagged", "李宗仁",
         add='per:L kz:title "司令长官" .'),
    Case("person without a Chinese label", "exactly one Chinese name", RES + "person/L",
         drop='per:L rdfs:label "李宗仁"@zh .', fix='per:L rdfs:label "李宗仁"@zh .'),
    # Place
    Case("place type outside the scheme", "placeType must be one of", "台儿庄",
         add="pl:X kz:placeType kz:EchelonArmy .", fix="pl:X kz:placeType kz:Region ."),
    Case("place without provenance", "has no provenance", "台儿庄",
         drop="pl:X prov:wasDerivedFrom doc:d .",
         fix="pl:X prov:wasDerivedFrom doc:d ."),
    # figures
    Case("negative count", "exactly one count, a non-negative integer", R1,
         drop="rep:r1 kz:count 11000 .", add="rep:r1 kz:count -11000 .",
         fix="rep:r1 kz:count 0 ."),
    Case("count as a decimal", "exactly one count, a non-negative integer", R1,
         drop="rep:r1 kz:count 11000 .", add="rep:r1 kz:count 1.1 .",
         fix="rep:r1 kz:count 11000 ."),
    Case("count as text", "exactly one count, a non-negative integer", R1,
         drop="rep:r1 kz:count 11000 .", add='rep:r1 kz:count "1.1万余" .',
         fix="rep:r1 kz:count 11000 ."),
    Case("two counts", "exactly one count, a non-negative integer", R1,
         add="rep:r1 kz:count 12000 ."),
    Case("missing count", "exactly one count, a non-negative integer", R2,
         drop="rep:r2 kz:count 290000 .", fix="rep:r2 kz:count 290000 ."),
    Case("missing qualifier", "needs one qualifier", R1,
         drop="rep:r1 kz:qualifier kz:atLeast .", fix="rep:r1 kz:qualifier kz:exact ."),
    Case("qualifier outside the list", "needs one qualifier", R1,
         drop="rep:r1 kz:qualifier kz:atLeast .", add="rep:r1 kz:qualifier kz:China .",
         fix="rep:r1 kz:qualifier kz:atMost ."),
    Case("two qualifiers", "needs one qualifier", R1, add="rep:r1 kz:qualifier kz:about ."),
    Case("figure kind outside the ontology", "at most one kind", R1,
         drop="rep:r1 kz:figureKind kz:casualtiesTotal .", add="rep:r1 kz:figureKind kz:Town .",
         fix="rep:r1 kz:figureKind kz:killed ."),
    Case("figure with two sides", "at most one side", R1, add="rep:r1 kz:side kz:China ."),
    Case("casualty report of a place", "must hang off a battle", R1,
         add="pl:X kz:casualties rep:r1 ."),
    Case("report shared by two battles", "belongs to exactly one battle", R1,
         add="bat:P kz:casualties rep:r1 ."),
    Case("report without provenance", "has no provenance", R2,
         drop="rep:r2 prov:wasDerivedFrom doc:d .",
         fix="rep:r2 prov:wasDerivedFrom doc:d ."),
    Case("report provenance is a place", "has no provenance", R2,
         drop="rep:r2 prov:wasDerivedFrom doc:d .",
         add="rep:r2 prov:wasDerivedFrom pl:X .",
         fix="rep:r2 prov:wasDerivedFrom men:m1 ."),
    Case("report provenance not reaching a document", "provenance does not lead to a source document", R1,
         drop="men:m1 kz:inDocument doc:d .",
         add="men:m1 kz:inDocument pl:X .",
         fix="men:m1 kz:inDocument doc:d ."),
    # provenance: mentions and documents
    Case("mention without a document", "which source document it is in", M1,
         drop="men:m1 kz:inDocument doc:d .",
         fix="men:m1 kz:inDocument doc:d ."),
    Case("mention with start = end", "start offset must be before its end offset", M1,
         drop="men:m1 kz:endOffset 16 .", add="men:m1 kz:endOffset 10 .",
         fix="men:m1 kz:endOffset 11 ."),
    Case("mention with start after end", "start offset must be before its end offset", M1,
         drop="men:m1 kz:startOffset 10 .", add="men:m1 kz:startOffset 20 .",
         fix="men:m1 kz:startOffset 15 ."),
    Case("mention with a negative offset", "non-negative start offset", M1,
         drop="men:m1 kz:startOffset 10 .", add="men:m1 kz:startOffset -1 .",
         fix="men:m1 kz:startOffset 0 ."),
    Case("mention without its text", "needs the text of its span", M1,
         drop='men:m1 kz:surfaceText "1.1万余人" .', fix='men:m1 kz:surfaceText "1.1万余人" .'),
    Case("mention that refers to nothing", "must refer to what was read from it", M1,
         drop="men:m1 kz:refersTo rep:r1 .", fix="men:m1 kz:refersTo rep:r1 ."),
    Case("mention context is a place", "context must be a battle", M1,
         add="men:m1 kz:context pl:X ."),
    Case("document digest malformed", "SHA-256 digest (64 hex digits)", "d.txt",
         drop=f'doc:d kz:sha256 "{SHA}" .', add='doc:d kz:sha256 "ABC" .',
         fix=f'doc:d kz:sha256 "{"0" * 64}" .'),
    Case("document without digest", "SHA-256 digest (64 hex digits)", "d.txt",
         drop=f'doc:d kz:sha256 "{SHA}" .', fix=f'doc:d kz:sha256 "{SHA}" .'),
    Case("negative character count", "character count must be a non-negative integer", "d.txt",
         drop="doc:d kz:charCount 120 .", add="doc:d kz:charCount -1 .",
         fix="doc:d kz:charCount 0 ."),
]


def _graph(drop: str, add: str) -> str:
    g = rdflib.Graph()
    g.parse(data=PREFIXES + BASE, format="turtle")
    if drop:
        for t in rdflib.Graph().parse(data=PREFIXES + drop, format="turtle"):
            assert t in g, f"drop pattern not in BASE: {t}"
            g.remove(t)
    if add:
        g.parse(data=PREFIXES + add, format="turtle")
    return g.serialize(format="turtle")


def _validate(tmp_path, ttl: str, name: str = "g.ttl"):
    path = tmp_path / name
    path.write_text(ttl, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_base_graph_conforms(tmp_path):
    r = _validate(tmp_path, _graph("", ""))
    assert r.exit_code == 0, r.output
    assert "conforms" in r.output


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_violation_is_reported(tmp_path, case: Case):
    r = _validate(tmp_path, _graph(case.drop, case.add), "bad.ttl")
    assert r.exit_code == 1, r.output
    assert case.message in r.output, r.output
    assert case.shown in r.output, r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corrected_graph_conforms(tmp_path, case: Case):
    r = _validate(tmp_path, _graph(case.drop, case.fix), "good.ttl")
    assert r.exit_code == 0, r.output


def test_conflicting_start_dates_are_a_warning_not_a_violation(tmp_path):
    """Two sources may disagree on a date: that is kept (a warning), and no end-before-start is claimed."""
    r = _validate(tmp_path, _graph("", 'bat:B kz:startDate "1938-04-20"^^xsd:date .'))
    assert r.exit_code == 0, r.output


def test_report_names_the_source_sentence(tmp_path):
    r = _validate(tmp_path, _graph("rep:r1 kz:count 11000 .", "rep:r1 kz:count -1 ."))
    assert r.exit_code == 1
    assert "日军伤亡1.1万余人。" in r.output  # reached through the report's provenance mention


def test_real_entry_point_exit_code(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(_graph("", "cn:U1 kz:side kz:Japan ."), encoding="utf-8")
    r = run_cli("validate", str(bad))
    assert r.returncode == 1
    assert "第2集团军" in r.stdout and "only one side is allowed" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


def test_ill_formed_literal_gives_no_traceback(tmp_path):
    """rdflib logs a traceback when it meets "1938-13-40"^^xsd:date; the user must see only the report."""
    bad = tmp_path / "bad.ttl"
    bad.write_text(_graph('bat:B kz:startDate "1938-03-16"^^xsd:date .',
                          'bat:B kz:startDate "1938-13-40"^^xsd:date .'), encoding="utf-8")
    r = run_cli("validate", str(bad))
    assert r.returncode == 1
    assert "start date must be written as" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


@pytest.mark.slow
def test_seed_build_conforms(tmp_path):
    store = tmp_path / "store"
    r = run_cli("build", str(SEEDS), store=store)
    assert r.returncode == 0, r.stderr
    r = run_cli("validate", store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "conforms: 2 graph(s) checked" in r.stdout
