#!/usr/bin/env python3
"""Tests of the devset scorer's matching rules: python3 scripts/test_devset_score.py"""
import importlib.util
import pathlib
import unittest

spec = importlib.util.spec_from_file_location("score", pathlib.Path(__file__).with_name("devset_score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def label(**kw):
    base = dict(district="青田县", year="2022", indicator="教育经费总投入", level="", measure="value",
                value="2127000000", unit="元", approx="false", kind="money", tolerance="500000",
                written="21.27亿元", phrase="", optional="false")
    base.update(kw)
    return base


def row(**kw):
    base = dict(district="青田县", year="2022", indicator="教育经费总投入", level="", measure="value",
                value="2127000000", unit="元", source_text="")
    base.update(kw)
    return base


class MatchingTests(unittest.TestCase):
    def test_value_within_written_precision(self):
        self.assertTrue(score.value_matches(label(), row(value="2127400000")))
        self.assertFalse(score.value_matches(label(), row(value="2128000000")))

    def test_prior_year_value_given_the_report_year_is_a_miss_and_an_extra(self):
        prior = label(year="2021", value="1839000000", written="18.39亿元")
        pairs, missed, extras = score.match_text([prior], [row(year="2022", value="1839000000")])
        self.assertEqual((len(pairs), len(missed), len(extras)), (0, 1, 1))

    def test_label_without_year_accepts_any_year(self):
        pairs, _, _ = score.match_text([label(year="")], [row(year="2017")])
        self.assertEqual(len(pairs), 1)

    def test_share_is_met_by_value_but_growth_is_not(self):
        share = label(measure="share", value="31.43", unit="%", kind="percent", tolerance="0.005")
        self.assertTrue(score.measure_matches(share, row(measure="value")))
        self.assertFalse(score.measure_matches(share, row(measure="growth_pct")))

    def test_one_row_answers_one_label(self):
        a, b = label(indicator="甲"), label(indicator="乙")
        pairs, missed, _ = score.match_text([a, b], [row(indicator="乙")])
        self.assertEqual(len(pairs), 1)
        self.assertEqual(pairs[0][0]["indicator"], "乙")  # the agreeing row is preferred
        self.assertEqual(missed[0]["indicator"], "甲")

    def test_counts_and_masked_rows_are_out_of_scope(self):
        _, _, extras = score.match_text([], [row(unit="人", value="1306"), row(value="")])
        self.assertEqual(extras, [])

    def test_levels_and_districts_are_compared_by_meaning(self):
        self.assertEqual(score.norm_level("幼儿园"), score.norm_level("学前"))
        self.assertTrue(score.district_agrees("莲都区", "丽水市莲都区"))
        self.assertTrue(score.district_agrees("四川省", "四川"))
        self.assertFalse(score.district_agrees("青田县", "未识别区县"))

    def test_the_line_of_a_figure_written_with_separators(self):
        text = "一、情况\n（1）全縣幼兒園為2,927.07元，比上年的2,890.69元增加1.26%。\n"
        self.assertIn("幼兒園", score.sentence_of(text, "2927.07元"))
        self.assertIn("level-keyed enumeration", score.construction_tags(label(written="2927.07元"), text))


if __name__ == "__main__":
    unittest.main()
