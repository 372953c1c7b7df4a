"""A lead that counts back to another happening ("two days after Costa resigned") tells of something after it."""

from __future__ import annotations

from xlnews.align.facts import article_facts
from xlnews.align.score import DATE_FAR_PENALTY, told_apart
from xlnews.records import Article

_RESIGNED = Article("ac", "en", ["LISBON, Nov 7 (Reuters) - Portuguese Prime Minister Antonio Costa resigned on Tuesday after prosecutors "
                                 "said he was being investigated over lithium and hydrogen deals."], published="2023-11-07")
_ELECTION = Article("rb", "en", ["LISBON, Nov 9 (Reuters) - Portugal will hold a snap election on March 10, President Marcelo Rebelo "
                                 "de Sousa said on Thursday, two days after Prime Minister Antonio Costa resigned."], published="2023-11-09")


def test_a_report_of_the_day_another_counts_back_to_is_another_happening():
    resigned, election = article_facts(_RESIGNED), article_facts(_ELECTION)
    assert election.counted_back_days == {"2023-11-07": "two days after"}
    apart = told_apart(resigned, election)
    assert apart == ("different events: b gives “two days after” as past, and a reports that day or one before it", DATE_FAR_PENALTY)


def test_a_report_published_after_the_day_counted_back_to_may_be_the_same_happening():
    # A follow-up's other outlet, published the next day without saying its day, and one of the day itself.
    later = article_facts(Article("b", "en", ["Olympic champions Brazil took bronze, beating Turkey 3-1."], published="2024-08-10"))
    follow = article_facts(Article("a", "en", ["Brazil won the bronze on Saturday, beating Turkey 3-1 two days after their "
                                               "semi-final loss."], published="2024-08-10"))
    assert follow.counted_back_days == {"2024-08-08": "two days after"}
    assert told_apart(follow, later) is None
    # A lead's day is not what it is read against: a report published days later that names the day in its lead.
    sworn = article_facts(Article("c", "tr", ["Tokayev, 20 Kasım'da yapılan erken seçimi kazanmasının ardından yemin etti."],
                                  published="2022-11-26"))
    six_days = article_facts(Article("d", "en", ["Tokayev was sworn in on Saturday, six days after winning a snap election."],
                                     published="2022-11-26"))
    assert told_apart(six_days, sworn) is None
