# Slovenian conventions: "17. 9. 2020" and "17. september 2020", weeks start on Monday.
DATE_FORMAT = "j. F Y"
SHORT_DATE_FORMAT = "j. n. Y"
DATETIME_FORMAT = "j. F Y, H.i"
SHORT_DATETIME_FORMAT = "j. n. Y, H.i"
TIME_FORMAT = "H.i"
MONTH_DAY_FORMAT = "j. F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
