"""The spoken forms of an oral account or a Q&A answer (日军也死了三千多, 我们连伤了二十来个) are losses of the
clause's subject; a count that is no head count stays out. New sentences."""
from helpers import extract_json


def test_spoken_losses_belong_to_the_subject_of_their_clause(tmp_path):
    text = ("问：宜昌战役打得怎么样？\n答：1940年6月，日军第11军进攻宜昌，守军是第18军。打了不到一个星期宜昌就丢了。"
            "这一仗日军也死了三千多，国军伤了一万二千人。\n")
    [battle] = extract_json(tmp_path, text)["battles"]
    got = {(f["side"], f["count"], f["category"]) for f in battle["figures"]}
    assert ("JP", 3000, "killed") in got
    assert ("CN", 12000, "wounded") in got


def test_dying_without_a_count_gives_no_figure(tmp_path):
    text = "1940年6月，日军第11军进攻宜昌，守军第18军顽强抵抗，连长死了，排长接着指挥。\n"
    assert all(not b["figures"] for b in extract_json(tmp_path, text)["battles"])
