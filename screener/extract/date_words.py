"""Date words: month names in five languages, seasons and quarters, and the dashes between
the two ends of a range."""

from __future__ import annotations

import re

from screener.extract.alternation import by_initial

# English month names and abbreviations, and the common German, French, Spanish and
# Portuguese ones (CVs written in those languages, or with their month names left in).
_MONTH_NAMES = (
    (
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|"
        "september sept sep|october oct|november nov|december dec"
    ),
    (
        "januar jänner|februar|märz maerz mrz|april|mai|juni|juli|august|september|oktober okt|"
        "november|dezember dez"
    ),
    (
        "janvier janv|février fevrier févr|mars|avril avr|mai|juin|juillet juil|août aout|"
        "septembre|octobre|novembre|décembre decembre déc"
    ),
    (
        "enero ene|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|"
        "noviembre|diciembre dic"
    ),
    (
        "janeiro|fevereiro|março marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
        "dezembro"
    ),
)
MONTHS: dict[str, int] = {
    name: number
    for language in _MONTH_NAMES
    for number, names in enumerate(language.split("|"), start=1)
    for name in names.split()
}
# Seasons and quarters name their first month ("Summer 2019" is June, "Q3 2020" July).
SEASONS = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 1,
    "q1": 1,
    "q2": 4,
    "q3": 7,
    "q4": 10,
}

# Every dash a PDF or a word processor writes, the soft hyphen some LaTeX templates put
# between dates, and the tilde some writers use.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad~\ufe58\ufe63\uff0d"

# All month names, longest first, grouped by initial ("j(?:anuary|anvier|…)|f(?:…)"): the
# engine then tries one group per position instead of every name (see alternation.py).
MONTH_PATTERN = by_initial(
    "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True)), ignore_case=True
)
